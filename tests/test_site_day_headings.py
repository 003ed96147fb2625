"""A day with several entries: each entry's headings sit under its title, in the page and in the
table of contents; a day with one entry keeps its headings as written."""

from __future__ import annotations

from conftest import JournalSite, Node

MORNING = """---
date: 2024-03-02T07:30:00
title: Morning
---
Intro.

## Setup

```python
# not a heading
x = 1
```

### Detail

Done.
"""
EVENING = """---
date: 2024-03-02T19:00:00
title: Evening
---
# Big heading

## Notes

Evening work.
"""
ALONE = """---
date: 2024-03-03
title: Alone
---
## Setup

### Detail
"""


def headings(article: Node) -> list[tuple[str, str]]:
    return [
        (node.tag, node.text().rstrip("¶").strip())
        for node in article.iter() if node.tag in ("h2", "h3", "h4", "h5")
    ]


def toc(site: JournalSite, url: str) -> list[tuple[int, str]]:
    """(depth, title) of each link in Material's table of contents."""
    nav = next(
        node for node in site.page(url).iter()
        if node.tag == "nav" and "md-nav--secondary" in node.classes()
    )
    found: list[tuple[int, str]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if not isinstance(child, Node):
                continue
            if child.tag == "a" and "md-nav__link" in child.classes():
                found.append((depth, child.text()))
            walk(child, depth + (child.tag == "ul"))

    walk(nav, 0)
    return found


def build(journal_site: JournalSite) -> JournalSite:
    journal_site.configure(markdown_extensions=[{"toc": {"permalink": True}}])
    journal_site.entry("2024-03-02-a.md", MORNING)
    journal_site.entry("2024-03-02-b.md", EVENING)
    journal_site.entry("2024-03-03.md", ALONE)
    journal_site.build()
    return journal_site


def test_entry_headings_nest_under_their_entry_title(journal_site: JournalSite) -> None:
    site = build(journal_site)
    article = site.article("2024/03/02/")
    assert headings(article) == [
        ("h2", "Morning"), ("h3", "Setup"), ("h4", "Detail"),
        ("h2", "Evening"), ("h3", "Big heading"), ("h4", "Notes"),
    ]
    assert "# not a heading" in article.find("pre").text()


def test_the_table_of_contents_shows_where_each_entry_starts(journal_site: JournalSite) -> None:
    site = build(journal_site)
    assert toc(site, "2024/03/02/") == [
        (1, "Morning"), (2, "Setup"), (3, "Detail"),
        (1, "Evening"), (2, "Big heading"), (3, "Notes"),
    ]


def test_a_day_with_one_entry_keeps_its_headings(journal_site: JournalSite) -> None:
    site = build(journal_site)
    assert headings(site.article("2024/03/03/")) == [("h2", "Setup"), ("h3", "Detail")]
    assert toc(site, "2024/03/03/") == [(1, "Setup"), (2, "Detail")]
