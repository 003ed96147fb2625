"""Rounds on the site: the dashboard's round cards and a page per round listing its days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import escape

from ..core.journal import EntryRef
from ..core.rounds import RoundProgress, rounds_progress
from ..core.streaks import Streak
from .views import ListItem, PageData, SiteContext

ROUND_TEMPLATE = "journal/round.html"


def round_src(number: int) -> str:
    """`rounds/2.md`, so the page's URL is `rounds/2/`."""
    return f"rounds/{number}.md"


@dataclass(frozen=True)
class RoundCard:
    """One round as the dashboard and its own page show it."""

    number: int
    short: str
    """`R2` in the site's language (`Р2`, `第 2 轮`…)."""
    name: str
    url: str
    start: dt.date
    end: dt.date | None
    goal: int
    days_logged: int
    percent: int
    current: Streak
    best: Streak
    last_date: dt.date | None
    finished_on: dt.date | None
    days_taken: int | None
    in_progress: bool
    """The round the as-of date falls in (the dashboard's first card)."""


def _card(site: SiteContext, item: RoundProgress, in_progress: bool) -> RoundCard:
    round_ = item.round
    return RoundCard(
        number=round_.number, short=site.lang.round_short(round_.number), name=round_.name,
        url=site.layout.url(round_src(round_.number)), start=round_.start, end=item.end,
        goal=round_.goal, days_logged=item.days_logged, percent=round(item.progress * 100),
        current=item.current, best=item.best, last_date=item.last_date,
        finished_on=item.finished_on, days_taken=item.days_taken, in_progress=in_progress,
    )


def round_cards(site: SiteContext, as_of: dt.date) -> tuple[RoundCard, ...]:
    """The rounds started by `as_of`: the one in progress first, then the earlier ones, newest
    first (empty without rounds, so the dashboard is as before)."""
    journal = site.journal
    if not journal.rounds:
        return ()
    started = [
        item for item in rounds_progress(journal.rounds, journal.round_dates, as_of)
        if item.round.start <= as_of
    ]
    cards = [_card(site, item, index == len(started) - 1) for index, item in enumerate(started)]
    return tuple(reversed(cards))


@dataclass(frozen=True)
class RoundView:
    """What `journal/round.html` receives as `page.journal`."""

    round: RoundCard
    items: tuple[ListItem, ...]
    """The round's days, oldest first."""


def round_pages(site: SiteContext, as_of: dt.date) -> Iterator[PageData]:
    """A page per round listing its days."""
    journal = site.journal
    if not journal.rounds:
        return
    progress = rounds_progress(journal.rounds, journal.round_dates, as_of)
    current = next((card for card in round_cards(site, as_of) if card.in_progress), None)
    by_round: dict[int, list[ListItem]] = {item.round.number: [] for item in progress}
    for ref in journal.refs():
        if ref.day.round is not None:
            by_round[ref.day.round].append(site.item(EntryRef(ref.day, ref.entry, ref.title)))
    for item in progress:
        number = item.round.number
        card = _card(site, item, current is not None and current.number == number)
        title = f"{site.lang.round_short(number)} · {item.round.name}"
        # Material prints the title unescaped, so it goes in escaped (as day pages' do).
        meta = {
            "template": ROUND_TEMPLATE, "title": str(escape(title)), "search": {"exclude": True},
        }
        yield PageData(
            round_src(number), "round", title, meta, RoundView(card, tuple(by_round[number]))
        )
