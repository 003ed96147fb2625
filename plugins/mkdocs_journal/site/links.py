"""An entry's relative links and images, pointed at the same files from its day page.

Entries are written next to their images (`tally-benchmark.png`) and link each other by file
(`2024-03-01.md`); day pages live elsewhere (`2024/03/01/`), so their targets are rewritten.
"""

from __future__ import annotations

import posixpath
import re

_LINK_TARGET = re.compile(r"(!?\[[^\]\n]*\]\(\s*<?)([^)\s>]+)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:\s*<?)(\S+?)(>?(?:\s|$))", re.M)
# Fenced code blocks and code spans, where a link is text to show, not a link.
_CODE = re.compile(
    r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)|(`+)[^\n]*?\2", re.S | re.M
)
_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)")
# A link or reference target that is not external: a search or two finds whether a body needs
# work (each starts with a literal, which the regex engine scans for quickly).
_LOCAL_LINK = re.compile(r"\[[^\]\n]*\]\(\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^)\s>]")
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
    for code in _CODE.finditer(body):
        pieces += [rewrite(body[done : code.start()]), code.group(0)]
        done = code.end()
    pieces.append(rewrite(body[done:]))
    return "".join(pieces)
