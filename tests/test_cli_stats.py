"""`journal stats`: figures for people, and `--json` byte for byte as the site's stats.json."""

from __future__ import annotations

import json

from cli_helpers import journal


def streaky_journal(site):
    """Logged 2024-02-01..05 (best run), 02-20, then 03-08..09: a current streak of 2 on 03-10."""
    for day in range(1, 6):
        site.entry(f"2024-02-0{day}.md", f"---\ntags: [Rust]\n---\nDay {day} of rust.\n")
    site.entry("2024-02-20.md", "---\ntags: [python, Rust]\n---\nBoth.\n")
    site.entry("2024-03-08.md", "---\ntags: [Python]\n---\nDates.\n")
    site.entry("2024-03-09.md", "Untagged.\n")
    site.entry("2024-03-09-2.md", "---\ntags: [c++]\n---\nEvening.\n")
    site.entry("2024-03-10.md", "---\ndraft: true\n---\nNot yet.\n")


def test_stats_for_people(journal_site):
    journal_site.configure(journal={"goal": 40})
    streaky_journal(journal_site)
    result = journal(journal_site.root, "stats")
    assert result.exit_code == 0
    assert result.stdout == (
        "As of:          2024-03-10\n"
        "Current streak: 2 days (2024-03-08 → 2024-03-09)\n"
        "Best streak:    5 days (2024-02-01 → 2024-02-05)\n"
        "Days logged:    8 / 40 (20 %)\n"
        "Entries:        9 (+1 draft)\n"
        "First entry:    2024-02-01\n"
        "Last entry:     2024-03-09\n"
        "Top tags:       Rust (6), python (2), c++ (1)\n"
    )


def test_a_broken_streak_says_when_it_ended(journal_site):
    journal_site.configure(journal={"as_of": "2024-03-20"})
    journal_site.entry("2024-03-08.md", "One.\n")
    result = journal(journal_site.root, "stats")
    assert "Current streak: none (the last one, 1 day (2024-03-08), ended 2024-03-08)\n" in (
        result.stdout
    )


def test_empty_journal(journal_site):
    journal_site.configure()
    result = journal(journal_site.root, "stats")
    assert result.exit_code == 0
    assert "Current streak: none\n" in result.stdout
    assert "Days logged:    0 / 100 (0 %)\n" in result.stdout
    assert "First entry:    -\n" in result.stdout


def test_json_is_the_sites_stats_json(journal_site):
    streaky_journal(journal_site)
    journal_site.configure(journal={"goal": 40, "tags_url": "topics"}, use_directory_urls=False)
    journal_site.build()
    result = journal(journal_site.root, "stats", "--json")
    assert result.exit_code == 0
    assert result.stdout == (journal_site.site_dir / "stats.json").read_text(encoding="utf-8")
    figures = json.loads(result.stdout)
    assert figures["best_streak"] == {"days": 5, "start": "2024-02-01", "end": "2024-02-05"}
    assert figures["tags"][0] == {"name": "Rust", "slug": "rust", "count": 6,
                                  "url": "topics/rust/index.html"}


def test_as_of_follows_source_date_epoch_like_the_build(journal_site):
    journal_site.configure(journal={"as_of": None})
    journal_site.entry("2024-03-08.md", "One.\n")
    # 1710028800 is 2024-03-10T00:00:00Z.
    result = journal(journal_site.root, "stats", env={"SOURCE_DATE_EPOCH": "1710028800"})
    assert result.stdout.startswith("As of:          2024-03-10\n")
    result = journal(journal_site.root, "stats", env={"SOURCE_DATE_EPOCH": "soon"})
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: SOURCE_DATE_EPOCH='soon' is not a Unix timestamp (seconds since 1970)\n"
    )


def test_stats_stops_at_a_broken_entry_like_the_build(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-08.md", "---\ntags: {a: 1}\n---\nx\n")
    result = journal(journal_site.root, "stats")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: entries/2024-03-08.md:2: ")
    assert result.stderr.count("\n") == 1
