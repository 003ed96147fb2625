"""Entry HTML in real builds: what the usual Material extensions write survives the sanitizer
untouched, script written in an entry never reaches a page, the feed or the search index, and
`sanitize: false` publishes entries as written."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from conftest import JournalSite, Node
from test_sanitize import check_nodes, check_safe

ATOM = "{http://www.w3.org/2005/Atom}"

# The extensions Material's documentation suggests, configured as its pages show.
MATERIAL_EXTENSIONS = """
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
      generic: {generic}
  - pymdownx.betterem
  - pymdownx.caret
  - pymdownx.mark
  - pymdownx.tilde
  - pymdownx.critic
  - pymdownx.details
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.highlight:
      anchor_linenums: true
      line_spans: __span
      pygments_lang_class: true
  - pymdownx.inlinehilite
  - pymdownx.keys
  - pymdownx.smartsymbols
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.tasklist:
      custom_checkbox: true
"""

# One benign entry that uses every extension above, and the raw HTML GitHub allows.
EVERY_EXTENSION = '''
---
title: Everything at once
tags: [markdown]
---
An abbreviation: HTML, a footnote[^1], ==marked==, ^^inserted^^, ~~deleted~~, H~2~O, x^2^,
++ctrl+alt+del++, :smile: :material-heart: :fontawesome-brands-github:, `#!python print("hi")`.

*[HTML]: Hyper Text Markup Language

[^1]: The footnote text.

## Code { #code-part .special data-x="1" }

```python linenums="1" hl_lines="2" title="demo.py"
def f(x):
    return x < 2
```

```mermaid
graph LR
  A --> B
```

!!! note "A note"
    Admonition body.

??? tip "Folded"
    Hidden body.

???+ warning
    Open body.

=== "Python"

    ```python
    a = 1
    ```

=== "Rust"

    Rust text.

- [x] done
- [ ] todo

Term
:   Definition.

| Left | Right |
|:-----|------:|
| 1    | 2     |

{--deleted--} {++added++} {~~old~>new~~} {==highlight==}{>>comment<<}

Inline math $a < b$ and a block:

$$
\\sum_{i=1}^n i
$$

<div class="grid" markdown>
**Markdown in HTML**
</div>

<details><summary>Raw details</summary>Body with <kbd>Ctrl</kbd>, <sub>sub</sub>
<sup>sup</sup> <img src="https://example.org/pic.png" alt="a picture" width="100"></details>

![image](https://example.org/pic.png){ width="300" loading=lazy }

[out](https://example.org){ target=_blank } and [in](#code-part) -- "quotes" (c) 1/2 -->
'''

MARKDOWN_ATTACKS = """
---
title: Links that run script
tags: [links]
---
[plain](javascript:alert(1)), [capitals](JaVaScRiPt:alert(2)),
[entity](javascript&#58;alert(3)), [spaced](<java script:alert(4)>),
[reference][evil], ![image](javascript:alert(5)), <javascript:alert(6)>,
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==),
[vb](vbscript:msgbox(8)).

[evil]: JAVASCRIPT:alert(9)

## A heading <img src=x onerror=alert(10)>

<img src=x onerror=alert(11)> <details open ontoggle=alert(12)><summary>s</summary></details>
<svg><animate onbegin=alert(13) attributeName=x dur=1s></svg>
<a href="&#x6A;avascript:alert(14)">entities</a> <a href="java&#x09;script:alert(15)">tab</a>

<script type="math/tex">x</script ><script>alert(16)</script>

