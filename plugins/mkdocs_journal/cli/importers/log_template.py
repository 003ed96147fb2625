"""Shape 4: the #100DaysOfCode log template.

`### Day 1: December 30, 2017`, then `**Today's Progress**:`, `**Thoughts:**` and
`**Link to work:**` paragraphs, kept in the body as they are.
"""

from __future__ import annotations

import datetime as dt
import re

from .base import Format, ImportResult, Source
from .sections import import_by_headings, read_day_heading

NAME = "log-template"
EXAMPLE = "### Day 1: December 30, 2017"

PROGRESS = re.compile(
    r"^\s*(?:\*\*|__)today[’'`]?s\s+progress\s*(?::\s*)?(?:\*\*|__)\s*(?::\s*)?(?P<text>.*)$",
    re.IGNORECASE,
)


def score(source: Source) -> int:
    """Day headings with a month-name date, if the template's progress paragraphs are there."""
    if not any(PROGRESS.match(line) for line in source.lines):
        return 0
    return sum(
        1 for heading in source.headings
        if (reading := read_day_heading(heading.text)) is not None and reading.date is not None
    )


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    return import_by_headings(source, NAME, read_day_heading, example=EXAMPLE)


FORMAT = Format(NAME, EXAMPLE, score, parse)
