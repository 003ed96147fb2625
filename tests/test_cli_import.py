"""`journal import`: README journals into entry files, reported line by line, never overwriting.

The seed journals are imported and built into sites whose figures were worked out by hand from
the sources; the other journals here are written for these tests from the issue's descriptions.
"""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from pathlib import Path

import pytest
from cli_helpers import journal, write
from conftest import JournalSite

# Beside the repository; MKDOCS_JOURNAL_SEEDS points elsewhere (from a worktree, say).
SEEDS = Path(os.environ.get("MKDOCS_JOURNAL_SEEDS")
             or Path(__file__).resolve().parents[2] / "shared" / "seeds")

TABLE_JOURNAL = textwrap.dedent("""\
    # My 100 days

    | Day | Task | Updates |
    | --- | --- | --- |
    | [Day 1](https://github.com/me/log/tree/main/Day1) | Set up the repo | * made the repo </br> * wrote a README |
    | [Day 2](https://github.com/me/log/tree/main/Day2) | Linked lists | * reversed a list |
    | [Day 3-5](https://github.com/me/log/tree/main/Day3) | Weekend sprint: a parser | * tokens </br> * tests |
    | [Day 6](https://github.com/me/log/tree/main/Day6) | Pipes \\| filters | * shell |

    Thanks for reading.
    """)  # noqa: E501 (a table row is one line)

NUMERIC_JOURNAL = textwrap.dedent("""\
    # Learning Go

    ## Day 1 - 7/20/2023
    Installed Go.

    ## Day 2- 7/21/2023/
    Tour of Go.

    ## Day - 3 - 7/22/2023
    Slices.

    ## Day 4 - 13/40/2023
    Something with a broken date.

    ## Day 5 - 7/24/2023
    Maps.
    """)


def seed_site(tmp_path_factory, name: str) -> tuple[JournalSite, object]:
    if not (SEEDS / name).is_file():
        pytest.skip(f"seed journal {SEEDS / name} not found (the seeds live outside the repo)")
    root = tmp_path_factory.mktemp(name.removesuffix(".md"))
    (root / "docs").mkdir()
    (root / "entries").mkdir()
    site = JournalSite(root)
    site.configure()
    shutil.copy(SEEDS / name, root / "README.md")
    result = journal(root, "import", "README.md")
    site.build()
    return site, result


@pytest.fixture(scope="module")
def dated_tags(tmp_path_factory):
    return seed_site(tmp_path_factory, "dated-tags-journal.md")


@pytest.fixture(scope="module")
def day_ordinal(tmp_path_factory):
    return seed_site(tmp_path_factory, "day-ordinal-journal.md")


def test_dated_tags_seed_builds_with_its_dates_tags_and_streak(dated_tags):
    site, result = dated_tags
    assert result.exit_code == 0
    assert result.stderr == ""  # every line went into an entry or the preamble
    assert result.stdout.splitlines()[0] == "create          entries/_preamble.md"
    assert result.stdout.splitlines()[-1] == (
        "README.md: 12 entries read as dated-tags; 13 files: 13 created, 0 unchanged, "
        "0 refused, 0 overwritten; 0 lines not imported"
    )
    # 2018/9/9 to 2018/9/20, one heading a day, none missed: twelve days in a row. (The
    # hand-kept "Current streak: 11 days" in its header is preamble, not an entry.)
    stats = site.stats()
    assert stats["days_logged"] == 12
    assert stats["best_streak"] == {"days": 12, "start": "2018-09-09", "end": "2018-09-20"}
    assert (stats["first_date"], stats["last_date"]) == ("2018-09-09", "2018-09-20")
    counts = {tag["name"]: tag["count"] for tag in stats["tags"]}
    # keras: 9/11, 9/12, 9/13, 9/18; image: 9/9, 9/11, 9/12, 9/19; "max pooling" is two tags.
    assert (counts["keras"], counts["image"], counts["CNN"], counts["max"]) == (4, 4, 2, 1)
    assert "Day 1" in site.html("2018/09/09/") and "Day 12" in site.html("2018/09/20/")
    assert "ImageDataGenerator" in site.html("2018/09/11/")
    assert "Current streak" not in "".join(
        path.read_text(encoding="utf-8") for path in (site.root / "entries/2018").iterdir()
    )


def test_day_ordinal_seed_keeps_its_day_numbers_and_gaps(day_ordinal):
    site, result = day_ordinal
    assert result.exit_code == 0
    assert result.stderr == ""
    stats = site.stats()
    # Day 0 (9 July 2018) to Day 9 (21 July); 12-13 and 20 July were missed.
    assert stats["days_logged"] == 10
    assert stats["best_streak"] == {"days": 6, "start": "2018-07-14", "end": "2018-07-19"}
    assert stats["last_streak"] == {"days": 1, "start": "2018-07-21", "end": "2018-07-21"}
    assert stats["current_streak"]["days"] == 0  # as of 2024-03-10
    assert "Day 0" in site.html("2018/07/09/")
    assert "Day 3" in site.html("2018/07/14/")
    assert "Day 9" in site.html("2018/07/21/")
    assert "identify -regard-warnings" in site.html("2018/07/17/")  # the code block came along
    check = journal(site.root, "check")
    assert (check.exit_code, check.stdout) == (0, "10 entries checked: no problems\n")


