"""nest_headings: what moves down under an entry's title on a day with several entries."""

from __future__ import annotations

from mkdocs_journal.site.headings import nest_headings


def test_a_hashtag_and_fenced_lines_are_not_headings() -> None:
    fenced = "~~~\n## inside tildes\n~~~\n\n````md\n```\n# x\n````\n"
    body = "#100DaysOfCode day 3\n\n## Notes\n\n" + fenced
    assert nest_headings(body) == "#100DaysOfCode day 3\n\n### Notes\n\n" + fenced


def test_headings_already_below_the_title_stay_and_the_deepest_stops_at_six() -> None:
    assert nest_headings("### Fine\n\n#### Deeper\n") == "### Fine\n\n#### Deeper\n"
    assert nest_headings("# Top\n\n##### Five\n\n###### Six\n") == (
        "### Top\n\n###### Five\n\n###### Six\n"
    )


def test_a_closing_hash_sequence_and_indent_are_kept() -> None:
    assert nest_headings("  ## Setup ##\n") == "  ### Setup ##\n"
    assert nest_headings("Plain text only.\n") == "Plain text only.\n"
