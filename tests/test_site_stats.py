"""stats.json and the dashboard's streak figures: which date they are counted to, and how.

The as-of date comes from the config, else SOURCE_DATE_EPOCH, else today, in the configured time
zone. The current streak is the run ending on the as-of date or the day before it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

STATS_KEYS = {
    "as_of", "current_streak", "best_streak", "last_streak", "days_logged", "goal", "progress",
    "entries", "drafts", "first_date", "last_date", "tags",
}


def epoch(stamp: str) -> str:
    """SOURCE_DATE_EPOCH for an ISO date-time in UTC."""
    return str(int(dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.timezone.utc).timestamp()))


def write_dates(site, *dates: str) -> None:
    for date in dates:
        site.entry(f"{date}.md", f"---\ntags: [study]\n---\nNotes for {date}.\n")


def dashboard_figures(site) -> dict[str, int]:
    cards = site.article("").find_all(cls="journal-card__value")
    return {card.attrs["data-stat"]: int(card.text()) for card in cards}


def test_stats_json_has_every_documented_field(journal_site):
    write_dates(journal_site, "2024-03-08", "2024-03-09")
    journal_site.entry("2024-03-10.md", "---\ndraft: true\n---\nNot yet.\n")
    journal_site.configure(journal={"as_of": "2024-03-10", "goal": 50})
    journal_site.build()
    raw = (journal_site.site_dir / "stats.json").read_text(encoding="utf-8")
    stats = json.loads(raw)
    assert STATS_KEYS <= set(stats)
    assert stats["as_of"] == "2024-03-10"
    assert stats["current_streak"] == {"days": 2, "start": "2024-03-08", "end": "2024-03-09"}
    assert stats["best_streak"] == stats["current_streak"]
    assert stats["last_streak"] == stats["current_streak"]
    assert (stats["days_logged"], stats["entries"], stats["drafts"]) == (2, 2, 1)
    assert (stats["goal"], stats["progress"]) == (50, 0.04)
    assert (stats["first_date"], stats["last_date"]) == ("2024-03-08", "2024-03-09")
    assert stats["tags"] == [
        {"name": "study", "slug": "study", "count": 2, "url": "tags/study/"},
    ]


def test_empty_journal_builds_with_zero_figures(journal_site):
    journal_site.build()
    stats = journal_site.stats()
    assert stats["days_logged"] == 0 and stats["entries"] == 0
    assert stats["current_streak"]["days"] == 0 and stats["best_streak"]["days"] == 0
    assert stats["first_date"] is None and stats["tags"] == []
    assert dashboard_figures(journal_site)["best_streak"] == 0


def test_source_date_epoch_sets_the_as_of_date_when_the_config_does_not(journal_site):
    write_dates(journal_site, "2021-06-01", "2021-06-02")
    journal_site.configure(journal={"as_of": None})
    journal_site.build(env={"SOURCE_DATE_EPOCH": epoch("2021-06-03T09:00:00")})
    stats = journal_site.stats()
    assert stats["as_of"] == "2021-06-03"
    assert stats["current_streak"]["days"] == 2
    assert "3 June 2021" in journal_site.article("").find("p", cls="journal-asof").text()


def test_config_as_of_wins_over_source_date_epoch(journal_site):
    write_dates(journal_site, "2021-06-01", "2021-06-02")
    journal_site.configure(journal={"as_of": "2021-06-10"})
    journal_site.build(env={"SOURCE_DATE_EPOCH": epoch("2021-06-03T09:00:00")})
    stats = journal_site.stats()
    assert stats["as_of"] == "2021-06-10"
    assert stats["current_streak"]["days"] == 0


def test_without_as_of_or_epoch_streaks_are_counted_to_today(journal_site):
    today = dt.datetime.now(dt.timezone.utc).date()
    write_dates(journal_site, (today - dt.timedelta(days=1)).isoformat())
    journal_site.configure(journal={"as_of": None})
    journal_site.build(env={"SOURCE_DATE_EPOCH": None})
    # Near midnight UTC the build may straddle two dates; either way it is today's or yesterday's.
    allowed = {today.isoformat(), (today + dt.timedelta(days=1)).isoformat()}
    assert journal_site.stats()["as_of"] in allowed


@pytest.mark.parametrize(
    ("timezone", "built_at", "as_of", "current_days"),
    [
        ("UTC", "2024-03-10T23:30:00", "2024-03-10", 3),
        # 23:30 UTC on 10 March is already 13:30 on 11 March on Kiritimati (UTC+14): the entry
        # dated the 11th was written today there.
        ("Pacific/Kiritimati", "2024-03-10T23:30:00", "2024-03-11", 4),
        # 05:00 UTC on 11 March is still 19:00 on 10 March in Honolulu (UTC-10).
        ("UTC", "2024-03-11T05:00:00", "2024-03-11", 4),
        ("Pacific/Honolulu", "2024-03-11T05:00:00", "2024-03-10", 3),
    ],
)
def test_timezone_decides_which_date_today_is(
    journal_site, timezone, built_at, as_of, current_days
):
    write_dates(journal_site, "2024-03-08", "2024-03-09", "2024-03-10", "2024-03-11")
    journal_site.configure(journal={"as_of": None, "timezone": timezone})
    journal_site.build(env={"SOURCE_DATE_EPOCH": epoch(built_at)})
    stats = journal_site.stats()
    assert stats["as_of"] == as_of
    end = dt.date(2024, 3, 7) + dt.timedelta(days=current_days)
    assert stats["current_streak"] == {
        "days": current_days, "start": "2024-03-08", "end": end.isoformat(),
    }
    assert dashboard_figures(journal_site)["current_streak"] == current_days


def test_timezone_can_break_a_streak_that_utc_still_counts(journal_site):
    write_dates(journal_site, "2024-03-08", "2024-03-09")
    env = {"SOURCE_DATE_EPOCH": epoch("2024-03-10T23:30:00")}
    journal_site.configure(journal={"as_of": None, "timezone": "UTC"})
    journal_site.build(env=env)
    assert journal_site.stats()["current_streak"]["days"] == 2  # ended yesterday: still alive
    journal_site.configure(journal={"as_of": None, "timezone": "Pacific/Kiritimati"})
    journal_site.build(env=env)
    stats = journal_site.stats()
    assert stats["as_of"] == "2024-03-11"
    assert stats["current_streak"]["days"] == 0  # nothing on the 10th, and the 11th is under way
    assert stats["last_streak"] == {"days": 2, "start": "2024-03-08", "end": "2024-03-09"}
    detail = journal_site.article("").find(cls="journal-card--current").text()
    assert "ended" in detail and "9 Mar 2024" in detail


@pytest.mark.parametrize(
    ("last_entry", "current"),
    [
        ("2024-03-10", 3),  # written today
        ("2024-03-09", 2),  # written yesterday: today is not over, the streak lives
    ],
)
def test_current_streak_counts_today_or_yesterday(journal_site, last_entry, current):
    dates = {"2024-03-10": ["2024-03-08", "2024-03-09", "2024-03-10"],
             "2024-03-09": ["2024-03-08", "2024-03-09"]}[last_entry]
    write_dates(journal_site, *dates)
    journal_site.configure(journal={"as_of": "2024-03-10"})
    journal_site.build()
    stats = journal_site.stats()
    assert stats["current_streak"] == {"days": current, "start": "2024-03-08", "end": last_entry}
    assert dashboard_figures(journal_site)["current_streak"] == current


def test_a_streak_last_logged_two_days_ago_is_over(journal_site):
    write_dates(journal_site, "2024-03-07", "2024-03-08")
    journal_site.configure(journal={"as_of": "2024-03-10"})
    journal_site.build()
    stats = journal_site.stats()
    assert stats["current_streak"] == {"days": 0, "start": None, "end": None}
    assert stats["best_streak"]["days"] == 2
    assert dashboard_figures(journal_site)["current_streak"] == 0
    assert "8 Mar 2024" in journal_site.article("").find(cls="journal-card--current").text()
