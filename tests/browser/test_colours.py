"""Heatmap and progress bar colours as Chromium paints them, for every way a site can set (or not
set) Material's palette: none at all (the README's minimal mkdocs.yml), one palette, a custom
primary colour, and the light/dark pair with a toggle, each seen with a light and a dark system
preference. Colours are read with getComputedStyle, never from the stylesheet.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from .conftest import CHROMIUM, _start_server

ENTRY_WORDS = (1, 2, 4, 8, 16, 32, 64, 128)
"""One entry a day from 2024-03-01, each twice as long as the last: every heatmap level shows."""

CUSTOM_CSS = ":root > * { --md-primary-fg-color: #ee0f0f; }\n"
CUSTOM_RED = (0xEE, 0x0F, 0x0F)
TOGGLE = [
    {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "teal",
     "accent": "teal", "toggle": {"icon": "material/weather-night", "name": "Dark mode"}},
    {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "teal",
     "accent": "teal", "toggle": {"icon": "material/weather-sunny", "name": "Light mode"}},
]
PALETTES: dict[str, Any] = {
    "none": None,
    "single": {"scheme": "default", "primary": "teal", "accent": "teal"},
    "single-slate": {"scheme": "slate", "primary": "indigo", "accent": "deep orange"},
    "custom": {"scheme": "default", "primary": "custom"},
    "toggle": TOGGLE,
    # The hard cases: a primary lighter than any text colour, and Material's default indigo
    # accent on slate, which an empty day's faint square nearly matches.
    "yellow": {"scheme": "default", "primary": "yellow", "accent": "yellow"},
    "white": {"scheme": "default", "primary": "white", "accent": "lime"},
    "slate-default": {"scheme": "slate"},
}
# The scheme Material shows for a system preference: the toggle follows it, the others don't.
EXPECTED_SCHEME = {
    ("none", "light"): None, ("none", "dark"): None,
    ("single", "light"): "default", ("single", "dark"): "default",
    ("single-slate", "light"): "slate", ("single-slate", "dark"): "slate",
    ("custom", "light"): "default", ("custom", "dark"): "default",
    ("toggle", "light"): "default", ("toggle", "dark"): "slate",
    ("yellow", "light"): "default", ("yellow", "dark"): "default",
    ("white", "light"): "default", ("white", "dark"): "default",
    ("slate-default", "light"): "slate", ("slate-default", "dark"): "slate",
}

# Every colour is read as painted: drawn on a canvas over the page's own background (and, for
# the alpha, over nothing), so `color-mix(...)`, `color(srgb ...)` and rgba all compare alike.
READ_COLOURS = """() => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const background = getComputedStyle(document.body).backgroundColor;
  const paint = (colour, under) => {
    ctx.clearRect(0, 0, 1, 1);
    if (under) { ctx.fillStyle = under; ctx.fillRect(0, 0, 1, 1); }
    ctx.fillStyle = colour; ctx.fillRect(0, 0, 1, 1);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data);
  };
  const read = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const colour = getComputedStyle(element).backgroundColor;
    return {css: colour, alpha: paint(colour, null)[3], rgb: paint(colour, background).slice(0, 3)};
  };
  const result = {page: read("body"), scheme: document.body.getAttribute("data-md-color-scheme")};
  for (const level of [0, 1, 2, 3, 4]) {
    result[`cell${level}`] = read(`.journal-heatmap__grid .journal-cell--${level}`);
  }
  result.track = read(".journal-progress");
  result.bar = read(".journal-progress__bar");
  return result;
}"""


def _luminance(rgb: list[int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: list[int], second: list[int]) -> float:
    """WCAG contrast ratio of two opaque colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _write_site(root: Path, palette: Any) -> None:
    theme: dict[str, Any] = {"name": "material", "font": False}
    if palette is not None:
        theme["palette"] = palette
    config: dict[str, Any] = {
        "site_name": "Colours",
        "theme": theme,
        "plugins": ["search", {"journal": {"as_of": "2024-03-10", "goal": 20}}],
    }
    (root / "docs").mkdir()
    if palette and not isinstance(palette, list) and palette.get("primary") == "custom":
        (root / "docs" / "custom.css").write_text(CUSTOM_CSS, encoding="utf-8")
        config["extra_css"] = ["custom.css"]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    folder = root / "entries" / "2024"
    folder.mkdir(parents=True)
    for day, words in enumerate(ENTRY_WORDS, start=1):
        body = " ".join(["word"] * words)
        (folder / f"2024-03-{day:02d}.md").write_text(
            f"---\ntitle: Day of {words} words\n---\n{body}\n", encoding="utf-8"
        )


