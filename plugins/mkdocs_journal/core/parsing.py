"""Read one entry file: front matter, date, tags, day number, title, body.

Every problem becomes an `EntryError` naming the file and, where it can, the line.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import EntryError
from .model import Entry
from .text import PLACEHOLDER, CodeFences, replace_code_spans, strip_emphasis, strip_links

KNOWN_KEYS = frozenset({"date", "title", "tags", "day", "draft"})
FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
DAY_NUMBER = re.compile(r"^[0-9]+$")
DAY_RANGE = re.compile(r"^\s*([0-9]+)\s*(?:[-–—]|\.\.)\s*([0-9]+)\s*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
BLOCK_START = re.compile(r"^ {0,3}([-*+>|<]|\d+[.)]|    )|^\t")
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+)$")
"""The text after the hashes still holds the optional closing `###`: see `_atx_text`."""
FRONT_MATTER_CLOSE = ("---", "...")
YAML_FIRST_LINE = 2
"""The file line of the front matter's first YAML line (after the opening `---`)."""
FAST_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml reads front matter ~7x faster than pure Python: it matters with thousands of entries."""
UNCLOSED = re.compile(r"while (scanning a quoted scalar|parsing a flow (sequence|mapping))")
STR_TAG = "tag:yaml.org,2002:str"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
# C0 controls but tab, line feed and carriage return; DEL; C1 controls. YAML refuses them and a
# page would carry them raw (a NUL even into the search index), so an entry holding one is refused.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN"
    " EM SUB ESC FS GS RS US"
).split()


def read_entry(file: Path, display_path: str, rel_path: str) -> Entry:
    """Read and parse an entry file; a file that is not UTF-8 is an error, not a crash."""
    if file.is_symlink() and not file.exists():
        raise EntryError(
            display_path, None,
            f"is a symbolic link to {os.readlink(file)}, which does not exist "
            f"(fix or remove the link)",
        )
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise EntryError(display_path, None, f"cannot read the file ({error.strerror})") from None
    # Strip a byte-order mark ourselves: with "utf-8-sig" the error offset would not count it.
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise EntryError(
            display_path, line, "the file is not UTF-8 text (save it with UTF-8 encoding)"
        ) from None
    return parse_entry(display_path, text, rel_path=rel_path)


def parse_entry(path: str, text: str, *, rel_path: str | None = None) -> Entry:
    """Parse an entry's text; `path` is only used to name the file in errors and for its date."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    _refuse_control_characters(path, text)
    front = _split_front_matter(path, text)
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
        title, body, body_line = _title_from_heading(body, body_line)

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


def _refuse_control_characters(path: str, text: str) -> None:
    """An invisible control character (a NUL pasted from a terminal, say) is named with its
    line and column rather than published raw or crashing the YAML reader."""
    found = CONTROL_CHARACTER.search(text)
    if found is None:
        return
    position = found.start()
    line_start = text.rfind("\n", 0, position) + 1
    code = ord(found.group(0))
    name = CONTROL_NAMES[code] if code < len(CONTROL_NAMES) else "DEL" if code == 0x7F else "C1"
    raise EntryError(
        path, text.count("\n", 0, position) + 1,
        f"control character U+{code:04X} ({name}) at column {position - line_start + 1}: "
        f"delete it (it is invisible in an editor and cannot be shown on a page)",
    )


@dataclass(frozen=True)
class _FrontMatter:
    meta: dict[str, Any]
    key_lines: dict[str, int]
    nodes: dict[str, yaml.Node]
    """Each key's YAML node, for the lines of list items and the text as written."""
    body: str
    body_line: int


