"""Plugin options in mkdocs.yml: bad values fail naming the option; good ones shape the site."""

from __future__ import annotations

import pytest

ENTRY = "---\ntags: [python]\n---\nA day of practice.\n"

INVALID = [
    # option, value, words the message must contain
    ("goal", 0, "1 or more"),
    ("goal", "ten", "whole number"),
    ("goal", True, "whole number"),
    ("per_page", -5, "1 or more"),
    ("excerpt_length", 2.5, "whole number"),
    ("timezone", "Mars/Olympus", "time zone"),
    ("day_url", "{yyyy}/{mm}", "{dd}"),
    ("day_url", "{yyyy}/{mm}/{dd}/{hh}", "{hh}"),
    ("day_url", "../{yyyy}/{mm}/{dd}", "inside the site"),
    ("start", "soon", "YYYY-MM-DD"),
    ("as_of", "2024-02-30", "YYYY-MM-DD"),
    ("pages", ["foo"], "foo"),
    ("numbering", "weekly", "weekly"),
    ("tags_url", "", "folder"),
    ("sanitize", "sometimes", "bool"),
]


@pytest.mark.parametrize(
    ("option", "value", "words"), INVALID, ids=[f"{o}={v!r}" for o, v, _ in INVALID]
)
def test_invalid_option_fails_naming_the_option(journal_site, option, value, words):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.configure(journal={option: value})
    result = journal_site.build(check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if f"option '{option}'" in line]
    assert len(lines) == 1, output
    assert words in lines[0], lines[0]
    assert not (journal_site.site_dir / "stats.json").exists()


def test_defaults_build_every_kind_of_page(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.build()
    for url in ["", "2024/03/01/", "tags/", "tags/python/", "archive/", "archive/2024/",
                "archive/2024/03/"]:
        assert journal_site.file_of(url).is_file(), url
    assert journal_site.stats()["goal"] == 100


def test_pages_option_builds_only_the_chosen_kinds(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.doc("index.md", "# Home\n")
    journal_site.configure(journal={"pages": ["days"]})
    journal_site.build()
    article = journal_site.article("2024/03/01/")
    assert "A day of practice." in article.text()
    # No tag or archive pages to link to: the tag is plain text, the month is not a link.
    assert not article.find_all("a", cls="md-tag")
    assert [span.text() for span in article.find_all("span", cls="md-tag")] == ["python"]
    for missing in ["tags", "archive", "dashboard"]:
        assert not (journal_site.site_dir / missing).exists(), missing
    assert journal_site.article("").find("h1").text() == "Home"


def test_leaving_out_the_dashboard_without_an_index_page_warns_of_no_home_page(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.configure(journal={"pages": ["days", "tags"]})
    result = journal_site.build(check=False)  # --strict: the warning fails the build
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "no home page" in warnings[0], result.stderr
    assert "docs/ has no index.md" in warnings[0]
    journal_site.doc("index.md", "# Home\n")
    journal_site.build()
    assert journal_site.article("").find("h1").text() == "Home"


def test_folders_of_tag_and_archive_pages_follow_their_options(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.configure(journal={"tags_url": "topics", "archive_url": "by-date/"})
    journal_site.build()
    assert journal_site.article("topics/python/").find("h1").text() == "#python"
    assert journal_site.article("by-date/2024/03/").find("h1").text() == "March 2024"
    assert journal_site.stats()["tags"][0]["url"] == "topics/python/"
    assert not (journal_site.site_dir / "tags").exists()


def test_start_and_calendar_numbering_count_days_since_the_start(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.entry("2024-03-05.md", ENTRY)
    journal_site.configure(journal={"start": "2024-02-28", "numbering": "calendar"})
    journal_site.build()
    day = journal_site.article("2024/03/05/").find("span", cls="journal-daynum").text()
    assert day == "Day 7"  # 28 Feb is Day 1 of a leap year's February


def test_logged_numbering_skips_missed_dates(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.entry("2024-03-05.md", ENTRY)
    journal_site.build()
    assert journal_site.article("2024/03/05/").find("span", cls="journal-daynum").text() == "Day 2"


def test_goal_sets_the_progress(journal_site):
    journal_site.entry("2024-03-01.md", ENTRY)
    journal_site.configure(journal={"goal": 4})
    journal_site.build()
    stats = journal_site.stats()
    assert (stats["goal"], stats["progress"]) == (4, 0.25)
    bar = journal_site.article("").find(role="progressbar")
    assert bar.attrs["aria-valuemax"] == "4"


def test_entries_kept_inside_docs_are_published_once_as_day_pages(journal_site):
    folder = journal_site.root / "docs" / "journal"
    folder.mkdir()
    (folder / "2024-03-01.md").write_text(ENTRY, encoding="utf-8")
    draft = "---\ndraft: true\n---\nSecret plans.\n"
    (folder / "2024-03-02.md").write_text(draft, encoding="utf-8")
    journal_site.configure(journal={"entries_dir": "docs/journal"})
    journal_site.build()
    assert "A day of practice." in journal_site.article("2024/03/01/").text()
    assert not (journal_site.site_dir / "journal").exists()
    for file in journal_site.html_files():
        assert "Secret plans" not in file.read_text(encoding="utf-8"), file
    nav = journal_site.page("").find("nav", cls="md-nav--primary")
    assert [a.text() for a in nav.find_all("a", cls="md-nav__link")] == [
        "Dashboard", "Archive", "Tags",
    ]
