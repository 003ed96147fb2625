"""Plain-text views of Markdown bodies: excerpts for listings, feeds and page descriptions."""

from __future__ import annotations

import re

_FENCED = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.S | re.M)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_HTML = re.compile(r"<[^>\n]+>")
_LEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?|\|)", re.M)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)")


def plain_text(markdown: str) -> str:
    """Markdown without its markup, on one line."""
    text = _FENCED.sub(" ", markdown)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _HTML.sub(" ", text)
    text = _LEADING.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("|", " ")
    return " ".join(text.split())


def excerpt(markdown: str, length: int) -> str:
    """At most `length` characters of plain text, cut at a word, with an ellipsis when cut."""
    text = plain_text(markdown)
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0] if " " in text[:length] else text[:length]
    return cut.rstrip(" ,;:.-") + "…"
