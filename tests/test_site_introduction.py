"""A journal's preamble (what `journal import` keeps above the first day) becomes its
introduction page, in the navigation after the dashboard."""

from __future__ import annotations

import json

PREAMBLE = """\
# X Days of Rust

The [rules](rules.md) I follow, and a chart: ![streak](img/chart.png)

<script>alert("preamble")</script>
"""


def _journal(site, preambles: dict[str, str], **journal) -> None:
    site.entry("2024-03-01.md", "---\ntitle: First\n---\nBody.\n")
    site.entry("rules.md", "---\ndate: 2024-03-02\n---\nThe rules, as an entry.\n")
    (site.root / "entries" / "img").mkdir()
    (site.root / "entries" / "img" / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    for name, text in preambles.items():
        (site.root / "entries" / name).write_text(text, encoding="utf-8")
    site.configure(journal={"as_of": "2024-03-02", **journal})
    site.build()


def _nav(site, url: str) -> list[tuple[str, str]]:
    nav = site.page(url).find("nav", cls="md-nav--primary")
    links = nav.find_all("a", cls="md-nav__link")
    return [(a.text(), site.follow(url, a.attrs["href"])) for a in links]


def test_the_preamble_is_published_after_the_dashboard(journal_site):
    _journal(journal_site, {"_preamble.md": PREAMBLE})
    article = journal_site.article("introduction/")
    assert article.find("h1").text() == "X Days of Rust"
    links = {a.text(): journal_site.follow("introduction/", a.attrs["href"])
             for a in article.find_all("a") if a.text()}
    assert links["rules"] == "2024/03/02/"  # a link to an entry file leads to its day page
    image = article.find("img")
    assert journal_site.follow("introduction/", image.attrs["src"]) == "entries/img/chart.png"
    assert (journal_site.site_dir / "entries" / "img" / "chart.png").is_file()
    assert 'alert("preamble")' in article.text()  # raw script is shown, never run
    assert not article.find_all("script")
    assert [title for title, _ in _nav(journal_site, "introduction/")][:2] == [
        "Dashboard", "Introduction",
    ]
    index = json.loads((journal_site.site_dir / "search" / "search_index.json").read_text())
    assert any(doc["location"].startswith("introduction/") for doc in index["docs"])


def test_preambles_of_several_imports_follow_each_other_in_import_order(journal_site):
    _journal(journal_site, {
        "_preamble-10.md": "Tenth import.\n",
        "_preamble.md": "# First import\n",
        "_preamble-2.md": "Second import.\n",
    })
    text = journal_site.article("introduction/").text()
    assert text.index("First import") < text.index("Second import") < text.index("Tenth import")


def test_leaving_introduction_out_of_pages_keeps_the_preamble_unpublished(journal_site):
    _journal(journal_site, {"_preamble.md": PREAMBLE}, pages=["dashboard", "days"])
    assert not (journal_site.site_dir / "introduction").exists()
    assert "Introduction" not in [title for title, _ in _nav(journal_site, "")]


def test_without_a_preamble_there_is_no_introduction(journal_site):
    _journal(journal_site, {})
    assert not (journal_site.site_dir / "introduction").exists()
    assert [title for title, _ in _nav(journal_site, "")] == ["Dashboard", "Archive", "Tags"]


def test_hand_kept_streak_figures_are_left_out_and_said_so(journal_site):
    _journal(journal_site, {"_preamble.md": (
        "# My log\n\n### Current streak: 11 days\n**Best streak:** 12 days\n\n"
        "My best streak so far came in week two.\n"
    )})
    text = journal_site.article("introduction/").text()
    assert "11 days" not in text and "12 days" not in text
    assert "My best streak so far came in week two." in text
    result = journal_site.build()
    assert "entries/_preamble.md: lines 3, 4 left out of the introduction" in result.stderr
    assert "My log" in (journal_site.root / "entries" / "_preamble.md").read_text()
