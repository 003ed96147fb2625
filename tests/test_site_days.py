"""Day pages of a built journal: URLs, what each page shows, and the links between days.

One small journal, built once per URL style (directory URLs or not, default or custom `day_url`):
  2024-03-01  Day 40, two tags, a code block and an image beside the entry
  2024-03-02  two entries (their times put the second file first)
  2024-03-04  a range "42-45" covering 03-04 … 03-07
  2024-03-08  a draft
  2024-03-09  no title, no tags
  2024-03-20  no title, a range "50-51"
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

CUSTOM_DAY_URL = "log/{yyyy}-{mm}-{dd}"
AS_OF = "2024-03-10"


def tiny_png() -> bytes:
    """A valid 1×1 PNG, so the copied image is a real file a browser could show."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def write_journal(site) -> None:
    site.entry("2024/03/2024-03-01.md", """
        ---
        title: Reading CSV files
        tags: [Python, Data]
        day: 40
        ---
        Parsed a spreadsheet export with the csv module.

        ```python
        rows = list(csv.DictReader(handle))
        ```

        ![Rows per month](plots/rows.png)

        The syntax for that picture is `![Rows per month](plots/rows.png)`.
    """)
    (site.root / "entries/2024/03/plots").mkdir(parents=True)
    (site.root / "entries/2024/03/plots/rows.png").write_bytes(tiny_png())
    site.entry("2024/03/2024-03-02-a.md", """
        ---
        date: 2024-03-02T20:15:00
        title: Evening - generators
        tags: [python]
        ---
        Wrote a generator that yields chunks lazily.
    """)
    site.entry("2024/03/2024-03-02-b.md", """
        ---
        date: 2024-03-02T07:45:00
        title: Morning - list comprehensions
        tags: [Python]
        ---
        Rewrote three loops as comprehensions, like the [CSV reader](2024-03-01.md#top)
        from [yesterday][csv].

        [csv]: 2024-03-01.md
    """)
    site.entry("2024/03/2024-03-04.md", """
        ---
        title: Weekend hackathon
        day: "42-45"
        tags: [hackathon]
        ---
        Four days building a budgeting app with friends.
    """)
    site.entry("2024/03/2024-03-08.md", """
        ---
        title: Unfinished thoughts on monads
        tags: [drafty]
        draft: true
        ---
        Not ready yet.
    """)
    site.entry("2024/03/2024-03-09.md", "Quiet day: reread my notes on decorators.\n")
    site.entry("2024/03/2024-03-20.md", "---\nday: 50-51\n---\nTwo days on a parser.\n")


@pytest.fixture(
    scope="module",
    params=[(True, None), (False, None), (True, CUSTOM_DAY_URL), (False, CUSTOM_DAY_URL)],
    ids=["dir-urls", "file-urls", "dir-urls-custom", "file-urls-custom"],
)
def site(request, new_site):
    directory_urls, day_url = request.param
    journal = new_site("days")
    write_journal(journal)
    options = {"day_url": day_url} if day_url else {}
    journal.configure(
        journal=options,
        use_directory_urls=directory_urls,
        markdown_extensions=["pymdownx.highlight", "pymdownx.superfences"],
    )
    journal.build()
    journal.day_url_pattern = day_url or "{yyyy}/{mm}/{dd}"
    return journal


def day_url(site, date: str) -> str:
    """The URL a day page must have, worked out from the pattern by hand."""
    year, month, day = date.split("-")
    return site.url(site.day_url_pattern.format(yyyy=year, mm=month, dd=day))


def test_each_logged_date_with_an_entry_has_a_page_at_its_date_url(site):
    for date in ["2024-03-01", "2024-03-02", "2024-03-04", "2024-03-09", "2024-03-20"]:
        assert site.file_of(day_url(site, date)).is_file(), date
    # Dates inside a range share the range's page; a draft's date and a gap have none.
    for date in ["2024-03-03", "2024-03-05", "2024-03-08"]:
        assert not site.file_of(day_url(site, date)).exists(), date


def test_day_page_shows_date_day_number_title_and_body(site):
    article = site.article(day_url(site, "2024-03-01"))
    assert article.find("time").attrs["datetime"] == "2024-03-01"
    assert "1 March 2024" in article.find("time").text()
    assert article.find("span", cls="journal-daynum").text() == "Day 40"
    assert article.find("h1").text() == "Reading CSV files"
    assert "Parsed a spreadsheet export with the csv module." in article.text()
    code = [node.text() for node in article.find_all("code")]
    assert any("rows = list(csv.DictReader(handle))" in text for text in code), code


def test_day_page_title_is_the_browser_title(site):
    page = site.page(day_url(site, "2024-03-01"))
    assert page.find("title").text().startswith("Reading CSV files")


def test_image_beside_the_entry_is_copied_and_the_img_points_at_it(site):
    url = day_url(site, "2024-03-01")
    image = site.article(url).find("img")
    assert image.attrs["alt"] == "Rows per month"
    copied = site.resolve(url, image.attrs["src"])
    assert copied.is_file(), image.attrs["src"]
    assert copied.read_bytes() == (site.root / "entries/2024/03/plots/rows.png").read_bytes()


def test_tag_links_on_a_day_page_lead_to_their_tag_pages(site):
    url = day_url(site, "2024-03-01")
    chips = site.article(url).find("div", cls="journal-tags").find_all("a")
    assert [chip.text() for chip in chips] == ["Python", "Data"]
    for chip in chips:
        tag_page = site.follow(url, chip.attrs["href"])
        heading = site.article(tag_page).find("h1").text()
        assert heading == f"#{chip.text()}"


