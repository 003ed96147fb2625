"""The site's navigation: the short one the journal offers, and the titles a user's nav gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mkdocs.structure.files import Files

from .site.views import PageData

IN_NAV_KINDS = {"dashboard", "introduction", "archive", "tags"}
"""Generated pages in the navigation; day, tag, month and year pages are reached from these."""

NAV_PLUGINS = ("awesome-nav", "awesome-pages", "literate-nav")
"""Plugins that make the navigation themselves: with one of them, the journal writes no `nav`."""


def nav_plugins(plugins: Any) -> list[str]:
    """The names of the configured plugins that build the site's navigation."""
    return [name for name in NAV_PLUGINS if name in plugins]


def titles_in_nav(nav: Any, title: str | None = None) -> Iterator[tuple[str, str | None]]:
    """Every path a `nav` setting names, with the title it gives it (None: the page's own)."""
    if isinstance(nav, str):
        yield nav.lstrip("/"), title
    elif isinstance(nav, dict):
        for key, value in nav.items():
            yield from titles_in_nav(value, key if isinstance(value, str) else None)
    elif isinstance(nav, list):
        for item in nav:
            yield from titles_in_nav(item)


def default_nav(files: Files, pages: list[PageData]) -> list[Any]:
    """Without a `nav` setting: your home page, Dashboard, Introduction, Archive, Tags (titled
    in the site's language, as the pages are), then your pages."""
    home = next(
        (f.src_uri for f in files.documentation_pages() if f.dest_uri == "index.html"), None
    )
    generated = {page.src_uri for page in pages}
    by_kind = {page.kind: page.src_uri for page in pages if page.kind in IN_NAV_KINDS}
    titles = {page.kind: page.title for page in pages if page.kind in IN_NAV_KINDS}
    own = sorted(
        (f.src_uri for f in files.documentation_pages() if f.src_uri not in generated
         and f.src_uri not in by_kind.values()),
        key=lambda uri: (uri.count("/"), uri),
    )
    nav: list[Any] = []
    if home in own:
        nav.append(home)
        own.remove(home)
    for kind in ("dashboard", "introduction", "archive", "tags"):
        if kind in by_kind:
            nav.append({titles[kind]: by_kind[kind]})
    nav.extend(own)
    return nav
