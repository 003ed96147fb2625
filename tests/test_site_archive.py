"""Archive (index, year, month pages) and the dashboard home page of a built journal.

The journal crosses a year end and a leap day:
  2023-12-30 … 2024-01-02  four days in a row (the best streak)
  2024-01-10               two entries
  2024-02-28 … 2024-03-01  three days in a row, through 29 February
As of 2024-03-02 the current streak is the one that ended yesterday: 3 days.
"""

from __future__ import annotations

import json
import re

import pytest

AS_OF = "2024-03-02"
ENTRIES = [
    # file, date, title, tags
    ("2023-12-30.md", "2023-12-30", "Setting up the editor", ["tooling"]),
    ("2023-12-31.md", "2023-12-31", "Shell aliases", ["tooling", "shell"]),
    ("2024-01-01.md", "2024-01-01", "New year, new regexes", ["regex"]),
    ("2024-01-02.md", "2024-01-02", "Lookaheads", ["regex"]),
    ("2024-01-10-a.md", "2024-01-10", "Morning: sed", ["shell", "regex"]),
    ("2024-01-10-b.md", "2024-01-10", "Evening: awk", ["shell"]),
    ("2024-02-28.md", "2024-02-28", "Make basics", ["tooling"]),
    ("2024-02-29.md", "2024-02-29", "Leap day linker errors", ["c"]),
    ("2024-03-01.md", "2024-03-01", "Static libraries", ["c", "tooling"]),
]
LOGGED = sorted({date for _, date, _, _ in ENTRIES})
RECENT = 3
TOP_TAGS = 2


def write_journal(site) -> None:
    for file, date, title, tags in ENTRIES:
        front = f"date: {date}\ntitle: {json.dumps(title)}\ntags: {json.dumps(tags)}"
        site.entry(file, f"---\n{front}\n---\nNotes about {title.lower()}.\n")


@pytest.fixture(scope="module", params=[True, False], ids=["dir-urls", "file-urls"])
def site(request, new_site):
    journal = new_site("archive")
    write_journal(journal)
    journal.configure(
        journal={"as_of": AS_OF, "recent": RECENT, "top_tags": TOP_TAGS, "goal": 30},
        use_directory_urls=request.param,
    )
    journal.build()
    return journal


def day_url(site, date: str) -> str:
    return site.url(date.replace("-", "/"))


def links_by_text(site, url: str, container) -> dict[str, str]:
    return {a.text(): site.follow(url, a.attrs["href"]) for a in container.find_all("a")}


# --- archive ---------------------------------------------------------------------------------


def test_archive_index_links_each_year_and_month(site):
    url = site.index_url("archive")
    article = site.article(url)
    assert article.find("h1").text() == "Archive"
    links = links_by_text(site, url, article)
    assert site.article(links["2024"]).find("h1").text() == "2024"
    assert site.article(links["2023"]).find("h1").text() == "2023"
    months = [a.text() for a in article.find_all("a") if not a.text().isdigit()]
    assert months == ["March", "February", "January", "December"]
    for name in months:
        assert site.article(links[name]).find("h1").text().startswith(name)


def test_archive_counts_days_and_entries_per_month(site):
    article = site.article(site.index_url("archive"))
    january = next(li for li in article.find_all("li") if li.find("a").text() == "January")
    assert "3 days" in january.text() and "4 entries" in january.text()


def month_url(site, year: int, month: int) -> str:
    links = links_by_text(site, site.index_url("archive"), site.article(site.index_url("archive")))
    name = ["January", "February", "March", "December"][[1, 2, 3, 12].index(month)]
    url = links[name]
    assert site.article(url).find("h1").text() == f"{name} {year}"
    return url


def test_month_page_lists_every_entry_of_the_month_linked_to_its_day(site):
    url = month_url(site, 2024, 1)
    items = site.article(url).find_all("li", cls="journal-item")
    listed = [
        (item.find("time").attrs["datetime"], item.find("a").text(),
         site.follow(url, item.find("a").attrs["href"]))
        for item in items
    ]
    expected = [(date, title, day_url(site, date)) for _, date, title, _ in ENTRIES
                if date.startswith("2024-01")]
    assert sorted(listed) == sorted(expected)


