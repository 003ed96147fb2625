"""Plain-text views of Markdown bodies: excerpts for listings, feeds and page descriptions.

The result is text, not HTML: callers escape it where they write HTML or XML.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

# The lookaheads keep a fence's run whole: backing off one backtick at a time is quadratic.
_FENCED = re.compile(
    r"^ {0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.S | re.M
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# Every pattern here sees user text and must stay linear in it: a label cannot hold a bracket and
# a destination holds at most one level of parentheses, so no scan restarts over the same text.
_DESTINATION = r"\((?:[^()]|\([^()]*\))*\)"
_IMAGE = re.compile(r"!\[([^\[\]]*)\]" + _DESTINATION)
_LINK = re.compile(r"\[([^\[\]]*)\]" + _DESTINATION)
_REF_LINK = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$", re.M)
_LEADING = re.compile(
    r"^[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)+(?:\[[ xX]\][ \t]+)?", re.M
)
PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_BACKTICKS = re.compile(r"`+")
_DELIMITER_RUN = re.compile(r"\*+|_+|~~+")


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
        text = replace_code_spans(text, lambda code: keep(" ".join(code.split())))
    if "\\" in text:
        text = _ESCAPED.sub(lambda match: keep(match.group(1)), text)
    text = strip_links(text)
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
    if "*" in text or "_" in text or "~~" in text:
        text = strip_emphasis(text)
    text = text.replace("|", " ")
    text = html.unescape(text)
    if kept:
        text = PLACEHOLDER.sub(lambda match: kept[int(match.group(1))], text)
    return " ".join(text.split())


def strip_links(text: str) -> str:
    """Inline links and images as their label: `[docs](https://…)` → `docs`."""
    if "](" not in text:
        return text
    return _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))


def code_span_regions(text: str) -> list[tuple[int, int]]:
    """Where code spans are, backticks included, by CommonMark's rule: a run of backticks closes
    at the next run of the same length, else it is literal. One pass, however many runs."""
    runs = list(_BACKTICKS.finditer(text))
    if len(runs) < 2:
        return []
    # For each run, the next run of the same length (a pass from the right).
    following: list[int | None] = [None] * len(runs)
    last_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        size = len(runs[index].group(0))
        following[index] = last_of_length.get(size)
        last_of_length[size] = index
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        close = following[index]
        if close is None:
            index += 1
            continue
        regions.append((runs[index].start(), runs[close].end()))
        index = close + 1
    return regions


def replace_code_spans(text: str, replace: Callable[[str], str]) -> str:
    """`text` with each code span replaced by `replace(its code)` (see `code_span_regions`)."""
    pieces: list[str] = []
    done = 0
    for start, end in code_span_regions(text):
        size = len(text[start:end]) - len(text[start:end].lstrip("`"))
        pieces += [text[done:start], replace(text[start + size : end - size])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def strip_emphasis(text: str) -> str:
    """`text` without the `*`, `_` and `~~` runs that open or close emphasis (CommonMark's
    flanking rules, line by line), in one pass: `2 * 3` and snake_case_names keep theirs."""
    return "\n".join(_strip_line_emphasis(line) for line in text.split("\n"))


def _strip_line_emphasis(line: str) -> str:
    runs = list(_DELIMITER_RUN.finditer(line))
    if len(runs) < 2:
        return line
    left = [0] * len(runs)  # characters to drop at each run's start (it closes) and end (it opens)
    right = [0] * len(runs)
    left_over = [len(run.group(0)) for run in runs]
    openers: list[int] = []
    open_count = {"*": 0, "_": 0, "~": 0}
    for index, run in enumerate(runs):
        char = run.group(0)[0]
        before = line[run.start() - 1] if run.start() > 0 else " "
        after = line[run.end()] if run.end() < len(line) else " "
        can_open, can_close = _flanking(char, before, after)
        while can_close and left_over[index] and open_count[char]:
            # The nearest opener of this kind; openers above it are closed over and dropped.
            top = len(openers) - 1
            while runs[openers[top]].group(0)[0] != char:
                top -= 1
            for dropped in openers[top + 1 :]:
                open_count[runs[dropped].group(0)[0]] -= 1
            del openers[top + 1 :]
            opener = openers[top]
            used = min(left_over[opener], left_over[index])
            right[opener] += used
            left[index] += used
            left_over[opener] -= used
            left_over[index] -= used
            if not left_over[opener]:
                openers.pop()
                open_count[char] -= 1
        if can_open and left_over[index]:
            openers.append(index)
            open_count[char] += 1
    pieces: list[str] = []
    done = 0
    for index, run in enumerate(runs):
        marker = run.group(0)
        pieces += [line[done : run.start()], marker[left[index] : len(marker) - right[index]]]
        done = run.end()
    pieces.append(line[done:])
    return "".join(pieces)


def _flanking(char: str, before: str, after: str) -> tuple[bool, bool]:
    """Whether a delimiter run between `before` and `after` can open and close emphasis."""
    before_space, after_space = before.isspace(), after.isspace()
    before_punct, after_punct = _is_punctuation(before), _is_punctuation(after)
    left_flanking = not after_space and (not after_punct or before_space or before_punct)
    right_flanking = not before_space and (not before_punct or after_space or after_punct)
    if char == "_":  # intraword `_` is a letter: snake_case_names stay whole
        return (
            left_flanking and (not right_flanking or before_punct),
            right_flanking and (not left_flanking or after_punct),
        )
    return left_flanking, right_flanking


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


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