def _split_front_matter(path: str, text: str) -> _FrontMatter:
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return _FrontMatter({}, {}, {}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in FRONT_MATTER_CLOSE:
            close = index
            break
    else:
        raise EntryError(path, 1, "front matter starts with '---' but has no closing '---' line")
    yaml_text = "\n".join(lines[1:close])
    body = "\n".join(lines[close + 1 :])
    try:
        meta, key_lines, nodes = _load_yaml(path, yaml_text, first_line=YAML_FIRST_LINE)
    except EntryError:
        # libyaml words problems its own way: let pure-Python PyYAML find and word the problem.
        meta, key_lines, nodes = _load_yaml(path, yaml_text, YAML_FIRST_LINE, yaml.SafeLoader)
    return _FrontMatter(meta, key_lines, nodes, body, close + 2)


def _load_yaml(
    path: str, yaml_text: str, first_line: int, loader_class: type = FAST_YAML_LOADER
) -> tuple[dict[str, Any], dict[str, int], dict[str, yaml.Node]]:
    try:
        loader = loader_class(yaml_text)
    except yaml.YAMLError as error:  # the reader refuses some characters before parsing
        raise EntryError(path, first_line, f"front matter is not valid YAML: {error}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise EntryError(
                path, first_line + node.start_mark.line,
                "front matter must be 'key: value' lines (e.g. 'date: 2024-03-01')",
            )
        key_lines: dict[str, int] = {}
        nodes: dict[str, yaml.Node] = {}
        for key, value in node.value:
            line = first_line + key.start_mark.line
            if not (isinstance(key, yaml.ScalarNode) and key.tag == STR_TAG):
                raise EntryError(
                    path, line,
                    "front matter keys must be names followed by a colon, like 'title: ...' "
                    "(check the indentation of this line)",
                )
            if key.value in key_lines:
                raise EntryError(
                    path, line,
                    f"'{key.value}' is set twice (also on line {key_lines[key.value]}): keep one",
                )
            key_lines[key.value] = line
            nodes[key.value] = value
        try:
            data = loader.construct_document(node)
        except yaml.MarkedYAMLError:
            raise
        except Exception:  # noqa: BLE001 - PyYAML raises plain ValueError etc. for bad scalars
            raise _bad_value_error(path, node, first_line) from None
    except yaml.MarkedYAMLError as error:
        raise _yaml_syntax_error(path, error, first_line) from None
    except yaml.YAMLError as error:
        raise EntryError(path, first_line, f"front matter is not valid YAML: {error}") from None
    except RecursionError:
        raise EntryError(
            path, first_line + _too_deep_line(yaml_text),
            f"front matter is nested more than {MAX_DEPTH} levels deep here: "
            "use plain 'key: value' lines",
        ) from None
    finally:
        loader.dispose()
    return data, key_lines, nodes


MAX_DEPTH = 100
"""Deeper front matter than this is named where it passes the limit (PyYAML recurses)."""


def _too_deep_line(yaml_text: str) -> int:
    """The YAML line (0-based) where nesting passes MAX_DEPTH, found with PyYAML's event parser,
    which keeps its own stack instead of recursing."""
    depth = 0
    opening = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    closing = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    try:
        for event in yaml.parse(yaml_text, Loader=yaml.SafeLoader):
            if isinstance(event, opening):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line
            elif isinstance(event, closing):
                depth -= 1
    except yaml.YAMLError:
        pass
    return 0


def _yaml_syntax_error(path: str, error: yaml.MarkedYAMLError, first_line: int) -> EntryError:
    """Point at the line to fix: for an unclosed quote or bracket, the line where it opened."""
    context = error.context or ""
    opened = error.context_mark if UNCLOSED.search(context) else None
    if opened is not None:
        what = "quoted text" if "quoted" in context else "[...] or {...}"
        return EntryError(
            path, first_line + opened.line,
            f"front matter is not valid YAML: the {what} that starts on this line is not closed"
            " (check quotes and brackets)",
        )
    mark = error.problem_mark or error.context_mark
    line = first_line + mark.line if mark else first_line
    problem = error.problem or "invalid YAML"
    return EntryError(
        path, line,
        f"front matter is not valid YAML: {problem} (check quotes, colons and indentation)",
    )


def _bad_value_error(path: str, mapping: yaml.MappingNode, first_line: int) -> EntryError:
    """Name the value YAML could not build (PyYAML builds dates eagerly: `2024-02-30` fails)."""
    for key, value in mapping.value:
        bad = _unbuildable_scalar(value, set())
        if bad is None:
            continue
        line = first_line + bad.start_mark.line
        if bad.tag == TIMESTAMP_TAG:
            return EntryError(
                path, line,
                f"{key.value}: '{bad.value}' is not a date, there is no such day (use YYYY-MM-DD)",
            )
        return EntryError(
            path, line, f"{key.value}: '{bad.value}' cannot be read as {bad.tag.rsplit(':', 1)[-1]}"
            " (quote it to keep it as text)",
        )
    return EntryError(path, first_line, "front matter has a value YAML cannot read")


def _unbuildable_scalar(node: yaml.Node, seen: set[int]) -> yaml.ScalarNode | None:
    if id(node) in seen:
        return None
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        try:
            yaml.constructor.SafeConstructor().construct_object(node, deep=True)
        except Exception:  # noqa: BLE001 - any failure means this is the value to name
            return node
        return None
    children = (
        [part for pair in node.value for part in pair]
        if isinstance(node, yaml.MappingNode) else list(node.value)
    )
    for child in children:
        bad = _unbuildable_scalar(child, seen)
        if bad is not None:
            return bad
    return None


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


def _atx_text(text: str) -> str:
    """A heading's text without its closing hashes (`## Title ##`), in string operations: the
    same as a regex, but linear however many spaces a line holds."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare[-1:] in (" ", "\t"):
        text = bare.rstrip(" \t")
    return text or bare


def _title_from_heading(body: str, body_line: int) -> tuple[str | None, str, int]:
    """Take the first heading (`# Title`, or `Title` underlined with `===`/`---`) as the title;
    drop it from the body when it opens the body. Lines inside fenced code are not headings."""
    lines = body.split("\n")
    fences = CodeFences()
    seen_text = False
    lone_line: int | None = None  # a one-line paragraph just above, which `===` makes a heading
    for index, line in enumerate(lines):
        if fences.is_code(line):
            seen_text, lone_line = True, None
            continue
        heading = ATX_HEADING.match(line)
        if heading:
            text = _atx_text(heading.group(1))
            return _heading_title(text, lines, index, seen_text, body, body_line)
        if lone_line is not None and lone_line == index - 1 and SETEXT_UNDERLINE.match(line):
            opens = not any(text.strip() for text in lines[:lone_line])
            return _heading_title(lines[lone_line], lines, index, not opens, body, body_line)
        if line.strip():
            starts_paragraph = index == 0 or not lines[index - 1].strip()
            lone_line = index if starts_paragraph and not BLOCK_START.match(line) else None
            seen_text = True
        else:
            lone_line = None
    return None, body, body_line


def heading_text(markdown: str) -> str:
    """A heading's words without its inline markup (`**`, `_`, backticks, links).

    Text inside code spans is kept as written, and so is anything that looks like HTML:
    `Vec<T>` in a heading means the type, not a tag.
    """
    kept: list[str] = []

    def keep(code: str) -> str:
        kept.append(code.strip())
        return f"\x00{len(kept) - 1}\x00"

    text = replace_code_spans(markdown.replace("\x00", ""), keep)
    text = strip_emphasis(strip_links(text))
    if kept:
        text = PLACEHOLDER.sub(lambda match: kept[int(match.group(1))], text)
    return " ".join(text.split())


def _heading_title(
    text: str, lines: list[str], last: int, after_text: bool, body: str, body_line: int
) -> tuple[str, str, int]:
    """The heading's text as the title; the body without it when nothing came before it.

    The title shows as plain text everywhere (nav, listings, feed), so its Markdown is dropped.
    """
    title = heading_text(text) or text.strip()
    if after_text:
        return title, body, body_line
    index = last + 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    return title, "\n".join(lines[index:]), body_line + index
