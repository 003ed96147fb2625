"""Small SVG badges (`label | value`, flat style) that a README can embed to show the streak.

Plain Python, no font files: text widths are estimated from Verdana's proportions at 11px, and
each text is also given that width (`textLength`) so a different font still fits its box.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path
from typing import Any

from ..site.i18n import ENGLISH, Words

BADGES_DIR = "badges"
LABEL_COLOR = "#555"
ACTIVE_COLOR = "#4c1"
IDLE_COLOR = "#9f9f9f"
PROGRESS_COLOR = "#007ec6"
PADDING = 6
# Approximate advance widths (px) of Verdana at 11px, by character; anything else counts as DEFAULT.
_WIDTHS: dict[str, float] = {
    **dict.fromkeys("0123456789", 7.0),
    **dict.fromkeys("iljI|.,:;'!", 3.3),
    **dict.fromkeys("frt()[]/ -", 4.6),
    **dict.fromkeys("mwMW%@", 10.2),
    **dict.fromkeys("ABCDEFGHJKLNOPQRSTUVXYZ", 7.8),
}
DEFAULT_WIDTH = 6.6
WIDE_WIDTH = 11.0


def text_width(text: str) -> int:
    """Estimated rendered width of `text` in pixels."""
    total = 0.0
    for char in text:
        if char in _WIDTHS:
            total += _WIDTHS[char]
        elif ord(char) > 0x2E80:  # CJK and other full-width scripts
            total += WIDE_WIDTH
        else:
            total += DEFAULT_WIDTH
    return math.ceil(total)


def badge_svg(label: str, value: str, color: str) -> str:
    """A flat `label | value` badge; both texts are XML-escaped."""
    label_text, value_text = text_width(label), text_width(value)
    label_width, value_width = label_text + 2 * PADDING, value_text + 2 * PADDING
    width = label_width + value_width
    title = escape(f"{label}: {value}")
    label, value, color = escape(label), escape(value), escape(color)

    def text(x: float, length: int, content: str) -> str:
        common = f'x="{x:g}" textLength="{length}" lengthAdjust="spacingAndGlyphs"'
        return (
            f'<text {common} y="15" fill="#010101" fill-opacity=".3">{content}</text>'
            f'<text {common} y="14">{content}</text>'
        )

    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" '
        f'aria-label="{title}">'
        f"<title>{title}</title>"
        '<linearGradient id="shine" x2="0" y2="100%">'
        '<stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/>'
        "</linearGradient>"
        f'<clipPath id="round"><rect width="{width}" height="20" rx="3" fill="#fff"/></clipPath>'
        '<g clip-path="url(#round)">'
        f'<rect width="{label_width}" height="20" fill="{LABEL_COLOR}"/>'
        f'<rect x="{label_width}" width="{value_width}" height="20" fill="{color}"/>'
        f'<rect width="{width}" height="20" fill="url(#shine)"/>'
        "</g>"
        '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" '
        'font-size="11">'
        f"{text(label_width / 2, label_text, label)}"
        f"{text(label_width + value_width / 2, value_text, value)}"
        "</g></svg>\n"
    )


def streak_badge(stats: dict[str, Any], words: Words = ENGLISH) -> str:
    """Current streak: green while it runs, grey once it has ended."""
    days = stats["current_streak"]["days"]
    return badge_svg(
        words.text("badge_streak"), words.plural("badge_days", days),
        ACTIVE_COLOR if days else IDLE_COLOR,
    )


def current_round(stats: dict[str, Any]) -> dict[str, Any] | None:
    """The round in progress on the as-of date (the last one started), with rounds configured."""
    started = [item for item in stats.get("rounds", ()) if item["start"] <= stats["as_of"]]
    return started[-1] if started else None


def progress_badge(stats: dict[str, Any], words: Words = ENGLISH) -> str:
    """Days logged out of the goal: blue on the way, green once the goal is reached. With
    rounds, the round in progress, and once its goal is met the date it was met."""
    round_ = current_round(stats)
    if round_ is not None:
        goal = round_["goal"]
        label = words.text("badge_round_progress", round=words.round_short(round_["number"]))
        if round_["finished"]:
            value = words.text(
                "badge_round_finished", goal=words.number(goal), date=round_["finished"]
            )
            return badge_svg(label, value, ACTIVE_COLOR)
        value = words.plural(
            "badge_progress_days", goal, days=words.number(round_["days_logged"]),
            goal=words.number(goal),
        )
        return badge_svg(label, value, PROGRESS_COLOR)
    logged, goal = stats["days_logged"], stats["goal"]
    color = ACTIVE_COLOR if logged >= goal else PROGRESS_COLOR
    value = words.plural(
        "badge_progress_days", goal, days=words.number(logged), goal=words.number(goal)
    )
    return badge_svg(words.text("badge_progress"), value, color)


def write_badges(site_dir: Path, stats: dict[str, Any], words: Words = ENGLISH) -> list[Path]:
    """Write `badges/streak.svg` and `badges/progress.svg` into the built site, in the site's
    language (a README in that language embeds them)."""
    folder = site_dir / BADGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    badges = (("streak.svg", streak_badge(stats, words)),
              ("progress.svg", progress_badge(stats, words)))
    for name, svg in badges:
        path = folder / name
        path.write_text(svg, encoding="utf-8")
        written.append(path)
    return written
