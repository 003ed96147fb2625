"""The heatmap as a reader uses it in Chromium: one Tab stop with arrow keys inside, Enter opens
a day, a phone sees the newest weeks first and is told the chart scrolls, and Windows' forced
colours keep every day visible.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from .conftest import ServedSite, _start_server

GRID = ".journal-heatmap__grid"
FIRST = dt.date(2024, 1, 1)
LAST = dt.date(2024, 12, 30)


def _date_of(page) -> dt.date:
    """The date of the cell the grid points at (its label starts with the ISO date)."""
    label = page.evaluate(
        """grid => document.getElementById(grid.getAttribute("aria-activedescendant"))
             .getAttribute("aria-label")""",
        page.locator(GRID).element_handle(),
    )
    return dt.date.fromisoformat(label[:10])


@pytest.fixture(scope="module")
def year_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """A year of entries, every other day: a dashboard chart of 53 weeks."""
    root = tmp_path_factory.mktemp("year")
    config = {
        "site_name": "A year", "theme": {"name": "material", "font": False},
        "plugins": ["search", {"journal": {"as_of": LAST.isoformat()}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (root / "docs").mkdir()
    folder = root / "entries"
    folder.mkdir()
    date = FIRST
    while date <= LAST:
        (folder / f"{date}.md").write_text(
            f"---\ntitle: Notes of {date}\n---\n{'word ' * (date.day * 3)}\n", encoding="utf-8"
        )
        date += dt.timedelta(days=2)
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
        text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    site = ServedSite("year", "/", root, _start_server(Path(root) / "site", "/"))
    yield site
    site.server.shutdown()
    site.server.server_close()


def test_the_chart_is_one_tab_stop_moved_through_with_the_arrow_keys(year_site, page):
    page.goto(year_site.url(), wait_until="load")
    # What Tab stops at in the figure: the chart, then the month list's summary (its links
    # once it is open).
    stops = page.evaluate(
        """() => Array.from(document.querySelectorAll(".journal-heatmap *"))
             .filter(e => e.tabIndex >= 0 && e.checkVisibility())
             .map(e => e.tagName.toLowerCase())"""
    )
    assert stops == ["div", "summary"], stops
    page.locator(GRID).focus()
    newest = LAST - dt.timedelta(days=(LAST - FIRST).days % 2)
    assert _date_of(page) == newest, "focus starts on the newest logged day"
    page.keyboard.press("ArrowLeft")
    assert _date_of(page) == newest - dt.timedelta(days=7)
    page.keyboard.press("ArrowUp")
    assert _date_of(page) == newest - dt.timedelta(days=8)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert _date_of(page) == newest - dt.timedelta(days=6)
    page.keyboard.press("Control+Home")
    assert _date_of(page) == page_first_shown(page)
    status = page.locator(".journal-heatmap__status").inner_text()
    assert status.startswith(_date_of(page).isoformat()), "the active day is shown, not only spoken"
    page.keyboard.press("Control+End")
    assert _date_of(page) == LAST
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")  # two weeks back: logged too (one is every other day)
    target = _date_of(page)
    page.keyboard.press("Enter")
    page.wait_for_url(year_site.url(target.strftime("%Y/%m/%d/")))
    assert page.locator("article time").first.get_attribute("datetime") == target.isoformat()


def page_first_shown(page) -> dt.date:
    label = page.locator(f"{GRID} [aria-label]").first.get_attribute("aria-label")
    return dt.date.fromisoformat(label[:10])


def test_focus_is_visible_on_the_active_day(year_site, page):
    page.goto(year_site.url(), wait_until="load")
    page.locator(GRID).focus()
    page.keyboard.press("ArrowLeft")  # keyboard focus: :focus-visible applies
    outline = page.evaluate(
        """() => {
          const style = getComputedStyle(document.querySelector(".journal-cell--active"));
          return [style.outlineStyle, parseFloat(style.outlineWidth)];
        }"""
    )
    assert outline[0] == "solid" and outline[1] >= 2


def test_a_phone_opens_the_chart_at_its_newest_weeks_and_says_it_scrolls(year_site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(year_site.url(), wait_until="load")
        box = page.locator(".journal-heatmap__scroll").bounding_box()
        newest = page.locator(f"{GRID} [data-start]").bounding_box()
        oldest = page.locator(f"{GRID} [aria-label]").first.bounding_box()
        assert box and newest and oldest
        assert box["x"] <= newest["x"] and newest["x"] + newest["width"] <= box["x"] + box["width"]
        assert oldest["x"] < box["x"], "the oldest weeks are scrolled out of view, to the left"
        assert page.locator(".journal-heatmap__hint").is_visible()
        # The weekday names stay in view beside the newest weeks.
        monday = page.locator(f"{GRID} [role=rowheader]").first.bounding_box()
        assert monday and monday["x"] >= box["x"] - 1
        # Every logged day is also a link of at least 24 px square (WCAG 2.5.8) in the list.
        page.locator(".journal-heatmap__days summary").click()
        sizes = page.eval_on_selector_all(
            ".journal-heatmap__dates a",
            """links => links.map(link => {
              const box = link.getBoundingClientRect();
              return [box.width, box.height];
            })""",
        )
        assert len(sizes) == page.locator(f"{GRID} [data-href]").count() > 150
        assert min(min(size) for size in sizes) >= 24
    finally:
        context.close()
    wide = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = wide.new_page()
        page.goto(year_site.url(), wait_until="load")
        assert not page.locator(".journal-heatmap__hint").is_visible(), "it fits: no hint"
    finally:
        wide.close()


def test_forced_colours_keep_every_day_and_the_legend_visible(year_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, forced_colors="active")
    try:
        page = context.new_page()
        page.goto(year_site.url(), wait_until="load")
        styles = page.evaluate(
            """() => [
              ".journal-heatmap__grid .journal-cell--0", ".journal-heatmap__grid .journal-cell--1",
              ".journal-heatmap__legend .journal-cell--0",
              ".journal-heatmap__legend .journal-cell--4",
            ].map(selector => {
              const style = getComputedStyle(document.querySelector(selector));
              const page = getComputedStyle(document.body).backgroundColor;
              return {background: style.backgroundColor, border: style.borderTopStyle,
                      borderColour: style.borderTopColor, page};
            })"""
        )
    finally:
        context.close()
    empty, logged, legend_empty, legend_logged = styles
    for style in (empty, legend_empty):
        assert style["border"] == "solid" and style["borderColour"] != style["page"], style
    for style in (logged, legend_logged):
        assert style["background"] != style["page"], style
