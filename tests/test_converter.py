"""Journal pages share one Markdown converter per build (`reuse_markdown`); a site must not be
able to tell: every page is the same as with MkDocs' converter per page."""

from __future__ import annotations

import re
import textwrap

import markdown
import pytest
from conftest import JournalSite

# Markdown 3.5 and 3.6 keep `abbr` definitions across documents; the journal then converts
# each page on its own (converter.py).
ABBR_RESETS = tuple(int(part) for part in markdown.__version_info__[:2]) >= (3, 7)

EXTENSIONS = """
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - tables
  - toc:
      permalink: true
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.blocks.admonition
  - pymdownx.caret
  - pymdownx.critic
  - pymdownx.details
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.highlight:
      anchor_linenums: true
  - pymdownx.inlinehilite
  - pymdownx.keys
  - pymdownx.magiclink
  - pymdownx.mark
  - pymdownx.smartsymbols
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.tasklist
  - pymdownx.tilde
"""

# Each feature that keeps per-document state (footnote numbers, abbreviations, heading ids, tab
# and code block counters, critic marks) appears on two days, so a leak shows on the second.
FEATURES = """
# {title}

A footnote[^1] and HTML.

*[HTML]: Hyper Text Markup Language

## Setup

=== "Python"

    ```python linenums="1"
    print("{title}")
    ```

=== "Shell"

    ```bash
    echo hi
    ```

!!! note "A note"
    Inside the note.

??? tip "More"
    Folded.

/// warning | Blocks
Also a warning.
///

Term
:   Its definition.

- [x] done
- [ ] to do

==marked== ^^inserted^^ ~~deleted~~ ++ctrl+c++ {{--removed--}}{{++added++}} :smile: (c) $E = mc^2$
`#!python len("x")` https://example.com/{title}

See [the other day](2024-03-0{other}.md#setup).

[^1]: The first footnote of {title}.
"""


def _write(site: JournalSite, reuse: bool) -> None:
    (site.root / "mkdocs.yml").write_text(
        textwrap.dedent(f"""\
            site_name: Test journal
            theme: {{name: material, font: false}}
            validation: {{anchors: warn}}
            plugins:
              - search
              - journal:
                  as_of: 2024-03-10
                  reuse_markdown: {str(reuse).lower()}
            """) + EXTENSIONS,
        encoding="utf-8",
    )
    for day, other in ((1, 2), (2, 3), (3, 1)):
        site.entry(
            f"2024-03-0{day}.md",
            "---\ntags: [python, notes]\n---\n"
            + FEATURES.format(title=f"Day of March {day}", other=other),
        )
    site.entry("2024-03-03-2.md", "---\ntags: [notes]\n---\n# Second entry\n\nNo features.\n")
    site.entry("2024-03-04.md", "---\ntags: [notes]\n---\n# Plain\n\nHTML, undefined here.\n")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    built = {}
    for reuse in (True, False):
        root = tmp_path_factory.mktemp(f"reuse-{reuse}")
        (root / "docs").mkdir()
        site = JournalSite(root)
        _write(site, reuse)
        result = site.build("--verbose", env={"SOURCE_DATE_EPOCH": "1710000000"})
        built[reuse] = (site, result.stdout + result.stderr)
    return built


def test_the_shared_converter_is_used_when_every_extension_resets(sites):
    if ABBR_RESETS:
        assert "one shared Markdown converter" in sites[True][1]
    else:
        assert "a Markdown converter each" in sites[True][1]
    assert "a Markdown converter each" in sites[False][1]


def test_every_file_of_the_site_is_the_same_with_one_converter_or_one_per_page(sites):
    shared, separate = sites[True][0].site_dir, sites[False][0].site_dir
    files = sorted(p.relative_to(shared) for p in shared.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(separate) for p in separate.rglob("*") if p.is_file())
    different = [str(f) for f in files if (shared / f).read_bytes() != (separate / f).read_bytes()]
    assert different == []


