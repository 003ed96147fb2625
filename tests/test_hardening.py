"""Odd input, as an attacker or a careless user writes it: one line naming the file (and line),
never a traceback, a hang, a wrong figure or a silent drop."""

from __future__ import annotations

import pytest
from cli_helpers import journal

GOOD = "---\ntitle: Fine day\n---\nAll good.\n"


def output_of(result) -> str:
    return result.stdout + result.stderr


def lines_naming(result, needle: str) -> list[str]:
    return [line for line in output_of(result).splitlines() if needle in line]


def refused(journal_site, name: str, needle: str) -> str:
    """Build and check the journal; both refuse it with one line about `name`; that line."""
    journal_site.configure()
    return refused_as_configured(journal_site, name, needle)


def refused_as_configured(journal_site, name: str, needle: str) -> str:
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "Traceback" not in output_of(result)
    lines = lines_naming(result, name)
    assert len(lines) == 1, output_of(result)
    assert needle in lines[0]
    checked = journal(journal_site.root, "check")
    assert checked.exit_code == 1
    found = [line for line in checked.stdout.splitlines() if line.startswith(name)]
    assert len(found) == 1, checked.stdout
    assert needle in found[0]
    return found[0]


# --- control characters ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        ("---\ntitle: \"a\x00b\"\n---\nText\n", ":2:", "U+0000 (NUL) at column 10"),
        ("---\ntitle: ok\n---\nfirst\nText a\x00b\n", ":5:", "U+0000 (NUL) at column 7"),
        ("---\ntitle: ok\n---\nbell \x07 here\n", ":4:", "U+0007 (BEL)"),
        ("escape \x1b[31mred\n", ":1:", "U+001B (ESC)"),
        ("---\ntitle: ok\r\n---\r\nC1 \x85 here\r\n", ":4:", "U+0085 (C1)"),
    ],
    ids=["nul-in-front-matter", "nul-in-body", "bell", "escape-without-front-matter", "c1-crlf"],
)
def test_control_character_is_named_with_its_line(journal_site, content, where, what):
    journal_site.entry("2024-03-01.md", GOOD)
    path = journal_site.root / "entries" / "2024-03-02.md"
    path.write_bytes(content.encode("utf-8"))
    line = refused(journal_site, "entries/2024-03-02.md", what)
    assert line.startswith(f"entries/2024-03-02.md{where} control character")
    assert "delete it" in line


def test_tabs_and_line_endings_are_not_control_characters_to_refuse(journal_site):
    journal_site.entry("2024-03-01.md", "---\ntitle: Tabs\r\n---\r\n\tindented\tcode\r\n")
    journal_site.build()
    assert "indented" in journal_site.html("2024/03/01/")


# --- deeply nested front matter ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("yaml_text", "line"),
    [
        ("extra: " + "[" * 5000 + "]" * 5000, 3),
        ("\n".join(" " * i + f"k{i}:" for i in range(3000)) + "\n" + " " * 3000 + "v", 103),
    ],
    ids=["flow", "block"],
)
def test_front_matter_nested_thousands_deep_is_one_line(journal_site, yaml_text, line):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.entry("2024-03-02.md", f"---\ntitle: Deep\n{yaml_text}\n---\nText\n")
    found = refused(journal_site, "entries/2024-03-02.md", "nested more than 100 levels")
    assert found.startswith(f"entries/2024-03-02.md:{line}:")


# --- long tags ---------------------------------------------------------------------------------

def test_long_tags_get_short_unique_slugs(journal_site):
    prefix = "word " * 1000  # 5,000 characters
    tags = [f"{prefix}{number}" for number in range(30)]
    for index, tag in enumerate(tags):
        journal_site.entry(f"2024-03-{index + 1:02d}.md", f"---\ntags: ['{tag}']\n---\nText.\n")
    journal_site.configure(journal={"as_of": "2024-03-31"})
    journal_site.build()
    listed = journal_site.stats()["tags"]
    slugs = [item["slug"] for item in listed]
    assert len(set(slugs)) == len(tags)
    assert all(len(slug) <= 80 and not slug.endswith("-") for slug in slugs)
    assert all(slug.startswith("word-word-") for slug in slugs)
    for item in listed:  # every tag page exists and is the page of its own tag
        assert item["name"][-3:].strip() in journal_site.html(item["url"])


# --- time zones in the feed -------------------------------------------------------------------

