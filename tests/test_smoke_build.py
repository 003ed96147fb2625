"""The quickest end-to-end check: a two-entry journal builds into day pages and stats."""

from __future__ import annotations


def test_two_day_journal_builds_day_pages_and_stats(journal_site):
    journal_site.entry("2024-03-08.md", "---\ntags: [python]\n---\n# Parsing dates\n\nBody one.\n")
    journal_site.entry("2024-03-09.md", "Second day body.\n")
    journal_site.build()
    assert "Parsing dates" in journal_site.html("2024/03/08/")
    assert "Second day body." in journal_site.html("2024/03/09/")
    stats = journal_site.stats()
    assert stats["current_streak"] == {"days": 2, "start": "2024-03-08", "end": "2024-03-09"}
    assert stats["days_logged"] == 2