def test_several_entries_on_one_date_share_one_page_in_time_order(site):
    article = site.article(day_url(site, "2024-03-02"))
    titles = [node.text() for node in article.find_all("h2")]
    assert titles == ["Morning - list comprehensions", "Evening - generators"]
    text = article.text()
    assert text.index("Rewrote three loops") < text.index("Wrote a generator")
    assert article.find("span", cls="journal-daynum").text() == "Day 41"


def test_day_range_page_says_days_and_counts_every_covered_date(site):
    article = site.article(day_url(site, "2024-03-04"))
    assert article.find("span", cls="journal-daynum").text() == "Days 42–45"
    stats = site.stats()
    # 03-01, 03-02, 03-04 … 03-07, 03-09, 03-20 and 03-21: each range date counts.
    assert stats["days_logged"] == 9
    assert stats["best_streak"] == {"days": 4, "start": "2024-03-04", "end": "2024-03-07"}


def test_untitled_entry_is_called_after_its_day_number(site):
    article = site.article(day_url(site, "2024-03-09"))
    assert article.find("h1").text() == "Day 46"
    assert "Quiet day: reread my notes on decorators." in article.text()


def test_untitled_range_is_called_after_its_days(site):
    url = day_url(site, "2024-03-20")
    assert site.article(url).find("h1").text() == "Days 50–51"
    assert site.page(url).find("title").text().startswith("Days 50–51")


def test_drafts_are_neither_built_nor_counted(site):
    for file in site.html_files():
        assert "Unfinished thoughts" not in file.read_text(encoding="utf-8"), file
    stats = site.stats()
    assert stats["entries"] == 6
    assert stats["drafts"] == 1
    assert "drafty" not in [tag["name"] for tag in stats["tags"]]
    assert not (site.site_dir / "tags" / "drafty").exists()


def pager_links(site, url: str) -> dict[str, str]:
    pager = site.article(url).find("nav", cls="journal-pager")
    links = pager.find_all("a")
    return {link.attrs["rel"]: site.follow(url, link.attrs["href"]) for link in links}


def test_previous_and_next_links_walk_the_days_in_order(site):
    dates = ["2024-03-01", "2024-03-02", "2024-03-04", "2024-03-09", "2024-03-20"]
    for index, date in enumerate(dates):
        links = pager_links(site, day_url(site, date))
        expected = {}
        if index > 0:
            expected["prev"] = day_url(site, dates[index - 1])
        if index + 1 < len(dates):
            expected["next"] = day_url(site, dates[index + 1])
        assert links == expected, date


def test_pager_names_the_neighbouring_days(site):
    pager = site.article(day_url(site, "2024-03-02")).find("nav", cls="journal-pager")
    previous = pager.find("a", rel="prev").text()
    following = pager.find("a", rel="next").text()
    assert "Reading CSV files" in previous and "Day 40" in previous
    assert "Weekend hackathon" in following and "Days 42–45" in following


def test_month_link_on_a_day_page_leads_to_its_archive_month(site):
    url = day_url(site, "2024-03-04")
    meta = site.article(url).find("p", cls="journal-meta")
    month_page = site.follow(url, meta.find("a").attrs["href"])
    assert site.article(month_page).find("h1").text() == "March 2024"


def test_stats_match_the_journal(site):
    stats = site.stats()
    assert stats["as_of"] == AS_OF
    assert stats["first_date"] == "2024-03-01"
    assert stats["last_date"] == "2024-03-21"
    # As of 03-10 the run that ends yesterday (03-09) is the current one: the draft broke it.
    assert stats["current_streak"] == {"days": 1, "start": "2024-03-09", "end": "2024-03-09"}
    assert dt.date.fromisoformat(stats["best_streak"]["end"]) == dt.date(2024, 3, 7)


def test_a_link_to_another_entry_file_leads_to_that_entrys_day_page(site):
    url = day_url(site, "2024-03-02")
    links = [a for a in site.article(url).find_all("a") if a.text() in ("CSV reader", "yesterday")]
    assert len(links) == 2
    for link in links:
        assert site.follow(url, link.attrs["href"]) == day_url(site, "2024-03-01")
    assert links[0].attrs["href"].endswith("#top")


def test_links_inside_code_are_shown_as_written(site):
    code = [node.text() for node in site.article(day_url(site, "2024-03-01")).find_all("code")]
    assert "![Rows per month](plots/rows.png)" in code


def test_heatmap_cells_inside_a_range_lead_to_the_range_page(site):
    home = site.index_url("")
    cells = site.article(home).find("figure", cls="journal-heatmap").find_all("a")
    targets = {cell.attrs["title"][:10]: site.follow(home, cell.attrs["href"]) for cell in cells}
    for date in ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07"]:
        assert targets[date] == day_url(site, "2024-03-04"), date
    assert "2024-03-08" not in targets  # the draft's date


def test_the_pager_names_an_untitled_day_once(journal_site):
    journal_site.entry("2024-03-01.md", "---\ntitle: Named\n---\nOne.\n")
    journal_site.entry("2024-03-02.md", "---\ntags: [x]\n---\nNo title, no heading.\n")
    journal_site.entry("2024-03-03.md", "---\ntitle: Third\n---\nThree.\n")
    journal_site.build()
    pager = journal_site.article("2024/03/03/").find("nav", cls="journal-pager")
    assert pager.find(cls="journal-pager__title").text() == "Day 2"
    pager = journal_site.article("2024/03/01/").find("nav", cls="journal-pager")
    assert pager.find(cls="journal-pager__title").text() == "Day 2"
    back = journal_site.article("2024/03/02/").find("nav", cls="journal-pager")
    assert [t.text() for t in back.find_all(cls="journal-pager__title")] == [
        "Day 1 · Named", "Day 3 · Third",
    ]
