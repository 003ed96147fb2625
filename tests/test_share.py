"""Sharing a day: intent links with the day's text, and its link card, escaped throughout."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from conftest import JournalSite, parse_html
from mkdocs_journal.publish.share import share_links, share_text, template_problem

ODD = "Quotes \"<>&' and #hashtags"


def shared(site: JournalSite, url: str) -> dict[str, str]:
    nav = site.article(url).find("nav", cls="journal-share")
    return {link.text(): link.attrs["href"] for link in nav.find_all("a")}


def query(href: str, key: str) -> str:
    return parse_qs(urlsplit(href).query)[key][0]


def test_the_text_is_filled_in_and_encoded_into_every_link() -> None:
    text = share_text(
        "Day {day}/{goal} of {challenge}: {title} {url}", day="42", goal=100,
        challenge="#100DaysOfCode", title=ODD, url="https://me.example/2024/03/01/",
    )
    assert text == f"Day 42/100 of #100DaysOfCode: {ODD} https://me.example/2024/03/01/"
    links = {link.service: link.href for link in share_links(text, "https://u/", SERVICES)}
    assert query(links["x"], "text") == text
    assert query(links["bluesky"], "text") == text
    assert links["mastodon"].startswith("https://s2f.kytta.dev/?text=")
    assert query(links["mastodon"], "text") == text
    assert query(links["linkedin"], "url") == "https://u/"
    assert all("#" not in href and '"' not in href and "<" not in href for href in links.values())
    own = share_links(text, "https://u/", ("mastodon",), "fosstodon.org/")
    assert own[0].href.startswith("https://fosstodon.org/share?text=")
    pasted = share_links(text, "https://u/", ("mastodon",), " https://hachyderm.io/ ")
    assert pasted[0].href.startswith("https://hachyderm.io/share?text=")


SERVICES = ("x", "mastodon", "bluesky", "linkedin")


def test_templates_with_unknown_fields_are_refused() -> None:
    assert template_problem("Day {day} {title}") is None
    assert "{days}" in (template_problem("Day {days}") or "")
    assert "not a text template" in (template_problem("Day {day") or "")


def test_day_pages_carry_share_links_and_a_card(journal_site: JournalSite) -> None:
    journal_site.configure(
        {"rounds": [{"name": "#100DaysOfCode", "start": "2024-03-01", "goal": 50}]},
        site_url="https://me.example/journal/",
    )
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\n---\nStart.\n")
    journal_site.entry(
        "2024-03-02.md", f"---\ndate: 2024-03-02\ntitle: '{ODD.replace(chr(39), chr(39) * 2)}'\n"
        "---\nBody with <b>bold</b> & more.\n"
    )
    journal_site.build()
    links = shared(journal_site, "2024/03/02/")
    assert list(links) == ["X", "Mastodon", "Bluesky", "LinkedIn"]
    url = "https://me.example/journal/2024/03/02/"
    assert query(links["X"], "text") == f"Day 2/50 of #100DaysOfCode: {ODD} {url}"
    assert query(links["LinkedIn"], "url") == url
    head = parse_html(journal_site.html("2024/03/02/")).find("head")
    metas = {
        meta.attrs.get("property") or meta.attrs.get("name"): meta.attrs.get("content")
        for meta in head.find_all("meta")
    }
    assert metas["og:type"] == "article" and metas["og:url"] == url
    assert metas["og:title"] == ODD and metas["twitter:title"] == ODD
    assert metas["og:description"].startswith("Body with bold & more")
    assert metas["twitter:card"] == "summary"
    raw = journal_site.html("2024/03/02/")
    assert "<b>bold</b> &" not in raw.split("</head>")[0]
    assert 'content="Quotes &quot;&lt;&gt;&amp;&#x27; and #hashtags"' in raw


def test_without_site_url_there_is_nothing_to_share(journal_site: JournalSite) -> None:
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\n---\nStart.\n")
    journal_site.build()
    assert journal_site.article("2024/03/01/").find_all("nav", cls="journal-share") == []
    assert 'property="og:' not in journal_site.html("2024/03/01/")


def test_share_options(journal_site: JournalSite) -> None:
    journal_site.configure(
        {"share": ["mastodon"], "mastodon_instance": "hachyderm.io",
         "share_text": "{challenge} {round}D{day}: {title}", "challenge": "#100DaysOfRust"},
        site_url="https://me.example/",
    )
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\ntitle: Borrowing\n---\nHi.\n")
    journal_site.build()
    links = shared(journal_site, "2024/03/01/")
    assert list(links) == ["Mastodon"]
    assert links["Mastodon"].startswith("https://hachyderm.io/share?text=")
    assert query(links["Mastodon"], "text") == "#100DaysOfRust D1: Borrowing"


def test_a_bad_share_text_stops_the_build(journal_site: JournalSite) -> None:
    journal_site.configure({"share_text": "Day {number}"})
    journal_site.entry("2024-03-01.md", "---\ndate: 2024-03-01\n---\nHi.\n")
    result = journal_site.build(check=False)
    assert result.returncode == 1
    assert "share_text" in result.stderr and "{number}" in result.stderr