@pytest.fixture(scope="module")
def palette_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Each palette's site, built and served; name → its URL."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    builds = []
    for name, palette in PALETTES.items():
        root = tmp_path_factory.mktemp(f"palette-{name}")
        _write_site(root, palette)
        builds.append((name, root, subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )))
    servers, urls = [], {}
    for name, root, process in builds:
        output, _ = process.communicate(timeout=300)
        if process.returncode != 0:
            pytest.fail(f"building the {name} palette site failed:\n{output}")
        server = _start_server(root / "site", "/")
        servers.append(server)
        host, port = server.server_address[:2]
        urls[name] = f"http://{host}:{port}/"
    yield urls
    for server in servers:
        server.shutdown()
        server.server_close()


def _open(browser: Any, url: str, scheme: str, width: int = 1280) -> tuple[Any, Any, list[str]]:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM}")
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    errors: list[str] = []

    def route(route: Any) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            errors.append(f"external request: {route.request.url}")
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200
    return context, page, errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("palette", list(PALETTES))
def test_heatmap_cells_and_progress_bar_are_painted_with_any_palette(
    palette_sites, browser, palette, scheme
):
    context, page, errors = _open(browser, palette_sites[palette], scheme)
    try:
        colours = page.evaluate(READ_COLOURS)
    finally:
        context.close()
    assert errors == []
    assert colours["scheme"] == EXPECTED_SCHEME[palette, scheme]
    background = colours["page"]["rgb"]
    for key in ("cell0", "cell1", "cell2", "cell3", "cell4", "track", "bar"):
        assert colours[key] is not None, f"no {key} on the dashboard"
        assert colours[key]["alpha"] > 0, f"{key} is transparent ({colours[key]['css']})"
    empty = colours["cell0"]["rgb"]
    logged = [colours[f"cell{level}"]["rgb"] for level in (1, 2, 3, 4)]
    assert empty != background, "an empty cell shows as a square too"
    assert len({tuple(rgb) for rgb in logged}) == 4, f"four distinct levels: {logged}"
    for level, rgb in enumerate(logged, start=1):
        # WCAG 1.4.11 asks 3:1 for a graphic that carries meaning.
        assert contrast(rgb, background) >= 3, (level, rgb, background)
        assert contrast(rgb, empty) >= 3, (level, rgb, empty)
    assert colours["bar"]["rgb"] != colours["track"]["rgb"]
    assert contrast(colours["bar"]["rgb"], background) >= 3
    if palette == "custom":  # the site's own red, at most darkened a little to keep 3:1
        for key in ("cell1", "bar"):
            red, green, blue = colours[key]["rgb"]
            assert CUSTOM_RED[0] - 40 <= red <= CUSTOM_RED[0] and max(green, blue) <= 30, key


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("palette", "scheme"), [
    ("none", "light"), ("toggle", "light"), ("toggle", "dark"),
])
def test_dashboard_screenshots(palette_sites, browser, artifacts, palette, scheme, width):
    context, page, errors = _open(browser, palette_sites[palette], scheme, width)
    try:
        assert page.locator(".journal-heatmap__grid [data-href]").count() == len(ENTRY_WORDS)
        page.screenshot(
            path=artifacts / f"colours-{palette}-{scheme}-{width}.png", full_page=True
        )
    finally:
        context.close()
    assert errors == []
