"""Five days of a real learning log (tests/fixtures/real-days/), built as a user would build it.

Worked out by hand from the fixture: entries on 16–20 September 2018, nothing missed, counted as
of 21 September, so the streak that ended "yesterday" is still current: 5 days, 16 → 20 Sep, and
also the best. The challenge started on 9 September with calendar numbering, so 16 September is
Day 8 and 20 September is Day 12.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import JournalSite

FIXTURE = Path(__file__).parent / "fixtures" / "real-days"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("real-days") / "journal"
    shutil.copytree(FIXTURE, root)
    journal = JournalSite(root)
    journal.build()
    return journal


def test_streak_figures_match_the_ones_worked_out_by_hand(site):
    stats = site.stats()
    five_days = {"days": 5, "start": "2018-09-16", "end": "2018-09-20"}
    assert stats["current_streak"] == five_days
    assert stats["best_streak"] == five_days
    assert (stats["days_logged"], stats["entries"], stats["progress"]) == (5, 5, 0.05)
    assert (stats["first_date"], stats["last_date"]) == ("2018-09-16", "2018-09-20")
    cards = site.article("").find_all(cls="journal-card__value")
    assert {card.attrs["data-stat"]: card.text() for card in cards} == {
        "current_streak": "5", "best_streak": "5", "days_logged": "5", "entries": "5",
    }


@pytest.mark.parametrize(
    ("date", "label", "title"),
    [
        ("2018/09/16", "Day 8", "Day 8"),
        ("2018/09/18", "Day 10", "Day 10"),
        ("2018/09/19", "Day 11", "Adam is RMSprop plus momentum"),
        ("2018/09/20", "Day 12", "Why deep nets work at all"),
    ],
)
def test_days_are_numbered_from_the_challenge_start_and_titled_naturally(site, date, label, title):
    article = site.article(f"{date}/")
    assert article.find("span", cls="journal-daynum").text() == label
    assert article.find("h1").text() == title


def test_tags_written_as_a_spaced_string_become_separate_tags(site):
    counts = {tag["name"]: tag["count"] for tag in site.stats()["tags"]}
    assert counts["optimizer"] == 2  # 17 Sep (string form) and 19 Sep (list form)
    assert {"podcast", "keras", "fit", "generator", "RNN", "rmsprop"} <= set(counts)
    assert len(counts) == 21
    optimizer = site.article("tags/optimizer/")
    titles = [a.text() for a in optimizer.find_all("a", cls="journal-item__title")]
    assert titles == ["Adam is RMSprop plus momentum", "Day 9"]


def test_day_pages_keep_lists_code_images_and_links(site):
    sixteenth = site.article("2018/09/16/")
    assert "Path.cwd()" in " ".join(code.text() for code in sixteenth.find_all("code"))
    assert [strong.text() for strong in sixteenth.find_all("strong")] == ["Next steps"]
    seventeenth = site.article("2018/09/17/")
    image = seventeenth.find("img")
    assert site.resolve("2018/09/17/", image.attrs["src"]).is_file()
    docs_link = next(a for a in seventeenth.find_all("a") if a.text() == "Keras optimizer docs")
    assert docs_link.attrs["href"] == "https://keras.io/optimizers/"
    eighteenth = site.article("2018/09/18/")
    assert len(eighteenth.find_all("ul")) >= 2  # a nested list survives


def test_recent_entries_on_the_dashboard_run_newest_first(site):
    recent = site.article("").find("section", cls="journal-recent")
    dates = [time.attrs["datetime"] for time in recent.find_all("time")]
    assert dates == ["2018-09-20", "2018-09-19", "2018-09-18", "2018-09-17", "2018-09-16"]
