"""Sites that keep the packaged day, tag and month templates get them without Jinja (fastpages);
copying those templates into `custom_dir` to start editing them must change nothing."""

from __future__ import annotations

import datetime as dt
import shutil

import markdown
import pytest
from mkdocs.utils.meta import get_data
from mkdocs_journal.core.journal import build_journal, load_entries
from mkdocs_journal.core.stats import journal_stats
from mkdocs_journal.site.pages import (
    TEMPLATES,
    Layout,
    Options,
    Renderer,
    anchor_html_blocks,
    generate_pages,
    hide_html_blocks,
    restore_html_blocks,
)
from test_bench_generator import generate

ODD = [
    ("2023-12-30.md", "---\ntags: [C++, \"a&b\"]\n---\n# Vec<T> & `__init__` [x](y)\n\nBody.\n"),
    ("2023-12-31.md", "---\ntitle: \"Quotes \\\" and ' \"\n---\nNo tags.\n"),
    ("2024-01-02.md", "---\ntags: [rust]\nday: \"3-5\"\n---\n# A range\n\nSee ![i](img.png).\n"),
    ("2024-01-03.md", "---\ntags: [rust, python]\n---\n# First of two\n\nOne.\n"),
    ("2024-01-03-2.md", "---\ntags: [sql]\n---\n# Second of two\n\nTwo [prev](2024-01-02.md).\n"),
    ("2024-01-04.md", "---\ndraft: true\n---\n# Draft\n\nHidden.\n"),
    ("2024-01-05.md", "---\ntags: [notes]\n---\n# Footnote[^1]\n\nText.[^1]\n\n[^1]: Note.\n"),
    ("2024-01-06.md", "---\ntitle: Title only\ntags: [notes]\n---\n"),
]


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    root = tmp_path_factory.mktemp("fast")
    folder = root / "entries"
    generate.generate_journal(folder, 150, seed=3)
    for name, text in ODD:
        (folder / name).write_text(text, encoding="utf-8")
    entries = load_entries(folder, root)
    built = build_journal(entries)
    return built, journal_stats(built, goal=100, as_of=dt.date(2024, 1, 10))


def _html(page):
    """The page's content as the plugin turns it into HTML: Markdown, then its finished HTML
    put back where its placeholders and anchors say."""
    md = markdown.Markdown(
        extensions=["toc", "attr_list", "footnotes"], extension_configs={"toc": {"permalink": True}}
    )
    body, _ = get_data(page.content)
    html = anchor_html_blocks(hide_html_blocks(md.convert(body)), page.anchored)
    return restore_html_blocks(html, page.blocks)


def _pages(journal, layout, options, overrides=()):
    """src_uri → (kind, front matter, HTML)."""
    built, stats = journal
    return {
        page.src_uri: (page.kind, get_data(page.content)[1], _html(page))
        for page in generate_pages(built, stats, layout, options, Renderer(overrides))
    }


@pytest.mark.parametrize(
    ("layout", "options"),
    [
        (Layout(), Options(per_page=7)),
        (Layout(use_directory_urls=False, day_url="days/{yyyy}-{mm}-{dd}"), Options()),
        (Layout(), Options(pages=frozenset({"days", "tags"}))),
        (Layout(), Options(pages=frozenset({"tags", "archive"}), per_page=3)),
    ],
)
def test_copied_templates_render_the_same_pages(journal, tmp_path, layout, options):
    copies = tmp_path / "journal"
    shutil.copytree(TEMPLATES, copies)
    fast = _pages(journal, layout, options)
    slow = _pages(journal, layout, options, [copies])
    assert fast.keys() == slow.keys()
    kinds = {kind for kind, _, _ in fast.values()}
    assert all("journal-html" not in html for _, _, html in fast.values())
    wanted = {"days": "day", "tags": "tag", "archive": "month"}
    assert {wanted[name] for name in options.pages if name in wanted} <= kinds
    for uri in fast:
        assert fast[uri] == slow[uri], uri


def test_an_overridden_macro_file_is_used_by_the_packaged_listings(journal, tmp_path):
    overrides = tmp_path / "journal"
    overrides.mkdir()
    macros = (TEMPLATES / "_macros.md").read_text(encoding="utf-8")
    (overrides / "_macros.md").write_text(
        macros.replace('<li class="journal-item">', '<li class="journal-item mine">').replace(
            '<div class="journal-tags"', '<div class="journal-tags mine"'
        ),
        encoding="utf-8",
    )
    pages = _pages(journal, Layout(), Options(), [overrides])
    assert '<li class="journal-item mine">' in pages["tags/rust/index.md"][2]
    assert '<li class="journal-item mine">' in pages["archive/2024/01.md"][2]
    assert '<div class="journal-tags mine"' in pages["2024/01/03.md"][2]


def test_copied_templates_render_the_same_pages_for_an_empty_journal(tmp_path):
    copies = tmp_path / "journal"
    shutil.copytree(TEMPLATES, copies)
    built = build_journal([])
    empty = (built, journal_stats(built, goal=100, as_of=dt.date(2024, 1, 10)))
    fast = _pages(empty, Layout(), Options())
    assert fast == _pages(empty, Layout(), Options(), [copies])
    assert "no entries yet" in fast["index.md"][2]
    assert "No tags yet" in fast["tags/index.md"][2]
