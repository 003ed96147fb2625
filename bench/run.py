"""Build the same generated journal three ways, interleaved, and compare time, memory and size.

    .venv/bin/python bench/run.py 1000 5000 --runs 3      (or: make bench N="1000 5000")

Systems, each a fresh `mkdocs build -q` in its own child process, in the order A B C A B C ...:
  journal   (a) our plugin: day, tag, archive and dashboard pages from `entries/`;
  baseline  (b) plain MkDocs + Material, the same files as ordinary pages under `docs/`, not in
                the nav (the nav holds only the home page);
  blog      (c) Material's blog plugin with its tags plugin, the same files as posts.
With `--against REV`, a fourth system, `before`, builds the journal project with the plugin as
it was at git revision REV (its `plugins/` folder first on PYTHONPATH), interleaved with the rest:
a before/after comparison in one run.
All three use the same theme settings and Markdown extensions. Wall time is measured around the
child; peak memory is the child's own maxrss from the kernel (os.wait4). Projects are written
under bench/out/ (gitignored) and reused while the generator's settings are the same.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import IMAGE_DIR, generate_journal  # noqa: E402

SYSTEMS = ("journal", "baseline", "blog")
THEME = {"name": "material", "font": False}
MARKDOWN_EXTENSIONS = [
    "admonition",
    "attr_list",
    "tables",
    {"toc": {"permalink": True}},
    "pymdownx.highlight",
    "pymdownx.superfences",
]


@dataclass(frozen=True)
class Measurement:
    system: str
    count: int
    run: int
    seconds: float
    cpu_seconds: float
    peak_mb: float
    site_mb: float
    search_index_mb: float
    largest_page_kb: float
    largest_page: str
    html_pages: int


# ---------------------------------------------------------------------------------------------
# Projects


def prepare(out: Path, count: int, seed: int) -> dict[str, Path]:
    """Write (or reuse) the three projects for `count` entries; returns system → project folder."""
    base = out / f"n{count}"
    marker = base / "params.json"
    params = {"count": count, "seed": seed, "generator": _generator_stamp()}
    projects = {system: base / system for system in SYSTEMS}
    if marker.exists() and json.loads(marker.read_text()) == params:
        return projects
    if base.exists():
        shutil.rmtree(base)
    source = base / "source"
    entries = generate_journal(source, count, seed=seed)
    last = max(entry.date for entry in entries)
    _journal_project(projects["journal"], source, last)
    _baseline_project(projects["baseline"], source)
    _blog_project(projects["blog"], source)
    marker.write_text(json.dumps(params))
    return projects


def _generator_stamp() -> float:
    return (HERE / "generate.py").stat().st_mtime


def _write_config(project: Path, config: dict) -> None:
    project.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")


def _common(name: str) -> dict:
    return {"site_name": name, "theme": dict(THEME), "markdown_extensions": MARKDOWN_EXTENSIONS}


def _journal_project(project: Path, source: Path, last: object) -> None:
    shutil.copytree(source, project / "entries")
    (project / "docs").mkdir(parents=True)
    config = _common("Bench journal")
    config["plugins"] = [
        "search",
        {"journal": {"entries_dir": "entries", "as_of": str(last), "timezone": "UTC"}},
    ]
    _write_config(project, config)


def _baseline_project(project: Path, source: Path) -> None:
    docs = project / "docs"
    shutil.copytree(source, docs / "entries")
    (docs / "index.md").write_text("# Bench baseline\n\nThe entries are pages outside the nav.\n")
    config = _common("Bench baseline")
    config["nav"] = ["index.md"]
    config["validation"] = {"nav": {"omitted_files": "info"}}
    config["plugins"] = ["search"]
    _write_config(project, config)


def _blog_project(project: Path, source: Path) -> None:
    """Posts need `date` (ours have it); the first tag becomes the post's category."""
    docs = project / "docs"
    posts = docs / "blog" / "posts"
    shutil.copytree(source / IMAGE_DIR, posts / IMAGE_DIR)
    for entry in sorted(source.rglob("*.md")):
        target = posts / entry.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_as_post(entry.read_text(encoding="utf-8")), encoding="utf-8")
    (docs / "index.md").write_text("# Bench blog\n\nSee the [blog](blog/index.md).\n")
    (docs / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n")
    (docs / "blog" / "index.md").write_text("# Blog\n")
    config = _common("Bench blog")
    config["nav"] = ["index.md", "tags.md", {"Blog": ["blog/index.md"]}]
    config["plugins"] = ["search", "blog", "tags"]
    _write_config(project, config)


def _as_post(text: str) -> str:
    """Add a category (the first tag) and an excerpt marker after the first paragraph, as a
    blogger would, so the blog's listings show excerpts like the journal's do."""
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    meta["categories"] = [meta["tags"][0]]
    blocks = body.split("\n\n")
    first = 2 if blocks[0].startswith("# ") else 1
    body = "\n\n".join(blocks[:first] + ["<!-- more -->"] + blocks[first:])
    return "---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body


# ---------------------------------------------------------------------------------------------
# Measuring


def plugin_at(revision: str, out: Path) -> Path:
    """The `plugins/` folder of the repository at `revision`, unpacked under `out`."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short", revision], cwd=HERE.parent, check=True, capture_output=True,
        text=True,
    ).stdout.strip()
    folder = out / f"rev-{sha}"
    if not (folder / "plugins").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", sha, "plugins"], cwd=HERE.parent, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "plugins"


def build(project: Path, python_path: Path | None = None) -> tuple[float, float, float]:
    """Run `mkdocs build -q` in a child process; wall seconds, the child's CPU seconds (user +
    system: steadier than wall time on a shared machine) and its peak RSS in MB."""
    shutil.rmtree(project / "site", ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if python_path is not None:
        env["PYTHONPATH"] = str(python_path)
    log_path = project / "build.log"
    with log_path.open("wb") as log:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, env=env,
            stdout=log, stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"build failed in {project} ({child.returncode}):\n{log_path.read_text()[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024  # Linux reports kilobytes


def sizes(site: Path) -> dict[str, object]:
    total = 0
    largest, largest_name, pages = 0, "", 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.suffix == ".html":
            pages += 1
            if size > largest:
                largest, largest_name = size, path.relative_to(site).as_posix()
    index = site / "search" / "search_index.json"
    return {
        "site_mb": total / 1e6,
        "search_index_mb": index.stat().st_size / 1e6 if index.exists() else 0.0,
        "largest_page_kb": largest / 1e3,
        "largest_page": largest_name,
        "html_pages": pages,
    }


def measure(
    count: int, projects: dict[str, Path], runs: int, systems: tuple[str, ...],
    before: Path | None = None,
) -> list[Measurement]:
    results: list[Measurement] = []
    for run in range(1, runs + 1):
        for system in systems:
            project = projects["journal" if system == "before" else system]
            seconds, cpu, peak = build(project, before if system == "before" else None)
            size = sizes(project / "site")
            results.append(Measurement(system, count, run, seconds, cpu, peak, **size))  # type: ignore[arg-type]
            print(f"  run {run} {system:<8} {seconds:7.2f} s {cpu:7.2f} s CPU {peak:7.1f} MB",
                  flush=True)
    return results


# ---------------------------------------------------------------------------------------------
# Reporting


def summary(results: list[Measurement], systems: tuple[str, ...]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for system in systems:
        rows = [r for r in results if r.system == system]
        last = rows[-1]
        table[system] = {
            "seconds": statistics.median(r.seconds for r in rows),
            "cpu_seconds": statistics.median(r.cpu_seconds for r in rows),
            "peak_mb": statistics.median(r.peak_mb for r in rows),
            "site_mb": last.site_mb,
            "search_index_mb": last.search_index_mb,
            "largest_page_kb": last.largest_page_kb,
            "html_pages": last.html_pages,
            "runs": [round(r.seconds, 2) for r in rows],  # type: ignore[dict-item]
            "largest_page": last.largest_page,  # type: ignore[dict-item]
        }
    return table


def ratios(table: dict[str, dict[str, float]]) -> dict[str, float]:
    a, b, c = (table.get(name) for name in SYSTEMS)
    found: dict[str, float] = {}
    if a and b:
        found["time a/b"] = a["seconds"] / b["seconds"]
        found["cpu a/b"] = a["cpu_seconds"] / b["cpu_seconds"]
        found["memory a/b"] = a["peak_mb"] / b["peak_mb"]
        if b["search_index_mb"]:
            found["index a/b"] = a["search_index_mb"] / b["search_index_mb"]
    if a and c:
        found["time a/c"] = a["seconds"] / c["seconds"]
        found["memory a/c"] = a["peak_mb"] / c["peak_mb"]
    earlier = table.get("before")
    if earlier and b:
        found["time before/b"] = earlier["seconds"] / b["seconds"]
        found["cpu before/b"] = earlier["cpu_seconds"] / b["cpu_seconds"]
        found["memory before/b"] = earlier["peak_mb"] / b["peak_mb"]
    return found


def print_table(count: int, table: dict[str, dict[str, float]], load: tuple[float, float]) -> None:
    print(f"\nN = {count} entries (medians; load average {load[0]:.2f} before, "
          f"{load[1]:.2f} after)")
    header = f"{'system':<9}{'time s':>8}{'cpu s':>8}{'ms/entry':>10}{'peak MB':>9}{'site MB':>9}" \
             f"{'index MB':>10}{'largest kB':>12}{'pages':>7}  runs (s)"
    print(header)
    for system, row in table.items():
        print(f"{system:<9}{row['seconds']:8.2f}{row['cpu_seconds']:8.2f}"
              f"{row['seconds'] * 1000 / count:10.2f}"
              f"{row['peak_mb']:9.1f}{row['site_mb']:9.1f}{row['search_index_mb']:10.2f}"
              f"{row['largest_page_kb']:12.1f}{row['html_pages']:7d}  {row['runs']}")
    for name, value in ratios(table).items():
        print(f"  {name}: {value:.2f}")
    for system, row in table.items():
        print(f"  largest page of {system}: {row['largest_page']}")


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "markdown": version("markdown"),
        "pymdown-extensions": version("pymdown-extensions"),
        "mkdocs-journal": version("mkdocs-journal"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=int, nargs="*", default=[1000], help="entry counts (N)")
    parser.add_argument("--runs", type=int, default=3, help="builds per system per N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--against", metavar="REV", help="also build with the plugin at REV")
    args = parser.parse_args(argv)
    systems = tuple(name for name in args.systems.split(",") if name)
    unknown = set(systems) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems {sorted(unknown)}; choose from {', '.join(SYSTEMS)}")
    before = plugin_at(args.against, args.out) if args.against else None
    if before is not None:
        systems = ("before", *systems)

    listed = ", ".join(f"{name} {number}" for name, number in versions().items())
    print(f"versions: {listed} · {os.cpu_count()} CPUs")
    report = {
        "versions": versions(), "cpus": os.cpu_count(), "against": args.against, "results": {},
    }
    for count in args.counts:
        print(f"\npreparing N = {count} in {args.out}", flush=True)
        projects = prepare(args.out, count, args.seed)
        before = os.getloadavg()[0]
        results = measure(count, projects, args.runs, systems, before)
        load = (before, os.getloadavg()[0])
        table = summary(results, systems)
        print_table(count, table, load)
        report["results"][str(count)] = {
            "load": load, "table": table, "ratios": ratios(table),
            "measurements": [asdict(r) for r in results],
        }
    stamp = time.strftime("%Y%m%d-%H%M%S")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"results-{stamp}.json").write_text(json.dumps(report, indent=2))
    print(f"\nraw figures: {args.out / f'results-{stamp}.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
