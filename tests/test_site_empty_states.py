"""The dashboard when a part of it has nothing to show: no tags, a goal passed long ago."""

from __future__ import annotations

from conftest import JournalSite, Node


def days(site: JournalSite, count: int, tags: str = "") -> None:
    for day in range(1, count + 1):
        date = f"2024-03-{day:02d}"
        site.entry(f"{date}.md", f"---\ndate: {date}\n{tags}---\nWorked.\n")


def progress_card(site: JournalSite, goal: int, logged: int, **settings: object) -> Node:
    """The dashboard's days-logged card after `logged` days against `goal`."""
    site.configure(journal={"as_of": "2024-03-31", "goal": goal}, **settings)
    days(site, logged)
    site.build()
    return site.article("").find(cls="journal-card--progress")


def test_a_journal_without_tags_has_no_top_tags_heading(journal_site: JournalSite) -> None:
    days(journal_site, 3)
    journal_site.build()
    article = journal_site.article("")
    assert article.find_all(cls="journal-top-tags") == []
    assert "Top tags" not in article.text()
    assert article.find(id="recent-entries").text() == "Recent entries"


def test_tags_bring_the_top_tags_back(journal_site: JournalSite) -> None:
    days(journal_site, 2, tags="tags: [python]\n")
    journal_site.build()
    section = journal_site.article("").find(cls="journal-top-tags")
    assert "python" in section.text()


def test_a_goal_passed_says_when_it_was_reached(journal_site: JournalSite) -> None:
    card = progress_card(journal_site, goal=5, logged=12)
    assert card.find(cls="journal-card__value").text() == "12"
    assert card.find(cls="journal-card__unit").text() == "days"
    assert card.find(cls="journal-card__detail").text() == "goal of 5 reached on 5 Mar 2024"
    assert "12 of 5" not in journal_site.article("").text()
    bar = card.find(cls="journal-progress")
    assert (bar.attrs["aria-valuenow"], bar.attrs["aria-valuemax"]) == ("5", "5")


def test_a_goal_not_yet_reached_counts_towards_it(journal_site: JournalSite) -> None:
    card = progress_card(journal_site, goal=100, logged=12)
    assert card.find(cls="journal-card__unit").text() == "of 100"
    assert card.find(cls="journal-card__detail").text() == "12% of the goal"


def test_the_goal_words_are_translated(journal_site: JournalSite) -> None:
    theme = {"name": "material", "font": False, "language": "fr"}
    card = progress_card(journal_site, goal=5, logged=6, theme=theme)
    assert card.find(cls="journal-card__detail").text().startswith("objectif de 5 atteint le 5")
