"""Which day pages a live preview renders: the recent ones, and any the writer is editing.

Rendering thousands of day pages on every save makes `mkdocs serve` slow to refresh, so while
serving only a window of days is rendered (as Jekyll's `--limit_posts` does); the figures, tags
and listings are still computed from every entry. A full build renders every day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..core.journal import Journal


def serve_window(
    journal: Journal, days: int, edited: Iterable[dt.date] = ()
) -> set[dt.date] | None:
    """Dates of the day pages to render: the last `days` calendar days up to the newest entry,
    plus the days of entries edited while serving. None (render all) when `days` is 0."""
    if days <= 0 or not journal.days:
        return None
    newest = journal.days[-1].date
    first = newest - dt.timedelta(days=days - 1)
    window = {day.date for day in journal.days if day.date >= first}
    for date in edited:
        day = journal.day_of_date.get(date)
        if day is not None:
            window.add(day.date)
    return window