<iframe src="https://example.org/embed"></iframe>
"""


def write_config(site: JournalSite, *, generic: bool = True, **journal: Any) -> None:
    settings = {"as_of": "2024-03-10", **journal}
    options = "".join(f"      {key}: {json.dumps(value)}\n" for key, value in settings.items())
    (site.root / "mkdocs.yml").write_text(
        "site_name: Test journal\n"
        "site_url: https://example.org/journal/\n"
        "theme:\n  name: material\n  font: false\n"
        "plugins:\n  - search\n  - journal:\n" + options
        + textwrap.dedent(MATERIAL_EXTENSIONS).replace("{generic}", str(generic).lower()),
        encoding="utf-8",
    )


def shape(node: Node) -> Any:
    """An element tree as a browser holds it: text runs joined, `<tbody>` as the parser adds it,
    `<br />` and `<br>` alike, boolean attributes with their empty value."""
    children: list[Any] = []
    for child in node.children:
        if isinstance(child, str):
            if children and isinstance(children[-1], str):
                children[-1] += child
            else:
                children.append(child)
        elif child.tag == "tbody":
            children.extend(shape(child)[2])
        else:
            children.append(shape(child))
    return (node.tag, sorted(node.attrs.items()), children)


@pytest.fixture(scope="module", params=[True, False], ids=["generic-math", "mathjax2-math"])
def extension_sites(request, new_site) -> dict[bool, JournalSite]:
    sites = {}
    for sanitize in (True, False):
        site = new_site(f"extensions-{sanitize}")
        site.entry("2024-03-08.md", EVERY_EXTENSION)
        write_config(site, generic=request.param, sanitize=sanitize)
        site.build()
        sites[sanitize] = site
    return sites


def test_markup_of_the_usual_extensions_is_the_same_sanitized_or_not(extension_sites):
    url = "2024/03/08/"
    sanitized, as_written = (extension_sites[flag].article(url) for flag in (True, False))
    assert shape(sanitized) == shape(as_written)
    # and the page is made of what the extensions write, not of an empty article
    classes = {cls for node in sanitized.iter() for cls in node.classes()}
    assert {"highlighttable", "admonition", "tabbed-set", "task-list", "footnote", "twemoji",
            "arithmatex", "headerlink", "critic", "keys", "mermaid"} <= classes
    tags = {node.tag for node in sanitized.iter()}
    assert {"details", "summary", "kbd", "sub", "sup", "img", "table", "abbr", "mark", "ins",
            "del", "dl", "svg", "input", "label"} <= tags


def test_mathjax_2_math_is_kept_as_arithmatex_writes_it(extension_sites):
    site = extension_sites[True]
    scripts = site.article("2024/03/08/").find_all("script")
    if not scripts:  # generic math is text for MathJax 3 or KaTeX
        assert "\\(a &lt; b\\)" in site.html("2024/03/08/")
        return
    assert [script.attrs["type"] for script in scripts] == ["math/tex", "math/tex; mode=display"]
    assert "".join(scripts[0].children) == "a &lt; b"


@pytest.fixture(scope="module")
def attacked(new_site) -> JournalSite:
    site = new_site("attacked")
    site.entry("2024-03-09.md", MARKDOWN_ATTACKS)
    site.entry("2024-03-10.md", """
        ---
        title: "<img src=x onerror=alert(20)>"
        tags: ["<img src=x onerror=alert(21)>", "a&b", '"quoted"']
        ---
        Tags written as HTML.
    """)
    write_config(site)
    site.build()
    return site


def test_no_script_from_an_entry_reaches_its_day_page(attacked):
    for day in ("2024/03/09", "2024/03/10"):
        article = attacked.article(f"{day}/")
        check_nodes(article)
        assert not [node for node in article.iter() if node.tag == "iframe"]


def test_links_with_script_urls_keep_their_text(attacked):
    article = attacked.article("2024/03/09/")
    text = article.text()
    for word in ("plain", "capitals", "entity", "reference", "data", "vb"):
        assert word in text
    assert "<iframe src=\"https://example.org/embed\"></iframe>" in text  # shown, as GitHub does
    assert "<script>alert(16)</script>" in text


def test_the_feed_carries_the_sanitized_page(attacked):
    feed = ET.fromstring((attacked.site_dir / "feed.xml").read_bytes())
    for entry in feed.findall(f"{ATOM}entry"):
        check_safe(entry.findtext(f"{ATOM}content"))


def test_tags_reach_the_search_index_as_text_and_pages_as_written(attacked):
    index = json.loads((attacked.site_dir / "search" / "search_index.json").read_text("utf-8"))
    day = [doc for doc in index["docs"] if doc["location"].startswith("2024/03/10/")]
    assert day and all(
        doc["tags"] == ["&lt;img src=x onerror=alert(21)&gt;", "a&amp;b", "&quot;quoted&quot;"]
        for doc in day
    )
    assert all(doc["title"] == "&lt;img src=x onerror=alert(20)&gt;" for doc in day[:1])
    # what readers see elsewhere is the tag as written, escaped once
    names = ["<img src=x onerror=alert(21)>", "a&b", '"quoted"']
    chips = attacked.article("2024/03/10/").find_all("a", cls="md-tag")
    assert [chip.text() for chip in chips] == names
    assert {tag["name"] for tag in attacked.stats()["tags"]} >= set(names)
    index_page = attacked.article("tags/")
    assert set(names) <= {chip.text() for chip in index_page.find_all("a", cls="md-tag")}
    feed = ET.fromstring((attacked.site_dir / "feed.xml").read_bytes())
    terms = {c.get("term") for c in feed.iter(f"{ATOM}category")}
    assert set(names) <= terms


def test_sanitize_false_publishes_an_embed_as_written(journal_site: JournalSite):
    journal_site.entry("2024-03-10.md", """
        ---
        title: A talk I watched
        tags: ["<b>video</b>"]
        ---
        <iframe src="https://www.youtube-nocookie.com/embed/xyz" title="The talk"></iframe>
    """)
    write_config(journal_site, sanitize=False)
    journal_site.build()
    (frame,) = journal_site.article("2024/03/10/").find_all("iframe")
    assert frame.attrs["src"] == "https://www.youtube-nocookie.com/embed/xyz"
    index = json.loads(
        (journal_site.site_dir / "search" / "search_index.json").read_text("utf-8")
    )
    assert {tag for doc in index["docs"] for tag in doc.get("tags", [])} == {
        "&lt;b&gt;video&lt;/b&gt;"
    }


def test_material_tags_plugin_shows_a_day_page_tag_as_text(journal_site: JournalSite):
    # Material's own tags plugin prints a page's meta tags into the page unescaped.
    journal_site.entry("2024-03-10.md", """
        ---
        tags: ["<img src=x onerror=alert(1)>", "a&b"]
        ---
        Hello.
    """)
    journal_site.configure(
        plugins=["search", "tags", {"journal": {"as_of": "2024-03-10"}}]
    )
    journal_site.build()
    page = journal_site.page("2024/03/10/")
    # The day page's template draws the tags once, as the journal's chips, not Material's too.
    assert not page.find_all("nav", cls="md-tags")
    chips = page.find("div", cls="journal-tags")
    assert [tag.text() for tag in chips.find_all(cls="md-tag")] == [
        "<img src=x onerror=alert(1)>", "a&b"
    ]
    assert not page.find_all("img")
