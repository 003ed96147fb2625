"""Importing a #100DaysOfCode log kept in rounds (`R1D1`, `R2D5`): each day lands in its round."""

from __future__ import annotations

from cli_helpers import journal, write
from conftest import JournalSite
from mkdocs_journal.cli.importers.sections import read_day_heading

LOG = """\
# My log

### R1D1: January 5, 2024
**Today's Progress**: Started HTML.

### R1D2: January 6, 2024
**Today's Progress**: CSS grid.

### R2D1: February 28, 2024
**Today's Progress**: Back for round two, with Python.

### R2 Day 2: March 2, 2024
**Today's Progress**: Lists and dicts.
"""


def test_round_headings_are_read() -> None:
    reading = read_day_heading("R2D5: March 3, 2024")
    assert reading is not None and (reading.round, reading.day) == (2, 5)
    assert str(reading.date) == "2024-03-03"
    spaced = read_day_heading("r3 · Day 12 - 3/4/2024", month_first=True)
    assert spaced is not None and (spaced.round, spaced.day) == (3, 12)
    plain = read_day_heading("Day 5: March 3, 2024")
    assert plain is not None and plain.round is None
    assert read_day_heading("Roadmap: March 3, 2024") is None


def test_an_imported_round_log_builds_into_its_rounds(journal_site: JournalSite) -> None:
    journal_site.configure({"rounds": [
        {"name": "#100DaysOfCode", "start": "2024-01-05"},
        {"name": "#100DaysOfPython", "start": "2024-03-01"},
    ]})
    write(journal_site.root / "log.md", LOG)
    result = journal(journal_site.root, "import", "log.md")
    assert result.exit_code == 0, result.output
    text = (journal_site.root / "entries" / "2024" / "2024-02-28.md").read_text(encoding="utf-8")
    assert "day: 1\nround: 2\n" in text
    journal_site.build()
    # R2D1 is dated before round 2's start, and still opens round 2: the heading said so.
    labels = {
        path: journal_site.article(path).find(cls="journal-daynum").text()
        for path in ("2024/01/06/", "2024/02/28/", "2024/03/02/")
    }
    assert labels == {
        "2024/01/06/": "R1 · Day 2", "2024/02/28/": "R2 · Day 1", "2024/03/02/": "R2 · Day 2",
    }
    assert journal(journal_site.root, "check").output == "4 entries checked: no problems\n"
