"""Writing `journal export`'s files into a docs folder without ever touching the user's own.

Plain Python: the pages arrive as text (see `site_export.py` for how they are drawn). The export
keeps a manifest of what it wrote (`.journal-export.json`, hidden, so neither MkDocs nor Zensical
publishes it); a file that exists and is not in it is the user's, and the export refuses to
replace it before writing anything. A re-export deletes the files of the last one it no longer
writes, and only those.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.errors import JournalError

MANIFEST = ".journal-export.json"
GITIGNORE = ".gitignore"
HTML_WRAPPER = '<div class="journal-export">\n{}\n</div>'
"""Each drawn part of a page: one block-level element, which Markdown passes through as is."""


@dataclass(frozen=True)
class Written:
    written: int
    unchanged: int
    removed: int


def front_matter(meta: Mapping[str, Any]) -> str:
    """YAML front matter; `yaml.safe_dump` quotes whatever a title holds (`---`, `: `, `#`)."""
    text = yaml.safe_dump(dict(meta), allow_unicode=True, sort_keys=False, width=1 << 16)
    return f"---\n{text}---\n"


def page_text(meta: Mapping[str, Any], before: str, markdown: str | None = None,
              after: str = "") -> str:
    """A page as Markdown: front matter, the drawn HTML, the entries' own Markdown between."""
    parts = [front_matter(meta)]
    parts += [HTML_WRAPPER.format(before.strip())] if before.strip() else []
    parts += [markdown.strip()] if markdown and markdown.strip() else []
    parts += [HTML_WRAPPER.format(after.strip())] if after.strip() else []
    return "\n".join(part + "\n" for part in parts)


def read_manifest(out: Path) -> set[str]:
    """The files the last export wrote into `out` (relative paths), none on a first export."""
    path = out / MANIFEST
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if not isinstance(files, list) or not all(isinstance(name, str) for name in files):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise JournalError(
            f"{path.as_posix()}: not a journal export manifest (delete it and the files the "
            f"last export wrote, then export again)"
        ) from None
    return {name for name in files if _inside(name)}


def exported_among(files: Iterable[Any], folder: Path) -> list[Any]:
    """The MkDocs files that the export wrote into `folder` (by `abs_src_path`): the journal's
    pages to draw again, not the user's (none when the manifest cannot be read)."""
    try:
        owned = {(folder / name).resolve() for name in read_manifest(folder)}
    except JournalError:
        return []
    return [
        file for file in files
        if owned and file.abs_src_path and Path(file.abs_src_path).resolve() in owned
    ]


def moved_nav(nav: Any, prefix: str, exported: Mapping[str, bytes]) -> Any:
    """The navigation with the exported pages under `prefix` (the export folder inside the docs
    folder), the user's pages where they are."""
    if not prefix:
        return nav
    if isinstance(nav, str):
        return f"{prefix}/{nav}" if nav in exported else nav
    if isinstance(nav, dict):
        return {key: moved_nav(value, prefix, exported) for key, value in nav.items()}
    if isinstance(nav, list):
        return [moved_nav(item, prefix, exported) for item in nav]
    return nav


def _inside(name: str) -> bool:
    """A relative path that stays in the folder: a manifest cannot make the export delete
    anything else."""
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


def gitignore_text(names: list[str]) -> str:
    lines = [
        "# Written by `journal export`: every file the export wrote, this one too. Export again",
        "# (in CI, before the build) rather than committing them.",
        *(f"/{name}" for name in sorted({*names, GITIGNORE, MANIFEST})),
    ]
    return "\n".join(lines) + "\n"


def refuse_user_files(out: Path, names: list[str], owned: set[str]) -> None:
    """Stop, before writing anything, at the first file the export would replace that is not
    its own."""
    for name in sorted(names):
        if name not in owned and os.path.lexists(out / name):
            raise JournalError(
                f"{(out / name).as_posix()} exists and was not written by 'journal export'; "
                f"move it away or export to another folder (--out)"
            )


def write_export(out: Path, files: Mapping[str, bytes]) -> Written:
    """Write `files` (relative path → bytes) under `out` with the manifest and a `.gitignore`,
    and delete what the previous export wrote and this one does not."""
    owned = read_manifest(out)
    everything = dict(files)
    everything[GITIGNORE] = gitignore_text(list(files)).encode("utf-8")
    refuse_user_files(out, [*everything, MANIFEST], owned | {MANIFEST})
    out.mkdir(parents=True, exist_ok=True)
    # Claimed before writing: an export cut short leaves files the next one knows as its own.
    _write_manifest(out, owned | set(everything))
    written = unchanged = 0
    for name, data in everything.items():
        target = out / name
        if target.is_symlink():  # never write through a link to somewhere else
            target.unlink()
        elif target.is_file() and target.read_bytes() == data:
            unchanged += 1  # left as it is: an engine's incremental build sees no change
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    stale = sorted(owned - set(everything) - {MANIFEST})
    for name in stale:
        _remove(out, name)
    _write_manifest(out, set(everything))
    return Written(written, unchanged, len(stale))


def _write_manifest(out: Path, names: set[str]) -> None:
    manifest = {"written_by": "journal export", "files": sorted(names)}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _remove(out: Path, name: str) -> None:
    """Delete one stale file and the folders it leaves empty (never `out` itself)."""
    target = out / name
    if os.path.lexists(target) and not target.is_dir():
        target.unlink()
    folder = target.parent
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
