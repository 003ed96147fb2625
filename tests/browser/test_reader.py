"""The sample journal read in headless Chromium, as a visitor would, at the root and under a
sub-path: dashboard figures, heatmap, search by tag, tags, archive, previous/next, console errors.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from mkdocs_journal.core.parsing import tag_key

ARTICLE = "article.md-content__inner"


def goto(page, url: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"


def links(page, selector: str) -> list[str]:
    """Absolute URLs (without query or fragment) of the links matching `selector`, in order."""
    return page.eval_on_selector_all(selector, "els => els.map(a => a.href.split(/[?#]/)[0])")


def test_dashboard_shows_the_figures_of_stats_json_and_the_heatmap(site, page, artifacts):
    goto(page, site.url())
    stats = site.stats
    article = page.locator(ARTICLE)
    for key, expected in (
        ("current_streak", stats["current_streak"]["days"]),
        ("best_streak", stats["best_streak"]["days"]),
        ("days_logged", stats["days_logged"]),
        ("entries", stats["entries"]),
    ):
        assert article.locator(f"[data-stat={key}]").inner_text().strip() == str(expected), key
    assert stats["current_streak"]["days"] > 0, "the sample is built as of its last day"
    assert f"of {stats['goal']}" in article.inner_text()
    heatmap = page.locator(".journal-heatmap")
    assert heatmap.is_visible()
    grid = heatmap.locator(".journal-heatmap__grid").bounding_box()
    cell = heatmap.locator(".journal-cell").first.bounding_box()
    assert grid and cell and cell["width"] >= 8 and cell["height"] >= 8
    assert grid["height"] >= 7 * cell["height"], "a row per weekday"
    logged = heatmap.locator(".journal-heatmap__grid [data-href]")
    as_of = _as_of(stats)
    shown = [d for d in site.journal.logged_dates if as_of - dt.timedelta(days=364) <= d <= as_of]
    assert logged.count() == len(shown)
    if site.name == "sub":
        page.screenshot(path=artifacts / "dashboard.png", full_page=True)


def test_dark_palette_dashboard_screenshot(served_sites, browser, artifacts):
    site = served_sites["sub"]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    try:
        page = context.new_page()
        goto(page, site.url())
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        page.screenshot(path=artifacts / "dashboard-dark.png", full_page=True)
    finally:
        context.close()


def _as_of(stats) -> dt.date:
    return dt.date.fromisoformat(stats["as_of"])


def test_clicking_a_logged_heatmap_cell_opens_that_day(site, page):
    goto(page, site.url())
    last = site.journal.days[-1]
    cell = page.locator(f".journal-heatmap [data-href][title^='{last.date.isoformat()}']")
    assert cell.count() == 1
    cell.click()
    page.wait_for_url(site.day_url(last.date))
    assert page.locator(f"{ARTICLE} time").first.get_attribute("datetime") == last.date.isoformat()


def _search_tag(site):
    """A tag on several days whose name is one plain word, so the search box sees it as typed."""
    candidates = [t for t in site.stats["tags"] if re.fullmatch(r"[a-z][a-z0-9]+", t["name"])]
    several = [t for t in candidates if 2 <= t["count"] <= 8]
    return (several or candidates or site.stats["tags"])[0]


def test_typing_a_tag_in_search_lists_its_days_first(site, page):
    tag = _search_tag(site)
    refs = site.journal.tag_entries[tag_key(tag["name"])]
    expected = {site.day_url(ref.day.date) for ref in refs}
    goto(page, site.url())
    page.locator("input.md-search__input").click()
    page.keyboard.type(tag["name"], delay=20)
    items = page.locator(".md-search-result__item")
    items.nth(len(expected) - 1).wait_for()
    results = [url for url in links(page, ".md-search-result__item > a.md-search-result__link")]
    assert set(results[: len(expected)]) == expected, (tag, results)


def test_tag_index_and_a_tag_page_list_the_right_days(site, page):
    goto(page, site.url("tags/"))
    counts = {}
    for item in page.locator(f"{ARTICLE} .journal-tag-index li").all():
        counts[item.locator("a.md-tag").inner_text().strip()] = int(
            item.locator(".journal-count").inner_text()
        )
    assert counts == {tag["name"]: tag["count"] for tag in site.stats["tags"]}
    tag = max(site.stats["tags"], key=lambda t: t["count"])
    page.locator(f"{ARTICLE} .journal-tag-index a.md-tag", has_text=re.compile(
        rf"^{re.escape(tag['name'])}$")).click()
    page.wait_for_url(site.url(tag["url"]))
    listed = links(page, f"{ARTICLE} .journal-list a.journal-item__title")
    refs = site.journal.tag_entries[tag_key(tag["name"])]
    assert listed == [site.day_url(ref.day.date) for ref in refs]
    dates = [ref.day.date for ref in refs]
    assert dates == sorted(dates, reverse=True), "newest first"


def test_previous_and_next_links_walk_the_days_in_order(site, page):
    days = [day.date for day in site.journal.days]
    goto(page, site.day_url(days[0]))
    assert page.locator(".journal-pager a[rel=prev]").count() == 0
    seen = [days[0]]
    while page.locator(".journal-pager a[rel=next]").count():
        page.locator(".journal-pager a[rel=next]").click()
        page.wait_for_load_state()
        seen.append(dt.date.fromisoformat(
            page.locator(f"{ARTICLE} .journal-meta time").get_attribute("datetime")
        ))
        assert page.url == site.day_url(seen[-1])
    assert seen == days
    page.locator(".journal-pager a[rel=prev]").click()
    page.wait_for_url(site.day_url(days[-2]))


def test_the_archive_lists_every_day(site, page):
    goto(page, site.url("archive/"))
    months = links(page, f"{ARTICLE} .journal-months a")
    assert months
    listed: list[str] = []
    for month in months:
        goto(page, month)
        listed.extend(links(page, f"{ARTICLE} .journal-list a.journal-item__title"))
    expected = [site.day_url(ref.day.date) for ref in site.journal.refs()]
    assert sorted(set(listed)) == sorted(set(expected))
    assert len(listed) == len(expected), "one line per entry"


def test_pages_of_every_kind_load_without_console_errors(site, page, problems, artifacts):
    day = max(site.journal.days, key=lambda d: (len(d.entries), d.words))
    tag = site.stats["tags"][0]
    first = site.journal.days[0].date
    urls = [
        site.url(), site.day_url(day.date), site.url("tags/"), site.url(tag["url"]),
        site.url("archive/"), site.url(f"archive/{first.year}/"),
        site.url(f"archive/{first:%Y/%m}/"), site.url("404.html"),
    ]
    urls += [site.url(p.relative_to(site.root / "docs").with_suffix("").as_posix() + "/")
             for p in (site.root / "docs").rglob("*.md") if p.name != "index.md"]
    for url in urls:
        goto(page, url)
        # Material's own script ran: the search box is wired up and the header is drawn.
        page.wait_for_selector("[data-md-component=search-query]")
        assert page.locator("link[rel=stylesheet][href*='journal.css']").count() == 1, url
    goto(page, site.day_url(day.date))
    images = page.eval_on_selector_all(
        f"{ARTICLE} img", "imgs => imgs.map(i => [i.src, i.complete && i.naturalWidth > 0])"
    )
    assert all(ok for _, ok in images), images
    if site.name == "sub":
        page.screenshot(path=artifacts / "day.png", full_page=True)
    assert problems.console == []


@pytest.mark.parametrize("width", [390])
def test_dashboard_fits_a_phone_screen(served_sites, browser, artifacts, width):
    site = served_sites["sub"]
    context = browser.new_context(viewport={"width": width, "height": 844}, device_scale_factor=2)
    try:
        page = context.new_page()
        goto(page, site.url())
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
        page.screenshot(path=artifacts / "dashboard-phone.png", full_page=True)
    finally:
        context.close()


def test_the_sample_asks_no_other_site_for_anything_and_keeps_its_edit_button(site, page, problems):
    # A github.com repo_url would make Material fetch stars and forks from api.github.com.
    day = site.journal.days[-1]
    for url in (site.url(), site.day_url(day.date)):
        goto(page, url)
        page.wait_for_load_state("networkidle")
    assert problems.external == []
    edit = page.locator("a.md-content__button[href*='/edit/main/']")
    assert edit.count() == 1
    assert edit.get_attribute("href").endswith(f"entries/{day.entries[0].rel_path}")
