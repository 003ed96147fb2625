"""Turn an import into files: plan first (so `--dry-run` can show it), then write.

Entry files go where `journal new` puts them (`<into>/YYYY/YYYY-MM-DD.md`; a second entry of
the same date `YYYY-MM-DD-2.md`, numbered in source order). The preamble goes to
`<into>/_preamble.md`, which the journal loader skips (names starting with `_` are not entries).
Planning is a pure function of the source and the folder, so a second run finds every file
already there and plans only `skip-existing`.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..writing import entry_path, entry_text, write_new_file
from .base import ImportProblem, ImportResult

PREAMBLE_FILE = "_preamble.md"
ACTIONS = ("create", "skip-existing", "refuse-existing", "overwrite")


@dataclass(frozen=True)
class PlannedFile:
    """A file the import would write, and what happens to it."""

    path: Path
    action: str
    """`create`; `skip-existing` (the same text is already there); `refuse-existing` (another
    file is there and `force` was not given); `overwrite` (`force`)."""
    text: str


def planned_paths(result: ImportResult, into: Path) -> list[Path]:
    """Where each entry of `result` goes, in the order of `result.entries`."""
    seen: Counter[dt.date] = Counter()
    paths = []
    for entry in result.entries:
        seen[entry.date] += 1
        path = entry_path(into, entry.date)
        if seen[entry.date] > 1:
            path = path.with_name(f"{entry.date.isoformat()}-{seen[entry.date]}.md")
        paths.append(path)
    return paths


def plan_import(result: ImportResult, into: Path, *, force: bool = False) -> list[PlannedFile]:
    """Every file the import would write (preamble first, then entries in source order)."""
    wanted: list[tuple[Path, str]] = []
    if result.preamble is not None:
        wanted.append((into / PREAMBLE_FILE, result.preamble))
    for entry, path in zip(result.entries, planned_paths(result, into), strict=True):
        text = entry_text(
            entry.date, entry.body,
            title=entry.title, tags=entry.tags, day=entry.day, day_end=entry.day_end,
        )
        wanted.append((path, text))
    return [PlannedFile(path, _action(path, text, force), text) for path, text in wanted]


def _action(path: Path, text: str, force: bool) -> str:
    if not path.exists():
        return "create"
    try:
        if path.read_text(encoding="utf-8") == text:
            return "skip-existing"
    except (OSError, UnicodeDecodeError):
        pass
    return "overwrite" if force else "refuse-existing"


def apply_plan(plan: list[PlannedFile]) -> None:
    """Write the `create` and `overwrite` files; nothing else is touched."""
    for planned in plan:
        if planned.action == "create":
            try:
                write_new_file(planned.path, planned.text)
            except FileExistsError:
                raise ImportProblem(
                    f"{planned.path}: appeared while importing; run the import again"
                ) from None
        elif planned.action == "overwrite":
            _replace(planned.path, planned.text)


def _replace(path: Path, text: str) -> None:
    """Overwrite by renaming a finished file over the old one: a crash leaves one or the other."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".md")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
