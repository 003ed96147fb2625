"""How titles are written into a day page's Markdown (dates and words: `i18n.Words`)."""

from __future__ import annotations

from markupsafe import Markup, escape

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
