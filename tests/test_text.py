"""Plain text and excerpts of entry bodies, as shown in tag listings, feeds and descriptions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.core.text import CodeFences, excerpt, plain_text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Plain words.", "Plain words."),
        ("# Heading\n\nParagraph one.\n\nParagraph two.", "Heading Paragraph one. Paragraph two."),
        ("Before\n\n```python\nimport os\nprint('code')\n```\n\nAfter", "Before After"),
        ("Before\n\n~~~\n# not a heading\n~~~\nAfter", "Before After"),
        ("Unclosed\n```\nall code to the end", "Unclosed"),
        ("See ![a diagram](img/diagram.png) here", "See a diagram here"),
        ("A [link](https://example.org) and [ref][1].\n\n[1]: https://x.org", "A link and ref."),
        ("[![badge](b.svg)](https://ci)", "badge"),
        ("Some <b>bold</b> and <span class='x'>span</span><br/>", "Some bold and span"),
        ("Hidden <!-- a\nmulti-line\ncomment --> text", "Hidden text"),
        ("**Strong**, *em*, __strong__, _em_, ~~gone~~", "Strong, em, strong, em, gone"),
        ("Use `my_var_name` and snake_case_names", "Use my_var_name and snake_case_names"),
        ("if a < b and c > d then ok", "if a < b and c > d then ok"),
        ("Inline `<div>` stays", "Inline <div> stays"),
        ("Visit <https://example.org/x> now", "Visit https://example.org/x now"),
        ("- one\n- [x] two\n  1. nested\n> quoted\n> - in quote", "one two nested quoted in quote"),
        ("| a | b |\n|---|:---:|\n| 1 | 2 |", "a b 1 2"),
        ("Above\n\n---\n\nBelow\n\n* * *\n", "Above Below"),
        ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
        (r"Not \*emphasis\* and a \_ here", "Not *emphasis* and a _ here"),
        ("Fish &amp; chips &lt;3", "Fish & chips <3"),
        ("#100DaysOfCode day 5", "#100DaysOfCode day 5"),
    ],
)
def test_plain_text(markdown, text):
    assert plain_text(markdown) == text


def test_script_tag_text_is_left_as_text_for_the_caller_to_escape():
    # plain_text drops tags; what survives is text and callers escape it into HTML.
    assert "<script>" not in plain_text("<script>alert(1)</script> hi")
    assert plain_text("`<script>`") == "<script>"


def test_excerpt_keeps_short_text_whole():
    assert excerpt("Short entry.", 50) == "Short entry."
    assert excerpt("Exactly ten", 11) == "Exactly ten"


def test_excerpt_cuts_at_a_word_with_an_ellipsis():
    assert excerpt("Learned about gradient descent today", 20) == "Learned about…"


def test_excerpt_keeps_a_word_that_ends_right_at_the_limit():
    assert excerpt("hello world again", 11) == "hello world…"


def test_excerpt_drops_trailing_punctuation_before_the_ellipsis():
    assert excerpt("First part, second part", 12) == "First part…"


def test_excerpt_of_one_long_word_cuts_inside_it():
    assert excerpt("Supercalifragilistic", 5) == "Super…"


def test_excerpt_is_of_the_plain_text():
    markdown = "# Title\n\n```\ncode code code\n```\n\n**Bold** [link](u) words here"
    assert excerpt(markdown, 15) == "Title Bold link…"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab cd,.*_`#[]()<>!-\n"), max_size=80), st.integers(1, 60))
def test_excerpt_length_and_prefix(markdown, length):
    text = plain_text(markdown)
    result = excerpt(markdown, length)
    if len(text) <= length:
        assert result == text
    else:
        assert result.endswith("…")
        body = result[:-1]
        assert len(body) <= length
        assert text.startswith(body)


def test_code_fences_follow_commonmark_rules():
    lines = [
        "before",
        "```python",
        "```python is not a closing fence",
        "## not a heading",
        "```",
        "after",
        "``` js `x` ```",  # a backtick info string with a backtick: inline code, not a fence
        "~~~~",
        "~~~",  # shorter than the opening: still inside
        "~~~~~",
        "end",
    ]
    fences = CodeFences()
    outside = [line for line in lines if not fences.is_code(line)]
    assert outside == ["before", "after", "``` js `x` ```", "end"]
