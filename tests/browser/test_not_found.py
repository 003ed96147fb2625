"""The 404 page as a visitor of a broken link sees it: served like GitHub Pages does (the site's
`404.html` for any missing file), at the root of a host and under `/myjournal/`, with and without
`site_url`, at a missing URL several folders deep. It must be styled and lead to the dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from .conftest import ServedSite, _start_server

DEPTHS = ("nothing-here", "a/b/c/", "2026/13/40/")

# How the page looks when its stylesheets loaded: Material's header is a fixed-height bar and
# its icons are 1.2rem, not the width of the page.
LOOKS = """() => {
  const header = document.querySelector(".md-header");
  const icon = document.querySelector(".md-header svg, .md-search svg");
  return {
    header: header ? getComputedStyle(header).position : null,
    icon: icon ? icon.getBoundingClientRect().width : null,
    sheets: Array.from(document.styleSheets).filter(s => { try { return s.cssRules.length > 0 }
                                                          catch (e) { return false } }).length,
    heading: document.querySelector(".md-content h1")?.textContent,
  };
}"""


@pytest.fixture(scope="module")
def with_site_url(served_sites: dict[str, ServedSite]) -> Iterator[dict[str, ServedSite]]:
    """The browser suite's builds with `site_url`, served again like GitHub Pages."""
    sites = {}
    for name, built in served_sites.items():
        server = _start_server(built.site_dir, built.mount, pages=True)
        sites[name] = ServedSite(name, built.mount, built.root, server)
    yield sites
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


@pytest.fixture(params=["site_url", "no-site_url"])
def pages_site(request: pytest.FixtureRequest, site: ServedSite, with_site_url: Any,
               variant_sites: Any) -> ServedSite:
    sites = with_site_url if request.param == "site_url" else variant_sites
    return sites[site.name]


@pytest.fixture
def tab(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A tab that records console errors other than the expected 404s."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []

    def console(message: Any) -> None:
        if message.type == "error" and "status of 404" not in message.text:
            errors.append(message.text)

    tab.on("console", console)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab, errors
    context.close()


@pytest.mark.parametrize("missing", DEPTHS)
def test_a_missing_page_is_styled_and_leads_to_the_dashboard(
    pages_site: ServedSite, tab: tuple[Any, list[str]], missing: str
) -> None:
    page, errors = tab
    response = page.goto(pages_site.url(missing))
    assert response is not None and response.status == 404
    page.wait_for_load_state("load")
    looks = page.evaluate(LOOKS)
    assert looks["heading"] == "404 - Not found"
    assert looks["sheets"] >= 3, "Material's and the journal's stylesheets did not load"
    assert looks["header"] == "sticky"
    assert looks["icon"] is not None and looks["icon"] < 40
    link = page.get_by_role("link", name="Go to the journal's dashboard")
    link.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == pages_site.mount
    assert page.locator(".journal-card--current").count() == 1
    assert errors == []


def test_search_works_on_the_404_page_under_a_sub_path(
    variant_sites: dict[str, ServedSite], tab: tuple[Any, list[str]]
) -> None:
    """Material's search worker and index are found from the root the page worked out."""
    page, errors = tab
    page.goto(variant_sites["sub"].url("a/b/c/"), wait_until="load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("iterators", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path.startswith("/myjournal/2026/11/")
    assert page.locator(".md-content h1").count() == 1
    assert errors == []
