"""Relative links in an entry, pointed at the same files from its day page's folder.

Every pattern here runs over user text and is linear in it: a link's label cannot hold a bracket
(so no scan restarts inside another label), and code spans are found by pairing backtick runs
in one pass instead of by a backreference search.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from ..core.text import code_span_regions

_LINK_TARGET = re.compile(r"(!?\[[^\[\]\n]*\]\(\s*<?)([^)\s>]+)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:\s*<?)(\S+?)(>?(?:\s|$))", re.M)
# The lookaheads keep a fence's run whole: backing off one backtick at a time is quadratic.
_FENCED = re.compile(
    r"^ {0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.S | re.M
)
_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)")
# A link or reference target that is not external: a search or two finds whether a body needs
# work (each starts with a literal, which the regex engine scans for quickly).
_LOCAL_LINK = re.compile(r"\[[^\[\]\n]*\]\(\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^)\s>]")
_LOCAL_REFERENCE = re.compile(
    r"^ {0,3}\[[^\]\n]+\]:\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)\S", re.M
)


def rewrite_links(
    body: str,
    entry_rel_path: str,
    assets_prefix: str,
    page_src: str,
    entry_pages: dict[str, str] | None = None,
) -> str:
    """Point an entry's relative links and images at the same files from its day page's folder;
    a link to another entry file (`2024-03-01.md`) leads to that entry's day page (`entry_pages`:
    entry path inside the entries folder → day page source). Code is left as written."""
    if not _LOCAL_LINK.search(body) and not ("]:" in body and _LOCAL_REFERENCE.search(body)):
        return body  # only web links (the common case): nothing to point elsewhere
    entry_dir = posixpath.dirname(f"{assets_prefix}/{entry_rel_path}")
    page_dir = posixpath.dirname(page_src) or "."
    entry_pages = entry_pages or {}

    def fix(target: str) -> str:
        if _EXTERNAL.match(target):
            return target
        path, hash_, fragment = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(entry_dir, path))
        inside = resolved.removeprefix(f"{assets_prefix}/")
        if inside != resolved and inside in entry_pages:
            resolved = entry_pages[inside]
        return posixpath.relpath(resolved, page_dir) + hash_ + fragment

    def rewrite(text: str) -> str:
        text = _LINK_TARGET.sub(lambda m: m.group(1) + fix(m.group(2)), text)
        return _REFERENCE.sub(lambda m: m.group(1) + fix(m.group(2)) + m.group(3), text)

    pieces: list[str] = []
    done = 0
    for start, end in code_regions(body):
        pieces += [rewrite(body[done:start]), body[start:end]]
        done = end
    pieces.append(rewrite(body[done:]))
    return "".join(pieces)


_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\(\s*<?([^)\s>]+)")


def images(body: str) -> Iterator[str]:
    """The targets of the body's Markdown images (`![alt](target)`) in order, code left out."""
    if "![" not in body:
        return
    done = 0
    for start, end in [*code_regions(body), (len(body), len(body))]:
        for found in _IMAGE.finditer(body, done, start):
            yield found.group(1)
        done = end


CARD_IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
"""What link previews show (X, Facebook and LinkedIn take no SVG)."""
_WEB_ADDRESS = re.compile(r"^https?://", re.I)


def image_address(target: str, page_src: str, site_url: str) -> str | None:
    """An image target as written on a page (`../entries/2024/chart.png`), made absolute for a
    link card; None for an SVG, a `data:` URL or a path that leaves the site."""
    path = target.partition("#")[0].partition("?")[0]
    if not path.lower().endswith(CARD_IMAGE_TYPES):
        return None
    if is_web_address(target):
        return target
    if _EXTERNAL.match(target) or target.startswith("//"):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_src), target))
    if resolved == ".." or resolved.startswith("../"):
        return None
    return site_address(site_url, resolved)


def is_web_address(target: str) -> bool:
    """`https://…` or `http://…`, in any case."""
    return _WEB_ADDRESS.match(target) is not None


def site_address(site_url: str, path: str) -> str:
    """A path from the site's root (`2024/03/01/`) as an absolute address under `site_url`."""
    return site_url.rstrip("/") + "/" + path


def code_regions(body: str) -> list[tuple[int, int]]:
    """Where fenced code blocks and code spans (on one line) are, in order: a link there is text
    to show, not a link."""
    regions: list[tuple[int, int]] = []
    done = 0
    for fence in [*_FENCED.finditer(body), None]:
        stop = fence.start() if fence is not None else len(body)
        line_start = done
        while line_start < stop:
            line_end = body.find("\n", line_start, stop)
            line_end = stop if line_end < 0 else line_end
            if "`" in body[line_start:line_end]:
                for start, end in code_span_regions(body[line_start:line_end]):
                    regions.append((line_start + start, line_start + end))
            line_start = line_end + 1
        if fence is not None:
            regions.append((fence.start(), fence.end()))
            done = fence.end()
    return regions
