"""Shared fixtures: small journals written to a temporary folder and built with real MkDocs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass
class JournalSite:
    """A throwaway journal site: write entries, build it, read what was written."""

    root: Path

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def entry(self, relative: str, text: str) -> Path:
        path = self.root / "entries" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def doc(self, relative: str, text: str) -> Path:
        path = self.root / "docs" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def configure(self, journal: dict[str, Any] | None = None, **settings: Any) -> None:
        config: dict[str, Any] = {
            "site_name": "Test journal",
            "theme": {"name": "material", "font": False},
            "plugins": ["search", {"journal": {"as_of": "2024-03-10", **(journal or {})}}],
        }
        config.update(settings)
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")

    def build(self, *args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run `mkdocs build` as a user would; fails the test with MkDocs' output when it fails."""
        if not (self.root / "mkdocs.yml").exists():
            self.configure()
        full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
            cwd=self.root, capture_output=True, text=True, env=full_env,
        )
        if check and result.returncode != 0:
            pytest.fail(f"mkdocs build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def html(self, url_path: str) -> str:
        """The built page at a site URL such as `2024/03/01/` or `tags/`."""
        path = self.site_dir / url_path
        if url_path == "" or url_path.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def stats(self) -> dict[str, Any]:
        import json

        return json.loads((self.site_dir / "stats.json").read_text(encoding="utf-8"))


@pytest.fixture
def journal_site(tmp_path: Path) -> JournalSite:
    (tmp_path / "docs").mkdir()
    (tmp_path / "entries").mkdir()
    return JournalSite(tmp_path)
