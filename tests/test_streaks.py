"""Streak arithmetic: properties for any set of dates, then the calendar's edge cases."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.core.streaks import (
    NO_STREAK,
    Streak,
    best_streak,
    current_streak,
    last_streak,
    progress,
    streak_runs,
)

ONE_DAY = dt.timedelta(days=1)
# A narrow window makes long runs and adjacent dates likely; it spans a year end and Feb 29 2024.
dates = st.dates(min_value=dt.date(2023, 12, 1), max_value=dt.date(2024, 3, 31))
date_sets = st.frozensets(dates, max_size=80)
as_of_dates = st.dates(min_value=dt.date(2023, 11, 25), max_value=dt.date(2024, 4, 10))


def days(first: str, last: str) -> set[dt.date]:
    """Every date from `first` to `last` inclusive."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return {start + offset * ONE_DAY for offset in range((end - start).days + 1)}


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def covers(streak: Streak) -> set[dt.date]:
    return days(streak.start.isoformat(), streak.end.isoformat())


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=300)
@given(date_sets)
def test_runs_partition_the_dates_into_maximal_runs(logged):
    runs = streak_runs(logged)
    covered = [date for run in runs for date in sorted(covers(run))]
    assert covered == sorted(logged)  # every date once, oldest first
    for run in runs:
        assert run.length == (run.end - run.start).days + 1
        assert run.start - ONE_DAY not in logged
        assert run.end + ONE_DAY not in logged
    for earlier, later in zip(runs, runs[1:], strict=False):
        assert (later.start - earlier.end).days >= 2


@settings(max_examples=300)
@given(date_sets)
def test_best_streak_is_a_real_run_and_none_is_longer(logged):
    best = best_streak(logged)
    if not logged:
        assert best == NO_STREAK
        return
    assert covers(best) <= logged
    assert best.length == len(covers(best))
    # No run of best.length + 1 consecutive logged dates exists anywhere.
    for start in logged:
        run = {start + offset * ONE_DAY for offset in range(best.length + 1)}
        assert not run <= logged


@settings(max_examples=300)
@given(date_sets, as_of_dates)
def test_current_streak_ends_today_or_yesterday_and_is_maximal(logged, as_of):
    current = current_streak(logged, as_of)
    if current.length == 0:
        assert current == NO_STREAK
        assert as_of not in logged and as_of - ONE_DAY not in logged
        return
    assert current.end in (as_of, as_of - ONE_DAY)
    if as_of in logged:
        assert current.end == as_of
    assert covers(current) <= logged
    assert current.start - ONE_DAY not in logged
    assert current.length == (current.end - current.start).days + 1


@settings(max_examples=300)
@given(date_sets, as_of_dates)
def test_current_streak_ignores_future_dates(logged, as_of):
    past = {date for date in logged if date <= as_of}
    assert current_streak(logged, as_of) == current_streak(past, as_of)
    # Without future dates the current run is one of the runs, so never longer than the best.
    assert current_streak(past, as_of).length <= best_streak(past).length


@settings(max_examples=300)
@given(date_sets, as_of_dates)
def test_last_streak_is_the_latest_run_up_to_as_of(logged, as_of):
    last = last_streak(logged, as_of)
    past = {date for date in logged if date <= as_of}
    if not past:
        assert last == NO_STREAK
        return
    assert last.end == max(past)
    assert covers(last) <= past
    assert last.start - ONE_DAY not in past
    current = current_streak(logged, as_of)
    if current.length:
        assert last == current


@settings(max_examples=100)
@given(st.lists(dates, max_size=40))
def test_order_and_repeats_do_not_matter(logged):
    assert streak_runs(logged) == streak_runs(sorted(set(logged), reverse=True))
    assert best_streak(iter(logged)) == best_streak(set(logged))


# --- examples ----------------------------------------------------------------------------------


def test_empty_journal_has_no_streaks():
    assert streak_runs([]) == []
    assert best_streak([]) == NO_STREAK
    assert current_streak([], d("2024-03-10")) == NO_STREAK
    assert last_streak([], d("2024-03-10")) == NO_STREAK
    assert NO_STREAK.to_dict() == {"days": 0, "start": None, "end": None}


