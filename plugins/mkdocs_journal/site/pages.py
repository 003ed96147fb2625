"""Turn a journal into generated pages: Markdown (with escaped HTML) from overridable templates.

Plain Python: the adapter registers what this returns with MkDocs (or another engine).
Every listing is bounded (a month, a page of a tag, a year of heatmap), so no page grows with N.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import secrets
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..core.journal import EntryRef, Journal
from ..core.model import Day, Entry, Tag
from ..core.streaks import shifted
from ..core.text import excerpt
from . import fastpages
from .formats import MONTHS, long_date, markdown_text, month_year, short_date
from .links import rewrite_links
from .urls import (
    day_src_uri,
    month_src_uri,
    relative_url,
    src_uri_to_url,
    tag_src_uri,
    year_src_uri,
)

TEMPLATES = Path(__file__).parent / "templates"
HEATMAP_WEEKS = 53
MIN_HEATMAP_WEEKS = 26
_NOT_ASCII_BMP = re.compile("[\x7f-\uffff]")
_UNSAFE_TAG = re.compile(
    # Math that pymdownx.arithmatex (generic: false) writes for MathJax 2 is kept whole: a
    # browser runs no script of type math/tex, and the element cannot hold a `</script`.
    r'(<script type="math/tex(?:; mode=display)?">.*?</script>)'
    r"|<(?=/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)[\s/>])",
    re.I | re.S,
)
# Unguessable, so text in an entry can never be taken for a placeholder.
_BLOCK_TOKEN = secrets.token_hex(6)
_BLOCK_PLACEHOLDER = re.compile(rf"<!--journal-html-{_BLOCK_TOKEN}-(\d+)-->")
# In the Markdown a placeholder is a plain word: any HTML, even a comment, would have
# Python-Markdown run its HTML parser over the whole page.
# Each alternative starts with a literal, so the regex engine skips ahead to candidates.
_BLOCK_WORD = re.compile(
    rf"(?:<p>journal{_BLOCK_TOKEN}block(\d+)</p>|journal{_BLOCK_TOKEN}block(\d+))(\s*)"
)
_HEADING_END = re.compile(r"</h[1-6]>")


@dataclass(frozen=True)
class Layout:
    """Where each kind of generated page lives."""

    day_url: str = "{yyyy}/{mm}/{dd}"
    tags_url: str = "tags"
    archive_url: str = "archive"
    dashboard_src: str = "index.md"
    assets_prefix: str = "entries"
    use_directory_urls: bool = True

    def url(self, src_uri: str) -> str:
        return src_uri_to_url(src_uri, self.use_directory_urls)

    def day(self, date: dt.date) -> str:
        return day_src_uri(self.day_url, date)

    def tag(self, tag: Tag, page: int = 1) -> str:
        return tag_src_uri(self.tags_url, tag.slug, page)

    @property
    def tag_index(self) -> str:
        return f"{self.tags_url}/index.md"

    @property
    def archive(self) -> str:
        return f"{self.archive_url}/index.md"

    def year(self, year: int) -> str:
        return year_src_uri(self.archive_url, year)

    def month(self, year: int, month: int) -> str:
        return month_src_uri(self.archive_url, year, month)


@dataclass(frozen=True)
class Options:
    """What to generate and how much of it."""

    pages: frozenset[str] = frozenset({"dashboard", "days", "tags", "archive"})
    excerpt_length: int = 200
    per_page: int = 50
    recent: int = 7
    top_tags: int = 15
    site_name: str = "Journal"


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    content: str
    kind: str
    title: str
    entry: Entry | None = None
    """The entry file behind a day page, for its edit link."""
    tags: tuple[Tag, ...] = field(default=())
    blocks: tuple[bytes, ...] = field(default=())
    """Finished HTML the content stands in for with placeholders: an engine converts the content,
    then puts these back with `restore_html_blocks` (Markdown would only re-parse them). Packed
    (UTF-8, long listings compressed): every page's blocks wait in memory until it is written."""
    anchored: tuple[tuple[int, str], ...] = field(default=())
    """Blocks placed by position instead of a placeholder: (index, "start" or "title"), the start
    of the page or right after its title heading (`anchor_html_blocks`); a placeholder paragraph
    costs Markdown as much as a short paragraph of text."""


