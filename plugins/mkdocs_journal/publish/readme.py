"""`journal readme`: a Markdown summary of the journal kept up to date inside a README.

Only the lines between the two marker lines change; everything else in the file stays byte for byte,
line endings included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.model import Day
from ..core.text import CodeFences
from ..site.i18n import ENGLISH, Words

START_MARKER = "<!-- journal:start -->"
END_MARKER = "<!-- journal:end -->"
BAR_WIDTH = 20
LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")


class ReadmeError(JournalError):
    """The target file cannot take the block (markers missing, doubled or out of order)."""


def render_block(
    journal: Journal,
    stats: dict[str, Any],
    *,
    day_link: Callable[[Day], str | None],
    words: Words = ENGLISH,
) -> list[str]:
    """The block's lines: streak figures, a progress bar and a table of days, oldest first,
    worded in the site's language (dates stay YYYY-MM-DD)."""
    t, number = words.text, words.number
    progress = words.plural(
        "progress_days", stats["goal"], days=number(stats["days_logged"]),
        goal=number(stats["goal"]), percent=number(round(stats["progress"] * 100)),
    )
    lines = [
        f"**{t('current_streak')}:** {_streak(stats['current_streak'], words)} · "
        f"**{t('best_streak')}:** {_streak(stats['best_streak'], words)}",
        "",
        f"**{t('progress')}:** `{progress_bar(stats['progress'])}` {progress}",
        "",
    ]
    if journal.days:
        header = (t("readme_date"), t("readme_day"), t("readme_title"), t("readme_tags"))
        lines += ["| " + " | ".join(table_cell(cell) for cell in header) + " |",
                  "| --- | --- | --- | --- |"]
        for day in journal.days:
            link = day_link(day)
            date = f"[{day.date}]({_link_target(link)})" if link else str(day.date)
            number = "" if day.number is None else str(day.number)
            if day.number_end is not None and day.number_end != day.number:
                number += f"–{day.number_end}"
            title = "" if day.title in (day.label, str(day.date)) else day.title
            tags = ", ".join(tag.name for tag in day.tags)
            lines.append(f"| {date} | {number} | {table_cell(title)} | {table_cell(tags)} |")
    else:
        lines.append(f"_{t('readme_no_entries')}_")
    as_of = t("readme_as_of", date=stats["as_of"], command="`journal readme`")
    lines += ["", f"_{as_of}_"]
    return lines


def progress_bar(share: float, width: int = BAR_WIDTH) -> str:
    filled = max(0, min(width, round(share * width)))
    return "█" * filled + "░" * (width - filled)


def table_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell: no line breaks, pipes escaped."""
    flat = " ".join(text.split())
    return flat.replace("|", "\\|").replace("<", "&lt;")


def with_markers(lines: list[str], newline: str = "\n") -> str:
    """The block as it is printed, ready to paste into a README."""
    return "".join(line + newline for line in [START_MARKER, *lines, END_MARKER])


def replace_block(text: str, lines: list[str], *, path: str) -> str:
    """`text` with the lines between the markers replaced by `lines`, in the file's line endings."""
    starts: list[tuple[int, str]] = []
    ends: list[int] = []
    fences = CodeFences()
    for match in LINE.finditer(text):
        line = match.group(0)
        if not line:
            break
        content = line.rstrip("\r\n")
        if fences.is_code(content):
            continue
        if content.strip() == START_MARKER:
            starts.append((match.end(), line[len(content):]))
        elif content.strip() == END_MARKER:
            ends.append(match.start())
    if not starts or not ends:
        missing = START_MARKER if not starts else END_MARKER
        raise ReadmeError(
            f"{path}: no '{missing}' line; put '{START_MARKER}' and '{END_MARKER}' on lines of "
            f"their own where the journal block should go"
        )
    if len(starts) > 1 or len(ends) > 1:
        raise ReadmeError(
            f"{path}: the markers appear more than once; keep one '{START_MARKER}' line and one "
            f"'{END_MARKER}' line"
        )
    (after_start, newline), before_end = starts[0], ends[0]
    if before_end < after_start:
        raise ReadmeError(f"{path}: '{END_MARKER}' comes before '{START_MARKER}'; swap them")
    if not newline:
        newline = "\n"
    block = "".join(line + newline for line in lines)
    return text[:after_start] + block + text[before_end:]


def _streak(streak: dict[str, Any], words: Words) -> str:
    days = streak["days"]
    if not days:
        return words.text("none")
    count = words.plural("n_days", days)
    if streak["start"] == streak["end"]:
        return f"{count} ({streak['start']})"
    return f"{count} ({streak['start']} {words.arrow('forward')} {streak['end']})"


def _link_target(url: str) -> str:
    return f"<{url}>" if any(char in url for char in " ()<>") else url
