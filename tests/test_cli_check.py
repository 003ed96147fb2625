"""`journal check`: a `path:line: problem` line per problem in every file, and the exit code."""

from __future__ import annotations

from cli_helpers import journal


def test_clean_journal_passes_with_a_one_line_summary(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-08.md", "---\ntags: [python]\nday: 1\n---\nParsed dates.\n")
    journal_site.entry("2024/2024-03-09.md", "---\ntags: [Python]\n---\n# Title\n\nMore.\n")
    journal_site.entry("2024/2024-03-09-2.md", "Evening.\n")
    journal_site.entry("2024-03-11.md", "---\ndraft: true\n---\nTomorrow's plan, unpublished.\n")
    result = journal(journal_site.root, "check")
    # 'python' and 'Python' differ in case: that is a problem, so this journal is not clean yet.
    assert result.exit_code == 1
    assert result.stdout == (
        "entries/2024/2024-03-09.md:2: tag 'Python' is written 'python' elsewhere (1×); "
        "use one spelling\n"
        "4 entries checked: 1 error, 0 warnings\n"
    )
    journal_site.entry("2024/2024-03-09.md", "---\ntags: [python]\n---\n# Title\n\nMore.\n")
    result = journal(journal_site.root, "check")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "4 entries checked: no problems\n", ""
    )


