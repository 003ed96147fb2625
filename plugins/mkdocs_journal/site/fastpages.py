"""The packaged page templates, written out in Python for sites that keep them.

Jinja costs a few hundred microseconds a page (a context, a macro call per listing item, an
escape per value), which over a thousand day pages and five listing items per entry was a
tenth of a build. These builders give, byte for byte, what each template in `templates/` (with
the `_macros.md` it imports) gives; tests render both ways and compare. A site that overrides a
template in `custom_dir` gets that page kind from Jinja as before (every kind, if it overrides
`_macros.md`). A listing item is built once per entry and link target, then reused on each tag
and month page that lists it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from ..core.journal import EntryRef
from ..core.model import Day, Tag
from .formats import long_date, markdown_text, month_year, short_date

if TYPE_CHECKING:
    from .pages import _Site

Href = Callable[[str | None], str | None]
SetAside = Callable[[str], str]
"""`html_block` for one page: keeps finished HTML aside, returns the word standing in for it."""
Anchor = Callable[[str, str], str]
"""Keeps finished HTML aside for the start of the page ("start") or right after its title
("title"), where the plugin puts it without a placeholder in the Markdown; returns ""."""


def _e(value: object) -> str:
    return str(escape(value))


def tag_chips(site: _Site, href: Href, set_aside: SetAside, tags: Sequence[Tag]) -> str:
    """`_macros.md`'s `tag_chips`."""
    if not tags:
        return ""
    chips = []
    for tag in tags:
        target = href(site.tag_src(tag))
        chips.append(
            f'<a class="md-tag" href="{_e(target)}">{_e(tag.name)}</a>'
            if target
            else f'<span class="md-tag">{_e(tag.name)}</span>'
        )
    return set_aside(f'<div class="journal-tags" data-search-exclude>{"".join(chips)}</div>')


def entry_item(site: _Site, href: Href, ref: EntryRef) -> str:
    """`_macros.md`'s `entry_item` (with the date): the same entry and link give the same item,
    so each is built once per build and link target, however many listings show it."""
    target = href(site.day_src(ref.day))
    key = (id(ref.day), id(ref.entry), ref.title, target)
    item = site.items.get(key)
    if item is None:
        day = ref.day
        label = f' · <span class="journal-daynum">{_e(day.label)}</span>' if day.label else ""
        title = (
            f'<a class="journal-item__title" href="{_e(target)}">{_e(ref.title)}</a>'
            if target
            else f'<span class="journal-item__title">{_e(ref.title)}</span>'
        )
        text = site.excerpt(ref.entry)
        excerpt = f'<p class="journal-item__excerpt">{_e(text)}</p>' if text else ""
        item = (
            f'<li class="journal-item"><span class="journal-item__meta"><time datetime="'
            f'{day.date.isoformat()}">{_e(short_date(day.date))}</time>{label}</span>\n'
            f"{title}{excerpt}</li>"
        )
        site.items[key] = item
    return item


def _pager_link(direction: str, rel: str, target: str | None, label: str, title: str) -> str:
    return (
        f'<a class="journal-pager__link journal-pager__link--{direction}" rel="{rel}" '
        f'href="{_e(target)}"><span class="journal-pager__direction">{label}</span>'
        f'<span class="journal-pager__title">{_e(title)}</span></a>'
    )


