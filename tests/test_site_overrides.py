"""Generated pages come from templates a site can override, as Material's own plugins allow."""

from __future__ import annotations


def test_a_template_in_the_themes_custom_dir_replaces_the_packaged_one(journal_site):
    journal_site.entry("2024-03-01.md", "---\ntitle: Sorting <lists>\ntags: [python]\n---\nBody.\n")
    overrides = journal_site.root / "overrides" / "journal"
    overrides.mkdir(parents=True)
    (overrides / "day.md").write_text(
        "# {{ title|mdtext }}\n\n<p class=\"my-day\">{{ day.label }} of my challenge</p>\n\n"
        "{% for entry in entries %}{{ entry.body }}{% endfor %}\n",
        encoding="utf-8",
    )
    journal_site.configure(theme={"name": "material", "font": False, "custom_dir": "overrides"})
    journal_site.build()
    article = journal_site.article("2024/03/01/")
    assert article.find("p", cls="my-day").text() == "Day 1 of my challenge"
    assert article.find("h1").text() == "Sorting <lists>"  # autoescape still applies
    assert not article.find_all("nav", cls="journal-pager")
    # Templates that were not overridden still come from the package.
    assert journal_site.article("tags/python/").find("h1").text() == "#python"
