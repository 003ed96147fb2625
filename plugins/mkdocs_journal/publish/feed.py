"""An Atom feed of the latest days, so readers can follow a journal without visiting it.

Plain Python: the adapter hands over the days, their page URLs and the HTML MkDocs rendered for
them. feedgen writes (and escapes) the XML; lxml makes the pages' relative links absolute, because
a feed reader shows the content far from the page it came from.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from feedgen.feed import FeedGenerator

from ..core.model import Day
from ..core.text import excerpt

FEED_PATH = "feed.xml"
FEED_TYPE = "application/atom+xml"
CONTENT_MODES = ("full", "summary")
# What only makes sense on the site: the headings' permalink anchors. (A day page's content is
# its entries alone; the date line, tags and pager are drawn by its template, not in it.)
_DROPPED = ("//a[contains(concat(' ', normalize-space(@class), ' '), ' headerlink ')]",)
# XML 1.0 cannot carry these characters at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class FeedSettings:
    """What the feed says about the site as a whole."""

    site_url: str
    """Absolute URL of the site's root, ending in `/` (MkDocs' `site_url`)."""
    title: str
    subtitle: str | None = None
    author: str | None = None
    timezone: str = "UTC"
    content: str = "full"
    """`full`: each day's rendered HTML; `summary`: its excerpt only."""
    excerpt_length: int = 200

    @property
    def feed_url(self) -> str:
        return urljoin(self.site_url, FEED_PATH)


def latest_days(days: Sequence[Day], count: int) -> list[Day]:
    """The `count` newest days, newest first (days are kept oldest first)."""
    return list(reversed(days[-count:])) if count > 0 else []


def day_published(day: Day, timezone: str) -> dt.datetime:
    """When a day was written: its first entry's time if it has one, else the start of the day."""
    zone = zoneinfo.ZoneInfo(timezone)
    # A time without an offset is in the journal's time zone; one with (`21:30+02:00`) keeps it,
    # so entries of both kinds on one day compare.
    moments = [
        dt.datetime.combine(day.date, entry.time.replace(tzinfo=entry.time.tzinfo or zone))
        for entry in day.entries if entry.time is not None
    ]
    return min(moments) if moments else dt.datetime.combine(day.date, dt.time(0, 0), zone)


def feed_content(page_html: str, page_url: str) -> str:
    """A day page's entries as feed HTML: links made absolute, permalink anchors left out."""
    root = lxml.html.fragment_fromstring(page_html, create_parent="div")
    for path in _DROPPED:
        for element in root.xpath(path):
            _remove_keeping_tail(element)
    root.make_links_absolute(page_url, resolve_base_href=False)
    inner = (root.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root
    )
    return inner.strip()


def _remove_keeping_tail(element: lxml.html.HtmlElement) -> None:
    """Drop an element but not the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def atom_feed(
    days: Sequence[Day],
    settings: FeedSettings,
    page_url: Callable[[Day], str],
    page_html: Mapping[str, str],
    day_title: Callable[[Day], str] | None = None,
) -> bytes:
    """The Atom document for `days` (newest first); `day_title` words a day's title as the
    site does (in its language), `Day.title` without it.

    `page_url(day)` is the day page's URL relative to the site root; `page_html` maps such URLs to
    the HTML MkDocs rendered for them (a page missing from it gets its summary only).
    """
    feed = FeedGenerator()
    feed.id(settings.site_url)
    feed.title(xml_text(settings.title))
    if settings.subtitle:
        feed.subtitle(xml_text(settings.subtitle))
    feed.author({"name": xml_text(settings.author or settings.title)})
    feed.link(href=settings.site_url, rel="alternate", type="text/html")
    feed.link(href=settings.feed_url, rel="self", type=FEED_TYPE)
    feed.generator("mkdocs-journal")
    published = [day_published(day, settings.timezone) for day in days]
    # A fixed date keeps builds reproducible: the feed changes when the journal does, not the clock.
    feed.updated(max(published) if published else dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    for day, moment in zip(days, published, strict=True):
        relative = page_url(day)
        url = urljoin(settings.site_url, relative)
        item = feed.add_entry(order="append")
        item.id(url)
        item.title(xml_text(day_title(day) if day_title else day.title))
        item.link(href=url, rel="alternate", type="text/html")
        item.published(moment)
        item.updated(moment)
        for tag in day.tags:
            item.category(term=xml_text(tag.name))
        summary = excerpt("\n\n".join(entry.body for entry in day.entries), settings.excerpt_length)
        if summary:
            item.summary(xml_text(summary))
        html = page_html.get(relative)
        if settings.content == "full" and html is not None:
            item.content(xml_text(feed_content(html, url)), type="html")
    return feed.atom_str(pretty=True)
