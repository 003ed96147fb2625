"""The journal's words in the site's language: one phrase catalogue per language
(`translations/<code>.yml`), with Babel's plural rules and its date and number formats.

`Words` is what pages, templates and the CLI ask for text. A phrase a catalogue lacks falls back
to English; a site's `labels` win over both. No MkDocs here: the adapter picks the language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from markupsafe import Markup, escape

CATALOGUES = Path(__file__).parent / "translations"
DATE_FORMATS = ("long_date", "short_date", "month_year", "cell_date")
"""Babel date patterns a catalogue (or `labels`) may set; without them Babel's own are used."""
_BABEL_DEFAULTS = {"long_date": "full", "short_date": "medium", "cell_date": "medium"}
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


@functools.lru_cache(maxsize=64)
def catalogue(code: str) -> dict[str, Any] | None:
    """A language's catalogue as shipped (`phrases`, `formats`), or None when there is none."""
    path = CATALOGUES / f"{code}.yml"
    if "/" in code or "\\" in code or not path.is_file():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {"phrases": data.get("phrases") or {}, "formats": data.get("formats") or {}}


def languages() -> list[str]:
    """Every language the package has words for."""
    return sorted(path.stem for path in CATALOGUES.glob("*.yml"))


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def check_phrase(key: str, value: object) -> str | None:
    """Why a `labels` value cannot be used (None when it can): text, or text per plural form."""
    if isinstance(value, str):
        return None
    if isinstance(value, dict) and value and all(
        form in PLURAL_FORMS and isinstance(text, str) for form, text in value.items()
    ):
        return None if "other" in value else f"{key}: give an 'other' form"
    return (
        f"{key}: must be text, or text per plural form ({', '.join(PLURAL_FORMS)}), "
        f"not {value!r}"
    )


def _fill(phrase: str, values: Mapping[str, object], quote: Callable[[object], str]) -> str:
    """The phrase with `{name}` replaced (unknown names stay as written); one pass, linear."""
    parts = _PLACEHOLDER.split(phrase)
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(quote(part))
        elif part in values:
            out.append(quote(values[part]))
        else:
            out.append(quote("{" + part + "}"))
    return "".join(out)