def test_gap_breaks_a_run():
    logged = days("2024-03-01", "2024-03-03") | days("2024-03-05", "2024-03-06")
    assert streak_runs(logged) == [
        Streak(3, d("2024-03-01"), d("2024-03-03")),
        Streak(2, d("2024-03-05"), d("2024-03-06")),
    ]
    assert best_streak(logged) == Streak(3, d("2024-03-01"), d("2024-03-03"))


def test_equal_runs_the_most_recent_is_best():
    logged = days("2024-01-01", "2024-01-03") | days("2024-02-01", "2024-02-03")
    assert best_streak(logged) == Streak(3, d("2024-02-01"), d("2024-02-03"))


def test_year_end_does_not_break_a_streak():
    logged = days("2023-12-30", "2024-01-02")
    assert best_streak(logged) == Streak(4, d("2023-12-30"), d("2024-01-02"))
    assert current_streak(logged, d("2024-01-02")).length == 4


def test_leap_day_2024_is_a_day_of_its_own():
    logged = {d("2024-02-28"), d("2024-02-29"), d("2024-03-01")}
    assert best_streak(logged) == Streak(3, d("2024-02-28"), d("2024-03-01"))
    # Skipping Feb 29 in a leap year is a gap.
    assert best_streak({d("2024-02-28"), d("2024-03-01")}).length == 1


def test_feb_28_to_mar_1_is_consecutive_in_2023():
    logged = {d("2023-02-27"), d("2023-02-28"), d("2023-03-01")}
    assert best_streak(logged) == Streak(3, d("2023-02-27"), d("2023-03-01"))
    assert current_streak(logged, d("2023-03-01")) == Streak(3, d("2023-02-27"), d("2023-03-01"))


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # Logged today: the run ends today.
        ("2024-03-10", Streak(3, d("2024-03-08"), d("2024-03-10"))),
        # Not logged yet today: today isn't over, the run that ended yesterday still counts.
        ("2024-03-11", Streak(3, d("2024-03-08"), d("2024-03-10"))),
        # Nothing yesterday or today: the streak is broken.
        ("2024-03-12", NO_STREAK),
        ("2024-04-01", NO_STREAK),
    ],
)
def test_current_streak_as_of_today_yesterday_two_days_ago(as_of, expected):
    logged = days("2024-03-08", "2024-03-10")
    assert current_streak(logged, d(as_of)) == expected


def test_current_streak_as_of_the_middle_of_a_run_counts_only_the_past():
    logged = days("2024-03-01", "2024-03-10")
    assert current_streak(logged, d("2024-03-04")) == Streak(4, d("2024-03-01"), d("2024-03-04"))


def test_future_dated_entries_do_not_count_for_the_current_streak():
    logged = days("2024-03-08", "2024-03-09") | {d("2024-03-11"), d("2024-03-12")}
    assert current_streak(logged, d("2024-03-10")) == Streak(2, d("2024-03-08"), d("2024-03-09"))
    # Only future entries, nothing up to as_of: no streak at all.
    assert current_streak({d("2024-03-11")}, d("2024-03-10")) == NO_STREAK


def test_last_streak_says_when_a_broken_streak_ended():
    logged = days("2024-02-20", "2024-02-25") | days("2024-03-01", "2024-03-03")
    as_of = d("2024-03-10")
    assert current_streak(logged, as_of) == NO_STREAK
    assert last_streak(logged, as_of) == Streak(3, d("2024-03-01"), d("2024-03-03"))
    assert last_streak(logged, d("2024-02-28")) == Streak(6, d("2024-02-20"), d("2024-02-25"))


def test_last_streak_ignores_future_dates():
    logged = days("2024-03-01", "2024-03-02") | {d("2024-03-20")}
    assert last_streak(logged, d("2024-03-10")) == Streak(2, d("2024-03-01"), d("2024-03-02"))


def test_streak_to_dict_for_json():
    streak = Streak(3, d("2023-12-31"), d("2024-01-02"))
    assert streak.to_dict() == {"days": 3, "start": "2023-12-31", "end": "2024-01-02"}


@pytest.mark.parametrize(
    ("logged", "goal", "share"),
    [(0, 100, 0.0), (25, 100, 0.25), (100, 100, 1.0), (150, 100, 1.0), (3, 0, 1.0)],
)
def test_progress_towards_goal(logged, goal, share):
    assert progress(logged, goal) == share
