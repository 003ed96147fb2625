"""The calendar heatmap as data: weeks of cells with a level, a label and a link, and what a
reader who cannot see the colours needs instead: weekday names, a legend in words per day and the
logged days month by month.

One pure function serves the dashboard and the year pages; the `heatmap` macro of
`journal/macros.html` draws what it returns. Dates are walked by ordinal, so a journal at the
calendar's edge (9999-12-31) does not overflow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..core.model import Day
from .i18n import ENGLISH, Words

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
class LegendLevel:
    level: int
    words: str
    """The words per day this shade stands for: `≤ 120`, `121–300`, `> 480` (0: nothing logged)."""


@dataclass(frozen=True)
class LoggedMonth:
    """A month's logged days, for the list that says in text what the chart shows."""

    name: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Heatmap:
    weeks: tuple[tuple[Cell | None, ...], ...]
    """Columns of seven (Monday first); None pads the first and last week."""
    months: tuple[tuple[int, str], ...]
    """(week column, month abbreviation) where a month starts."""
    first: dt.date
    last: dt.date
    weekdays: tuple[str, ...] = ()
    """Monday to Sunday, abbreviated in the site's language: the chart's row headers."""
    legend: tuple[LegendLevel, ...] = ()
    """The logged shades that occur at these thresholds, lightest first."""
    logged: tuple[LoggedMonth, ...] = ()
    """Months with a logged day, oldest first."""

    @property
    def rows(self) -> tuple[tuple[Cell | None, ...], ...]:
        """Seven rows, Monday to Sunday, of a cell per week: the chart as a reader walks it."""
        return tuple(tuple(week[weekday] for week in self.weeks) for weekday in range(7))

    @property
    def start(self) -> Cell | None:
        """Where keyboard focus lands first: the newest logged day, else the newest date."""
        cells = [cell for week in self.weeks for cell in week if cell is not None]
        logged = [cell for cell in cells if cell.level]
        return (logged or cells or [None])[-1]


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


def legend(thresholds: Thresholds, number: Callable[[int], str] = str) -> tuple[LegendLevel, ...]:
    """What each logged shade means in words per day; a shade no day can take is left out."""
    low, middle, high = thresholds
    ranges = ((1, None, low), (2, low, middle), (3, middle, high), (4, high, None))
    levels = []
    for shade, above, upto in ranges:
        if above is None:
            levels.append(LegendLevel(shade, f"≤ {number(upto or 0)}"))
        elif upto is None:
            levels.append(LegendLevel(shade, f"> {number(above)}"))
        elif upto > above:
            shown = number(upto) if upto == above + 1 else f"{number(above + 1)}–{number(upto)}"
            levels.append(LegendLevel(shade, shown))
    return tuple(levels)


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
    language: Words = ENGLISH,
    day_title: Callable[[Day], str] | None = None,
) -> Heatmap:
    """Cells from `first` to `last`; a date inside a day range is shaded as logged (level 1)."""
    start = week_start(first).toordinal()
    end = last.toordinal()
    weeks: list[tuple[Cell | None, ...]] = []
    months: list[tuple[int, str]] = []
    logged: dict[tuple[int, int], list[Cell]] = {}
    for monday in range(start, end + 1, 7):
        week: list[Cell | None] = []
        for ordinal in range(monday, monday + 7):
            if ordinal < first.toordinal() or ordinal > end:
                week.append(None)
                continue
            date = dt.date.fromordinal(ordinal)
            cell = _cell(date, day_of_date.get(date), words, thresholds, day_url,
                         language, day_title or _own_title)
            week.append(cell)
            if cell.level:
                logged.setdefault((date.year, date.month), []).append(cell)
            if date.day == 1 or (date == first and date.day < 8):
                months.append((len(weeks), language.month_abbr(date.month)))
        weeks.append(tuple(week))
    return Heatmap(
        tuple(weeks),
        tuple(months),
        first,
        last,
        weekdays=tuple(language.weekday_abbr(weekday) for weekday in range(7)),
        legend=legend(thresholds, language.number),
        logged=tuple(
            LoggedMonth(language.month_year(cells[0].date), tuple(cells))
            for cells in logged.values()
        ),
    )


def _cell(
    date: dt.date,
    day: Day | None,
    words: Mapping[dt.date, int],
    thresholds: Thresholds,
    day_url: Callable[[Day], str | None],
    language: Words,
    day_title: Callable[[Day], str],
) -> Cell:
    shown = language.cell_date(date)
    if day is None:
        return Cell(date, 0, language.text("cell_empty", date=shown), None)
    day_label = language.day_label(day.number, day.number_end)
    if day.date != date:
        part_of = language.text("cell_part_of", day=day_label or language.cell_date(day.date))
        shown = f"{shown} · {part_of}"
    elif day_label:
        shown = f"{shown} · {day_label}"
    count = words[day.date]
    entries = len(day.entries)
    summary = language.plural("n_words", count)
    if entries > 1:
        summary = f"{language.plural('n_entries', entries)}, {summary}"
    return Cell(
        date,
        level(count, thresholds) if day.date == date else 1,
        language.text("cell_day", date=shown, title=day_title(day), summary=summary),
        day_url(day),
    )


def _own_title(day: Day) -> str:
    return day.title