def day_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *, day: Day, title: str,
    previous: Day | None, next: Day | None, entries: list[dict[str, Any]],  # noqa: A002
) -> str:
    """`day.md`."""
    line = (
        f'<p class="journal-meta" data-search-exclude><time datetime="{day.date.isoformat()}">'
        f"{_e(long_date(day.date))}</time>"
    )
    if day.label:
        line += f' · <span class="journal-daynum">{_e(day.label)}</span>'
    if site.has_archive:
        line += (
            f' · <a href="{_e(href(site.month_src(day.date)))}">{_e(month_year(day.date))}</a>'
        )
    out = [anchor("start", f"{line}</p>"), "# ", markdown_text(title), "\n\n"]
    if len(entries) == 1:
        out.append(tag_chips(site, href, functools.partial(anchor, "title"), day.tags))
    for entry in entries:
        if len(entries) > 1:
            out += [
                "## ", markdown_text(entry["title"]), "\n\n",
                tag_chips(site, href, set_aside, entry["tags"]), "\n\n",
            ]
        out += [entry["body"], "\n\n"]
    nav = '<nav class="journal-pager" aria-label="Previous and next day" data-search-exclude>\n'
    if previous:
        nav += _pager_link(
            "prev", "prev", href(site.day_src(previous)), "← Previous day",
            f"{previous.label or previous.date.isoformat()} · {previous.title}",
        )
    else:
        nav += "<span></span>"
    if next:
        nav += _pager_link(
            "next", "next", href(site.day_src(next)), "Next day →",
            f"{next.label or next.date.isoformat()} · {next.title}",
        )
    out.append(set_aside(f"{nav}</nav>\n"))
    return "".join(out)


def _listing(site: _Site, href: Href, refs: Sequence[EntryRef]) -> str:
    items = "".join(f"{entry_item(site, href, ref)}\n" for ref in refs)
    return f'<ul class="journal-list">\n{items}</ul>\n\n'


def tag_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *, tag: Tag,
    refs: Sequence[EntryRef], total: int, pager: dict[str, Any], heading: str,
) -> str:
    """`tag.md`."""
    paging = f" Page {pager['number']} of {pager['count']}." if pager["count"] > 1 else ""
    html = (
        f'<p class="journal-meta">{total} {"entry" if total == 1 else "entries"} tagged '
        f"<strong>{_e(tag.name)}</strong>, newest first.{paging} "
        f'<a href="{_e(href(site.layout.tag_index))}">All tags</a></p>\n\n'
        f"{_listing(site, href, refs)}"
    )
    if pager["count"] > 1:
        html += '<nav class="journal-pager" aria-label="Pages of this tag">\n'
        if pager["previous"]:
            html += _pager_link(
                "prev", "prev", href(pager["previous"]), "← Newer", f"Page {pager['number'] - 1}"
            )
        else:
            html += "<span></span>"
        if pager["next"]:
            html += _pager_link(
                "next", "next", href(pager["next"]), "Older →", f"Page {pager['number'] + 1}"
            )
        html += "</nav>\n"
    return f"# {markdown_text(heading)}\n{anchor('title', html)}"


def month_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *, title: str, year: int,
    days: Sequence[Day], refs: Sequence[EntryRef],
    previous: tuple[str, str] | None, next: tuple[str, str] | None,  # noqa: A002
) -> str:
    """`month.md`."""
    count = len(days)
    html = (
        f'<p class="journal-meta">{count} {"day" if count == 1 else "days"} logged. '
        f'<a href="{_e(href(site.layout.year(year)))}">{year}</a> · '
        f'<a href="{_e(href(site.layout.archive))}">All years</a></p>\n\n'
        f"{_listing(site, href, refs)}"
        '<nav class="journal-pager" aria-label="Previous and next month">\n'
    )
    if previous:
        html += _pager_link("prev", "prev", href(previous[0]), "← Earlier", previous[1])
    else:
        html += "<span></span>"
    if next:
        html += _pager_link("next", "next", href(next[0]), "Later →", next[1])
    return f"# {markdown_text(title)}\n{anchor('title', html + '</nav>')}"


_LEGEND = "".join(f'<span class="journal-cell journal-cell--{level}"></span>' for level in range(5))


