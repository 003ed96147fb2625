"""The sample journal built twice and served over HTTP, and a headless Chromium to read it with.

One build is served at the root of its host, the other under `/myjournal/` with `site_url` saying
so, the way GitHub Pages serves a project page. Both are built from a copy of this repository's
own `mkdocs.yml`, `docs/` and `entries/`, with the streaks counted as of the journal's last day.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from mkdocs_journal.core.files import load_entries
from mkdocs_journal.core.journal import Journal, build_journal

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
MOUNTS = {"root": "/", "sub": "/myjournal/"}


class MountedHandler(SimpleHTTPRequestHandler):
    """Serves a folder at `mount` only, so a link that escapes the sub-path gets a 404."""

    mount = "/"

    def do_GET(self) -> None:
        self._serve(super().do_GET)

    def do_HEAD(self) -> None:
        self._serve(super().do_HEAD)

    def _serve(self, handler: Any) -> None:
        path = urlsplit(self.path).path
        if self.mount != "/" and path == self.mount.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.mount)
            self.end_headers()
            return
        if not path.startswith(self.mount):
            self.send_error(404, "outside the site")
            return
        self.path = "/" + self.path[len(self.mount):]
        handler()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PagesHandler(MountedHandler):
    """Like GitHub Pages: a missing file under the mount gets the site's `404.html`."""

    inside = False

    def _serve(self, handler: Any) -> None:
        self.inside = urlsplit(self.path).path.startswith(self.mount)
        super()._serve(handler)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not self.inside or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@dataclass
class ServedSite:
    """A built site and the URL it is served at."""

    name: str
    mount: str
    root: Path
    server: ThreadingHTTPServer
    journal: Journal | None = None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{self.mount}"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def url(self, relative: str = "") -> str:
        return urljoin(self.base_url, relative)

    def relative(self, url: str) -> str:
        """The site-relative path of a URL on this site (`2026/11/02/`)."""
        assert url.startswith(self.base_url), f"{url} is not on {self.base_url}"
        return url[len(self.base_url):].split("#", 1)[0]

    def day_url(self, date: dt.date) -> str:
        return self.url(date.strftime("%Y/%m/%d/"))


def _start_server(
    directory: Path, mount: str, pages: bool = False
) -> ThreadingHTTPServer:
    """Serves `directory` at `mount`; `pages` answers misses with its 404.html."""
    handler = type("Handler", (PagesHandler if pages else MountedHandler,), {"mount": mount})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _copy_sample(target: Path) -> None:
    for name in ("mkdocs.yml", "docs", "entries"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)


@pytest.fixture(scope="session")
def served_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServedSite]]:
    sites: dict[str, ServedSite] = {}
    builds = []
    entries = load_entries(ROOT / "entries", ROOT)
    journal = build_journal(entries)
    last_day = max(journal.logged_dates)
    # Noon UTC on the last day: the streak is counted as of that day in any configured zone.
    epoch = int(dt.datetime.combine(last_day, dt.time(12), tzinfo=dt.timezone.utc).timestamp())
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": str(epoch)}
    for name, mount in MOUNTS.items():
        root = tmp_path_factory.mktemp(f"browser-{name}")
        _copy_sample(root)
        (root / "site").mkdir()
        server = _start_server(root / "site", mount)
        site = ServedSite(name, mount, root, server, journal)
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        # A later key wins in YAML as MkDocs reads it, so this overrides any site_url already set.
        config += f"\nsite_url: {site.base_url}\n"
        (root / "mkdocs.yml").write_text(config, encoding="utf-8")
        builds.append((site, subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict"],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )))
        sites[name] = site
    for site, process in builds:
        output, _ = process.communicate(timeout=300)
        if process.returncode != 0:
            pytest.fail(f"building the sample journal for {site.base_url} failed:\n{output}")
        site.stats = json.loads((site.site_dir / "stats.json").read_text(encoding="utf-8"))
    yield sites
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


VARIANT_ROUNDS = [{"name": "#100DaysOfCode", "start": "2026-11-01", "goal": 100}]
VARIANT_PREAMBLE = """# My #100DaysOfCode

I pledge to code for an hour a day. [The rules](https://www.100daysofcode.com/rules/) are simple.
"""


@pytest.fixture(scope="session")
def variant_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServedSite]]:
    """The sample without `site_url` (the sample's own setting removed), with a round and an
    imported preamble: one build, served like GitHub Pages (misses get `404.html`) at the root
    and under `/myjournal/`. It has the page the sample lacks, an introduction, and sets its
    round itself so it keeps one whatever the sample's `rounds` say."""
    root = tmp_path_factory.mktemp("browser-variant")
    _copy_sample(root)
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("site_url", None)
    plugins = [item for item in config["plugins"] if isinstance(item, dict)]
    next(item["journal"] for item in plugins if "journal" in item)["rounds"] = VARIANT_ROUNDS
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (root / "entries" / "_preamble.md").write_text(VARIANT_PREAMBLE, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"building the sample variant failed:\n{result.stdout}{result.stderr}")
    sites = {
        name: ServedSite(name, mount, root, _start_server(root / "site", mount, pages=True))
        for name, mount in MOUNTS.items()
    }
    yield sites
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


@pytest.fixture(params=list(MOUNTS), ids=list(MOUNTS))
def site(request: pytest.FixtureRequest, served_sites: dict[str, ServedSite]) -> ServedSite:
    return served_sites[request.param]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Problems:
    """What went wrong in the browser while a test ran: console errors, page errors, requests
    that tried to leave the machine."""

    console: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)


@pytest.fixture
def problems() -> Problems:
    return Problems()


@pytest.fixture
def page(browser: Any, problems: Problems) -> Iterator[Any]:
    """A fresh browser tab; the test fails if the page logged an error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def route(route: Any) -> None:
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        else:  # no network here, and a published journal should not need one to work
            problems.external.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.on("console", lambda message: _console(message, problems))
    tab.on("pageerror", lambda error: problems.console.append(f"page error: {error}"))
    yield tab
    context.close()
    assert problems.console == [], "the browser logged errors:\n" + "\n".join(problems.console)


def _console(message: Any, problems: Problems) -> None:
    if message.type != "error":
        return
    location = message.location.get("url", "") if message.location else ""
    failed = message.text.startswith("Failed to load resource")
    if failed and location and urlsplit(location).hostname != "127.0.0.1":
        return  # an external request we aborted ourselves; recorded in problems.external
    problems.console.append(f"{message.text} ({location})")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if ARTIFACTS.is_dir() and any(ARTIFACTS.iterdir()):
        terminalreporter.write_line(f"browser screenshots: {ARTIFACTS}")
