"""Navigation, search and edit links: what surrounds a day page, and how it is found.

A page that lists every day in its sidebar grows with N, and so does the whole site (N²): the
navigation must hold Dashboard, Archive, Tags and the user's pages, never the days themselves.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

REPO = "https://github.com/someone/learning-log"


def write_days(site, count: int) -> None:
    first = dt.date(2024, 1, 1)
    for offset in range(count):
        date = first + dt.timedelta(days=offset)
        tags = ["python", f"topic-{offset % 5}"]
        site.entry(
            f"{date.year}/{date.isoformat()}.md",
            f"---\ntitle: Lesson {offset + 1}\ntags: [{', '.join(tags)}]\n---\n"
            f"What I practised on day {offset + 1}.\n",
        )


def build(new_site, name: str, count: int, directory_urls: bool = True):
    site = new_site(name)
    write_days(site, count)
    site.doc("about.md", "# About\n")
    site.configure(
        journal={"as_of": "2024-03-01"},
        use_directory_urls=directory_urls,
        repo_url=REPO,
        edit_uri="edit/main/docs/",
        theme={"name": "material", "font": False, "features": ["content.action.edit"]},
    )
    site.build()
    return site


@pytest.fixture(scope="module", params=[True, False], ids=["dir-urls", "file-urls"])
def sites(request, new_site):
    return (
        build(new_site, "few", 3, request.param),
        build(new_site, "many", 60, request.param),
    )


def nav_links(site, url: str) -> list[tuple[str, str]]:
    nav = site.page(url).find("nav", cls="md-nav--primary")
    return [(a.text(), site.follow(url, a.attrs["href"]))
            for a in nav.find_all("a", cls="md-nav__link")]


def test_navigation_holds_dashboard_archive_tags_and_own_pages_only(sites):
    _, many = sites
    url = many.url("2024/02/10")
    assert [text for text, _ in nav_links(many, url)] == ["Dashboard", "Archive", "Tags", "About"]
    assert dict(nav_links(many, url)) == {
        "Dashboard": many.index_url(""),
        "Archive": many.index_url("archive"),
        "Tags": many.index_url("tags"),
        "About": many.url("about"),
    }


def day_pages_linked_from(site, url: str) -> set[str]:
    linked = set()
    for link in site.page(url).find_all("a"):
        href = link.attrs.get("href", "")
        if not href or href.startswith("#") or "://" in href:
            continue
        target = site.follow(url, href)
        if re.fullmatch(r"2024/\d\d/\d\d(/|\.html)", target):
            linked.add(target)
    return linked


def test_a_day_page_links_only_its_neighbouring_days(sites):
    _, many = sites
    url = many.url("2024/02/10")
    assert day_pages_linked_from(many, url) == {many.url("2024/02/09"), many.url("2024/02/11")}


def test_day_page_size_does_not_grow_with_the_number_of_days(sites):
    few, many = sites
    # Day 2 of each journal has the same shape: two neighbours, the same text.
    few_page = few.file_of(few.url("2024/01/02")).read_text(encoding="utf-8")
    many_page = many.file_of(many.url("2024/01/02")).read_text(encoding="utf-8")
    few_nav = nav_links(few, few.url("2024/01/02"))
    assert len(few_nav) == len(nav_links(many, many.url("2024/01/02")))
    assert abs(len(many_page) - len(few_page)) < 100, (len(few_page), len(many_page))


def search_docs(site) -> list[dict]:
    data = json.loads((site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return data["docs"]


def test_day_pages_carry_their_tags_into_the_search_index(sites):
    few, _ = sites
    docs = search_docs(few)
    for offset in range(3):
        date = dt.date(2024, 1, 1) + dt.timedelta(days=offset)
        url = few.url(date.strftime("%Y/%m/%d"))
        entries = [doc for doc in docs if doc["location"].split("#")[0] == url]
        assert entries, url
        assert all(doc.get("tags") == ["python", f"topic-{offset}"] for doc in entries), entries
        assert any(f"Lesson {offset + 1}" in doc["title"] for doc in entries)


def test_listing_pages_are_left_out_of_search(sites):
    few, _ = sites
    locations = {doc["location"].split("#")[0] for doc in search_docs(few)}
    listings = [few.index_url(""), few.index_url("tags"), few.index_url("tags/python"),
                few.index_url("archive"), few.index_url("archive/2024"), few.url("archive/2024/01")]
    for listing in listings:
        assert few.file_of(listing).is_file(), listing
        assert listing not in locations, listing
    assert few.url("about") in locations


def edit_link(site, url: str) -> str | None:
    links = site.page(url).find_all("a", rel="edit")
    return links[0].attrs["href"] if links else None


def test_edit_link_of_a_day_page_points_at_its_entry_file(sites):
    few, _ = sites
    assert edit_link(few, few.url("2024/01/02")) == f"{REPO}/edit/main/entries/2024/2024-01-02.md"
    assert edit_link(few, few.url("about")) == f"{REPO}/edit/main/docs/about.md"


def test_generated_listing_pages_have_no_edit_link_to_a_missing_file(sites):
    few, _ = sites
    for url in [few.index_url(""), few.index_url("tags"), few.index_url("archive")]:
        assert edit_link(few, url) is None, url


def test_a_nav_of_your_own_can_list_a_day_or_tag_page_under_a_title_of_your_own(journal_site):
    write_days(journal_site, 3)
    journal_site.doc("index.md", "# Home\n")
    journal_site.configure(
        journal={"as_of": "2024-03-01"},
        nav=[{"Home": "index.md"}, {"The first day": "2024/01/01.md"},
             {"All about Python": "tags/python/index.md"}],
    )
    journal_site.build()
    for url in ("", "2024/01/01/", "2024/01/02/", "tags/python/"):
        assert nav_links(journal_site, url) == [
            ("Home", ""), ("The first day", "2024/01/01/"), ("All about Python", "tags/python/"),
        ], url
    # The pages themselves keep their own headings.
    assert journal_site.article("2024/01/01/").find("h1").text() == "Lesson 1"
