"""The package as PyPI would carry it: sdist and wheel built as a release builds them, the wheel
installed (not editable) into a fresh venv, and a journal built with that install."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "plugins" / "mkdocs_journal"


def _run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        pytest.fail(f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # build makes the sdist, then the wheel from the unpacked sdist: a file missing from the
    # sdist is missing from the wheel too.
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    return out


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", venv)
    wheel = next(dist.glob("*.whl"))
    _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel)
    return venv / "bin"


def test_the_wheel_carries_the_templates_the_stylesheet_and_the_license(dist):
    names = set(zipfile.ZipFile(next(dist.glob("*.whl"))).namelist())
    for template in (PACKAGE / "site" / "templates" / "journal").glob("*.html"):
        assert f"mkdocs_journal/site/templates/journal/{template.name}" in names
    assert "mkdocs_journal/site/assets/journal.css" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not any(name.startswith(("tests/", "bench/")) for name in names)


def test_the_sdist_carries_what_the_test_suite_needs(dist):
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        top = sdist.getnames()[0].split("/", 1)[0]
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    tracked = _run("git", "ls-files", "tests", "bench", "docs", "entries", "mkdocs.yml",
                   "constraints", ".github", cwd=ROOT).stdout.split()
    missing = [path for path in tracked if path not in names]
    assert top.startswith("mkdocs_journal-")
    assert missing == []
    assert {"LICENSE", "CHANGELOG.md", "README.md", "Makefile"} <= names
    assert not any("__pycache__" in name for name in names)


def test_the_installed_wheel_builds_a_journal(installed, tmp_path):
    (tmp_path / "docs").mkdir()
    entry = tmp_path / "entries" / "2024" / "2024-03-01.md"
    entry.parent.mkdir(parents=True)
    entry.write_text("---\ntitle: First day\ntags: [rust]\n---\nHello.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent("""\
        site_name: Installed journal
        theme: {name: material, font: false}
        plugins:
          - search
          - journal: {as_of: 2024-03-02}
        """), encoding="utf-8")
    _run(installed / "mkdocs", "build", "--strict", cwd=tmp_path)
    site = tmp_path / "site"
    day = (site / "2024" / "03" / "01" / "index.html").read_text(encoding="utf-8")
    assert "First day" in day and "Hello." in day
    assert (site / "tags" / "rust" / "index.html").is_file()
    assert "journal-heatmap" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "assets" / "mkdocs-journal" / "journal.css").stat().st_size > 0
    # The package is the installed wheel's, not this checkout's.
    where = _run(installed / "python", "-c",
                 "import mkdocs_journal; print(mkdocs_journal.__file__)")
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout
    # Both names of the command work; the second one is there for PyPI's `journal` package.
    for command in ("journal", "mkdocs-journal"):
        stats = _run(installed / command, "stats", cwd=tmp_path)
        assert "Days logged:    1" in stats.stdout


def test_the_release_workflow_builds_both_files_and_publishes_without_a_token():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["release"]["types"] == ["published"]
    build_steps = " ".join(str(step.get("run", "")) for step in workflow["jobs"]["build"]["steps"])
    assert "python -m build" in build_steps
    publish = workflow["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert workflow["permissions"] == {"contents": "read"}
    (upload,) = [step for step in publish["steps"]
                 if str(step.get("uses", "")).startswith("pypa/gh-action-pypi-publish")]
    assert "with" not in upload  # trusted publishing: no password or token
