"""Shape 2: a day heading with the date in words, `## Day 0: 9th July 2018`."""

from __future__ import annotations

import datetime as dt

from .base import Format, ImportResult, Source
from .sections import import_by_headings, read_day_heading

NAME = "day-ordinal"
EXAMPLE = "## Day 0: 9th July 2018"


def score(source: Source) -> int:
    """Day headings whose date has a month name."""
    return sum(
        1 for heading in source.headings
        if (reading := read_day_heading(heading.text)) is not None
        and reading.date is not None and reading.notation == "month-name"
    )


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    return import_by_headings(source, NAME, read_day_heading, example=EXAMPLE)


FORMAT = Format(NAME, EXAMPLE, score, parse)
