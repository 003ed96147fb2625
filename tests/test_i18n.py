"""The translation catalogues and `Words`: every language says every phrase with the same
placeholders as English, plural forms follow Babel, English keeps the journal's formats."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel import Locale
from mkdocs_journal.site.i18n import PLURAL_FORMS, Words, catalogue, languages

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
REQUIRED = "en de fr es pt it nl pl ru uk zh ja ko hi tr ar he".split()
ENGLISH = catalogue("en")["phrases"]


def texts(phrase):
    return list(phrase.values()) if isinstance(phrase, dict) else [phrase]


def test_the_package_has_every_required_language():
    assert set(REQUIRED) <= set(languages())


@pytest.mark.parametrize("code", REQUIRED)
def test_a_catalogue_says_every_phrase_with_the_same_placeholders(code):
    phrases = catalogue(code)["phrases"]
    assert set(phrases) == set(ENGLISH), set(phrases) ^ set(ENGLISH)
    forms = set(Locale.parse(code).plural_form.rules) | {"other"}
    for key, phrase in phrases.items():
        english = {name for text in texts(ENGLISH[key]) for name in PLACEHOLDER.findall(text)}
        if isinstance(phrase, dict):
            assert "other" in phrase and set(phrase) <= set(PLURAL_FORMS), (code, key)
            assert set(phrase) <= forms, (code, key, set(phrase) - forms)
        for text in texts(phrase):
            used = set(PLACEHOLDER.findall(text))
            # Counted phrases may spell the number out ("يومان", "יומיים"); nothing else is dropped.
            assert used <= english and english - used <= {"count"}, (code, key, text)


def test_english_keeps_the_journals_own_formats():
    words = Words("en")
    date = dt.date(2026, 11, 18)
    assert words.long_date(date) == "Wednesday, 18 November 2026"
    assert words.short_date(date) == "18 Nov 2026"
    assert words.month_year(date) == "November 2026"
    assert [words.month_abbr(m) for m in (1, 5, 9, 12)] == ["Jan", "May", "Sep", "Dec"]
    assert words.number(12345) == "12345"
    assert words.plural("n_entries", 1) == "1 entry"
    assert words.plural("n_entries", 2) == "2 entries"
    assert words.day_label(3, 5) == "Days 3–5" and words.day_label(None) == ""


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "لا تدوينات"), (1, "تدوينة واحدة"), (2, "تدوينتان"), (3, "3 تدوينات"),
     (11, "11 تدوينة"), (100, "100 تدوينة")],
)
def test_arabic_has_six_plural_forms(count, expected):
    assert Words("ar").plural("n_entries", count) == expected


def test_polish_and_ukrainian_forms():
    assert [Words("pl").plural("n_entries", n) for n in (1, 3, 5, 22)] == [
        "1 wpis", "3 wpisy", "5 wpisów", "22 wpisy"
    ]
    assert [Words("uk").plural("n_days", n) for n in (1, 2, 5, 21)] == [
        "1 день", "2 дні", "5 днів", "21 день"
    ]


def test_numbers_and_dates_follow_the_locale():
    assert Words("fr").number(12345) == "12\u202f345"
    assert Words("de").number(12345) == "12.345"
    assert Words("pt-BR").long_date(dt.date(2026, 11, 18)) == "quarta-feira, 18 de novembro de 2026"
    assert Words("pt-BR").text("current_streak") == "Sequência atual"


def test_right_to_left_languages_turn_the_arrows():
    assert (Words("he").direction, Words("he").arrow("back")) == ("rtl", "→")
    assert (Words("fr").direction, Words("fr").arrow("back")) == ("ltr", "←")


def test_labels_win_and_a_missing_phrase_is_english():
    words = Words("fr", {"current_streak": "Série actuelle", "n_entries": "{count} billet(s)"})
    assert words.text("current_streak") == "Série actuelle"
    assert words.plural("n_entries", 3) == "3 billet(s)"
    assert Words("fr").text("no_such_phrase") == "no_such_phrase"


def test_markup_escapes_the_phrase_and_its_values():
    words = Words("en", {"since": "<b>since</b> {date}"})
    assert str(words.markup("since", date="<i>")) == "&lt;b&gt;since&lt;/b&gt; &lt;i&gt;"


@pytest.mark.parametrize("pattern", ["d MMMMMMM y", "hh:mm"])
def test_a_broken_date_pattern_is_named(pattern):
    with pytest.raises(ValueError, match="long_date"):
        Words("fr", {"long_date": pattern})