class Renderer:
    """Jinja templates from the package, each overridable by a same-named file in a site folder."""

    def __init__(self, override_dirs: Iterable[Path] = ()) -> None:
        self.override_dirs = [path for path in override_dirs if path.is_dir()]
        search = [str(path) for path in self.override_dirs] + [str(TEMPLATES)]
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,  # one Renderer per build: no need to stat templates per page
        )
        self.env.filters["longdate"] = long_date
        self.env.filters["shortdate"] = short_date
        self.env.filters["monthyear"] = month_year
        self.env.filters["mdtext"] = markdown_text
        self.env.filters["html_block"] = html_block

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def overridden(self, name: str) -> bool:
        """Whether a site folder has its own `name`."""
        return any((folder / name).is_file() for folder in self.override_dirs)


def front_matter(meta: dict[str, Any]) -> str:
    """Front matter for a generated page, written as JSON (which YAML reads too): quoting is
    exact and it is ~20x faster than yaml.safe_dump, which matters with thousands of pages."""
    text = json.dumps(meta, ensure_ascii=False)
    # Escape what YAML refuses or folds raw (DEL, C1 controls, Unicode line breaks) and, so the
    # page's text stays compact ASCII, the rest of the BMP; YAML reads astral characters raw
    # but would split them if escaped as JSON's surrogate pairs.
    text = _NOT_ASCII_BMP.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return f"---\n{text}\n---\n\n"


@jinja2.pass_context
def html_block(context: Any, html: str) -> Markup:
    """Template filter for finished HTML: set it aside and leave a placeholder in the Markdown.

    Python-Markdown re-parses raw HTML tag by tag, which made listings and day-page chrome cost
    more than the entries themselves; the plugin puts the HTML back after conversion.
    """
    blocks = context.get("html_blocks")
    text = str(html)
    if blocks is None or not text.strip():
        return Markup(text)
    return Markup(_set_aside(blocks, text))


def _set_aside(blocks: list[bytes], text: str) -> str:
    blocks.append(_pack(text.strip()))
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}journal{_BLOCK_TOKEN}block{len(blocks) - 1}{trail}"


def hide_html_blocks(html: str) -> str:
    """The HTML Markdown made, its placeholder paragraphs turned into comments, which search
    indexers skip; one that opens the page loses the line break after it too (an indexer takes
    that for text before the title and indexes an empty section)."""
    text = html.lstrip()
    opening = len(html) - len(text)

    def comment(match: re.Match[str]) -> str:
        trail = "" if match.start() == 0 else match.group(3)
        return f"<!--journal-html-{_BLOCK_TOKEN}-{match.group(1) or match.group(2)}-->{trail}"

    hidden = _BLOCK_WORD.sub(comment, text)
    if opening and not hidden.startswith(f"<!--journal-html-{_BLOCK_TOKEN}-"):
        return html[:opening] + hidden
    return hidden


def _pack(html: str) -> bytes:
    """UTF-8 (a third of the memory of text with a `·` in it); a listing, repetitive markup
    for the most part, zlib-compressed to about a tenth."""
    data = html.encode("utf-8")
    return b"z" + zlib.compress(data, 1) if len(data) > 4096 else b"=" + data


def _unpack(data: bytes) -> str:
    return (zlib.decompress(data[1:]) if data[:1] == b"z" else data[1:]).decode("utf-8")


@functools.lru_cache(maxsize=100_000)
def _excerpt(body: str, length: int) -> str:
    """Excerpts, remembered across the rebuilds of a live preview (most entries do not change)."""
    return excerpt(body, length)


