"""Journal pages are drawn by theme templates a site overrides with `custom_dir`, as Material's."""

from __future__ import annotations

import pytest

ENTRIES = {
    "2024-03-01.md": "---\ntitle: Sorting <lists>\ntags: [python]\n---\nFirst body.\n",
    "2024-03-02.md": "---\ntitle: Joins\ntags: [sql]\n---\nSecond body.\n",
}
# Each template, a page it draws, and a page that another template draws.
PAGES = {
    "day.html": "2024/03/01/",
    "dashboard.html": "",
    "tags.html": "tags/",
    "tag.html": "tags/python/",
    "archive.html": "archive/",
    "year.html": "archive/2024/",
    "month.html": "archive/2024/03/",
}


def _site(journal_site, overrides: dict[str, str]):
    for name, text in ENTRIES.items():
        journal_site.entry(name, text)
    folder = journal_site.root / "overrides" / "journal"
    folder.mkdir(parents=True)
    for name, text in overrides.items():
        (folder / name).write_text(text, encoding="utf-8")
    journal_site.configure(theme={"name": "material", "font": False, "custom_dir": "overrides"})
    return journal_site


@pytest.mark.parametrize("template", sorted(PAGES))
def test_overriding_one_template_changes_its_pages_and_no_other(journal_site, template):
    _site(journal_site, {template: (
        '{% extends "main.html" %}{% block content %}'
        '<p class="mine">{{ page.title }}: my own page</p>{% endblock %}'
    )})
    journal_site.build()
    for name, url in PAGES.items():
        mine = journal_site.article(url).find_all("p", cls="mine")
        if name == template:
            assert [p.text() for p in mine] != [], f"{url} is not drawn by the override"
            assert mine[0].text().endswith(": my own page")
        else:
            assert not mine, f"{url} changed though {name} was not overridden"
            assert journal_site.article(url).find("h1") is not None


def test_a_day_template_gets_the_entries_html_and_the_days_data(journal_site):
    _site(journal_site, {"day.html": (
        '{% extends "main.html" %}{% block content %}{% set day = page.journal %}'
        '<p class="mine">{{ day.label }} of my challenge, {{ day.date | journal_longdate }}'
        "{% for tag in day.tags %} #{{ tag.name }}{% endfor %}</p>"
        '<h1>{{ day.title | e }}</h1>{{ page.content }}{% endblock %}'
    )})
    journal_site.build()
    article = journal_site.article("2024/03/01/")
    assert article.find("p", cls="mine").text() == (
        "Day 1 of my challenge, Friday, 1 March 2024 #python"
    )
    assert article.find("h1").text() == "Sorting <lists>"
    assert [p.text() for p in article.find_all("p")][-1] == "First body."
    assert not article.find_all("nav", cls="journal-pager")
    # Templates that were not overridden still come from the package.
    assert journal_site.article("archive/2024/03/").find_all("nav", cls="journal-pager")


def test_overriding_the_shared_macros_changes_every_page_that_uses_them(journal_site):
    _site(journal_site, {"macros.html": (
        "{% macro tag_chips(tags) %}<ul class='my-chips'>{% for tag in tags %}"
        "<li>{{ tag.name }}</li>{% endfor %}</ul>{% endmacro %}"
        "{% macro entry_list(items) %}<ol class='my-list'>{% for item in items %}"
        "<li>{{ item.title | e }}</li>{% endfor %}</ol>{% endmacro %}"
        "{% macro pager(label, a, b, c, d, e, f) %}{% endmacro %}"
        "{% macro heatmap(map, caption) %}{% endmacro %}"
        "{% macro month_list(months, with_year=false) %}{% endmacro %}"
    )})
    journal_site.build()
    assert journal_site.article("2024/03/01/").find("ul", cls="my-chips").text() == "python"
    items = journal_site.article("archive/2024/03/").find("ol", cls="my-list").find_all("li")
    assert [li.text() for li in items] == ["Sorting <lists>", "Joins"]


def test_templates_of_the_markdown_era_are_named_not_silently_ignored(journal_site):
    _site(journal_site, {"day.md": "# {{ title }}\n"})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "overrides/journal/ holds day.md" in result.stderr
    assert "journal/day.html" in result.stderr
