"""A day page's link card image (`og:image`): the day's first image, else the site's
`card_image`, made absolute with `site_url`; never an SVG; escaped."""

from __future__ import annotations

import pytest
from conftest import JournalSite, parse_html
from mkdocs_journal.publish.share import card_tags
from mkdocs_journal.site.links import image_address, images

SITE = "https://me.example/journal/"


def card(site: JournalSite, url: str) -> dict[str, str]:
    head = parse_html(site.html(url)).find("head")
    return {
        key: meta.attrs["content"] for meta in head.find_all("meta")
        if (key := meta.attrs.get("property") or meta.attrs.get("name", ""))
        .startswith(("og:", "twitter:"))
    }


def test_images_skip_code_and_plain_links():
    body = "A [link](a.png).\n\n```md\n![in code](code.png)\n```\n\n`![span](span.png)` " \
           "and ![chart](img/chart.png) then ![second](b.png)\n"
    assert list(images(body)) == ["img/chart.png", "b.png"]
    assert list(images("No images. [link](a.png)\n")) == []
    assert list(images("```\n![only](code.png)\n```\n")) == []


@pytest.mark.parametrize(("target", "expected"), [
    ("../../../entries/2024/chart.png", "https://me.example/journal/entries/2024/chart.png"),
    ("https://cdn.example/pic.JPG", "https://cdn.example/pic.JPG"),
    ("chart.svg", None),
    ("data:image/png;base64,AAAA.png", None),
    ("//cdn.example/pic.png", None),
    ("../../../../outside.png", None),
])
def test_image_address(target, expected):
    assert image_address(target, "2024/03/01/index.md", SITE) == expected


def test_card_tags_with_and_without_an_image():
    base = {"title": "T", "description": "D", "url": "https://u/", "site_name": "S"}
    plain = card_tags(**base)
    assert '<meta name="twitter:card" content="summary">' in plain and "og:image" not in plain
    shown = card_tags(**base, image='https://u/a&b".png')
    assert '<meta name="twitter:card" content="summary_large_image">' in shown
    assert '<meta property="og:image" content="https://u/a&amp;b&quot;.png">' in shown
    assert '<meta name="twitter:image" content="https://u/a&amp;b&quot;.png">' in shown


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_day_shows_its_first_png_or_jpeg(journal_site: JournalSite, directory_urls: bool) -> None:
    journal_site.configure(
        {"card_image": "assets/card.png"}, site_url=SITE, use_directory_urls=directory_urls
    )
    (journal_site.root / "docs" / "assets").mkdir()
    (journal_site.root / "docs" / "assets" / "card.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (journal_site.root / "entries" / "2024").mkdir()
    (journal_site.root / "entries" / "2024" / "a&b.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (journal_site.root / "entries" / "2024" / "icon.svg").write_text("<svg/>")
    journal_site.entry(
        "2024/2024-03-01.md", "---\ntitle: Charts\n---\n![an icon](icon.svg)\n\n![a](a&b.png)\n"
    )
    journal_site.entry("2024/2024-03-02.md", "---\ntitle: Words\n---\nNo picture today.\n")
    journal_site.build()
    first, second = (("2024/03/01/", "2024/03/02/") if directory_urls
                     else ("2024/03/01.html", "2024/03/02.html"))
    with_image = card(journal_site, first)
    assert with_image["og:image"] == f"{SITE}entries/2024/a&b.png"
    assert with_image["twitter:image"] == with_image["og:image"]
    assert with_image["twitter:card"] == "summary_large_image"
    assert (journal_site.site_dir / "entries" / "2024" / "a&b.png").is_file()
    assert 'content="https://me.example/journal/entries/2024/a&amp;b.png"' in (
        journal_site.html(first)
    )
    fallback = card(journal_site, second)
    assert fallback["og:image"] == f"{SITE}assets/card.png"
    assert fallback["twitter:card"] == "summary_large_image"


def test_without_an_image_the_card_is_a_summary(journal_site: JournalSite) -> None:
    journal_site.configure(site_url=SITE)
    journal_site.entry("2024-03-01.md", "---\ntitle: Words\n---\n![vector](logo.svg)\n")
    (journal_site.root / "entries" / "logo.svg").write_text("<svg/>")
    journal_site.build()
    found = card(journal_site, "2024/03/01/")
    assert found["twitter:card"] == "summary"
    assert "og:image" not in found and "twitter:image" not in found


def test_an_image_address_as_card_image(journal_site: JournalSite) -> None:
    journal_site.configure({"card_image": "https://cdn.example/card.jpg"}, site_url=SITE)
    journal_site.entry("2024-03-01.md", "---\ntitle: Words\n---\nText.\n")
    journal_site.build()
    assert card(journal_site, "2024/03/01/")["og:image"] == "https://cdn.example/card.jpg"


def test_without_site_url_no_card_image(journal_site: JournalSite) -> None:
    journal_site.configure({"card_image": "https://cdn.example/card.jpg"})
    journal_site.entry("2024-03-01.md", "---\ntitle: Words\n---\nText.\n")
    journal_site.build()
    assert "og:image" not in journal_site.html("2024/03/01/")