def test_feed_takes_one_day_with_and_without_a_time_zone_offset(journal_site):
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01 08:00:00\n---\nMorning.\n")
    journal_site.entry("2024-03-01-2.md", "---\ndate: 2024-03-01T21:30:00+05:00\n---\nEvening.\n")
    journal_site.configure(site_url="https://example.org/", journal={"timezone": "Europe/Paris"})
    journal_site.build()
    feed = (journal_site.site_dir / "feed.xml").read_text(encoding="utf-8")
    # 21:30 at +05:00 is 17:30 in Paris (UTC+1): after 08:00 Paris, so the day dates from 08:00.
    assert "<published>2024-03-01T08:00:00+01:00</published>" in feed
    assert "Evening." in journal_site.html("2024/03/01/")


# --- file name and front matter disagree ------------------------------------------------------

def test_check_warns_when_file_name_and_date_disagree(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-09.md", "---\ndate: 2024-03-09\n---\nSame date.\n")
    journal_site.entry("2024/2024-03-10.md", "---\ntitle: Copied\ndate: 2024-03-05\n---\nText.\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "entries/2024/2024-03-10.md:3: warning: the file name says 2024-03-10 but 'date:' says "
        "2024-03-05, the date it is published on; rename the file or fix the date",
        "2 entries checked: 0 errors, 1 warning",
    ]


# --- journal readme --write -------------------------------------------------------------------

README = "# Me\n\n<!-- journal:start -->\n<!-- journal:end -->\n"


def readme_site(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-01.md", GOOD)
    return journal_site.root


def test_readme_write_refuses_a_read_only_readme_by_its_name(journal_site):
    root = readme_site(journal_site)
    target = root / "README.md"
    target.write_text(README, encoding="utf-8")
    target.chmod(0o444)
    (root).chmod(0o555)
    try:
        result = journal(root, "readme", "--write", "README.md")
    finally:
        root.chmod(0o755)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: README.md: the file is read-only; nothing was changed")
    assert ".README" not in result.stderr
    assert target.read_text(encoding="utf-8") == README


def test_readme_write_goes_through_a_symlink(journal_site):
    root = readme_site(journal_site)
    (root / "docs" / "README.md").write_text(README, encoding="utf-8")
    link = root / "README.md"
    link.symlink_to("docs/README.md")
    result = journal(root, "readme", "--write", "README.md")
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert "**Current streak:**" in (root / "docs" / "README.md").read_text(encoding="utf-8")
    assert not list(root.glob(".README*")) and not list((root / "docs").glob(".README*"))


def test_import_force_overwrites_through_a_symlink_and_refuses_read_only(tmp_path):
    source = tmp_path / "old.md"
    source.write_text("# Log\n\n## 2018/9/20\nTags: keras\n\nTrained a model.\n", encoding="utf-8")
    into = tmp_path / "entries"
    (into / "2018").mkdir(parents=True)
    kept = tmp_path / "elsewhere.md"
    kept.write_text("---\ndate: 2018-09-20\n---\nEdited by hand.\n", encoding="utf-8")
    (into / "2018" / "2018-09-20.md").symlink_to(kept)
    kept.chmod(0o444)
    result = journal(tmp_path, "import", "old.md", "--into", "entries", "--force")
    assert result.exit_code == 1
    assert "2018-09-20.md: the file is read-only; it was not overwritten" in result.stderr
    assert ".import-" not in result.stderr
    kept.chmod(0o644)
    result = journal(tmp_path, "import", "old.md", "--into", "entries", "--force")
    assert result.exit_code == 0, result.stderr
    assert (into / "2018" / "2018-09-20.md").is_symlink()
    assert "Trained a model." in kept.read_text(encoding="utf-8")


# --- what the entries folder holds ------------------------------------------------------------

def test_symlinked_folders_are_read_once_and_loops_end(journal_site, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "2024-03-02.md").write_text("---\ntitle: Linked day\n---\nText.\n", "utf-8")
    (outside / "chart.png").write_bytes(b"png")
    journal_site.entry("2024-03-01.md", GOOD)
    entries = journal_site.root / "entries"
    (entries / "linked").symlink_to(outside, target_is_directory=True)
    (entries / "again").symlink_to(outside, target_is_directory=True)  # the same folder twice
    (entries / "linked" / "loop").symlink_to(entries, target_is_directory=True)
    journal_site.configure()
    journal_site.build()
    assert "Linked day" in journal_site.html("2024/03/02/")
    assert journal_site.stats()["entries"] == 2
    published = [p for p in (journal_site.site_dir / "entries").rglob("chart.png")]
    assert len(published) == 1
    checked = journal(journal_site.root, "check")
    assert checked.stdout.splitlines()[-1] == "2 entries checked: no problems"


def test_dangling_entry_link_is_an_error_naming_it(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    (journal_site.root / "entries" / "2024-03-02.md").symlink_to("gone/2024-03-02.md")
    line = refused(journal_site, "entries/2024-03-02.md", "symbolic link to gone/2024-03-02.md")
    assert "does not exist" in line


def test_markdown_and_upper_case_extensions_are_entries_not_files(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.entry("2024-03-02.markdown", "---\ntitle: Long suffix\n---\nText.\n")
    journal_site.entry("2024-03-03.MD", "---\ntitle: Shouting suffix\n---\nText.\n")
    journal_site.configure()
    journal_site.build()
    assert "Long suffix" in journal_site.html("2024/03/02/")
    assert "Shouting suffix" in journal_site.html("2024/03/03/")
    published = {p.name for p in journal_site.site_dir.rglob("*") if p.is_file()}
    assert not published & {"2024-03-02.markdown", "2024-03-03.MD"}
    assert journal(journal_site.root, "check").stdout.endswith("3 entries checked: no problems\n")


# --- the ends of the calendar, and ranges -----------------------------------------------------

@pytest.mark.parametrize(
    ("date", "as_of"),
    [("9999-12-31", "9999-12-31"), ("9999-12-30", "9999-12-31"), ("0001-01-01", "0001-01-01")],
)
def test_entries_at_the_ends_of_the_calendar_build(journal_site, date, as_of):
    # The heatmap lives in site/pages.py (being rewritten): it must not step past 9999-12-31,
    # and the dashboard's year of cells must not start before 0001-01-01.
    journal_site.entry(f"{date}.md", "---\ntitle: Edge of time\n---\nText.\n")
    journal_site.configure(site_url="https://example.org/", journal={"as_of": as_of})
    journal_site.build()
    stats = journal_site.stats()
    assert stats["current_streak"]["days"] == 1
    assert "Edge of time" in journal_site.html(f"{date[:4]}/{date[5:7]}/{date[8:]}/")
    assert "Edge of time" in (journal_site.site_dir / "feed.xml").read_text(encoding="utf-8")
    assert journal(journal_site.root, "stats").exit_code == 0


def test_day_range_past_the_year_9999_is_refused(journal_site):
    journal_site.entry("9999-12-20.md", "---\ntitle: Late\nday: 1-30\n---\nText.\n")
    journal_site.configure(journal={"as_of": "9999-12-31"})
    line = refused_as_configured(journal_site, "entries/9999-12-20.md", "runs past 9999-12-31")
    assert line.startswith("entries/9999-12-20.md:3: day range 1-30 from 9999-12-20")


def test_day_range_past_the_as_of_date_is_refused(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    journal_site.entry("2024-03-02.md", "---\ntitle: Typo\nday: 1-100000\n---\nText.\n")
    journal_site.configure()
    result = journal_site.build(check=False)
    assert result.returncode != 0 and "Traceback" not in output_of(result)
    assert lines_naming(result, "entries/2024-03-02.md:3:") == [
        "ERROR   -  entries/2024-03-02.md:3: day range 1-100000 runs to 2297-12-15, after the "
        "as-of date 2024-03-10; fix the range, or mark the entry 'draft: true'"
    ]
    checked = journal(journal_site.root, "check")
    assert checked.exit_code == 1
    assert "entries/2024-03-02.md:3: day range ending 2297-12-15 is in the future" in checked.stdout
    stats = journal(journal_site.root, "stats")
    assert stats.exit_code == 1 and "day range 1-100000 runs to 2297-12-15" in stats.stderr


# --- mkdocs.yml ---------------------------------------------------------------------------------

def test_impossible_as_of_is_one_line_naming_mkdocs_yml_and_the_option(journal_site):
    journal_site.entry("2024-03-01.md", GOOD)
    (journal_site.root / "mkdocs.yml").write_text(
        "site_name: T\nplugins:\n  - journal:\n      as_of: 2024-13-01\n", encoding="utf-8"
    )
    for command in ("check", "stats", "readme"):
        result = journal(journal_site.root, command)
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: mkdocs.yml:4: as_of: '2024-13-01' is not a real date (use YYYY-MM-DD)\n"
        )
