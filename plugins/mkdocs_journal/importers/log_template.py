"""Shape 4: the #100DaysOfCode log template.

`### Day 1: December 30, 2017`, then `**Today's Progress**:`, `**Thoughts:**` and
`**Link to work:**` paragraphs. The title is the gist of the progress paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .base import Format, ImportResult, Source
from .sections import import_by_headings, read_day_heading
from .summary import first_line_title

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


def progress_title(lines: Sequence[str]) -> str | None:
    """The first sentence of `**Today's Progress**:`, else the entry's first line of prose."""
    for index, line in enumerate(lines):
        match = PROGRESS.match(line)
        if match:
            paragraph = [match["text"]]
            rest = list(lines[index + 1 :])
            if not match["text"].strip():  # the label alone: the progress is the next paragraph
                while rest and not rest[0].strip():
                    rest.pop(0)
            for following in rest:
                if not following.strip() or following.lstrip().startswith(("**", "__")):
                    break
                paragraph.append(following)
            title = first_line_title([" ".join(paragraph)])
            if title:
                return title
    return first_line_title(lines)


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    return import_by_headings(
        source, NAME, read_day_heading, example=EXAMPLE, title_from_body=progress_title
    )


FORMAT = Format(NAME, EXAMPLE, score, parse)
