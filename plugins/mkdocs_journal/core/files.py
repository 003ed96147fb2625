"""Which files under the entries folder are entries, and reading them all (with a cache).

One walk of the folder serves the entries and the assets beside them: the walk is the costly
part on a big journal, and it resolves symlinks only where there are any.
"""

from __future__ import annotations

import os
from pathlib import Path

from .model import Entry
from .parsing import read_entry

NOT_ENTRIES = frozenset({"readme.md", "readme.markdown"})
ENTRY_SUFFIXES = frozenset({".md", ".markdown"})
"""Compared without case: `2024-03-30.MD` is an entry too, never a file to publish as it is."""


def is_entry_name(path: Path) -> bool:
    """Whether a file is read as an entry (or, for a README, skipped) rather than published."""
    return path.suffix.casefold() in ENTRY_SUFFIXES


def folder_files(folder: Path) -> list[Path]:
    """Every file under the folder, hidden ones (`.`) left out, in a stable order.

    Symlinked folders are followed, each real folder read once (so a link to a parent cannot
    loop); a symlink to nothing is listed too, so that it is reported rather than skipped. A
    file reached twice (a symlink beside its target) is listed once, under the first path met,
    files of a folder before its subfolders'.
    """
    files: list[Path] = []
    seen_folders: set[str] = set()
    seen_files: set[str] = set()
    pending = [os.fspath(folder)]
    while pending:
        current = pending.pop()
        real = os.path.realpath(current)
        if real in seen_folders:
            continue
        seen_folders.add(real)
        try:
            with os.scandir(current) as listing:
                items = [item for item in listing if not item.name.startswith(".")]
        except OSError:  # unreadable: skipped, as os.walk does
            continue
        folders = []
        for item in items:
            try:
                is_folder = item.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(item.name)
                continue
            # Only a symlink can reach a file twice: folders are read once by their real path.
            symlink = item.is_symlink()
            target = os.path.realpath(item.path) if symlink else os.path.join(real, item.name)
            if target not in seen_files:
                seen_files.add(target)
                files.append(Path(item.path))
        pending += [os.path.join(current, name) for name in sorted(folders, reverse=True)]
    return sorted(files)


def entry_files(folder: Path, listing: list[Path] | None = None) -> list[Path]:
    """Every Markdown file under the folder (`.md` or `.markdown`, in any case), in a stable order.

    `_`-prefixed files and folders (such as an import's preamble) and READMEs, which describe
    the folder rather than a day, are skipped; see `folder_files` for symlinks. `listing` is
    the folder's `folder_files`, when the caller has it already.
    """
    return [
        path for path in (folder_files(folder) if listing is None else listing)
        if is_entry_name(path)
        and path.name.casefold() not in NOT_ENTRIES
        and not any(part.startswith("_") for part in path.relative_to(folder).parts)
    ]


def load_entries(
    folder: Path, display_root: Path, cache: dict[Path, tuple[int, int, Entry]] | None = None,
    listing: list[Path] | None = None,
) -> list[Entry]:
    """Parse every entry under `folder`; paths in messages are relative to `display_root`.

    `cache` (file → modification time, size, entry), kept between a live preview's rebuilds,
    spares re-reading the files that did not change; it is left holding the current files.
    `listing` is the folder's `folder_files`, when the caller has it already.
    """
    entries = []
    seen: dict[Path, tuple[int, int, Entry]] = {}
    for file in entry_files(folder, listing):
        stat = None
        if cache is not None:
            try:
                stat = file.stat()
            except OSError:  # a dangling symlink: read_entry names it
                read_entry(file, _display_path(file, display_root), file.name)
            known = cache.get(file)
            if known is not None and known[:2] == (stat.st_mtime_ns, stat.st_size):
                seen[file] = known
                entries.append(known[2])
                continue
        display = _display_path(file, display_root)
        entry = read_entry(file, display, file.relative_to(folder).as_posix())
        if cache is not None and stat is not None:
            seen[file] = (stat.st_mtime_ns, stat.st_size, entry)
        entries.append(entry)
    if cache is not None:
        cache.clear()
        cache.update(seen)
    return entries




def _display_path(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()
