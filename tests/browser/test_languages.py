"""The sample journal in French and in Arabic, as a reader sees it: right-to-left laid out
mirrored, and screenshots of both dashboards (light and dark, desktop and phone)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
import yaml

from .conftest import ServedSite, _copy_sample, _start_server

LANGUAGES = ("fr", "ar")


@pytest.fixture(scope="module")
def language_sites(tmp_path_factory, served_sites) -> Iterator[dict[str, ServedSite]]:
    """The sample built with `theme.language` set (as of the sample's last day, like the rest)."""
    sample = served_sites["root"]
    sites = {}
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    last_day = max(sample.journal.logged_dates)
    for language in LANGUAGES:
        root = tmp_path_factory.mktemp(f"browser-{language}")
        _copy_sample(root)
        config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
        config["theme"]["language"] = language
        for plugin in config["plugins"]:
            if isinstance(plugin, dict) and "journal" in plugin:
                plugin["journal"]["as_of"] = last_day.isoformat()
        (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
            cwd=root, env=env, check=True, capture_output=True,
        )
        server = _start_server(root / "site", "/")
        sites[language] = ServedSite(language, "/", root, server, sample.journal)
    yield sites
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_dashboard_screenshots(browser, language_sites, artifacts, language, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    try:
        tab.goto(language_sites[language].url())
        cards = tab.locator(".journal-card")
        assert cards.count() == 5  # the sample's round, then the four figures
        # Nothing sticks out of the page: translated words wrap inside their cards.
        overflow = tab.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0
        for index in range(5):
            card = cards.nth(index).bounding_box()
            assert card["x"] >= 0 and card["x"] + card["width"] <= width
        tab.screenshot(path=str(artifacts / f"dashboard-{language}-{scheme}-{width}.png"),
                       full_page=True)
    finally:
        context.close()


def test_arabic_reads_right_to_left(page, language_sites):
    site = language_sites["ar"]
    page.goto(site.url())
    assert page.get_attribute("body", "dir") == "rtl"
    current = page.locator(".journal-card--current")
    assert current.locator(".journal-card__label").inner_text() == "السلسلة الحالية"
    assert page.locator(".journal-rounds h2").inner_text() == "الجولات"
    # The first figure (current streak) starts at the right; labels line up on the right edge.
    first, second = (
        page.locator(f".journal-card--{kind}").bounding_box() for kind in ("current", "best")
    )
    assert first["x"] > second["x"]
    listing = page.locator("ul.journal-list").first
    margins = listing.evaluate(
        "node => { const s = getComputedStyle(node); return [s.marginRight, s.paddingRight]; }"
    )
    assert margins == ["0px", "0px"]

    page.goto(site.url("2026/11/10/"))
    previous = page.locator(".journal-pager__link--prev").bounding_box()
    following = page.locator(".journal-pager__link--next").bounding_box()
    assert previous["x"] > following["x"]  # "previous" on the right, where reading starts
    assert page.locator(".journal-pager__link--prev .journal-pager__direction").inner_text() == (
        "→ اليوم السابق"
    )
