"""The `journal` command: write, check and summarise entries from a terminal.

A thin layer over the core (the same parser, numbering and figures as the site). Settings come
from the `journal` plugin's entry in `mkdocs.yml`, validated by MkDocs itself, and every problem
the user can fix leaves as one `Error: ...` line on stderr with a non-zero exit code.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import tempfile
import zoneinfo
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from . import __version__
from .cli_export import export
from .cli_init import init
from .config import DEFAULT_ENTRIES_DIR, JournalConfig, core_rounds
from .core.check import Problem, check_entries, load_all, sort_problems, spelling_key
from .core.dates import as_of_date
from .core.errors import JournalError
from .core.journal import Journal, build_journal, future_ranges
from .core.model import Day, Entry
from .core.parsing import TIMESTAMP_TAG
from .core.stats import journal_stats
from .core.writing import entry_path, entry_text, write_new_file
from .importers import FORMATS, apply_plan, parse_journal, plan_import
from .importers.plan import ACTIONS
from .plugin import journal_instances_problem
from .publish.readme import render_block, replace_block, with_markers
from .publish.stats_file import stats_json
from .site.i18n import Words, display_width
from .site.layout import Layout

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
SCAFFOLD = """\
**Today's progress:** what I worked on.

**Learned:** what was new or surprising.

**Next:** what I will try tomorrow.
"""


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
            hint = f" (and {_count(more, 'more problem')}; run 'journal check')" if more else ""
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
            raise JournalError(f"{shown(path)}: {_one_line(problem)}") from None
        except MkDocsException as error:
            raise JournalError(f"{shown(path)}: {_one_line(error.format_message())}") from None
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


def _one_line(text: str) -> str:
    return " ".join(text.split())


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
            raise click.ClickException(_one_line(error.format_message())) from None
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


def _site() -> Site:
    return load_site(click.get_current_context().find_root().meta.get("journal.config_file"))


@click.group(cls=JournalGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="journal")
@config_option
def main() -> None:
    """Write, check and summarise the entries of a mkdocs-journal site."""


main.add_command(init)
main.add_command(config_option(export))


@main.command()
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
    site = _site()
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


@main.command()
@config_option
def check() -> None:
    """Validate every entry; prints `path:line: problem` for each and exits 1 on any error."""
    site = _site()
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
    files = _count(loaded.files, "entry", "entries")
    if not everything:
        click.echo(f"{files} checked: no problems")
        return
    click.echo(f"{files} checked: {_count(errors, 'error')}, {_count(warnings, 'warning')}")
    if errors:
        click.get_current_context().exit(1)


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


@main.command()
@config_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the object the site writes to stats.json.")
def stats(as_json: bool) -> None:
    """Streaks, progress towards the goal and the most used tags."""
    site = _site()
    journal = site.journal()
    figures = journal_stats(journal, goal=site.options.goal, as_of=site.as_of())
    if as_json:
        click.echo(stats_json(figures, site.layout), nl=False)
        return
    lines = _stats_lines(figures, site.options.top_tags, site.words())
    width = max(display_width(label) for label, _ in lines) + 2
    for label, value in lines:
        click.echo(f"{label}:{' ' * (width - display_width(label) - 1)}{value}")


def _stats_lines(figures: dict[str, Any], top_tags: int, words: Words) -> list[tuple[str, str]]:
    """The figures, labelled in the site's language (dates stay YYYY-MM-DD, as in stats.json)."""
    current, best, last = figures["current_streak"], figures["best_streak"], figures["last_streak"]
    if current["days"]:
        current_text = _streak_text(current, words)
    elif last["days"]:
        current_text = words.text(
            "no_current_streak", streak=_streak_text(last, words), date=last["end"]
        )
    else:
        current_text = words.text("none")
    drafts = figures["drafts"]
    number = words.number
    tags = ", ".join(
        f"{tag['name']} ({number(tag['count'])})" for tag in figures["tags"][:top_tags]
    )
    entries = number(figures["entries"])
    if drafts:
        entries += f" ({words.plural('n_drafts', drafts)})"
    return [
        (words.text("as_of"), figures["as_of"]),
        (words.text("current_streak"), current_text),
        (words.text("best_streak"),
         _streak_text(best, words) if best["days"] else words.text("none")),
        (words.text("days_logged"), f"{number(figures['days_logged'])} / {number(figures['goal'])} "
                                    f"({number(round(figures['progress'] * 100))} %)"),
        (words.text("entries"), entries),
        (words.text("first_entry"), figures["first_date"] or "-"),
        (words.text("last_entry"), figures["last_date"] or "-"),
        (words.text("top_tags"), tags or "-"),
        *((f"R{item['number']}", _round_text(item)) for item in figures.get("rounds", ())),
    ]


def _round_text(item: dict[str, Any]) -> str:
    """`#100DaysOfCode: 100/100 · finished 2024-04-09 (in 102 days)` or `…: 42 / 100 days`."""
    goal = item["goal"]
    if item["finished"]:
        progress = f"{goal}/{goal} · finished {item['finished']} (in {item['days_taken']} days)"
    else:
        progress = f"{item['days_logged']} / {goal} days"
    return f"{item['name']}: {progress}, best streak {item['best_streak']['days']}"


def _streak_text(streak: dict[str, Any], words: Words) -> str:
    start, end = streak["start"], streak["end"]
    span = start if start == end else f"{start} {words.arrow('forward')} {end}"
    return f"{words.plural('n_days', streak['days'])} ({span})"


@main.command()
@config_option
@click.option("--write", "target", type=click.Path(dir_okay=False, path_type=Path),
              help="Replace the block between the journal markers in this file (e.g. README.md).")
def readme(target: Path | None) -> None:
    """A Markdown summary (streaks, progress bar, table of days) for a README."""
    site = _site()
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
    logged = _count(figures["days_logged"], "day")
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


@main.command("import")
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
    site = _optional_site(required=into is None)
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
        f"{name}: {_count(len(result.entries), 'entry', 'entries')} read as {result.format}; "
        f"{_count(len(plan), 'file')}: {actions['create']} {done}, "
        f"{actions['skip-existing']} unchanged, "
        f"{actions['refuse-existing'] + actions['refuse-same-date']} refused, "
        f"{actions['overwrite']} {'to overwrite' if dry_run else 'overwritten'}; "
        f"{_count(len(result.not_imported), 'line')} not imported"
        + (" (dry run: nothing written)" if dry_run else "")
    )
    refusals, fixes = [], []
    if actions["refuse-existing"]:
        refusals.append(
            f"not overwritten: {_count(actions['refuse-existing'], 'existing file')} with other "
            f"text"
        )
        fixes.append("overwrite")
    if actions["refuse-same-date"]:
        refusals.append(
            f"not written: {_count(actions['refuse-same-date'], 'entry', 'entries')} whose date "
            f"already has an entry in another file"
        )
        fixes.append("write them anyway")
    if refusals:
        raise JournalError(f"{'; '.join(refusals)} (use --force to {' and '.join(fixes)})")


def _optional_site(*, required: bool) -> Site | None:
    """The site's settings; without --into they are needed, with it only when there is a site."""
    explicit = click.get_current_context().find_root().meta.get("journal.config_file")
    if required or explicit is not None:
        return _site()
    try:
        config_file = find_config_file(Path.cwd())
    except JournalError:
        return None
    return load_site(config_file)


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
