"""Every figure of logged days, on every page and in every file, counts the same dates.

A day range that crosses a month end is the hard case: 2024-08-30 says `day: 2-6`, so it logs
30 and 31 August and 1 to 3 September, on one day page dated 30 August.
"""

from __future__ import annotations

import re

import pytest
from cli_helpers import journal

ENTRIES = {
    "2024-08-10.md": "---\ntitle: Starting out\n---\nFirst steps.\n",
    "2024-08-30.md": "---\ntitle: A long weekend of it\nday: 2-6\n---\nFive days at once.\n",
    "2024-09-04.md": "---\ntitle: Back to one a day\n---\nOne more.\n",
}
AUGUST, SEPTEMBER = 3, 4  # logged dates: 10, 30, 31 August; 1, 2, 3, 4 September


@pytest.fixture(scope="module")
def site(new_site):
    site = new_site("figures")
    for name, text in ENTRIES.items():
        site.entry(name, text)
    site.configure(journal={"as_of": "2024-09-05"})
    site.build()
    return site


def _days(text: str) -> int:
    return int(re.search(r"(\d+) days?", text).group(1))


def test_stats_and_dashboard_count_every_date_a_range_covers(site):
    assert site.stats()["days_logged"] == AUGUST + SEPTEMBER
    card = site.article("").find(cls="journal-card--progress")
    assert card.find("span", cls="journal-card__value").text() == str(AUGUST + SEPTEMBER)


def test_archive_months_add_up_to_the_dashboard(site):
    article = site.article("archive/")
    counts = {
        li.find("a").text(): _days(li.find(cls="journal-count").text())
        for li in article.find_all("li")
    }
    assert counts == {"August": AUGUST, "September": SEPTEMBER}
    assert "7 days logged" in article.find(cls="journal-meta").text()


def test_year_and_month_pages_say_the_same(site):
    article = site.article("archive/2024/")
    year = {
        li.find("a").text(): _days(li.find(cls="journal-count").text())
        for li in article.find("ul", cls="journal-months").find_all("li")
    }
    assert year == {"August 2024": AUGUST, "September 2024": SEPTEMBER}
    by_month = article.find("ul", cls="journal-heatmap__by-month")
    heatmap = {
        name.text(): _days(count.text())
        for name, count in zip(by_month.find_all(cls="journal-heatmap__month"),
                               by_month.find_all(cls="journal-count"), strict=True)
    }
    assert heatmap == year, "the heatmap's month-by-month list counts as the archive does"
    for url, expected in (("archive/2024/08/", AUGUST), ("archive/2024/09/", SEPTEMBER)):
        meta = site.article(url).find("p", cls="journal-meta").text()
        assert meta.startswith(f"{expected} days logged."), (url, meta)


def test_a_range_into_the_next_month_is_listed_there_too(site):
    september = site.article("archive/2024/09/").find_all("li", cls="journal-item")
    titles = [item.find(cls="journal-item__title").text() for item in september]
    assert titles == ["A long weekend of it", "Back to one a day"]
    labels = [item.find(cls="journal-daynum").text() for item in september]
    assert labels == ["Days 2–6", "Day 7"]


def test_readme_block_and_message_count_the_same_days(site):
    readme = site.root / "README.md"
    readme.write_text("<!-- journal:start -->\n<!-- journal:end -->\n", encoding="utf-8")
    result = journal(site.root, "readme", "--write", "README.md")
    assert result.exit_code == 0, result.output
    assert "journal block updated (7 days)" in result.output
    assert "7 / 100 days" in readme.read_text(encoding="utf-8")
    stats = journal(site.root, "stats")
    assert re.search(r"Days logged:\s+7 / 100", stats.output), stats.output
