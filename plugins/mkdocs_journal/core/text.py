"""Plain-text views of Markdown bodies: excerpts for listings, feeds and page descriptions.

The result is text, not HTML: callers escape it where they write HTML or XML.
"""

from __future__ import annotations

import html
import re

_FENCED = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.S | re.M)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$", re.M)
_LEADING = re.compile(
    r"^[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)+(?:\[[ xX]\][ \t]+)?", re.M
)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
# `_` emphasis only at word edges: snake_case_names stay whole.
_EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
# Twice for strong: `**a **b** c**` needs a second pass. Each with the text it cannot match without.
_EMPHASES = (
    (_STRONG, ("**", "__")), (_STRONG, ("**", "__")), (_EMPHASIS_STAR, ("*",)),
    (_EMPHASIS_UNDERSCORE, ("_",)), (_STRIKE, ("~~",)),
)


def plain_text(markdown: str) -> str:
    """Markdown without its markup, on one line; code spans and escaped characters as written."""
    kept: list[str] = []

    def keep(text: str) -> str:
        kept.append(text)
        return f"\x00{len(kept) - 1}\x00"

    text = markdown.replace("\x00", "")
    # Each pattern needs a marker character; most bodies lack most of them (excerpts are built
    # for every entry), so a pattern runs only where its marker is.
    if "```" in text or "~~~" in text:
        text = _FENCED.sub(" ", text)
    if "<!--" in text:
        text = _COMMENT.sub(" ", text)
    if "`" in text:
        text = _CODE_SPAN.sub(lambda match: keep(" ".join(match.group(2).split())), text)
    if "\\" in text:
        text = _ESCAPED.sub(lambda match: keep(match.group(1)), text)
    if "](" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if "][" in text:
        text = _REF_LINK.sub(r"\1", text)
    if "]:" in text:
        text = _REF_DEFINITION.sub(" ", text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda match: keep(match.group(1)), text)
        text = _HTML_TAG.sub(" ", text)
    text = _RULE.sub(" ", text)
    if "-" in text:
        text = _TABLE_DELIMITER.sub(" ", text)
    text = _LEADING.sub("", text)
    for pattern, markers in _EMPHASES:
        if any(marker in text for marker in markers):
            text = pattern.sub(lambda match: match.group(match.lastindex), text)
    text = text.replace("|", " ")
    text = html.unescape(text)
    if kept:
        text = _PLACEHOLDER.sub(lambda match: kept[int(match.group(1))], text)
    return " ".join(text.split())


def excerpt(markdown: str, length: int) -> str:
    """At most `length` characters of plain text, cut after a whole word, then an ellipsis."""
    head = _leading_paragraphs(markdown, 2 * length + 200)
    text = plain_text(head)
    if head is not markdown and len(text) <= length:
        text = plain_text(markdown)
    if len(text) <= length:
        return text
    if length <= 0:
        return ""
    # One character more: a space right after the limit means the last word fits whole.
    window = text[: length + 1]
    space = window.rfind(" ")
    cut = window[:space] if space > 0 else text[:length]
    return cut.rstrip(" ,;:.-") + "…"


def _leading_paragraphs(markdown: str, size: int) -> str:
    """The paragraphs that hold the first `size` characters: enough for an excerpt, so a long
    entry's whole body need not be stripped of markup (Markdown spans end with a paragraph)."""
    end = markdown.find("\n\n", size)
    return markdown if end < 0 else markdown[:end]


_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")


class CodeFences:
    """Follows fenced code blocks line by line, so searches for headings or markers skip code.

    CommonMark's rules: a fence opens with three or more backticks or tildes (a backtick fence's
    info string has no backtick) and closes with at least as many of the same, with nothing after.
    """

    def __init__(self) -> None:
        self.fence: str | None = None

    def is_code(self, line: str) -> bool:
        """Whether the line is a fence or inside a fenced block; call it for every line in order."""
        match = _FENCE_LINE.match(line)
        if self.fence is not None:
            marker = match.group(1) if match else ""
            if (marker[:1] == self.fence[0] and len(marker) >= len(self.fence)
                    and not match.group(2).strip()):
                self.fence = None
            return True
        if match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
            self.fence = match.group(1)
            return True
        return False