def test_every_problem_in_every_file_is_reported(journal_site):
    journal_site.configure()
    entry = journal_site.entry
    entry("01-broken-yaml.md", "---\ndate: 2024-03-01\ntitle: 'unclosed\n---\nx\n")
    entry("02-no-date.md", "---\ntitle: Undated\n---\nNo date anywhere.\n")
    entry("2024-02-30.md", "The file name is not a real date.\n")
    entry("03-bad-date.md", "---\ndate: March 3rd\n---\nx\n")
    entry("2024-03-01.md", "---\ntags: [Machine Learning]\nday: 1\n---\nStart.\n")
    entry("2024-03-02.md", "---\nday: 1\ntags: [machinelearning]\n---\nAgain day 1.\n")
    entry("2024-03-03.md", "---\nday: 5\n---\nSkipped ahead.\n")
    entry("2024-03-04.md", "---\ntitle: Nothing written\n---\n\n")
    entry("2024-03-05.md", "---\ntilte: Typo\ncolour: red\n---\nText.\n")
    entry("2024-03-12.md", "---\ndate: 2024-03-12\n---\nFrom the future.\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "10 entries checked: 9 errors, 2 warnings"
    # Parse errors: one per broken file, worded by the parser the site uses.
    assert lines[0].startswith("entries/01-broken-yaml.md:3: front matter is not valid YAML")
    assert lines[1].startswith("entries/02-no-date.md:1: no date: add 'date: YYYY-MM-DD'")
    assert lines[2].startswith("entries/03-bad-date.md:2: date 'March 3rd' is not a date")
    assert lines[3].startswith("entries/2024-02-30.md: file name starts with '2024-02-30'")
    assert lines[4:-1] == [
        "entries/2024-03-02.md:2: day 1 is already used by entries/2024-03-01.md "
        "(day 1 on 2024-03-01); give each date its own number",
        "entries/2024-03-02.md:3: tag 'machinelearning' is written 'Machine Learning' elsewhere "
        "(1×); use one spelling",
        "entries/2024-03-03.md:2: day 5 does not follow day 1 on 2024-03-01 (expected day 2, "
        "or remove 'day:' to number it automatically)",
        "entries/2024-03-04.md:4: the entry has no text: write what you did that day",
        "entries/2024-03-05.md:2: warning: unknown front-matter key 'tilte' is ignored "
        "(did you mean 'title'?)",
        "entries/2024-03-05.md:3: warning: unknown front-matter key 'colour' is ignored "
        "(known keys: date, day, draft, tags, title)",
        "entries/2024-03-12.md:2: date 2024-03-12 is in the future (as of 2024-03-10); "
        "fix the date or mark it 'draft: true'",
    ]
    assert "Traceback" not in result.output


def test_warnings_alone_do_not_fail(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-09.md", "---\nmood: great\n---\nText.\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 0
    assert result.stdout == (
        "entries/2024-03-09.md:2: warning: unknown front-matter key 'mood' is ignored "
        "(known keys: date, day, draft, tags, title)\n"
        "1 entry checked: 0 errors, 1 warning\n"
    )


def test_calendar_numbering_compares_numbers_with_dates(journal_site):
    journal_site.configure(journal={"numbering": "calendar", "start": "2024-03-01"})
    journal_site.entry("2024-03-01.md", "---\nday: 1\n---\nx\n")
    journal_site.entry("2024-03-03.md", "---\nday: 3\n---\nRight: two days after the start.\n")
    journal_site.entry("2024-03-05.md", "---\nday: 4\n---\nWrong: should be 5.\n")
    journal_site.entry("2024-03-06.md", "---\nday: 6-7\n---\nA range that starts right.\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 1
    assert result.stdout == (
        "entries/2024-03-05.md:2: day 4 disagrees with the date: 2024-03-05 is day 5 counting "
        "from 2024-03-01 (numbering: calendar)\n"
        "4 entries checked: 1 error, 0 warnings\n"
    )


def test_logged_numbering_accepts_ranges_gaps_and_a_day_zero(journal_site):
    journal_site.configure()
    journal_site.entry("2024-02-01.md", "---\nday: 0\n---\nDay zero, as some people count.\n")
    journal_site.entry("2024-02-05.md", "---\nday: 1-3\n---\nThree days in one entry.\n")
    journal_site.entry("2024-02-08.md", "No number: day 4.\n")
    journal_site.entry("2024-02-20.md", "---\nday: 5\n---\nAfter a break.\n")
    result = journal(journal_site.root, "check")
    assert (result.exit_code, result.stdout) == (0, "4 entries checked: no problems\n")


def test_overlapping_ranges_and_disagreeing_entries_of_one_date(journal_site):
    journal_site.configure()
    journal_site.entry("2024-02-01.md", "---\nday: 40-45\n---\nx\n")
    journal_site.entry("2024-02-02.md", "---\nday: 44\n---\nx\n")
    journal_site.entry("2024-02-03.md", "---\nday: 46\n---\nx\n")
    journal_site.entry("2024-02-03-2.md", "---\nday: 47\n---\nx\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "entries/2024-02-02.md:2: day 44 is already used by entries/2024-02-01.md "
        "(days 40-45 on 2024-02-01); give each date its own number",
        "entries/2024-02-03-2.md:2: day 47 differs from day 46 in entries/2024-02-03.md, the other "
        "entry for 2024-02-03 (entries of one date share its day number)",
        "4 entries checked: 2 errors, 0 warnings",
    ]


def test_drafts_may_be_dated_ahead_and_empty(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-09.md", "Published.\n")
    journal_site.entry("2024-04-01.md", "---\ndraft: true\n---\n")
    result = journal(journal_site.root, "check")
    assert (result.exit_code, result.stdout) == (0, "2 entries checked: no problems\n")


def test_file_that_is_not_utf8_is_reported_and_checking_goes_on(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-08.md", "Fine.\n")
    (journal_site.root / "entries" / "2024-03-09.md").write_bytes(b"caf\xe9\n")
    journal_site.entry("2024-03-10.md", "---\ndate: [1, 2]\n---\nx\n")
    result = journal(journal_site.root, "check")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "entries/2024-03-09.md:1: the file is not UTF-8 text (save it with UTF-8 encoding)"
    )
    assert result.stdout.splitlines()[1].startswith("entries/2024-03-10.md:2: ")
    assert result.stdout.splitlines()[-1] == "3 entries checked: 2 errors, 0 warnings"
