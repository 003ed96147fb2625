"""Run the `journal` command in tests the way a user does: from a folder of the site."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner, Result
from mkdocs_journal.cli import main

JOURNAL_SCRIPT = Path(sys.executable).parent / "journal"
"""The installed console script, for the tests that need a real process (an editor, say)."""


def journal(cwd: Path, *args: str, env: Mapping[str, str | None] | None = None) -> Result:
    """`journal ARGS` run in `cwd`; a traceback fails the test instead of becoming exit code 1."""
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    finally:
        os.chdir(previous)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
