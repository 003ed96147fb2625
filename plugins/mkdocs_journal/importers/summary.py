"""A short title for an entry whose heading carries none: the gist of its first line of prose."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.text import CodeFences

TITLE_LENGTH = 70

# Linear in the line: a label holds no bracket, a destination at most one level of parentheses.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_URL = re.compile(r"<?\bhttps?://\S+>?")
_HTML = re.compile(r"<[^<>\n]+>")
_LEADING = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)+")
_STRONG = re.compile(r"\*\*|__|~~|`")
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def plain_line(line: str) -> str:
    """One line of Markdown as words: no markup, link targets, bare URLs or images."""
    text = _IMAGE.sub(" ", line)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    text = _HTML.sub(" ", text)
    text = _LEADING.sub("", text)
    text = _STRONG.sub("", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def shorten(text: str, length: int = TITLE_LENGTH) -> str:
    """The first sentence, cut at a word with an ellipsis if it is still longer than `length`."""
    text = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(text) > length:
        cut = text[: length + 1].rsplit(" ", 1)[0] if " " in text[:length] else text[:length]
        return cut.rstrip(" ,;:-–—(") + "…"
    return text.rstrip(" .,;:-–—")


def first_line_title(lines: Iterable[str]) -> str | None:
    """The first line of at least two words of prose (not a label, not code), shortened."""
    fences = CodeFences()
    for line in lines:
        if fences.is_code(line):
            continue
        text = plain_line(line).strip(" -–—|")
        if text.endswith(":"):
            continue  # a label such as "Videos:" introduces the content, it is not its gist
        if len(text.split()) >= 2:
            return shorten(text)
    return None
