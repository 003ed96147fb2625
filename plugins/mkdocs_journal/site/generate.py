"""Every page a journal needs, as engine-neutral `PageData` (the adapter registers them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..core.journal import Journal
from ..core.preamble import Preamble
from .archive_pages import archive_pages
from .dashboard import dashboard_page
from .day_pages import day_pages
from .i18n import ENGLISH, Words
from .introduction import introduction_page
from .layout import Layout, Options
from .rounds import round_pages
from .tag_pages import tag_pages
from .views import PageData, SiteContext


def generate_pages(
    journal: Journal,
    stats: dict[str, Any],
    layout: Layout,
    options: Options,
    *,
    day_window: set[dt.date] | None = None,
    preambles: Sequence[Preamble] = (),
    words: Words = ENGLISH,
) -> list[PageData]:
    """The pages `options.pages` asks for; `day_window` limits the day pages (live preview).
    Each listing is bounded (a month, a page of a tag, a year of heatmap): no page grows with N."""
    site = SiteContext(journal, stats, layout, options, words)
    pages: list[PageData] = []
    if site.has_days:
        pages.extend(day_pages(site, day_window))
    if site.has_tags:
        pages.extend(tag_pages(site, day_window))
    if site.has_archive:
        pages.extend(archive_pages(site, day_window))
    if journal.rounds:
        pages.extend(round_pages(site, dt.date.fromisoformat(stats["as_of"])))
    if "dashboard" in options.pages:
        pages.append(dashboard_page(site))
    introduction = introduction_page(site, preambles) if "introduction" in options.pages else None
    if introduction is not None:
        pages.append(introduction)
    return pages
