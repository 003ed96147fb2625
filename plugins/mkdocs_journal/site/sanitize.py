"""Raw HTML in entries that would run script or swallow the page, made harmless."""

from __future__ import annotations

import re

_UNSAFE_TAG = re.compile(
    # Math that pymdownx.arithmatex (generic: false) writes for MathJax 2 is kept whole: a
    # browser runs no script of type math/tex, and the element cannot hold a `</script`.
    r'(<script type="math/tex(?:; mode=display)?">.*?</script>)'
    r"|<(?=/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)[\s/>])",
    re.I | re.S,
)


def disarm_raw_html(html: str) -> str:
    """Rendered entry HTML with the tags that run script or swallow the page (GitHub's
    `tagfilter` list: script, style, iframe, textarea…) turned into visible text; other raw HTML
    (`<details>`, `<kbd>`, `<img>`) and code spans, already escaped by Markdown, are untouched."""
    return _UNSAFE_TAG.sub(_disarm, html)


def _disarm(match: re.Match[str]) -> str:
    return match.group(1) or "&lt;"
