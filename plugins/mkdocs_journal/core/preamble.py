"""A journal's preamble: the introduction above its first day (pledge, rules, links) that
`journal import` keeps in `_preamble.md` (`_preamble-2.md` for a second imported journal)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .reading import read_utf8

PREAMBLE_NAME = re.compile(r"^_preamble(?:-[0-9]+)?\.md$")
# A hand-kept figure such as `### Current streak: 11 days`: the dashboard counts it now, and a
# stale copy beside it would contradict it. (No nested quantifiers: linear on any line.)
HAND_KEPT_FIGURE = re.compile(
    r"^[#>*_\s-]*(?:current|best|longest)\s+streak[*_\s]*:?[*_\s]*[0-9]+\s*days?[*_\s]*$", re.I
)


@dataclass(frozen=True)
class Preamble:
    rel_path: str
    """The file's path inside the entries folder."""
    text: str
    """The text to publish: the file without its hand-kept figures."""
    left_out: tuple[int, ...] = ()
    """Lines (1-based) of hand-kept figures left out of `text`."""


def _number(path: Path) -> int:
    stem = path.stem.removeprefix("_preamble").lstrip("-")
    return int(stem) if stem else 1


def read_preambles(folder: Path, display_root: Path) -> tuple[Preamble, ...]:
    """The preambles at the top of the entries folder, in the order they were imported."""
    found = sorted(
        (path for path in folder.glob("_preamble*.md") if PREAMBLE_NAME.match(path.name)),
        key=_number,
    )
    preambles = []
    for path in found:
        shown = path.relative_to(display_root).as_posix() if path.is_relative_to(
            display_root
        ) else path.as_posix()
        text = read_utf8(path, shown)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        left_out = tuple(
            number for number, line in enumerate(lines, start=1) if HAND_KEPT_FIGURE.match(line)
        )
        kept = "\n".join(line for number, line in enumerate(lines, start=1)
                         if number not in left_out).strip()
        if kept:
            preambles.append(Preamble(path.relative_to(folder).as_posix(), kept, left_out))
    return tuple(preambles)
