"""`stats.json`: the dashboard's figures for scripts and badges, with each tag page's URL."""

from __future__ import annotations

import json
from typing import Any

from ..site.layout import Layout
from ..site.urls import tag_src_uri


def stats_json(stats: dict[str, Any], layout: Layout) -> str:
    """The text of `stats.json` (and of `journal stats --json`): figures plus tag page URLs."""
    site_stats = dict(stats)
    site_stats["tags"] = [
        {**item, "url": layout.url(tag_src_uri(layout.tags_url, item["slug"]))}
        for item in stats["tags"]
    ]
    return json.dumps(site_stats, indent=2, ensure_ascii=False) + "\n"
