"""The plugin's options in `mkdocs.yml`, each typed and with a default."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from .core.rounds import Round, check_rounds
from .publish.share import DEFAULT_SHARE_TEXT, SHARE_SERVICES, template_problem
from .site.i18n import DATE_FORMATS, catalogue, check_phrase
from .site.layout import PAGE_KINDS
from .site.urls import validate_day_pattern


class DateOption(base.BaseConfigOption[dt.date]):
    """A date written as YYYY-MM-DD (YAML may already have made it a date)."""

    def run_validation(self, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise base.ValidationError(f"{value!r} is not a date (use YYYY-MM-DD)")


class TimezoneOption(base.BaseConfigOption[str]):
    """An IANA time zone name such as `Europe/Paris`."""

    def __init__(self, default: str = "UTC") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise base.ValidationError("must be a time zone name such as 'Europe/Paris'")
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise base.ValidationError(
                f"unknown time zone {value!r} (use a name such as 'UTC' or 'America/New_York')"
            ) from None
        return value


class PositiveInt(c.Type):
    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise base.ValidationError(
                f"must be a whole number such as {self.default}, not {value!r}"
            )
        number = super().run_validation(value)
        if number < 1:
            raise base.ValidationError(f"must be 1 or more, not {number}")
        return number


class DayCount(PositiveInt):
    """A number of days where 0 means no limit."""

    def run_validation(self, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value <= 0:
            if value < 0:
                raise base.ValidationError(f"must be 0 (no limit) or more, not {value}")
            return 0
        return super().run_validation(value)


class DayUrlOption(c.Type):
    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        pattern = super().run_validation(value)
        problem = validate_day_pattern(pattern)
        if problem:
            raise base.ValidationError(f"{pattern!r} {problem}")
        return pattern


class SegmentOption(c.Type):
    """A folder name for a family of generated pages (`tags`, `archive`)."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        segment = super().run_validation(value).strip("/")
        if not segment or ".." in segment.split("/") or "{" in segment:
            raise base.ValidationError(f"{value!r} must be a folder name such as {self.default!r}")
        return segment


DEFAULT_ENTRIES_DIR = "entries"
"""Missing, it is a journal with no entries yet; another folder set by hand must exist."""


class RoundConfig(base.Config):
    """One round or challenge of the journal."""

    name = c.Type(str)
    """Its name or hashtag, shown on the dashboard and in share texts: `#100DaysOfCode`."""
    start = DateOption()
    """The date of the round's Day 1; the round runs until the next round starts."""
    goal = PositiveInt(default=100)
    """How many logged days the round aims for."""


class RoundsOption(c.ListOfItems):
    """The `rounds` list, in the order the rounds started."""

    def __init__(self) -> None:
        super().__init__(c.SubConfig(RoundConfig), default=[])

    def run_validation(self, value: object) -> Any:
        items = super().run_validation(value)
        problem = check_rounds(core_rounds(items))
        if problem:
            raise base.ValidationError(problem)
        return items


def core_rounds(items: list[Any]) -> tuple[Round, ...]:
    """The configured rounds as the core's values, numbered from 1."""
    return tuple(
        Round(number, item.name, item.start, item.goal)
        for number, item in enumerate(items, start=1)
    )


class ShareTextOption(c.Type):
    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        template = super().run_validation(value)
        problem = template_problem(template)
        if problem:
            raise base.ValidationError(problem)
        return template


class LabelsOption(base.BaseConfigOption[dict]):
    """Phrases that replace the journal's own, by key (the keys of `translations/en.yml`)."""

    def __init__(self) -> None:
        super().__init__()
        self.default = {}

    def run_validation(self, value: object) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise base.ValidationError("must be a mapping of phrase keys to text")
        english = catalogue("en") or {"phrases": {}}
        known = set(english["phrases"]) | set(DATE_FORMATS)
        for key, text in value.items():
            if key not in known:
                raise base.ValidationError(
                    f"unknown phrase {key!r} (the keys are those of the package's "
                    f"site/translations/en.yml, e.g. 'current_streak')"
                )
            problem = (
                None if isinstance(text, str) else f"{key}: must be a date pattern such as "
                "'d MMMM y'"
            ) if key in DATE_FORMATS else check_phrase(key, text)
            if problem:
                raise base.ValidationError(problem)
        return dict(value)


