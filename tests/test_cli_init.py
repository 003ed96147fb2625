"""`journal init`: a new site that builds as written, and never a file overwritten."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from cli_helpers import journal, write

REPO = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _build(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder,
        capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_init_writes_a_site_that_builds_strictly(tmp_path: Path) -> None:
    result = journal(tmp_path, "init", "my-journal", "--timezone", "UTC")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "my-journal"
    files = _files(folder)
    entry = next(name for name in files if name.startswith("entries/"))
    assert re.fullmatch(r"entries/\d{4}/\d{4}-\d{2}-\d{2}\.md", entry)
    assert files == sorted(
        [".github/workflows/deploy.yml", ".gitignore", "docs/about.md", entry, "mkdocs.yml"]
    )
    config = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["name"] == "material" and config["theme"]["font"] is False
    assert config["plugins"][0] == "search"
    assert config["plugins"][1]["journal"]["goal"] == 100
    # The next three commands, the first one leading into the new folder.
    lines = result.output.splitlines()
    nxt = lines[lines.index("Next:") + 1:]
    assert len(nxt) == 3
    assert nxt[0].strip().startswith("cd my-journal && mkdocs serve")
    assert nxt[1].strip().startswith("journal new")

    built = _build(folder)
    assert built.returncode == 0, built.stderr
    day = entry.removeprefix("entries/")[5:15].replace("-", "/")
    page = (folder / "site" / day / "index.html").read_text(encoding="utf-8")
    assert "Starting #100DaysOfCode" in page and "R1 · Day 1" in page
    assert (folder / "site" / "about" / "index.html").exists()
    # And `journal new` works in it at once (tomorrow's entry is refused as the future: today's
    # is already there, so --force gives a second one).
    again = journal(folder, "new", "--force")
    assert again.exit_code == 0, again.output


def test_options_go_into_the_site_as_text(tmp_path: Path) -> None:
    odd = "#100DaysOf\"ML<>&' : code"
    result = journal(
        tmp_path, "init", "--round", odd, "--goal", "60", "--name", "Ada's journal",
        "--timezone", "Europe/Paris",
    )
    assert result.exit_code == 0, result.output
    config = yaml.safe_load((tmp_path / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "Ada's journal"
    assert odd in config["site_description"]
    options = config["plugins"][1]["journal"]
    assert options["goal"] == 60 and options["timezone"] == "Europe/Paris"
    [round_] = options["rounds"]
    assert round_["name"] == odd and round_["goal"] == 60
    # In the current folder: no `cd` step.
    assert "cd " not in result.output
    assert _build(tmp_path).returncode == 0


def test_init_refuses_a_folder_with_a_site_and_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "mkdocs.yml", "site_name: mine\n")
    write(tmp_path / "notes.txt", "keep\n")
    result = journal(tmp_path, "init")
    assert result.exit_code == 1
    assert result.output == (
        "Error: mkdocs.yml already exists; nothing was written (journal init starts a new "
        "journal: run it in an empty or new folder)\n"
    )
    assert _files(tmp_path) == ["mkdocs.yml", "notes.txt"]
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: mine\n"


def test_init_refuses_any_file_it_would_write(tmp_path: Path) -> None:
    write(tmp_path / "j" / ".gitignore", "*.pyc\n")
    result = journal(tmp_path, "init", "j")
    assert result.exit_code == 1
    assert result.output.startswith("Error: j/.gitignore already exists; nothing was written")
    assert _files(tmp_path / "j") == [".gitignore"]

    write(tmp_path / "k" / "entries" / "old.md", "x\n")
    result = journal(tmp_path, "init", "k")
    assert result.exit_code == 1
    assert "Error: k/entries already exists" in result.output
    assert _files(tmp_path / "k") == ["entries/old.md"]


def test_init_refuses_an_unknown_time_zone(tmp_path: Path) -> None:
    result = journal(tmp_path, "init", "--timezone", "Mars/Olympus")
    assert result.exit_code == 1
    assert "Error: --timezone: unknown time zone 'Mars/Olympus'" in result.output
    assert _files(tmp_path) == []


def test_the_workflow_template_follows_the_repositorys_own() -> None:
    """The published workflow is this repository's, installing the package from PyPI."""
    ours = (REPO / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    packaged = (REPO / "plugins" / "mkdocs_journal" / "scaffold" / "deploy.yml").read_text(
        encoding="utf-8"
    )
    assert "pip install mkdocs-journal" in packaged

    def actions(text: str) -> list[str]:
        return re.findall(r"uses: (\S+)", text)

    assert actions(packaged) == actions(ours)
    assert "mkdocs build --strict" in packaged


def test_version(tmp_path: Path) -> None:
    result = journal(tmp_path, "--version")
    assert result.exit_code == 0
    assert result.output == f"journal, version {importlib.metadata.version('mkdocs-journal')}\n"


def test_at_a_terminal_init_asks_for_the_round_and_goal(tmp_path: Path) -> None:
    """Run in a pseudo-terminal, as a person would: the prompts come, the answers land."""
    import pty
    import select

    from cli_helpers import JOURNAL_SCRIPT

    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [str(JOURNAL_SCRIPT), "init", "j", "--timezone", "UTC"], cwd=tmp_path,
        stdin=terminal, stdout=terminal, stderr=terminal, close_fds=True,
    )
    os.close(terminal)
    output = b""
    answers = [(b"Round or challenge", b"#100DaysOfRust\n"), (b"Goal (days)", b"30\n")]
    while True:
        ready, _, _ = select.select([controller], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(controller, 1024)
        except OSError:  # the command ended and closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if answers and answers[0][0] in output:
            os.write(controller, answers.pop(0)[1])
    os.close(controller)
    assert process.wait(timeout=30) == 0, output.decode()
    assert not answers, output.decode()
    config = yaml.safe_load((tmp_path / "j" / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["plugins"][1]["journal"]["rounds"][0]["name"] == "#100DaysOfRust"
    assert config["plugins"][1]["journal"]["rounds"][0]["goal"] == 30
