"""Importing README journals: each shape on journals written for these tests, refusals,
the "nothing lost" accounting, and the files an import plans and writes.

The journals are in tests/fixtures/import/; expected values below were read off them by hand.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.cli.importers import (
    FORMATS,
    PREAMBLE_FILE,
    ImportProblem,
    ImportResult,
    apply_plan,
    detect_format,
    parse_journal,
    plan_import,
)
from mkdocs_journal.cli.importers.gfm import commonmark_to_python_markdown
from mkdocs_journal.core.errors import JournalError
from mkdocs_journal.core.files import load_entries
from mkdocs_journal.core.journal import build_journal

FIXTURES = Path(__file__).parent / "fixtures" / "import"
TABLE_START = dt.date(2024, 1, 1)
D = dt.date


def source(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def parse(name: str, **options) -> ImportResult:
    return parse_journal(source(name), source=name, **options)


def summary(result: ImportResult) -> list[tuple]:
    return [
        (e.date, e.day, e.day_end, e.title, e.tags, e.first_line, e.last_line)
        for e in result.entries
    ]


def accounting(result: ImportResult) -> Counter[int]:
    """How many times each line number is claimed by the preamble, an entry or a report."""
    claimed: Counter[int] = Counter()
    if result.preamble_lines:
        claimed.update(range(result.preamble_lines[0], result.preamble_lines[1] + 1))
    for entry in result.entries:
        claimed.update(range(entry.first_line, entry.last_line + 1))
    claimed.update(item.line for item in result.not_imported)
    return claimed


def line_count(text: str) -> int:
    return len(text.replace("\r\n", "\n").removesuffix("\n").split("\n")) if text else 0


# --- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        ("dated-tags.md", "dated-tags"),
        ("day-ordinal.md", "day-ordinal"),
        ("day-numeric.md", "day-numeric"),
        ("log-template.md", "log-template"),
        ("table.md", "table"),
    ],
)
def test_each_shape_is_detected(name, shape):
    assert detect_format(source(name)) == shape
    assert parse(name, start=TABLE_START).format == shape


def test_every_shape_is_registered_by_name():
    assert set(FORMATS) == {"dated-tags", "day-ordinal", "day-numeric", "log-template", "table"}
    assert all(fmt.name == name for name, fmt in FORMATS.items())


# --- shape 1: date headings and a tags line ------------------------------------------------


def test_dated_tags_entries_in_source_order_with_tags_and_titles():
    result = parse("dated-tags.md")
    # A heading with only a date gives no title: the site says "Day N", the body stays whole.
    assert summary(result) == [
        (D(2021, 3, 4), None, None, None, ("joins", "window functions"), 8, 15),
        (D(2021, 3, 3), None, None, None, ("indexes", "explain"), 16, 24),
        (D(2021, 3, 3), None, None, "second sitting", ("indexes",), 25, 29),
        # a blank line before `Tags:` (line 31) does not stop it being the tags line
        (D(2021, 3, 2), None, None, None, ("basics",), 30, 38),
    ]


def test_tags_line_is_not_repeated_in_the_body_and_html_and_tables_are_kept():
    entries = parse("dated-tags.md").entries
    assert all("Tags:" not in entry.body for entry in entries)
    assert entries[1].body.endswith("| step | cost |\n|------|------|\n| seq scan | 1200 |")
    assert entries[3].body.startswith("<details><summary>Cheat sheet</summary>")


def test_hand_kept_streak_lines_are_preamble_not_entries():
    result = parse("dated-tags.md")
    assert result.preamble_lines == (1, 7)
    assert "### Current streak: 3 days\n### Best streak: 3 days" in result.preamble
    assert result.preamble.startswith("# Learning SQL, one evening at a time\n")
    assert result.not_imported == []


# --- shape 2: day headings with ordinal dates ----------------------------------------------


def test_day_ordinal_reads_ordinals_month_names_and_day_numbers():
    result = parse("day-ordinal.md")
    assert summary(result) == [
        (D(2022, 3, 1), 0, None, None, (), 4, 8),
        (D(2022, 3, 2), 1, None, None, (), 9, 12),
        (D(2022, 3, 4), 2, None, None, (), 13, 16),  # "4th of March, 2022"
        (D(2022, 3, 5), 3, None, None, (), 17, 20),  # "5th Mar"
    ]
    assert result.preamble == (
        "# A hundred days of drawing\nSketchbook notes, newest at the bottom.\n"
    )


# --- shape 3: day headings with loose month/day/year dates ---------------------------------


@pytest.mark.parametrize(
    ("heading", "day", "day_end", "date"),
    [
        ("## Day 1 - 7/20/2023", 1, None, D(2023, 7, 20)),
        ("## Day 66- 9/23/2023", 66, None, D(2023, 9, 23)),
        ("## Day - 73 - 9/30/2023", 73, None, D(2023, 9, 30)),
        ("## Day 9 - 7/28/2023/", 9, None, D(2023, 7, 28)),
        ("## Day 10 -7/29/2023 /", 10, None, D(2023, 7, 29)),
        ("## DAY 11: 07/30/2023", 11, None, D(2023, 7, 30)),
        ("## Day 12 — 7/31/2023", 12, None, D(2023, 7, 31)),
        ("## **Day 13** - 8/1/2023", 13, None, D(2023, 8, 1)),
        ("### Day 14 - Wednesday 8/2/2023", 14, None, D(2023, 8, 2)),
        ("## Days 42-45 - 8/30/2023", 42, 45, D(2023, 8, 30)),
        ("## Day 46 - 9-3-2023", 46, None, D(2023, 9, 3)),
    ],
)
def test_loose_numeric_day_headings_are_read(heading, day, day_end, date):
    text = f"{heading}\nWorked on the parser.\n"
    assert detect_format(text) == "day-numeric"
    [entry] = parse_journal(text, source="README.md").entries
    assert (entry.day, entry.day_end, entry.date) == (day, day_end, date)
    assert entry.title is None
    assert entry.body == "Worked on the parser."


def test_day_numeric_journal_entries_and_reports():
    result = parse("day-numeric.md")
    assert summary(result) == [
        (D(2023, 7, 20), 1, None, None, ("rust", "cargo"), 5, 11),
        (D(2023, 7, 21), 2, None, None, (), 12, 19),
        (D(2023, 7, 22), 3, None, None, ("rust", "lifetimes"), 20, 26),
        (D(2023, 9, 23), 66, None, None, (), 27, 29),
        (D(2023, 9, 30), 73, None, None, (), 30, 32),
        (D(2023, 10, 1), 74, None, "Error handling", (), 33, 35),  # title after the date
        (D(2023, 10, 3), 76, None, None, (), 39, 41),
    ]
    reports = {item.line: item.reason for item in result.not_imported}
    assert sorted(reports) == [36, 37, 38, 42, 43]
    assert "no month 13" in reports[36]
    assert reports[37] == "under the heading on line 36, whose date can't be read"
    assert "'Links' is not a day entry" in reports[42]


def test_heading_inside_a_code_block_stays_in_the_body():
    entry = parse("day-numeric.md").entries[1]
    assert "## Day 3 - 7/22/2023 <- not a heading" in entry.body
    assert entry.body.count("```") == 2


def test_html_images_and_inline_code_are_kept():
    entries = parse("day-numeric.md").entries
    assert "<kbd>Ctrl</kbd>+<kbd>C</kbd>" in entries[3].body
    assert entries[4].body == "![a diagram of the borrow checker](https://example.org/borrow.png)"
    assert entries[5].body == "`?` turns a `Result` into an early return."


@pytest.mark.parametrize(
    ("heading", "problem"),
    [
        ("## Day 4 - 2/30/2023", "'2/30/2023' is not a real date"),
        ("## Day 5 - 7/24/23", "'7/24/23' has no four-digit year"),
        ("## Day 6", "no date in heading 'Day 6'"),
        ("## Day 7 - 20/7/2023", "'20/7/2023' is not month/day/year (there is no month 20)"),
    ],
)
def test_unreadable_dates_are_reported_with_their_lines_never_guessed(heading, problem):
    text = f"## Day 1 - 7/20/2023\nFirst.\n\n{heading}\nSecond.\n\n## Day 8 - 7/27/2023\nThird.\n"
    result = parse_journal(text, source="README.md")
    assert [entry.day for entry in result.entries] == [1, 8]
    assert [(item.line, item.text) for item in result.not_imported] == [
        (4, heading), (5, "Second."), (6, "")
    ]
    assert problem in result.not_imported[0].reason


def test_numeric_dates_are_not_read_as_day_month_or_month_day_without_being_told():
    text = (
        "## Day 1: 9th July 2018\nFirst.\n\n## Day 2: 7/10/2018\nSecond.\n\n"
        "## Day 3: 11th July 2018\nThird.\n"
    )
    result = parse_journal(text, source="README.md")
    assert result.format == "day-ordinal"
    assert [entry.date for entry in result.entries] == [D(2018, 7, 9), D(2018, 7, 11)]
    assert "could be day/month or month/day" in result.not_imported[0].reason


# --- shape 4: the #100DaysOfCode log template ----------------------------------------------


def test_log_template_days_keep_their_progress_paragraph_whole_and_take_no_title():
    result = parse("log-template.md")
    assert summary(result) == [
        (D(2017, 12, 30), 1, None, None, (), 12, 19),
        (D(2017, 12, 31), 2, None, None, (), 20, 28),
        (D(2018, 1, 2), 3, None, None, (), 29, 36),
    ]
    body = result.entries[0].body
    assert body.startswith("**Today's Progress**: Laid out a tip calculator")
    assert "**Thoughts:** The difference between `justify-content`" in body
    assert body.endswith("**Link to work:** [Tip calculator](https://example.org/tip-calculator)")


def test_log_template_example_day_and_a_day_without_year_are_reported():
    result = parse("log-template.md")
    reports = {item.line: item.reason for item in result.not_imported}
    assert sorted(reports) == list(range(3, 12)) + [37, 38, 39]
    assert "'February 30, 2016' is not a real date" in reports[3]
    assert "'January 3' has no year" in reports[37]
    assert result.preamble == "# 100 Days Of Code - Log\n"


# --- shape 5: a table of days without dates ------------------------------------------------


def test_table_without_start_is_refused_in_one_line():
    with pytest.raises(ImportProblem) as refused:
        parse("table.md")
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith("table.md: ")
    assert "--start YYYY-MM-DD" in message
    assert isinstance(refused.value, JournalError)


def test_table_rows_are_dated_from_the_start_date():
    result = parse("table.md", start=TABLE_START)
    assert summary(result) == [
        (D(2024, 1, 1), 1, None, "Linear regression", (), 7, 7),
        (D(2024, 1, 2), 2, None, "Gradient descent", (), 8, 8),
        (D(2024, 1, 3), 3, 5, "Logistic regression", (), 9, 9),  # day 3 = start + 2
        (D(2024, 1, 8), 8, None, "k-means | clustering", (), 11, 11),  # escaped pipe
    ]


def test_table_updates_become_a_markdown_list_and_the_day_link_is_kept():
    entries = parse("table.md", start=TABLE_START).entries
    assert entries[0].body == (
        "* Fitted a line with NumPy\n* Plotted the residuals\n\n"
        "**Day:** [Day 1](https://example.org/ml-days/tree/main/Day1)"
    )
    html = markdown.markdown(entries[2].body)
    assert "<p>Read chapter 4.</p>" in html
    assert "<li>Sigmoid</li>\n<li>Cross-entropy loss</li>" in html
    assert '<a href="https://example.org/ml-days/tree/main/Day3">Day 3-5</a>' in html


def test_table_header_bad_rows_and_text_after_the_table_are_reported():
    result = parse("table.md", start=TABLE_START)
    assert [(item.line, item.reason) for item in result.not_imported] == [
        (5, "table header (the column names)"),
        (6, "table header"),
        (10, "can't read a day number in the first cell 'Day six' (write e.g. 'Day 12')"),
        (12, "blank line"),
        (13, "not in the table of days"),
    ]
    assert result.preamble_lines == (1, 4)


def test_table_extra_columns_and_tags_column_are_kept():
    text = (
        "| Day | Topic | Notes | Tags | Time |\n|---|---|---|---|---|\n"
        "| Day 1 | Arrays | * slicing <br/> * views | numpy, arrays | 2h |\n"
    )
    [entry] = parse_journal(text, source="log.md", start=D(2024, 2, 1)).entries
    assert entry.title == "Arrays"
    assert entry.tags == ("numpy", "arrays")
    assert entry.body == "* slicing\n* views\n\n**Time:** 2h"


# --- nothing lost --------------------------------------------------------------------------

ALL_FIXTURES = ["dated-tags.md", "day-ordinal.md", "day-numeric.md", "log-template.md", "table.md"]


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_every_source_line_is_in_exactly_one_place(name):
    result = parse(name, start=TABLE_START)
    claimed = accounting(result)
    assert set(claimed) == set(range(1, line_count(source(name)) + 1))
    assert max(claimed.values()) == 1
    lines = source(name).split("\n")
    assert all(lines[item.line - 1] == item.text for item in result.not_imported)


@pytest.mark.parametrize("name", ALL_FIXTURES[:4])
def test_every_line_of_an_entry_keeps_its_text(name):
    """Apart from its heading and tags line, each line of an entry is in the body, in order."""
    lines = source(name).split("\n")
    for entry in parse(name).entries:
        position = 0
        for number in range(entry.first_line + 1, entry.last_line + 1):
            text = " ".join(lines[number - 1].split())
            if not text or text.startswith("Tags:"):
                continue
            found = " ".join(entry.body.split()).find(text, position)
            assert found >= 0, (name, number, text)
            position = found + len(text)


POOL = [
    "## Day 1 - 7/20/2023", "## Day 2 - 7/21/2023/", "## Day 3 - 13/1/2023", "## Day 4",
    "## 2018/9/20", "## 2018/2/30", "## Day 5: 9th July 2018", "### Day 6: July 10, 2018",
    "# Title", "## Notes", "### Subheading", "Tags: a b", "**Tags:** c, d",
    "Some text.", "* item", "  * nested", "1. first", "```", "~~~", "<!--", "-->",
    "| Day | Task | Updates |", "|---|---|---|", "| [Day 7](x) | t | * a </br> * b |",
    "| Day 8-9 | t | u |", "| nope | t | u |", "", "", "    indented", "---",
    "**Today's Progress**: did a thing.",
]


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.sampled_from(POOL), max_size=40),
    fmt=st.sampled_from(["auto", *FORMATS]),
    trailing_newline=st.booleans(),
)
def test_any_journal_is_read_without_losing_a_line(lines, fmt, trailing_newline):
    text = "\n".join(lines) + ("\n" if trailing_newline and lines else "")
    try:
        result = parse_journal(text, source="README.md", fmt=fmt, start=D(2024, 1, 1))
    except ImportProblem as problem:
        assert "\n" not in str(problem)
        return
    claimed = accounting(result)
    assert set(claimed) == set(range(1, line_count(text) + 1))
    assert max(claimed.values(), default=1) == 1
    assert all(entry.first_line <= entry.last_line for entry in result.entries)


# --- refusals ------------------------------------------------------------------------------


def test_unknown_format_is_refused_naming_the_choices():
    with pytest.raises(ImportProblem, match="unknown import format 'wiki' "
                       r"\(choose from auto, table, log-template, dated-tags, day-ordinal"):
        parse_journal("## 2018/9/20\nx\n", source="README.md", fmt="wiki")


def test_text_without_entries_is_refused():
    with pytest.raises(ImportProblem) as refused:
        parse_journal("# My notes\n\nNothing dated here.\n", source="notes.md")
    assert str(refused.value).startswith("notes.md: no journal entries found")
    assert "\n" not in str(refused.value)


def test_forcing_a_shape_that_does_not_fit_is_refused():
    with pytest.raises(ImportProblem, match=r"^dated-tags\.md: no day headings of the "
                       r"day-numeric shape \(like '## Day 1 - 7/20/2023'\) found$"):
        parse("dated-tags.md", fmt="day-numeric")


# --- files ---------------------------------------------------------------------------------


def test_import_writes_entry_files_the_journal_reads_back(tmp_path):
    into = tmp_path / "entries"
    result = parse("day-numeric.md")
    plan = plan_import(result, into)
    assert {planned.action for planned in plan} == {"create"}
    apply_plan(plan)
    assert (into / PREAMBLE_FILE).read_text(encoding="utf-8") == result.preamble
    assert (into / "2023" / "2023-07-20.md").is_file()

    entries = load_entries(into, tmp_path)  # the preamble file is not an entry
    assert [(e.date, e.day, e.title, e.tags) for e in entries] == [
        (e.date, e.day, e.title, e.tags) for e in result.entries
    ]
    journal = build_journal(entries)
    assert [day.label for day in journal.days][:4] == ["Day 1", "Day 2", "Day 3", "Day 66"]


def test_second_entry_of_a_date_gets_a_numbered_file(tmp_path):
    plan = plan_import(parse("dated-tags.md"), tmp_path)
    assert [p.path.relative_to(tmp_path).as_posix() for p in plan] == [
        PREAMBLE_FILE, "2021/2021-03-04.md", "2021/2021-03-03.md", "2021/2021-03-03-2.md",
        "2021/2021-03-02.md",
    ]
    apply_plan(plan)
    second = load_entries(tmp_path, tmp_path)[1]
    assert (second.rel_path, second.title) == ("2021/2021-03-03-2.md", "second sitting")


def test_a_day_range_is_written_as_a_range(tmp_path):
    apply_plan(plan_import(parse("table.md", start=TABLE_START), tmp_path))
    text = (tmp_path / "2024" / "2024-01-03.md").read_text(encoding="utf-8")
    assert "day: 3-5\n" in text
    entry = next(e for e in load_entries(tmp_path, tmp_path) if e.date == D(2024, 1, 3))
    assert (entry.day, entry.day_end, entry.dates[-1]) == (3, 5, D(2024, 1, 5))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in folder.rglob("*") if path.is_file()
    }


def test_rerunning_an_import_plans_only_skips_and_writes_nothing(tmp_path):
    result = parse("day-ordinal.md")
    apply_plan(plan_import(result, tmp_path))
    before = snapshot(tmp_path)
    again = plan_import(parse("day-ordinal.md"), tmp_path)
    assert [planned.action for planned in again] == ["skip-existing"] * 5
    apply_plan(again)
    assert snapshot(tmp_path) == before


def test_a_changed_entry_is_refused_and_kept_without_force(tmp_path):
    apply_plan(plan_import(parse("day-ordinal.md"), tmp_path))
    edited = tmp_path / "2022" / "2022-03-02.md"
    edited.write_text("---\ndate: 2022-03-02\n---\nMy own words.\n", encoding="utf-8")
    os.utime(edited, ns=(1, 1))

    plan = plan_import(parse("day-ordinal.md"), tmp_path)
    actions = {p.path.name: p.action for p in plan}
    assert actions["2022-03-02.md"] == "refuse-existing"
    assert {a for name, a in actions.items() if name != "2022-03-02.md"} == {"skip-existing"}
    apply_plan(plan)
    assert edited.read_text(encoding="utf-8") == "---\ndate: 2022-03-02\n---\nMy own words.\n"
    assert edited.stat().st_mtime_ns == 1


def test_force_overwrites_a_changed_entry_and_nothing_else(tmp_path):
    apply_plan(plan_import(parse("day-ordinal.md"), tmp_path))
    edited = tmp_path / "2022" / "2022-03-02.md"
    edited.write_text("My own words.\n", encoding="utf-8")
    before = snapshot(tmp_path)

    plan = plan_import(parse("day-ordinal.md"), tmp_path, force=True)
    assert {p.path.name: p.action for p in plan if p.action != "skip-existing"} == {
        "2022-03-02.md": "overwrite"
    }
    apply_plan(plan)
    after = snapshot(tmp_path)
    assert "Ellipses: drew pages of them" in edited.read_text(encoding="utf-8")
    assert {name for name in after if after[name] != before[name]} == {"2022/2022-03-02.md"}
    assert not [path for path in tmp_path.rglob(".import-*")]


# --- README Markdown renders on the site as it did on GitHub --------------------------------


def render(body: str) -> str:
    return markdown.markdown(
        commonmark_to_python_markdown(body), extensions=["pymdownx.superfences"]
    )


def test_list_right_after_a_paragraph_is_a_list():
    assert render("**Next steps**\n* read the docs\n* try it").endswith(
        "<ul>\n<li>read the docs</li>\n<li>try it</li>\n</ul>"
    )


def test_two_space_nested_list_stays_nested():
    html = render("- goals:\n  - one\n  - two\n- done")
    assert "<li>goals:<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</li>\n<li>done</li>" in html


def test_code_fence_after_a_list_item_ends_the_list():
    html = render("- wrote a script\n```\necho hi\n```\nThen ran it.\n- cleaned up")
    assert html.count("<ul>") == 2
    assert "<p>Then ran it.</p>" in html
    assert "echo hi" in html and "<li>wrote a script</li>" in html


def test_ordered_number_inside_a_paragraph_is_not_a_list():
    html = render("We met in\n2018. It rained.")
    assert "<ol" not in html


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(POOL + ["- a", "    - b", "\t* c", "text  "]), max_size=30))
def test_fixing_whitespace_keeps_every_line_text(lines):
    out = commonmark_to_python_markdown("\n".join(lines)).split("\n")

    def words(seq):
        return [" ".join(line.split()) for line in seq if line.strip()]

    assert words(out) == words(lines)


def test_day_headings_with_year_first_dates_are_read():
    text = "## Day 1 - 2023-07-20\nStarted.\n\n## Day 2 - 2023/07/21\nGoing.\n"
    result = parse_journal(text, source="README.md")
    assert [(e.day, e.date) for e in result.entries] == [(1, D(2023, 7, 20)), (2, D(2023, 7, 21))]


def test_a_title_that_looks_like_a_date_range_stays_in_the_preamble():
    text = "# 2023-2024 learning log\n\n## Day 1 - 7/20/2023\nStarted.\n"
    result = parse_journal(text, source="README.md")
    assert result.preamble == "# 2023-2024 learning log\n"
    assert [e.day for e in result.entries] == [1]
    assert result.not_imported == []


def test_subsections_of_a_day_stay_in_it_and_a_deeper_dated_heading_is_its_own_day():
    text = (
        "## Day 1 - 7/20/2023\nStarted.\n\n### Notes\nMore.\n\n### Day 1 recap\nGood.\n\n"
        "### Day 2 - 7/21/2023\nA heading one level too deep is still a day.\n"
    )
    result = parse_journal(text, source="README.md")
    # lines 1-9: Day 1 with its two subsections; 10-11: Day 2
    assert [(e.day, e.first_line, e.last_line) for e in result.entries] == [(1, 1, 9), (2, 10, 11)]
    assert "### Notes\nMore.\n\n### Day 1 recap\nGood." in result.entries[0].body
    assert result.not_imported == []


def test_days_inside_an_html_comment_are_not_entries():
    text = (
        "# Log\n<!--\n### Day 0: February 28, 2016\n**Today's Progress**: Example.\n-->\n\n"
        "### Day 1: March 1, 2016\n**Today's Progress**: Real work.\n"
    )
    result = parse_journal(text, source="log.md")
    assert result.format == "log-template"
    assert [(e.day, e.date, e.title) for e in result.entries] == [(1, D(2016, 3, 1), None)]
    assert "### Day 0: February 28, 2016" in result.preamble  # kept, still commented out


# --- Inline text GitHub shows and Python-Markdown would lose ------------------------------------

from mkdocs_journal.cli.importers.inline import github_inline  # noqa: E402


@pytest.mark.parametrize(("text", "expected"), [
    ("Colab: https://colab.research.google.com/drive/1Ve_HQY",
     "Colab: <https://colab.research.google.com/drive/1Ve_HQY>"),
    ("see https://example.org/a.", "see <https://example.org/a>."),
    ("(https://en.wikipedia.org/wiki/Rust_(language))",
     "(<https://en.wikipedia.org/wiki/Rust_(language)>)"),
    ("* https://www.youtube.com/watch?v=9EN_HoEk3KY", "* <https://www.youtube.com/watch?v=9EN_HoEk3KY>"),
    ("www.example.org/docs, then", "[www.example.org/docs](http://www.example.org/docs), then"),
    # Already links, link targets, HTML attributes, reference definitions: as they were.
    ("[docs](https://example.org/x) <https://example.org/y>",
     "[docs](https://example.org/x) <https://example.org/y>"),
    ('<img src="https://example.org/a.png" alt="x https://b.org">',
     '<img src="https://example.org/a.png" alt="x https://b.org">'),
    ("[rules]: https://example.org/rules", "[rules]: https://example.org/rules"),
])
def test_bare_urls_become_links_as_on_github(text, expected):
    assert github_inline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("note <Docker layers> & caching", "note &lt;Docker layers> & caching"),
    ("Vec<T> and </end>", "Vec&lt;T> and &lt;/end>"),
    ("<kbd>Ctrl</kbd> <br> <details><summary>more</summary>",
     "<kbd>Ctrl</kbd> <br> <details><summary>more</summary>"),
    ("a < b and <!-- a comment -->", "a < b and <!-- a comment -->"),
    ("`Vec<T> https://x.org` and ``a ` <b>``", "`Vec<T> https://x.org` and ``a ` <b>``"),
    ("\\<not a tag>", "\\<not a tag>"),
])
def test_angle_bracket_text_that_is_no_html_is_escaped(text, expected):
    assert github_inline(text) == expected


def test_code_blocks_keep_angle_brackets_and_urls():
    fenced = "```text\n<Docker layers> https://example.org\n```"
    assert github_inline(fenced) == fenced
    indented = "Before.\n\n    let v: Vec<T> = https_get();\n    // https://example.org"
    assert github_inline(indented) == indented
    in_list = "- item\n\n    more <Docker layers> https://example.org"
    assert github_inline(in_list) == (
        "- item\n\n    more &lt;Docker layers> <https://example.org>"
    )


def test_inline_rewriting_is_linear_on_adversarial_lines():
    # Unclosed code spans of every length, stray brackets and parentheses: one pass each.
    line = " ".join("`" * n for n in range(1, 400)) + " <a" * 20_000
    line += " https://x.org/" + "(" * 20_000 + ")" * 40_000 + " [" * 20_000 + "](" * 20_000
    result = github_inline(line)
    assert result.count("`") == line.count("`")


def test_imported_urls_are_links_and_angle_text_is_visible_on_the_site(journal_site):
    text = (
        "# My journal\n\n## Day 1 - 3/1/2024\nNote <Docker layers> & caching.\n"
        "Colab: https://colab.research.google.com/drive/abc_1\n\n"
        "```\nlet v: Vec<u8> = vec![];\n```\n"
    )
    apply_plan(plan_import(parse_journal(text, source="README.md"), journal_site.root / "entries"))
    journal_site.configure(journal={"as_of": "2024-03-01"})
    journal_site.build()
    article = journal_site.article("2024/03/01/")
    hrefs = [a.attrs.get("href") for a in article.find_all("a")]
    assert "https://colab.research.google.com/drive/abc_1" in hrefs
    assert "Note <Docker layers> & caching." in article.text()
    assert "let v: Vec<u8> = vec![];" in article.text()
    dashboard = journal_site.article("")
    assert "<Docker layers>" in dashboard.find("p", cls="journal-item__excerpt").text()


def test_an_untitled_imported_day_is_day_n_with_its_first_sentence_once(journal_site):
    first = ("Hectic day but still managed to work on a simple project, a text classifier "
             "for support tickets, in the evening.")
    text = f"# Log\n\n## Day 49 - 3/1/2024\n{first}\nMore notes.\n"
    apply_plan(plan_import(parse_journal(text, source="README.md"), journal_site.root / "entries"))
    entry = (journal_site.root / "entries/2024/2024-03-01.md").read_text(encoding="utf-8")
    assert "title:" not in entry and entry.count("Hectic day") == 1
    journal_site.configure(journal={"as_of": "2024-03-01"})
    journal_site.build()
    article = journal_site.article("2024/03/01/")
    assert article.find("h1").text() == "Day 49"
    assert article.text().count("Hectic day") == 1
    assert first in article.text()
