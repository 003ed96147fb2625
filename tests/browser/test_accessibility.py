"""axe-core on every kind of page the plugin makes, light and dark, wide and narrow: no
violation of WCAG 2.0/2.1/2.2 A and AA (and axe's best practices) in the plugin's markup.

One browser; a tab per scheme and width visits every page, so the whole check takes seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from .accessibility import AXE_DIR, axe_source, violations
from .conftest import ServedSite, _copy_sample, _start_server

SCHEMES = ("light", "dark")
WIDTHS = (1280, 390)


@pytest.fixture(scope="session")
def axe() -> str:
    source = axe_source()
    if source is None:
        how = "run `make test`" if shutil.which("npm") else "install npm, then run `make test`"
        pytest.skip(f"axe-core is not installed in {AXE_DIR}/node_modules: {how} (npm ci)")
    return source


def sample_pages(sites: dict[str, ServedSite], variants: dict[str, ServedSite]) -> dict[str, str]:
    """A URL for each kind of page: the sample's own pages, and from its variant (no site_url,
    under a sub-path, with a round and an introduction) the kinds the sample lacks."""
    site, variant = sites["root"], variants["sub"]
    journal = site.journal
    assert journal is not None
    one = next(day for day in journal.days if len(day.entries) == 1)
    several = next(day for day in journal.days if len(day.entries) > 1)
    top_tag = site.stats["tags"][0]["url"]  # the most used tag: its page has the most entries
    year, month = several.date.year, several.date.month
    return {
        "dashboard": site.url(""),
        "day with one entry": site.day_url(one.date),
        "day with several entries": site.day_url(several.date),
        "tag index": site.url("tags/"),
        "tag page": site.url(top_tag),
        "archive": site.url("archive/"),
        "year": site.url(f"archive/{year}/"),
        "month": site.url(f"archive/{year}/{month:02d}/"),
        "dashboard with rounds": variant.url(""),
        "round": variant.url("rounds/1/"),
        "introduction": variant.url("introduction/"),
        "404 under a sub-path": variant.url("a/b/c/"),
    }


def check(browser: Any, axe: str, urls: dict[str, str], scheme: str, width: int) -> list[str]:
    """Every page's violations, as lines naming the page."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    found = []
    try:
        for kind, url in urls.items():
            tab.goto(url, wait_until="load")
            # Material's palette follows the system preference: check it did.
            expected = "slate" if scheme == "dark" else "default"
            assert tab.evaluate("document.body.dataset.mdColorScheme") == expected, kind
            # The heatmap's month-by-month list is checked open, as a reader opens it.
            tab.evaluate("document.querySelectorAll('details.journal-heatmap__days')"
                         ".forEach(details => { details.open = true; })")
            found += [f"{kind} ({url}):\n    {problem}" for problem in violations(tab, axe)]
    finally:
        context.close()
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_kind_has_no_accessibility_violations(
    browser: Any, axe: str, served_sites: dict[str, ServedSite],
    variant_sites: dict[str, ServedSite], scheme: str, width: int,
) -> None:
    found = check(browser, axe, sample_pages(served_sites, variant_sites), scheme, width)
    assert found == [], "\n".join(found)


# --- Other palettes: our colours must hold with any of Material's -------------------------------

PALETTES = {
    # Light primaries Material itself draws dark text on: the worst case for coloured text.
    "yellow-lime": {"scheme": "default", "primary": "yellow", "accent": "lime"},
    "slate-white": {"scheme": "slate", "primary": "white", "accent": "deep orange"},
    "slate-deep-purple": {"scheme": "slate", "primary": "deep purple", "accent": "pink"},
    "light-light-green": {"scheme": "default", "primary": "light green", "accent": "amber"},
}


@pytest.fixture(scope="module")
def palette_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServedSite]]:
    """The sample built once per palette (in parallel), each served at the root."""
    builds = []
    for name, palette in PALETTES.items():
        root = tmp_path_factory.mktemp(f"palette-{name}")
        _copy_sample(root)
        config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
        config["theme"]["palette"] = palette
        (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        )
        builds.append((name, root, process))
    sites = {}
    for name, root, process in builds:
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
        sites[name] = ServedSite(name, "/", root, _start_server(root / "site", "/"))
    yield sites
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


@pytest.mark.parametrize("palette", list(PALETTES))
def test_our_colours_hold_with_other_palettes(
    browser: Any, axe: str, palette_sites: dict[str, ServedSite],
    served_sites: dict[str, ServedSite], palette: str,
) -> None:
    site, journal = palette_sites[palette], served_sites["root"].journal
    assert journal is not None
    several = next(day for day in journal.days if len(day.entries) > 1)
    urls = {
        "dashboard": site.url(""),
        "day": site.url(several.date.strftime("%Y/%m/%d/")),
        "tag index": site.url("tags/"),
        "month": site.url(several.date.strftime("archive/%Y/%m/")),
    }
    scheme = "dark" if PALETTES[palette]["scheme"] == "slate" else "light"
    # One palette, no toggle: Material shows its scheme whatever the system prefers.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    found = []
    try:
        for kind, url in urls.items():
            tab.goto(url, wait_until="load")
            found += [f"{kind} ({url}):\n    {v}" for v in violations(tab, axe)]
    finally:
        context.close()
    assert found == [], f"{palette} ({scheme}):\n" + "\n".join(found)


def test_axe_finds_a_problem_when_there_is_one(browser: Any, axe: str) -> None:
    """The check itself: grey-on-grey text and a colour-only link in our markup are caught."""
    context = browser.new_context()
    tab = context.new_page()
    tab.set_content(
        '<div class="md-content"><p style="color:#aaa;background:#fff">Faint</p>'
        '<p style="color:#000">Text with <a href="#x" style="color:#000;text-decoration:none">'
        "a link</a> in it.</p></div>"
    )
    rules = {v.rule for v in violations(tab, axe)}
    context.close()
    assert "color-contrast" in rules


