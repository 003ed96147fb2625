"""`journal import`: a journal kept as one Markdown file turned into entry files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..core.errors import JournalError
from .importers import FORMATS, apply_plan, parse_journal, plan_import
from .importers.plan import ACTIONS
from .options import DATE, config_option, optional_site
from .site import count, shown


@click.command("import")
@config_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the entry files (default: the journal's entries folder).")
@click.option("--format", "fmt", type=click.Choice(["auto", *FORMATS]), default="auto",
              show_default=True, help="The journal's shape: "
              + "; ".join(f"{name}: {fmt.example}" for name, fmt in FORMATS.items()) + ".")
@click.option("--start", type=DATE, help="Date of day 1, for journals without dates (default: "
              "the journal's 'start' setting).")
@click.option("--dry-run", is_flag=True, help="Print what would be written; write nothing.")
@click.option("--force", is_flag=True, help="Overwrite entry files whose text differs.")
def import_(
    source: Path, into: Path | None, fmt: str, start: dt.date | None, dry_run: bool, force: bool
) -> None:
    """Turn a journal kept as one Markdown file (a README) into entry files."""
    site = optional_site(required=into is None)
    if into is None:
        assert site is not None
        into = site.entries_dir
    if start is None and site is not None:
        start = site.options.start
    name = source.as_posix()  # as the user typed it
    result = parse_journal(_read_source(source), source=name, fmt=fmt, start=start)
    plan = plan_import(result, into, force=force)
    if not dry_run:
        apply_plan(plan)

    for planned in plan:
        also = f" ({shown(planned.other)} has that date)" if planned.other else ""
        click.echo(f"{planned.action:<16}{shown(planned.path)}{also}")
    for line in result.not_imported:
        text = f": {line.text}" if line.text.strip() else ""
        click.echo(f"{name}:{line.line}: not imported: {line.reason}{text}", err=True)
    actions = {action: sum(1 for p in plan if p.action == action) for action in ACTIONS}
    done = "to create" if dry_run else "created"
    click.echo(
        f"{name}: {count(len(result.entries), 'entry', 'entries')} read as {result.format}; "
        f"{count(len(plan), 'file')}: {actions['create']} {done}, "
        f"{actions['skip-existing']} unchanged, "
        f"{actions['refuse-existing'] + actions['refuse-same-date']} refused, "
        f"{actions['overwrite']} {'to overwrite' if dry_run else 'overwritten'}; "
        f"{count(len(result.not_imported), 'line')} not imported"
        + (" (dry run: nothing written)" if dry_run else "")
    )
    refusals, fixes = [], []
    if actions["refuse-existing"]:
        refusals.append(
            f"not overwritten: {count(actions['refuse-existing'], 'existing file')} with other "
            f"text"
        )
        fixes.append("overwrite")
    if actions["refuse-same-date"]:
        refusals.append(
            f"not written: {count(actions['refuse-same-date'], 'entry', 'entries')} whose date "
            f"already has an entry in another file"
        )
        fixes.append("write them anyway")
    if refusals:
        raise JournalError(f"{'; '.join(refusals)} (use --force to {' and '.join(fixes)})")


def _read_source(source: Path) -> str:
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise JournalError(f"{source.as_posix()}: no such file") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise JournalError(
            f"{source.as_posix()}:{line}: not UTF-8 text (save it with UTF-8 encoding)"
        ) from None

