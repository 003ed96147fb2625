"""The plugin's options in `mkdocs.yml`, each typed and with a default."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig

from .config_types import (
    DateOption,
    DayCount,
    DayUrlOption,
    LabelsOption,
    PositiveInt,
    RoundsOption,
    SegmentOption,
    ShareTextOption,
    TimezoneOption,
)
from .publish.share import DEFAULT_SHARE_TEXT, SHARE_SERVICES
from .site.layout import PAGE_KINDS, Layout, Options

DEFAULT_ENTRIES_DIR = "entries"
"""Missing, it is a journal with no entries yet; another folder set by hand must exist."""


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
    card_image = c.Optional(c.Type(str))
    """The link card's image (`og:image`) for a day page whose entries show no image: a PNG or
    JPEG in `docs_dir` (a path such as `assets/card.png`) or an `https://` address. A day's
    first image wins over it. Needs `site_url`, as the card does.

    ```yaml
    card_image: assets/card.png
    ```
    """
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


def site_layout(
    options: JournalConfig, config: MkDocsConfig, *, dashboard_src: str, assets_prefix: str,
    folder_pages: bool = False,
) -> Layout:
    """Where the journal's pages go, from the URL options and the site's URL style
    (`folder_pages`: see `Layout`; `journal export` asks for it)."""
    return Layout(
        day_url=options.day_url,
        tags_url=options.tags_url,
        archive_url=options.archive_url,
        dashboard_src=dashboard_src,
        assets_prefix=assets_prefix,
        use_directory_urls=config.use_directory_urls,
        folder_pages=folder_pages,
    )


def site_options(options: JournalConfig, config: MkDocsConfig) -> Options:
    """What the page builders need from the options (plain values: `site/` knows no MkDocs)."""
    return Options(
        pages=frozenset(options.pages),
        excerpt_length=options.excerpt_length,
        per_page=options.per_page,
        recent=options.recent,
        top_tags=options.top_tags,
        site_name=config.site_name,
        site_url=config.site_url or None,
        goal=options.goal,
        share=tuple(options.share),
        share_text=options.share_text,
        challenge=options.challenge,
        mastodon_instance=options.mastodon_instance,
        card_image=options.card_image,
    )
