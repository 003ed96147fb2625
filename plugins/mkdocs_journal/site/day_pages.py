"""Day pages: the entries' Markdown, and the data `journal/day.html` draws around it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import escape

from ..core.anniversaries import OnThisDay
from ..core.journal import EntryRef
from ..core.model import Day
from ..publish.share import ShareLink, card_tags, share_links, share_text
from .formats import markdown_text
from .headings import nest_headings
from .links import image_address, images, is_web_address, rewrite_links, site_address
from .views import Link, ListItem, PageData, SiteContext, TagLink

DAY_TEMPLATE = "journal/day.html"


@dataclass(frozen=True)
class EntryView:
    title: str
    tags: tuple[TagLink, ...]


@dataclass(frozen=True)
class DayView:
    """What `journal/day.html` receives as `page.journal`."""

    day: Day
    date: dt.date
    title: str
    label: str
    month: Link | None
    """The month page this day is listed on (None without archive pages)."""
    tags: tuple[TagLink, ...]
    entries: tuple[EntryView, ...]
    previous: Link | None
    next: Link | None
    on_this_day: tuple[ListItem, ...] = ()
    """Entries written on this date in earlier years (29 Feb ones on 28 Feb of common years)."""
    share: tuple[ShareLink, ...] = ()
    """Intent links to post the day (only with `site_url`: they carry the page's address)."""
    card_head: str = ""
    """Open Graph / Twitter card `<meta>` tags, escaped (only with `site_url`)."""


def day_title(site: SiteContext, day: Day) -> str:
    """One entry: its title. Several: the day's label and date, since each entry has a heading."""
    if len(day.entries) == 1:
        return site.day_title(day)
    words, label = site.lang, site.day_label(day)
    if label:
        return words.text("day_title", label=label, date=words.short_date(day.date))
    return words.long_date(day.date)


def day_markdown(site: SiteContext, day: Day, src_uri: str) -> str:
    """The entries' bodies, links pointed from the day page; with several entries each is
    introduced by its title as a `##` heading, which the page's table of contents lists, and
    its own headings nest under that title."""
    layout = site.layout
    bodies = [
        rewrite_links(entry.body, entry.rel_path, layout.assets_prefix, src_uri, site.entry_pages)
        for entry in day.entries
    ]
    if len(bodies) == 1:
        return bodies[0]
    return "".join(
        f"## {markdown_text(title)}\n\n{nest_headings(body)}\n\n"
        for title, body in zip(site.day_titles(day), bodies, strict=True)
    )


def _pager_link(site: SiteContext, day: Day | None) -> Link | None:
    if day is None:
        return None
    label = site.day_label(day) or day.date.isoformat()
    title = site.day_title(day)
    # An untitled day is titled by its label: "Day 10", not "Day 10 · Day 10".
    text = label if title in (label, site.lang.day_label(day.number, day.number_end)) else (
        f"{label} · {title}"
    )
    return Link(site.day_url(day), text)


def day_pages(site: SiteContext, window: set[dt.date] | None = None) -> Iterator[PageData]:
    """A page per day (only the days in `window`, for a live preview, when one is given)."""
    days = site.journal.days
    remembered = OnThisDay(days)
    for index, day in enumerate(days):
        if window is not None and day.date not in window:
            continue
        src_uri = site.layout.day(day.date)
        title = day_title(site, day)
        month = (
            Link(site.month_url(day.date.year, day.date.month), site.lang.month_year(day.date))
            if site.has_archive
            else None
        )
        markdown = day_markdown(site, day, src_uri)
        share, card = _sharing(site, day, title, _card_image(site, markdown, src_uri))
        view = DayView(
            day=day,
            date=day.date,
            title=title,
            label=site.day_label(day),
            month=month,
            tags=site.tag_links(day.tags),
            entries=tuple(
                EntryView(entry_title, site.tag_links(entry.tags))
                for entry, entry_title in zip(day.entries, site.day_titles(day), strict=True)
            ),
            previous=_pager_link(site, days[index - 1] if index > 0 else None),
            next=_pager_link(site, days[index + 1] if index + 1 < len(days) else None),
            on_this_day=on_this_day_items(site, remembered, day.date),
            share=share,
            card_head=card,
        )
        meta = {
            "template": DAY_TEMPLATE,
            # Material prints title and description unescaped, so they go in escaped.
            "title": str(escape(title)),
            "tags": [tag.name for tag in day.tags],
            "description": str(escape(site.excerpt(day.entries[0]))),
            "date": day.date.isoformat(),
        }
        yield PageData(
            src_uri, "day", title, meta, view, markdown,
            day.entries[0].rel_path,
        )


def on_this_day_items(
    site: SiteContext, remembered: OnThisDay, date: dt.date
) -> tuple[ListItem, ...]:
    """The entries of the days `remembered` has for `date`, newest year first."""
    return tuple(
        site.item(EntryRef(day, entry, title))
        for day in remembered.earlier(date)
        for entry, title in zip(day.entries, day.titles, strict=True)
    )


def _card_image(site: SiteContext, markdown: str, src_uri: str) -> str | None:
    """The link card's image: the day's first PNG, JPEG, GIF or WebP image, else the site's
    `card_image`, made absolute with `site_url`; None without either, or without `site_url`."""
    site_url = site.options.site_url
    if not site_url:
        return None
    for target in images(markdown):
        own = image_address(target, src_uri, site_url)
        if own:
            return own
    fallback = site.options.card_image
    if not fallback:
        return None
    if is_web_address(fallback):
        return fallback
    return site_address(site_url, quote(fallback.lstrip("/")))


def _sharing(
    site: SiteContext, day: Day, title: str, image: str | None = None
) -> tuple[tuple[ShareLink, ...], str]:
    """The day's share links and link card, when the site's address is known."""
    options = site.options
    page_url = site.day_url(day)
    if not options.site_url or page_url is None:
        return (), ""
    url = site_address(options.site_url, page_url)
    round_ = site.journal.rounds[day.round - 1] if day.round is not None else None
    number = ""
    if day.number is not None:
        end = day.number_end
        number = f"{day.number}–{end}" if end is not None and end != day.number else str(day.number)
    text = share_text(
        options.share_text, day=number, goal=round_.goal if round_ else options.goal,
        challenge=round_.name if round_ else options.challenge,
        round=site.lang.round_short(round_.number) if round_ else "", title=title, url=url,
        date=day.date.isoformat(),
    )
    links = share_links(text, url, options.share, options.mastodon_instance)
    card = card_tags(
        title=title, description=site.excerpt(day.entries[0]), url=url,
        site_name=options.site_name, image=image,
    )
    return links, card
