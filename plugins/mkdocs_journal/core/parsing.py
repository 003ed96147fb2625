"""Read one entry file: front matter, date, tags, day number, title, body.

Every problem becomes an `EntryError` naming the file and, where it can, the line.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import EntryError
from .front_matter import YAML_FIRST_LINE, refuse_control_characters, split_front_matter
from .headings import title_from_heading
from .model import Entry
from .reading import read_utf8

KNOWN_KEYS = frozenset({"date", "title", "tags", "day", "draft"})
FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
DAY_NUMBER = re.compile(r"^[0-9]+$")
DAY_RANGE = re.compile(r"^\s*([0-9]+)\s*(?:[-–—]|\.\.)\s*([0-9]+)\s*$")


def read_entry(file: Path, display_path: str, rel_path: str) -> Entry:
    """Read and parse an entry file; a file that is not UTF-8 is an error, not a crash."""
    if file.is_symlink() and not file.exists():
        raise EntryError(
            display_path, None,
            f"is a symbolic link to {os.readlink(file)}, which does not exist "
            f"(fix or remove the link)",
        )
    text = read_utf8(file, display_path)
    return parse_entry(display_path, text, rel_path=rel_path)


def parse_entry(path: str, text: str, *, rel_path: str | None = None) -> Entry:
    """Parse an entry's text; `path` is only used to name the file in errors and for its date."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    refuse_control_characters(path, text)
    front = split_front_matter(path, text)
    meta, key_lines = front.meta, front.key_lines
    body, body_line = front.body, front.body_line

    date, time = _entry_date(path, meta, key_lines)
    tags = _tags(path, meta.get("tags"), front.nodes.get("tags"), key_lines.get("tags"))
    day, day_end = _day(path, meta.get("day"), key_lines.get("day"))
    if day is not None and day_end is not None and (
        day_end - day >= dt.date.max.toordinal() - date.toordinal() + 1
    ):
        raise EntryError(
            path, key_lines.get("day"),
            f"day range {day}-{day_end} from {date} runs past 9999-12-31: check the range",
        )
    draft = meta.get("draft", False)
    if draft is None:
        draft = False
    if not isinstance(draft, bool):
        raise EntryError(path, key_lines.get("draft"), "draft must be true or false")

    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        # `title: 3.10` or `title: 2024` is meant as text: keep it as written, not as 3.1.
        title_node = front.nodes.get("title")
        if not isinstance(title_node, yaml.ScalarNode):
            raise EntryError(path, key_lines.get("title"), "title must be text (quote it)")
        title = title_node.value
    title = title.strip() if title is not None else None
    if not title:
        title, body, body_line = title_from_heading(body, body_line)

    return Entry(
        path=path,
        rel_path=rel_path if rel_path is not None else Path(path).name,
        date=date,
        time=time,
        title=title or None,
        tags=tags,
        day=day,
        day_end=day_end,
        draft=draft,
        body=body,
        body_line=body_line,
        meta=meta,
        key_lines=key_lines,
    )


def _entry_date(
    path: str, meta: dict[str, Any], key_lines: dict[str, int]
) -> tuple[dt.date, dt.time | None]:
    value = meta.get("date")
    line = key_lines.get("date")
    if value is None:
        match = FILENAME_DATE.match(Path(path).name)
        if not match:
            raise EntryError(
                path, line or 1,
                "no date: add 'date: YYYY-MM-DD' to the front matter "
                "or start the file name with YYYY-MM-DD",
            )
        try:
            return dt.date(*map(int, match.groups())), None
        except ValueError:
            raise EntryError(
                path, None, f"file name starts with {match.group(0)!r}, which is not a real date"
                " (rename the file or add 'date: YYYY-MM-DD' to the front matter)",
            ) from None
    if isinstance(value, dt.datetime):
        return value.date(), value.timetz() if value.tzinfo else value.time()
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        try:
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise EntryError(path, line, f"date {value!r} is not a date (use YYYY-MM-DD)") from None
        if len(text) <= 10:
            return stamp.date(), None
        return stamp.date(), stamp.timetz() if stamp.tzinfo else stamp.time()
    raise EntryError(path, line, f"date {value!r} is not a date (use YYYY-MM-DD)")


def _tags(path: str, value: Any, node: yaml.Node | None, line: int | None) -> tuple[str, ...]:
    """Tags as a list, or one string: split on commas when it has any (so a tag may hold
    spaces, `machine learning, python`), else on spaces (`keras cnn python`)."""
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split(",") if "," in value else value.split()
    elif isinstance(value, list):
        item_nodes = node.value if isinstance(node, yaml.SequenceNode) else []
        items = []
        for index, item in enumerate(value):
            if item is None or isinstance(item, str):
                items.append(item or "")
                continue
            item_node = item_nodes[index] if index < len(item_nodes) else None
            item_line = _node_line(item_node, line)
            if isinstance(item_node, yaml.ScalarNode):
                written = item_node.value
                raise EntryError(
                    path, item_line, f"tag {written} is not text: quote it ('{written}')"
                )
            raise EntryError(
                path, item_line,
                "each tag must be plain text, not a list or mapping (e.g. tags: [python, web])",
            )
    else:
        raise EntryError(path, line, "tags must be a list ([a, b]) or a string ('a, b')")
    tags: list[str] = []
    seen: set[str] = set()
    for item in items:
        name = " ".join(item.split())
        if name and tag_key(name) not in seen:
            seen.add(tag_key(name))
            tags.append(name)
    return tuple(tags)


def _node_line(node: yaml.Node | None, fallback: int | None) -> int | None:
    """The file line of a front-matter node."""
    return node.start_mark.line + YAML_FIRST_LINE if node is not None else fallback


def tag_key(name: str) -> str:
    """Tags compare without regard to case or repeated spaces."""
    return " ".join(name.split()).casefold()


def _day(path: str, value: Any, line: int | None) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    if isinstance(value, bool):
        raise EntryError(path, line, "day must be a number like 12 or a range like '42-45'")
    if isinstance(value, int):
        if value < 0:
            raise EntryError(path, line, f"day {value} is negative (use 0 or more)")
        return value, None
    if isinstance(value, str):
        text = value.strip()
        if DAY_NUMBER.match(text):
            return int(text), None
        match = DAY_RANGE.match(text)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            if last < first:
                raise EntryError(
                    path, line,
                    f"day range {value!r} ends before it starts (write it as '{last}-{first}')",
                )
            return first, (last if last != first else None)
    raise EntryError(
        path, line, f"day {value!r} is not a number or a range (use e.g. 12 or '42-45')"
    )


