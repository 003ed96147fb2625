"""Make README Markdown render on the site as it did on GitHub.

GitHub renders READMEs by CommonMark rules; MkDocs uses Python-Markdown, which wants a blank line
before a list, four spaces per level of nesting (GitHub accepts two) and a blank line where a
code fence or paragraph ends a list. Without this, imported lists would come out as one paragraph
or flattened. Only whitespace changes: every line's text is kept, code blocks keep their content.
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"^(?P<indent> *)(?P<marker>[-*+]|(?P<number>\d{1,9})[.)])(?P<space>[ ]+|$)(?P<rest>.*)$"
)
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ ]*\1){2,}[ ]*$")
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_OTHER_BLOCK = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|>|<)")
_NESTED_INDENT = 4


def commonmark_to_python_markdown(markdown: str) -> str:
    """The same document, spaced so that Python-Markdown reads it the CommonMark way."""
    return "\n".join(_Converter().convert(markdown.split("\n")))


class _Converter:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.items: list[int] = []
        """Content column of each open list item, outermost first (CommonMark columns)."""
        self.previous = "blank"
        """What the last line was: blank, item, text (paragraph), block or fence-end."""
        self.fence: tuple[str, int, int] | None = None
        """Open fence: its marker, its column in the source and the shift applied to its lines."""

    def convert(self, lines: list[str]) -> list[str]:
        for raw in lines:
            line = _expand_leading_tabs(raw)
            if self.fence is not None:
                self._fenced(line)
                continue
            if line.strip() and self.previous == "fence-end":
                self.out.append("")
                self.previous = "blank"
            if not line.strip():
                self.out.append("")
                self.previous = "blank"
            elif self.items:
                self._in_list(line)
            else:
                self._top_level(line)
        return self.out

    def _fenced(self, line: str) -> None:
        marker, column, shift = self.fence  # type: ignore[misc]
        self.out.append(_shift(line, shift))
        match = _FENCE.match(line)
        if (
            match
            and match["fence"][0] == marker[0]
            and len(match["fence"]) >= len(marker)
            and not match["info"].strip()
            and len(match["indent"]) <= column + 3
        ):
            self.fence = None
            self.previous = "fence-end"

    def _open_fence(self, line: str, match: re.Match[str], shift: int) -> None:
        self.fence = (match["fence"], len(match["indent"]), shift)
        if self.out and self.out[-1].strip():
            self.out.append("")
        self.out.append(_shift(line, shift))
        self.previous = "block"

    def _top_level(self, line: str) -> None:
        item = _ITEM.match(line)
        fence = _FENCE.match(line)
        if fence and len(fence["indent"]) <= 3:
            self._open_fence(line, fence, 0)
        elif (
            item and len(item["indent"]) <= 3
            and not _THEMATIC.match(line) and self._may_start(item)
        ):
            if self.previous == "text":
                self.out.append("")
            self._item(item, depth=0)
        else:
            self.out.append(line)
            self.previous = "block" if _OTHER_BLOCK.match(line) or _THEMATIC.match(line) else "text"

    def _may_start(self, item: re.Match[str]) -> bool:
        """CommonMark: a list may interrupt a paragraph only if it starts with `1.` or a bullet."""
        if self.previous != "text":
            return True
        if not item["rest"].strip():
            return False
        return item["number"] is None or int(item["number"]) == 1

    def _in_list(self, line: str) -> None:
        indent = len(line) - len(line.lstrip(" "))
        item = _ITEM.match(line)
        if item and not _THEMATIC.match(line):
            while self.items and self.items[-1] > indent:
                self.items.pop()
            if self.items and indent >= self.items[-1] + 4:
                item = None  # indented code inside an item, not a nested item
            else:
                self._item(item, depth=len(self.items))
                return
        owner = next(
            (i for i in range(len(self.items) - 1, -1, -1) if self.items[i] <= indent), None
        )
        fence = _FENCE.match(line)
        if owner is None:
            lazy = self.previous in ("item", "text") and not fence and not _OTHER_BLOCK.match(line)
            if lazy and not _THEMATIC.match(line):
                self.out.append(line)
                self.previous = "text"
                return
            self.items.clear()
            if self.previous != "blank":
                self.out.append("")
            self._top_level(line)
            return
        if self.previous == "blank":
            del self.items[owner + 1 :]
        column = self.items[owner]
        shift = _NESTED_INDENT * (owner + 1) - column
        if fence:
            self._open_fence(line, fence, shift)
            return
        self.out.append(_shift(line, shift))
        self.previous = "text"

    def _item(self, item: re.Match[str], depth: int) -> None:
        space = len(item["space"])
        content = len(item["indent"]) + len(item["marker"]) + (space if 1 <= space <= 4 else 1)
        self.items.append(content)
        text = f"{' ' * (_NESTED_INDENT * depth)}{item['marker']} {item['rest']}".rstrip(" ")
        if item["rest"].endswith("  "):
            text += "  "
        self.out.append(text)
        self.previous = "item"


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    return lead.expandtabs(4) + stripped if "\t" in lead else line


def _shift(line: str, shift: int) -> str:
    if shift > 0:
        return " " * shift + line if line.strip() else line
    if shift < 0:
        lead = len(line) - len(line.lstrip(" "))
        return line[min(lead, -shift) :]
    return line
