"""Where generated pages live: source paths and URLs, all in one place."""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from urllib.parse import quote

PLACEHOLDERS = {"yyyy": "%Y", "mm": "%m", "dd": "%d"}


def validate_day_pattern(pattern: str) -> str | None:
    """Why a day-page URL pattern cannot work, or None if it can."""
    fields = set(re.findall(r"{(\w+)}", pattern))
    unknown = fields - set(PLACEHOLDERS)
    if unknown:
        return f"unknown placeholder {{{sorted(unknown)[0]}}} (use {{yyyy}}, {{mm}} and {{dd}})"
    if not {"yyyy", "mm", "dd"} <= fields:
        return "must contain {yyyy}, {mm} and {dd} so that every date has its own page"
    segments = pattern.strip("/").split("/")
    if pattern.startswith("/") or ".." in segments:
        return "must be a relative path inside the site"
    if "" in segments or "." in segments:
        return "must not contain empty or '.' path segments (like '//' or '/./')"
    return None


@functools.lru_cache(maxsize=65536)
def day_src_uri(pattern: str, date: dt.date) -> str:
    path = pattern.strip("/")
    values = {"yyyy": f"{date.year:04d}", "mm": f"{date.month:02d}", "dd": f"{date.day:02d}"}
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path + ".md"


def tag_src_uri(prefix: str, slug: str, page: int = 1) -> str:
    base = f"{prefix}/{slug}"
    return f"{base}/index.md" if page == 1 else f"{base}/page/{page}.md"


def month_src_uri(prefix: str, year: int, month: int) -> str:
    return f"{prefix}/{year:04d}/{month:02d}.md"


def year_src_uri(prefix: str, year: int) -> str:
    return f"{prefix}/{year:04d}/index.md"


def folder_index(src_uri: str) -> str:
    """`2024/03/01.md` as `2024/03/01/index.md`: the same URL with directory URLs, from a
    source folder that is the URL's folder."""
    if src_uri == "index.md" or src_uri.endswith("/index.md"):
        return src_uri
    return src_uri.removesuffix(".md") + "/index.md"


@functools.lru_cache(maxsize=65536)  # listings ask for the same pages' URLs over and over
def src_uri_to_url(src_uri: str, use_directory_urls: bool) -> str:
    """The site-relative URL MkDocs gives a Markdown source path, exactly as `File.url` does:
    `README` is an index, the home page is `./`, and non-ASCII or spaces are percent-encoded."""
    parent, name = posixpath.split(src_uri)
    stem = name[: -len(".md")] if name.endswith(".md") else name
    if stem == "README":
        stem = "index"
    if not use_directory_urls:
        url = posixpath.join(parent, stem + ".html")
    elif stem == "index":
        url = (parent or ".") + "/"
    else:
        url = posixpath.join(parent, stem) + "/"
    return quote(url)


def relative_url(from_url: str, to_url: str) -> str:
    """Link from the page at site URL `from_url` to `to_url`, relative so sub-path hosting works."""
    base = from_url.rsplit("/", 1)[0] if "/" in from_url else ""
    # posixpath.relpath from the site root, done on strings: listings make tens of thousands.
    start, parts = _segments(base), _segments(to_url)
    common = 0
    for here, there in zip(start, parts, strict=False):
        if here != there:
            break
        common += 1
    target = "/".join([".."] * (len(start) - common) + list(parts[common:])) or "."
    if to_url.endswith("/") or to_url == "":
        target = target.rstrip("/") + "/"
        if target == "./":
            return "./"
    return target


@functools.lru_cache(maxsize=2048)  # a page links to the same few folders many times
def _segments(path: str) -> tuple[str, ...]:
    """The folders of a site path, normalised as posixpath.normpath does under the site root."""
    segments: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if segments:
                segments.pop()
        elif part and part != ".":
            segments.append(part)
    return tuple(segments)
