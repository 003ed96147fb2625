"""Bad input stops the build with one line naming the file, the line and the fix; never a traceback,
and a generated page never silently replaces a page the user wrote."""

from __future__ import annotations

import pytest

GOOD = "---\ntitle: Fine day\ntags: [ok]\n---\nAll good.\n"

BAD_ENTRIES = [
    # id, file name, bytes, line named, words of the fix
    ("broken-yaml", "2024-03-02.md", b"---\ndate: 2024-03-02\ntitle: a: b\n---\nText\n",
     3, "not valid YAML"),
    ("unclosed-quote", "2024-03-02.md", b'---\ntitle: "Open\ntags: [a]\n---\nText\n', 2, "quote"),
    ("unclosed-list", "2024-03-02.md", b"---\ntitle: L\ntags: [a, b\n---\nText\n", 3, "bracket"),
    ("duplicate-key", "2024-03-02.md", b"---\ndate: 2024-03-02\ndate: 2024-03-05\n---\nText\n",
     3, "twice"),
    ("no-closing-dashes", "2024-03-02.md", b"---\ntitle: Open\n\nText\n", 1, "closing '---'"),
    ("no-date", "notes.md", b"---\ntitle: Undated\n---\nText\n", 1, "date: YYYY-MM-DD"),
    ("unparseable-date", "notes.md", b"---\ntitle: When\ndate: next tuesday\n---\nText\n",
     3, "YYYY-MM-DD"),
    ("impossible-date", "notes.md", b"---\ndate: 2024-02-30\n---\nText\n", 2, "YYYY-MM-DD"),
    ("bad-file-name-date", "2024-13-01.md", b"Text\n", None, "not a real date"),
    ("number-tags", "2024-03-02.md", b"---\ntitle: Tags\ntags: [1, 2]\n---\nText\n", 3, "quote it"),
    ("mapping-tags", "2024-03-02.md", b"---\ntags: {a: 1}\n---\nText\n", 2, "list"),
    ("nested-tags", "2024-03-02.md", b"---\ntags: [[a, b]]\n---\nText\n", 2, "text"),
    ("word-day", "2024-03-02.md", b"---\ntitle: D\n\nday: twelve\n---\nText\n", 4, "'42-45'"),
    ("reversed-range", "2024-03-02.md", b"---\nday: 45-42\n---\nText\n", 2, "'42-45'"),
    ("draft-maybe", "2024-03-02.md", b"---\ndraft: maybe\n---\nText\n", 2, "true or false"),
    ("not-utf8", "2024-03-02.md", b"---\ntitle: Caf\xe9\n---\nText\n", 2, "UTF-8"),
    ("not-utf8-body", "2024-03-02.md", b"---\ntitle: Cafe\n---\n\nna\xefve\n", 5, "UTF-8"),
]


def output_of(result) -> str:
    return result.stdout + result.stderr


def error_lines(result, needle: str) -> list[str]:
    return [line for line in output_of(result).splitlines() if needle in line]


@pytest.mark.parametrize(
    ("name", "content", "line", "fix"),
    [case[1:] for case in BAD_ENTRIES],
    ids=[case[0] for case in BAD_ENTRIES],
)
def test_malformed_entry_stops_the_build_with_one_line_naming_file_and_line(
    journal_site, name, content, line, fix
):
    journal_site.entry("2024-03-01.md", GOOD)
    path = journal_site.root / "entries" / "2024" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    where = f"entries/2024/{name}:{line}:" if line else f"entries/2024/{name}:"
    lines = error_lines(result, f"entries/2024/{name}")
    assert len(lines) == 1, output_of(result)
    assert where in lines[0], lines[0]
    assert fix in lines[0], lines[0]
    assert not journal_site.site_dir.joinpath("stats.json").exists()


def test_missing_entries_folder_is_named(journal_site):
    journal_site.configure(journal={"entries_dir": "log"})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    assert error_lines(result, "'log'") and "entries_dir" in error_lines(result, "'log'")[0]


