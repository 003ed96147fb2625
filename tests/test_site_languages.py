"""The journal's words follow `theme.language`: phrases, plurals, dates and numbers per locale."""

from __future__ import annotations

import pytest
from conftest import JournalSite

ENTRIES = {
    "2024-03-01.md": "---\ntitle: Premiers pas\ntags: [python]\n---\nHello.\n",
    "2024-03-02.md": "---\ntags: [python]\n---\nNo title here.\n",
    "2024-03-03.md": "---\ntitle: Listes\ntags: [python, rust]\n---\nOne two three.\n",
    "2024-03-04.md": "---\ntitle: Matin\n---\nMorning.\n",
    "2024-03-04-2.md": "---\ntitle: Soir\n---\nEvening.\n",
    "2024-03-09.md": "---\ntitle: Retour\ntags: [rust]\n---\nBack.\n",
}
_built: dict[str, JournalSite] = {}


@pytest.fixture(scope="module")
def built(new_site):
    """A journal built with `theme.language: <code>` (once per language for the module)."""

    def build(language: str, **journal: object) -> JournalSite:
        key = f"{language}-{sorted(journal.items())}"
        if key not in _built:
            site = new_site(f"lang-{language}")
            for name, text in ENTRIES.items():
                site.entry(name, text)
            site.configure(
                journal={"as_of": "2024-03-10", **journal},
                theme={"name": "material", "font": False, "language": language},
            )
            site.build()
            _built[key] = site
        return _built[key]

    return build


def cards(site: JournalSite) -> dict[str, str]:
    """Each dashboard card's text, by its label."""
    found = {}
    for card in site.article("").find_all(cls="journal-card"):
        label = card.find(cls="journal-card__label").text()
        found[label] = " ".join(card.text().split())
    return found


def test_french_dashboard(built):
    site = built("fr")
    article = site.article("")
    assert cards(site) == {
        "Série en cours": "Série en cours 1 jour depuis le 9 mars 2024",
        "Meilleure série": "Meilleure série 4 jours 1 mars 2024 – 4 mars 2024",
        "Jours notés": "Jours notés 5 sur 100 5 % de l’objectif",
        "Notes": "Notes 6 notes 1 mars 2024 → 9 mars 2024",
    }
    text = article.text()
    assert "Notes récentes" in text and "Étiquettes fréquentes" in text
    assert "Chiffres au dimanche 10 mars 2024." in text
    assert "Jour 2" in text  # the untitled entry's placeholder title and its day label
    heatmap = article.find("figure", cls="journal-heatmap")
    assert heatmap.find("figcaption").text().startswith("Jours notés du ")
    months = heatmap.find(cls="journal-heatmap__months").text()
    assert "mars" in months and "Mar" not in months
    weekdays = [header.text() for header in heatmap.find_all(role="rowheader")]
    assert weekdays == ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
    assert "Mots par jour :" in heatmap.find(cls="journal-heatmap__legend").text()
    assert heatmap.find("summary").text() == "Jours notés, mois par mois"
    labels = [cell.attrs["title"] for cell in heatmap.find_all("a")]
    assert "1 mars 2024 · Jour 1 : Premiers pas (1 mot)" in labels
    assert "4 mars 2024 · Jour 4 : Matin · Soir (2 notes, 2 mots)" in labels
    empty = heatmap.find_all("span", cls="journal-cell--0")
    assert any(cell.attrs.get("title") == "5 mars 2024 : rien de noté" for cell in empty)
    nav = [link.text() for link in site.page("").find_all("a", cls="md-nav__link")]
    assert {"Tableau de bord", "Archives", "Étiquettes"} <= set(nav)


def test_french_day_tag_and_month_pages(built):
    site = built("fr")
    day = site.article("2024/03/04/")
    assert day.find("time").text() == "lundi 4 mars 2024"
    assert day.find("h1").text() == "Jour 4 : 4 mars 2024"
    assert day.find("p", cls="journal-meta").find("a").text() == "mars 2024"
    pager = day.find("nav", cls="journal-pager")
    assert pager.attrs["aria-label"] == "Jour précédent et suivant"
    directions = [node.text() for node in pager.find_all(cls="journal-pager__direction")]
    assert directions == ["← Jour précédent", "Jour suivant →"]

    tag = site.article("tags/python/")
    assert tag.find("p", cls="journal-meta").text().startswith(
        "3 notes avec l’étiquette python, les plus récentes d’abord."
    )
    month = site.article("archive/2024/03/")
    assert month.find("h1").text() == "mars 2024"
    assert month.find("p", cls="journal-meta").text().startswith("5 jours notés.")
    assert "Toutes les années" in month.text()
    archive = site.article("archive/")
    assert archive.find("p", cls="journal-meta").text() == (
        "5 jours notés, 6 notes, du 1 mars 2024 au 9 mars 2024."
    )
    assert "<title>Étiquettes - Test journal</title>" in site.html("tags/")


def test_german_dates_and_words(built):
    site = built("de")
    assert site.article("2024/03/01/").find("time").text() == "Freitag, 1. März 2024"
    assert "Aktuelle Serie" in cards(site)
    assert cards(site)["Einträge"].startswith("Einträge 6 Einträge 01.03.2024 → 09.03.2024")
    assert site.article("archive/2024/03/").find("h1").text() == "März 2024"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 запись"), (2, "2 записи"), (5, "5 записей"), (21, "21 запись"), (12, "12 записей")],
)
def test_russian_plural_forms(count, expected):
    from mkdocs_journal.site.i18n import Words

    assert Words("ru").plural("n_entries", count) == expected