def test_reimporting_a_seed_writes_nothing(day_ordinal):
    site, _ = day_ordinal
    before = {path: path.read_bytes() for path in (site.root / "entries").rglob("*.md")}
    result = journal(site.root, "import", "README.md")
    assert result.exit_code == 0
    assert set(line.split()[0] for line in result.stdout.splitlines()[:-1]) == {"skip-existing"}
    assert {path: path.read_bytes() for path in (site.root / "entries").rglob("*.md")} == before


def test_table_journal_needs_a_start_date(journal_site):
    journal_site.configure()
    write(journal_site.root / "log.md", TABLE_JOURNAL)
    result = journal(journal_site.root, "import", "log.md")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: log.md")
    assert "--start YYYY-MM-DD" in result.stderr
    assert result.stderr.count("\n") == 1
    assert list((journal_site.root / "entries").iterdir()) == []


def test_table_journal_with_start_builds_day_ranges(journal_site):
    journal_site.configure()
    write(journal_site.root / "log.md", TABLE_JOURNAL)
    result = journal(journal_site.root, "import", "log.md", "--start", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "log.md:3: not imported: table header (the column names): | Day | Task | Updates |",
        "log.md:4: not imported: table header: | --- | --- | --- |",
        "log.md:9: not imported: blank line",
        "log.md:10: not imported: not in the table of days: Thanks for reading.",
    ]
    journal_site.build()
    stats = journal_site.stats()
    # Day 1 on 1 Jan; days 3-5 cover 3-5 Jan; day 6 is 6 Jan: six dates in a row.
    assert stats["best_streak"] == {"days": 6, "start": "2024-01-01", "end": "2024-01-06"}
    assert "Days 3–5" in journal_site.html("2024/01/03/")
    assert "Pipes | filters" in journal_site.html("2024/01/06/")


def test_the_journals_start_setting_serves_as_start(journal_site):
    journal_site.configure(journal={"start": "2024-02-01"})
    write(journal_site.root / "log.md", TABLE_JOURNAL)
    result = journal(journal_site.root, "import", "log.md")
    assert result.exit_code == 0
    assert (journal_site.root / "entries/2024/2024-02-06.md").is_file()


def test_unreadable_heading_is_reported_with_its_lines_and_check_sees_the_gap(journal_site):
    journal_site.configure()
    write(journal_site.root / "go.md", NUMERIC_JOURNAL)
    result = journal(journal_site.root, "import", "go.md")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "go.md:12: not imported: the heading's date can't be read: '13/40/2023' is not "
        "month/day/year (there is no month 13): ## Day 4 - 13/40/2023",
        "go.md:13: not imported: under the heading on line 12, whose date can't be read: "
        "Something with a broken date.",
        "go.md:14: not imported: under the heading on line 12, whose date can't be read",
    ]
    assert result.stdout.splitlines()[-1] == (
        "go.md: 4 entries read as day-numeric; 5 files: 5 created, 0 unchanged, 0 refused, "
        "0 overwritten; 3 lines not imported"
    )
    check = journal(journal_site.root, "check")
    assert check.exit_code == 1
    assert check.stdout.startswith("entries/2023/2023-07-24.md:3: day 5 does not follow day 3")


def test_dry_run_prints_the_plan_and_writes_nothing(journal_site):
    journal_site.configure()
    write(journal_site.root / "go.md", NUMERIC_JOURNAL)
    result = journal(journal_site.root, "import", "go.md", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "create          entries/_preamble.md",
        "create          entries/2023/2023-07-20.md",
        "create          entries/2023/2023-07-21.md",
        "create          entries/2023/2023-07-22.md",
        "create          entries/2023/2023-07-24.md",
        "go.md: 4 entries read as day-numeric; 5 files: 5 to create, 0 unchanged, 0 refused, "
        "0 to overwrite; 3 lines not imported (dry run: nothing written)",
    ]
    assert list((journal_site.root / "entries").iterdir()) == []


def test_a_changed_entry_is_refused_unless_forced(journal_site):
    journal_site.configure()
    write(journal_site.root / "go.md", NUMERIC_JOURNAL)
    journal(journal_site.root, "import", "go.md")
    mine = journal_site.root / "entries/2023/2023-07-21.md"
    mine.write_text(mine.read_text(encoding="utf-8") + "My own note.\n", encoding="utf-8")
    edited = mine.read_bytes()

    for extra in ([], ["--dry-run"], ["--dry-run", "--force"]):
        result = journal(journal_site.root, "import", "go.md", *extra)
        assert mine.read_bytes() == edited
    result = journal(journal_site.root, "import", "go.md")
    assert result.exit_code == 1
    assert "refuse-existing entries/2023/2023-07-21.md" in result.stdout.splitlines()
    assert result.stderr.splitlines()[-1] == (
        "Error: not overwritten: 1 existing file with other text (use --force to overwrite)"
    )
    assert mine.read_bytes() == edited

    result = journal(journal_site.root, "import", "go.md", "--force")
    assert result.exit_code == 0
    assert "overwrite       entries/2023/2023-07-21.md" in result.stdout.splitlines()
    assert "My own note." not in mine.read_text(encoding="utf-8")


