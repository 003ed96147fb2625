"""`journal check`: every problem in a journal at once, as `path:line: problem` lines.

The parser stops at a file's first problem; this module keeps going over the other files and adds
the problems that only show across entries (duplicate day numbers, tag spellings, future dates).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import EntryError
from .files import entry_files
from .journal import build_journal
from .model import Entry
from .parsing import FILENAME_DATE, KNOWN_KEYS, read_entry
from .rounds import Round, entry_round, unknown_round


@dataclass(frozen=True)
class Problem:
    """One thing to fix (or, for a warning, to look at) in one file."""

    path: str
    line: int | None
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


@dataclass(frozen=True)
class LoadedEntries:
    """The entries that parsed, and the files that did not (one problem each)."""

    entries: tuple[Entry, ...]
    errors: tuple[EntryError, ...]
    files: int


def load_all(folder: Path, display: Callable[[Path], str]) -> LoadedEntries:
    """Parse every entry file, collecting parse errors instead of stopping at the first."""
    entries: list[Entry] = []
    errors: list[EntryError] = []
    files = entry_files(folder)
    for file in files:
        try:
            entries.append(read_entry(file, display(file), file.relative_to(folder).as_posix()))
        except EntryError as error:
            errors.append(error)
    return LoadedEntries(tuple(entries), tuple(errors), len(files))


def check_entries(
    entries: list[Entry] | tuple[Entry, ...],
    *,
    start: dt.date | None,
    numbering: str,
    as_of: dt.date,
    rounds: tuple[Round, ...] = (),
) -> list[Problem]:
    """Problems in entries that parsed. Drafts are only checked for what is wrong in the file
    itself (keys, tag spellings): they are not published, so dates and numbers don't matter yet."""
    published = [entry for entry in entries if not entry.draft]
    problems: list[Problem] = []
    for entry in entries:
        problems.extend(_unknown_keys(entry, ROUND_KEYS if rounds else KNOWN_KEYS))
        problems.extend(_file_name_date(entry))
    for entry in published:
        last = entry.last_date
        if last > as_of:
            what = f"date {entry.date}" if last == entry.date else f"day range ending {last}"
            key = "date" if last == entry.date else "day"
            problems.append(Problem(
                entry.path, entry.key_lines.get(key),
                f"{what} is in the future (as of {as_of}); fix the date or mark it 'draft: true'",
            ))
        if not entry.body.strip():
            problems.append(Problem(
                entry.path, entry.body_line, "the entry has no text: write what you did that day",
            ))
    problems.extend(_tag_spellings(entries))
    if rounds:
        problems.extend(_round_day_numbers(published, rounds, numbering))
    else:
        problems.extend(_day_numbers(published, start=start, numbering=numbering))
    return sort_problems(problems)


def _round_day_numbers(
    entries: list[Entry], rounds: tuple[Round, ...], numbering: str
) -> list[Problem]:
    """Day numbers are checked within each round: R2's Day 1 does not clash with R1's."""
    problems: list[Problem] = []
    groups: dict[int, list[Entry]] = {}
    for entry in entries:
        problem = unknown_round(entry, rounds)
        if problem:
            problems.append(Problem(entry.path, entry.key_lines.get("round"), problem))
            continue
        owner = entry_round(entry, rounds)
        if owner is not None:
            groups.setdefault(owner.number, []).append(entry)
    for number, group in groups.items():
        start = min(rounds[number - 1].start, min(entry.date for entry in group))
        problems.extend(_day_numbers(group, start=start, numbering=numbering))
    return problems


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """File by file, line by line, so the output reads like a compiler's."""
    return sorted(problems, key=lambda p: (p.path.removesuffix(".md"), p.line or 0, p.message))


def _in_journal_order(entry: Entry) -> tuple[dt.date, str]:
    """As the site orders a date's entries: `2024-03-08.md` before `2024-03-08-2.md`."""
    return entry.date, entry.path.removesuffix(".md")


ROUND_KEYS = KNOWN_KEYS | {"round"}
"""With rounds configured, an entry may name its round."""


def _unknown_keys(entry: Entry, known_keys: frozenset[str]) -> list[Problem]:
    problems = []
    for key in entry.meta:
        if key in known_keys:
            continue
        close = difflib.get_close_matches(str(key), sorted(known_keys), n=1)
        known = ", ".join(sorted(known_keys))
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {known}"
        problems.append(Problem(
            entry.path, entry.key_lines.get(str(key)),
            f"unknown front-matter key '{key}' is ignored ({hint})", warning=True,
        ))
    return problems


def _file_name_date(entry: Entry) -> list[Problem]:
    """`2024-03-10.md` saying `date: 2024-03-15` is published on the 15th: likely a copy-paste."""
    match = FILENAME_DATE.match(Path(entry.path).name)
    if match is None or "date" not in entry.key_lines:
        return []
    try:
        named = dt.date(*map(int, match.groups()))
    except ValueError:
        return []
    if named == entry.date:
        return []
    return [Problem(
        entry.path, entry.key_lines["date"],
        f"the file name says {named} but 'date:' says {entry.date}, the date it is published "
        f"on; rename the file or fix the date",
        warning=True,
    )]


