"""The journal as a whole: entries loaded from a folder, grouped into days, indexed by tag."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .errors import EntryError
from .model import Day, Entry, Tag, day_label
from .parsing import tag_key
from .rounds import Round, entry_round
from .slugs import unique_slugs

NUMBERING_MODES = ("logged", "calendar")
_DIGITS = re.compile(r"([0-9]+)")


@dataclass(frozen=True)
class EntryRef:
    """An entry in the context of its day, for listings."""

    day: Day
    entry: Entry
    title: str


@dataclass(frozen=True)
class Journal:
    days: tuple[Day, ...]
    """Days with a page, oldest first."""
    drafts: tuple[Entry, ...]
    tags: tuple[Tag, ...]
    """Every tag, ordered by key."""
    tag_entries: dict[str, tuple[EntryRef, ...]]
    """Tag key → its entries, newest first."""
    logged_dates: frozenset[dt.date]
    day_of_date: dict[dt.date, Day]
    """Every logged date → the day page that covers it (a day range covers several dates)."""
    rounds: tuple[Round, ...] = ()
    round_dates: dict[int, frozenset[dt.date]] = field(default_factory=dict)
    """Round number → its logged dates (empty without rounds)."""

    @property
    def entry_count(self) -> int:
        return sum(len(day.entries) for day in self.days)

    def tag(self, name: str) -> Tag | None:
        """The tag a name refers to, however it is capitalised (pages call this per entry tag)."""
        return self._tags_by_key.get(tag_key(name))

    @cached_property
    def _tags_by_key(self) -> dict[str, Tag]:
        return {tag.key: tag for tag in self.tags}

    def refs(self) -> Iterator[EntryRef]:
        for day in self.days:
            for entry, title in zip(day.entries, day.titles, strict=True):
                yield EntryRef(day, entry, title)


def future_ranges(entries: Iterable[Entry], as_of: dt.date) -> list[EntryError]:
    """Day ranges that start by the as-of date and run past it: `day: 1-100000` is a typo, not
    100,000 days logged ahead, so the build refuses them (an entry dated ahead, range or not,
    just waits its turn)."""
    return [
        EntryError(
            entry.path, entry.key_lines.get("day"),
            f"day range {entry.day}-{entry.day_end} runs to {entry.last_date}, after the as-of "
            f"date {as_of}; fix the range, or mark the entry 'draft: true'",
        )
        for entry in entries
        if not entry.draft and entry.day_end is not None and entry.date <= as_of < entry.last_date
    ]


def build_journal(
    entries: Iterable[Entry], *, start: dt.date | None = None, numbering: str = "logged",
    rounds: tuple[Round, ...] = (),
) -> Journal:
    """Group entries by date, number the days and index the tags. Drafts are set aside.
    With `rounds`, each round numbers its own days from its start."""
    if numbering not in NUMBERING_MODES:
        raise ValueError(f"numbering must be one of {NUMBERING_MODES}")
    published: list[Entry] = []
    drafts: list[Entry] = []
    for entry in entries:
        (drafts if entry.draft else published).append(entry)
    published.sort(key=lambda e: (e.date, _sortable_time(e.time), _natural(e.rel_path)))

    by_date: dict[dt.date, list[Entry]] = defaultdict(list)
    for entry in published:
        by_date[entry.date].append(entry)
    dates = sorted(by_date)
    round_of_date: dict[dt.date, int | None] = {}
    if rounds:
        numbers, round_of_date = _round_numbers(by_date, rounds, numbering)
    else:
        numbers = day_numbers(
            [(date, _explicit_numbers(by_date[date])) for date in dates],
            start=start, numbering=numbering,
        )

    tags = _collect_tags(published)
    tags_by_key = {tag.key: tag for tag in tags}
    days: list[Day] = []
    for date in dates:
        day_entries = by_date[date]
        number, number_end = numbers[date]
        round_number = round_of_date.get(date)
        titles = tuple(
            _title(entry, number, number_end, date, round_number) for entry in day_entries
        )
        day_tags: dict[str, Tag] = {}
        for entry in day_entries:
            for name in entry.tags:
                day_tags.setdefault(tag_key(name), tags_by_key[tag_key(name)])
        days.append(Day(
            date, tuple(day_entries), titles, number, number_end, tuple(day_tags.values()),
            round_number,
        ))

    tag_entries: dict[str, list[EntryRef]] = {tag.key: [] for tag in tags}
    day_of_date: dict[dt.date, Day] = {}
    for day in days:
        for entry, title in zip(day.entries, day.titles, strict=True):
            for name in entry.tags:
                tag_entries[tag_key(name)].append(EntryRef(day, entry, title))
            for covered in entry.dates:
                day_of_date.setdefault(covered, day)
    for day in days:
        day_of_date[day.date] = day
    round_dates: dict[int, set[dt.date]] = {round_.number: set() for round_ in rounds}
    if rounds:
        for covered, day in day_of_date.items():
            if day.round is not None:
                round_dates[day.round].add(covered)
    return Journal(
        days=tuple(days),
        drafts=tuple(drafts),
        tags=tags,
        tag_entries={key: tuple(reversed(refs)) for key, refs in tag_entries.items()},
        logged_dates=frozenset(day_of_date),
        day_of_date=day_of_date,
        rounds=tuple(rounds),
        round_dates={number: frozenset(found) for number, found in round_dates.items()},
    )


def _round_numbers(
    by_date: dict[dt.date, list[Entry]], rounds: tuple[Round, ...], numbering: str
) -> tuple[dict[dt.date, tuple[int | None, int | None]], dict[dt.date, int | None]]:
    """Day numbers counted within each round, and each date's round: the first entry that
    names one (`round: 2`) decides, else the date's place among the rounds' starts."""
    round_of_date: dict[dt.date, int | None] = {}
    groups: dict[int | None, list[dt.date]] = defaultdict(list)
    for date in sorted(by_date):
        owners = [entry_round(entry, rounds) for entry in by_date[date]]
        named = [
            owner for entry, owner in zip(by_date[date], owners, strict=True)
            if entry.meta.get("round") is not None
        ]
        owner = named[0] if named else owners[0]
        number = owner.number if owner is not None else None
        round_of_date[date] = number
        groups[number].append(date)
    numbers: dict[dt.date, tuple[int | None, int | None]] = {}
    for number, group in groups.items():
        if number is None:
            numbers.update({date: (None, None) for date in group})
            continue
        first = min(rounds[number - 1].start, group[0])
        numbers.update(day_numbers(
            [(date, _explicit_numbers(by_date[date])) for date in group],
            start=first, numbering=numbering,
        ))
    return numbers, round_of_date


def day_numbers(
    dates: list[tuple[dt.date, tuple[int, int] | None]],
    *, start: dt.date | None, numbering: str,
) -> dict[dt.date, tuple[int | None, int | None]]:
    """Challenge day numbers for ascending dates; explicit numbers win.

    `logged`: each logged date is the next day (a missed date does not count, as in #100DaysOfCode),
    and an explicit number restarts the count. A date whose count would reach the number the next
    explicitly numbered date carries (an entry written afterwards for an earlier day) gets no
    number rather than a second "Day 2". `calendar`: days since the start date.
    Dates before the challenge start get no number.
    """
    result: dict[dt.date, tuple[int | None, int | None]] = {}
    first = start or (dates[0][0] if dates else None)
    # For each position, the first explicit number at or after it (scanned once, from the end).
    next_explicit: list[int | None] = [None] * len(dates)
    upcoming: int | None = None
    for index in range(len(dates) - 1, -1, -1):
        explicit = dates[index][1]
        if explicit is not None:
            upcoming = explicit[0]
        next_explicit[index] = upcoming
    counter = 0
    for index, (date, explicit) in enumerate(dates):
        if explicit is not None:
            result[date] = (explicit[0], explicit[1] if explicit[1] != explicit[0] else None)
            counter = explicit[1]
        elif first is None or date < first:
            result[date] = (None, None)
        elif numbering == "calendar":
            result[date] = ((date - first).days + 1, None)
        elif next_explicit[index] == counter + 1:
            result[date] = (None, None)
        else:
            counter += 1
            result[date] = (counter, None)
    return result


def _explicit_numbers(entries: list[Entry]) -> tuple[int, int] | None:
    numbered = [entry for entry in entries if entry.day is not None]
    if not numbered:
        return None
    return (
        min(entry.day for entry in numbered),
        max(entry.day_end if entry.day_end is not None else entry.day for entry in numbered),
    )


def _title(
    entry: Entry, number: int | None, number_end: int | None, date: dt.date,
    round_number: int | None = None,
) -> str:
    if entry.title:
        return entry.title
    if entry.day is not None:
        return day_label(entry.day, entry.day_end, round_number)
    if number is not None:
        return day_label(number, None, round_number)
    return date.isoformat()


def _natural(rel_path: str) -> tuple[tuple[object, ...], str]:
    """File names in the order people number them: `2024-03-01.md`, `-2.md`, … `-10.md`."""
    stem = rel_path.rsplit(".", 1)[0] if "." in rel_path else rel_path
    parts = tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(stem))
    return parts, stem


def _sortable_time(time: dt.time | None) -> dt.time:
    return time.replace(tzinfo=None) if time else dt.time.min


def _collect_tags(entries: list[Entry]) -> tuple[Tag, ...]:
    """Tags in first-use order (entries are oldest first), which settles slug clashes."""
    names: dict[str, str] = {}
    for entry in entries:
        for name in entry.tags:
            names.setdefault(tag_key(name), name)
    slugs = unique_slugs(names)
    tags = (Tag(key, name, slugs[key]) for key, name in names.items())
    return tuple(sorted(tags, key=lambda tag: tag.key))
