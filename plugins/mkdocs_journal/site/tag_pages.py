"""The tag index and a page per tag (split every `per_page` entries), for their templates."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import escape

from .views import NOT_SEARCHED, ListItem, PageData, SiteContext, TagLink


@dataclass(frozen=True)
class TagsView:
    """What `journal/tags.html` receives as `page.journal`."""

    tags: tuple[TagLink, ...]
    letters: tuple[tuple[str, tuple[TagLink, ...]], ...]
    """Tags grouped by initial letter (`#` for the ones that start with no letter)."""
    entries: int


@dataclass(frozen=True)
class TagView:
    """What `journal/tag.html` receives as `page.journal`: one page of a tag's entries."""

    tag: TagLink
    title: str
    items: tuple[ListItem, ...]
    number: int
    count: int
    """How many pages the tag has."""
    newer: str | None
    older: str | None
    index_url: str


def tag_pages(site: SiteContext, window: set[dt.date] | None = None) -> Iterator[PageData]:
    journal, layout = site.journal, site.layout
    by_letter: dict[str, list[TagLink]] = defaultdict(list)
    for tag in journal.tags:
        first = tag.key[:1].upper()
        by_letter[first if first.isalpha() else "#"].append(site.tag_link(tag))
    index = TagsView(
        tuple(site.tag_link(tag) for tag in journal.tags),
        tuple((letter, tuple(links)) for letter, links in sorted(by_letter.items())),
        site.stats["entries"],
    )
    words = site.lang
    title = words.text("tags")
    meta = {"template": "journal/tags.html", "title": str(escape(title)), "search": NOT_SEARCHED}
    yield PageData(layout.tag_index, "tags", title, meta, index)

    index_url = layout.url(layout.tag_index)
    per_page = site.options.per_page
    for tag in journal.tags:
        refs = journal.tag_entries[tag.key]
        chunks = [refs[i : i + per_page] for i in range(0, len(refs), per_page)] or [()]
        for number, chunk in enumerate(chunks, start=1):
            if window is not None and not any(r.day.date in window for r in chunk):
                continue  # live preview: a tag's pages with no recent day wait for the full build
            title = (
                words.text("tag_title", tag=tag.name) if number == 1
                else words.text("tag_page_title", tag=tag.name, number=words.number(number))
            )
            view = TagView(
                tag=site.tag_link(tag),
                title=title,
                items=tuple(site.item(ref) for ref in chunk),
                number=number,
                count=len(chunks),
                newer=site.tag_url(tag, number - 1) if number > 1 else None,
                older=site.tag_url(tag, number + 1) if number < len(chunks) else None,
                index_url=index_url,
            )
            meta = {
                "template": "journal/tag.html",
                "title": str(escape(title)),
                "search": NOT_SEARCHED,
            }
            yield PageData(layout.tag(tag, number), "tag", title, meta, view)
