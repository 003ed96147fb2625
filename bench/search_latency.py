"""Time from opening the home page to the first search result for a tag, in headless Chromium.

    .venv/bin/python bench/search_latency.py 5000 --runs 3

Serves the built sites of bench/run.py's journal and baseline (built here if missing) over local
HTTP, opens each home page in a fresh browser context (nothing cached), types a tag into
Material's search box as soon as the page has loaded, and waits for the first result: Material
downloads search_index.json and builds its index in a web worker first, so the index size is
what the reader waits for.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import statistics
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import build, prepare  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pick_tag(journal_site: Path) -> str:
    """A one-word tag of middling frequency: typed as is, found on a fair number of days."""
    tags = json.loads((journal_site / "stats.json").read_text(encoding="utf-8"))["tags"]
    words = [tag for tag in tags if re.fullmatch(r"[a-z]+", tag["name"])]
    middling = [tag for tag in words if 20 <= tag["count"] <= 200] or words
    return middling[len(middling) // 2]["name"]


def time_search(browser, url: str, query: str) -> tuple[float, float, str]:
    context = browser.new_context()
    page = context.new_page()
    try:
        started = time.perf_counter()
        page.goto(url, wait_until="load")
        loaded = time.perf_counter()
        page.locator("input.md-search__input").click()
        page.keyboard.type(query)
        first = page.locator(".md-search-result__item").first
        first.wait_for(timeout=120_000)
        found = time.perf_counter()
        title = first.locator("h1, h2").first.inner_text()
        return loaded - started, found - started, title
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    projects = prepare(HERE / "out", args.count, args.seed)
    for system in ("journal", "baseline"):
        if not (projects[system] / "site" / "search" / "search_index.json").exists():
            build(projects[system])
    query = pick_tag(projects["journal"] / "site")

    from playwright.sync_api import sync_playwright

    print(f"N = {args.count}, query {query!r}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        results: dict[str, list[tuple[float, float, str]]] = {"journal": [], "baseline": []}
        servers = {system: serve(projects[system] / "site") for system in results}
        try:
            for _ in range(args.runs):
                for system, (_, url) in servers.items():
                    results[system].append(time_search(browser, url, query))
        finally:
            for server, _ in servers.values():
                server.shutdown()
            browser.close()
    for system, runs in results.items():
        index = projects[system] / "site" / "search" / "search_index.json"
        loaded = statistics.median(run[0] for run in runs)
        found = statistics.median(run[1] for run in runs)
        print(f"{system:<9} index {index.stat().st_size / 1e6:5.1f} MB · page loaded "
              f"{loaded:.2f} s · first result {found:.2f} s (median of {len(runs)}: "
              f"{[round(run[1], 2) for run in runs]}) · first hit: {runs[0][2]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