class JournalConfig(base.Config):
    entries_dir = c.Type(str, default=DEFAULT_ENTRIES_DIR)
    """Folder of entry files, relative to `mkdocs.yml`.

    ```yaml
    entries_dir: entries
    ```
    """
    goal = PositiveInt(default=100)
    """How many logged days the challenge aims for (the progress bar's 100 %)."""
    rounds = RoundsOption()
    """Several rounds or challenges in one journal, each numbering its own days from its start
    (an entry may also say `round: 2`). Without it the journal is one challenge of `goal` days.

    ```yaml
    rounds:
      - {name: "#100DaysOfCode", start: 2024-01-01}
      - {name: "#100DaysOfMLCode", start: 2024-06-01, goal: 60}
    ```
    """
    start = c.Optional(DateOption())
    """Date of Day 1; defaults to the first entry's date. Entries before it get no day number."""
    numbering = c.Choice(("logged", "calendar"), default="logged")
    """`logged`: Day N is the N-th date with an entry (missed dates don't count, as in
    #100DaysOfCode). `calendar`: Day N is N-1 days after `start`."""
    timezone = TimezoneOption(default="UTC")
    """Time zone whose 'today' ends the current streak, e.g. `Europe/Paris`."""
    as_of = c.Optional(DateOption())
    """Compute streaks as of this date instead of today (or `SOURCE_DATE_EPOCH`)."""
    day_url = DayUrlOption(default="{yyyy}/{mm}/{dd}")
    """Where day pages live; `{yyyy}`, `{mm}` and `{dd}` are required."""
    tags_url = SegmentOption(default="tags")
    archive_url = SegmentOption(default="archive")
    pages = c.ListOfItems(c.Choice(PAGE_KINDS), default=list(PAGE_KINDS))
    """Which generated pages to build: any of dashboard, days, tags, archive, introduction (the
    preamble `journal import` keeps in `_preamble.md`, when there is one)."""
    excerpt_length = PositiveInt(default=200)
    """Characters of plain text shown for an entry in listings and feeds."""
    per_page = PositiveInt(default=50)
    """Entries per page of a tag listing; longer listings continue on numbered pages."""
    recent = PositiveInt(default=7)
    """How many recent entries the dashboard lists."""
    top_tags = PositiveInt(default=15)
    """How many tags the dashboard lists."""
    feed = c.Type(bool, default=True)
    """Write an Atom feed of the latest days to `feed.xml` and link it from every page. Its links
    are absolute, so it is only written when `site_url` is set.

    ```yaml
    feed: true
    ```
    """
    feed_length = PositiveInt(default=20)
    """How many of the latest days the feed carries."""
    feed_content = c.Choice(("full", "summary"), default="full")
    """`full`: each day's whole page in the feed; `summary`: its excerpt only."""
    share = c.ListOfItems(c.Choice(SHARE_SERVICES), default=list(SHARE_SERVICES))
    """Share links on each day page (plain links to each service's compose page, no script):
    any of x, mastodon, bluesky, linkedin; `[]` for none. They need `site_url`.

    ```yaml
    share: [mastodon, bluesky]
    ```
    """
    share_text = ShareTextOption(default=DEFAULT_SHARE_TEXT)
    """The post's text; `{day}`, `{goal}`, `{challenge}` (the round's name, or `challenge`),
    `{round}` (`R2`), `{title}`, `{url}` and `{date}` are filled in."""
    challenge = c.Type(str, default="#100DaysOfCode")
    """The challenge's name or hashtag in share texts when there are no `rounds`."""
    mastodon_instance = c.Optional(c.Type(str))
    """Your Mastodon server (`mastodon.social`); without it the link opens a page that asks."""
    badges = c.Type(bool, default=True)
    """Write `badges/streak.svg` and `badges/progress.svg` for a README to embed."""
    serve_window_days = DayCount(default=30)
    """While `mkdocs serve` runs, render day pages only for the last N days up to the newest
    entry (and for entries edited while serving), so a save refreshes quickly even with
    thousands of days; the dashboard, streaks, tags and archive still count every entry.
    `0` renders every day; `mkdocs build` always does.

    ```yaml
    serve_window_days: 30
    ```
    """
    labels = LabelsOption()
    """Your own wording for any phrase the journal writes, by key (see the package's
    `site/translations/en.yml`); it wins over the translation for `theme.language`. A phrase
    with a count takes text per plural form; `long_date`, `short_date`, `month_year` and
    `cell_date` take Babel date patterns.

    ```yaml
    labels:
      current_streak: Série en cours
      n_entries: {one: "{count} note", other: "{count} notes"}
      long_date: "EEEE d MMMM y"
    ```
    """
    reuse_markdown = c.Type(bool, default=True)
    """Convert the day pages (and the introduction) with one Markdown converter per build, reset
    between pages, instead of a new one per page as MkDocs does (~0.2 ms a page). Used only
    when every `markdown_extensions` entry comes from Python-Markdown or PyMdown Extensions,
    whose extensions reset their state between pages; `false` turns it off."""
    sanitize = c.Type(bool, default=True)
    """Clean the HTML of entries before it is published, so no entry can run script in a
    reader's browser: event handlers, `javascript:` links and tags outside an allow-list go,
    `<script>`, `<iframe>` and the like are shown as text. `false` publishes entries' HTML as
    written, embeds and script included: only for a journal whose every entry you wrote.

    ```yaml
    sanitize: true
    ```
    """
