"""Shape 1: a date heading per day (`## 2018/9/20`, newest first or last), then a `Tags:` line."""

from __future__ import annotations

import datetime as dt

from .base import Format, ImportResult, Source
from .sections import import_by_headings, read_date_heading

NAME = "dated-tags"
EXAMPLE = "## 2018/9/20"


def score(source: Source) -> int:
    """Headings that start with a readable date."""
    return sum(
        1 for heading in source.headings
        if (reading := read_date_heading(heading.text)) is not None and reading.date is not None
    )


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    return import_by_headings(source, NAME, read_date_heading, example=EXAMPLE)


FORMAT = Format(NAME, EXAMPLE, score, parse)
