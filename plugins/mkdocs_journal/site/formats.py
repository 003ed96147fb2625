"""How dates and titles are written on generated pages (the templates get the dates as filters)."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup, escape

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# Every ASCII punctuation mark some Markdown extension gives a meaning to; entities are plain text.
_MARKDOWN_PUNCTUATION = frozenset("!#$()*+-:=@[\\]^_`{|}~")


def markdown_text(value: object) -> Markup:
    """Text for a Markdown line (a heading) that Markdown shows as written: `__init__`, `C#`,
    `[x](javascript:…)` or `{: .class }` stay literal, as they are in the nav and listings."""
    return Markup("".join(
        str(escape(char)) if char in "&<>\"'"
        else f"&#{ord(char)};" if char in _MARKDOWN_PUNCTUATION
        else char
        for char in str(value)
    ))


def long_date(date: dt.date) -> str:
    return f"{WEEKDAYS[date.weekday()]}, {date.day} {MONTHS[date.month - 1]} {date.year}"


def short_date(date: dt.date | str) -> str:
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    return f"{date.day} {MONTHS[date.month - 1][:3]} {date.year}"


def month_year(date: dt.date) -> str:
    return f"{MONTHS[date.month - 1]} {date.year}"
