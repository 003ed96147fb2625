"""`journal new`: the entry file it writes, the day number it picks, and what it refuses to do."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import zoneinfo

import yaml
from cli_helpers import JOURNAL_SCRIPT, journal, write


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1]), text


def test_new_writes_todays_entry_in_the_configured_time_zone(journal_site):
    # Kiritimati is UTC+14: its date differs from UTC's for ten hours a day.
    journal_site.configure(journal={"timezone": "Pacific/Kiritimati"})
    today = dt.datetime.now(zoneinfo.ZoneInfo("Pacific/Kiritimati")).date()
    result = journal(journal_site.root, "new", "--title", "Closures: part 1", "--tag", "rust",
                     "--tag", "Borrow checker")
    assert result.exit_code == 0, result.output
    expected = f"entries/{today.year}/{today.isoformat()}.md"
    assert result.stdout == expected + "\n"
    meta, text = front_matter(journal_site.root / expected)
    assert meta == {"date": today, "title": "Closures: part 1", "tags": ["rust", "Borrow checker"],
                    "day": 1}
    assert "\ndate: " in text  # block style, one key a line, as a person would write it
    body = text.split("---\n", 2)[2]
    assert "**Today's progress:**" in body


def test_new_entry_builds_into_a_day_page(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-08.md", "---\ntitle: Before\n---\nFirst.\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-09", "--title", "Iterators")
    assert result.stdout == "entries/2024/2024-03-09.md\n"
    journal_site.build()
    page = journal_site.html("2024/03/09/")
    assert "Iterators" in page and "Day 2" in page
    assert journal_site.stats()["current_streak"]["days"] == 2


def test_next_day_number_follows_logged_days_and_explicit_restarts(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-01.md", "One.\n")
    journal_site.entry("2024-03-04.md", "Two, after a gap.\n")
    journal_site.entry("2024-03-05.md", "---\nday: 10\n---\nRestarted the count.\n")
    journal(journal_site.root, "new", "--date", "2024-03-09")
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-09.md")
    assert meta["day"] == 11
    # A day filled in between existing ones gets the number it has in the journal.
    journal(journal_site.root, "new", "--date", "2024-03-02")
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-02.md")
    assert meta["day"] == 2


def test_next_day_number_with_calendar_numbering(journal_site):
    journal_site.configure(journal={"numbering": "calendar", "start": "2024-02-01"})
    journal_site.entry("2024-02-01.md", "Start.\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-01")
    assert result.exit_code == 0, result.output
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-01.md")
    assert meta["day"] == 30
    # Before the challenge started there is no day number to write.
    journal(journal_site.root, "new", "--date", "2024-01-15")
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-01-15.md")
    assert "day" not in meta


def test_new_refuses_a_date_that_already_has_an_entry(journal_site):
    journal_site.configure()
    existing = journal_site.entry("notes/march-8.md", "---\ndate: 2024-03-08\n---\nMine.\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-08")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: entries/notes/march-8.md already holds the entry for 2024-03-08; edit it, "
        "or add a second entry for that date with --force\n"
    )
    assert existing.read_text(encoding="utf-8") == "---\ndate: 2024-03-08\n---\nMine.\n"
    assert not (journal_site.root / "entries/2024").exists()


def test_force_adds_a_second_entry_and_never_overwrites(journal_site):
    journal_site.configure()
    journal_site.entry("2024/2024-03-07.md", "Day one.\n")
    first = journal_site.entry("2024/2024-03-08.md", "---\ntitle: Morning\n---\nMine.\n")
    before = first.read_bytes()
    second = journal(journal_site.root, "new", "--date", "2024-03-08", "--force",
                     "--title", "Evening")
    third = journal(journal_site.root, "new", "--date", "2024-03-08", "--force")
    assert (second.exit_code, third.exit_code) == (0, 0)
    assert second.stdout == "entries/2024/2024-03-08-2.md\n"
    assert third.stdout == "entries/2024/2024-03-08-3.md\n"
    assert first.read_bytes() == before
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-08-2.md")
    assert meta["day"] == 2  # the same day as the entry already there
    journal_site.build()
    page = journal_site.html("2024/03/08/")
    assert page.index("Mine.") < page.index("Evening") < page.index("Today's progress")


def test_new_refuses_future_and_malformed_dates(journal_site):
    journal_site.configure()
    future = dt.date.today() + dt.timedelta(days=3)
    result = journal(journal_site.root, "new", "--date", future.isoformat())
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {future} is in the future (today is ")
    result = journal(journal_site.root, "new", "--date", "2024-02-30")
    assert result.exit_code == 2
    assert "'2024-02-30' is not a date (use YYYY-MM-DD)" in result.stderr
    assert list((journal_site.root / "entries").iterdir()) == []


def test_new_reuses_the_journals_spelling_of_a_tag(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-01.md", "---\ntags: [Python, Machine Learning]\n---\nx\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-02",
                     "--tag", "python, machinelearning", "--tag", "new one")
    assert result.exit_code == 0
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-02.md")
    assert meta["tags"] == ["Python", "Machine Learning", "new one"]
    assert "using the journal's spelling 'Python' for tag 'python'" in result.stderr


def test_new_refuses_while_an_entry_is_broken(journal_site):
    journal_site.configure()
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\ntags: [a\n---\nx\n")
    journal_site.entry("2024-03-02.md", "---\ndate: 2024-13-01\n---\nx\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-03")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: entries/2024-03-01.md:3: front matter is not valid YAML"
    )
    assert result.stderr.endswith("(and 1 more problem; run 'journal check')\n")
    assert "Traceback" not in result.output
    assert not (journal_site.root / "entries/2024").exists()


def test_new_works_from_a_subfolder_and_prints_a_path_from_there(journal_site):
    journal_site.configure()
    subfolder = journal_site.root / "entries" / "2024"
    subfolder.mkdir()
    result = journal(subfolder, "new", "--date", "2024-03-05")
    assert result.exit_code == 0, result.output
    assert result.stdout == "2024-03-05.md\n"
    assert (subfolder / "2024-03-05.md").is_file()


def test_edit_opens_the_new_file_in_the_users_editor(journal_site, tmp_path_factory):
    journal_site.configure()
    scratch = tmp_path_factory.mktemp("editor")
    record = scratch / "opened.txt"
    editor = write(scratch / "fake-editor", f'#!/bin/sh\nprintf "%s" "$1" > "{record}"\n')
    editor.chmod(0o755)
    env = {**os.environ, "EDITOR": str(editor), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("VISUAL", None)
    result = subprocess.run(
        [str(JOURNAL_SCRIPT), "new", "--date", "2024-03-06", "--edit"],
        cwd=journal_site.root, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "entries/2024/2024-03-06.md\n"
    assert record.read_text() == str(journal_site.root / "entries/2024/2024-03-06.md")


def test_edit_reports_a_failing_editor_but_keeps_the_entry(journal_site):
    journal_site.configure()
    result = journal(journal_site.root, "new", "--date", "2024-03-06", "--edit",
                     env={"EDITOR": "false", "VISUAL": None})
    assert result.exit_code == 1
    assert result.stderr == "Error: false: Editing failed\n"
    assert (journal_site.root / "entries/2024/2024-03-06.md").is_file()


def test_back_dated_entry_never_repeats_a_later_days_number(journal_site):
    # Day 1 two days ago, today's entry written with `journal new` as day 2, then yesterday's
    # entry back-dated: day 2 is taken, and it is the only number that would fit.
    journal_site.configure(journal={"as_of": "2024-03-03"})
    journal_site.entry("2024/2024-03-01.md", "---\ndate: 2024-03-01\nday: 1\n---\nOne.\n")
    journal_site.entry("2024/2024-03-03.md", "---\ndate: 2024-03-03\nday: 2\n---\nTwo.\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-02", "--title", "Catching up")
    assert result.exit_code == 0, result.output
    assert result.stdout == "entries/2024/2024-03-02.md\n"
    assert "2024-03-02 gets no day number" in result.stderr
    assert "entries/2024/2024-03-03.md" in result.stderr
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-02.md")
    assert "day" not in meta
    check = journal(journal_site.root, "check")
    assert check.exit_code == 0, check.output
    journal_site.build()
    labels = [
        [span.text() for span in journal_site.article(f"2024/03/0{day}/").find_all(
            "span", cls="journal-daynum")][:1]
        for day in (1, 2, 3)
    ]
    assert labels == [["Day 1"], [], ["Day 2"]]
    assert "Catching up" in journal_site.html("2024/03/02/")


def test_back_dated_entry_gets_the_number_of_its_date_when_later_days_are_counted(journal_site):
    # Later entries without `day:` are renumbered by the site, so the new one takes its place.
    journal_site.configure(journal={"as_of": "2024-03-03"})
    journal_site.entry("2024/2024-03-01.md", "One.\n")
    journal_site.entry("2024/2024-03-03.md", "Two.\n")
    result = journal(journal_site.root, "new", "--date", "2024-03-02")
    assert result.exit_code == 0 and result.stderr == "", result.output
    meta, _ = front_matter(journal_site.root / "entries/2024/2024-03-02.md")
    assert meta["day"] == 2
    assert journal(journal_site.root, "check").exit_code == 0
    journal_site.build()
    assert "Day 3" in journal_site.html("2024/03/03/")
