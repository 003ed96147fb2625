"""`journal check`: every entry validated, one `path:line: problem` line each.
"""

from __future__ import annotations

import click

from ..config_types import core_rounds
from ..core.check import Problem, check_entries, load_all, sort_problems
from .options import config_option, current_site
from .site import count, shown


@click.command()
@config_option
def check() -> None:
    """Validate every entry; prints `path:line: problem` for each and exits 1 on any error."""
    site = current_site()
    loaded = load_all(site.entries_dir, shown)
    problems = check_entries(
        loaded.entries, start=site.options.start, numbering=site.options.numbering,
        as_of=site.as_of(), rounds=core_rounds(site.options.rounds),
    )
    parse_errors = [Problem(error.path, error.line, error.message) for error in loaded.errors]
    everything = sort_problems([*parse_errors, *problems])
    for problem in everything:
        click.echo(str(problem))
    errors = sum(1 for problem in everything if not problem.warning)
    warnings = len(everything) - errors
    files = count(loaded.files, "entry", "entries")
    if not everything:
        click.echo(f"{files} checked: no problems")
        return
    click.echo(f"{files} checked: {count(errors, 'error')}, {count(warnings, 'warning')}")
    if errors:
        click.get_current_context().exit(1)

