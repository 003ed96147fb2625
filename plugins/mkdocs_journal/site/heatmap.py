"""The calendar heatmap as data: weeks of cells with a level, a label and a link.

One pure function serves the dashboard and the year pages; `journal/partials/heatmap.html` draws
what it returns. Dates are walked by ordinal, so a journal at the calendar's edge (9999-12-31)
does not overflow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..core.model import Day
from .formats import MONTHS

Thresholds = tuple[int, int, int]


@dataclass(frozen=True)
class Cell:
    date: dt.date
    level: int
    """0: nothing logged; 1 to 4: words that day, by quartile of the writer's own days."""
    label: str
    """What the cell says to a reader (its tooltip): the date and what was logged."""
    url: str | None
    """The day page, relative to the site root; None when nothing is logged or no day pages."""


@dataclass(frozen=True)
class Heatmap:
    weeks: tuple[tuple[Cell | None, ...], ...]
    """Columns of seven (Monday first); None pads the first and last week."""
    months: tuple[tuple[int, str], ...]
    """(week column, month abbreviation) where a month starts."""
    first: dt.date
    last: dt.date


def word_thresholds(words: Iterable[int]) -> Thresholds:
    """Quartile cut points of words per day, so shading is relative to the writer's own habit."""
    ordered = sorted(words)
    if not ordered:
        return (0, 0, 0)
    size = len(ordered)
    low, middle, high = (ordered[min(size - 1, size * q // 4)] for q in (1, 2, 3))
    return (low, middle, high)


def level(words: int, thresholds: Thresholds) -> int:
    return 1 + sum(words > cut for cut in thresholds)


def week_start(date: dt.date) -> dt.date:
    """The Monday of the date's week (0001-01-01 is a Monday, so this never underflows)."""
    return dt.date.fromordinal(date.toordinal() - date.weekday())


def heatmap(
    first: dt.date,
    last: dt.date,
    *,
    day_of_date: Mapping[dt.date, Day],
    words: Mapping[dt.date, int],
    thresholds: Thresholds,
    day_url: Callable[[Day], str | None],
) -> Heatmap:
    """Cells from `first` to `last`; a date inside a day range is shaded as logged (level 1)."""
    start = week_start(first).toordinal()
    end = last.toordinal()
    weeks: list[tuple[Cell | None, ...]] = []
    months: list[tuple[int, str]] = []
    for monday in range(start, end + 1, 7):
        week: list[Cell | None] = []
        for ordinal in range(monday, monday + 7):
            if ordinal < first.toordinal() or ordinal > end:
                week.append(None)
                continue
            date = dt.date.fromordinal(ordinal)
            week.append(_cell(date, day_of_date.get(date), words, thresholds, day_url))
            if date.day == 1 or (date == first and date.day < 8):
                months.append((len(weeks), MONTHS[date.month - 1][:3]))
        weeks.append(tuple(week))
    return Heatmap(tuple(weeks), tuple(months), first, last)


def _cell(
    date: dt.date,
    day: Day | None,
    words: Mapping[dt.date, int],
    thresholds: Thresholds,
    day_url: Callable[[Day], str | None],
) -> Cell:
    if day is None:
        return Cell(date, 0, f"{date.isoformat()}: nothing logged", None)
    label = f" · {day.label}" if day.label else ""
    if day.date != date:
        label = f" · part of {day.label or day.date.isoformat()}"
    count = words[day.date]
    entries = len(day.entries)
    summary = f"{entries} entries, {count} words" if entries > 1 else f"{count} words"
    return Cell(
        date,
        level(count, thresholds) if day.date == date else 1,
        f"{date.isoformat()}{label}: {day.title} ({summary})",
        day_url(day),
    )
