"""`journal stats`: the site's figures in a terminal, in the site's language.
"""

from __future__ import annotations

from typing import Any

import click

from ..core.stats import journal_stats
from ..publish.stats_file import stats_json
from ..site.i18n import Words, display_width
from .options import config_option, current_site


@click.command()
@config_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the object the site writes to stats.json.")
def stats(as_json: bool) -> None:
    """Streaks, progress towards the goal and the most used tags."""
    site = current_site()
    journal = site.journal()
    figures = journal_stats(journal, goal=site.options.goal, as_of=site.as_of())
    if as_json:
        click.echo(stats_json(figures, site.layout), nl=False)
        return
    lines = _stats_lines(figures, site.options.top_tags, site.words())
    width = max(display_width(label) for label, _ in lines) + 2
    for label, value in lines:
        click.echo(f"{label}:{' ' * (width - display_width(label) - 1)}{value}")


def _stats_lines(figures: dict[str, Any], top_tags: int, words: Words) -> list[tuple[str, str]]:
    """The figures, labelled in the site's language (dates stay YYYY-MM-DD, as in stats.json)."""
    current, best, last = figures["current_streak"], figures["best_streak"], figures["last_streak"]
    if current["days"]:
        current_text = _streak_text(current, words)
    elif last["days"]:
        current_text = words.text(
            "no_current_streak", streak=_streak_text(last, words), date=last["end"]
        )
    else:
        current_text = words.text("none")
    drafts = figures["drafts"]
    number = words.number
    tags = ", ".join(
        f"{tag['name']} ({number(tag['count'])})" for tag in figures["tags"][:top_tags]
    )
    entries = number(figures["entries"])
    if drafts:
        entries += f" ({words.plural('n_drafts', drafts)})"
    return [
        (words.text("as_of"), figures["as_of"]),
        (words.text("current_streak"), current_text),
        (words.text("best_streak"),
         _streak_text(best, words) if best["days"] else words.text("none")),
        (words.text("days_logged"), f"{number(figures['days_logged'])} / {number(figures['goal'])} "
                                    f"({number(round(figures['progress'] * 100))} %)"),
        (words.text("entries"), entries),
        (words.text("first_entry"), figures["first_date"] or "-"),
        (words.text("last_entry"), figures["last_date"] or "-"),
        (words.text("top_tags"), tags or "-"),
        *((words.round_short(item["number"]), _round_text(item, words))
          for item in figures.get("rounds", ())),
    ]


def _round_text(item: dict[str, Any], words: Words) -> str:
    """`#100DaysOfCode: 100/100 · finished 2024-04-09 (in 102 days)` or `…: 42 / 100 days`."""
    goal, number = item["goal"], words.number
    if item["finished"]:
        progress = words.text(
            "stats_round_finished", goal=number(goal), date=item["finished"],
            days=words.plural("n_days", item["days_taken"]),
        )
    else:
        progress = words.text(
            "stats_round_days", days=number(item["days_logged"]), goal=number(goal)
        )
    return words.text(
        "stats_round", name=item["name"], progress=progress,
        best=number(item["best_streak"]["days"]),
    )


def _streak_text(streak: dict[str, Any], words: Words) -> str:
    start, end = streak["start"], streak["end"]
    span = start if start == end else f"{start} {words.arrow('forward')} {end}"
    return f"{words.plural('n_days', streak['days'])} ({span})"

