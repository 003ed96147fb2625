"""ProperDocs, the drop-in fork of MkDocs 1.6, runs the plugin and writes the same journal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BuiltInto, JournalSite

ROOT = Path(__file__).resolve().parents[1]
# The sample journal's last entry is 2026-11-22; both builds count streaks as of the 23rd.
ENV = {"SOURCE_DATE_EPOCH": "1795392000", "NO_MKDOCS_2_WARNING": "1",
       "DISABLE_MKDOCS_2_WARNING": "true"}


def _build(engine: str, root: Path, site_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", "mkdocs.yml",
         "--site-dir", str(site_dir)],
        cwd=root, capture_output=True, text=True, env={**os.environ, **ENV},
    )
    if result.returncode != 0:
        pytest.fail(f"{engine} build failed:\n{result.stdout}\n{result.stderr}")


def _pages(site_dir: Path) -> set[str]:
    return {path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html")}


def _both(root: Path) -> tuple[JournalSite, JournalSite]:
    _build("mkdocs", root, root / "site-mkdocs")
    _build("properdocs", root, root / "site-properdocs")
    return BuiltInto(root, "site-mkdocs"), BuiltInto(root, "site-properdocs")


def _same_journal(mkdocs: JournalSite, properdocs: JournalSite, urls: list[str]) -> None:
    assert _pages(properdocs.site_dir) == _pages(mkdocs.site_dir)
    for name in ("stats.json", "badges/streak.svg", "badges/progress.svg"):
        assert (properdocs.site_dir / name).read_bytes() == (mkdocs.site_dir / name).read_bytes()
    for url in urls:
        assert str(properdocs.article(url)) == str(mkdocs.article(url)), url


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[JournalSite, JournalSite]:
    root = tmp_path_factory.mktemp("sample")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "entries", root / "entries")
    return _both(root)


def test_properdocs_builds_the_sample_journal_as_mkdocs_does(sample):
    mkdocs, properdocs = sample
    assert "2026/11/18/index.html" in _pages(properdocs.site_dir)
    _same_journal(mkdocs, properdocs, [
        "", "2026/11/01/", "2026/11/18/", "2026/11/22/", "tags/", "tags/tally/", "archive/",
        "archive/2026/", "archive/2026/11/",
    ])


def test_properdocs_dashboard_shows_the_streaks_and_heatmap(sample):
    _, properdocs = sample
    dashboard = properdocs.html("")
    assert "journal-heatmap" in dashboard
    assert properdocs.html("2026/11/18/").count('class="journal-tags') >= 1


def test_properdocs_builds_a_small_journal_as_mkdocs_does(journal_site):
    journal_site.configure(use_directory_urls=False)
    journal_site.entry("2024/2024-03-01.md", """
        ---
        title: Ownership
        tags: [rust, borrowing]
        ---
        Moved a `String` and *read* about borrowing.
        """)
    journal_site.entry("2024/2024-03-02.md", """
        ---
        tags: [rust]
        ---
        # Lifetimes

        Annotated one.
        """)
    journal_site.doc("about.md", "# About\n\nA page of my own.\n")
    mkdocs, properdocs = _both(journal_site.root)
    assert "2024/03/02.html" in _pages(properdocs.site_dir)
    _same_journal(mkdocs, properdocs, [
        "index.html", "2024/03/01.html", "2024/03/02.html", "tags/index.html",
        "tags/rust/index.html", "tags/borrowing/index.html", "archive/index.html",
        "archive/2024/03.html", "about.html",
    ])
