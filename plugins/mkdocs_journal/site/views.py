"""What each generated page is made of: its data for the theme template, and little else.

A page's chrome and listings are drawn by the templates in `templates/journal/` from these
values; only a day page has Markdown (its entries'). URLs here are relative to the site root,
as MkDocs' `page.url` is: templates pass them through the theme's `url` filter.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from ..core.journal import EntryRef, Journal
from ..core.model import Day, Entry, Tag
from ..core.text import excerpt
from .heatmap import Heatmap, heatmap, word_thresholds
from .i18n import ENGLISH, Words
from .layout import Layout, Options

NOT_SEARCHED = {"exclude": True}
"""`meta["search"]` of the listing pages: search finds the entries on their day pages."""


@dataclass(frozen=True)
class PageData:
    """One generated page, engine-neutral: the adapter turns it into a MkDocs page."""

    src_uri: str
    kind: str
    """day, tags, tag, archive, year, month or dashboard."""
    title: str
    """Plain text (the navigation's and the browser tab's title)."""
    meta: dict[str, Any]
    """The page's metadata, as front matter would give it (`template` picks the theme template)."""
    view: Any
    """What the template reads as `page.journal`."""
    markdown: str | None = None
    """Markdown to convert (a day's entries, the introduction); listing pages have none and
    skip conversion."""
    source: str | None = None
    """The file behind the page, inside the entries folder, for its edit link."""


@dataclass(frozen=True)
class Link:
    url: str | None
    text: str


@dataclass(frozen=True)
class TagLink:
    name: str
    url: str | None
    count: int


@dataclass(frozen=True)
class ListItem:
    """An entry in a listing (dashboard, tag and month pages): built once, listed anywhere."""

    date: dt.date
    label: str
    """`Day 12`, `Days 3–5`, or empty before the challenge starts."""
    title: str
    url: str | None
    excerpt: str


def entry_title(words: Words, ref: EntryRef) -> str:
    """The entry's own title, or the placeholder the core gives it (`Day 12`) in the site's
    language: the core's placeholders are English, for the CLI's messages."""
    entry, day = ref.entry, ref.day
    if entry.title:
        return ref.title
    if entry.day is not None:
        return words.day_label(entry.day, entry.day_end)
    if day.number is not None:
        return words.day_label(day.number)
    return ref.title


def day_titles(words: Words, day: Day) -> tuple[str, ...]:
    return tuple(
        entry_title(words, EntryRef(day, entry, title))
        for entry, title in zip(day.entries, day.titles, strict=True)
    )


def day_title(words: Words, day: Day) -> str:
    """`Day.title` in the site's language: the titles together, placeholders left out."""
    label = words.day_label(day.number, day.number_end)
    named = [title for title in day_titles(words, day) if title != label]
    return " · ".join(named) or label or day.date.isoformat()


@functools.lru_cache(maxsize=100_000)
def _excerpt(body: str, length: int) -> str:
    """Excerpts, remembered across the rebuilds of a live preview (most entries do not change)."""
    return excerpt(body, length)


class SiteContext:
    """What every page of one build shares: the journal, its figures, URLs and listing items."""

    def __init__(
        self,
        journal: Journal,
        stats: dict[str, Any],
        layout: Layout,
        options: Options,
        words: Words = ENGLISH,
    ) -> None:
        self.journal = journal
        self.lang = words
        self.stats = stats
        self.layout = layout
        self.options = options
        self.has_days = "days" in options.pages
        self.has_tags = "tags" in options.pages
        self.has_archive = "archive" in options.pages
        # Counted once: every heatmap cell asks (a cache on Day would cost each a __dict__).
        self.words = {day.date: day.words for day in journal.days}
        self.thresholds = word_thresholds(self.words.values())
        self.entry_pages = (
            {entry.rel_path: layout.day(day.date) for day in journal.days for entry in day.entries}
            if self.has_days
            else {}
        )
        self._items: dict[tuple[int, int], ListItem] = {}
        self._tag_links: dict[str, TagLink] = {}

    def day_url(self, day: Day) -> str | None:
        return self.layout.url(self.layout.day(day.date)) if self.has_days else None

    def tag_url(self, tag: Tag, page: int = 1) -> str | None:
        return self.layout.url(self.layout.tag(tag, page)) if self.has_tags else None

    def month_url(self, year: int, month: int) -> str | None:
        return self.layout.url(self.layout.month(year, month)) if self.has_archive else None

    def year_url(self, year: int) -> str:
        return self.layout.url(self.layout.year(year))

    def excerpt(self, entry: Entry) -> str:
        return _excerpt(entry.body, self.options.excerpt_length)

    def tag_link(self, tag: Tag) -> TagLink:
        link = self._tag_links.get(tag.key)
        if link is None:
            count = len(self.journal.tag_entries[tag.key])
            link = self._tag_links[tag.key] = TagLink(tag.name, self.tag_url(tag), count)
        return link

    def tag_links(self, names: tuple[str, ...] | tuple[Tag, ...]) -> tuple[TagLink, ...]:
        tags = (name if isinstance(name, Tag) else self.journal.tag(name) for name in names)
        return tuple(self.tag_link(tag) for tag in tags if tag is not None)

    def item(self, ref: EntryRef) -> ListItem:
        key = (id(ref.day), id(ref.entry))
        item = self._items.get(key)
        if item is None:
            day = ref.day
            item = self._items[key] = ListItem(
                day.date, self.day_label(day), self.entry_title(ref), self.day_url(day),
                self.excerpt(ref.entry),
            )
        return item

    def day_label(self, day: Day) -> str:
        return self.lang.day_label(day.number, day.number_end, day.round)

    def entry_title(self, ref: EntryRef) -> str:
        return entry_title(self.lang, ref)

    def day_titles(self, day: Day) -> tuple[str, ...]:
        return day_titles(self.lang, day)

    def day_title(self, day: Day) -> str:
        return day_title(self.lang, day)

    def heatmap(self, first: dt.date, last: dt.date) -> Heatmap:
        return heatmap(
            first,
            last,
            day_of_date=self.journal.day_of_date,
            words=self.words,
            thresholds=self.thresholds,
            day_url=self.day_url,
            language=self.lang,
            day_title=self.day_title,
        )
