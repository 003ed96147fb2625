"""Live preview renders only recent day pages; every figure still counts the whole journal.

The serve builds go through the code path `mkdocs serve` takes: MkDocs calls the plugin's
`on_startup(command="serve")` once, then builds (and rebuilds on each save) with the same plugin
instance. A full build is the user's `mkdocs build --strict`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import time

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

FIRST = dt.date(2023, 12, 1)
DAYS = 100
WINDOW = 14
TAGS = ("python", "sql", "rust", "testing", "git")


def _dates() -> list[dt.date]:
    """A hundred days with a missed day now and then, and two entries on some days."""
    return [FIRST + dt.timedelta(days=n) for n in range(DAYS) if n % 9 != 4]


def _write_journal(site) -> None:
    for number, date in enumerate(_dates()):
        tags = ", ".join(TAGS[(number + k) % len(TAGS)] for k in range(1 + number % 3))
        site.entry(
            f"{date:%Y}/{date.isoformat()}.md",
            f"---\ntags: [{tags}]\n---\n# Notes {number}\n\nWorked on item {number}.\n",
        )
        if number % 10 == 0:
            site.entry(f"{date:%Y}/{date.isoformat()}-b.md", f"# Evening {number}\n\nMore.\n")
        if number == 3:
            site.entry(f"{date:%Y}/{date.isoformat()}-c.md", "---\ntags: [history]\n---\n# Old\n")
    site.configure(journal={"serve_window_days": WINDOW, "as_of": "2024-03-10", "per_page": 10})


def _serve_build(site) -> None:
    """One build as `mkdocs serve` makes it (warnings fail it, as with --strict)."""
    config = load_config(config_file=str(site.root / "mkdocs.yml"), strict=True)
    build(config)


def _start_serving(site) -> None:
    config = load_config(config_file=str(site.root / "mkdocs.yml"), strict=True)
    config.plugins.on_startup(command="serve", dirty=False)


def _stop_serving(site) -> None:
    """MkDocs keeps plugins with on_startup across builds in one process: leave ours as a build."""
    config = load_config(config_file=str(site.root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)


def _day_pages(site) -> set[dt.date]:
    found = set()
    for path in site.site_dir.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/index.html"):
        year, month, day = path.parent.relative_to(site.site_dir).parts
        found.add(dt.date(int(year), int(month), int(day)))
    return found


@pytest.fixture(scope="module")
def sites(new_site):
    full, served = new_site("full"), new_site("served")
    for site in (full, served):
        _write_journal(site)
    full.build()
    _start_serving(served)
    try:
        _serve_build(served)
        yield full, served
    finally:
        _stop_serving(served)


def _dashboard_figures(site) -> dict[str, str]:
    article = site.article("")
    cards = article.find_all(cls="journal-card__value")
    figures = {node.attrs["data-stat"]: node.text() for node in cards}
    figures["top tags"] = article.find(cls="journal-top-tags").text()
    figures["heatmap"] = str(len(article.find_all(cls="journal-cell")))
    return figures


def test_serve_window_renders_only_the_recent_days(sites):
    full, served = sites
    dates = sorted(set(_dates()))
    newest = dates[-1]
    expected = {date for date in dates if (newest - date).days < WINDOW}

    assert _day_pages(full) == set(dates)
    assert _day_pages(served) == expected
    assert len(expected) < len(dates) // 5


def test_figures_and_listings_still_count_every_entry(sites):
    full, served = sites
    assert served.stats() == full.stats()
    assert _dashboard_figures(served) == _dashboard_figures(full)
    assert _dashboard_figures(served)["entries"] == str(len(_dates()) + len(_dates()[::10]) + 1)
    for page in ("tags/", "tags/python/", "archive/", "archive/2024/03/"):
        assert served.article(page).text() == full.article(page).text(), page


def test_older_listing_pages_wait_for_the_full_build(sites):
    full, served = sites
    assert (full.site_dir / "archive" / "2023" / "12" / "index.html").exists()
    assert not (served.site_dir / "archive" / "2023" / "12").exists()
    assert not (served.site_dir / "archive" / "2023" / "index.html").exists()
    assert (served.site_dir / "archive" / "2024" / "index.html").exists()


def test_a_tag_s_older_pages_wait_for_the_full_build(sites):
    full, served = sites
    assert (full.site_dir / "tags" / "python" / "page" / "2" / "index.html").exists()
    assert not (served.site_dir / "tags" / "python" / "page").exists()
    # A tag last used before the window has no page in the preview yet; the index lists it.
    assert (full.site_dir / "tags" / "history" / "index.html").exists()
    assert not (served.site_dir / "tags" / "history").exists()
    assert "history" in served.article("tags/").text()


def test_listings_link_to_days_outside_the_window_as_a_full_build_does(sites):
    full, served = sites
    served_links = served.article("tags/python/").find_all("a", cls="journal-item__title")
    full_links = full.article("tags/python/").find_all("a", cls="journal-item__title")
    assert [a.attrs["href"] for a in served_links] == [a.attrs["href"] for a in full_links]
    oldest = full.follow("tags/python/", full_links[-1].attrs["href"])
    assert not (served.site_dir / oldest).exists(), "a day outside the window"


def test_an_entry_edited_while_serving_gets_its_page(new_site):
    site = new_site("edited")
    _write_journal(site)
    _start_serving(site)
    try:
        _serve_build(site)
        old = site.root / "entries" / "2023" / "2023-12-02.md"
        assert not (site.site_dir / "2023" / "12" / "02").exists()
        old.write_text(old.read_text(encoding="utf-8") + "\nA correction.\n", encoding="utf-8")
        later = time.time() + 1
        os.utime(old, (later, later))
        _serve_build(site)  # the rebuild serve runs after the save
    finally:
        _stop_serving(site)
    assert "A correction." in site.article("2023/12/02/").text()
    assert site.stats()["entries"] == len(_dates()) + len(_dates()[::10]) + 1
    recent = {date for date in _dates() if (_dates()[-1] - date).days < WINDOW}
    assert _day_pages(site) == recent | {dt.date(2023, 12, 2)}


def test_a_rebuild_drops_an_entry_deleted_while_serving(new_site):
    site = new_site("deleted")
    _write_journal(site)
    _start_serving(site)
    try:
        _serve_build(site)
        before = site.stats()
        newest = max(_dates())
        (site.root / "entries" / f"{newest:%Y}" / f"{newest.isoformat()}.md").unlink()
        _serve_build(site)
    finally:
        _stop_serving(site)
    assert site.stats()["entries"] == before["entries"] - 1
    assert site.stats()["last_date"] < newest.isoformat()


def test_zero_renders_every_day_and_a_build_ignores_the_window(new_site, caplog):
    site = new_site("zero")
    _write_journal(site)
    site.configure(journal={"serve_window_days": 0, "as_of": "2024-03-10"})
    _start_serving(site)
    try:
        with caplog.at_level(logging.INFO):
            _serve_build(site)
    finally:
        _stop_serving(site)
    assert _day_pages(site) == set(_dates())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_negative_window_is_a_config_error_naming_the_option(journal_site):
    journal_site.entry("2024-03-01.md", "# One\n")
    journal_site.configure(journal={"serve_window_days": -3})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert re.search(r"serve_window_days.*must be 0 \(no limit\) or more, not -3", output), output


def test_an_override_edited_while_serving_shows_on_the_next_rebuild(new_site):
    """Rebuilds reuse compiled templates; an edited `custom_dir` template is compiled again."""
    site = new_site("override")
    _write_journal(site)
    site.configure(
        journal={"serve_window_days": WINDOW, "as_of": "2024-03-10"},
        theme={"name": "material", "font": False, "custom_dir": "overrides"},
    )
    override = site.root / "overrides" / "journal" / "day.html"
    override.parent.mkdir(parents=True)
    source = '{% extends "main.html" %}{% block content %}<p class="mine">VERSION</p>{% endblock %}'
    newest = _dates()[-1].strftime("%Y/%m/%d/")
    _start_serving(site)
    try:
        shown = []
        for version in ("first", "second"):
            override.write_text(source.replace("VERSION", version), encoding="utf-8")
            _serve_build(site)
            shown.append(site.article(newest).find("p", cls="mine").text())
    finally:
        _stop_serving(site)
    assert shown == ["first", "second"]
