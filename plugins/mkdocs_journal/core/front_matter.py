"""An entry's front matter: split from the body and read as YAML, with each key's line.

libyaml reads it fast; when it refuses, pure-Python PyYAML words the problem with its line,
so a broken entry is one clear error, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from .errors import EntryError

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


def refuse_control_characters(path: str, text: str) -> None:
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
class FrontMatter:
    meta: dict[str, Any]
    key_lines: dict[str, int]
    nodes: dict[str, yaml.Node]
    """Each key's YAML node, for the lines of list items and the text as written."""
    body: str
    body_line: int


def split_front_matter(path: str, text: str) -> FrontMatter:
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return FrontMatter({}, {}, {}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in FRONT_MATTER_CLOSE:
            close = index
            break
    else:
        raise EntryError(path, 1, "front matter starts with '---' but has no closing '---' line")
    yaml_text = "\n".join(lines[1:close])
    body = "\n".join(lines[close + 1 :])
    try:
        meta, key_lines, nodes = load_yaml(path, yaml_text, first_line=YAML_FIRST_LINE)
    except EntryError:
        # libyaml words problems its own way: let pure-Python PyYAML find and word the problem.
        meta, key_lines, nodes = load_yaml(path, yaml_text, YAML_FIRST_LINE, yaml.SafeLoader)
    return FrontMatter(meta, key_lines, nodes, body, close + 2)


def load_yaml(
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


