"""The archive: an index of years, a page per year (with its heatmap) and a page per month.

Every "N days" here counts logged dates (`logged_days_by_month`), so a day range is counted on
each date it covers and the months add up to the dashboard's figure.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import escape

from ..core.journal import EntryRef
from ..core.model import Day
from ..core.stats import logged_days_by_month
from .heatmap import Heatmap
from .i18n import Words
from .views import NOT_SEARCHED, Link, ListItem, PageData, SiteContext

Month = tuple[int, int]


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    name: str
    url: str | None
    days: int
    """Logged dates in the month."""
    entries: int
    """Entries on the month's page."""


@dataclass(frozen=True)
class YearSummary:
    year: int
    url: str
    months: tuple[MonthSummary, ...]
    """Newest first."""


@dataclass(frozen=True)
class ArchiveView:
    """What `journal/archive.html` receives as `page.journal`."""

    years: tuple[YearSummary, ...]
    """Newest first."""
    days_logged: int
    entries: int
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True)
class YearView:
    """What `journal/year.html` receives as `page.journal`."""

    year: int
    heatmap: Heatmap
    months: tuple[MonthSummary, ...]
    archive_url: str


@dataclass(frozen=True)
class MonthView:
    """What `journal/month.html` receives as `page.journal`."""

    title: str
    summary: MonthSummary
    year_url: str
    archive_url: str
    items: tuple[ListItem, ...]
    earlier: Link | None
    later: Link | None


def month_days(days: dict[dt.date, Day]) -> dict[Month, list[Day]]:
    """The days each month's page lists: every day page covering a date in it (a day range that
    runs into the next month is listed in both), oldest first."""
    months: dict[Month, dict[dt.date, Day]] = defaultdict(dict)
    for date, day in days.items():
        months[(date.year, date.month)].setdefault(day.date, day)
    return {key: [listed[date] for date in sorted(listed)] for key, listed in months.items()}


def archive_pages(site: SiteContext, window: set[dt.date] | None = None) -> Iterator[PageData]:
    journal, layout = site.journal, site.layout
    listed = month_days(journal.day_of_date)
    logged = logged_days_by_month(journal.logged_dates)
    words = site.lang
    summaries = {
        key: MonthSummary(
            key[0], key[1], words.month_name(key[1]), site.month_url(*key), logged[key],
            sum(len(day.entries) for day in days),
        )
        for key, days in listed.items()
    }
    keys = sorted(listed)
    years: dict[int, list[MonthSummary]] = defaultdict(list)
    for key in reversed(keys):
        years[key[0]].append(summaries[key])
    stats = site.stats
    archive_url = layout.url(layout.archive)
    index = ArchiveView(
        tuple(YearSummary(year, site.year_url(year), tuple(months))
              for year, months in years.items()),
        stats["days_logged"],
        stats["entries"],
        dt.date.fromisoformat(stats["first_date"]) if stats["first_date"] else None,
        dt.date.fromisoformat(stats["last_date"]) if stats["last_date"] else None,
    )
    title = words.text("archive")
    meta = {"template": "journal/archive.html", "title": str(escape(title)), "search": NOT_SEARCHED}
    yield PageData(layout.archive, "archive", title, meta, index)

    # Live preview renders the months (and years) of the window's days; the index lists all.
    shown = {(date.year, date.month) for date in window} if window is not None else set(keys)
    for year, months in years.items():
        if not any((year, summary.month) in shown for summary in months):
            continue
        view = YearView(
            year, site.heatmap(dt.date(year, 1, 1), dt.date(year, 12, 31)), tuple(months),
            archive_url,
        )
        meta = {
            "template": "journal/year.html", "title": str(year), "search": NOT_SEARCHED,
            "hide": ["toc"],
        }
        yield PageData(layout.year(year), "year", str(year), meta, view)

    for position, key in enumerate(keys):
        if key not in shown:
            continue
        summary = summaries[key]
        title = words.month_year(dt.date(key[0], key[1], 1))
        earlier = summaries[keys[position - 1]] if position > 0 else None
        later = summaries[keys[position + 1]] if position + 1 < len(keys) else None
        view = MonthView(
            title=title,
            summary=summary,
            year_url=site.year_url(key[0]),
            archive_url=archive_url,
            items=tuple(
                site.item(EntryRef(day, entry, entry_title))
                for day in listed[key]
                for entry, entry_title in zip(day.entries, site.day_titles(day), strict=True)
            ),
            earlier=_month_link(words, earlier) if earlier else None,
            later=_month_link(words, later) if later else None,
        )
        meta = {
            "template": "journal/month.html", "title": str(escape(title)), "search": NOT_SEARCHED,
        }
        yield PageData(layout.month(*key), "month", title, meta, view)


def _month_link(words: Words, summary: MonthSummary) -> Link:
    return Link(summary.url, words.month_year(dt.date(summary.year, summary.month, 1)))
