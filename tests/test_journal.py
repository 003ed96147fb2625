"""build_journal / load_entries: days, drafts, day numbers, titles and tags of a whole journal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from mkdocs_journal.core.errors import EntryError
from mkdocs_journal.core.files import load_entries
from mkdocs_journal.core.journal import build_journal, day_numbers
from mkdocs_journal.core.parsing import parse_entry
from mkdocs_journal.core.stats import journal_stats


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def make(name: str, front: str = "", body: str = "Text.\n"):
    """An entry as the file `entries/<name>` would be parsed."""
    return parse_entry(f"entries/{name}", f"---\n{front}---\n{body}", rel_path=name)


def numbers(journal) -> dict[str, tuple[int | None, int | None]]:
    return {day.date.isoformat(): (day.number, day.number_end) for day in journal.days}


# --- grouping ----------------------------------------------------------------------------------


def test_entries_on_one_date_share_a_day_ordered_by_file_name():
    journal = build_journal([
        make("2024-03-01-2.md", "title: Second\n"),
        make("2024-03-02.md", "title: Next day\n"),
        make("2024-03-01.md", "title: First\n"),
    ])
    assert [day.date for day in journal.days] == [d("2024-03-01"), d("2024-03-02")]
    first = journal.days[0]
    assert [entry.rel_path for entry in first.entries] == ["2024-03-01.md", "2024-03-01-2.md"]
    assert first.titles == ("First", "Second")
    assert first.title == "First · Second"
    assert journal.entry_count == 3


def test_entries_with_a_time_are_ordered_by_time_before_file_name():
    journal = build_journal([
        make("a.md", "date: 2024-03-01 21:00:00\ntitle: Evening\n"),
        make("b.md", "date: 2024-03-01 08:30:00\ntitle: Morning\n"),
        make("c.md", "date: 2024-03-01 12:00:00\ntitle: Noon\n"),
    ])
    assert journal.days[0].titles == ("Morning", "Noon", "Evening")


def test_many_entries_on_a_date_keep_their_numbered_order():
    names = ["2024-03-01.md"] + [f"2024-03-01-{n}.md" for n in range(2, 12)]
    journal = build_journal([make(name) for name in reversed(names)])
    assert [entry.rel_path for entry in journal.days[0].entries] == names


def test_drafts_are_set_aside_and_not_logged():
    journal = build_journal([
        make("2024-03-01.md", "title: Published\n"),
        make("2024-03-02.md", "title: Draft\ndraft: true\n"),
        make("2024-03-01-2.md", "title: Draft same day\ndraft: true\ntags: [secret]\n"),
    ])
    assert [day.date for day in journal.days] == [d("2024-03-01")]
    assert journal.days[0].titles == ("Published",)
    assert {entry.title for entry in journal.drafts} == {"Draft", "Draft same day"}
    assert journal.logged_dates == {d("2024-03-01")}
    assert journal.tags == ()
    assert journal.entry_count == 1


def test_empty_journal():
    journal = build_journal([])
    assert journal.days == () and journal.tags == () and journal.logged_dates == frozenset()
    assert journal.entry_count == 0


def test_day_range_covers_several_dates():
    journal = build_journal([
        make("2024-03-01.md", "day: 40\n"),
        make("2024-03-02.md", "day: 41-43\ntitle: Hackathon weekend\n"),
        make("2024-03-05.md"),
    ])
    assert journal.logged_dates == {
        d("2024-03-01"), d("2024-03-02"), d("2024-03-03"), d("2024-03-04"), d("2024-03-05"),
    }
    hackathon = journal.days[1]
    for date in ("2024-03-02", "2024-03-03", "2024-03-04"):
        assert journal.day_of_date[d(date)] is hackathon
    assert journal.day_of_date[d("2024-03-05")] is journal.days[2]
    assert (hackathon.number, hackathon.number_end, hackathon.label) == (41, 43, "Days 41–43")
    # Counting continues after the range.
    assert journal.days[2].label == "Day 44"


def test_a_date_inside_a_range_with_its_own_entry_keeps_its_own_day():
    journal = build_journal([
        make("2024-03-02.md", "day: 1-3\n"),
        make("2024-03-03.md", "title: Own page\n"),
    ])
    assert journal.day_of_date[d("2024-03-03")].titles == ("Own page",)
    assert journal.day_of_date[d("2024-03-04")].date == d("2024-03-02")


def test_default_title_of_a_range_matches_its_label():
    journal = build_journal([make("2024-03-02.md", "day: 41-43\n")])
    day = journal.days[0]
    assert day.label == "Days 41–43"
    assert day.titles == ("Days 41–43",)
    assert day.title == "Days 41–43"


# --- day numbers -------------------------------------------------------------------------------


def test_logged_numbering_skips_missed_dates():
    journal = build_journal([make(f"2024-03-{n:02d}.md") for n in (1, 2, 5, 9)])
    assert numbers(journal) == {
        "2024-03-01": (1, None), "2024-03-02": (2, None),
        "2024-03-05": (3, None), "2024-03-09": (4, None),
    }


def test_explicit_day_numbers_re_anchor_the_count():
    journal = build_journal([
        make("2024-03-01.md"),
        make("2024-03-02.md"),
        make("2024-03-04.md", "day: 10\n"),
        make("2024-03-05.md"),
        make("2024-03-07.md", "day: 0\n"),
        make("2024-03-08.md"),
    ])
    assert [day.number for day in journal.days] == [1, 2, 10, 11, 0, 1]


def test_calendar_numbering_counts_every_date_from_the_start():
    journal = build_journal(
        [make(f"2024-03-{n:02d}.md") for n in (1, 2, 5)] + [make("2024-03-09.md", "day: 4\n")],
        start=d("2024-02-28"), numbering="calendar",
    )
    # Feb 28 is day 1, Feb 29 day 2 (leap year), Mar 1 day 3; explicit numbers still win.
    assert numbers(journal) == {
        "2024-03-01": (3, None), "2024-03-02": (4, None),
        "2024-03-05": (7, None), "2024-03-09": (4, None),
    }


def test_calendar_numbering_without_start_counts_from_the_first_entry():
    journal = build_journal([make("2024-12-31.md"), make("2025-01-02.md")], numbering="calendar")
    assert [day.number for day in journal.days] == [1, 3]


def test_dates_before_the_start_get_no_number():
    entries = [
        make("2024-02-27.md", "title: Warm-up\n"), make("2024-02-29.md"), make("2024-03-01.md"),
    ]
    for numbering in ("logged", "calendar"):
        journal = build_journal(entries, start=d("2024-02-28"), numbering=numbering)
        warm_up = journal.days[0]
        assert (warm_up.number, warm_up.label, warm_up.title) == (None, "", "Warm-up")
    logged = build_journal(entries, start=d("2024-02-28"))
    assert [day.number for day in logged.days] == [None, 1, 2]


def test_untitled_day_before_start_is_called_by_its_date():
    journal = build_journal([make("2024-02-27.md")], start=d("2024-03-01"))
    assert journal.days[0].title == "2024-02-27"


def test_default_titles_are_day_n():
    journal = build_journal([
        make("2024-03-01.md"),
        make("2024-03-02.md", body="# Named by heading\n"),
        make("2024-03-03.md", "day: 7\n"),
    ])
    assert [day.titles for day in journal.days] == [("Day 1",), ("Named by heading",), ("Day 7",)]
    assert [day.title for day in journal.days] == ["Day 1", "Named by heading", "Day 7"]


def test_two_untitled_entries_on_a_day_both_day_n():
    journal = build_journal([make("2024-03-01.md"), make("2024-03-01-2.md", "title: Later\n")])
    assert journal.days[0].titles == ("Day 1", "Later")
    assert journal.days[0].title == "Later"


def test_day_numbers_function_directly():
    result = day_numbers(
        [(d("2024-03-01"), None), (d("2024-03-03"), (5, 6)), (d("2024-03-04"), None)],
        start=None, numbering="logged",
    )
    assert result == {
        d("2024-03-01"): (1, None), d("2024-03-03"): (5, 6), d("2024-03-04"): (7, None),
    }


def test_unknown_numbering_mode_is_refused():
    with pytest.raises(ValueError, match="numbering"):
        build_journal([], numbering="weekly")


# --- tags --------------------------------------------------------------------------------------


def test_tags_merge_across_case_and_spacing_with_the_first_spelling_as_name():
    journal = build_journal([
        make("2024-03-02.md", "tags: [python, machine  learning]\n"),
        make("2024-03-01.md", "tags: [Python, Machine Learning]\n"),
        make("2024-03-03.md", "tags: PYTHON\n"),
    ])
    assert [(tag.key, tag.name) for tag in journal.tags] == [
        ("machine learning", "Machine Learning"), ("python", "Python"),
    ]
    assert len(journal.tag_entries["python"]) == 3
    assert journal.tag("pyTHon").name == "Python"
    assert journal.tag("rust") is None


def test_tag_entries_are_newest_first():
    journal = build_journal([
        make("2024-03-01.md", "tags: [go]\ntitle: One\n"),
        make("2024-03-03.md", "tags: [go]\ntitle: Three\n"),
        make("2024-03-02.md", "tags: [go]\ntitle: Two\n"),
        make("2024-03-02-2.md", "tags: [go]\ntitle: Two, later\n"),
    ])
    refs = journal.tag_entries["go"]
    assert [ref.title for ref in refs] == ["Three", "Two, later", "Two", "One"]
    assert [ref.day.date for ref in refs] == [
        d("2024-03-03"), d("2024-03-02"), d("2024-03-02"), d("2024-03-01"),
    ]


def test_day_tags_are_the_union_of_its_entries():
    journal = build_journal([
        make("2024-03-01.md", "tags: [a, b]\n"),
        make("2024-03-01-2.md", "tags: [B, c]\n"),
    ])
    assert [tag.name for tag in journal.days[0].tags] == ["a", "b", "c"]


@pytest.mark.parametrize(
    "names",
    [
        ("C++", "c plus plus", "C"),
        ("Node.js", "nodejs", "node js", "node-js"),
        ("café", "cafe", "CAFÉ"),
        ("?", "!", "…"),
    ],
)
def test_tags_that_slug_alike_get_distinct_slugs(names):
    journal = build_journal([
        make(f"2024-03-{number:02d}.md", f"tags: ['{name}']\n")
        for number, name in enumerate(names, start=1)
    ])
    slugs = [tag.slug for tag in journal.tags]
    assert len(slugs) == len(set(slugs)) == len(journal.tags)
    assert all(slug and "/" not in slug for slug in slugs)


@pytest.mark.parametrize(("old", "new"), [("C++", "c plus plus"), ("c plus plus", "C++")])
def test_existing_tag_keeps_its_slug_when_a_look_alike_tag_is_added_later(old, new):
    # A tag page's URL is shared and bookmarked: a look-alike tag used later must not take it.
    first = make("2024-03-01.md", f"tags: ['{old}']\n")
    before = build_journal([first])
    after = build_journal([first, make("2024-03-05.md", f"tags: ['{new}']\n")])
    assert before.tag(old).slug == after.tag(old).slug == "c-plus-plus"
    assert after.tag(new).slug == "c-plus-plus-2"


# --- loading a folder --------------------------------------------------------------------------


def test_load_entries_reads_nested_folders_and_skips_hidden_ones(tmp_path: Path):
    root = tmp_path / "site"
    entries = root / "entries"
    (entries / "2024").mkdir(parents=True)
    (entries / ".obsidian").mkdir()
    (entries / "_templates").mkdir()
    (entries / "2024" / "2024-03-01.md").write_text("# One\n", encoding="utf-8")
    (entries / "2024" / "2024-03-02.md").write_text("---\ntags: [x]\n---\nTwo\n", encoding="utf-8")
    (entries / ".obsidian" / "workspace.md").write_text("not an entry", encoding="utf-8")
    (entries / "_templates" / "day.md").write_text("---\ndate:\n---\n", encoding="utf-8")
    (entries / "2024" / "notes.txt").write_text("not markdown", encoding="utf-8")
    loaded = load_entries(entries, root)
    assert [(entry.path, entry.rel_path) for entry in loaded] == [
        ("entries/2024/2024-03-01.md", "2024/2024-03-01.md"),
        ("entries/2024/2024-03-02.md", "2024/2024-03-02.md"),
    ]


def test_load_entries_stops_at_a_bad_file_naming_it(tmp_path: Path):
    entries = tmp_path / "entries"
    entries.mkdir()
    (entries / "2024-03-01.md").write_text("fine\n", encoding="utf-8")
    (entries / "notes.md").write_text("---\ntitle: no date here\n---\n", encoding="utf-8")
    with pytest.raises(EntryError, match=r"^entries/notes\.md:1: no date"):
        load_entries(entries, tmp_path)


# --- stats -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_journal():
    return build_journal([
        make("2024-02-27.md", "tags: [python]\n"),
        make("2024-02-28.md", "tags: [Python, rust]\n"),
        make("2024-02-28-2.md", "tags: [web]\n"),
        make("2024-03-02.md", "day: 5-6\ntags: [PYTHON]\n"),
        make("2024-03-05.md", "tags: [rust]\n"),
        make("2024-03-08.md", "draft: true\ntags: [secret]\n"),
        make("2024-03-12.md", "tags: [Web]\n"),  # after the as-of date
    ])


def test_journal_stats_figures(small_journal):
    # Logged: Feb 27, Feb 28, Mar 2–3 (a range), Mar 5, Mar 12. Runs: 2, 2, 1, 1.
    stats = journal_stats(small_journal, goal=100, as_of=d("2024-03-10"))
    assert stats == {
        "as_of": "2024-03-10",
        "current_streak": {"days": 0, "start": None, "end": None},
        # Two runs of 2: the more recent one is the best.
        "best_streak": {"days": 2, "start": "2024-03-02", "end": "2024-03-03"},
        "last_streak": {"days": 1, "start": "2024-03-05", "end": "2024-03-05"},
        "days_logged": 6,
        "goal": 100,
        "progress": 0.06,
        "entries": 6,
        "drafts": 1,
        "first_date": "2024-02-27",
        "last_date": "2024-03-12",
        "tags": [
            {"name": "python", "slug": "python", "count": 3},
            {"name": "rust", "slug": "rust", "count": 2},
            {"name": "web", "slug": "web", "count": 2},
        ],
    }
    json.dumps(stats)  # stats.json is written from this very object


def test_journal_stats_with_a_running_streak_and_goal_reached(small_journal):
    stats = journal_stats(small_journal, goal=4, as_of=d("2024-03-06"))
    assert stats["current_streak"] == {"days": 1, "start": "2024-03-05", "end": "2024-03-05"}
    assert stats["last_streak"] == stats["current_streak"]
    assert stats["progress"] == 1.0


def test_journal_stats_of_an_empty_journal():
    stats = journal_stats(build_journal([]), goal=100, as_of=d("2024-03-10"))
    assert stats["days_logged"] == stats["entries"] == stats["drafts"] == 0
    assert stats["first_date"] is stats["last_date"] is None
    assert stats["best_streak"] == {"days": 0, "start": None, "end": None}
    assert stats["tags"] == []
    assert stats["progress"] == 0.0


def test_a_readme_in_the_entries_folder_is_not_an_entry(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "README.md").write_text("# My entries\n\nOne file a day.\n", encoding="utf-8")
    (tmp_path / "2024" / "2024-03-01.md").write_text("Day one.\n", encoding="utf-8")
    entries = load_entries(tmp_path, tmp_path)
    assert [entry.path for entry in entries] == ["2024/2024-03-01.md"]


def test_a_date_squeezed_before_a_taken_number_gets_none_instead_of_a_duplicate():
    # 2024-03-02 and -03 were written after 2024-03-04 had been numbered day 2 in its file.
    journal = build_journal([
        make("2024-03-01.md", "day: 1\n"),
        make("2024-03-02.md"),
        make("2024-03-03.md"),
        make("2024-03-04.md", "day: 2\n"),
        make("2024-03-05.md"),
    ])
    assert [day.number for day in journal.days] == [1, None, None, 2, 3]
