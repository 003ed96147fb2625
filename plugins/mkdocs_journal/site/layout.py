"""Where each kind of generated page lives, and what the site generates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.model import Tag
from .urls import (
    day_src_uri,
    folder_index,
    month_src_uri,
    src_uri_to_url,
    tag_src_uri,
    year_src_uri,
)

PAGE_KINDS = ("dashboard", "days", "tags", "archive", "introduction")


@dataclass(frozen=True)
class Layout:
    """Source paths (`.md`, as MkDocs names pages) and URLs of the journal's pages."""

    day_url: str = "{yyyy}/{mm}/{dd}"
    tags_url: str = "tags"
    archive_url: str = "archive"
    dashboard_src: str = "index.md"
    introduction: str = "introduction.md"
    assets_prefix: str = "entries"
    use_directory_urls: bool = True
    folder_pages: bool = False
    """Every page a folder's `index.md` (`journal export`): then a page's source folder is its
    URL's folder, and a relative link in its HTML means the same to an engine that resolves it
    from the source file (Zensical) as to one that leaves it to the browser (MkDocs)."""

    def __post_init__(self) -> None:
        if self.folder_pages:
            object.__setattr__(self, "dashboard_src", folder_index(self.dashboard_src))
            object.__setattr__(self, "introduction", folder_index(self.introduction))

    def _src(self, src_uri: str) -> str:
        return folder_index(src_uri) if self.folder_pages else src_uri

    def url(self, src_uri: str) -> str:
        """The page's URL relative to the site root, as MkDocs gives `page.url`."""
        return src_uri_to_url(src_uri, self.use_directory_urls)

    def day(self, date: dt.date) -> str:
        return self._src(day_src_uri(self.day_url, date))

    def tag(self, tag: Tag, page: int = 1) -> str:
        return self._src(tag_src_uri(self.tags_url, tag.slug, page))

    @property
    def tag_index(self) -> str:
        return f"{self.tags_url}/index.md"

    @property
    def archive(self) -> str:
        return f"{self.archive_url}/index.md"

    def year(self, year: int) -> str:
        return year_src_uri(self.archive_url, year)

    def month(self, year: int, month: int) -> str:
        return self._src(month_src_uri(self.archive_url, year, month))


@dataclass(frozen=True)
class Options:
    """What to generate and how much of it."""

    pages: frozenset[str] = frozenset(PAGE_KINDS)
    excerpt_length: int = 200
    per_page: int = 50
    recent: int = 7
    top_tags: int = 15
    site_name: str = "Journal"
    site_url: str | None = None
    """Absolute base of the site; share links and link cards need it (none without)."""
    goal: int = 100
    share: tuple[str, ...] = ()
    share_text: str = ""
    challenge: str = ""
    mastodon_instance: str | None = None
    card_image: str | None = None
    """The link card's image when a day has none of its own (a site path or an address)."""
