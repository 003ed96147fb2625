"""The benchmark's journal generator writes entries our parser reads, the same way for a seed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from mkdocs_journal.core.files import load_entries
from mkdocs_journal.core.journal import build_journal

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


generate = _generator()


def _snapshot(folder: Path) -> dict[str, bytes]:
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}


def test_writes_n_entries_the_parser_reads(tmp_path):
    folder = tmp_path / "entries"
    generate.generate_journal(folder, 120, seed=7)

    entries = load_entries(folder, tmp_path)
    assert len(entries) == 120
    assert all(2 <= len(entry.tags) <= 6 for entry in entries)
    assert all(entry.title for entry in entries)
    journal = build_journal(entries)
    dates = [day.date for day in journal.days]
    span = (dates[-1] - dates[0]).days + 1
    assert len(dates) < span, "some dates are missed"
    assert any(len(day.entries) == 2 for day in journal.days), "some dates have two entries"
    assert any("```" in entry.body for entry in entries)
    images = [entry for entry in entries if "](../img/sketch.png)" in entry.body]
    assert images and (folder / "img" / "sketch.png").read_bytes().startswith(b"\x89PNG")
    words = [len(entry.body.split()) for entry in entries]
    assert min(words) >= 80 and max(words) <= 800


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    generate.generate_journal(tmp_path / "one", 30, seed=3)
    generate.generate_journal(tmp_path / "two", 30, seed=3)
    generate.generate_journal(tmp_path / "three", 30, seed=4)

    one = _snapshot(tmp_path / "one")
    assert one == _snapshot(tmp_path / "two")
    assert one != _snapshot(tmp_path / "three")


def test_refuses_to_write_into_a_folder_with_files(tmp_path, capsys):
    folder = tmp_path / "entries"
    folder.mkdir()
    (folder / "mine.md").write_text("my own entry\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        generate.main(["5", str(folder)])
    assert exit_.value.code == 2
    assert "not empty" in capsys.readouterr().err
    assert (folder / "mine.md").read_text(encoding="utf-8") == "my own entry\n"
