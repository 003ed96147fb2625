"""Where a journal build's time goes: our plugin's own work against MkDocs' (and Material's).

    .venv/bin/python bench/profile_build.py 1000

Builds the generated journal of N entries (bench/out/n<N>/journal, written by bench/run.py)
in-process, twice: once timing MkDocs' per-page steps by page kind (CPU time, no profiler, so
the split is faithful), once under cProfile for the cumulative time of mkdocs_journal's own
functions. Prints Markdown tables for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import mkdocs.commands.build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from run import prepare  # noqa: E402

OUR_STEPS = (
    ("plugin.py", "on_files", "on_files: everything below, plus registering the pages"),
    ("journal.py", "load_entries", "  read and parse the entry files"),
    ("journal.py", "build_journal", "  group into days, number them, index tags"),
    ("stats.py", "journal_stats", "  streaks and figures"),
    ("day_pages.py", "day_pages", "  day pages' data and Markdown"),
    ("tag_pages.py", "tag_pages", "  tag index and tag pages' data"),
    ("archive_pages.py", "archive_pages", "  archive, year and month pages' data"),
    ("dashboard.py", "dashboard_page", "  the dashboard's data"),
    ("text.py", "excerpt", "  excerpts (inside the steps above)"),
    ("page.py", "render", "JournalPage.render (per page: day Markdown; listings skip it)"),
    ("plugin.py", "on_page_content", "on_page_content (per page)"),
    ("plugin.py", "on_post_page", "on_post_page (per page: head tags)"),
    ("plugin.py", "on_post_build", "on_post_build (stats.json, badges, feed)"),
)


def _config(project: Path, site_dir: str):
    """A fresh build's config; caches kept for live-preview rebuilds are emptied, so each build
    in this process is as cold as `mkdocs build`."""
    from mkdocs_journal.site import urls, views

    for cached in (views._excerpt, urls.src_uri_to_url, urls.day_src_uri, urls._segments):
        cached.cache_clear()
    return load_config(config_file=str(project / "mkdocs.yml"), site_dir=site_dir)


def phases(project: Path) -> tuple[float, dict[str, tuple[int, float]]]:
    """CPU seconds of the whole build and of MkDocs' page steps per kind of page."""
    totals: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0])
    originals = {name: getattr(mkdocs_build, name) for name in ("_populate_page", "_build_page")}
    config = _config(project, tempfile.mkdtemp(prefix="bench-profile-"))

    def timed(name: str):
        def step(page, *args, **kwargs):
            started = time.process_time()
            result = originals[name](page, *args, **kwargs)
            kind = getattr(page, "kind", "your page")  # a JournalPage says its kind
            label = "read + Markdown" if name == "_populate_page" else "template + search + write"
            totals[f"{kind}: {label}"][0] += 1
            totals[f"{kind}: {label}"][1] += time.process_time() - started
            return result
        return step

    for name in originals:
        setattr(mkdocs_build, name, timed(name))
    on_files = config.plugins.on_files

    def timed_files(*args, **kwargs):
        started = time.process_time()
        result = on_files(*args, **kwargs)
        totals["all plugins' on_files (the journal's page generation)"][0] = 1
        totals["all plugins' on_files (the journal's page generation)"][1] += (
            time.process_time() - started
        )
        return result

    config.plugins.on_files = timed_files  # type: ignore[method-assign]
    try:
        started = time.process_time()
        mkdocs_build.build(config)
        total = time.process_time() - started
    finally:
        for name, original in originals.items():
            setattr(mkdocs_build, name, original)
    return total, {key: (int(count), seconds) for key, (count, seconds) in totals.items()}


def profile(project: Path) -> tuple[float, list[tuple[str, float]]]:
    config = _config(project, tempfile.mkdtemp(prefix="bench-profile-"))
    profiler = cProfile.Profile()
    profiler.enable()
    mkdocs_build.build(config)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = max(entry[3] for entry in stats.values())
    found = []
    for file_name, function, label in OUR_STEPS:
        seconds = sum(
            entry[3] for (path, _, name), entry in stats.items()
            if name == function and "mkdocs_journal/" in path
            and path.endswith(f"/{file_name}")
        )
        found.append((label, seconds))
    return total, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    projects = prepare(HERE / "out", args.count, args.seed)

    for system in ("journal", "baseline"):
        total, steps = phases(projects[system])
        print(f"\n{system}, N = {args.count}: {total:.2f} s CPU for the whole build\n")
        print("| MkDocs step, by kind of page | pages | CPU s | ms/page |\n|---|---:|---:|---:|")
        for key, (count, seconds) in sorted(steps.items(), key=lambda item: -item[1][1]):
            print(f"| {key} | {count} | {seconds:.2f} | {1000 * seconds / count:.2f} |")

    total, ours = profile(projects["journal"])
    print(f"\ncProfile of the journal build, N = {args.count}: {total:.2f} s (profiled)\n")
    print("| mkdocs_journal function (cumulative) | s | share |\n|---|---:|---:|")
    for label, seconds in ours:
        print(f"| {label} | {seconds:.2f} | {100 * seconds / total:.1f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
