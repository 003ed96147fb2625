"""Journals where each day starts with a heading: find those headings and cut the text at them.

The shapes differ only in how a day heading is read (`read`); cutting, tags lines and the
accounting of every line are shared here. A day whose heading has no title gets none: the site
shows it as "Day N" with its text whole, which reads better in the pager, the feed and the
README table than a first sentence cut short and repeated above itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .base import (
    Heading,
    ImportedEntry,
    ImportProblem,
    ImportResult,
    NotImported,
    Source,
    blank_trimmed,
    preamble_of,
)
from .dates import MONTH_WORD, ORDINAL, ORDINAL_SUFFIX, find_date
from .gfm import commonmark_to_python_markdown
from .inline import github_inline


@dataclass(frozen=True)
class HeadingReading:
    """What a day heading says; `problem` when it looks like one but its date cannot be read."""

    date: dt.date | None
    day: int | None = None
    day_end: int | None = None
    title: str | None = None
    notation: str | None = None
    problem: str | None = None
    round: int | None = None
    """`R2D5`: the round the heading names (None without one)."""


HeadingReader = Callable[[str], "HeadingReading | None"]

_MARKUP = re.compile(r"\*\*|__|`")
_DAY_PREFIX = re.compile(
    r"^\s*days?\s*(?:[-–—:#.]+\s*)?(?P<first>\d+)"
    rf"(?:\s*(?:-|–|—|to|\.\.)\s*(?P<last>\d+)(?![\d/.-]|{ORDINAL_SUFFIX}\b|\s+(?:of\s+)?{MONTH_WORD}))?",
    re.IGNORECASE,
)
_ROUND_DAY = re.compile(r"^\s*R(?P<round>\d{1,3})\s*[-–—·.:]?\s*D(?:ays?)?(?=[-–—:#. ]*\d)", re.I)
"""`R2D5`, `R2 Day 5`: #100DaysOfCode's round-and-day notation, read as round 2, `Day 5`."""
_DATE_START = re.compile(
    rf"^\s*(?:\d{{1,4}}[/.-]\d|\d{{1,2}}{ORDINAL}\s+(?:of\s+)?{MONTH_WORD}|{MONTH_WORD}\s+\d)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$", re.IGNORECASE
)
_TITLE_TRIM = " \t-–—:,;|/()[]."
_TAGS_LINE = re.compile(
    r"^\s{0,3}(?:\*\*|__)?tags(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(?P<tags>.*)$", re.IGNORECASE
)


def read_day_heading(text: str, *, month_first: bool = False) -> HeadingReading | None:
    """`Day 12 - 7/20/2023`, `Day 0: 9th July 2018`, `Days 3-4: …`; None if not a day heading."""
    clean = _MARKUP.sub("", text)
    round_number = None
    if round_day := _ROUND_DAY.match(clean):
        round_number, clean = int(round_day["round"]), "Day" + clean[round_day.end() :]
    prefix = _DAY_PREFIX.match(clean)
    if not prefix:
        return None
    day = int(prefix["first"])
    day_end = int(prefix["last"]) if prefix["last"] else None
    if day_end is not None and day_end < day:
        return HeadingReading(None, problem=f"day range {day}-{day_end} ends before it starts")
    if day_end == day:
        day_end = None
    rest = clean[prefix.end() :]
    reading = find_date(rest, month_first=month_first)
    if reading is None:
        return HeadingReading(None, day, day_end, problem=f"no date in heading '{text.strip()}'")
    if reading.problem:
        return HeadingReading(
            None, day, day_end, notation=reading.notation, problem=reading.problem
        )
    title = _title_around(rest, reading.start, reading.end)
    return HeadingReading(reading.date, day, day_end, title, reading.notation, round=round_number)


def read_date_heading(text: str) -> HeadingReading | None:
    """`2018/9/20`, `2018-09-20: title`, `9th July 2018`; None if it does not start with a date."""
    clean = _MARKUP.sub("", text)
    if not _DATE_START.match(clean):
        return None
    reading = find_date(clean)
    if reading is None or reading.start > len(clean) - len(clean.lstrip()):
        return HeadingReading(None, problem=f"'{text.strip()}' does not start with a date")
    if reading.problem:
        return HeadingReading(None, notation=reading.notation, problem=reading.problem)
    title = _title_around(clean, reading.start, reading.end)
    return HeadingReading(reading.date, title=title, notation=reading.notation)


