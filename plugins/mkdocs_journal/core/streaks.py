"""Streak and progress arithmetic on sets of logged dates.

Pure functions: the as-of date is always an argument, never `today()`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Streak:
    """A run of consecutive logged dates; `length == 0` means no run (start and end are None)."""

    length: int
    start: dt.date | None = None
    end: dt.date | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "days": self.length,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


NO_STREAK = Streak(0)


def shifted(date: dt.date, days: int) -> dt.date:
    """`date` moved by `days`, held at the calendar's ends (0001-01-01, 9999-12-31) instead of
    overflowing: a journal may well hold an entry on either."""
    ordinal = min(max(date.toordinal() + days, 1), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


def streak_runs(dates: Iterable[dt.date]) -> list[Streak]:
    """Every maximal run of consecutive dates, oldest first."""
    runs: list[Streak] = []
    start = previous = None
    for date in sorted(set(dates)):
        if previous is not None and date - previous == ONE_DAY:
            previous = date
            continue
        if start is not None:
            runs.append(Streak((previous - start).days + 1, start, previous))
        start = previous = date
    if start is not None:
        runs.append(Streak((previous - start).days + 1, start, previous))
    return runs


def best_streak(dates: Iterable[dt.date]) -> Streak:
    """The longest run; among equally long ones, the most recent."""
    best = NO_STREAK
    for run in streak_runs(dates):
        if run.length >= best.length:
            best = run
    return best


def current_streak(dates: Iterable[dt.date], as_of: dt.date) -> Streak:
    """The run ending on `as_of`, or on the day before (today is not over yet); else no streak.

    Dates after `as_of` are ignored: they have not happened yet.
    """
    past = {date for date in dates if date <= as_of}
    if as_of in past:
        end = as_of
    elif as_of > dt.date.min and as_of - ONE_DAY in past:
        end = as_of - ONE_DAY
    else:
        return NO_STREAK
    start = end
    while start > dt.date.min and start - ONE_DAY in past:
        start -= ONE_DAY
    return Streak((end - start).days + 1, start, end)


def last_streak(dates: Iterable[dt.date], as_of: dt.date) -> Streak:
    """The latest run up to `as_of` (clipped there), so a broken streak can say when it ended."""
    runs = streak_runs(date for date in dates if date <= as_of)
    return runs[-1] if runs else NO_STREAK


def progress(days_logged: int, goal: int) -> float:
    """Share of the goal reached, between 0 and 1."""
    if goal <= 0:
        return 1.0
    return min(days_logged / goal, 1.0)
