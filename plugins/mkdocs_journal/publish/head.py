"""Tags the journal adds to each page's `<head>`: the feed link (so browsers and readers find the
feed from any page) and a day page's date (so link previews and crawlers know when it was written).
"""

from __future__ import annotations

from html import escape

from .feed import FEED_TYPE


def head_tags(
    *, feed_href: str | None = None, feed_title: str = "", published: str | None = None
) -> str:
    """The extra `<head>` markup for one page, escaped; empty when there is nothing to add."""
    tags = []
    if feed_href is not None:
        tags.append(
            f'<link rel="alternate" type="{FEED_TYPE}" title="{escape(feed_title)}" '
            f'href="{escape(feed_href)}">'
        )
    if published:
        tags.append(f'<meta property="article:published_time" content="{escape(published)}">')
    return "".join(tags)


def add_to_head(html: str, markup: str) -> str:
    """Insert `markup` just before the first `</head>`; pages without a head are left alone."""
    if not markup:
        return html
    index = html.find("</head>")
    if index < 0:
        return html
    return html[:index] + markup + "\n" + html[index:]
