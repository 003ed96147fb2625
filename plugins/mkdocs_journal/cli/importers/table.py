"""Shape 5: a Markdown table with a row per day (or range of days) and no dates.

    | Day | Task | Updates |
    |-----|------|---------|
    | [Day 12](…/Day12) | Linear regression | * point </br> * point |

Day N is dated `start + N - 1`, so importing needs the date of day 1. The task cell is the title,
the updates cell becomes the body (its `<br>`-separated `*` points a Markdown list), and any other
column is kept in the body as `**Column:** value`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .base import (
    Format,
    ImportedEntry,
    ImportProblem,
    ImportResult,
    NotImported,
    Source,
    preamble_of,
)
from .inline import github_inline
from .sections import split_tags
from .summary import plain_line

NAME = "table"
EXAMPLE = "| [Day 12](…) | task | * point </br> * point |"

_PIPE = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^:?-+:?$")
_DAY_HEADER = re.compile(r"^(?:days?|day\s*(?:#|no\.?|number)|#)$", re.IGNORECASE)
_TITLE_HEADER = re.compile(r"task|title|topic|subject|project|what", re.IGNORECASE)
_BODY_HEADER = re.compile(
    r"update|note|progress|detail|description|summary|learn|did|log", re.IGNORECASE
)
_TAGS_HEADER = re.compile(r"^tags?$", re.IGNORECASE)
_LINK = re.compile(r"^\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)$")
_DAY = re.compile(
    r"^(?:days?\s*)?#?\s*(?P<first>\d+)(?:\s*(?:-|–|—|to|\.\.)\s*(?P<last>\d+))?$", re.IGNORECASE
)
_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")


@dataclass(frozen=True)
class _Columns:
    names: tuple[str, ...]
    title: int | None
    body: int | None
    tags: int | None


def cells(line: str) -> list[str] | None:
    """A table row's cells, or None if the line is not a row."""
    text = line.strip()
    if "|" not in text:
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip() for cell in _PIPE.split(text)]


def _is_separator(line: str) -> bool:
    row = cells(line)
    return bool(row) and all(_SEPARATOR_CELL.match(cell.replace(" ", "")) for cell in row)


def _header_at(source: Source, index: int) -> _Columns | None:
    """The columns of a day table whose header row is at `index` (a separator row must follow)."""
    if index in source.hidden or index + 1 >= len(source.lines):
        return None
    row = cells(source.lines[index])
    if not row or not _DAY_HEADER.match(plain_line(row[0])):
        return None
    if not _is_separator(source.lines[index + 1]):
        return None
    names = tuple(plain_line(cell) for cell in row)
    rest = range(1, len(names))
    tags = next((i for i in rest if _TAGS_HEADER.match(names[i])), None)
    title = next((i for i in rest if i != tags and _TITLE_HEADER.search(names[i])), None)
    if title is None:
        title = next((i for i in rest if i != tags), None)
    body = next((i for i in rest if i not in (tags, title) and _BODY_HEADER.search(names[i])), None)
    if body is None:
        body = next((i for i in rest if i not in (tags, title)), None)
    return _Columns(names, title, body, tags)


def read_day_cell(cell: str) -> tuple[int, int | None, str | None] | None:
    """`[Day 12](url)`, `[Day 42-45](url)`, `Day 7`, `7`: first day, last day, link (if any)."""
    link = _LINK.match(cell)
    text = link["text"] if link else cell
    match = _DAY.match(plain_line(text))
    if not match:
        return None
    first = int(match["first"])
    last = int(match["last"]) if match["last"] else None
    return first, (last if last != first else None), (cell if link else None)


def score(source: Source) -> int:
    """Rows of day tables whose first cell names a day."""
    count = 0
    columns = None
    for index, line in enumerate(source.lines):
        if _header_at(source, index):
            columns = True
            continue
        row = cells(line) if columns else None
        if row is None:
            columns = None
        elif read_day_cell(row[0]) is not None:
            count += 1
    return count


def parse(source: Source, start: dt.date | None = None) -> ImportResult:
    first_header = next((i for i in range(len(source.lines)) if _header_at(source, i)), None)
    if first_header is None:
        raise ImportProblem(f"{source.name}: no '| Day | Task | Updates |' table of days found")
    if start is None:
        raise ImportProblem(
            f"{source.name}: a table of days has no dates; "
            "give the date of day 1 with --start YYYY-MM-DD"
        )
    preamble, preamble_lines, not_imported = preamble_of(source, first_header)
    entries: list[ImportedEntry] = []
    columns: _Columns | None = None
    index = first_header
    while index < len(source.lines):
        line = source.lines[index]
        header = _header_at(source, index)
        if header:
            columns = header
            not_imported.append(NotImported(index + 1, line, "table header (the column names)"))
            not_imported.append(NotImported(index + 2, source.lines[index + 1], "table header"))
            index += 2
            continue
        row = cells(line) if columns and line.strip() else None
        if row is None or columns is None:
            columns = None
            reason = "blank line" if not line.strip() else "not in the table of days"
            not_imported.append(NotImported(index + 1, line, reason))
        else:
            entry = _entry(row, columns, start, index + 1)
            if isinstance(entry, str):
                not_imported.append(NotImported(index + 1, line, entry))
            else:
                entries.append(entry)
        index += 1
    return ImportResult(NAME, entries, not_imported, preamble, preamble_lines, source.name)


def _entry(row: list[str], columns: _Columns, start: dt.date, line: int) -> ImportedEntry | str:
    day = read_day_cell(row[0])
    if day is None:
        return f"can't read a day number in the first cell {row[0]!r} (write e.g. 'Day 12')"
    first, last, link = day
    if last is not None and last < first:
        return f"day range {first}-{last} ends before it starts"

    def cell(position: int | None) -> str:
        if position is None or position >= len(row):
            return ""
        return row[position].replace("\\|", "|")

    title_cell = cell(columns.title)
    parts = _updates_markdown(cell(columns.body))
    if "](" in title_cell:
        parts.append(f"**{columns.names[columns.title]}:** {title_cell}")  # type: ignore[index]
    for position in range(1, max(len(row), len(columns.names))):
        if position in (columns.title, columns.body, columns.tags) or not cell(position):
            continue
        names = columns.names
        name = names[position] if position < len(names) else f"column {position + 1}"
        parts.append(f"**{name}:** {cell(position)}")
    if link:
        parts.append(f"**{columns.names[0]}:** {link}")
    return ImportedEntry(
        date=start + dt.timedelta(days=first - 1),
        day=first,
        day_end=last,
        title=plain_line(title_cell) or None,
        tags=split_tags(cell(columns.tags)),
        body=github_inline("\n\n".join(parts)),
        first_line=line,
        last_line=line,
    )


def _updates_markdown(cell: str) -> list[str]:
    """`* a </br> * b` as a Markdown list; a piece that is not a point stays a paragraph."""
    parts: list[str] = []
    points: list[str] = []
    for piece in _BREAK.split(cell):
        piece = piece.strip()
        if not piece:
            continue
        if _BULLET.match(piece):
            points.append(piece)
            continue
        if points:
            parts.append("\n".join(points))
            points = []
        parts.append(piece)
    if points:
        parts.append("\n".join(points))
    return parts


FORMAT = Format(NAME, EXAMPLE, score, parse, needs_start=True)
