"""'On this day': earlier years' entries of the same date, across a leap day, on a built site."""

from __future__ import annotations

import datetime as dt

from conftest import JournalSite
from hypothesis import given
from hypothesis import strategies as st
from mkdocs_journal.core.anniversaries import OnThisDay, anniversary
from mkdocs_journal.core.journal import build_journal
from mkdocs_journal.core.parsing import parse_entry


def days(*dates: str) -> OnThisDay:
    entries = [
        parse_entry(f"entries/{date}.md", f"---\ndate: {date}\n---\nWork.\n") for date in dates
    ]
    return OnThisDay(build_journal(entries).days)


def found(index: OnThisDay, date: str) -> list[str]:
    return [day.date.isoformat() for day in index.earlier(dt.date.fromisoformat(date))]


def test_earlier_years_newest_first_and_never_the_same_year() -> None:
    index = days("2022-03-10", "2023-03-10", "2024-03-10", "2024-03-11")
    assert found(index, "2024-03-10") == ["2023-03-10", "2022-03-10"]
    assert found(index, "2025-03-10") == ["2024-03-10", "2023-03-10", "2022-03-10"]
    assert found(index, "2022-03-10") == []
    assert found(index, "2025-03-12") == []


def test_a_leap_day_is_remembered_on_28_february_of_common_years() -> None:
    index = days("2024-02-28", "2024-02-29", "2024-03-01")
    assert found(index, "2025-02-28") == ["2024-02-29", "2024-02-28"]
    assert found(index, "2025-03-01") == ["2024-03-01"]
    # In the next leap year each date has its own anniversary again.
    assert found(index, "2028-02-29") == ["2024-02-29"]
    assert found(index, "2028-02-28") == ["2024-02-28"]
    assert found(index, "2028-03-01") == ["2024-03-01"]


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.integers(2000, 2099))
def test_every_date_has_one_anniversary_a_year(date: dt.date, year: int) -> None:
    later = anniversary(date, year)
    assert later.year == year and later.month == date.month
    assert later.day == date.day or (date.day, later.day) == (29, 28)


def test_day_pages_and_the_dashboard_show_earlier_years(journal_site: JournalSite) -> None:
    journal_site.configure({"as_of": "2025-02-28"})
    journal_site.entry(
        "2024-02-29.md", "---\ndate: 2024-02-29\ntitle: Leap <day> & 'fun'\n---\nA.\n"
    )
    journal_site.entry("2023-02-28.md", "---\ndate: 2023-02-28\ntitle: A year before\n---\nB.\n")
    journal_site.entry("2025-02-28.md", "---\ndate: 2025-02-28\ntitle: Today\n---\nC.\n")
    journal_site.build()
    aside = journal_site.article("2025/02/28/").find("aside", cls="journal-on-this-day")
    titles = [link.text() for link in aside.find_all("a")]
    assert titles == ["Leap <day> & 'fun'", "A year before"]
    assert journal_site.follow("2025/02/28/", aside.find("a").attrs["href"]) == "2024/02/29/"
    assert "Leap &lt;day&gt; &amp;" in journal_site.html("2025/02/28/")
    dashboard = journal_site.article("").find("aside", cls="journal-on-this-day")
    assert [link.text() for link in dashboard.find_all("a")] == titles
    # A day with no earlier years has no such section.
    assert journal_site.article("2024/02/29/").find_all("aside", cls="journal-on-this-day") == []
