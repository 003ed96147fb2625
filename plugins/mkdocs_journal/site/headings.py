"""Headings of an entry that shares its day page with others: nested under the entry's title.

With several entries on a day, each is introduced by its title as an `<h2>`; the entry's own
headings move down so its highest one is an `<h3>`, and the table of contents (and a screen
reader's heading list) shows where each entry starts and what belongs to it.
"""

from __future__ import annotations

import re

from ..core.text import CodeFences

ENTRY_BODY_TOP = 3
"""The level an entry's highest heading gets under its `##` title."""

_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
def _heading_lines(lines: list[str]) -> list[tuple[int, int]]:
    """(line index, level) of every ATX heading outside fenced code, in one pass."""
    fences = CodeFences()  # the fences the entry's title is looked for outside of, too
    found = []
    for index, line in enumerate(lines):
        if fences.is_code(line):
            continue
        heading = _ATX.match(line)
        if heading:
            found.append((index, len(heading.group(2))))
    return found


def nest_headings(markdown: str) -> str:
    """`markdown` with its ATX headings moved down so the highest is `###` (`######` at most);
    lines in fenced code are left alone."""
    lines = markdown.split("\n")
    headings = _heading_lines(lines)
    if not headings:
        return markdown
    shift = ENTRY_BODY_TOP - min(level for _, level in headings)
    if shift <= 0:
        return markdown
    for index, level in headings:
        line = lines[index]
        indent, hashes = _ATX.match(line).groups()  # type: ignore[union-attr]
        lines[index] = indent + "#" * min(6, level + shift) + line[len(indent) + len(hashes):]
    return "\n".join(lines)
