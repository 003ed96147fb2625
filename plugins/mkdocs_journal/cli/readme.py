"""`journal readme`: the journal's summary block for a README, written in place safely.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import click

from ..core.errors import JournalError
from ..core.model import Day
from ..core.stats import journal_stats
from ..publish.readme import render_block, replace_block, with_markers
from .options import config_option, current_site
from .site import Site, count, shown


@click.command()
@config_option
@click.option("--write", "target", type=click.Path(dir_okay=False, path_type=Path),
              help="Replace the block between the journal markers in this file (e.g. README.md).")
def readme(target: Path | None) -> None:
    """A Markdown summary (streaks, progress bar, table of days) for a README."""
    site = current_site()
    journal = site.journal()
    figures = journal_stats(journal, goal=site.options.goal, as_of=site.as_of())
    lines = render_block(journal, figures, day_link=_day_link(site), words=site.words())
    if target is None:
        click.echo(with_markers(lines), nl=False)
        return
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise JournalError(
            f"{shown(target)}: no such file (create it with the two marker lines)"
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise JournalError(f"{shown(target)}: not UTF-8 text; nothing was changed") from None
    updated = replace_block(text, lines, path=shown(target))
    if updated == text:
        click.echo(f"{shown(target)}: journal block already up to date")
        return
    _replace_file(target, updated.encode("utf-8"))
    logged = count(figures["days_logged"], "day")
    click.echo(f"{shown(target)}: journal block updated ({logged})")


def _day_link(site: Site) -> Callable[[Day], str | None]:
    if not site.site_url or "days" not in site.options.pages:
        return lambda day: None
    base = site.site_url if site.site_url.endswith("/") else site.site_url + "/"
    layout = site.layout

    def link(day: Day) -> str:
        return base + layout.url(layout.day(day.date))

    return link


def _replace_file(target: Path, data: bytes) -> None:
    """Write through a temporary file, so an interrupted write never leaves half a README.

    A symlinked README is written through (the link stays a link), and a file the user cannot
    write is refused under its own name, not the temporary file's."""
    real = Path(os.path.realpath(target))
    # The owner's write bit counts even for root: a file marked read-only is meant to stay so.
    if not os.access(real, os.W_OK) or not real.stat().st_mode & stat.S_IWUSR:
        raise JournalError(
            f"{shown(target)}: the file is read-only; nothing was changed "
            f"(make it writable, e.g. chmod u+w {shown(target)})"
        )
    try:
        handle = tempfile.NamedTemporaryFile(dir=real.parent, prefix=f".{real.name}.", delete=False)
    except OSError as error:
        raise JournalError(
            f"{shown(target)}: cannot write next to it in {shown(real.parent)} "
            f"({error.strerror}); nothing was changed"
        ) from None
    target = real
    try:
        with handle:
            handle.write(data)
        os.chmod(handle.name, target.stat().st_mode & 0o7777)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise

