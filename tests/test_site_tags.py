"""Tag index and tag pages of a built journal: counts, order, excerpts, slugs and paging."""

from __future__ import annotations

import pytest

PER_PAGE = 3
EXCERPT_LENGTH = 60
LONG_BODY = (
    "Spent the whole evening untangling lifetimes in a borrow checker error that turned out "
    "to be a missing clone, which felt silly afterwards."
)
ENTRIES = [
    # date, title, tags, body
    ("2024-05-01", "First loops", ["Python", "daily"], "Counted to ten in three ways."),
    ("2024-05-02", "Templates", ["python", "daily", "C++"], "Wrote a generic max function."),
    ("2024-05-03", "Operator overloading", ["PYTHON", "daily", "c plus plus"], "Added vectors."),
    ("2024-05-04", "Rest day reading", ["daily"], "Read about hash maps."),
    ("2024-05-05", "Ownership", ["daily", "rust"], "Moved a string and lost it."),
    ("2024-05-06", "Traits", ["daily", "Rust"], "Implemented Display for a point."),
    ("2024-05-07", "Lifetimes", ["daily"], LONG_BODY),
]


@pytest.fixture(scope="module", params=[True, False], ids=["dir-urls", "file-urls"])
def site(request, new_site):
    journal = new_site("tags")
    for date, title, tags, body in ENTRIES:
        tag_list = ", ".join(f'"{tag}"' for tag in tags)
        journal.entry(f"{date}.md", f"---\ntitle: {title}\ntags: [{tag_list}]\n---\n{body}\n")
    journal.configure(
        journal={"per_page": PER_PAGE, "excerpt_length": EXCERPT_LENGTH},
        use_directory_urls=request.param,
    )
    journal.build()
    return journal


def tag_index_links(site) -> dict[str, tuple[str, int]]:
    """Tag name → (URL of its page, count shown) as listed on the tag index."""
    url = site.index_url("tags")
    listed = {}
    for item in site.article(url).find_all("li"):
        link = item.find("a", cls="md-tag")
        count = int(item.find("span", cls="journal-count").text())
        listed[link.text()] = (site.follow(url, link.attrs["href"]), count)
    return listed


def listing(site, url: str) -> list[dict[str, str]]:
    items = []
    for item in site.article(url).find_all("li", cls="journal-item"):
        link = item.find("a", cls="journal-item__title")
        excerpt = item.find_all("p", cls="journal-item__excerpt")
        items.append({
            "date": item.find("time").attrs["datetime"],
            "title": link.text(),
            "target": site.follow(url, link.attrs["href"]),
            "excerpt": excerpt[0].text() if excerpt else "",
        })
    return items


def test_tag_index_lists_every_tag_with_its_count(site):
    counts = {name: count for name, (_, count) in tag_index_links(site).items()}
    assert counts == {"Python": 3, "daily": 7, "C++": 1, "c plus plus": 1, "rust": 2}


def test_tags_differing_in_case_share_one_page_under_the_first_spelling(site):
    python_url, _ = tag_index_links(site)["Python"]
    assert site.article(python_url).find("h1").text() == "#Python"
    titles = [item["title"] for item in listing(site, python_url)]
    assert titles == ["Operator overloading", "Templates", "First loops"]
    stats_names = [tag["name"] for tag in site.stats()["tags"]]
    assert [name for name in stats_names if name.casefold() == "python"] == ["Python"]


def test_tags_that_slug_alike_get_two_pages_neither_overwriting_the_other(site):
    links = tag_index_links(site)
    cpp_url, _ = links["C++"]
    spelled_url, _ = links["c plus plus"]
    assert cpp_url != spelled_url
    assert site.article(cpp_url).find("h1").text() == "#C++"
    assert [item["title"] for item in listing(site, cpp_url)] == ["Templates"]
    assert site.article(spelled_url).find("h1").text() == "#c plus plus"
    assert [item["title"] for item in listing(site, spelled_url)] == ["Operator overloading"]
    slugs = {tag["name"]: tag["slug"] for tag in site.stats()["tags"]}
    assert slugs["C++"] != slugs["c plus plus"]


def test_tag_page_lists_entries_newest_first_with_date_title_and_excerpt(site):
    rust_url, _ = tag_index_links(site)["rust"]
    items = listing(site, rust_url)
    assert [(item["date"], item["title"]) for item in items] == [
        ("2024-05-06", "Traits"), ("2024-05-05", "Ownership"),
    ]
    assert items[0]["excerpt"] == "Implemented Display for a point."
    assert items[0]["target"] == site.url("2024/05/06")


def test_long_excerpts_are_cut_at_a_word_with_an_ellipsis(site):
    daily_url, _ = tag_index_links(site)["daily"]
    newest = listing(site, daily_url)[0]
    assert newest["title"] == "Lifetimes"
    assert newest["excerpt"].endswith("…")
    assert len(newest["excerpt"]) <= EXCERPT_LENGTH + 1
    assert LONG_BODY.startswith(newest["excerpt"].removesuffix("…"))
    assert LONG_BODY[len(newest["excerpt"]) - 1] in " ,"


def test_long_tag_listings_continue_on_linked_pages(site):
    url, count = tag_index_links(site)["daily"]
    seen: list[str] = []
    pages = [url]
    while True:
        items = listing(site, url)
        assert 1 <= len(items) <= PER_PAGE
        seen.extend(item["date"] for item in items)
        following = site.article(url).find_all("a", rel="next")
        if not following:
            break
        url = site.follow(url, following[0].attrs["href"])
        pages.append(url)
    assert seen == sorted((date for date, *_ in ENTRIES), reverse=True)
    assert len(pages) == 3 and count == 7
    # Walking back with the "previous" links returns to the first page.
    for later, earlier in zip(reversed(pages[1:]), reversed(pages[:-1]), strict=True):
        back = site.article(later).find("a", rel="prev").attrs["href"]
        assert site.follow(later, back) == earlier
    assert not site.article(pages[0]).find_all("a", rel="prev")


def test_tag_pages_link_back_to_the_tag_index(site):
    url, _ = tag_index_links(site)["rust"]
    back = [a for a in site.article(url).find_all("a") if a.text() == "All tags"]
    assert site.follow(url, back[0].attrs["href"]) == site.index_url("tags")


def test_stats_tags_carry_counts_and_the_url_of_each_tag_page(site):
    listed = tag_index_links(site)
    for tag in site.stats()["tags"]:
        url, count = listed[tag["name"]]
        assert tag["count"] == count
        assert tag["url"] == url
