"""The journal's figures as one plain object, shared by the dashboard, `stats.json` and the CLI."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .journal import Journal
from .rounds import RoundProgress, rounds_progress
from .streaks import best_streak, current_streak, last_streak, progress


def logged_days_by_month(dates: Iterable[dt.date]) -> Counter[tuple[int, int]]:
    """Logged dates per (year, month), a day range counted on each date it covers: the months
    add up to `days_logged`, which is `len(journal.logged_dates)` too."""
    return Counter((date.year, date.month) for date in dates)


def journal_stats(journal: Journal, *, goal: int, as_of: dt.date) -> dict[str, Any]:
    dates = journal.logged_dates
    current = current_streak(dates, as_of)
    tag_counts = sorted(
        ((tag, len(journal.tag_entries[tag.key])) for tag in journal.tags),
        key=lambda item: (-item[1], item[0].key),
    )
    figures: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "current_streak": current.to_dict(),
        "best_streak": best_streak(dates).to_dict(),
        "last_streak": last_streak(dates, as_of).to_dict(),
        "days_logged": len(dates),
        "goal": goal,
        "progress": round(progress(len(dates), goal), 4),
        "entries": journal.entry_count,
        "drafts": len(journal.drafts),
        "first_date": min(dates).isoformat() if dates else None,
        "last_date": max(dates).isoformat() if dates else None,
        "tags": [{"name": tag.name, "slug": tag.slug, "count": count} for tag, count in tag_counts],
    }
    if journal.rounds:
        progress_list = rounds_progress(journal.rounds, journal.round_dates, as_of)
        figures["rounds"] = [round_dict(item) for item in progress_list]
    return figures


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def round_dict(item: RoundProgress) -> dict[str, Any]:
    """One round's figures as `stats.json` writes them."""
    return {
        "number": item.round.number,
        "name": item.round.name,
        "start": item.round.start.isoformat(),
        "end": _iso(item.end),
        "goal": item.round.goal,
        "days_logged": item.days_logged,
        "progress": round(item.progress, 4),
        "current_streak": item.current.to_dict(),
        "best_streak": item.best.to_dict(),
        "first_date": _iso(item.first_date),
        "last_date": _iso(item.last_date),
        "finished": _iso(item.finished_on),
        "days_taken": item.days_taken,
    }
