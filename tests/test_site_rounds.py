"""Rounds on a built site: day labels, the dashboard's round cards, round pages, stats.json."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import journal as run_journal
from conftest import JournalSite

ROUNDS = [
    {"name": "#100DaysOfCode", "start": "2024-01-01", "goal": 3},
    {"name": "#100DaysOfMLCode", "start": "2024-03-01", "goal": 100},
]


def two_rounds(site: JournalSite) -> None:
    site.configure({"rounds": ROUNDS})
    for date in ("2024-01-01", "2024-01-02", "2024-01-04", "2024-01-05",
                 "2024-03-01", "2024-03-02", "2024-03-09"):
        site.entry(f"{date}.md", f"---\ndate: {date}\n---\nWorked on {date}.\n")


def test_day_pages_say_round_and_day(journal_site: JournalSite) -> None:
    two_rounds(journal_site)
    journal_site.build()
    assert journal_site.article("2024/01/05/").find(cls="journal-daynum").text() == "R1 · Day 4"
    assert journal_site.article("2024/03/02/").find(cls="journal-daynum").text() == "R2 · Day 2"


def test_dashboard_shows_the_current_round_first_then_finished_ones(
    journal_site: JournalSite,
) -> None:
    two_rounds(journal_site)
    journal_site.build()
    cards = journal_site.article("").find_all(cls="journal-card--round")
    assert [card.attrs["data-round"] for card in cards] == ["2", "1"]
    current, earlier = (card.text() for card in cards)
    assert current.startswith("R2 · #100DaysOfMLCode 3 of 100")
    assert "current streak 1" in current
    assert earlier.startswith("R1 · #100DaysOfCode 3/3 finished 2024-01-04")
    assert "1 Jan 2024 – 29 Feb 2024" in earlier and "4 days" in earlier
    assert "goal met in 4 calendar days" in earlier and "best streak 2" in earlier
    assert "journal-card--finished" in cards[1].classes()
    link = cards[1].find("a")
    assert journal_site.follow("", link.attrs["href"]) == "rounds/1/"


def test_a_page_per_round_lists_its_days(journal_site: JournalSite) -> None:
    two_rounds(journal_site)
    journal_site.build()
    page = journal_site.article("rounds/1/")
    assert page.find("h1").text() == "R1 · #100DaysOfCode"
    items = [item.find(cls="journal-daynum").text() for item in page.find_all(cls="journal-item")]
    assert items == ["R1 · Day 1", "R1 · Day 2", "R1 · Day 3", "R1 · Day 4"]
    assert len(journal_site.article("rounds/2/").find_all(cls="journal-item")) == 3


def test_stats_json_has_a_rounds_list(journal_site: JournalSite) -> None:
    two_rounds(journal_site)
    journal_site.build()
    rounds = journal_site.stats()["rounds"]
    assert [(r["number"], r["name"], r["days_logged"]) for r in rounds] == [
        (1, "#100DaysOfCode", 4), (2, "#100DaysOfMLCode", 3),
    ]
    assert rounds[0]["finished"] == "2024-01-04" and rounds[0]["days_taken"] == 4
    assert rounds[0]["end"] == "2024-02-29" and rounds[1]["end"] is None
    assert rounds[1]["finished"] is None and rounds[1]["current_streak"]["days"] == 1
    assert rounds[0]["current_streak"]["days"] == 0


def test_without_rounds_no_round_appears(journal_site: JournalSite) -> None:
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\n---\nHi.\n")
    journal_site.build()
    assert "rounds" not in journal_site.stats()
    assert journal_site.article("").find_all(cls="journal-rounds") == []
    assert not (journal_site.site_dir / "rounds").exists()


def test_rounds_out_of_order_stop_the_build(journal_site: JournalSite) -> None:
    journal_site.configure({"rounds": list(reversed(ROUNDS))})
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\n---\nHi.\n")
    result = journal_site.build(check=False)
    assert result.returncode == 1
    assert "rounds" in result.stderr and "list rounds in the order they started" in result.stderr


def test_an_unconfigured_round_stops_the_build_naming_the_file(journal_site: JournalSite) -> None:
    journal_site.configure({"rounds": ROUNDS})
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\nround: 7\n---\nHi.\n")
    result = journal_site.build(check=False)
    assert result.returncode == 1
    assert "entries/2024-03-01.md:3: round 7 is not configured" in result.stderr


def test_check_numbers_within_rounds(journal_site: JournalSite, tmp_path: Path) -> None:
    journal_site.configure({"rounds": ROUNDS})
    journal_site.entry("2024-01-01.md", "---\ndate: 2024-01-01\nday: 1\n---\nHi.\n")
    journal_site.entry("2024-01-02.md", "---\ndate: 2024-01-02\nday: 2\n---\nHi.\n")
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\nday: 1\nround: 2\n---\nHi.\n")
    result = run_journal(journal_site.root, "check")
    assert result.exit_code == 0, result.output
    assert result.output == "3 entries checked: no problems\n"


def test_the_progress_badge_follows_the_round_in_progress(journal_site: JournalSite) -> None:
    journal_site.configure({"rounds": [ROUNDS[0], {**ROUNDS[1], "goal": 3}]})
    for date in ("2024-01-01", "2024-03-01", "2024-03-02"):
        journal_site.entry(f"{date}.md", f"---\ndate: {date}\n---\nWorked.\n")
    journal_site.build()
    badge = (journal_site.site_dir / "badges" / "progress.svg").read_text(encoding="utf-8")
    assert 'aria-label="R2 progress: 2/3 days"' in badge
    journal_site.entry("2024-03-04.md", "---\ndate: 2024-03-04\n---\nThird.\n")
    journal_site.build()
    badge = (journal_site.site_dir / "badges" / "progress.svg").read_text(encoding="utf-8")
    assert 'aria-label="R2 progress: 3/3 · finished 2024-03-04"' in badge
    card = journal_site.article("").find(cls="journal-card--in-progress").text()
    assert "3/3 finished 2024-03-04" in card and "goal met in 4 calendar days" in card


def test_journal_stats_lists_the_rounds(journal_site: JournalSite) -> None:
    two_rounds(journal_site)
    result = run_journal(journal_site.root, "stats")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-2:] == [
        "R1:             #100DaysOfCode: 3/3 · finished 2024-01-04 (in 4 days), best streak 2",
        "R2:             #100DaysOfMLCode: 3 / 100 days, best streak 2",
    ]


def test_a_round_name_is_text_everywhere(journal_site: JournalSite) -> None:
    journal_site.configure({"rounds": [{"name": "<b>R&D</b> \"'#", "start": "2024-01-01"}]})
    journal_site.entry("2024-01-01.md", "---\ndate: 2024-01-01\n---\nHi.\n")
    journal_site.build()
    for url in ("", "rounds/1/"):
        html = journal_site.html(url)
        assert "<b>R&D</b>" not in html
        assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in html
    assert journal_site.article("rounds/1/").find("h1").text() == "R1 · <b>R&D</b> \"'#"
