"""Each shortcut taken for build speed gives what the long way gives.

(Speed itself is measured by bench/run.py, never by a test.)
"""

from __future__ import annotations

import json
import posixpath

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.core import front_matter
from mkdocs_journal.core.text import excerpt, plain_text
from mkdocs_journal.site.urls import relative_url

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
segment = st.sampled_from(["2024", "03", "tags", "c-plus-plus", "index.html", "a.html", "page"])
site_url = st.builds(
    lambda parts, slash: "/".join(parts) + ("/" if slash and parts else ""),
    st.lists(segment, max_size=4), st.booleans(),
)


@given(site_url, site_url)
def test_relative_url_matches_relpath_from_the_site_root(here, target):
    base = here.rsplit("/", 1)[0] if "/" in here else ""
    expected = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or target == "":
        expected = "./" if expected == "." else expected.rstrip("/") + "/"
    assert relative_url(here, target) == expected


word = st.sampled_from(["code", "snake_case", "*em*", "**strong**", "`span`", "[link](x.md)",
                        "![img](a.png)", "<kbd>K</kbd>", "a|b", "&amp;", "done.", "C++"])
paragraph = st.lists(word, min_size=1, max_size=30).map(" ".join)
block = st.one_of(
    paragraph,
    paragraph.map(lambda p: f"## {p}"),
    paragraph.map(lambda p: f"- {p}\n- {p}"),
    st.just("```python\nx = 1\n\ny = 2\n```"),
)


@settings(max_examples=300)
@given(st.lists(block, min_size=1, max_size=40), st.sampled_from([20, 80, 200]))
def test_an_excerpt_from_the_leading_paragraphs_is_the_whole_body_s(blocks, length):
    body = "\n\n".join(blocks)
    whole = plain_text(body)
    if len(whole) <= length:
        assert excerpt(body, length) == whole
    else:
        window = whole[: length + 1]
        space = window.rfind(" ")
        cut = window[:space] if space > 0 else whole[:length]
        assert excerpt(body, length) == cut.rstrip(" ,;:.-") + "…"


@pytest.mark.skipif(
    front_matter.FAST_YAML_LOADER is yaml.SafeLoader, reason="PyYAML without libyaml"
)
@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["title", "tags", "day", "draft", "mood"]),
                       st.one_of(text, st.lists(text, max_size=3), st.integers(), st.booleans())))
def test_libyaml_reads_front_matter_as_pure_python_pyyaml_does(meta):
    yaml_text = yaml.safe_dump(meta, allow_unicode=True)
    fast = front_matter.load_yaml("e.md", yaml_text, 2)
    slow = front_matter.load_yaml("e.md", yaml_text, 2, yaml.SafeLoader)
    assert fast[:2] == slow[:2]


@pytest.fixture(scope="module")
def site(new_site):
    site = new_site()
    site.entry("2024-03-08.md", "---\ntags: [python, sql]\n---\n# Parsing dates\n\nBody one.\n")
    site.entry("2024-03-09.md", "---\ntags: [python]\n---\n# Joins\n\nBody two.\n")
    site.entry("2024-03-10.md", "---\ntags: [sql]\n---\n# Indexes\n\nBody three.\n")
    site.build()
    return site


def test_day_pages_keep_their_date_line_tags_and_pager(site):
    article = site.article("2024/03/09/")
    assert "Saturday, 9 March 2024" in article.find(cls="journal-meta").text()
    assert [a.text() for a in article.find(cls="journal-tags").find_all("a")] == ["python"]
    pager = article.find("nav", cls="journal-pager").text()
    assert "Parsing dates" in pager and "Indexes" in pager


def test_listings_are_on_their_pages(site):
    titles = [a.text() for a in site.article("tags/python/").find_all(cls="journal-item__title")]
    assert titles == ["Joins", "Parsing dates"]
    assert len(site.article("archive/2024/03/").find_all(cls="journal-item")) == 3


def test_search_index_holds_entries_not_page_chrome(site):
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text("utf-8"))
    day = [doc for doc in index["docs"] if doc["location"].startswith("2024/03/09/")]
    assert day and all(doc["text"] for doc in day), "no empty section before the title"
    text = " ".join(doc["text"] for doc in day)
    assert "Body two." in text
    assert "Parsing dates" not in text and "Previous day" not in text and "March 2024" not in text
    assert day[0]["tags"] == ["python"]
