"""Rounds: a journal holding several challenges ("R1D1 … R1D100", then "R2D1" after a break).

Pure functions over dates and entries; the as-of date is always an argument. A round owns the
dates from its start up to the next round's start (or an entry's own `round: N`), and has its
own day numbers, streaks and progress towards its own goal.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import JournalError
from .model import Entry
from .streaks import NO_STREAK, Streak, best_streak, current_streak, last_streak, progress


@dataclass(frozen=True)
class Round:
    """One round or challenge of the journal, as configured."""

    number: int
    """1 for the first round in the `rounds` list, 2 for the next…"""
    name: str
    """Its name or hashtag, e.g. `#100DaysOfCode`."""
    start: dt.date
    goal: int = 100


def check_rounds(rounds: Sequence[Round]) -> str | None:
    """What is wrong with a rounds list (starts must increase), or None."""
    for earlier, later in zip(rounds, rounds[1:], strict=False):
        if later.start <= earlier.start:
            return (
                f"round {later.number} ({later.name}) starts on {later.start}, not after round "
                f"{earlier.number}'s start {earlier.start}; list rounds in the order they started"
            )
    return None


def round_of(date: dt.date, rounds: Sequence[Round]) -> Round | None:
    """The round a date belongs to: the last one started on or before it (None before the first).
    `rounds` are in order of their start; a binary search keeps this O(log rounds)."""
    starts = [round_.start for round_ in rounds]
    index = bisect.bisect_right(starts, date)
    return rounds[index - 1] if index else None


def unknown_round(entry: Entry, rounds: Sequence[Round]) -> str | None:
    """What is wrong with an entry's `round: N` (no such round configured), or None."""
    number = entry.meta.get("round")
    if number is None:
        return None
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        return f"round must be a whole number such as 2, not {number!r}"
    if number <= len(rounds):
        return None
    have = f"only {len(rounds)} round{'s' if len(rounds) != 1 else ''}" if rounds else "none"
    return (
        f"round {number} is not configured (mkdocs.yml's 'rounds' list has {have}); "
        f"add it there or fix 'round:'"
    )


def entry_round(entry: Entry, rounds: Sequence[Round]) -> Round | None:
    """The round an entry belongs to: its own `round: N` if it says one, else its date's."""
    problem = unknown_round(entry, rounds)
    if problem:
        raise JournalError(f"{entry.path}:{entry.key_lines.get('round', 1)}: {problem}")
    number = entry.meta.get("round")
    return round_of(entry.date, rounds) if number is None else rounds[number - 1]


@dataclass(frozen=True)
class RoundProgress:
    """A round's figures as of a date."""

    round: Round
    end: dt.date | None
    """The day before the next round starts (None for the last round)."""
    days_logged: int
    current: Streak
    """Only the round in progress has one; a later round ends the streaks of earlier ones."""
    best: Streak
    last: Streak
    first_date: dt.date | None
    last_date: dt.date | None
    finished_on: dt.date | None
    """The date of the goal-th logged day, once the goal is met."""
    days_taken: int | None
    """Calendar days from the round's start to `finished_on`, both counted."""

    @property
    def progress(self) -> float:
        return progress(self.days_logged, self.round.goal)

    @property
    def finished(self) -> bool:
        return self.finished_on is not None


def goal_reached(dates: Iterable[dt.date], goal: int) -> dt.date | None:
    """The date the goal-th logged date was reached, or None while it is not."""
    ordered = sorted(set(dates))
    return ordered[goal - 1] if len(ordered) >= goal else None


def round_progress(
    round_: Round, dates: Iterable[dt.date], *, as_of: dt.date, end: dt.date | None,
    in_progress: bool,
) -> RoundProgress:
    """The figures of one round from its logged dates (those after `as_of` don't count yet)."""
    past = sorted({date for date in dates if date <= as_of})
    finished_on = goal_reached(past, round_.goal)
    return RoundProgress(
        round=round_,
        end=end,
        days_logged=len(past),
        current=current_streak(past, as_of) if in_progress else NO_STREAK,
        best=best_streak(past),
        last=last_streak(past, as_of),
        first_date=past[0] if past else None,
        last_date=past[-1] if past else None,
        finished_on=finished_on,
        days_taken=(finished_on - round_.start).days + 1 if finished_on else None,
    )


def rounds_progress(
    rounds: Sequence[Round], dates_by_round: dict[int, Iterable[dt.date]], as_of: dt.date
) -> list[RoundProgress]:
    """Every round's figures, in order; the in-progress round is the last one started by `as_of`."""
    current = round_of(as_of, rounds)
    result = []
    for index, round_ in enumerate(rounds):
        following = rounds[index + 1] if index + 1 < len(rounds) else None
        result.append(round_progress(
            round_, dates_by_round.get(round_.number, ()), as_of=as_of,
            end=following.start - dt.timedelta(days=1) if following else None,
            in_progress=current is not None and current.number == round_.number,
        ))
    return result
