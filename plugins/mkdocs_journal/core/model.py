"""Value objects of a journal: entries, the days they make, and tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Entry:
    """One Markdown file of the journal, as written (title may still be unknown)."""

    path: str
    """Where the file is, as shown to the user (relative to the site's folder, `/`-separated)."""
    rel_path: str
    """The file's path inside the entries folder."""
    date: dt.date
    time: dt.time | None
    title: str | None
    tags: tuple[str, ...]
    day: int | None
    day_end: int | None
    draft: bool
    body: str
    body_line: int
    """Line number (1-based) of the body's first line in the file, for messages."""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Every front-matter key as written, including ones we do not know."""
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def span(self) -> int:
        """How many consecutive dates the entry covers (a day range covers several)."""
        if self.day is not None and self.day_end is not None:
            return self.day_end - self.day + 1
        return 1

    @property
    def last_date(self) -> dt.date:
        """The last date a day range covers (the parser refuses ranges past 9999-12-31)."""
        return self.date + dt.timedelta(days=self.span - 1)

    @property
    def dates(self) -> list[dt.date]:
        return [self.date + dt.timedelta(days=offset) for offset in range(self.span)]


@dataclass(frozen=True)
class Tag:
    """A tag as it appears across entries: one name, however it was capitalised."""

    key: str
    """Case- and space-insensitive identity."""
    name: str
    """Display name: the first spelling met in date order."""
    slug: str
    """URL segment, unique across the journal."""


@dataclass(frozen=True)
class Day:
    """A date that has a page: its entries in order and the challenge day numbers it covers."""

    date: dt.date
    entries: tuple[Entry, ...]
    titles: tuple[str, ...]
    """The entries' titles, resolved (`Day N` where the entry has none)."""
    number: int | None
    number_end: int | None
    tags: tuple[Tag, ...]
    round: int | None = None
    """The round the day belongs to (None when the journal has no rounds)."""

    @property
    def label(self) -> str:
        return day_label(self.number, self.number_end, self.round)

    @property
    def title(self) -> str:
        """The entries' titles together, leaving out placeholders that only repeat the day label."""
        named = [title for title in self.titles if title != self.label]
        return " · ".join(named) or self.label or self.date.isoformat()

    @property
    def words(self) -> int:
        return sum(len(entry.body.split()) for entry in self.entries)


def day_label(number: int | None, number_end: int | None, round_number: int | None = None) -> str:
    """`Day 5`, `Days 3–5`, with rounds `R2 · Day 5`; empty without a number."""
    if number is None:
        return ""
    if number_end is not None and number_end != number:
        label = f"Days {number}–{number_end}"
    else:
        label = f"Day {number}"
    return f"R{round_number} · {label}" if round_number is not None else label
