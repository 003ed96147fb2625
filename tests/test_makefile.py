"""The quick start's two commands: `make site` installs only the package, `make test` adds the
test extras, and either can come first on a fresh clone (checked with `make -n`, which prints
what would run without running it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AXE_MANIFEST = ("tests/browser/axe/package.json", "tests/browser/axe/package-lock.json")

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def planned(folder: Path, target: str) -> list[str]:
    """The commands `make TARGET` would run there, one per line."""
    # Run from `make test` too: the outer make's variables would change what this one prints.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    result = subprocess.run(["make", "--no-print-directory", "-n", target], cwd=folder,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.strip()]


def run_plan(folder: Path, target: str) -> None:
    """Pretend `make TARGET` ran: create what it would (the venv, its stamps), install nothing."""
    for line in planned(folder, target):
        if line.startswith("python3 -m venv"):
            (folder / ".venv" / "bin").mkdir(parents=True, exist_ok=True)
            (folder / ".venv" / "bin" / "python").touch()
        elif "npm ci" in line:
            stamp = folder / "tests/browser/axe/node_modules/.installed"
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.touch()
        elif line.startswith("touch "):
            for name in line.split()[1:]:
                (folder / name).touch()


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    for name in ("Makefile", "pyproject.toml", *AXE_MANIFEST):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    old = time.time() - 60  # pyproject older than anything made after the clone
    os.utime(tmp_path / "pyproject.toml", (old, old))
    return tmp_path


def test_make_site_installs_the_package_without_the_test_extras(clone):
    plan = planned(clone, "site")
    installs = [line for line in plan if "pip install" in line and "--upgrade pip" not in line]
    assert installs == [".venv/bin/pip install --quiet -e ."]
    assert plan[-1] == ".venv/bin/mkdocs build --strict"


def test_make_test_then_site_and_site_then_test_install_what_each_needs_once(clone):
    assert any("-e '.[test]'" in line for line in planned(clone, "test"))
    run_plan(clone, "site")
    # After `make site`, `make test` adds the extras and `make site` installs nothing more.
    assert not any("pip install" in line for line in planned(clone, "site"))
    assert any("-e '.[test]'" in line for line in planned(clone, "test"))
    run_plan(clone, "test")
    assert not any("pip install" in line for line in planned(clone, "test"))
    assert not any("pip install" in line for line in planned(clone, "site"))


def test_after_make_test_on_a_fresh_clone_make_site_installs_nothing(clone):
    run_plan(clone, "test")
    assert not any("pip install" in line for line in planned(clone, "site"))
    # A changed pyproject.toml installs again (dated ahead: make compares times, and a touch
    # in the same instant as the stamps would tie).
    later = time.time() + 5
    os.utime(clone / "pyproject.toml", (later, later))
    assert any("pip install --quiet -e ." in line for line in planned(clone, "site"))


@pytest.mark.skipif(shutil.which("npm") is None, reason="needs npm")
def test_make_test_installs_axe_core_from_the_lock_file_once(clone):
    assert any("npm ci --prefix tests/browser/axe" in line for line in planned(clone, "test"))
    assert not any("npm" in line for line in planned(clone, "site"))
    run_plan(clone, "test")
    assert not any("npm ci" in line for line in planned(clone, "test"))
