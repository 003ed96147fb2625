"""`journal new`: today's entry, numbered as the site numbers it; never overwrites.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..core.check import spelling_key
from ..core.errors import JournalError
from ..core.model import Entry
from ..core.writing import entry_path, entry_text, write_new_file
from .options import DATE, config_option, current_site
from .site import Site, shown

SCAFFOLD = """\
**Today's progress:** what I worked on.

**Learned:** what was new or surprising.

**Next:** what I will try tomorrow.
"""


@click.command()
@config_option
@click.option("--date", "date", type=DATE,
              help="The entry's date (default: today in the journal's time zone).")
@click.option("--title", help="The entry's title.")
@click.option("--tag", "tags", multiple=True,
              help="A tag; repeat for more (or separate with commas).")
@click.option("--force", is_flag=True, help="If the date has an entry, add a second one "
              "(YYYY-MM-DD-2.md); nothing is ever overwritten.")
@click.option("--edit", is_flag=True, help="Open the new file in $VISUAL or $EDITOR.")
def new(
    date: dt.date | None, title: str | None, tags: tuple[str, ...], force: bool, edit: bool
) -> None:
    """Create the entry for today (or --date), with its day number filled in; prints its path."""
    site = current_site()
    today = site.today()
    date = date or today
    if date > today:
        raise JournalError(
            f"{date} is in the future (today is {today} in {site.options.timezone}); "
            f"write entries on or after their day"
        )
    entries = site.entries()
    same_day = sorted((entry for entry in entries if entry.date == date), key=lambda e: e.path)
    path = entry_path(site.entries_dir, date)
    if same_day or path.exists():
        holder = same_day[0].path if same_day else shown(path)
        if not force:
            raise JournalError(
                f"{holder} already holds the entry for {date}; edit it, "
                f"or add a second entry for that date with --force"
            )
        if path.exists():
            path = entry_path(site.entries_dir, date, second=True)

    number, number_end = _next_number(site, entries, date, path)
    if number is None:
        taken = _later_numbered(entries, date)
        if taken is not None:
            click.echo(
                f"note: {date} gets no day number: the next day, {taken.date}, is day "
                f"{taken.day} in {taken.path}; remove 'day:' from the later entries to have "
                f"them renumbered",
                err=True,
            )
    spellings = _tag_spellings(entries)
    chosen: list[str] = []
    for raw in tags:
        for part in raw.split(","):
            name = " ".join(part.split())
            if not name:
                continue
            existing = spellings.get(spelling_key(name), name)
            if existing != name:
                click.echo(f"using the journal's spelling '{existing}' for tag '{name}'", err=True)
            if existing not in chosen:
                chosen.append(existing)

    text = entry_text(
        date, SCAFFOLD, title=(title or "").strip() or None, tags=chosen,
        day=number, day_end=number_end,
    )
    try:
        write_new_file(path, text)
    except FileExistsError:
        raise JournalError(f"{shown(path)} appeared meanwhile; nothing was written") from None
    click.echo(shown(path))
    if edit:
        click.edit(filename=str(path))


def _next_number(
    site: Site, entries: list[Entry], date: dt.date, path: Path
) -> tuple[int | None, int | None]:
    """The day number the new entry gets: the journal's own numbering with the entry added."""
    provisional = Entry(
        path=shown(path), rel_path=path.relative_to(site.entries_dir).as_posix(), date=date,
        time=None, title=None, tags=(), day=None, day_end=None, draft=False, body="", body_line=1,
    )
    journal = site.journal([*entries, provisional])
    day = next(day for day in journal.days if day.date == date)
    return day.number, day.number_end


def _later_numbered(entries: list[Entry], date: dt.date) -> Entry | None:
    """The first published entry after `date` that carries its own day number, if any."""
    later = [e for e in entries if e.date > date and e.day is not None and not e.draft]
    return min(later, key=lambda entry: (entry.date, entry.path), default=None)


def _tag_spellings(entries: list[Entry]) -> dict[str, str]:
    """Each tag's first spelling, so `--tag python` reuses an existing `Python`."""
    spellings: dict[str, str] = {}
    for entry in sorted(entries, key=lambda e: (e.date, e.path)):
        for name in entry.tags:
            spellings.setdefault(spelling_key(name), name)
    return spellings

