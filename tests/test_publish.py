"""Publishing: the Atom feed, the SVG badges and the head tags, read from real builds.

The main site is served under a sub-path (`site_url` https://example.org/myjournal/), the way a
GitHub project page is, so every absolute link must keep the `/myjournal/` part.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from conftest import JournalSite
from mkdocs_journal.core.journal import build_journal
from mkdocs_journal.core.parsing import parse_entry
from mkdocs_journal.publish.badges import badge_svg, progress_badge, streak_badge, text_width
from mkdocs_journal.publish.feed import FeedSettings, atom_feed, feed_content, latest_days
from mkdocs_journal.publish.head import add_to_head, head_tags

SITE_URL = "https://example.org/myjournal/"
ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
NASTY_TITLE = "Tags & <script>alert(1)</script>"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def write_journal(site: JournalSite) -> None:
    site.entry("2024-03-05.md", "# An older day\n\nToo old for a three-day feed.\n")
    site.entry(
        "2024-03-07.md",
        "---\ndate: 2024-03-07 09:30\ntags: [python]\n---\n# Morning session\n\nDecorators.\n",
    )
    site.entry("2024-03-08.md", "---\ntags: [sql]\n---\n# First half\n\nJoins.\n")
    site.entry("2024-03-08-b.md", "---\ntags: [python]\n---\n# Second half\n\nGenerators.\n")
    site.entry("2024-03-09.md", "---\ndraft: true\n---\n# Unfinished\n\nNot yet.\n")
    site.entry(
        "2024-03-10.md",
        f"""\
        ---
        title: "{NASTY_TITLE}"
        tags: ["<b>bold</b>", python]
        ---
        Drew a chart of my streak.

        ![the chart](img/chart.png)

        ## What I learned

        Read [the docs](https://docs.python.org/3/) first.
        """,
    )
    (site.root / "entries" / "img").mkdir()
    (site.root / "entries" / "img" / "chart.png").write_bytes(PNG)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> JournalSite:
    site = JournalSite(tmp_path_factory.mktemp("published"))
    (site.root / "docs").mkdir()
    write_journal(site)
    site.configure(
        journal={"feed_length": 3}, site_url=SITE_URL, site_description="Learning Rust & SQL"
    )
    site.build()
    return site


@pytest.fixture(scope="module")
def feed(site: JournalSite) -> ET.Element:
    return ET.fromstring((site.site_dir / "feed.xml").read_bytes())


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall(f"{ATOM}entry")


def entry_for(feed: ET.Element, date_path: str) -> ET.Element:
    return next(e for e in entries(feed) if e.findtext(f"{ATOM}id") == SITE_URL + date_path)


# --- the feed -------------------------------------------------------------------------------


def test_feed_lists_the_latest_days_newest_first_with_absolute_sub_path_links(feed):
    ids = [entry.findtext(f"{ATOM}id") for entry in entries(feed)]
    assert ids == [SITE_URL + "2024/03/10/", SITE_URL + "2024/03/08/", SITE_URL + "2024/03/07/"]
    for entry in entries(feed):
        # A link without rel is the entry's alternate (its page), as Atom defines.
        links = entry.findall(f"{ATOM}link")
        pages = [link.get("href") for link in links if link.get("rel", "alternate") == "alternate"]
        assert pages == [entry.findtext(f"{ATOM}id")]
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == SITE_URL + "feed.xml"
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == SITE_URL
    assert feed.findtext(f"{ATOM}title") == "Test journal"
    assert feed.findtext(f"{ATOM}subtitle") == "Learning Rust & SQL"


def test_feed_entries_carry_titles_dates_and_tags_escaped_by_the_library(site, feed):
    newest = entry_for(feed, "2024/03/10/")
    assert newest.findtext(f"{ATOM}title") == NASTY_TITLE
    assert {c.get("term") for c in newest.findall(f"{ATOM}category")} == {"<b>bold</b>", "python"}
    raw = (site.site_dir / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in raw and "<b>bold" not in raw
    morning = entry_for(feed, "2024/03/07/")
    assert morning.findtext(f"{ATOM}published") == "2024-03-07T09:30:00+00:00"
    assert morning.findtext(f"{ATOM}title") == "Morning session"
    two = entry_for(feed, "2024/03/08/")
    assert {c.get("term") for c in two.findall(f"{ATOM}category")} == {"sql", "python"}
    # Reproducible: the feed is as new as its newest day, not as the clock.
    assert feed.findtext(f"{ATOM}updated") == "2024-03-10T00:00:00+00:00"


def test_feed_content_is_the_page_body_with_every_link_absolute(feed):
    newest = entry_for(feed, "2024/03/10/")
    content = newest.find(f"{ATOM}content")
    assert content.get("type") == "html"
    body = lxml.html.fragment_fromstring(content.text, create_parent="div")
    assert "Drew a chart of my streak." in body.text_content()
    assert body.xpath("//img/@src") == [SITE_URL + "entries/img/chart.png"]
    links = body.xpath("//a/@href")
    assert "https://docs.python.org/3/" in links
    assert all(urlsplit(link).scheme == "https" for link in links), links
    # The feed shows title, date and tags (as categories) itself: the content is the entries,
    # without the page's date line, tag chips, pager or ¶ anchors.
    assert not body.xpath("//h1") and not body.xpath("//a[contains(@class, 'headerlink')]")
    assert SITE_URL + "tags/python/" not in links
    assert "Previous day" not in body.text_content()
    assert "March 2024" not in body.text_content()
    assert body.xpath("//h2/text()") == ["What I learned"]
    assert newest.findtext(f"{ATOM}summary").startswith("Drew a chart of my streak.")


def test_every_page_links_the_feed_from_its_head(site):
    pages = sorted(site.site_dir.rglob("*.html"))
    pages = [path for path in pages if path.name != "404.html" and "assets" not in path.parts]
    assert len(pages) > 8
    for path in pages:
        document = lxml.html.fromstring(path.read_bytes())
        page_url = urljoin(SITE_URL, path.relative_to(site.site_dir).as_posix())
        hrefs = document.xpath("//head/link[@rel='alternate'][@type='application/atom+xml']/@href")
        assert len(hrefs) == 1, path
        assert urljoin(page_url, hrefs[0]) == SITE_URL + "feed.xml", path


def test_day_pages_have_their_date_and_excerpt_in_the_head(site):
    document = lxml.html.fromstring(site.html("2024/03/07/"))
    published = document.xpath("//head/meta[@property='article:published_time']/@content")
    assert published == ["2024-03-07"]
    assert document.xpath("//head/meta[@name='description']/@content") == ["Decorators."]
    newest = lxml.html.fromstring(site.html("2024/03/10/"))
    description = newest.xpath("//head/meta[@name='description']/@content")
    assert description and description[0].startswith("Drew a chart of my streak.")
    dashboard = lxml.html.fromstring(site.html(""))
    assert not dashboard.xpath("//meta[@property='article:published_time']")


def test_stats_json_tag_links_resolve_under_the_sub_path(site):
    stats_url = SITE_URL + "stats.json"
    for tag in site.stats()["tags"]:
        target = urljoin(stats_url, tag["url"])
        assert target.startswith(SITE_URL)
        page = site.site_dir / target[len(SITE_URL):] / "index.html"
        assert page.is_file(), tag


# --- the badges ------------------------------------------------------------------------------


def svg_label(path: Path) -> str:
    root = ET.fromstring(path.read_bytes())
    assert root.tag == f"{SVG}svg"
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert root.get("aria-label") == root.findtext(f"{SVG}title")
    return f"{texts[0]} | {texts[2]}"


def test_badges_show_the_current_streak_and_progress_from_stats(site):
    stats = site.stats()
    assert stats["current_streak"]["days"] == 1 and stats["days_logged"] == 4
    assert svg_label(site.site_dir / "badges" / "streak.svg") == "streak | 1 day"
    assert svg_label(site.site_dir / "badges" / "progress.svg") == "progress | 4/100 days"


def test_badge_text_is_escaped_and_its_box_grows_with_it():
    svg = badge_svg('<a href="x">&', "</svg>", '"red')
    root = ET.fromstring(svg)
    assert [text.text for text in root.iter(f"{SVG}text")][::2] == ['<a href="x">&', "</svg>"]
    short, long = badge_svg("streak", "1 day", "#4c1"), badge_svg("streak", "1000 days", "#4c1")
    width = re.compile(r'width="(\d+)"')
    assert int(width.search(long)[1]) > int(width.search(short)[1])
    assert text_width("mmmm") > text_width("iiii") > 0


def test_badge_colours_follow_the_figures():
    running = {"current_streak": {"days": 3}, "days_logged": 3, "goal": 100}
    broken = {"current_streak": {"days": 0}, "days_logged": 3, "goal": 100}
    reached = {"current_streak": {"days": 3}, "days_logged": 100, "goal": 100}
    assert streak_badge(running) != streak_badge(broken)
    assert "0 days" in streak_badge(broken)
    assert progress_badge(reached) != progress_badge(running).replace("3/100", "100/100")


# --- options and edge cases ------------------------------------------------------------------


def test_without_site_url_there_is_no_feed_and_the_build_says_why(journal_site):
    journal_site.entry("2024-03-10.md", "# One day\n\nText.\n")
    journal_site.configure(journal={"badges": False})
    result = journal_site.build()
    assert "no feed written: set site_url" in result.stderr
    assert not (journal_site.site_dir / "feed.xml").exists()
    assert not (journal_site.site_dir / "badges").exists()
    assert "application/atom+xml" not in journal_site.html("2024/03/10/")


def test_summary_feed_without_directory_urls(journal_site):
    journal_site.entry("2024-03-09.md", "# Day one\n\nFirst **bold** words.\n")
    journal_site.entry("2024-03-10.md", "# Day two\n\nSecond words.\n")
    journal_site.configure(
        journal={"feed_content": "summary"}, site_url=SITE_URL, use_directory_urls=False
    )
    journal_site.build()
    feed = ET.fromstring((journal_site.site_dir / "feed.xml").read_bytes())
    assert [e.findtext(f"{ATOM}id") for e in entries(feed)] == [
        SITE_URL + "2024/03/10.html", SITE_URL + "2024/03/09.html",
    ]
    assert all(e.find(f"{ATOM}content") is None for e in entries(feed))
    assert entry_for(feed, "2024/03/09.html").findtext(f"{ATOM}summary") == "First bold words."
    page = lxml.html.fromstring(journal_site.html("2024/03/10.html"))
    assert page.xpath("//head/link[@rel='alternate']/@href") == ["../../feed.xml"]


def test_feed_off_writes_no_feed_and_no_head_link(journal_site):
    journal_site.entry("2024-03-10.md", "# One day\n\nText.\n")
    journal_site.configure(journal={"feed": False}, site_url=SITE_URL)
    journal_site.build()
    assert not (journal_site.site_dir / "feed.xml").exists()
    assert "application/atom+xml" not in journal_site.html("2024/03/10/")
    assert (journal_site.site_dir / "badges" / "streak.svg").is_file()


def test_feed_content_keeps_text_after_removed_parts():
    html = (
        '<h2 id="t">Title<a class="headerlink" href="#t">¶</a> after anchor</h2>after heading '
        '<p>ab <a href="../x/">x</a></p>'
    )
    content = feed_content(html, "https://e.org/j/2024/03/01/")
    assert content.startswith('<h2 id="t">Title after anchor</h2>after heading')
    assert '<a href="https://e.org/j/2024/03/x/">x</a>' in content


def test_feed_survives_characters_xml_cannot_hold():
    # The parser refuses control characters in entries; the feed still strips what reaches it
    # from elsewhere (an entry built by other code, the site's name, the rendered HTML).
    entry = dataclasses.replace(
        parse_entry("entries/2024-03-01.md", "---\ntags: [a]\n---\nbody\n"),
        title="Bell\x07 ring", body="body\x08 text",
    )
    journal = build_journal([entry])
    settings = FeedSettings(site_url="https://e.org/", title="T\x0c")
    xml = atom_feed(latest_days(journal.days, 5), settings, lambda day: "2024/03/01/",
                    {"2024/03/01/": "<p>body\x08 text</p>"})
    feed = ET.fromstring(xml)
    assert feed.findtext(f"{ATOM}title") == "T"
    assert entries(feed)[0].findtext(f"{ATOM}title") == "Bell ring"
    assert entries(feed)[0].findtext(f"{ATOM}content") == "<p>body text</p>"


def test_head_tags_are_escaped_and_inserted_before_the_end_of_head():
    markup = head_tags(
        feed_href="feed.xml?a=1&b=2", feed_title='My "journal"', published="2024-03-10"
    )
    assert 'title="My &quot;journal&quot;"' in markup and 'href="feed.xml?a=1&amp;b=2"' in markup
    page = "<html><head><title>x</title></head><body></body></html>"
    out = add_to_head(page, markup)
    assert out.index("article:published_time") < out.index("</head>")
    assert add_to_head("<p>no head</p>", markup) == "<p>no head</p>"
