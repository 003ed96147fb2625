"""Entry HTML made safe to publish: nothing an entry says runs as script in a reader's browser.

An allow-list sanitizer (nh3, the bindings to Rust's ammonia) keeps the markup GitHub allows and
the markup Python-Markdown, PyMdown Extensions and Material's extensions write, and drops every
other tag (keeping its text), every event handler and every `javascript:`-like URL. Tags that run
script, embed another page or swallow the page (`<script>`, `<iframe>`, `<style>`…) are shown as
text instead, as GitHub does, so what the author wrote stays readable. The one script kept is the
math `pymdownx.arithmatex` writes for MathJax 2, matched exactly as arithmatex writes it.
"""

from __future__ import annotations

import html
import re
import secrets

import nh3

__all__ = ["sanitize_html"]

# Shown as text: GitHub's `tagfilter` list, and the tags that embed another document or change
# the whole page (a base URL, a refresh, a form posting elsewhere). `<` followed by one of these
# names and a tag-name end becomes `&lt;`; the sanitizer behind it is what makes the page safe.
_SHOWN_AS_TEXT = re.compile(
    r"<(?=/?(?:script|style|iframe|textarea|title|xmp|noembed|noframes|plaintext|noscript"
    r"|template|object|embed|applet|frame|frameset|base|link|meta|form)[\s/>])",
    re.I,
)

# What pymdownx.arithmatex (`generic: false`) writes for MathJax 2. It escapes `<`, `>` and `&`
# in the TeX, so the element's text has no `<`: it can neither end early nor open anything.
# A browser runs no script of these types; anything else that looks like them is not kept.
_MATH_SCRIPT = re.compile(r'<script type="math/tex(?:; mode=display)?">[^<]*</script>')
# An element of a name no entry can know stands in for each math script while nh3 runs. nh3
# writes `<` in text and attribute values as `&lt;`, so only a stand-in that is a real element
# turns back into a script; one that sat in an attribute value goes back as that value's text.
_MATH_ELEMENT = f"journal-math-{secrets.token_hex(8)}"
_MATH_STAND_IN = re.compile(rf'<{_MATH_ELEMENT} data-n="(\d+)"></{_MATH_ELEMENT}>')
_MATH_IN_ATTRIBUTE = re.compile(
    rf"&lt;{_MATH_ELEMENT} data-n=&quot;(\d+)&quot;&gt;&lt;/{_MATH_ELEMENT}&gt;"
)

# Ids and names of Material's page (`__config`, `__search`, `__drawer`, `__palette_0`) and those
# its scripts give (`__code_0`): an entry's element taking one could stand in for the theme's.
# Other ids stay, `__init__` headings and PyMdown's `__tabbed_1_1` and `__codelineno-0-1` too.
_THEME_ID = re.compile(
    r"__(?:config|search|drawer|toc|consent|analytics|settings|palette|code_|mermaid|md)"
)

_STYLE_PROPERTIES = frozenset(
    """text-align vertical-align width height max-width max-height min-width min-height
    color background-color font-weight font-style font-size text-decoration white-space
    float clear display list-style-type border border-width border-style border-color
    border-collapse border-radius margin margin-top margin-right margin-bottom margin-left
    padding padding-top padding-right padding-bottom padding-left""".split()
)
# A value of words, numbers, units, `#rgb` colours and commas: no `url(`, `expression(`, `\`.
_STYLE_VALUE = re.compile(r"[-\w.,%# ]*")
_STYLE_NAME = re.compile(r"[a-z-]+")
_STYLE_MAX = 1000

_SVG = {"svg", "path", "g", "circle", "rect", "ellipse", "line", "polyline", "polygon"}
_SVG_ATTRIBUTES = {
    "viewBox", "xmlns", "width", "height", "fill", "fill-rule", "clip-rule", "fill-opacity",
    "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "opacity",
    "transform", "d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "points",
    "aria-hidden", "focusable", "role",
}

_TAGS = set(nh3.ALLOWED_TAGS) | {
    "input", "label", "picture", "source", "tfoot", "s", "u", _MATH_ELEMENT, *_SVG,
}
_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"class", "id", "title", "lang", "dir", "style"},
    "a": {"href", "hreflang", "name", "rel", "target"},
    "img": {"src", "alt", "width", "height", "align", "loading"},
    "input": {"checked", "disabled", "id", "name"},
    "label": {"for"},
    "details": {"open"},
    "source": {"srcset", "media", "type", "width", "height"},
    "li": {"value"},
    "ol": {"start", "type", "reversed"},
    "td": {"colspan", "rowspan", "headers", "align"},
    "th": {"colspan", "rowspan", "headers", "align", "scope"},
    _MATH_ELEMENT: {"data-n"},
    **{tag: set(_SVG_ATTRIBUTES) for tag in _SVG},
}


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    """The value an allowed attribute keeps, or None to drop it: ids that are the theme's, the
    attributes Material's scripts act on (`data-md-*`) and styles beyond the simple ones go."""
    if attribute in ("id", "name", "for") and _THEME_ID.match(value):
        return None
    if attribute.startswith("data-md"):
        return None
    if attribute == "style":
        return value if _simple_style(value) else None
    if attribute == "srcset":  # URLs nh3 does not check itself
        return value if all(_web_url(part) for part in value.split(",")) else None
    return value


def _web_url(candidate: str) -> bool:
    """A `srcset` candidate's URL is relative or http(s)."""
    url = candidate.strip().split(" ", 1)[0].lower()
    scheme, colon, _ = url.partition(":")
    return not colon or "/" in scheme or scheme in ("http", "https")


def _simple_style(value: str) -> bool:
    """Layout and colour declarations only (`text-align: right`, `width: 50%`): nothing that
    loads a URL, positions the element over the page or depends on CSS escapes."""
    if len(value) > _STYLE_MAX:
        return False
    for declaration in value.split(";"):
        if not declaration.strip():
            continue
        name, colon, setting = declaration.partition(":")
        name = name.strip().lower()
        if not colon or name not in _STYLE_PROPERTIES or not _STYLE_NAME.fullmatch(name):
            return False
        if not _STYLE_VALUE.fullmatch(setting.strip()):
            return False
    return True


_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    tag_attribute_values={"input": {"type": {"checkbox", "radio"}}},
    generic_attribute_prefixes={"data-", "aria-"},
    attribute_filter=_keep_attribute,
    link_rel=None,  # `rel` is the markup's own (footnotes); browsers imply noopener for _blank
    strip_comments=True,
)


def sanitize_html(page_html: str) -> str:
    """The HTML Markdown made from entries, with what could run script taken out: disallowed
    tags dropped (their text kept), script-like tags shown as text, unsafe attributes and URLs
    removed, MathJax 2 math kept as arithmatex wrote it."""
    maths: list[str] = []

    def stand_in(match: re.Match[str]) -> str:
        maths.append(match.group(0))
        return f'<{_MATH_ELEMENT} data-n="{len(maths) - 1}"></{_MATH_ELEMENT}>'

    if "<script" in page_html:
        page_html = _MATH_SCRIPT.sub(stand_in, page_html)
    page_html = _SHOWN_AS_TEXT.sub("&lt;", page_html)
    cleaned = _CLEANER.clean(page_html)
    if not maths:
        return cleaned

    def script(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return maths[index] if index < len(maths) else ""

    def attribute_text(match: re.Match[str]) -> str:
        return html.escape(script(match))

    cleaned = _MATH_STAND_IN.sub(script, cleaned)
    return _MATH_IN_ATTRIBUTE.sub(attribute_text, cleaned)