def anchor_html_blocks(html: str, anchored: Sequence[tuple[int, str]]) -> str:
    """The HTML Markdown made with a comment for each anchored block where `hide_html_blocks`
    leaves one for a placeholder paragraph in the same place (the title is the first element:
    its closing tag is the first one of a heading)."""
    if not anchored:
        return html
    start = after_title = ""
    for index, where in anchored:
        comment = f"<!--journal-html-{_BLOCK_TOKEN}-{index}-->"
        if where == "start":
            start += comment
        else:
            after_title += f"\n{comment}"
    if after_title:
        heading = _HEADING_END.search(html)
        end = heading.end() if heading else 0
        html = f"{html[:end]}{after_title}{html[end:]}"
    return start + html


def restore_html_blocks(html: str, blocks: Sequence[bytes]) -> str:
    """The page's HTML with each placeholder `html_block` left replaced by its block."""

    def block(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return _unpack(blocks[index]) if index < len(blocks) else match.group(0)

    return _BLOCK_PLACEHOLDER.sub(block, html)


class _Site:
    """Shared context for rendering one journal: URLs, heatmap levels, excerpts."""

    def __init__(
        self,
        journal: Journal,
        stats: dict[str, Any],
        layout: Layout,
        options: Options,
        renderer: Renderer,
    ) -> None:
        self.journal = journal
        self.stats = stats
        self.layout = layout
        self.options = options
        self.renderer = renderer
        # Counted once: every heatmap cell asks (a cache on Day would cost each a __dict__).
        self.words = {day.date: day.words for day in journal.days}
        self.levels = _word_thresholds(self.words.values())
        self.has_days = "days" in options.pages
        self.has_tags = "tags" in options.pages
        self.has_archive = "archive" in options.pages
        self.entry_pages = (
            {entry.rel_path: layout.day(day.date) for day in journal.days for entry in day.entries}
            if self.has_days
            else {}
        )
        self.blocks: dict[str, tuple[bytes, ...]] = {}
        self.anchored: dict[str, tuple[tuple[int, str], ...]] = {}
        # The packaged templates a site keeps are rendered by fastpages, without Jinja.
        self.builders = (
            {}
            if renderer.overridden("_macros.md")
            else {
                name: build
                for name, build in fastpages.BUILDERS.items()
                if not renderer.overridden(name)
            }
        )
        self.items: dict[tuple[Any, ...], str] = {}
        """Listing items built by fastpages, by entry and link target."""

    def page(self, name: str, src_uri: str, meta: dict[str, Any], **context: Any) -> str:
        here = self.layout.url(src_uri)

        def href(target_src: str | None) -> str | None:
            if target_src is None:
                return None
            return relative_url(here, self.layout.url(target_src))

        blocks: list[bytes] = []
        build = self.builders.get(name)
        if build is not None:
            anchored: list[tuple[int, str]] = []

            def anchor(where: str, html: str) -> str:
                blocks.append(_pack(html.strip()))
                anchored.append((len(blocks) - 1, where))
                return ""

            body = build(self, href, functools.partial(_set_aside, blocks), anchor, **context)
            if anchored:
                self.anchored[src_uri] = tuple(anchored)
        else:
            body = self.renderer.render(
                name,
                href=href,
                site=self,
                layout=self.layout,
                stats=self.stats,
                options=self.options,
                html_blocks=blocks,
                **context,
            )
        if blocks:
            self.blocks[src_uri] = tuple(blocks)
        return front_matter(meta) + body

    def day_src(self, day: Day) -> str | None:
        return self.layout.day(day.date) if self.has_days else None

    def tag_src(self, tag: Tag) -> str | None:
        return self.layout.tag(tag) if self.has_tags else None

    def month_src(self, date: dt.date) -> str | None:
        return self.layout.month(date.year, date.month) if self.has_archive else None

    def excerpt(self, entry: Entry) -> str:
        return _excerpt(entry.body, self.options.excerpt_length)

    def heatmap(self, first: dt.date, last: dt.date) -> dict[str, Any]:
        """Weeks (Monday first) of cells from `first` to `last`: level, title and target each."""
        start = first - dt.timedelta(days=first.weekday())
        weeks: list[list[dict[str, Any] | None]] = []
        months: list[tuple[int, str]] = []
        date: dt.date | None = start
        while date is not None and date <= last:
            week: list[dict[str, Any] | None] = []
            for _ in range(7):
                if first <= date <= last:
                    week.append(self._cell(date))
                    if date.day == 1 or (date == first and date.day < 8):
                        months.append((len(weeks), MONTHS[date.month - 1][:3]))
                else:
                    week.append(None)
                if date == dt.date.max:  # 9999-12-31: no date follows, the week ends empty
                    week += [None] * (7 - len(week))
                    date = None
                    break
                date += dt.timedelta(days=1)
            weeks.append(week)
        return {"weeks": weeks, "months": months, "first": first, "last": last}

    def _cell(self, date: dt.date) -> dict[str, Any]:
        day = self.journal.day_of_date.get(date)
        if day is None:
            return {
                "date": date,
                "level": 0,
                "src": None,
                "title": f"{date.isoformat()}: nothing logged",
            }
        label = f" · {day.label}" if day.label else ""
        if day.date != date:
            label = f" · part of {day.label or day.date.isoformat()}"
        words = self.words[day.date]
        entries = len(day.entries)
        summary = f"{entries} entries, {words} words" if entries > 1 else f"{words} words"
        return {
            "date": date,
            "level": _level(words, self.levels) if day.date == date else 1,
            "src": self.day_src(day),
            "title": f"{date.isoformat()}{label}: {day.title} ({summary})",
        }


def _word_thresholds(words: Iterable[int]) -> tuple[int, int, int]:
    """Quartile cut points of words per day, so shading is relative to the writer's own habit."""
    ordered = sorted(words)
    if not ordered:
        return (0, 0, 0)
    return tuple(ordered[min(len(ordered) - 1, len(ordered) * q // 4)] for q in (1, 2, 3))  # type: ignore[return-value]


def _level(words: int, thresholds: tuple[int, int, int]) -> int:
    return 1 + sum(words > cut for cut in thresholds)


def disarm_raw_html(html: str) -> str:
    """Rendered entry HTML with the tags that run script or swallow the page (GitHub's
    `tagfilter` list: script, style, iframe, textarea…) turned into visible text; other raw HTML
    (`<details>`, `<kbd>`, `<img>`) and code spans, already escaped by Markdown, are untouched."""
    return _UNSAFE_TAG.sub(_disarm, html)


def _disarm(match: re.Match[str]) -> str:
    return match.group(1) or "&lt;"


def generate_pages(
    journal: Journal,
    stats: dict[str, Any],
    layout: Layout,
    options: Options,
    renderer: Renderer,
    *,
    day_window: set[dt.date] | None = None,
) -> list[GeneratedPage]:
    """Every page the journal needs; `day_window` limits which day pages are rendered (preview)."""
    site = _Site(journal, stats, layout, options, renderer)
    pages: list[GeneratedPage] = []
    if "days" in options.pages:
        pages.extend(_day_pages(site, day_window))
    if "tags" in options.pages:
        pages.extend(_tag_pages(site, day_window))
    if "archive" in options.pages:
        pages.extend(_archive_pages(site, day_window))
    if "dashboard" in options.pages:
        pages.append(_dashboard(site))
    return [
        replace(
            page,
            blocks=site.blocks[page.src_uri],
            anchored=site.anchored.get(page.src_uri, ()),
        )
        if page.src_uri in site.blocks
        else page
        for page in pages
    ]


def _day_pages(site: _Site, window: set[dt.date] | None) -> Iterable[GeneratedPage]:
    days = site.journal.days
    for index, day in enumerate(days):
        if window is not None and day.date not in window:
            continue
        src = site.layout.day(day.date)
        previous = days[index - 1] if index > 0 else None
        following = days[index + 1] if index + 1 < len(days) else None
        entries = [
            {
                "title": entry_title,
                "tags": [site.journal.tag(name) for name in entry.tags],
                "body": Markup(
                    rewrite_links(
                        entry.body,
                        entry.rel_path,
                        site.layout.assets_prefix,
                        src,
                        site.entry_pages,
                    )
                ),
            }
            for entry, entry_title in zip(day.entries, day.titles, strict=True)
        ]
        title = (
            day.title
            if len(day.entries) == 1
            else (f"{day.label}: {short_date(day.date)}" if day.label else long_date(day.date))
        )
        meta = {
            # The theme prints title and description unescaped, so they go in escaped.
            "title": str(escape(title)),
            "tags": [tag.name for tag in day.tags],
            "description": str(escape(site.excerpt(day.entries[0]))),
            "date": day.date.isoformat(),
            "journal": "day",
        }
        yield GeneratedPage(
            src,
            site.page(
                "day.md",
                src,
                meta,
                day=day,
                title=title,
                previous=previous,
                next=following,
                entries=entries,
            ),
            "day",
            title,
            entry=day.entries[0],
            tags=day.tags,
        )


def _tag_pages(site: _Site, window: set[dt.date] | None) -> Iterable[GeneratedPage]:
    journal, layout = site.journal, site.layout
    per_page = site.options.per_page
    counts = {tag.key: len(journal.tag_entries[tag.key]) for tag in journal.tags}
    index_src = layout.tag_index
    by_letter: dict[str, list[Tag]] = defaultdict(list)
    for tag in journal.tags:
        first = tag.key[:1].upper()
        by_letter[first if first.isalpha() else "#"].append(tag)
    yield GeneratedPage(
        index_src,
        site.page(
            "tags.md",
            index_src,
            {"title": "Tags", "search": {"exclude": True}, "journal": "tags"},
            tags=journal.tags,
            counts=counts,
            letters=sorted(by_letter.items()),
        ),
        "tags",
        "Tags",
    )
    for tag in journal.tags:
        refs = journal.tag_entries[tag.key]
        chunks = [refs[i : i + per_page] for i in range(0, len(refs), per_page)] or [()]
        for number, chunk in enumerate(chunks, start=1):
            if window is not None and number > 1 and not any(r.day.date in window for r in chunk):
                continue  # live preview: a tag's older pages wait for the full build
            src = layout.tag(tag, number)
            title = f"#{tag.name}" if number == 1 else f"#{tag.name} (page {number})"
            pager = {
                "number": number,
                "count": len(chunks),
                "previous": layout.tag(tag, number - 1) if number > 1 else None,
                "next": layout.tag(tag, number + 1) if number < len(chunks) else None,
            }
            yield GeneratedPage(
                src,
                site.page(
                    "tag.md",
                    src,
                    {"title": str(escape(title)), "search": {"exclude": True}, "journal": "tag"},
                    tag=tag,
                    refs=chunk,
                    total=len(refs),
                    pager=pager,
                    heading=title,
                ),
                "tag",
                title,
            )


def _archive_pages(site: _Site, window: set[dt.date] | None) -> Iterable[GeneratedPage]:
    journal, layout = site.journal, site.layout
    months: dict[tuple[int, int], list[Day]] = defaultdict(list)
    for day in journal.days:
        months[(day.date.year, day.date.month)].append(day)
    years: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for year, month in sorted(months):
        years[year].append((year, month))
    entry_counts = {key: sum(len(day.entries) for day in days) for key, days in months.items()}
    year_list = sorted(years, reverse=True)
    index_src = layout.archive
    yield GeneratedPage(
        index_src,
        site.page(
            "archive.md",
            index_src,
            {"title": "Archive", "search": {"exclude": True}, "journal": "archive"},
            years=[(year, list(reversed(years[year]))) for year in year_list],
            months={key: len(days) for key, days in months.items()},
            entry_counts=entry_counts,
            month_names=MONTHS,
        ),
        "archive",
        "Archive",
    )
    # Live preview renders the months (and years) of the window's days; the index lists all.
    shown = {(date.year, date.month) for date in window} if window is not None else set(months)
    for year in year_list:
        if not any(key in shown for key in years[year]):
            continue
        src = layout.year(year)
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        yield GeneratedPage(
            src,
            site.page(
                "year.md",
                src,
                {
                    "title": str(year),
                    "search": {"exclude": True},
                    "hide": ["toc"],
                    "journal": "year",
                },
                year=year,
                heatmap=site.heatmap(first, last),
                months=list(reversed(years[year])),
                counts={key: len(months[key]) for key in years[year]},
                entry_counts=entry_counts,
                month_names=MONTHS,
            ),
            "year",
            str(year),
        )
    keys = sorted(months)
    for index, (year, month) in enumerate(keys):
        if (year, month) not in shown:
            continue
        src = layout.month(year, month)
        title = f"{MONTHS[month - 1]} {year}"
        previous = keys[index - 1] if index > 0 else None
        following = keys[index + 1] if index + 1 < len(keys) else None
        yield GeneratedPage(
            src,
            site.page(
                "month.md",
                src,
                {"title": title, "search": {"exclude": True}, "journal": "month"},
                title=title,
                year=year,
                days=months[(year, month)],
                refs=[
                    EntryRef(day, entry, entry_title)
                    for day in months[(year, month)]
                    for entry, entry_title in zip(day.entries, day.titles, strict=True)
                ],
                previous=(layout.month(*previous), f"{MONTHS[previous[1] - 1]} {previous[0]}")
                if previous
                else None,
                next=(layout.month(*following), f"{MONTHS[following[1] - 1]} {following[0]}")
                if following
                else None,
            ),
            "month",
            title,
        )


def _dashboard(site: _Site) -> GeneratedPage:
    journal, stats = site.journal, site.stats
    as_of = dt.date.fromisoformat(stats["as_of"])
    last_logged = max(journal.logged_dates) if journal.logged_dates else as_of
    # A year of cells ending today, unless the journal ended long ago: then its last year.
    # A young journal gets half a year from its first month, not a year of empty cells.
    end = as_of if (as_of - last_logged).days < 365 else last_logged
    first = shifted(end, -(7 * (HEATMAP_WEEKS - 1) + end.weekday()))
    if journal.logged_dates:
        young = min(
            min(journal.logged_dates).replace(day=1), shifted(end, -7 * MIN_HEATMAP_WEEKS)
        )
        first = max(first, shifted(young, -young.weekday()))
    recent: list[EntryRef] = []
    for day in reversed(journal.days):
        for entry, title in reversed(list(zip(day.entries, day.titles, strict=True))):
            recent.append(EntryRef(day, entry, title))
        if len(recent) >= site.options.recent:
            break
    top = [
        (journal.tag(item["name"]), item["count"])
        for item in stats["tags"][: site.options.top_tags]
    ]
    src = site.layout.dashboard_src
    title = "Dashboard"
    return GeneratedPage(
        src,
        site.page(
            "dashboard.md",
            src,
            {"title": title, "search": {"exclude": True}, "hide": ["toc"], "journal": "dashboard"},
            heatmap=site.heatmap(first, end),
            recent=recent[: site.options.recent],
            top_tags=top,
            as_of=as_of,
            percent=round(stats["progress"] * 100),
            best=_streak_dates(stats["best_streak"]),
            current=_streak_dates(stats["current_streak"]),
            last=_streak_dates(stats["last_streak"]),
            site_name=site.options.site_name,
        ),
        "dashboard",
        title,
    )


def _streak_dates(streak: dict[str, Any]) -> dict[str, Any]:
    return {
        "days": streak["days"],
        "start": dt.date.fromisoformat(streak["start"]) if streak["start"] else None,
        "end": dt.date.fromisoformat(streak["end"]) if streak["end"] else None,
    }
