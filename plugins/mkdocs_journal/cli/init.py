"""`journal init`: a new journal site in one command, ready to build, serve and publish.

Free of imports from the other commands: the group only registers it. Every
file is written with `write_new_file`, after checking that none of them exists: init never
overwrites, and a refusal leaves the folder exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import zoneinfo
from importlib.resources import files
from pathlib import Path

import click

from ..core.errors import JournalError
from ..core.writing import entry_path, entry_text, write_new_file

DEFAULT_ROUND = "#100DaysOfCode"
FIRST_ENTRY = """\
Day 1 of {round}. The plan: {goal} days of learning, a little every day, written down here.

**Today's progress:** set up this journal.

**Next:** what I will try tomorrow.
"""
ABOUT = """\
# About this journal

My {round} journal: one short entry a day, {goal} days in all. Each entry is a Markdown file
under `entries/`; [mkdocs-journal](https://pypi.org/project/mkdocs-journal/) turns them into
this site, with a page per day, tags, an archive and a streak dashboard.

Write the next entry with `journal new`, preview the site with `mkdocs serve`.
"""
GITIGNORE = """\
# The built site: GitHub Actions builds and publishes it.
/site/
.venv/
__pycache__/
.cache/
"""
MKDOCS_YML = """\
site_name: {site_name}
site_description: {description}
# Set site_url to where the site is published, e.g. https://USER.github.io/REPO/ : the
# Atom feed and the share links need absolute addresses.
# site_url: https://USER.github.io/REPO/

theme:
  name: material
  font: false
  features:
    - search.highlight
    - navigation.top

markdown_extensions:
  - admonition
  - attr_list
  - tables
  - toc:
      permalink: true
  - pymdownx.highlight
  - pymdownx.superfences

plugins:
  - search
  - journal:
      entries_dir: entries
      goal: {goal}
      timezone: {timezone}
      # A round per challenge; add the next one when you start it (its days count from 1).
      rounds:
        - name: {round_name}
          start: {start}
          goal: {goal}
"""


def _quoted(text: str) -> str:
    """A YAML scalar that stays text whatever it holds (`#`, `:`, quotes): JSON is YAML."""
    return json.dumps(text, ensure_ascii=False)


def local_timezone() -> str:
    """The machine's IANA zone (`TZ`, else `/etc/localtime`'s link), so 'today' is the user's."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.readlink("/etc/localtime")
    except OSError:
        link = ""
    if "zoneinfo/" in link:
        candidates.append(link.split("zoneinfo/", 1)[1])
    for name in candidates:
        if not name or name.startswith("/"):
            continue
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"


def site_files(
    folder: Path, *, today: dt.date, round_name: str, goal: int, timezone: str,
    site_name: str | None = None,
) -> dict[Path, str]:
    """Every file of a new journal site and its text, keyed by path."""
    values = {"round": round_name, "goal": goal}
    name = site_name or f"My {round_name} journal"
    description = f"My {round_name} learning journal: {goal} days, one entry a day."
    workflow = files("mkdocs_journal").joinpath("scaffold/deploy.yml").read_text(encoding="utf-8")
    return {
        folder / "mkdocs.yml": MKDOCS_YML.format(
            site_name=_quoted(name), description=_quoted(description), goal=goal,
            timezone=_quoted(timezone), round_name=_quoted(round_name),
            start=today.isoformat(),
        ),
        entry_path(folder / "entries", today): entry_text(
            today, FIRST_ENTRY.format(**values), title=f"Starting {round_name}", day=1,
        ),
        folder / "docs" / "about.md": ABOUT.format(**values),
        folder / ".github" / "workflows" / "deploy.yml": workflow,
        folder / ".gitignore": GITIGNORE,
    }


def refusal(folder: Path, paths: list[Path]) -> str | None:
    """Why init must not write here (the first file in the way), or None."""
    if folder.exists() and not folder.is_dir():
        return f"{folder.as_posix()} is a file, not a folder; pick a folder for the journal"
    in_the_way = [folder / "mkdocs.yaml", folder / "entries", *paths]
    for path in in_the_way:
        if path == folder / "entries" and not _non_empty_dir(path):
            continue
        if path.exists() or path.is_symlink():
            return (
                f"{path.as_posix()} already exists; nothing was written "
                f"(journal init starts a new journal: run it in an empty or new folder)"
            )
        for parent in path.relative_to(folder).parents:
            blocker = folder / parent
            if blocker.is_file():
                return f"{blocker.as_posix()} is a file, not a folder; nothing was written"
    return None


def _non_empty_dir(path: Path) -> bool:
    return path.is_dir() and any(path.iterdir())


def _ask(value: object, prompt: str, default: object, kind: type) -> object:
    """The option's value; when it wasn't given, ask, but only someone at a terminal."""
    if value is not None:
        return value
    if sys.stdin.isatty():
        return click.prompt(prompt, default=default, type=kind)
    return default


@click.command("init")
@click.argument("folder", type=click.Path(path_type=Path), default=".")
@click.option("--round", "round_name", help=f"The challenge or round: its name or hashtag "
              f"(default: {DEFAULT_ROUND}).")
@click.option("--goal", type=click.IntRange(min=1), help="Days the round aims for (default: 100).")
@click.option("--name", "site_name", help="The site's name (default: 'My <round> journal').")
@click.option("--timezone", help="IANA time zone whose 'today' counts (default: this machine's).")
def init(
    folder: Path, round_name: str | None, goal: int | None, site_name: str | None,
    timezone: str | None,
) -> None:
    """Start a journal site in FOLDER (default: here): mkdocs.yml, today's entry, an about page,
    a GitHub Pages workflow and .gitignore. Asks for the round and goal at a terminal."""
    round_text = str(_ask(round_name, "Round or challenge", DEFAULT_ROUND, str)).strip()
    if not round_text:
        raise JournalError("--round is empty; give the challenge's name, e.g. '#100DaysOfCode'")
    goal_days = int(_ask(goal, "Goal (days)", 100, click.IntRange(min=1)))  # type: ignore[arg-type]
    zone = timezone or local_timezone()
    try:
        today = dt.datetime.now(tz=zoneinfo.ZoneInfo(zone)).date()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise JournalError(
            f"--timezone: unknown time zone {zone!r} (use a name such as 'Europe/Paris')"
        ) from None
    planned = site_files(
        folder, today=today, round_name=round_text, goal=goal_days, timezone=zone,
        site_name=site_name,
    )
    problem = refusal(folder, list(planned))
    if problem:
        raise JournalError(problem)
    for path, text in planned.items():
        write_new_file(path, text)
        click.echo(f"created  {path.as_posix()}")
    click.echo("\nNext:")
    where = "" if folder.resolve() == Path.cwd().resolve() else f"cd {_shell(folder)} && "
    steps = [
        (f"{where}mkdocs serve", "preview the site at http://127.0.0.1:8000/"),
        ("journal new", "tomorrow: the next day's entry"),
        (f"git init && git add -A && git commit -m {_shell('Day 1 of ' + round_text)}",
         "then push to GitHub; Settings > Pages > Source: GitHub Actions"),
    ]
    width = max(len(command) for command, _ in steps)
    for command, why in steps:
        click.echo(f"  {command.ljust(width)}  # {why}")


def _shell(text: object) -> str:
    """Quoted for a POSIX shell when it needs it, so the printed command can be pasted."""
    value = str(text)
    if value and all(ch.isalnum() or ch in "-_./" for ch in value):
        return value
    return "'" + value.replace("'", "'\"'\"'") + "'"