def heatmap_html(href: Href, grid: dict[str, Any], caption: str) -> str:
    """`_macros.md`'s `heatmap`."""
    months = "".join(
        f'<span style="grid-column: {column + 1}">{_e(name)}</span>'
        for column, name in grid["months"]
    )
    cells = []
    for week in grid["weeks"]:
        for cell in week:
            if cell is None:
                cells.append('<span class="journal-cell journal-cell--out"></span>')
            elif cell["src"]:
                title = _e(cell["title"])
                cells.append(
                    f'<a class="journal-cell journal-cell--{cell["level"]}" '
                    f'href="{_e(href(cell["src"]))}" title="{title}" aria-label="{title}"></a>'
                )
            else:
                cells.append(
                    f'<span class="journal-cell journal-cell--{cell["level"]}" '
                    f'title="{_e(cell["title"])}"></span>'
                )
    weeks = len(grid["weeks"])
    return (
        f'<figure class="journal-heatmap" aria-label="{_e(caption)}">\n'
        '<div class="journal-heatmap__scroll">\n'
        f'<div class="journal-heatmap__months" style="--weeks: {weeks}">{months}</div>\n'
        f'<div class="journal-heatmap__grid" style="--weeks: {weeks}">\n{"".join(cells)}</div>\n'
        "</div>\n"
        f'<figcaption>{_e(caption)} <span class="journal-heatmap__legend">less {_LEGEND} more'
        "</span></figcaption>\n</figure>"
    )


def _month_count(days: int, entries: int) -> str:
    more = f", {entries} entries" if entries != days else ""
    return f'<span class="journal-count">{days} {"day" if days == 1 else "days"}{more}</span>'


def year_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *, year: int,
    heatmap: dict[str, Any], months: Sequence[tuple[int, int]], counts: dict[Any, int],
    entry_counts: dict[Any, int], month_names: Sequence[str],
) -> str:
    """`year.md`."""
    grid = heatmap_html(href, heatmap, f"Days logged in {year}")
    items = "".join(
        f'<li><a href="{_e(href(site.layout.month(*key)))}">{_e(month_names[key[1] - 1])} '
        f"{year}</a> {_month_count(counts[key], entry_counts[key])}</li>\n"
        for key in months
    )
    html = (
        f'{grid}\n\n<ul class="journal-months">\n{items}</ul>\n\n'
        f'<p><a href="{_e(href(site.layout.archive))}">All years</a></p>'
    )
    return f"# {year}\n{anchor('title', html)}"


def archive_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *,
    years: Sequence[tuple[int, Sequence[tuple[int, int]]]], months: dict[Any, int],
    entry_counts: dict[Any, int], month_names: Sequence[str],
) -> str:
    """`archive.md`."""
    stats = site.stats
    span = (
        f", from {_e(short_date(stats['first_date']))} to {_e(short_date(stats['last_date']))}"
        if stats["first_date"]
        else ""
    )
    html = (
        f'<p class="journal-meta">{_e(stats["days_logged"])} days logged, '
        f'{_e(stats["entries"])} entries{span}.</p>\n\n'
    )
    for year, year_months in years:
        items = "".join(
            f'<li><a href="{_e(href(site.layout.month(*key)))}">{_e(month_names[key[1] - 1])}'
            f"</a> {_month_count(months[key], entry_counts[key])}</li>\n"
            for key in year_months
        )
        html += (
            f'<section class="journal-archive-year">\n<h2 id="year-{year}"><a href="'
            f'{_e(href(site.layout.year(year)))}">{year}</a></h2>\n'
            f'<ul class="journal-months">\n{items}</ul>\n</section>\n\n'
        )
    return f"# Archive\n{anchor('title', html)}"


def tags_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *, tags: Sequence[Tag],
    counts: dict[str, int], letters: Sequence[tuple[str, Sequence[Tag]]],
) -> str:
    """`tags.md`."""
    html = (
        f'<p class="journal-meta">{len(tags)} tags across {_e(site.stats["entries"])} '
        "entries.</p>\n\n"
    )
    if not tags:
        html += (
            "<p>No tags yet: add <code>tags: [python, flask]</code> to an entry's front "
            "matter.</p>\n"
        )
    for number, (letter, letter_tags) in enumerate(letters, start=1):
        items = "".join(
            f'<li><a class="md-tag" href="{_e(href(site.tag_src(tag)))}">{_e(tag.name)}</a> '
            f'<span class="journal-count">{counts[tag.key]}</span></li>\n'
            for tag in letter_tags
        )
        html += (
            f'<section class="journal-tag-group">\n<h2 id="letter-{number}">{_e(letter)}</h2>\n'
            f'<ul class="journal-tag-index">\n{items}</ul>\n</section>\n\n'
        )
    return f"# Tags\n{anchor('title', html)}"


