"""Keep what GitHub shows of a README's inline text when Python-Markdown renders it instead.

Two differences lose text on import. GitHub links bare URLs (`Colab: https://…`); Python-Markdown
leaves them plain, so they become `<https://…>` autolinks here, which any Markdown (the site's,
an excerpt's, GitHub's own) reads as links, whatever `markdown_extensions` a site has. And text in
angle brackets that is no HTML element (`note <Docker layers> & …`) is swallowed as an unknown tag
by Python-Markdown and the browser, while GitHub shows it: its `<` becomes `&lt;`. Code (fenced,
indented, spans) is left exactly as written, and so are real HTML tags and existing links.
"""

from __future__ import annotations

import re

from ...core.text import CodeFences, code_span_regions

HTML_ELEMENTS = frozenset("""
a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button
canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt
em embed fieldset figcaption figure font footer form frame frameset g h1 h2 h3 h4 h5 h6 head header
hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta
meter nav nobr noembed noframes noscript object ol optgroup option output p param path picture
plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot small source
span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time
title tr track tt u ul var video wbr xmp
""".split())
"""HTML's element names (and SVG's and MathML's roots): a `<` before one of them is real HTML."""

_BLOCK_ELEMENTS = frozenset("""
address article aside blockquote center details dialog dir div dl fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav noscript ol p pre section summary
table ul
""".split())

_TOKEN = re.compile(
    r"(?P<escape>\\.)"
    # An inline link or image: its destination is a URL already.
    r"|(?P<link>\[[^\[\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\))"
    # `<https://…>`, `<me@example.org>`: already an autolink.
    r"|(?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>)"
    r"|(?P<declaration><[!?])"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)[^<>]*>?)"
    r"|(?P<angle><(?=[A-Za-z/]))"
    r"|(?P<url>(?<![^\s*_~(])(?<!\]\()(?:https?://|www\.)[A-Za-z0-9][^\s<>]*)"
)
_TRAILING = re.compile(r"[?!.,:;*_~'\"]+$")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:")
_BLOCK_START = re.compile(r"^ {0,3}<([A-Za-z][A-Za-z0-9]*)(?=[\s/>]|$)")
_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


def github_inline(markdown: str) -> str:
    """The body with bare URLs as autolinks and stray `<` escaped, outside code and raw HTML."""
    if "<" not in markdown and "http" not in markdown and "www." not in markdown:
        return markdown
    out: list[str] = []
    fences = CodeFences()
    previous_blank = True
    in_list = False
    in_code = False
    raw_html: str | None = None
    """The block-level element a raw HTML block is open in: Python-Markdown keeps it as written
    until its closing tag, so a URL there must stay text (GitHub does not link it either)."""
    for line in markdown.split("\n"):
        blank = not line.strip()
        if fences.is_code(line):
            out.append(line)
            previous_blank = False
            continue
        indent = len(line) - len(line.lstrip(" "))
        if not blank:
            if _ITEM.match(line):
                in_list = True
            elif indent == 0 and previous_blank:
                in_list = False
            # Indented code: four spaces after a blank line (or more code), outside a list.
            in_code = indent >= 4 and not in_list and (previous_blank or in_code)
        previous_blank = blank
        if blank or in_code:
            out.append(line)
            continue
        if raw_html is None and (start := _BLOCK_START.match(line)):
            name = start.group(1).lower()
            if name in _BLOCK_ELEMENTS:
                raw_html = name
        links = raw_html is None and not _REFERENCE_DEFINITION.match(line)
        out.append(_inline(line, links=links))
        if raw_html is not None and f"</{raw_html}" in line.lower():
            raw_html = None
    return "\n".join(out)


def _inline(line: str, *, links: bool) -> str:
    """One line: code spans as they are, the text between them rewritten."""
    if "`" not in line:
        return _text(line, links=links)
    parts: list[str] = []
    position = 0
    for start, end in code_span_regions(line):
        parts.append(_text(line[position:start], links=links))
        parts.append(line[start:end])
        position = end
    parts.append(_text(line[position:], links=links))
    return "".join(parts)


def _text(text: str, *, links: bool) -> str:
    if "<" not in text and (not links or ("http" not in text and "www." not in text)):
        return text
    return _TOKEN.sub(lambda match: _replace(match, links), text)


def _replace(match: re.Match[str], links: bool) -> str:
    kind = match.lastgroup
    if kind == "name":  # `lastgroup` names the inner group of a tag
        kind = "tag"
    if kind == "tag":
        if match.group("name").lower() in HTML_ELEMENTS:
            return match.group(0)
        return "&lt;" + _text(match.group(0)[1:], links=links)
    if kind == "angle":
        return "&lt;"
    if kind == "url":
        return _autolink(match.group(0)) if links else match.group(0)
    return match.group(0)


def _autolink(candidate: str) -> str:
    """`https://x.org/a_(b).` → `<https://x.org/a_(b)>.`: trailing punctuation stays outside,
    and so does a closing parenthesis that closes none in the URL (GitHub's rule)."""
    trailing = _TRAILING.search(candidate)
    url = candidate[: trailing.start()] if trailing else candidate
    opened, closed = url.count("("), url.count(")")
    cut = len(url)
    while closed > opened and cut and url[cut - 1] == ")":
        cut -= 1
        closed -= 1
    url, rest = url[:cut], candidate[cut:]
    if not url or url.endswith(("://", "www.")):
        return candidate
    if url.startswith("www."):
        return f"[{url}](http://{url}){rest}"
    return f"<{url}>{rest}"