class Words:
    """The journal's text in one language: phrases, plurals, dates and numbers."""

    def __init__(
        self,
        language: str = "en",
        labels: Mapping[str, Any] | None = None,
        direction: str | None = None,
    ) -> None:
        self.requested = language or "en"
        code = self.requested if catalogue(self.requested) else self.requested.split("-")[0]
        self.language = code if catalogue(code) else "en"
        """The catalogue's language (`en` when there is none for the requested one)."""
        self.locale = _locale(self.requested) or _locale(self.language) or Locale("en")
        english = catalogue("en") or {"phrases": {}, "formats": {}}
        own = catalogue(self.language) or english
        labels = dict(labels or {})
        # Sources in order of precedence, each with the locale whose plural rules fit its text.
        self._sources: list[tuple[Mapping[str, Any], Locale]] = [
            ({k: v for k, v in labels.items() if k not in DATE_FORMATS}, self.locale),
            (own["phrases"], self.locale),
            (english["phrases"], Locale("en")),
        ]
        if self.language != "en":
            formats = dict(own["formats"])
        else:  # English words: our English formats, or Babel's for a language without words
            formats = dict(english["formats"]) if self.locale.language == "en" else {}
        formats.update({k: v for k, v in labels.items() if k in DATE_FORMATS})
        self.formats = formats
        self.plain_numbers = formats.pop("group_digits", True) is False
        rtl = self.locale.character_order == "right-to-left"
        self.direction = direction or ("rtl" if rtl else "ltr")
        self._dates: dict[tuple[str, dt.date], str] = {}
        self._numbers: dict[int, str] = {}
        self._labels: dict[tuple[int, int | None], str] = {}
        for key in DATE_FORMATS:  # a broken pattern fails here, naming its key
            try:
                self._date(key, dt.date(2026, 11, 18))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise ValueError(
                    f"{key}: {formats.get(key)!r} is not a date pattern ({error})"
                ) from None

    @property
    def has_catalogue(self) -> bool:
        return self.language != "en" or self.requested.split("-")[0] == "en"

    # --- phrases -------------------------------------------------------------------------------

    def _lookup(self, key: str) -> tuple[Any, Locale]:
        for phrases, locale in self._sources:
            if key in phrases:
                return phrases[key], locale
        return key, self.locale

    def text(self, key: str, **values: object) -> str:
        phrase, _ = self._lookup(key)
        if isinstance(phrase, dict):
            phrase = phrase.get("other", key)
        return _fill(phrase, values, str)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The phrase in the form `count` takes (`1 entry`, `2 entries`; ru: 1/3/5 forms)."""
        phrase, locale = self._lookup(key)
        if isinstance(phrase, dict):
            phrase = phrase.get(locale.plural_form(count)) or phrase.get("other", key)
        return _fill(phrase, {"count": self.number(count), **values}, str)

    def markup(self, key: str, count: int | None = None, **values: object) -> Markup:
        """For templates: the phrase escaped, its values escaped unless already markup."""
        phrase, locale = self._lookup(key)
        if isinstance(phrase, dict):
            form = locale.plural_form(count) if count is not None else "other"
            phrase = phrase.get(form) or phrase.get("other", key)
        if count is not None:
            values = {"count": self.number(count), **values}
        return Markup(_fill(phrase, values, lambda value: str(escape(value))))

    def arrow(self, way: str) -> str:
        """`back` or `forward` as the reader's eye goes: ← → left to right, → ← right to left."""
        back = way == "back"
        return "←" if back != (self.direction == "rtl") else "→"

    # --- labels made of numbers ----------------------------------------------------------------

    def day_label(
        self, number: int | None, number_end: int | None = None, round_number: int | None = None
    ) -> str:
        """`Day 12`, `Days 3–5`, with rounds `R2 · Day 12`; empty before the challenge starts."""
        if number is None:
            return ""
        if round_number is not None:
            return f"{self.round_short(round_number)} · {self.day_label(number, number_end)}"
        label = self._labels.get((number, number_end))
        if label is None:  # every listing asks for each day's label: remember them
            if number_end is not None and number_end != number:
                label = self.text(
                    "day_range", first=self.number(number), last=self.number(number_end)
                )
            else:
                label = self.text("day_number", number=self.number(number))
            self._labels[(number, number_end)] = label
        return label

    def round_short(self, number: int) -> str:
        """A round's short name: `R2` (`Р2`, `第 2 轮`…), before a day label and on round cards."""
        return self.text("round_short", number=self.number(number))

    def number(self, value: int) -> str:
        if self.plain_numbers:
            return str(value)
        shown = self._numbers.get(value)
        if shown is None:  # Babel takes ~20 µs a number; a big journal asks for the same ones
            shown = self._numbers[value] = format_decimal(value, locale=self.locale)
        return shown

    # --- dates ---------------------------------------------------------------------------------

    def _date(self, key: str, date: dt.date) -> str:
        cached = self._dates.get((key, date))
        if cached is None:
            pattern = self.formats.get(key)
            if pattern is None and key == "month_year":
                cached = format_skeleton("yMMMM", date, locale=self.locale)
            else:
                cached = format_date(date, pattern or _BABEL_DEFAULTS[key], locale=self.locale)
            self._dates[(key, date)] = cached
        return cached

    def long_date(self, date: dt.date) -> str:
        return self._date("long_date", date)

    def short_date(self, date: dt.date | str) -> str:
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        return self._date("short_date", date)

    def month_year(self, date: dt.date) -> str:
        return self._date("month_year", date)

    def cell_date(self, date: dt.date) -> str:
        """The date a heatmap cell starts its label with."""
        return self._date("cell_date", date)

    def month_name(self, month: int) -> str:
        return str(self.locale.months["stand-alone"]["wide"][month])

    def weekday_abbr(self, weekday: int) -> str:
        """Monday is 0, as in `date.weekday()`."""
        return str(self.locale.days["stand-alone"]["abbreviated"][weekday]).rstrip(".")

    def month_abbr(self, month: int) -> str:
        return str(self.locale.months["stand-alone"]["abbreviated"][month]).rstrip(".")


def display_width(text: str) -> int:
    """Columns a terminal gives the text (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


ENGLISH = Words()
