"""The repository's sample journal (mkdocs.yml, docs/, entries/) as `make site` builds it: one
round of #100DaysOfCode, its day labels, its round card and a day's link card image."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import JournalSite, parse_html

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> JournalSite:
    root = tmp_path_factory.mktemp("sample")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "entries", root / "entries")
    site = JournalSite(root)
    site.build()
    return site


def test_day_pages_say_round_one(sample):
    assert sample.article("2026/11/01/").find(cls="journal-daynum").text() == "R1 · Day 1"
    # Back from two days off: the count carries on within round 1.
    assert sample.article("2026/11/15/").find(cls="journal-daynum").text() == "R1 · Day 13"
    assert sample.article("2026/11/22/").find(cls="journal-daynum").text() == "R1 · Day 20"


def test_the_dashboard_has_the_round_card(sample):
    (card,) = sample.article("").find_all(cls="journal-card--round")
    text = " ".join(card.text().split())
    assert text.startswith("R1 · #100DaysOfCode 20 of 100 1 Nov 2026 – today · 20 days")
    assert sample.article("rounds/1/").find("h1").text() == "R1 · #100DaysOfCode"


def test_the_benchmark_day_has_a_card_image(sample):
    head = parse_html(sample.html("2026/11/18/")).find("head")
    metas = {
        meta.attrs.get("property") or meta.attrs.get("name"): meta.attrs.get("content")
        for meta in head.find_all("meta")
    }
    assert metas["og:image"] == "https://example.org/entries/2026/tally-benchmark.png"
    assert metas["twitter:card"] == "summary_large_image"
    assert 'name="twitter:card" content="summary"' in sample.html("2026/11/17/")
