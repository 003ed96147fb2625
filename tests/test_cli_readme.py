"""`journal readme`: the Markdown block, and swapping it into a README without touching the rest."""

from __future__ import annotations

import pytest
from cli_helpers import journal

START, END = "<!-- journal:start -->", "<!-- journal:end -->"


@pytest.fixture
def site(journal_site):
    journal_site.configure(journal={"goal": 10}, site_url="https://me.example/journal")
    journal_site.entry(
        "2024-03-08.md", '---\ntitle: "Pipes | and\\nbreaks"\ntags: [a|b, c]\n---\nx\n'
    )
    # Days 5-6 cover 2024-03-09 and 03-10: three logged dates in a row.
    journal_site.entry("2024-03-09.md", "---\nday: 5-6\ntags: [rust]\n---\n# Vec<T> growth\n\nx\n")
    journal_site.entry("2024-03-09-2.md", "---\ntitle: Evening\n---\nMore.\n")
    return journal_site


BLOCK = [
    "**Current streak:** 3 days (2024-03-08 → 2024-03-10) · "
    "**Best streak:** 3 days (2024-03-08 → 2024-03-10)",
    "",
    "**Progress:** `██████░░░░░░░░░░░░░░` 3 / 10 days (30 %)",
    "",
    "| Date | Day | Title | Tags |",
    "| --- | --- | --- | --- |",
    "| [2024-03-08](https://me.example/journal/2024/03/08/) | 1 | Pipes \\| and breaks "
    "| a\\|b, c |",
    "| [2024-03-09](https://me.example/journal/2024/03/09/) | 5–6 | Vec&lt;T> growth · Evening "
    "| rust |",
    "",
    "_As of 2024-03-10; updated by `journal readme`._",
]


def test_prints_the_block_between_markers(site):
    result = journal(site.root, "readme")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [START, *BLOCK, END]


def test_links_point_at_the_built_day_pages(site):
    site.configure(journal={"goal": 10, "day_url": "days/{yyyy}-{mm}-{dd}"},
                   site_url="https://me.example/journal/", use_directory_urls=False)
    result = journal(site.root, "readme")
    link = "[2024-03-09](https://me.example/journal/days/2024-03-09.html)"
    assert f"| {link} | 5–6 |" in result.stdout
    site.build()
    assert (site.site_dir / "days/2024-03-09.html").is_file()


def test_without_site_url_or_day_pages_dates_are_plain(site):
    site.configure(journal={"goal": 10})
    assert "| 2024-03-08 | 1 |" in journal(site.root, "readme").stdout
    site.configure(journal={"goal": 10, "pages": ["dashboard"]}, site_url="https://x.example/")
    assert "| 2024-03-08 | 1 |" in journal(site.root, "readme").stdout


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("trailing", [True, False])
def test_write_replaces_only_the_block(site, newline, trailing):
    before = "\ufeff# My journal\n\nIntro with trailing spaces   \n\n".replace("\n", newline)
    after = "\n## Licence\n\nMIT".replace("\n", newline) + (newline if trailing else "")
    readme = site.root / "README.md"
    readme.write_bytes(f"{before}{START}{newline}old stuff{newline}{END}{after}".encode())
    result = journal(site.root, "readme", "--write", "README.md")
    assert (result.exit_code, result.stdout) == (0, "README.md: journal block updated (3 days)\n")
    expected = before + newline.join([START, *BLOCK, END]) + after
    assert readme.read_bytes() == expected.encode()
    # Nothing changed since: the file is left alone.
    result = journal(site.root, "readme", "--write", "README.md")
    assert result.stdout == "README.md: journal block already up to date\n"
    assert readme.read_bytes() == expected.encode()


def test_write_from_a_subfolder_takes_the_path_from_there(site):
    docs = site.root / "docs"
    (docs / "about.md").write_text(f"Text\n{START}\n{END}\n", encoding="utf-8")
    result = journal(docs, "readme", "--write", "about.md")
    assert result.exit_code == 0
    assert (docs / "about.md").read_text(encoding="utf-8").startswith(f"Text\n{START}\n**Current")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Readme\n", f"README.md: no '{START}' line; put '{START}' and '{END}' on lines of their "
                       "own where the journal block should go"),
        (f"{START}\n", f"README.md: no '{END}' line; put '{START}' and '{END}' on lines of their "
                       "own where the journal block should go"),
        (f"{END}\n{START}\n", f"README.md: '{END}' comes before '{START}'; swap them"),
        (f"{START}\n{END}\n{START}\n{END}\n",
         f"README.md: the markers appear more than once; keep one '{START}' line and one "
         f"'{END}' line"),
        # Markers quoted in prose or shown in a code block are not the real ones.
        (f"Write `{START}` here.\n```\n{START}\n{END}\n```\n", f"README.md: no '{START}' line; "
         f"put '{START}' and '{END}' on lines of their own where the journal block should go"),
    ],
)
def test_write_refuses_without_one_marker_pair_and_leaves_the_file(site, text, message):
    readme = site.root / "README.md"
    readme.write_text(text, encoding="utf-8")
    result = journal(site.root, "readme", "--write", "README.md")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"
    assert readme.read_text(encoding="utf-8") == text


def test_write_refuses_a_missing_or_non_utf8_file(site):
    result = journal(site.root, "readme", "--write", "NOPE.md")
    assert result.exit_code == 1
    assert result.stderr == "Error: NOPE.md: no such file (create it with the two marker lines)\n"
    readme = site.root / "README.md"
    readme.write_bytes(f"caf\xe9\n{START}\n{END}\n".encode("latin-1"))
    result = journal(site.root, "readme", "--write", "README.md")
    assert result.stderr == "Error: README.md: not UTF-8 text; nothing was changed\n"
    assert readme.read_bytes() == f"caf\xe9\n{START}\n{END}\n".encode("latin-1")


def test_the_block_inside_a_fence_is_left_and_the_real_one_replaced(site):
    readme = site.root / "README.md"
    text = f"~~~markdown\n{START}\nexample\n{END}\n~~~\n\n{START}\n{END}\n"
    readme.write_text(text, encoding="utf-8")
    result = journal(site.root, "readme", "--write", "README.md")
    assert result.exit_code == 0
    written = readme.read_text(encoding="utf-8")
    assert written.startswith(f"~~~markdown\n{START}\nexample\n{END}\n~~~\n\n{START}\n**Current")
    assert written.endswith(f"updated by `journal readme`._\n{END}\n")
