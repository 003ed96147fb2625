"""Write entry files: the one place that knows how a new entry's file looks and is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml


def entry_text(
    date: dt.date,
    body: str,
    *,
    title: str | None = None,
    tags: list[str] | tuple[str, ...] = (),
    day: int | None = None,
    day_end: int | None = None,
    round_number: int | None = None,
) -> str:
    """An entry file's text: YAML front matter (quoted where YAML needs it), then the body."""
    meta: dict[str, object] = {"date": date}
    if title:
        meta["title"] = title
    if tags:
        meta["tags"] = list(tags)
    if day is not None:
        meta["day"] = f"{day}-{day_end}" if day_end is not None and day_end != day else day
    if round_number is not None:
        meta["round"] = round_number
    # One key at a time: dumping the whole mapping in flow style gives `{date: ..., day: 1}` when
    # no value is a list; this keeps block keys and a one-line `tags: [a, b]`.
    front = "".join(
        yaml.safe_dump(
            {key: value}, allow_unicode=True, sort_keys=False, width=10_000,
            default_flow_style=None if isinstance(value, list) else False,
        )
        for key, value in meta.items()
    )
    return f"---\n{front}---\n\n{body.strip()}\n"


def entry_path(folder: Path, date: dt.date, *, second: bool = False) -> Path:
    """`entries/YYYY/YYYY-MM-DD.md`; with `second`, the first free `YYYY-MM-DD-2.md`, `-3`…"""
    directory = folder / f"{date.year:04d}"
    path = directory / f"{date.isoformat()}.md"
    if not second:
        return path
    number = 2
    while (candidate := directory / f"{date.isoformat()}-{number}.md").exists():
        number += 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create a file, refusing (FileExistsError) rather than overwriting what the user wrote."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
