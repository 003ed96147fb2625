"""Markdown reduced to words, for a title read from a table cell."""

from __future__ import annotations

import re

# Linear in the line: a label holds no bracket, a destination at most one level of parentheses.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_URL = re.compile(r"<?\bhttps?://\S+>?")
_HTML = re.compile(r"<[^<>\n]+>")
_LEADING = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)+")
_STRONG = re.compile(r"\*\*|__|~~|`")
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")


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
