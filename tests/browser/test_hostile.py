"""A journal whose entries, titles and tags try to run script, read in Chromium: the day page is
opened, Material's search box is typed into and a result followed, and no script of theirs runs.
Every attack calls `alert()` or sets `window.__pwned`; a dialog handler counts the alerts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import _start_server

ATTACK_TAG = "<img src=nothing.png onerror=alert('tag')>"
ATTACK_TITLE = "<img src=nothing.png onerror=alert('title')>"

ENTRIES = {
    "2024-03-09.md": f"""
        ---
        title: {ATTACK_TITLE!r}
        tags: [{ATTACK_TAG!r}, "<b>bold</b>", pwnsearch]
        ---
        Raw HTML that runs script:

        <img src=nothing.png onerror="alert('img'); window.__pwned = 1">
        <details open ontoggle="alert('details')"><summary>open</summary>body</details>
        <svg><animate onbegin="alert('svg')" attributeName="x" dur="1s"/></svg>
        <p onmouseover="alert('hover')">hover me</p>
        <a id="raw-js" href="JaVaScRiPt:alert('raw link')">raw link</a>
        <a id="entity-js" href="&#x6A;avascript:alert('entity')">entity link</a>

        [markdown link](javascript:alert('markdown')) and [capitals](JAVASCRIPT:alert('caps'))

        <script type="math/tex">x</script ><script>alert('dressed up'); window.__pwned = 1</script>

        <script>alert('plain script')</script>

        <iframe srcdoc="<script>parent.alert('iframe')</script>"></iframe>

        ## Heading <img src=nothing.png onerror=alert('heading')>

        pwnsearch appears in the text too.
    """,
    "2024-03-10.md": """
        ---
        title: A quiet day
        tags: [calm]
        ---
        Nothing to see.
    """,
}

CONFIG = """
site_name: Hostile journal
theme:
  name: material
  font: false
  features:
    - search.highlight
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
  - pymdownx.arithmatex:
      generic: false
plugins:
  - search
  - journal:
      as_of: 2024-03-10
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile")
    (root / "docs").mkdir()
    for name, text in ENTRIES.items():
        path = root / "entries" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
        text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"building the hostile journal failed:\n{result.stdout}\n{result.stderr}")
    server = _start_server(Path(root) / "site", "/")
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A tab that records every dialog (and dismisses it); requests leave no machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url
                  else route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    dialogs: list[str] = []

    def dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    yield page, dialogs
    context.close()


def no_script_ran(page: Any, dialogs: list[str]) -> None:
    page.wait_for_timeout(300)  # lets an animation begin and a failed image fire its handler
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None


def test_opening_the_day_page_runs_no_script_from_the_entry(hostile, tab):
    page, dialogs = tab
    page.goto(hostile + "2024/03/09/", wait_until="load")
    article = page.locator("article.md-content__inner")
    article.locator("p", has_text="hover me").hover()
    for link in ("#raw-js", "#entity-js"):
        article.locator(link).click()
    article.get_by_text("markdown link").click()
    no_script_ran(page, dialogs)
    hrefs = page.eval_on_selector_all(
        "article a[href]", "links => links.map(a => a.getAttribute('href'))"
    )
    assert not [href for href in hrefs if "script" in href.lower()], hrefs
    text = article.inner_text()
    assert "<script>alert('plain script')</script>" in text  # shown as text
    assert page.locator("article iframe").count() == 0
    assert article.locator("h1").inner_text().rstrip("¶") == ATTACK_TITLE
    chips = article.locator(".journal-tags a.md-tag").all_inner_texts()
    assert ATTACK_TAG in chips and "<b>bold</b>" in chips


def test_searching_shows_tags_and_titles_as_text_and_runs_nothing(hostile, tab):
    page, dialogs = tab
    page.goto(hostile, wait_until="load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("onerror", delay=20)
    result = page.locator(".md-search-result__item").first
    result.wait_for()
    no_script_ran(page, dialogs)
    page.keyboard.press("Control+A")
    page.keyboard.type("pwnsearch", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    no_script_ran(page, dialogs)
    results = page.locator(".md-search-result")
    assert ATTACK_TAG in results.locator(".md-tag").all_inner_texts()
    assert "<b>bold</b>" in results.locator(".md-tag").all_inner_texts()
    assert results.locator(".md-tag img, .md-tag b").count() == 0
    assert ATTACK_TITLE in results.locator("h1").first.inner_text()
    # Following the result opens the day with the search term highlighted in it.
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url("**/2024/03/09/**")
    page.wait_for_load_state("load")
    no_script_ran(page, dialogs)
    assert page.locator("article mark").count() > 0

