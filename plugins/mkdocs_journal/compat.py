"""Other plugins beside the journal: what they need from its generated pages, and one clear
message (naming the option to change) where a combination cannot work as configured."""

from __future__ import annotations

import re
from typing import Any

from mkdocs.exceptions import PluginError

from .site.views import PageData


def _option(plugin: Any, name: str, default: Any) -> Any:
    return getattr(getattr(plugin, "config", None), name, default)


def rss_match_path(listing: list[str]) -> str:
    """A `match_path` for mkdocs-rss-plugin that leaves out the given generated listing pages."""
    folders = sorted({uri.split("/", 1)[0] for uri in listing if "/" in uri})
    top = sorted(uri for uri in listing if "/" not in uri)
    parts = [f"{re.escape(folder)}/" for folder in folders] + [f"{re.escape(f)}$" for f in top]
    return f"(?!{'|'.join(parts)}).*" if parts else ".*"


def check_rss(plugins: Any, pages: list[PageData]) -> None:
    """mkdocs-rss-plugin dates every page it matches from its source file, which only day pages
    have (their entry): stop, naming `match_path`, before it fails with a traceback."""
    rss = plugins.get("rss") if hasattr(plugins, "get") else None
    if rss is None or not _option(rss, "enabled", True):
        return
    try:
        pattern = re.compile(_option(rss, "match_path", ".*"))
    except (re.error, TypeError):
        return  # the rss plugin reports its own bad setting
    listing = [page.src_uri for page in pages if page.source is None]
    matched = [uri for uri in listing if pattern.match(uri)]
    if matched:
        raise PluginError(
            f"journal: the rss plugin would read the journal's generated page {matched[0]} "
            f"(and {len(matched) - 1} more), which has no source file; set the rss plugin's "
            f"'match_path' to leave them out, e.g. match_path: '{rss_match_path(listing)}', "
            f"or use the journal's own feed (feed: true) instead"
        )


def refuse_replaced_pages(files: Any, generated: dict[str, PageData]) -> None:
    """Pages another plugin adds after the journal's on_files (Material's blog does, at priority
    -50) could silently take a journal page's place: refuse, as for the user's own files."""
    for file in files:  # documentation_pages() leaves out pages not "included" yet
        page = generated.get(file.dest_uri)
        if page is not None and file.src_uri != page.src_uri:
            raise PluginError(
                f"journal: {file.generated_by or 'a plugin'}'s page {file.src_uri} and the "
                f"journal's {page.kind} page {page.src_uri} would both be written to "
                f"{file.dest_uri}; give that plugin a folder of its own (for Material's blog: "
                f"blog_dir: blog), or move the journal's pages with the day_url, tags_url or "
                f"archive_url option"
            )
