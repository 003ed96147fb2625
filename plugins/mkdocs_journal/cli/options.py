"""What every command shares: the `-f` option, the date type, and errors as one line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click
from mkdocs.exceptions import MkDocsException

from ..core.errors import JournalError
from .site import Site, find_config_file, load_site, one_line, shown


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date (use YYYY-MM-DD)", param, ctx)


DATE = DateType()


class JournalGroup(click.Group):
    """Turns the core's exceptions into one `Error:` line and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except JournalError as error:
            raise click.ClickException(str(error)) from None
        except MkDocsException as error:  # a configuration MkDocs itself refuses, say
            raise click.ClickException(one_line(error.format_message())) from None
        except OSError as error:
            where = f"{shown(Path(error.filename))}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from None


def _remember_config(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.find_root().meta["journal.config_file"] = value


config_option = click.option(
    "-f", "--config-file",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=_remember_config, expose_value=False,
    help="The site's mkdocs.yml (default: the nearest one in this folder or its parents).",
)


def current_site() -> Site:
    return load_site(click.get_current_context().find_root().meta.get("journal.config_file"))


def optional_site(*, required: bool) -> Site | None:
    """The site's settings; without --into they are needed, with it only when there is a site."""
    explicit = click.get_current_context().find_root().meta.get("journal.config_file")
    if required or explicit is not None:
        return current_site()
    try:
        config_file = find_config_file(Path.cwd())
    except JournalError:
        return None
    return load_site(config_file)

