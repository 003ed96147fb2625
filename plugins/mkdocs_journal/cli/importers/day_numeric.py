"""Shape 3: a day heading with a month/day/year date, written loosely by hand.

`## Day 1 - 7/20/2023`, `## Day 66- 9/23/2023`, `## Day - 73 - 9/30/2023`, `## Day 9 - 7/28/2023/`.
"""

from __future__ import annotations

import datetime as dt

from .base import Format, ImportResult, Source
from .sections import HeadingReading, import_by_headings, read_day_heading

NAME = "day-numeric"
EXAMPLE = "## Day 1 - 7/20/2023"


def read(text: str) -> HeadingReading | None:
    return read_day_heading(text, month_first=True)


def score(source: Source) -> int:
    """Day headings whose date is written in numbers (month first, or year first)."""
    return sum(
        1 for heading in source.headings
        if (reading := read(heading.text)) is not None
        and reading.date is not None and reading.notation in ("numeric", "year-first")
    )


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    return import_by_headings(source, NAME, read, example=EXAMPLE)


FORMAT = Format(NAME, EXAMPLE, score, parse)