def test_a_date_that_already_has_an_entry_in_another_file_is_refused_unless_forced(journal_site):
    journal_site.configure()
    write(journal_site.root / "go.md", NUMERIC_JOURNAL)
    mine = journal_site.entry("go-notes.md", "---\ndate: 2023-07-21\n---\n# My own day\n")
    before = mine.read_bytes()
    imported = "entries/2023/2023-07-21.md"
    for extra in (["--dry-run"], []):
        result = journal(journal_site.root, "import", "go.md", *extra)
        assert result.exit_code == 1
        assert (
            f"refuse-same-date{imported} (entries/go-notes.md has that date)"
            in result.stdout.splitlines()
        )
        assert result.stderr.splitlines()[-1] == (
            "Error: not written: 1 entry whose date already has an entry in another file "
            "(use --force to write them anyway)"
        )
    assert mine.read_bytes() == before
    assert not (journal_site.root / imported).exists()
    assert (journal_site.root / "entries/2023/2023-07-20.md").is_file()  # the others are written
    assert "1 refused" in result.stdout

    result = journal(journal_site.root, "import", "go.md", "--force")
    assert result.exit_code == 0, result.output
    assert f"create          {imported}" in result.stdout.splitlines()
    assert mine.read_bytes() == before
    # Once written, the import's own file is not "another file": a re-run changes nothing.
    result = journal(journal_site.root, "import", "go.md")
    assert result.exit_code == 0, result.output
    assert "0 created, 5 unchanged, 0 refused" in result.stdout


def test_a_second_journal_imported_into_the_same_folder_keeps_its_own_preamble(journal_site):
    journal_site.configure()
    write(journal_site.root / "go.md", NUMERIC_JOURNAL)
    write(journal_site.root / "table.md", TABLE_JOURNAL)
    assert journal(journal_site.root, "import", "go.md").exit_code == 0
    entries = journal_site.root / "entries"
    first = (entries / "_preamble.md").read_bytes()
    for _ in range(2):  # the second run finds its own preamble and writes nothing
        result = journal(journal_site.root, "import", "table.md", "--start", "2024-01-01")
        assert result.exit_code == 0, result.output
    assert "skip-existing   entries/_preamble-2.md" in result.stdout.splitlines()
    assert (entries / "_preamble.md").read_bytes() == first
    assert (entries / "_preamble-2.md").read_text(encoding="utf-8").startswith("# My 100 days")
    assert first.decode().startswith("# Learning Go")


def test_into_another_folder_needs_no_site(tmp_path):
    write(tmp_path / "go.md", NUMERIC_JOURNAL)
    result = journal(tmp_path, "import", "go.md", "--into", "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "out").rglob("*.md")) == [
        "out/2023/2023-07-20.md", "out/2023/2023-07-21.md", "out/2023/2023-07-22.md",
        "out/2023/2023-07-24.md", "out/_preamble.md",
    ]
    # Without --into the entries folder comes from mkdocs.yml, which is not there.
    result = journal(tmp_path, "import", "go.md")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no mkdocs.yml in this folder or its parents")


@pytest.mark.parametrize(
    ("args", "content", "code", "message"),
    [
        (["missing.md"], None, 1, "Error: missing.md: no such file\n"),
        (["notes.md"], b"# Notes\n\nJust some text, no days.\n", 1,
         "Error: notes.md: no journal entries found"),
        (["notes.md"], b"## 2024/3/1\ncaf\xe9\n", 1,
         "Error: notes.md:2: not UTF-8 text (save it with UTF-8 encoding)\n"),
        (["notes.md", "--format", "diary"], b"", 2, "Invalid value for '--format'"),
        (["notes.md", "--start", "soon"], b"", 2, "'soon' is not a date (use YYYY-MM-DD)"),
        (["notes.md", "--format", "table"], b"## Day 1 - 7/20/2023\nText.\n", 1, "Error: "),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(journal_site, args, content, code, message):
    journal_site.configure()
    if content is not None:
        (journal_site.root / "notes.md").write_bytes(content)
    result = journal(journal_site.root, "import", *args)
    assert result.exit_code == code
    assert message in result.stderr
    if code == 1:
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert list((journal_site.root / "entries").iterdir()) == []


def test_stats_json_of_an_imported_seed_matches_the_command(dated_tags):
    site, _ = dated_tags
    result = journal(site.root, "stats", "--json")
    assert json.loads(result.stdout) == site.stats()
