"""Day pages: the entries' Markdown, and the data `journal/day.html` draws around it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import escape

from ..core.model import Day
from .formats import markdown_text
from .links import rewrite_links
from .views import Link, PageData, SiteContext, TagLink

DAY_TEMPLATE = "journal/day.html"


@dataclass(frozen=True)
class EntryView:
    title: str
    tags: tuple[TagLink, ...]


@dataclass(frozen=True)
class DayView:
    """What `journal/day.html` receives as `page.journal`."""

    day: Day
    date: dt.date
    title: str
    label: str
    month: Link | None
    """The month page this day is listed on (None without archive pages)."""
    tags: tuple[TagLink, ...]
    entries: tuple[EntryView, ...]
    previous: Link | None
    next: Link | None


def day_title(site: SiteContext, day: Day) -> str:
    """One entry: its title. Several: the day's label and date, since each entry has a heading."""
    if len(day.entries) == 1:
        return site.day_title(day)
    words, label = site.lang, site.day_label(day)
    if label:
        return words.text("day_title", label=label, date=words.short_date(day.date))
    return words.long_date(day.date)


def day_markdown(site: SiteContext, day: Day, src_uri: str) -> str:
    """The entries' bodies, links pointed from the day page; with several entries each is
    introduced by its title as a `##` heading, which the page's table of contents lists."""
    layout = site.layout
    bodies = [
        rewrite_links(entry.body, entry.rel_path, layout.assets_prefix, src_uri, site.entry_pages)
        for entry in day.entries
    ]
    if len(bodies) == 1:
        return bodies[0]
    return "".join(
        f"## {markdown_text(title)}\n\n{body}\n\n"
        for title, body in zip(site.day_titles(day), bodies, strict=True)
    )


def _pager_link(site: SiteContext, day: Day | None) -> Link | None:
    if day is None:
        return None
    label = site.day_label(day) or day.date.isoformat()
    return Link(site.day_url(day), f"{label} · {site.day_title(day)}")


def day_pages(site: SiteContext, window: set[dt.date] | None = None) -> Iterator[PageData]:
    """A page per day (only the days in `window`, for a live preview, when one is given)."""
    days = site.journal.days
    for index, day in enumerate(days):
        if window is not None and day.date not in window:
            continue
        src_uri = site.layout.day(day.date)
        title = day_title(site, day)
        month = (
            Link(site.month_url(day.date.year, day.date.month), site.lang.month_year(day.date))
            if site.has_archive
            else None
        )
        view = DayView(
            day=day,
            date=day.date,
            title=title,
            label=site.day_label(day),
            month=month,
            tags=site.tag_links(day.tags),
            entries=tuple(
                EntryView(entry_title, site.tag_links(entry.tags))
                for entry, entry_title in zip(day.entries, site.day_titles(day), strict=True)
            ),
            previous=_pager_link(site, days[index - 1] if index > 0 else None),
            next=_pager_link(site, days[index + 1] if index + 1 < len(days) else None),
        )
        meta = {
            "template": DAY_TEMPLATE,
            # Material prints title and description unescaped, so they go in escaped.
            "title": str(escape(title)),
            "tags": [tag.name for tag in day.tags],
            "description": str(escape(site.excerpt(day.entries[0]))),
            "date": day.date.isoformat(),
        }
        yield PageData(
            src_uri, "day", title, meta, view, day_markdown(site, day, src_uri), day.entries[0]
        )