def test_month_pages_link_to_the_months_before_and_after(site):
    february = month_url(site, 2024, 2)
    article = site.article(february)
    assert site.follow(february, article.find("a", rel="prev").attrs["href"]) == month_url(
        site, 2024, 1)
    assert site.follow(february, article.find("a", rel="next").attrs["href"]) == month_url(
        site, 2024, 3)


def heatmap_cells(site, url: str) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Cells that open a day (date → (title, target page)) and the titles of the others."""
    figure = site.article(url).find("figure", cls="journal-heatmap")
    linked, plain = {}, []
    for cell in figure.find("div", cls="journal-heatmap__grid").find_all(cls="journal-cell"):
        title = cell.attrs.get("title")
        if title is None:
            continue  # padding outside the range
        assert cell.attrs["aria-label"] == title
        if "data-href" in cell.attrs:
            date = title[:10]
            linked[date] = (title, site.follow(url, cell.attrs["data-href"]))
        else:
            plain.append(title)
    return linked, plain


def month_list(site, url: str) -> dict[str, tuple[str, str]]:
    """The text alternative under the chart: logged date → (link text, target page)."""
    figure = site.article(url).find("figure", cls="journal-heatmap")
    days = {}
    for link in figure.find("details", cls="journal-heatmap__days").find_all("a"):
        days[link.attrs["title"][:10]] = (link.text(), site.follow(url, link.attrs["href"]))
    return days


def test_year_page_has_a_heatmap_of_its_year(site):
    url = site.article(site.index_url("archive"))
    links = links_by_text(site, site.index_url("archive"), url)
    linked, plain = heatmap_cells(site, links["2023"])
    assert sorted(linked) == ["2023-12-30", "2023-12-31"]
    assert len(linked) + len(plain) == 365
    assert all(re.match(r"2023-\d\d-\d\d: nothing logged", title) for title in plain)
    title, target = linked["2023-12-31"]
    assert "Shell aliases" in title and target == day_url(site, "2023-12-31")
    assert month_list(site, links["2023"]) == {
        "2023-12-30": ("30", day_url(site, "2023-12-30")),
        "2023-12-31": ("31", day_url(site, "2023-12-31")),
    }


def test_heatmap_is_a_grid_of_weekday_rows_with_one_tab_stop_and_a_legend(site):
    figure = site.article(site.index_url("")).find("figure", cls="journal-heatmap")
    grid = figure.find("div", cls="journal-heatmap__grid")
    assert grid.attrs["role"] == "grid" and grid.attrs["tabindex"] == "0"
    assert grid.attrs["aria-label"] == figure.find("figcaption").text()
    rows = grid.find_all(role="row")
    headers = [row.find(role="rowheader").text() for row in rows]
    assert headers == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    weeks = {len(row.find_all(role="gridcell")) for row in rows}
    assert len(weeks) == 1 and weeks.pop() >= 9, "a cell per week in every row"
    # One keyboard stop: no link or other tab stop inside the chart (journal.js moves in it).
    assert grid.find_all("a") == []
    assert [node for node in grid.iter() if "tabindex" in node.attrs] == []
    starts = [node for node in grid.iter() if "data-start" in node.attrs]
    assert len(starts) == 1 and starts[0].attrs["title"].startswith(LOGGED[-1])
    legend = figure.find(cls="journal-heatmap__legend").text()
    assert "Words per day:" in legend and "nothing logged" in legend
    assert re.search(r"≤ \d+", legend) and re.search(r"> \d+", legend)


# --- dashboard -------------------------------------------------------------------------------


def test_dashboard_is_the_home_page_with_the_streaks_of_stats_json(site):
    article = site.article(site.index_url(""))
    stats = site.stats()
    cards = article.find_all(cls="journal-card__value")
    shown = {node.attrs["data-stat"]: int(node.text()) for node in cards}
    assert shown == {
        "current_streak": stats["current_streak"]["days"],
        "best_streak": stats["best_streak"]["days"],
        "days_logged": stats["days_logged"],
        "entries": stats["entries"],
    }
    assert stats["current_streak"] == {"days": 3, "start": "2024-02-28", "end": "2024-03-01"}
    assert stats["best_streak"] == {"days": 4, "start": "2023-12-30", "end": "2024-01-02"}
    assert stats["days_logged"] == 8 and stats["entries"] == 9
    best = article.find(cls="journal-card--best").text()
    assert "30 Dec 2023" in best and "2 Jan 2024" in best


def test_dashboard_progress_bar_shows_days_logged_against_the_goal(site):
    bar = site.article(site.index_url("")).find(role="progressbar")
    assert bar.attrs["aria-valuenow"] == "8"
    assert bar.attrs["aria-valuemax"] == "30"
    width = bar.find(cls="journal-progress__bar").attrs["style"]
    assert re.search(r"width:\s*27%", width), width  # 8 / 30
    assert site.stats()["progress"] == pytest.approx(8 / 30, abs=1e-3)


def test_dashboard_heatmap_cells_name_the_day_and_link_to_its_page(site):
    linked, plain = heatmap_cells(site, site.index_url(""))
    assert sorted(linked) == LOGGED
    for date, (title, target) in linked.items():
        assert target == day_url(site, date)
        titles = [t for _, d, t, _ in ENTRIES if d == date]
        assert all(t in title for t in titles), title
    assert any(title.startswith("2024-03-02") for title in plain)  # as-of date ends the map
    assert not any(title.startswith("2024-03-03") for title in plain + list(linked))
    listed = month_list(site, site.index_url(""))
    assert {date: target for date, (_, target) in listed.items()} == {
        date: target for date, (_, target) in linked.items()
    }, "every day the chart opens is a link in the month-by-month list too"


def test_dashboard_lists_top_tags_with_counts_linked_to_their_pages(site):
    url = site.index_url("")
    section = site.article(url).find("section", cls="journal-top-tags")
    shown = [
        (item.find("a").text(), int(item.find(cls="journal-count").text()),
         site.follow(url, item.find("a").attrs["href"]))
        for item in section.find_all("li")
    ]
    assert [(name, count) for name, count, _ in shown] == [("tooling", 4), ("regex", 3)]
    for name, _, target in shown:
        assert site.article(target).find("h1").text() == f"#{name}"


def test_dashboard_lists_recent_entries_newest_first(site):
    url = site.index_url("")
    section = site.article(url).find("section", cls="journal-recent")
    items = section.find_all("li", cls="journal-item")
    shown = [(item.find("a").text(), site.follow(url, item.find("a").attrs["href"]))
             for item in items]
    assert shown == [
        ("Static libraries", day_url(site, "2024-03-01")),
        ("Leap day linker errors", day_url(site, "2024-02-29")),
        ("Make basics", day_url(site, "2024-02-28")),
    ]


# --- a site with its own home page ------------------------------------------------------------


@pytest.fixture(scope="module")
def own_home(new_site):
    journal = new_site("own-home")
    write_journal(journal)
    journal.doc("index.md", "# Welcome to my log\n\nWhy I started.\n")
    journal.doc("about.md", "# About me\n")
    journal.configure(journal={"as_of": AS_OF})
    journal.build()
    return journal


def test_users_index_stays_the_home_page_and_the_dashboard_moves(own_home):
    assert own_home.article("").find("h1").text() == "Welcome to my log"
    dashboard = own_home.article("dashboard/")
    assert dashboard.find(cls="journal-card__value", **{"data-stat": "best_streak"}).text() == "4"


def test_navigation_has_home_dashboard_archive_tags_and_own_pages(own_home):
    nav = own_home.page("about/").find("nav", cls="md-nav--primary")
    entries = [
        (a.text(), own_home.follow("about/", a.attrs["href"]))
        for a in nav.find_all("a", cls="md-nav__link")
    ]
    assert entries == [
        ("Welcome to my log", ""),
        ("Dashboard", "dashboard/"),
        ("Archive", "archive/"),
        ("Tags", "tags/"),
        ("About me", "about/"),
    ]
