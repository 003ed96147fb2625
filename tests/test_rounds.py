"""Rounds as pure functions: which round a date is in, numbering, streaks and goals per round."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.core.errors import JournalError
from mkdocs_journal.core.journal import build_journal
from mkdocs_journal.core.parsing import parse_entry
from mkdocs_journal.core.rounds import (
    Round,
    check_rounds,
    goal_reached,
    round_of,
    round_progress,
    rounds_progress,
)
from mkdocs_journal.core.streaks import best_streak

BASE = dt.date(2024, 1, 1)
R1 = Round(1, "#100DaysOfCode", dt.date(2024, 1, 1), goal=3)
R2 = Round(2, "#100DaysOfMLCode", dt.date(2024, 3, 1), goal=5)


def entry(date: str, **front: object) -> object:
    lines = "".join(f"{key}: {value}\n" for key, value in front.items())
    return parse_entry(f"entries/{date}.md", f"---\ndate: {date}\n{lines}---\nWork.\n")


offsets = st.lists(st.integers(0, 400), max_size=60, unique=True)
starts = st.lists(st.integers(0, 400), min_size=1, max_size=5, unique=True).map(sorted)


def make_rounds(start_offsets: list[int]) -> tuple[Round, ...]:
    return tuple(
        Round(number, f"R{number}", BASE + dt.timedelta(days=offset))
        for number, offset in enumerate(start_offsets, start=1)
    )


def test_a_date_belongs_to_the_last_round_started_by_then() -> None:
    rounds = (R1, R2)
    assert round_of(dt.date(2023, 12, 31), rounds) is None
    assert round_of(dt.date(2024, 1, 1), rounds) == R1
    assert round_of(dt.date(2024, 2, 29), rounds) == R1
    assert round_of(dt.date(2024, 3, 1), rounds) == R2
    assert round_of(dt.date(2030, 1, 1), rounds) == R2


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(-10, 420))
def test_round_of_agrees_with_a_plain_scan(start_offsets: list[int], offset: int) -> None:
    rounds = make_rounds(start_offsets)
    date = BASE + dt.timedelta(days=offset)
    started = [round_ for round_ in rounds if round_.start <= date]
    assert round_of(date, rounds) == (started[-1] if started else None)


@settings(max_examples=100, deadline=None)
@given(starts, offsets)
def test_each_round_numbers_its_days_from_one(start_offsets: list[int], days: list[int]) -> None:
    rounds = make_rounds(start_offsets)
    dates = sorted(BASE + dt.timedelta(days=offset) for offset in days)
    journal = build_journal([entry(d.isoformat()) for d in dates], rounds=rounds)
    for round_ in rounds:
        numbers = [day.number for day in journal.days if day.round == round_.number]
        assert numbers == list(range(1, len(numbers) + 1))
        assert journal.round_dates[round_.number] == {
            day.date for day in journal.days if day.round == round_.number
        }
    # Before the first round: no round, no number.
    assert all(
        day.number is None for day in journal.days if day.date < rounds[0].start
    )
    assert sum(len(found) for found in journal.round_dates.values()) == sum(
        1 for day in journal.days if day.round is not None
    )


@settings(max_examples=100, deadline=None)
@given(starts, offsets)
def test_streaks_stop_at_a_rounds_edge(start_offsets: list[int], days: list[int]) -> None:
    """A round's best streak only counts its own dates, so it is never longer than the round's
    stretch of the calendar, and the rounds' logged days add up to the journal's."""
    rounds = make_rounds(start_offsets)
    dates = {BASE + dt.timedelta(days=offset) for offset in days}
    by_round: dict[int, set[dt.date]] = {}
    for date in dates:
        owner = round_of(date, rounds)
        if owner:
            by_round.setdefault(owner.number, set()).add(date)
    as_of = BASE + dt.timedelta(days=500)
    figures = rounds_progress(rounds, by_round, as_of)
    assert [item.round for item in figures] == list(rounds)
    for item in figures:
        own = by_round.get(item.round.number, set())
        assert item.days_logged == len(own)
        assert item.best == best_streak(own)
        if item.end is not None:
            assert item.best.length <= (item.end - item.round.start).days + 1
    assert sum(item.days_logged for item in figures) == sum(map(len, by_round.values()))
    # Only the last round started can have a current streak.
    assert all(item.current.length == 0 for item in figures[:-1])


@given(st.sets(st.integers(0, 300), max_size=120), st.integers(1, 120))
def test_the_goal_is_met_on_the_goal_th_logged_date(days: set[int], goal: int) -> None:
    dates = sorted(BASE + dt.timedelta(days=offset) for offset in days)
    met = goal_reached(dates, goal)
    if len(dates) < goal:
        assert met is None
    else:
        assert met == dates[goal - 1]
        assert sum(1 for date in dates if date <= met) == goal


def test_a_finished_round_says_when_and_in_how_many_calendar_days() -> None:
    dates = [dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 9), dt.date(2024, 1, 10)]
    done = round_progress(R1, dates, as_of=dt.date(2024, 2, 1), end=None, in_progress=True)
    assert done.finished and done.finished_on == dt.date(2024, 1, 9)
    assert done.days_taken == 9
    assert done.days_logged == 4 and done.progress == 1.0
    early = round_progress(R1, dates, as_of=dt.date(2024, 1, 5), end=None, in_progress=True)
    assert not early.finished and early.days_logged == 2 and early.current.length == 0


def test_an_entry_can_name_its_round() -> None:
    journal = build_journal(
        [entry("2024-01-01"), entry("2024-02-27", round=2), entry("2024-03-01")],
        rounds=(R1, R2),
    )
    assert [(day.round, day.label) for day in journal.days] == [
        (1, "R1 · Day 1"), (2, "R2 · Day 1"), (2, "R2 · Day 2"),
    ]
    assert journal.days[1].title == "R2 · Day 1"


def test_a_round_that_is_not_configured_names_the_file() -> None:
    with pytest.raises(JournalError, match=r"^entries/2024-01-05.md:3: round 3 is not configured"):
        build_journal([entry("2024-01-05", round=3)], rounds=(R1, R2))
    with pytest.raises(JournalError, match="round must be a whole number such as 2"):
        build_journal([entry("2024-01-05", round="two")], rounds=(R1, R2))


def test_without_rounds_nothing_changes() -> None:
    entries = [entry("2024-01-01"), entry("2024-01-03", round=2)]
    journal = build_journal(entries)
    assert [day.label for day in journal.days] == ["Day 1", "Day 2"]
    assert journal.rounds == () and journal.round_dates == {}


def test_round_starts_must_increase() -> None:
    assert check_rounds((R1, R2)) is None
    later_first = (R2, Round(2, "again", dt.date(2024, 2, 1)))
    assert "list rounds in the order they started" in (check_rounds(later_first) or "")