@pytest.mark.parametrize("epoch", ["yesterday", "1e9"])
def test_bad_source_date_epoch_is_named(journal_site, epoch):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.configure(journal={"as_of": None})
    result = journal_site.build(env={"SOURCE_DATE_EPOCH": epoch}, check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    assert len(error_lines(result, "SOURCE_DATE_EPOCH")) == 1


# --- generated pages and the user's own files -------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "directory_urls"),
    [("tags/index.md", True), ("tags.md", True), ("archive/index.md", False),
     ("2024/03/01.md", True), ("2024/03/01/index.md", True), ("tags/ok/index.md", False)],
)
def test_a_docs_page_in_the_way_of_a_generated_page_stops_the_build(
    journal_site, doc, directory_urls
):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.doc(doc, "# My own page\n")
    journal_site.configure(use_directory_urls=directory_urls)
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    lines = error_lines(result, f"docs/{doc}")
    assert len(lines) == 1, output_of(result)
    assert "day_url, tags_url or archive_url" in lines[0]
    assert (journal_site.root / "docs" / doc).read_text(encoding="utf-8") == "# My own page\n"


def test_a_docs_dashboard_page_is_kept_when_the_dashboard_needs_its_place(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.doc("index.md", "# Home\n")
    journal_site.doc("dashboard.md", "# My dashboard notes\n")
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert len(error_lines(result, "docs/dashboard.md")) == 1


def test_generated_pages_that_would_share_a_url_stop_the_build(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.configure(journal={"tags_url": "archive"})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    lines = error_lines(result, "would both be written to archive/index.html")
    assert len(lines) == 1, output_of(result)
    assert "tags_url" in lines[0] and "archive_url" in lines[0]


def test_a_readme_home_page_stays_home_and_the_dashboard_moves(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.doc("README.md", "# About this log\n")
    journal_site.build()
    assert journal_site.article("").find("h1").text() == "About this log"
    assert journal_site.article("dashboard/").find(cls="journal-cards")


def test_a_second_journal_plugin_instance_is_refused_in_one_line(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.configure(plugins=["search", {"journal": {"as_of": "2024-03-10"}},
                                    {"journal": {"goal": 30}}])
    result = journal_site.build(check=False)
    output = output_of(result)
    assert result.returncode != 0
    assert "Traceback" not in output and "supports_multiple_instances" not in output
    [line] = error_lines(result, "one journal per site")
    assert "mkdocs.yml" in line and "2 times" in line
    assert not journal_site.site_dir.joinpath("stats.json").exists()
    # The command line reads the same mkdocs.yml and says the same.
    from cli_helpers import journal

    stats = journal(journal_site.root, "stats")
    assert stats.exit_code == 1 and "one journal per site" in stats.stderr


def test_a_new_site_without_an_entries_folder_is_an_empty_journal_with_a_hint(journal_site):
    (journal_site.root / "entries").rmdir()
    journal_site.configure()
    result = journal_site.build()
    hint = [line for line in output_of(result).splitlines() if "no 'entries' folder" in line]
    assert len(hint) == 1 and "journal new" in hint[0], output_of(result)
    assert journal_site.stats()["days_logged"] == 0
    assert journal_site.site_dir.joinpath("index.html").is_file()
    # The hint's command works there and makes the folder.
    from cli_helpers import journal

    created = journal(journal_site.root, "new")
    assert created.exit_code == 0, created.output
    assert (journal_site.root / created.stdout.strip()).is_file()
    journal_site.build()
    assert journal_site.stats()["days_logged"] == 1


def test_the_readmes_example_error_is_what_the_build_prints(journal_site):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    [example] = [line for line in readme.splitlines() if "2026-11-31.md:2:" in line]
    journal_site.entry("2026/2026-11-31.md", "---\ndate: 2026-11-31\n---\nText\n")
    result = journal_site.build(check=False)
    assert example in output_of(result).splitlines()
