"""Dates as people write them in journal headings, read without guessing.

`2018/9/20` (year first) and dates with a month name (`9th July 2018`, `December 30, 2017`) are
unambiguous. `7/20/2023` is only read when the caller says which order it uses: a date that could
be day/month or month/day is reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
"""A month's name or its abbreviation (not captured)."""
MONTH = rf"(?P<month>{MONTH_WORD})"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
ORDINAL = rf"{ORDINAL_SUFFIX}?"
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{2,4})(?!\d)"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w/])(?P<day>\d{{1,2}}){ORDINAL}(?:\s+of)?\s+{MONTH}(?:,?\s+(?P<year>\d{{4}}))?(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![a-z]){MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}(?![\d/])(?:,?\s+(?P<year>\d{{4}}))?(?!\d)",
    re.IGNORECASE,
)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class DateReading:
    """A date found in a text, or why the date-like text found there cannot be read."""

    date: dt.date | None
    notation: str
    """How it was written: `year-first`, `month-name` or `numeric`."""
    start: int
    end: int
    problem: str | None = None


def find_date(text: str, *, month_first: bool = False) -> DateReading | None:
    """The first date-like text in `text`; `month_first` reads `7/20/2023` as month/day/year."""
    candidates = [
        reading
        for reading in (
            _year_first(text),
            _numeric(text, month_first),
            _month_name(text, _DAY_MONTH),
            _month_name(text, _MONTH_DAY),
        )
        if reading is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda reading: (reading.start, -reading.end))


def _year_first(text: str) -> DateReading | None:
    match = _YEAR_FIRST.search(text)
    if not match:
        return None
    return _make(match, "year-first", int(match["year"]), int(match["month"]), int(match["day"]))


def _numeric(text: str, month_first: bool) -> DateReading | None:
    match = _NUMERIC.search(text)
    if not match:
        return None
    written = match.group(0)
    if len(match["year"]) != 4:
        return _problem(
            match, "numeric", f"'{written}' has no four-digit year (write the year in full)"
        )
    if not month_first:
        return _problem(
            match, "numeric",
            f"'{written}' could be day/month or month/day "
            "(for month/day/year journals use --format day-numeric)",
        )
    month, day = int(match["a"]), int(match["b"])
    if month > 12:
        return _problem(
            match, "numeric", f"'{written}' is not month/day/year (there is no month {month})"
        )
    return _make(match, "numeric", int(match["year"]), month, day)


def _month_name(text: str, pattern: re.Pattern[str]) -> DateReading | None:
    match = pattern.search(text)
    if not match:
        return None
    month = MONTHS[match["month"][:3].lower()]
    if match["year"] is None:
        return _problem(
            match, "month-name",
            f"'{match.group(0).strip()}' has no year (write e.g. '{MONTH_NAMES[month - 1]} "
            f"{int(match['day'])}, 2018')",
        )
    return _make(match, "month-name", int(match["year"]), month, int(match["day"]))


def _make(match: re.Match[str], notation: str, year: int, month: int, day: int) -> DateReading:
    try:
        date = dt.date(year, month, day)
    except ValueError as error:
        return _problem(match, notation, f"'{match.group(0).strip()}' is not a real date ({error})")
    return DateReading(date, notation, match.start(), match.end())


def _problem(match: re.Match[str], notation: str, problem: str) -> DateReading:
    return DateReading(None, notation, match.start(), match.end(), problem)
