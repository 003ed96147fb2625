"""The `journal` command: write, check and summarise entries from a terminal.

A thin layer over the core (the same parser, numbering and figures as the site): one module per
command, each registered on the group here. Every problem the user can fix leaves as one
`Error: ...` line on stderr with a non-zero exit code (see `options.JournalGroup`).
"""

from __future__ import annotations

import click

from .. import __version__
from .check import check
from .export import export
from .importing import import_
from .init import init
from .new import new
from .options import JournalGroup, config_option
from .readme import readme
from .stats import stats


@click.group(cls=JournalGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="journal")
@config_option
def main() -> None:
    """Write, check and summarise the entries of a mkdocs-journal site."""



for command in (new, check, stats, readme, import_, init, config_option(export)):
    main.add_command(command)
