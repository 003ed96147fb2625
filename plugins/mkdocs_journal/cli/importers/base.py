"""What every importer produces, and the source text it reads, split into numbered lines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ...core.errors import JournalError
from ...core.text import CodeFences


class ImportProblem(JournalError):
    """The source cannot be imported as asked; `str()` is one line saying what to do."""


@dataclass(frozen=True)
class ImportedEntry:
    """One day read from the source, ready to become an entry file."""

    date: dt.date
    day: int | None
    day_end: int | None
    title: str | None
    tags: tuple[str, ...]
    body: str
    """Markdown, with lists, links, images, code and HTML kept."""
    first_line: int
    """1-based line range of the source the entry was read from (heading or table row included)."""
    last_line: int
    round: int | None = None
    """The round an `R2D5` heading names, written to the file as `round: 2`."""


@dataclass(frozen=True)
class NotImported:
    """A source line that is in no entry and not in the preamble, and why."""

    line: int
    text: str
    reason: str


@dataclass
class ImportResult:
    """All that was read from a source: each line is in an entry, the preamble or `not_imported`."""

    format: str
    entries: list[ImportedEntry]
    not_imported: list[NotImported]
    preamble: str | None
    """Text above the first entry (a title, rules, hand-kept streak lines), blank lines trimmed."""
    preamble_lines: tuple[int, int] | None
    source: str = ""
    """The source's name as given, for messages."""


@dataclass(frozen=True)
class Heading:
    """An ATX heading outside code blocks and HTML comments."""

    index: int
    """0-based index into `Source.lines`."""
    level: int
    text: str


# The closing hashes are cut in Python (`_heading_text`): a regex doing it is quadratic in spaces.
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_COMMENT_OPEN = re.compile(r"^ {0,3}<!--")


@dataclass(frozen=True)
class Source:
    """The journal's text as lines (newlines normalised), with where its code blocks are."""

    name: str
    lines: tuple[str, ...]

    @classmethod
    def from_text(cls, text: str, name: str) -> Source:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return cls(name, tuple(lines))

    @cached_property
    def hidden(self) -> frozenset[int]:
        """Indexes of lines inside fenced code or HTML comments, where nothing is a heading."""
        hidden: set[int] = set()
        fences = CodeFences()
        in_comment = False
        for index, line in enumerate(self.lines):
            if in_comment:
                hidden.add(index)
                in_comment = "-->" not in line
                continue
            if fences.is_code(line):
                hidden.add(index)
            elif _COMMENT_OPEN.match(line) and "-->" not in line.split("<!--", 1)[1]:
                hidden.add(index)
                in_comment = True
        return frozenset(hidden)

    @cached_property
    def headings(self) -> tuple[Heading, ...]:
        found = []
        for index, line in enumerate(self.lines):
            if index in self.hidden:
                continue
            match = _ATX.match(line)
            if match:
                text = _heading_text(match.group(2) or "")
                found.append(Heading(index, len(match.group(1)), text))
        return tuple(found)


def _heading_text(text: str) -> str:
    """A heading's text without its optional closing hashes (`## Day 1 ##`)."""
    text = text.strip()
    bare = text.rstrip("#")
    if bare != text and bare[-1:] in (" ", "\t"):
        return bare.strip()
    return text


@dataclass(frozen=True)
class Format:
    """A journal shape that can be imported, registered by name in `FORMATS`."""

    name: str
    example: str
    """What an entry's start looks like in this shape, for messages and `--help`."""
    score: Callable[[Source], int]
    """How many entries of this shape the source seems to hold (0: not this shape)."""
    parse: Callable[[Source, dt.date | None], ImportResult]
    needs_start: bool = False
    """Whether the shape has no dates, so that importing it needs the date of day 1."""


def blank_trimmed(lines: list[str] | tuple[str, ...]) -> list[str]:
    """The lines without leading and trailing blank lines."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return list(lines[start:end])


def preamble_of(
    source: Source, end: int
) -> tuple[str | None, tuple[int, int] | None, list[NotImported]]:
    """The text above index `end`; blank-only text is no preamble, its blank lines are reported."""
    lines = source.lines[:end]
    kept = blank_trimmed(lines)
    if not kept:
        return None, None, [NotImported(i + 1, line, "blank line") for i, line in enumerate(lines)]
    return "\n".join(kept) + "\n", (1, end), []
