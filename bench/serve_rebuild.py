"""How long `mkdocs serve` takes to show an edited entry, with and without the serve window.

    .venv/bin/python bench/serve_rebuild.py 5000 --runs 3

Uses a copy of the journal project bench/run.py generates (bench/out/n<N>/serve). For each
setting of `serve_window_days` it starts `mkdocs serve` on a free local port, waits until it
serves, then edits the newest entry several times; each time it measures from the save to the
server's "Reloading browsers" line (what the open browser waits for) and checks that the day
page the server now returns has the edit.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import prepare  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`mkdocs serve` in a child process, its log lines read with the time they arrived."""

    def __init__(self, project: Path, config_file: str) -> None:
        self.port = free_port()
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.log: list[str] = []
        self.started = time.perf_counter()
        self.child = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", config_file,
             "-a", f"127.0.0.1:{self.port}"],
            cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.child.stdout is not None
        for line in self.child.stdout:
            self.lines.put((time.perf_counter(), line.rstrip()))

    def wait_for(self, pattern: str, timeout: float = 900) -> float:
        deadline = time.perf_counter() + timeout
        while True:
            try:
                stamp, line = self.lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                log = "\n".join(self.log[-30:])
                raise SystemExit(f"no {pattern!r} from mkdocs serve:\n{log}") from None
            self.log.append(line)
            if "ERROR" in line or "Traceback" in line:
                raise SystemExit("mkdocs serve failed:\n" + "\n".join(self.log[-30:]))
            if re.search(pattern, line):
                return stamp

    def get(self, url_path: str) -> str:
        url = f"http://127.0.0.1:{self.port}/{url_path}"
        with urllib.request.urlopen(url, timeout=30) as reply:
            return reply.read().decode("utf-8")

    def stop(self) -> None:
        self.child.send_signal(signal.SIGINT)
        try:
            self.child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()


def measure(project: Path, window: int, runs: int) -> dict[str, object]:
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "journal" in plugin:
            plugin["journal"]["serve_window_days"] = window
    config_file = f"serve-window-{window}.yml"
    (project / config_file).write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")

    newest = max((project / "entries").rglob("*.md"))
    original = newest.read_text(encoding="utf-8")
    stem = newest.stem.removesuffix("-b")
    day_url = f"{stem[:4]}/{stem[5:7]}/{stem[8:10]}/"
    server = Server(project, config_file)
    try:
        ready = server.wait_for(r"Serving on")
        startup = ready - server.started
        rebuilds = []
        for run in range(1, runs + 1):
            time.sleep(1.0)
            marker = f"Edited while serving, take {run} at {time.time():.0f}."
            saved = time.perf_counter()
            newest.write_text(original + f"\n{marker}\n", encoding="utf-8")
            reloaded = server.wait_for(r"Reloading browsers")
            rebuilds.append(reloaded - saved)
            page = server.get(day_url)
            if marker not in page:
                raise SystemExit(f"the served {day_url} does not show the edit")
            print(f"  window {window:>4}: edit {run} shown after {rebuilds[-1]:.2f} s", flush=True)
    finally:
        server.stop()
        newest.write_text(original, encoding="utf-8")
    return {"window": window, "startup": startup, "rebuilds": rebuilds,
            "median": statistics.median(rebuilds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="entries in the journal (N)")
    parser.add_argument("--runs", type=int, default=3, help="edits per setting")
    parser.add_argument("--windows", default="30,0", help="serve_window_days settings to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args(argv)

    projects = prepare(args.out, args.count, args.seed)
    project = projects["journal"].parent / "serve"
    if not project.exists():
        shutil.copytree(projects["journal"], project, ignore=shutil.ignore_patterns("site"))
    print(f"N = {args.count}: load average {os.getloadavg()[0]:.2f}", flush=True)
    results = [measure(project, int(window), args.runs) for window in args.windows.split(",")]
    print(f"\nN = {args.count} (load average now {os.getloadavg()[0]:.2f})")
    print(f"{'serve_window_days':>18}{'first build s':>15}{'save → reload s (median)':>27}  all")
    for result in results:
        print(f"{result['window']:>18}{result['startup']:>15.2f}{result['median']:>27.2f}  "
              f"{[round(value, 2) for value in result['rebuilds']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
