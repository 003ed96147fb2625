"""The site a command works on: `mkdocs.yml` read with MkDocs' own loader, and its journal.

Settings come from the `journal` plugin's entry, validated by MkDocs itself, so an option error
reads exactly as in a build; every problem becomes one `JournalError` naming the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from ..config import DEFAULT_ENTRIES_DIR, JournalConfig
from ..config_types import core_rounds
from ..core.check import load_all
from ..core.dates import as_of_date
from ..core.errors import JournalError
from ..core.front_matter import TIMESTAMP_TAG
from ..core.journal import Journal, build_journal, future_ranges
from ..core.model import Entry
from ..plugin import journal_instances_problem
from ..site.i18n import Words
from ..site.layout import Layout

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


@dataclass(frozen=True)
class Site:
    """What the commands need from `mkdocs.yml`."""

    config_file: Path
    root: Path
    """The folder of `mkdocs.yml`: the plugin's paths are relative to it."""
    entries_dir: Path
    options: JournalConfig
    site_url: str | None
    use_directory_urls: bool
    language: str = "en"
    """`theme.language`: `journal stats` and `journal readme` speak it, as the site does."""

    def words(self) -> Words:
        try:
            return Words(self.language, self.options.labels)
        except ValueError as error:
            raise JournalError(f"{shown(self.config_file)}: labels: {error}") from None

    @property
    def layout(self) -> Layout:
        return Layout(
            day_url=self.options.day_url,
            tags_url=self.options.tags_url,
            archive_url=self.options.archive_url,
            use_directory_urls=self.use_directory_urls,
        )

    def as_of(self) -> dt.date:
        return as_of_date(self.options.as_of, self.options.timezone)

    def today(self) -> dt.date:
        return dt.datetime.now(tz=zoneinfo.ZoneInfo(self.options.timezone)).date()

    def entries(self) -> list[Entry]:
        """Every entry, or the first file that does not parse as an error (like the build)."""
        loaded = load_all(self.entries_dir, shown)
        if loaded.errors:
            more = len(loaded.errors) - 1
            hint = f" (and {count(more, 'more problem')}; run 'journal check')" if more else ""
            raise JournalError(f"{loaded.errors[0]}{hint}")
        too_long = future_ranges(loaded.entries, self.as_of())
        if too_long:
            raise JournalError(str(too_long[0]))
        return list(loaded.entries)

    def journal(self, entries: list[Entry] | None = None) -> Journal:
        return build_journal(
            self.entries() if entries is None else entries,
            start=self.options.start, numbering=self.options.numbering,
            rounds=core_rounds(self.options.rounds),
        )


def shown(path: Path) -> str:
    """A path as the user can click or paste it: relative to the current folder."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def find_config_file(folder: Path) -> Path:
    """The nearest `mkdocs.yml` upwards, so the command works from any folder of the site."""
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
    raise JournalError(
        f"no mkdocs.yml in {shown(folder) if folder != Path.cwd() else 'this folder'} or its "
        f"parents; run the command inside your journal site or pass -f path/to/mkdocs.yml"
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _mkdocs_errors() -> Iterator[_Collect]:
    """Collect what MkDocs logs while loading the config; its warnings are the build's business."""
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    logger.addHandler(collect)
    propagate = logger.propagate
    logger.propagate = False
    try:
        yield collect
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate


def load_site(config_file: Path | None) -> Site:
    """Read `mkdocs.yml` with MkDocs' own loader, so option errors read exactly as in a build."""
    path = config_file if config_file is not None else find_config_file(Path.cwd())
    if not path.is_file():
        raise JournalError(f"{shown(path)}: no such file (check the -f path)")
    with _mkdocs_errors() as collected:
        try:
            config = load_config(str(path))
        except Abort as error:
            problem = collected.messages[0] if collected.messages else str(error)
            raise JournalError(f"{shown(path)}: {one_line(problem)}") from None
        except MkDocsException as error:
            raise JournalError(f"{shown(path)}: {one_line(error.format_message())}") from None
        except ValueError:  # PyYAML builds `as_of: 2024-13-01` as a date, and fails
            raise JournalError(_impossible_value(path)) from None
    if problem := journal_instances_problem(config):
        raise JournalError(problem)
    plugin = config.plugins.get("journal")
    if plugin is None:
        raise JournalError(
            f"{shown(path)} does not use the journal plugin; add '- journal' under 'plugins:'"
        )
    options: JournalConfig = plugin.config  # type: ignore[assignment]
    root = path.resolve().parent
    entries_dir = root / options.entries_dir
    if not entries_dir.is_dir() and options.entries_dir != DEFAULT_ENTRIES_DIR:
        raise JournalError(
            f"entries folder '{options.entries_dir}' not found next to {shown(path)} "
            f"(create it or set 'entries_dir' under the journal plugin)"
        )
    return Site(
        config_file=path,
        root=root,
        entries_dir=entries_dir,
        options=options,
        site_url=config.site_url or None,
        use_directory_urls=config.use_directory_urls,
        language=str(config.theme.get("language") or "en"),
    )


def _impossible_value(path: Path) -> str:
    """Name the option whose value YAML could not build (a date that does not exist)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        root = None
    pending: list[tuple[str, yaml.Node]] = [("", root)] if root is not None else []
    while pending:
        name, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending += [(str(key.value), value) for key, value in reversed(node.value)]
        elif isinstance(node, yaml.SequenceNode):
            pending += [(name, item) for item in reversed(node.value)]
        elif isinstance(node, yaml.ScalarNode) and node.tag == TIMESTAMP_TAG:
            try:
                yaml.SafeLoader("").construct_yaml_timestamp(node)
            except ValueError:
                return (
                    f"{shown(path)}:{node.start_mark.line + 1}: {name}: '{node.value}' is not "
                    f"a real date (use YYYY-MM-DD)"
                )
    return f"{shown(path)}: a value cannot be read (check the dates in it)"


def one_line(text: str) -> str:
    return " ".join(text.split())


def count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"

