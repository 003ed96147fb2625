"""Turn an import into files: plan first (so `--dry-run` can show it), then write.

Entry files go where `journal new` puts them (`<into>/YYYY/YYYY-MM-DD.md`; a second entry of
the same date `YYYY-MM-DD-2.md`, numbered in source order). The preamble goes to
`<into>/_preamble.md` (`_preamble-2.md` if another import's is there), which the journal loader
skips (names starting with `_` are not entries).
Planning is a pure function of the source and the folder, so a second run finds every file
already there and plans only `skip-existing`. An entry whose date already has an entry in
another file of the folder (`journal new`'s, or one named otherwise) is refused, not written
beside it: the day would show both.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ...core.check import load_all
from ...core.writing import entry_path, entry_text, write_new_file
from .base import ImportProblem, ImportResult

PREAMBLE_FILE = "_preamble.md"
ACTIONS = ("create", "skip-existing", "refuse-existing", "refuse-same-date", "overwrite")


@dataclass(frozen=True)
class PlannedFile:
    """A file the import would write, and what happens to it."""

    path: Path
    action: str
    """`create`; `skip-existing` (the same text is already there); `refuse-existing` (another
    file is there and `force` was not given); `refuse-same-date` (another file of the folder
    has an entry of that date and `force` was not given); `overwrite` (`force`)."""
    text: str
    other: Path | None = None
    """For `refuse-same-date`: the file that already has the date."""


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
    wanted: list[tuple[Path, str, dt.date | None]] = []
    if result.preamble is not None:
        wanted.append((preamble_path(into, result.preamble), result.preamble, None))
    for entry, path in zip(result.entries, planned_paths(result, into), strict=True):
        text = entry_text(
            entry.date, entry.body,
            title=entry.title, tags=entry.tags, day=entry.day, day_end=entry.day_end,
            round_number=entry.round,
        )
        wanted.append((path, text, entry.date))
    mine = {path for path, _, _ in wanted}
    dated = {} if force else _dated_entries(into, exclude=mine)
    plan = []
    for path, text, date in wanted:
        action = _action(path, text, force)
        other = dated.get(date) if action == "create" and date is not None else None
        if other is not None:
            action = "refuse-same-date"
        plan.append(PlannedFile(path, action, text, other))
    return plan


def preamble_path(into: Path, text: str) -> Path:
    """`_preamble.md`, or `_preamble-2.md`… when another import's preamble is already there: the
    first such file that is free or holds this text, so a re-run finds its own."""
    path, number = into / PREAMBLE_FILE, 1
    while path.exists() and not _holds(path, text):
        number += 1
        path = into / f"{Path(PREAMBLE_FILE).stem}-{number}.md"
    return path


def _dated_entries(into: Path, *, exclude: set[Path]) -> dict[dt.date, Path]:
    """The first file of each date among the folder's entries, other than the import's own."""
    if not into.is_dir():
        return {}
    dated: dict[dt.date, Path] = {}
    # A broken entry is `journal check`'s to report; load_all sets it aside.
    for entry in load_all(into, str).entries:
        file = into / entry.rel_path
        if file not in exclude:
            dated.setdefault(entry.date, file)
    return dated


def _action(path: Path, text: str, force: bool) -> str:
    if not path.exists():
        return "create"
    if _holds(path, text):
        return "skip-existing"
    return "overwrite" if force else "refuse-existing"


def _holds(path: Path, text: str) -> bool:
    """Whether the existing file already says exactly `text` (unreadable: it does not)."""
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


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
    """Overwrite by renaming a finished file over the old one: a crash leaves one or the other.
    A symlinked entry is written through; a read-only one is refused by its own name."""
    shown = path
    path = Path(os.path.realpath(path))
    if not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR:
        raise ImportProblem(f"{shown}: the file is read-only; it was not overwritten")
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".md")
    except OSError as error:
        raise ImportProblem(
            f"{shown}: cannot write in {path.parent} ({error.strerror}); it was not overwritten"
        ) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
