"""Slugs, source paths and URLs of generated pages, checked against what MkDocs itself does."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import File
from mkdocs_journal.core.slugs import slugify, unique_slugs
from mkdocs_journal.site.urls import (
    day_src_uri,
    month_src_uri,
    relative_url,
    src_uri_to_url,
    tag_src_uri,
    validate_day_pattern,
    year_src_uri,
)

# --- slugs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("python", "python"),
        ("Machine Learning", "machine-learning"),
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("R&D", "r-and-d"),
        ("Node.js", "node-js"),
        ("Éclair", "eclair"),
        ("Straße", "strasse"),
        ("naïve   bayes", "naive-bayes"),
        ("日本語", "日本語"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("--leading and trailing--", "leading-and-trailing"),
        ("100DaysOfCode", "100daysofcode"),
        ("", "tag"),
        ("!!!", "tag"),
        ("🐍", "tag"),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_slugs_are_safe_url_segments(name):
    slug = slugify(name)
    assert slug
    assert slug not in (".", "..")
    assert not any(char in slug for char in "/\\?#%<>\"' \t\n.")
    assert slug == slug.casefold()


def test_unique_slugs_suffix_clashes_in_the_given_order():
    names = {"c++": "C++", "c plus plus": "c plus plus", "python": "Python", "c-plus-plus": "C+ +"}
    assert unique_slugs(names) == {
        "c++": "c-plus-plus", "c plus plus": "c-plus-plus-2", "python": "python",
        "c-plus-plus": "c-plus-plus-3",
    }


def test_unique_slugs_do_not_collide_with_a_real_suffixed_name():
    names = {"a-2": "a-2", "a": "a", "A!": "A!"}
    slugs = unique_slugs(names)
    assert len(set(slugs.values())) == 3
    assert slugs["a-2"] == "a-2" and slugs["a"] == "a"


# --- source paths ------------------------------------------------------------------------------


def test_day_src_uri_fills_the_pattern():
    date = dt.date(2024, 3, 1)
    assert day_src_uri("{yyyy}/{mm}/{dd}", date) == "2024/03/01.md"
    assert day_src_uri("/days/{yyyy}-{mm}-{dd}/", date) == "days/2024-03-01.md"
    assert day_src_uri("log/{yyyy}/{mm}{dd}", dt.date(987, 1, 9)) == "log/0987/0109.md"


def test_tag_and_archive_src_uris():
    assert tag_src_uri("tags", "c-plus-plus") == "tags/c-plus-plus/index.md"
    assert tag_src_uri("tags", "c-plus-plus", 3) == "tags/c-plus-plus/page/3.md"
    assert month_src_uri("archive", 2024, 3) == "archive/2024/03.md"
    assert year_src_uri("archive", 2024) == "archive/2024/index.md"


# --- URLs: the same as MkDocs' own File.url ----------------------------------------------------

SRC_URIS = [
    "index.md",
    "README.md",
    "about.md",
    "2024/03/01.md",
    "days/2024-03-01.md",
    "tags/index.md",
    "tags/c-plus-plus/index.md",
    "tags/c-plus-plus/page/2.md",
    "tags/日本語/index.md",
    "archive/2024/index.md",
    "archive/2024/03.md",
    "notes/README.md",
    "días/2024/03/01.md",
    "with space.md",
]


@pytest.mark.parametrize("use_directory_urls", [True, False])
@pytest.mark.parametrize("src_uri", SRC_URIS)
def test_src_uri_to_url_matches_mkdocs(src_uri, use_directory_urls):
    mkdocs_file = File(src_uri, "/docs", "/site", use_directory_urls)
    assert src_uri_to_url(src_uri, use_directory_urls) == mkdocs_file.url


@pytest.mark.parametrize(
    ("src_uri", "directory", "plain"),
    [
        ("index.md", "./", "index.html"),
        ("2024/03/01.md", "2024/03/01/", "2024/03/01.html"),
        ("tags/python/index.md", "tags/python/", "tags/python/index.html"),
    ],
)
def test_src_uri_to_url_examples(src_uri, directory, plain):
    assert src_uri_to_url(src_uri, True) == directory
    assert src_uri_to_url(src_uri, False) == plain


@pytest.mark.parametrize(
    ("here", "there", "link"),
    [
        ("2024/03/01/", "2024/03/02/", "../02/"),
        ("2024/03/01/", "tags/python/", "../../../tags/python/"),
        ("2024/03/01/", "./", "../../../"),
        ("2024/03/01/", "", "../../../"),
        ("./", "tags/", "tags/"),
        ("", "tags/", "tags/"),
        ("./", "./", "./"),
        ("tags/", "tags/", "./"),
        ("2024/03/01.html", "2024/03/02.html", "02.html"),
        ("2024/03/01.html", "tags/python/index.html", "../../tags/python/index.html"),
        ("index.html", "archive/2024/03.html", "archive/2024/03.html"),
        ("archive/2024/03.html", "index.html", "../../index.html"),
    ],
)
def test_relative_url(here, there, link):
    assert relative_url(here, there) == link


def site_url(parts: list[str], directory: bool) -> str:
    """A page URL as MkDocs writes it: `a/b/` or `a/b.html`; the home page is `./`."""
    if not parts:
        return "./"
    return "/".join(parts) + ("/" if directory else ".html")


segment_lists = st.lists(st.sampled_from(["2024", "03", "01", "tags", "c-plus-plus", "page"]),
                         max_size=4)


@settings(max_examples=300)
@given(segment_lists, segment_lists, st.booleans(), st.booleans())
def test_relative_url_resolves_to_its_target(here_parts, there_parts, here_dir, there_dir):
    """A browser at `here` following the link lands on `there`, wherever the site is hosted."""
    here, there = site_url(here_parts, here_dir), site_url(there_parts, there_dir)
    site = "https://example.org/sub/path/"
    landed = urljoin(urljoin(site, here), relative_url(here, there))
    assert landed == urljoin(site, there)


# --- the day URL pattern -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    ["{yyyy}/{mm}/{dd}", "days/{yyyy}-{mm}-{dd}", "log/{yyyy}/{mm}{dd}/", "{dd}.{mm}.{yyyy}"],
)
def test_valid_day_patterns(pattern):
    assert validate_day_pattern(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("{yyyy}/{mm}", ["{dd}"]),
        ("days", ["{yyyy}", "{mm}", "{dd}"]),
        ("{yyyy}/{mm}/{dd}/{week}", ["unknown placeholder {week}"]),
        ("{YYYY}/{mm}/{dd}", ["unknown placeholder {YYYY}"]),
        ("/{yyyy}/{mm}/{dd}", ["relative"]),
        ("../{yyyy}/{mm}/{dd}", ["inside the site"]),
        ("days/../../{yyyy}/{mm}/{dd}", ["inside the site"]),
        ("days//{yyyy}/{mm}/{dd}", ["empty"]),
        ("./{yyyy}/{mm}/{dd}", ["'.'"]),
    ],
)
def test_invalid_day_patterns_say_why(pattern, words):
    problem = validate_day_pattern(pattern)
    assert problem is not None
    for word in words:
        assert word in problem


def test_folder_pages_keep_every_url_and_make_each_source_a_folder_index():
    """`journal export` writes each page as a folder's index.md: same URL, and a source folder
    that is the URL's folder."""
    from mkdocs_journal.core.model import Tag
    from mkdocs_journal.site.layout import Layout

    plain, folders = Layout(dashboard_src="dashboard.md"), Layout(
        dashboard_src="dashboard.md", folder_pages=True
    )
    tag = Tag(key="python", name="Python", slug="python")
    for kind, pick in [
        ("day", lambda layout: layout.day(dt.date(2024, 3, 1))),
        ("month", lambda layout: layout.month(2024, 3)),
        ("year", lambda layout: layout.year(2024)),
        ("tag", lambda layout: layout.tag(tag)),
        ("tag page 2", lambda layout: layout.tag(tag, 2)),
        ("dashboard", lambda layout: layout.dashboard_src),
        ("introduction", lambda layout: layout.introduction),
    ]:
        source = pick(folders)
        assert source.endswith("/index.md"), kind
        assert folders.url(source) == plain.url(pick(plain)), kind
        assert source.removesuffix("index.md") == folders.url(source), kind
