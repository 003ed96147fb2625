"""Import the two real README journals in ../shared/seeds, build the site, and compare it with
figures counted by hand from the seed text.

The seeds live beside the repository, not in it; without them these tests are skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mkdocs_journal.cli.importers import PREAMBLE_FILE, apply_plan, parse_journal, plan_import

# Beside the repository; MKDOCS_JOURNAL_SEEDS points elsewhere (from a worktree, say).
SEEDS = Path(os.environ.get("MKDOCS_JOURNAL_SEEDS")
             or Path(__file__).resolve().parents[2] / "shared" / "seeds")
EXTENSIONS = ["pymdownx.highlight", "pymdownx.superfences"]


def seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"seed journal {path} not found (the seeds live outside the repository)")
    return path.read_text(encoding="utf-8")


def imported_site(new_site, name: str, as_of: str):
    text = seed_text(name)
    site = new_site(name.removesuffix(".md"))
    site.result = parse_journal(text, source=name)
    site.text = text
    apply_plan(plan_import(site.result, site.root / "entries"))
    site.configure(journal={"as_of": as_of}, markdown_extensions=EXTENSIONS)
    site.build()
    return site


def day_label(site, date: str) -> str:
    return site.article(site.url(date.replace("-", "/"))).find("span", cls="journal-daynum").text()


# --- dated-tags-journal.md: `## 2018/9/20` headings, newest first, each with a `Tags:` line --

@pytest.fixture(scope="module")
def dated(new_site):
    # as_of is the newest heading's date, so the current streak is the whole run.
    return imported_site(new_site, "dated-tags-journal.md", as_of="2018-09-20")


def test_dated_seed_every_heading_is_an_entry_and_the_header_is_preamble(dated):
    result = dated.result
    assert result.format == "dated-tags"
    # 12 `## 2018/9/N` headings, 20 down to 9; every other line is under one or in the header.
    assert len(result.entries) == 12
    assert [e.date.day for e in result.entries] == list(range(20, 8, -1))
    assert result.not_imported == []
    # Lines 1-7: title, rules link, the two hand-kept streak lines; line 8 is `## 2018/9/20`.
    assert result.preamble_lines == (1, 7)
    preamble = (dated.root / "entries" / PREAMBLE_FILE).read_text(encoding="utf-8")
    assert "### Current streak: 11 days\n### Best streak: 11 days" in preamble
    # Published as the introduction, without the hand-kept figures the dashboard now counts.
    assert dated.article("introduction/").find("h1").text() == "X Days of ML Code"
    for page in dated.html_files():
        assert "Current streak: 11 days" not in page.read_text(encoding="utf-8"), page


def test_dated_seed_streaks_and_counts(dated):
    stats = dated.stats()
    # 2018-09-09 … 2018-09-20 with no gap: 12 dates in a row. (The hand-kept header still
    # says 11: it was not updated for the last day.)
    assert stats["entries"] == 12
    assert stats["days_logged"] == 12
    assert (stats["first_date"], stats["last_date"]) == ("2018-09-09", "2018-09-20")
    assert stats["best_streak"] == {"days": 12, "start": "2018-09-09", "end": "2018-09-20"}
    assert stats["current_streak"] == {"days": 12, "start": "2018-09-09", "end": "2018-09-20"}


def test_dated_seed_tags(dated):
    tags = {tag["name"]: tag["count"] for tag in dated.stats()["tags"]}
    # Counted over the 12 `Tags:` lines, one tag per word: 9/20 adds 1 new, 9/19 6, 9/18 4,
    # 9/17 5 (optimizer again), 9/16 5, 9/15 2, 9/14 3, 9/13 2 (keras, CNN again),
    # 9/12 4 (keras, image again), 9/11 0, 9/10 5 (runtime again), 9/9 2 (tensorflow, image
    # again) = 39 tags.
    assert len(tags) == 39
    # keras: 9/18, 9/13, 9/12, 9/11; image: 9/19, 9/12, 9/11, 9/9.
    assert (tags["keras"], tags["image"]) == (4, 4)
    # CNN 9/14+9/13, optimizer 9/19+9/17, runtime 9/19+9/10, tensorflow 9/10+9/9,
    # preprocessing and ImageDataGenerator 9/12+9/11; python and python3 are different tags.
    twice = ["CNN", "optimizer", "runtime", "tensorflow", "preprocessing", "ImageDataGenerator"]
    assert {name: tags[name] for name in twice} == dict.fromkeys(twice, 2)
    assert (tags["python"], tags["python3"], tags["backprop"]) == (1, 1, 1)
    assert [tag["name"] for tag in dated.stats()["tags"][:2]] == ["image", "keras"]


def test_dated_seed_day_numbers_count_logged_days_from_the_oldest(dated):
    # No day numbers in the seed: 2018-09-09 is day 1, so 2018-09-15 is day 7.
    assert day_label(dated, "2018-09-09") == "Day 1"
    assert day_label(dated, "2018-09-15") == "Day 7"
    assert day_label(dated, "2018-09-20") == "Day 12"


def test_dated_seed_day_page_has_its_tags_and_code_but_no_tags_line(dated):
    url = dated.url("2018/09/15")
    article = dated.article(url)
    chips = article.find("div", cls="journal-tags").find_all("a")
    assert [chip.text() for chip in chips] == ["max", "pooling"]  # `Tags: max pooling `
    assert "Tags:" not in article.text()
    assert any("[4, 3, 8, 5" in code.text() for code in article.find_all("code"))
    # No title of its own: "Day N", and the first line, "[Video](…) was very good…", stays text.
    assert article.find("h1").text() == "Day 7"
    assert article.text().count("was very good") == 1


def test_dated_seed_tag_page_lists_its_days_newest_first(dated):
    url = dated.url("tags/keras")
    dates = [node.attrs["datetime"] for node in dated.article(url).find_all("time")]
    assert dates == ["2018-09-18", "2018-09-13", "2018-09-12", "2018-09-11"]


def test_dated_seed_lists_render_as_lists_nested_where_github_nests_them(dated):
    article = dated.article(dated.url("2018/09/19"))
    nested = [
        item for item in article.find_all("li")
        if item.text().startswith("You can use your own runtime as backend for colab notebooks")
    ]
    assert len(nested) == 1
    assert len(nested[0].find("ul").find_all("li")) == 2  # two kovalevskyi.com links
    # `**Adam**` and a link line, then `* Adaptive moment estimation` with no blank line.
    assert "Adaptive moment estimation" in [item.text() for item in article.find_all("li")]


def test_dated_seed_second_import_writes_nothing(dated):
    again = plan_import(parse_journal(dated.text, source="x"), dated.root / "entries")
    assert {planned.action for planned in again} == {"skip-existing"}
    assert len(again) == 13  # 12 entries and the preamble


# --- day-ordinal-journal.md: `## Day 0: 9th July 2018`, oldest first -----------------------

@pytest.fixture(scope="module")
def ordinal(new_site):
    return imported_site(new_site, "day-ordinal-journal.md", as_of="2018-07-21")


def test_ordinal_seed_days_and_dates(ordinal):
    result = ordinal.result
    assert result.format == "day-ordinal"
    assert result.not_imported == []
    assert result.preamble_lines == (1, 3)  # title and "My log for …"; line 4 is Day 0
    # Day 0 … Day 9; the 12th, 13th and 20th of July have no heading.
    assert [(e.day, e.date.isoformat()) for e in result.entries] == [
        (0, "2018-07-09"), (1, "2018-07-10"), (2, "2018-07-11"), (3, "2018-07-14"),
        (4, "2018-07-15"), (5, "2018-07-16"), (6, "2018-07-17"), (7, "2018-07-18"),
        (8, "2018-07-19"), (9, "2018-07-21"),
    ]
    assert all(entry.tags == () for entry in result.entries)


def test_ordinal_seed_streaks(ordinal):
    stats = ordinal.stats()
    # Runs: 9-11 July (3 days), 14-19 July (6 days), 21 July (1 day).
    assert stats["entries"] == 10
    assert stats["days_logged"] == 10
    assert (stats["first_date"], stats["last_date"]) == ("2018-07-09", "2018-07-21")
    assert stats["best_streak"] == {"days": 6, "start": "2018-07-14", "end": "2018-07-19"}
    assert stats["current_streak"] == {"days": 1, "start": "2018-07-21", "end": "2018-07-21"}
    assert stats["tags"] == []


def test_ordinal_seed_day_numbers_come_from_the_headings(ordinal):
    assert day_label(ordinal, "2018-07-09") == "Day 0"
    assert day_label(ordinal, "2018-07-14") == "Day 3"  # after the two missed days
    assert day_label(ordinal, "2018-07-21") == "Day 9"
    for missed in ["2018/07/12", "2018/07/13", "2018/07/20"]:
        assert not ordinal.file_of(ordinal.url(missed)).exists(), missed


def test_ordinal_seed_code_block_ends_the_list_as_on_github(ordinal):
    article = ordinal.article(ordinal.url("2018/07/17"))
    assert any("#!/bin/bash" in code.text() for code in article.find_all("code"))
    # Three points, the bash script, a sentence, one more point: two lists of 3 and 1.
    lists = [len(ul.find_all("li")) for ul in article.find_all("ul")]
    assert lists == [3, 1]
    assert any(p.text().startswith("And delete with") for p in article.find_all("p"))


def test_ordinal_seed_images_and_nested_goals_are_kept(ordinal):
    article = ordinal.article(ordinal.url("2018/07/19"))
    sources = [image.attrs["src"] for image in article.find_all("img")]
    assert [src.rsplit("/", 1)[1] for src in sources] == ["gan.png", "gan2.png"]
    goals = next(
        item for item in article.find_all("li")
        if item.text().startswith("Some goals for tomorrow and Saturday")
    )
    assert len(goals.find("ul").find_all("li")) == 4


def test_dated_seed_bare_urls_are_links_on_the_site(dated):
    import re

    body = "\n".join(dated.text.split("\n")[dated.result.preamble_lines[1]:])
    bare = [url.rstrip(".,:;!?") for url in re.findall(r"(?<=[\s:])https://[^\s)\]>]+", body)]
    assert len(bare) > 10
    pages = "".join(page.read_text(encoding="utf-8") for page in dated.html_files())
    for url in bare:
        assert f'href="{url.replace("&", "&amp;")}"' in pages, url
