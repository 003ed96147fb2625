"""'On this day': the days written on the same date in earlier years.

29 February is remembered on 28 February in years that have no 29th (it stays in February,
where it was written, and shows up every year); 1 March only ever shows 1 March.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from .model import Day


def anniversary(date: dt.date, year: int) -> dt.date:
    """The date's anniversary in `year`: the same day, or 28 Feb for 29 Feb in a common year."""
    if date.month == 2 and date.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return date.replace(year=year)


class OnThisDay:
    """Days indexed by month and day, so each lookup costs only the days it returns."""

    def __init__(self, days: Iterable[Day]) -> None:
        self._by_month_day: dict[tuple[int, int], list[Day]] = defaultdict(list)
        for day in days:
            self._by_month_day[(day.date.month, day.date.day)].append(day)

    def earlier(self, date: dt.date) -> list[Day]:
        """Days on `date`'s month and day in earlier years, newest first."""
        found = list(self._by_month_day.get((date.month, date.day), ()))
        if date.month == 2 and date.day == 28 and not calendar.isleap(date.year):
            found.extend(self._by_month_day.get((2, 29), ()))
        earlier = [day for day in found if day.date.year < date.year]
        return sorted(earlier, key=lambda day: day.date, reverse=True)
