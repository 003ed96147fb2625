"""Every regex and text loop of ours that sees user text is linear in it: each function gets the
worst patterns we know, 150 kB of them, and must finish well inside a generous guard (the old
code took minutes or hours on some of these; Python-Markdown converts them in well under a
second). The guard is a limit, not a measurement: it only catches a hang."""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from mkdocs_journal.cli.importers import FORMATS, parse_journal
from mkdocs_journal.core.errors import JournalError
from mkdocs_journal.core.headings import heading_text
from mkdocs_journal.core.parsing import parse_entry
from mkdocs_journal.core.text import code_span_regions, excerpt, plain_text, strip_emphasis
from mkdocs_journal.publish.readme import replace_block, table_cell
from mkdocs_journal.site.links import code_regions, rewrite_links
from mkdocs_journal.site.urls import validate_day_pattern

SIZE = 150_000
GUARD_SECONDS = 20


def repeated(pattern: str) -> str:
    return (pattern * (SIZE // len(pattern) + 1))[:SIZE]


ADVERSARIAL = {
    "emphasis": repeated("*a "),
    "underscores": repeated("_a "),
    "strong": repeated("**a "),
    "strike": repeated("~~a "),
    "mixed-emphasis": repeated("*a _b **c ~~d "),
    "closers-only": repeated("a* "),
    "backticks-shrinking": "".join("`" * size + "a" for size in range(540, 0, -1)),
    "backtick-run": "`" * SIZE,
    "unpaired-code": repeated("``a` "),
    "link-openers": repeated("[a]("),
    "image-openers": repeated("![a]("),
    "nested-parentheses": repeated("[a]((x)"),
    "brackets": repeated("["),
    "reference-openers": repeated("[a]["),
    "tags": repeated("<a "),
    "autolinks": repeated("<http:a "),
    "comments": repeated("<!--"),
    "fences": repeated("```\n"),
    "backslashes": repeated("\\"),
    "table-delimiters": repeated("| - ") + "x",
    "quotes": repeated("> "),
    "list-markers": repeated("- ") + "x",
    "definitions": repeated("[a]: "),
    "spaces": "# a" + " " * SIZE + "b",
    "hashes": repeated("#"),
}


@contextmanager
def guard() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {GUARD_SECONDS} s: not linear")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def one_line(text: str) -> str:
    return text.replace("\n", " ")


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "plain_text": plain_text,
    "excerpt": lambda text: excerpt(text, 200),
    "strip_emphasis": strip_emphasis,
    "code_span_regions": code_span_regions,
    "heading_text": lambda text: heading_text(one_line(text)),
    "title_from_heading": lambda text: parse_entry("e/2024-03-01.md", "# " + one_line(text)),
    "parse_entry": lambda text: parse_entry("e/2024-03-01.md", f"---\ntitle: t\n---\n{text}"),
    "rewrite_links": lambda text: rewrite_links(text, "2024/x.md", "entries", "2024/03/01.md"),
    "code_regions": code_regions,
}


@pytest.mark.parametrize("function", list(FUNCTIONS))
def test_adversarial_input_finishes(function):
    run = FUNCTIONS[function]
    with guard():
        for text in ADVERSARIAL.values():
            run(text)


def test_linear_emphasis_still_reads_like_markdown():
    assert strip_emphasis("***both*** and **a *b* c**") == "both and a b c"
    assert strip_emphasis("a*b*c, 2 * 3 * 4, snake_case_name") == "abc, 2 * 3 * 4, snake_case_name"
    assert strip_emphasis("*unclosed and ~~~ three") == "*unclosed and ~~~ three"
    assert plain_text("``a`b`` and ``` `x` ```") == "a`b and `x`"
    assert plain_text("[wiki](https://w.org/Rust_(language)) text") == "wiki text"


def test_links_in_code_stay_as_written():
    body = "[a](img.png) `[b](img.png)` ``[c](img.png)``\n```\n[d](img.png)\n```\n"
    rewritten = rewrite_links(body, "2024/x.md", "entries", "2024/03/01.md")
    assert rewritten.startswith("[a](../../entries/2024/img.png) `[b](img.png)` ``[c](img.png)``")
    assert "\n[d](img.png)\n" in rewritten


HEADINGS = (
    "## 2018/9/20\nTags: ", "## Day 0: 9th July 2018\n", "## Day 1 - 7/20/2023\n",
    "### Day 1: December 30, 2017\n**Today's Progress**: ",
    "| Day | Task | Updates |\n|---|---|---|\n| [Day 1](x) | ", "## day", "Tags: a",
    "**Today's progress**",
)


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_adversarial_journal_imports_finish(fmt):
    for text in ADVERSARIAL.values():
        with guard():  # one guard per input: the importers read line by line, more slowly
            for heading in HEADINGS:
                try:
                    parse_journal(heading + text, source="s.md", fmt=fmt, start=dt.date(2024, 1, 1))
                except JournalError:
                    pass


def test_adversarial_readme_finishes():
    with guard():
        for text in ADVERSARIAL.values():
            try:
                replace_block(text, ["x"], path="README.md")
            except JournalError:
                pass
            table_cell(text)
            validate_day_pattern(text)
