"""The heatmap as data: one pure function for the dashboard and the year pages."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from mkdocs_journal.core.journal import build_journal
from mkdocs_journal.core.parsing import parse_entry
from mkdocs_journal.site.heatmap import heatmap, legend, level, week_start, word_thresholds


def _journal(*entries: tuple[str, str]):
    return build_journal(parse_entry(f"entries/{name}", text) for name, text in entries)


def _map(journal, first: dt.date, last: dt.date):
    words = {day.date: day.words for day in journal.days}
    return heatmap(
        first, last, day_of_date=journal.day_of_date, words=words,
        thresholds=word_thresholds(words.values()), day_url=lambda day: f"{day.date}/",
    )


def test_weeks_start_on_monday_and_pad_outside_the_range():
    journal = _journal(("2024-03-06.md", "---\ntitle: Wednesday\n---\none two three\n"))
    grid = _map(journal, dt.date(2024, 3, 6), dt.date(2024, 3, 12))
    assert [len(week) for week in grid.weeks] == [7, 7]
    first_week = grid.weeks[0]
    assert first_week[:2] == (None, None)  # Monday 4 and Tuesday 5 March are outside
    assert first_week[2].date == dt.date(2024, 3, 6)
    assert first_week[2].url == "2024-03-06/" and first_week[2].level >= 1
    assert first_week[2].label == "2024-03-06 · Day 1: Wednesday (3 words)"
    assert first_week[3].level == 0 and first_week[3].url is None
    assert first_week[3].label == "2024-03-07: nothing logged"
    assert grid.weeks[1][1].date == dt.date(2024, 3, 12) and grid.weeks[1][2:] == (None,) * 5


def test_a_date_inside_a_day_range_is_logged_and_names_its_day():
    journal = _journal(("2024-03-01.md", "---\ntitle: Weekend\nday: 1-3\n---\nwords\n"))
    cells = [cell for week in _map(journal, dt.date(2024, 3, 1), dt.date(2024, 3, 4)).weeks
             for cell in week if cell is not None]
    assert [cell.level > 0 for cell in cells] == [True, True, True, False]
    assert cells[1].label == "2024-03-02 · part of Days 1–3: Weekend (1 word)"
    assert cells[1].url == "2024-03-01/"


def test_month_labels_sit_in_the_week_a_month_starts():
    grid = _map(_journal(), dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert grid.months == ((0, "Jan"), (4, "Feb"), (8, "Mar"))


def test_the_edges_of_the_calendar_do_not_overflow():
    journal = _journal(("9999-12-31.md", "---\ntitle: The end\n---\nlast\n"))
    grid = _map(journal, dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert grid.weeks[-1][4].date == dt.date(9999, 12, 31)  # a Friday
    assert grid.weeks[-1][5:] == (None, None)
    start = _map(_journal(), dt.date(1, 1, 1), dt.date(1, 1, 10))
    assert start.weeks[0][0].date == dt.date(1, 1, 1)  # 1 January of year 1 was a Monday
    assert week_start(dt.date(1, 1, 3)) == dt.date(1, 1, 1)


@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=60))
def test_levels_are_quartiles_of_the_writers_own_days(words):
    thresholds = word_thresholds(words)
    levels = [level(count, thresholds) for count in words]
    assert all(1 <= value <= 4 for value in levels)
    assert level(min(words), thresholds) == 1
    ordered = sorted(words)
    assert [level(count, thresholds) for count in ordered] == sorted(levels)


def test_rows_are_weekdays_and_the_text_alternative_lists_logged_days_by_month():
    journal = _journal(
        ("2024-02-28.md", "---\ntitle: Wed\n---\none\n"),
        ("2024-03-01.md", "---\ntitle: Fri\n---\none two\n"),
        ("2024-03-04.md", "---\ntitle: Mon\n---\none two three\n"),
    )
    grid = _map(journal, dt.date(2024, 2, 26), dt.date(2024, 3, 6))
    assert grid.weekdays == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert len(grid.rows) == 7 and all(len(row) == len(grid.weeks) for row in grid.rows)
    assert [cell.date.day for cell in grid.rows[0]] == [26, 4]  # the Mondays
    assert [(month.name, [cell.date.day for cell in month.cells]) for month in grid.logged] == [
        ("February 2024", [28]), ("March 2024", [1, 4]),
    ]
    assert grid.start is not None and grid.start.date == dt.date(2024, 3, 4)  # newest logged
    nothing = _map(_journal(), dt.date(2024, 1, 1), dt.date(2024, 1, 3))
    assert nothing.logged == () and nothing.start.date == dt.date(2024, 1, 3)


def test_the_legend_says_what_each_shade_means_in_words_per_day():
    shades = legend((120, 300, 480))
    assert [(item.level, item.words) for item in shades] == [
        (1, "≤ 120"), (2, "121–300"), (3, "301–480"), (4, "> 480"),
    ]
    # A shade no day can take (equal cut points) is left out; a one-value range is one number.
    assert [item.words for item in legend((50, 50, 51))] == ["≤ 50", "51", "> 51"]
    assert [item.words for item in legend((1000, 2000, 3000), "{:,}".format)][0] == "≤ 1,000"


@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=60))
def test_every_day_falls_in_exactly_one_legend_shade(words):
    thresholds = word_thresholds(words)
    shown = {item.level for item in legend(thresholds)}
    assert {level(count, thresholds) for count in words} <= shown
