"""An entry's title from its first heading, and a heading's words without inline markup.

Read line by line in string operations, so a hostile file costs linear time.
"""

from __future__ import annotations

import re

from .text import PLACEHOLDER, CodeFences, replace_code_spans, strip_emphasis, strip_links

SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
BLOCK_START = re.compile(r"^ {0,3}([-*+>|<]|\d+[.)]|    )|^\t")
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+)$")
"""The text after the hashes still holds the optional closing `###`: see `_atx_text`."""


def _atx_text(text: str) -> str:
    """A heading's text without its closing hashes (`## Title ##`), in string operations: the
    same as a regex, but linear however many spaces a line holds."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare[-1:] in (" ", "\t"):
        text = bare.rstrip(" \t")
    return text or bare


def title_from_heading(body: str, body_line: int) -> tuple[str | None, str, int]:
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