def _title_around(text: str, start: int, end: int) -> str | None:
    before = text[:start].strip(_TITLE_TRIM)
    after = text[end:].strip(_TITLE_TRIM)
    if _WEEKDAY.match(before):
        before = ""
    if _WEEKDAY.match(after):
        after = ""
    title = " - ".join(part for part in (before, after) if part)
    return title or None


def split_tags(value: str) -> tuple[str, ...]:
    """`a b c`, `a, b c, d` (commas allow tags of several words), `#a #b`."""
    parts = value.split(",") if "," in value else value.split()
    tags: list[str] = []
    seen: set[str] = set()
    for part in parts:
        name = " ".join(part.strip().strip("`*_").lstrip("#").split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            tags.append(name)
    return tuple(tags)


def take_tags(lines: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """A `Tags:` line as the first or last line of a body gives the tags and leaves the body."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for index in filled[:1] + filled[-1:]:
        match = _TAGS_LINE.match(lines[index])
        if match:
            return split_tags(match["tags"]), lines[:index] + lines[index + 1 :]
    return (), lines


def import_by_headings(
    source: Source,
    format_name: str,
    read: HeadingReader,
    *,
    example: str,
) -> ImportResult:
    """Cut the source at its day headings; each line goes to an entry, the preamble or a report."""
    readings = [(heading, read(heading.text)) for heading in source.headings]
    day_headings = [(h, r) for h, r in readings if r is not None]
    if not day_headings:
        raise ImportProblem(
            f"{source.name}: no day headings of the {format_name} shape (like '{example}') found"
        )
    readable = [h for h, r in day_headings if r.date is not None]
    level = entry_level(readable or [h for h, _ in day_headings])
    # A dated day heading starts an entry at any level; other headings only at the level of
    # the day headings or above (deeper ones are the entry's own sections).
    first = next(h.index for h, r in day_headings if r.date is not None or h.level == level)
    cuts = [
        (h, r) for h, r in readings
        if h.index >= first and (h.level <= level or (r is not None and r.date is not None))
    ]

    preamble, preamble_lines, not_imported = preamble_of(source, first)
    entries: list[ImportedEntry] = []
    for position, (heading, reading) in enumerate(cuts):
        end = cuts[position + 1][0].index if position + 1 < len(cuts) else len(source.lines)
        if reading is not None and reading.date is not None:
            entries.append(_entry(source, heading, reading, end))
        else:
            not_imported.extend(_refused(source, heading, reading, end))
    not_imported.sort(key=lambda item: item.line)
    return ImportResult(format_name, entries, not_imported, preamble, preamble_lines, source.name)


def entry_level(headings: list[Heading]) -> int:
    """The heading level most day headings use (the shallowest among equally common ones)."""
    counts = Counter(heading.level for heading in headings)
    return min(counts, key=lambda level: (-counts[level], level))


def _entry(
    source: Source,
    heading: Heading,
    reading: HeadingReading,
    end: int,
) -> ImportedEntry:
    assert reading.date is not None
    body_lines = list(source.lines[heading.index + 1 : end])
    tags, body_lines = take_tags(body_lines)
    body_lines = blank_trimmed(body_lines)
    return ImportedEntry(
        date=reading.date,
        day=reading.day,
        day_end=reading.day_end,
        title=reading.title,
        tags=tags,
        body=github_inline(commonmark_to_python_markdown("\n".join(body_lines))),
        first_line=heading.index + 1,
        last_line=end,
        round=reading.round,
    )


def _refused(
    source: Source, heading: Heading, reading: HeadingReading | None, end: int
) -> list[NotImported]:
    line = heading.index + 1
    if reading is None:
        first = f"section '{heading.text}' is not a day entry (its heading has no day or date)"
        rest = f"in the section '{heading.text}' (line {line}), which is not a day entry"
    else:
        first = f"the heading's date can't be read: {reading.problem}"
        rest = f"under the heading on line {line}, whose date can't be read"
    refused = [NotImported(line, source.lines[heading.index], first)]
    refused.extend(
        NotImported(index + 1, source.lines[index], rest) for index in range(heading.index + 1, end)
    )
    return refused
