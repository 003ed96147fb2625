"""The value types of the plugin's options: each checks its value and says what to write.

MkDocs reports a `ValidationError` with the option's name, as for its own options.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from .core.rounds import Round, check_rounds
from .publish.share import template_problem
from .site.i18n import DATE_FORMATS, catalogue, check_phrase
from .site.urls import validate_day_pattern


class DateOption(base.BaseConfigOption[dt.date]):
    """A date written as YYYY-MM-DD (YAML may already have made it a date)."""

    def run_validation(self, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise base.ValidationError(f"{value!r} is not a date (use YYYY-MM-DD)")


class TimezoneOption(base.BaseConfigOption[str]):
    """An IANA time zone name such as `Europe/Paris`."""

    def __init__(self, default: str = "UTC") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise base.ValidationError("must be a time zone name such as 'Europe/Paris'")
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise base.ValidationError(
                f"unknown time zone {value!r} (use a name such as 'UTC' or 'America/New_York')"
            ) from None
        return value


class PositiveInt(c.Type):
    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise base.ValidationError(
                f"must be a whole number such as {self.default}, not {value!r}"
            )
        number = super().run_validation(value)
        if number < 1:
            raise base.ValidationError(f"must be 1 or more, not {number}")
        return number


class DayCount(PositiveInt):
    """A number of days where 0 means no limit."""

    def run_validation(self, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value <= 0:
            if value < 0:
                raise base.ValidationError(f"must be 0 (no limit) or more, not {value}")
            return 0
        return super().run_validation(value)


class DayUrlOption(c.Type):
    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        pattern = super().run_validation(value)
        problem = validate_day_pattern(pattern)
        if problem:
            raise base.ValidationError(f"{pattern!r} {problem}")
        return pattern


class SegmentOption(c.Type):
    """A folder name for a family of generated pages (`tags`, `archive`)."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        segment = super().run_validation(value).strip("/")
        if not segment or ".." in segment.split("/") or "{" in segment:
            raise base.ValidationError(f"{value!r} must be a folder name such as {self.default!r}")
        return segment


class RoundConfig(base.Config):
    """One round or challenge of the journal."""

    name = c.Type(str)
    """Its name or hashtag, shown on the dashboard and in share texts: `#100DaysOfCode`."""
    start = DateOption()
    """The date of the round's Day 1; the round runs until the next round starts."""
    goal = PositiveInt(default=100)
    """How many logged days the round aims for."""


class RoundsOption(c.ListOfItems):
    """The `rounds` list, in the order the rounds started."""

    def __init__(self) -> None:
        super().__init__(c.SubConfig(RoundConfig), default=[])

    def run_validation(self, value: object) -> Any:
        items = super().run_validation(value)
        problem = check_rounds(core_rounds(items))
        if problem:
            raise base.ValidationError(problem)
        return items


def core_rounds(items: list[Any]) -> tuple[Round, ...]:
    """The configured rounds as the core's values, numbered from 1."""
    return tuple(
        Round(number, item.name, item.start, item.goal)
        for number, item in enumerate(items, start=1)
    )


class ShareTextOption(c.Type):
    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> Any:
        template = super().run_validation(value)
        problem = template_problem(template)
        if problem:
            raise base.ValidationError(problem)
        return template


class LabelsOption(base.BaseConfigOption[dict]):
    """Phrases that replace the journal's own, by key (the keys of `translations/en.yml`)."""

    def __init__(self) -> None:
        super().__init__()
        self.default = {}

    def run_validation(self, value: object) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise base.ValidationError("must be a mapping of phrase keys to text")
        english = catalogue("en") or {"phrases": {}}
        known = set(english["phrases"]) | set(DATE_FORMATS)
        for key, text in value.items():
            if key not in known:
                raise base.ValidationError(
                    f"unknown phrase {key!r} (the keys are those of the package's "
                    f"site/translations/en.yml, e.g. 'current_streak')"
                )
            problem = (
                None if isinstance(text, str) else f"{key}: must be a date pattern such as "
                "'d MMMM y'"
            ) if key in DATE_FORMATS else check_phrase(key, text)
            if problem:
                raise base.ValidationError(problem)
        return dict(value)