def _card(kind: str, label: str, stat: str, value: object, unit: str, detail: str) -> str:
    return (
        f'<div class="journal-card journal-card--{kind}"><span class="journal-card__label">'
        f'{label}</span><span class="journal-card__value" data-stat="{stat}">{_e(value)}</span>'
        f'<span class="journal-card__unit">{unit}</span>\n{detail}</div>\n'
    )


def dashboard_page(
    site: _Site, href: Href, set_aside: SetAside, anchor: Anchor, *,
    heatmap: dict[str, Any], recent: Sequence[EntryRef], top_tags: Sequence[tuple[Tag, int]],
    as_of: Any, percent: int, best: dict[str, Any], current: dict[str, Any],
    last: dict[str, Any], site_name: str,
) -> str:
    """`dashboard.md`."""
    stats = site.stats

    def detail(text: str) -> str:
        return f'<span class="journal-card__detail">{text}</span>'

    def days(count: int) -> str:
        return "day" if count == 1 else "days"

    if current["days"]:
        now = f"since {_e(short_date(current['start']))}"
    elif last["days"]:
        now = f"last streak ended {_e(short_date(last['end']))}"
    else:
        now = "no entries yet"
    best_span = (
        f"{_e(short_date(best['start']))} – {_e(short_date(best['end']))}" if best["days"] else "–"
    )
    goal, logged, entries = _e(stats["goal"]), _e(stats["days_logged"]), stats["entries"]
    progress = (
        f'<span class="journal-progress" role="progressbar" aria-valuemin="0" '
        f'aria-valuemax="{goal}" aria-valuenow="{logged}" aria-label="{percent}% of the goal">'
        f'<span class="journal-progress__bar" style="width: {percent}%"></span></span>\n'
    )
    first = (
        f"{_e(short_date(stats['first_date']))} → {_e(short_date(stats['last_date']))}"
        if stats["first_date"]
        else "write your first one"
    )
    cards = (
        _card("current", "Current streak", "current_streak", current["days"],
              days(current["days"]), detail(now))
        + _card("best", "Best streak", "best_streak", best["days"], days(best["days"]),
                detail(best_span))
        + _card("progress", "Days logged", "days_logged", stats["days_logged"], f"of {goal}",
                progress + detail(f"{percent}% of the goal"))
        + _card("entries", "Entries", "entries", entries,
                "entry" if entries == 1 else "entries", detail(first))
    )
    caption = (
        f"Days logged from {short_date(heatmap['first'])} to {short_date(heatmap['last'])}"
    )
    items = "".join(f"{entry_item(site, href, ref)}\n" for ref in recent)
    chips = []
    for tag, count in top_tags:
        target = href(site.tag_src(tag))
        chip = (
            f'<a class="md-tag" href="{_e(target)}">{_e(tag.name)}</a>'
            if target
            else f'<span class="md-tag">{_e(tag.name)}</span>'
        )
        chips.append(f'<li>{chip} <span class="journal-count">{_e(count)}</span></li>\n')
    html = (
        f'<div class="journal-cards">\n{cards}</div>\n\n'
        f"{heatmap_html(href, heatmap, caption)}\n\n"
        '<div class="journal-columns">\n<section class="journal-recent">\n'
        '<h2 id="recent-entries">Recent entries</h2>\n'
        f'<ul class="journal-list">\n{items}</ul>\n</section>\n'
        '<section class="journal-top-tags">\n<h2 id="top-tags">Top tags</h2>\n'
        f'<ul class="journal-tag-index">\n{"".join(chips)}</ul>\n</section>\n</div>\n\n'
        f'<p class="journal-meta journal-asof">Figures as of {_e(long_date(as_of))}.</p>'
    )
    return f"# {markdown_text(site_name)}\n{anchor('title', html)}"


BUILDERS: dict[str, Callable[..., str]] = {
    "day.md": day_page,
    "tag.md": tag_page,
    "month.md": month_page,
    "year.md": year_page,
    "archive.md": archive_page,
    "tags.md": tags_page,
    "dashboard.md": dashboard_page,
}
"""Template name → its Python rendering (used when neither it nor `_macros.md` is overridden)."""
