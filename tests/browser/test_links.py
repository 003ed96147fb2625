"""No broken internal links, at the root and under a sub-path: every page of the built site is
fetched over HTTP and every `href`/`src` pointing inside the site must answer (and its `#anchor`
must exist). The feed, sitemap, `stats.json` and badges are checked the same way.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

LINK_ATTRIBUTES = {"href", "src"}


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((tag, value))
            elif name in ("id", "name") and value:
                self.ids.add(value)


class Crawler:
    """Fetches URLs of one served site once each, remembering status, type and anchors."""

    def __init__(self, site) -> None:
        self.site = site
        split = urlsplit(site.base_url)
        self.origin = (split.scheme, split.netloc)
        self.responses: dict[str, tuple[int, str, bytes]] = {}
        self.anchors: dict[str, set[str]] = {}

    def is_internal(self, url: str) -> bool:
        split = urlsplit(url)
        return (split.scheme, split.netloc) == self.origin

    def fetch(self, url: str) -> tuple[int, str, bytes]:
        url = url.split("#", 1)[0]
        if url not in self.responses:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    self.responses[url] = (
                        response.status, response.headers.get_content_type(), response.read()
                    )
            except urllib.error.HTTPError as error:
                self.responses[url] = (error.code, "", b"")
        return self.responses[url]

    def page_links(self, url: str) -> list[tuple[str, str]]:
        status, kind, body = self.fetch(url)
        assert status == 200, f"{url}: HTTP {status}"
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        self.anchors[url.split("#", 1)[0]] = parser.ids
        return parser.links

    def problem(self, url: str) -> str | None:
        """Why an internal URL does not work, or None."""
        if not urlsplit(url).path.startswith(self.site.mount):
            return "leaves the site's sub-path"
        status, kind, _ = self.fetch(url)
        if status != 200:
            return f"HTTP {status}"
        fragment = unquote(urlsplit(url).fragment)
        if fragment and kind == "text/html":
            page = url.split("#", 1)[0]
            if page not in self.anchors:
                self.page_links(page)
            if fragment not in self.anchors[page]:
                return f"no element with id {fragment!r}"
        return None


def site_pages(site) -> list[str]:
    files = sorted(
        path for path in site.site_dir.rglob("*.html")
        if "assets" not in path.relative_to(site.site_dir).parts
    )
    return [site.url(path.relative_to(site.site_dir).as_posix()) for path in files]


def test_every_link_on_every_page_works(site):
    crawler = Crawler(site)
    pages = site_pages(site)
    assert len(pages) >= 10, pages
    broken = []
    checked = 0
    for page in pages:
        for tag, link in crawler.page_links(page):
            if link.startswith(("mailto:", "data:", "javascript:", "tel:")):
                continue
            target = urljoin(page, link)
            if not crawler.is_internal(target):
                continue
            checked += 1
            problem = crawler.problem(target)
            if problem:
                broken.append(f"{site.relative(page) or '(home)'}: <{tag}> {link} → {problem}")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])
    assert checked > 10 * len(pages)


def test_feed_sitemap_stats_and_badges_point_inside_the_site(site):
    crawler = Crawler(site)
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring(crawler.fetch(site.url("feed.xml"))[2])
    feed_links = [link.get("href") for link in feed.iter(f"{atom}link")]
    assert site.url("feed.xml") in feed_links and site.base_url in feed_links
    sitemap = ET.fromstring(crawler.fetch(site.url("sitemap.xml"))[2])
    locations = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    stats_url = site.url("stats.json")
    stats = json.loads(crawler.fetch(stats_url)[2])
    tag_pages = [urljoin(stats_url, tag["url"]) for tag in stats["tags"]]
    targets = feed_links + locations + tag_pages
    assert len(feed.findall(f"{atom}entry")) == min(20, len(site.journal.days))
    assert len(locations) >= len(site.journal.days) and tag_pages
    broken = [f"{url}: {crawler.problem(url)}" for url in targets if crawler.problem(url)]
    assert all(crawler.is_internal(url) for url in targets)
    assert not broken, "\n".join(broken)
    for name in ("streak", "progress"):
        status, kind, body = crawler.fetch(site.url(f"badges/{name}.svg"))
        assert (status, kind) == (200, "image/svg+xml")
        assert ET.fromstring(body).tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("path", ["does/not/exist/", "archive/1999/01/"])
def test_missing_pages_get_404(site, path):
    status, _, _ = Crawler(site).fetch(site.url(path))
    assert status == 404