def spelling_key(name: str) -> str:
    """Tags the reader would take for one: same letters, whatever the case or spaces."""
    return "".join(name.split()).casefold()


def _tag_spellings(entries: list[Entry] | tuple[Entry, ...]) -> list[Problem]:
    """Flag every use of a tag spelling other than the most used one of its group."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    first_seen: dict[str, int] = {}
    ordered = sorted(entries, key=_in_journal_order)
    for entry in ordered:
        for name in entry.tags:
            counts[spelling_key(name)][name] += 1
            first_seen.setdefault(name, len(first_seen))
    preferred = {
        key: min(spellings, key=lambda name: (-spellings[name], first_seen[name]))
        for key, spellings in counts.items() if len(spellings) > 1
    }
    problems = []
    for entry in ordered:
        for name in entry.tags:
            best = preferred.get(spelling_key(name))
            if best is not None and name != best:
                uses = counts[spelling_key(name)][best]
                problems.append(Problem(
                    entry.path, entry.key_lines.get("tags"),
                    f"tag '{name}' is written '{best}' elsewhere ({uses}×); use one spelling",
                ))
    return problems


def _span(entry: Entry) -> tuple[int, int]:
    assert entry.day is not None
    return entry.day, entry.day_end if entry.day_end is not None else entry.day


def _label(first: int, last: int) -> str:
    return f"day {first}" if first == last else f"days {first}-{last}"


def _day_numbers(entries: list[Entry], *, start: dt.date | None, numbering: str) -> list[Problem]:
    problems: list[Problem] = []
    reported: set[str] = set()
    # One explicit number (or range) per date; the first numbered entry of a date speaks for it.
    by_date: dict[dt.date, Entry] = {}
    for entry in sorted(entries, key=_in_journal_order):
        if entry.day is None:
            continue
        span = _span(entry)
        owner = by_date.get(entry.date)
        if owner is None:
            by_date[entry.date] = entry
            continue
        owner_span = _span(owner)
        if span != owner_span:
            problems.append(Problem(
                entry.path, entry.key_lines.get("day"),
                f"{_label(*span)} differs from {_label(*owner_span)} in {owner.path}, "
                f"the other entry for {entry.date} (entries of one date share its day number)",
            ))
            reported.add(entry.path)

    spans = sorted(
        (_span(entry) + (entry,) for entry in by_date.values()),
        key=lambda item: (item[0], item[2].date),
    )
    furthest: tuple[int, Entry] | None = None
    for first, last, entry in spans:
        if furthest is not None and first <= furthest[0]:
            other = furthest[1]
            later, earlier = (entry, other) if entry.date >= other.date else (other, entry)
            problems.append(Problem(
                later.path, later.key_lines.get("day"),
                f"{_label(*_span(later))} is already used by {earlier.path} "
                f"({_label(*_span(earlier))} on {earlier.date}); give each date its own number",
            ))
            reported.add(later.path)
        if furthest is None or last > furthest[0]:
            furthest = (last, entry)

    if numbering == "calendar":
        problems.extend(_calendar_numbers(by_date, entries, start, reported))
    else:
        problems.extend(_logged_numbers(entries, start, reported))
    return problems


def _calendar_numbers(
    by_date: dict[dt.date, Entry], entries: list[Entry], start: dt.date | None, reported: set[str]
) -> list[Problem]:
    first = start or min((entry.date for entry in entries), default=None)
    problems = []
    for date, entry in sorted(by_date.items()):
        if first is None or date < first or entry.path in reported:
            continue
        expected = (date - first).days + 1
        if entry.day != expected:
            problems.append(Problem(
                entry.path, entry.key_lines.get("day"),
                f"day {entry.day} disagrees with the date: {date} is day {expected} counting from "
                f"{first} (numbering: calendar)",
            ))
    return problems


def _logged_numbers(
    entries: list[Entry], start: dt.date | None, reported: set[str]
) -> list[Problem]:
    """With logged numbering an explicit number must continue from the previous logged day."""
    journal = build_journal(entries, start=start, numbering="logged")
    problems = []
    previous = None
    for day in journal.days:
        if day.number is None:
            continue
        explicit = next((entry for entry in day.entries if entry.day is not None), None)
        if explicit is not None and explicit.path in reported:
            continue  # a clash already reported: judge the next day against the one before
        if explicit is not None and previous is not None:
            expected = (previous.number_end or previous.number) + 1
            if day.number != expected:
                problems.append(Problem(
                    explicit.path, explicit.key_lines.get("day"),
                    f"day {day.number} does not follow {previous.label.lower()} on {previous.date} "
                    f"(expected day {expected}, or remove 'day:' to number it automatically)",
                ))
        previous = day
    return problems
