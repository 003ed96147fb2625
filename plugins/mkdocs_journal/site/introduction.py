"""The introduction page: the journal's preambles (see `core/preamble.py`), published."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.preamble import Preamble
from .links import rewrite_links
from .views import PageData, SiteContext


def introduction_page(site: SiteContext, preambles: Sequence[Preamble]) -> PageData | None:
    """One page with every preamble, oldest import first; None when there is none."""
    if not preambles:
        return None
    src_uri = site.layout.introduction
    prefix = site.layout.assets_prefix
    markdown = "\n\n---\n\n".join(
        rewrite_links(preamble.text, preamble.rel_path, prefix, src_uri, site.entry_pages)
        for preamble in preambles
    )
    title = site.lang.text("introduction")
    meta = {"title": title}
    return PageData(
        src_uri, "introduction", title, meta, None, markdown + "\n",
        preambles[0].rel_path,
    )