def test_russian_site_uses_the_forms(built):
    site = built("ru")
    found = cards(site)
    assert found["Текущая серия"] == "Текущая серия 1 день с 9 мар. 2024 г."
    assert found["Лучшая серия"].startswith("Лучшая серия 4 дня")
    assert found["Записи"].startswith("Записи 6 записей")
    tag = site.article("tags/rust/")
    assert tag.find("p", cls="journal-meta").text().startswith("2 записи с тегом rust")
    assert site.article("2024/03/09/").find("time").text() == "суббота, 9 марта 2024 г."
    assert site.article("archive/2024/03/").find("h1").text() == "март 2024 г."


def test_japanese(built):
    site = built("ja")
    assert site.article("2024/03/01/").find("time").text() == "2024年3月1日金曜日"
    assert "現在の連続記録" in cards(site)
    assert site.article("").find("h2", id="recent-entries").text() == "最近の記事"
    assert site.article("archive/2024/03/").find("h1").text() == "2024年3月"


def test_arabic_is_right_to_left_and_arrows_follow(built):
    site = built("ar")
    html = site.html("")
    assert 'dir="rtl"' in html
    found = cards(site)
    assert found["أطول سلسلة"].startswith("أطول سلسلة 4 أيام")
    assert found["التدوينات"].split()[1:3] == ["6", "تدوينات"]
    pager = site.article("2024/03/03/").find("nav", cls="journal-pager")
    directions = [node.text() for node in pager.find_all(cls="journal-pager__direction")]
    # Right to left, "previous" sits on the right: its arrow points right.
    assert directions == ["→ اليوم السابق", "اليوم التالي ←"]
    assert site.article("2024/03/01/").find("time").text() == "الجمعة، 1 مارس 2024"


def test_labels_override_the_translation(built):
    site = built("fr", labels={
        "current_streak": "Série actuelle",
        "entry_unit": {"one": "billet", "other": "billets"},
        "long_date": "d MMMM y",
    })
    found = cards(site)
    assert "Série actuelle" in found and "Série en cours" not in found
    assert found["Notes"].startswith("Notes 6 billets")
    assert site.article("2024/03/04/").find("time").text() == "4 mars 2024"


def test_an_unknown_language_falls_back_to_english_with_one_line(journal_site):
    journal_site.entry("2024-03-01.md", "Hello.\n")
    journal_site.configure(theme={"name": "material", "font": False, "language": "sv"})
    result = journal_site.build()
    said = [line for line in result.stderr.splitlines() if "theme.language 'sv'" in line]
    assert len(said) == 1 and "INFO" in said[0]
    assert "Current streak" in cards(journal_site)
    # The dates still follow Babel's Swedish.
    assert journal_site.article("2024/03/01/").find("time").text() == "fredag 1 mars 2024"


def test_a_bad_label_stops_the_build_naming_it(journal_site):
    journal_site.entry("2024-03-01.md", "Hello.\n")
    journal_site.configure(journal={"labels": {"curent_streak": "x"}})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "labels" in result.stderr and "unknown phrase 'curent_streak'" in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_and_readme_in_french(journal_site):
    from cli_helpers import journal

    for name, text in ENTRIES.items():
        journal_site.entry(name, text)
    journal_site.configure(theme={"name": "material", "font": False, "language": "fr"})
    result = journal(journal_site.root, "stats")
    assert result.exit_code == 0, result.output
    # Values line up after the longest label, "Étiquettes fréquentes:".
    assert result.stdout.splitlines() == [
        f"{label + ':':<23}{value}" for label, value in [
            ("Au", "2024-03-10"),
            ("Série en cours", "1 jour (2024-03-09)"),
            ("Meilleure série", "4 jours (2024-03-01 → 2024-03-04)"),
            ("Jours notés", "5 / 100 (5 %)"),
            ("Notes", "6"),
            ("Première note", "2024-03-01"),
            ("Dernière note", "2024-03-09"),
            ("Étiquettes fréquentes", "python (3), rust (2)"),
        ]
    ]
    block = journal(journal_site.root, "readme").stdout
    assert "**Série en cours :**" not in block  # the label is the phrase, the colon ours
    assert "**Série en cours:** 1 jour (2024-03-09) · **Meilleure série:** 4 jours" in block
    assert "| Date | Jour | Titre | Étiquettes |" in block
    assert "_Au 2024-03-10 ; mis à jour par `journal readme`._" in block


def test_a_time_pattern_for_a_date_stops_the_build(journal_site):
    journal_site.entry("2024-03-01.md", "Hello.\n")
    journal_site.configure(journal={"labels": {"short_date": "HH:mm"}})
    result = journal_site.build(check=False)
    assert result.returncode != 0
    assert "journal: labels: short_date: 'HH:mm' is not a date pattern" in result.stderr
    assert "Traceback" not in result.stderr


def test_feed_titles_and_badges_in_french(journal_site):
    for name, text in ENTRIES.items():
        journal_site.entry(name, text)
    journal_site.configure(
        theme={"name": "material", "font": False, "language": "fr"},
        site_url="https://example.org/journal/",
    )
    journal_site.build()
    feed = (journal_site.site_dir / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Jour 2</title>" in feed and "Day 2" not in feed
    streak = (journal_site.site_dir / "badges" / "streak.svg").read_text(encoding="utf-8")
    assert 'aria-label="série: 1 jour"' in streak
    progress = (journal_site.site_dir / "badges" / "progress.svg").read_text(encoding="utf-8")
    assert 'aria-label="progression: 5/100 jours"' in progress
