"""Import a journal kept as one README into entry files.

Each journal shape is one module exposing a `Format`, registered by name in `FORMATS`
(adding a shape is adding a module). `parse_journal` reads the source into an `ImportResult`
in which every source line is in an entry, in the preamble or in `not_imported`;
`plan_import` says which files that makes and `apply_plan` writes them.
"""

from __future__ import annotations

import datetime as dt

from . import dated_tags, day_numeric, day_ordinal, log_template, table
from .base import Format, ImportedEntry, ImportProblem, ImportResult, NotImported, Source
from .plan import PREAMBLE_FILE, PlannedFile, apply_plan, plan_import, planned_paths

__all__ = [
    "FORMATS",
    "PREAMBLE_FILE",
    "Format",
    "ImportProblem",
    "ImportResult",
    "ImportedEntry",
    "NotImported",
    "PlannedFile",
    "apply_plan",
    "detect_format",
    "parse_journal",
    "plan_import",
    "planned_paths",
]

FORMATS: dict[str, Format] = {
    module.FORMAT.name: module.FORMAT
    # Order breaks ties in detection: the log template is also day headings with dates in
    # words, and dates in words need no interpretation where `7/10/2018` does.
    for module in (table, log_template, dated_tags, day_ordinal, day_numeric)
}


def detect_format(text: str, *, source: str = "the journal") -> str:
    """The name of the shape that fits the most entries; ImportProblem if none fits."""
    return _detect(Source.from_text(text, source))


def _detect(source: Source) -> str:
    best, best_score = None, 0
    for name, fmt in FORMATS.items():
        score = fmt.score(source)
        if score > best_score:
            best, best_score = name, score
    if best is None:
        examples = ", ".join(f"'{fmt.example}'" for fmt in FORMATS.values())
        raise ImportProblem(
            f"{source.name}: no journal entries found (expected headings or rows like {examples})"
        )
    return best


def parse_journal(
    text: str, *, source: str, fmt: str = "auto", start: dt.date | None = None
) -> ImportResult:
    """Read a README journal; `fmt` is a name from FORMATS or "auto", `start` the date of day 1."""
    lines = Source.from_text(text, source)
    if fmt == "auto":
        fmt = _detect(lines)
    elif fmt not in FORMATS:
        raise ImportProblem(
            f"unknown import format {fmt!r} (choose from auto, {', '.join(FORMATS)})"
        )
    return FORMATS[fmt].parse(lines, start)