def test_per_document_state_starts_afresh_on_each_day_page(sites):
    site = sites[True][0]
    for day in (1, 2, 3):
        article = site.html(f"2024/03/0{day}/")
        assert 'id="fn:1"' in article and 'id="fn:2"' not in article  # footnotes restart
        assert 'id="setup"' in article and 'id="setup_1"' not in article  # heading ids too
        assert article.count("<abbr") == 1  # the abbreviation is the page's own
        assert 'id="__tabbed_1_1"' in article and "__tabbed_2_" not in article
    # A day without the abbreviation's definition gets no abbreviation from the day before.
    assert "<p>HTML, undefined here.</p>" in site.html("2024/03/04/")


@pytest.mark.parametrize("extension", ["abbr", "extra"])
def test_an_abbreviation_of_one_day_does_not_mark_up_the_next_day(journal_site, extension):
    # Markdown 3.5/3.6 would leak the definition through a shared converter.
    journal_site.configure(markdown_extensions=[extension])
    journal_site.entry("2024-03-01.md", """
        ---
        title: One
        ---
        HTML is everywhere.

        *[HTML]: Hyper Text Markup Language
        """)
    journal_site.entry("2024-03-02.md", """
        ---
        title: Two
        ---
        HTML, undefined here.
        """)
    journal_site.build()
    assert "<abbr" in journal_site.html("2024/03/01/")
    assert "<abbr" not in journal_site.html("2024/03/02/")
    assert "<p>HTML, undefined here.</p>" in journal_site.html("2024/03/02/")


COUNTER_EXTENSION = '''
"""A third-party-style extension that numbers paragraphs and never resets its count."""
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class Count(Treeprocessor):
    seen = 0

    def run(self, root):
        for element in root.iter("p"):
            self.seen += 1
            element.set("data-count", str(self.seen))


class CountExtension(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(Count(md), "count", 1)


def makeExtension(**kwargs):
    return CountExtension(**kwargs)
'''


def test_an_extension_from_elsewhere_gets_a_converter_per_page_as_with_mkdocs(journal_site):
    (journal_site.root / "count_paragraphs.py").write_text(COUNTER_EXTENSION, encoding="utf-8")
    journal_site.configure(markdown_extensions=["count_paragraphs"])
    for day in (1, 2, 3):
        journal_site.entry(f"2024-03-0{day}.md", f"# Day {day}\n\nOne paragraph.\n")
    result = journal_site.build("--verbose", env={"PYTHONPATH": str(journal_site.root)})
    assert "a Markdown converter each" in result.stdout + result.stderr
    # Shared, the count would run on from page to page; each page's own starts at 1.
    for day in (1, 2, 3):
        assert '<p data-count="1">One paragraph.</p>' in journal_site.html(f"2024/03/0{day}/")


def test_footnotes_with_unique_ids_get_a_converter_per_page(journal_site):
    # UNIQUE_IDS numbers each document by counting the converter's resets.
    journal_site.configure(markdown_extensions=[{"footnotes": {"UNIQUE_IDS": True}}])
    for day in (1, 2, 3):
        journal_site.entry(f"2024-03-0{day}.md", f"# Day {day}\n\nA note.[^n]\n\n[^n]: Why.\n")
    result = journal_site.build("--verbose")
    assert "a Markdown converter each" in result.stdout + result.stderr
    # As with MkDocs: every page's footnote gets the id the first document of a converter gets.
    ids = {
        re.search(r'<li id="(fn:[^"]+)"', journal_site.html(f"2024/03/0{day}/")).group(1)
        for day in (1, 2, 3)
    }
    assert len(ids) == 1, ids


def test_materials_preview_extension_gets_a_converter_per_page(journal_site):
    # It appends to its own settings each time it converts a page.
    journal_site.configure(markdown_extensions=["material.extensions.preview"])
    journal_site.entry("2024-03-01.md", "# Day 1\n\nA [link](https://example.com).\n")
    result = journal_site.build("--verbose")
    assert "a Markdown converter each" in result.stdout + result.stderr
    assert 'href="https://example.com"' in journal_site.html("2024/03/01/")
