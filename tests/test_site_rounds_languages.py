"""Issue 11's words in the site's language: round labels and cards, round pages, "On this day",
the share links, the introduction's title and the round badge, built with `theme.language`."""

from __future__ import annotations

import pytest
from conftest import JournalSite

ROUNDS = [
    {"name": "#100DaysOfCode", "start": "2024-01-01", "goal": 2},
    {"name": "#100DaysOfMLCode", "start": "2024-03-01", "goal": 100},
]
DATES = ("2023-03-02", "2024-01-01", "2024-01-02", "2024-03-01", "2024-03-02")
_built: dict[str, JournalSite] = {}


@pytest.fixture(scope="module")
def built(new_site):
    """A journal with two rounds, an earlier year and a preamble, built once per language."""

    def build(language: str) -> JournalSite:
        if language not in _built:
            site = new_site(f"rounds-{language}")
            for date in DATES:
                site.entry(f"{date}.md", f"---\ntitle: Notes {date}\n---\nWorked on {date}.\n")
            (site.root / "entries" / "_preamble.md").write_text("# Rules\n\nEvery day.\n")
            site.configure(
                journal={"as_of": "2024-03-03", "rounds": ROUNDS},
                site_url="https://example.org/",
                theme={"name": "material", "font": False, "language": language},
            )
            site.build()
            _built[language] = site
        return _built[language]

    return build


def words(site: JournalSite) -> dict[str, object]:
    """The issue-11 words as a reader finds them on the built pages."""
    day = site.article("2024/03/02/")
    dashboard = site.article("")
    current, finished = (
        " ".join(card.text().split()) for card in dashboard.find_all(cls="journal-card--round")
    )
    share = day.find("nav", cls="journal-share")
    nav = site.page("").find("nav", cls="md-nav--primary")
    return {
        "label": day.find(cls="journal-daynum").text(),
        "on_this_day": day.find("aside", cls="journal-on-this-day").find("h2").text(),
        "share": (share.attrs["aria-label"], share.find(cls="journal-share__label").text()),
        "rounds": dashboard.find("section", cls="journal-rounds").find("h2").text(),
        "current": current,
        "finished": finished,
        "round_page": site.article("rounds/1/").find("h1").text(),
        "introduction": [a.text() for a in nav.find_all("a", cls="md-nav__link")][1],
        "badge": (site.site_dir / "badges" / "progress.svg").read_text(encoding="utf-8"),
    }


def test_english_words_are_as_before(built):
    found = words(built("en"))
    assert found["label"] == "R2 · Day 2"
    assert found["on_this_day"] == "On this day"
    assert found["share"] == ("Share this day", "Share:")
    assert found["rounds"] == "Rounds"
    assert found["current"] == (
        "R2 · #100DaysOfMLCode 2 of 100 1 Mar 2024 – today · 2 days · current streak 2"
        " · best streak 2"
    )
    assert found["finished"] == (
        "R1 · #100DaysOfCode 2/2 finished 2024-01-02 1 Jan 2024 – 29 Feb 2024 · 2 days"
        " · goal met in 2 calendar days · best streak 2"
    )
    assert found["round_page"] == "R1 · #100DaysOfCode"
    assert found["introduction"] == "Introduction"
    assert "R2 progress" in found["badge"] and "2/100 days" in found["badge"]


def test_french(built):
    found = words(built("fr"))
    assert found["label"] == "R2 · Jour 2"
    assert found["on_this_day"] == "À pareille date"
    assert found["share"] == ("Partager ce jour", "Partager :")
    assert found["rounds"] == "Rounds"
    assert found["current"] == (
        "R2 · #100DaysOfMLCode 2 sur 100 1 mars 2024 – aujourd’hui · 2 jours"
        " · série en cours 2 · meilleure série 2"
    )
    assert found["finished"].startswith("R1 · #100DaysOfCode 2/2 terminé le 2024-01-02 ")
    assert "jours calendaires jusqu’à l’objectif : 2" in found["finished"]
    assert found["introduction"] == "Introduction"
    assert "progression R2" in found["badge"] and "2/100 jours" in found["badge"]


def test_russian(built):
    found = words(built("ru"))
    assert found["label"] == "Р2 · День 2"
    assert found["on_this_day"] == "В этот день"
    assert found["share"] == ("Поделиться этим днём", "Поделиться:")
    assert found["rounds"] == "Раунды"
    assert found["current"].startswith("Р2 · #100DaysOfMLCode 2 из 100 ")
    assert "сегодня · 2 дня · текущая серия 2 · лучшая серия 2" in found["current"]
    assert "завершён 2024-01-02" in found["finished"]
    assert found["round_page"] == "Р1 · #100DaysOfCode"
    assert found["introduction"] == "Введение"
    assert "прогресс Р2" in found["badge"]


def test_japanese(built):
    found = words(built("ja"))
    assert found["label"] == "R2 · 2日目"
    assert found["on_this_day"] == "過去の今日"
    assert found["share"] == ("この日を共有", "共有：")
    assert found["rounds"] == "ラウンド"
    assert "目標達成までの日数：2日" in found["finished"]
    assert found["introduction"] == "はじめに"


def test_journal_stats_round_lines_in_german():
    from mkdocs_journal.cli.stats import _round_text
    from mkdocs_journal.site.i18n import Words

    german = Words("de")
    finished = {"name": "#100DaysOfCode", "goal": 3, "finished": "2024-01-04", "days_taken": 4,
                "days_logged": 3, "best_streak": {"days": 2}}
    assert german.round_short(1) == "R1"
    assert _round_text(finished, german) == (
        "#100DaysOfCode: 3/3 · fertig am 2024-01-04 (Dauer: 4 Tage), längste Serie 2"
    )
