"""The dashboard: streak cards, progress, a heatmap of the last year, recent entries, top tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from markupsafe import escape

from ..core.anniversaries import OnThisDay
from ..core.journal import EntryRef
from ..core.rounds import goal_reached
from ..core.streaks import Streak
from .day_pages import on_this_day_items
from .heatmap import Heatmap, week_start
from .rounds import RoundCard, round_cards
from .views import NOT_SEARCHED, ListItem, PageData, SiteContext, TagLink

HEATMAP_WEEKS = 53
MIN_HEATMAP_WEEKS = 26


@dataclass(frozen=True)
class DashboardView:
    """What `journal/dashboard.html` receives as `page.journal`."""

    site_name: str
    as_of: dt.date
    current: Streak
    best: Streak
    last: Streak
    """The most recent streak, ended or not (the current card says when it ended)."""
    days_logged: int
    goal: int
    percent: int
    entries: int
    first_date: dt.date | None
    last_date: dt.date | None
    heatmap: Heatmap
    recent: tuple[ListItem, ...]
    top_tags: tuple[TagLink, ...]
    rounds: tuple[RoundCard, ...] = ()
    """With rounds configured: the round in progress first, then the earlier ones."""
    on_this_day: tuple[ListItem, ...] = ()
    """Entries written on the as-of date in earlier years."""
    goal_reached: dt.date | None = None
    """The day the goal-th day was logged, once the goal is met (the card then says so)."""


def _streak(figures: dict[str, Any]) -> Streak:
    start, end = figures["start"], figures["end"]
    return Streak(
        figures["days"],
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def heatmap_span(logged: frozenset[dt.date], as_of: dt.date) -> tuple[dt.date, dt.date]:
    """A year of cells ending today, unless the journal ended long ago: then its last year.
    A young journal gets half a year from its first month, not a year of empty cells."""
    last_logged = max(logged) if logged else as_of
    end = as_of if (as_of - last_logged).days < 365 else last_logged
    first_ordinal = max(1, end.toordinal() - 7 * (HEATMAP_WEEKS - 1) - end.weekday())
    first = dt.date.fromordinal(first_ordinal)
    if logged:
        young_ordinal = max(1, end.toordinal() - 7 * MIN_HEATMAP_WEEKS)
        young = min(min(logged).replace(day=1), dt.date.fromordinal(young_ordinal))
        first = max(first, week_start(young))
    return first, end


def dashboard_page(site: SiteContext) -> PageData:
    journal, stats = site.journal, site.stats
    as_of = dt.date.fromisoformat(stats["as_of"])
    recent: list[EntryRef] = []
    for day in reversed(journal.days):
        for entry, title in reversed(list(zip(day.entries, day.titles, strict=True))):
            recent.append(EntryRef(day, entry, title))
        if len(recent) >= site.options.recent:
            break
    top = []
    for item in stats["tags"][: site.options.top_tags]:
        tag = journal.tag(item["name"])
        if tag is not None:
            top.append(site.tag_link(tag))
    view = DashboardView(
        site_name=site.options.site_name,
        as_of=as_of,
        current=_streak(stats["current_streak"]),
        best=_streak(stats["best_streak"]),
        last=_streak(stats["last_streak"]),
        days_logged=stats["days_logged"],
        goal=stats["goal"],
        percent=round(stats["progress"] * 100),
        entries=stats["entries"],
        first_date=_date(stats["first_date"]),
        last_date=_date(stats["last_date"]),
        heatmap=site.heatmap(*heatmap_span(journal.logged_dates, as_of)),
        recent=tuple(site.item(ref) for ref in recent[: site.options.recent]),
        top_tags=tuple(top),
        rounds=round_cards(site, as_of),
        on_this_day=on_this_day_items(site, OnThisDay(journal.days), as_of),
        goal_reached=goal_reached(
            (date for date in journal.logged_dates if date <= as_of), stats["goal"]
        ),
    )
    title = site.lang.text("dashboard")
    meta = {
        "template": "journal/dashboard.html",
        "title": str(escape(title)),
        "search": NOT_SEARCHED,
        "hide": ["toc"],
    }
    return PageData(site.layout.dashboard_src, "dashboard", title, meta, view)
