"""The MkDocs adapter: reads config, calls the plain-Python core, registers generated pages.

Events:
- `on_config`: resolve the entries folder; put the journal's templates on the theme's path
  (after `custom_dir` and the theme, so a site overrides any of them) and add its stylesheet.
- `on_files`: parse every entry, build the journal, add day/tag/archive/dashboard pages (each a
  `JournalPage` whose theme template draws it), entry images and files, and (when `nav` is not
  set) a short navigation: Dashboard, your pages, Archive, Tags.
- `on_nav`: refuse a page another plugin added later (Material's blog) where a journal page goes.
- `on_page_markdown` (first): escape a day page's tags, which the theme shows as HTML.
- `on_page_content`: sanitize the HTML of day pages and the introduction (`sanitize`); keep
  the HTML of the days the feed carries.
- `on_env`: the journal's words for its templates: `journal_t`, `journal_tn`, date filters.
- `on_post_page` (first): link the feed from every page's head, put a day page's date there.
- `on_post_build`: write `stats.json`, the badges and the feed.
- `on_serve`: rebuild when an entry changes.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .compat import check_rss, refuse_replaced_pages
from .config import DEFAULT_ENTRIES_DIR, JournalConfig, core_rounds
from .converter import SharedConverter, shareable
from .core.dates import as_of_date
from .core.errors import JournalError
from .core.journal import (
    Journal,
    build_journal,
    folder_files,
    future_ranges,
    is_entry_name,
    load_entries,
)
from .core.model import Day, Entry
from .core.preamble import read_preambles
from .core.stats import journal_stats
from .navigation import IN_NAV_KINDS, default_nav, nav_plugins, titles_in_nav
from .page import JournalPage
from .publish.badges import write_badges
from .publish.feed import FEED_PATH, FeedSettings, atom_feed, latest_days
from .publish.head import add_to_head, head_tags
from .publish.stats_file import stats_json
from .site.generate import generate_pages
from .site.i18n import ENGLISH
from .site.layout import Layout, Options
from .site.not_found import fix_not_found_page
from .site.sanitize import sanitize_html
from .site.urls import relative_url
from .site.views import PageData, day_title
from .site.window import serve_window
from .theme import add_journal_templates, site_words

log = get_plugin_logger(__name__)

ASSETS = Path(__file__).parent / "site" / "assets"
STYLESHEET = "assets/mkdocs-journal/journal.css"
USER_TEXT_KINDS = {"day", "introduction"}
"""Pages whose HTML comes from what the user wrote, raw HTML included."""


def _check_collision(dest_uri: str, page: PageData, users: dict[str, str],
                     generated: dict[str, PageData]) -> None:
    """Stop before a generated page silently replaces a user's file or another generated page."""
    if dest_uri in users:
        raise PluginError(
            f"journal: {users[dest_uri]} and the journal's {page.kind} page {page.src_uri} "
            f"would both be written to {dest_uri}; rename your file, or move the journal's "
            f"pages with the day_url, tags_url or archive_url option"
        )
    if dest_uri in generated:
        other = generated[dest_uri]
        raise PluginError(
            f"journal: the {other.kind} page {other.src_uri} and the {page.kind} page "
            f"{page.src_uri} would both be written to {dest_uri}; give day_url, tags_url and "
            f"archive_url folders of their own"
        )


def journal_instances_problem(config: MkDocsConfig) -> str | None:
    """Why the site can't be built when `plugins` lists the journal more than once: a second
    instance would overwrite the first one's stats.json, feed and pages."""
    count = sum(isinstance(plugin, JournalPlugin) for plugin in config.plugins.values())
    if count <= 1:
        return None
    name = Path(config.config_file_path or "mkdocs.yml").name
    return (
        f"{name}: the journal plugin is listed {count} times under 'plugins'; one journal per "
        f"site for now: keep one '- journal' entry"
    )


class JournalPlugin(BasePlugin[JournalConfig]):
    # Declared so that MkDocs does not warn about a second instance: on_config refuses it with
    # a message that says what to do instead.
    supports_multiple_instances = True

    def __init__(self) -> None:
        self.journal: Journal | None = None
        self.stats: dict[str, Any] = {}
        self.layout = Layout()
        self.entries_dir = Path("entries")
        self.feed_urls: set[str] = set()
        self.feed_html: dict[str, str] = {}
        self.serving = False
        self.serve_started = 0.0
        self.entry_cache: dict[Path, Any] = {}
        self.words = ENGLISH
        self.generated: dict[str, PageData] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Also keeps this instance across serve's rebuilds (MkDocs does so for on_startup).
        self.serving = command == "serve"
        self.serve_started = time.time()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if problem := journal_instances_problem(config):
            raise PluginError(problem)
        root = Path(config.config_file_path or ".").resolve().parent
        self.entries_dir = (root / self.config.entries_dir).resolve()
        if not self.entries_dir.is_dir():
            name = Path(config.config_file_path or "mkdocs.yml").name
            if self.config.entries_dir != DEFAULT_ENTRIES_DIR:  # set by hand: a typo, likely
                raise PluginError(
                    f"journal: entries folder '{self.config.entries_dir}' not found next to "
                    f"{name} (create it or set 'entries_dir')"
                )
            # A new journal: an empty site, and the way to its first entry.
            log.info(
                "no '%s' folder next to %s yet: the journal is empty; write the first entry "
                "with 'journal new' (it creates the folder)", self.config.entries_dir, name,
            )
        self.root = root
        add_journal_templates(config, root)
        self.words = site_words(config, self.config.labels)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            entries = load_entries(
                self.entries_dir, self.root, self.entry_cache if self.serving else None
            )
            preambles = read_preambles(self.entries_dir, self.root)
        except JournalError as error:
            raise PluginError(str(error)) from None
        for preamble in preambles:
            if preamble.left_out and "introduction" in self.config.pages:
                log.info(
                    "%s/%s: lines %s left out of the introduction: hand-kept streak figures, "
                    "which the dashboard counts (delete them to silence this)",
                    self.entries_dir.name, preamble.rel_path,
                    ", ".join(map(str, preamble.left_out)),
                )
        try:
            as_of = as_of_date(self.config.as_of, self.config.timezone)
        except JournalError as error:
            raise PluginError(str(error)) from None
        too_long = future_ranges(entries, as_of)
        if too_long:
            raise PluginError(str(too_long[0]))
        try:
            journal = build_journal(
                entries, start=self.config.start, numbering=self.config.numbering,
                rounds=core_rounds(self.config.rounds),
            )
        except JournalError as error:
            raise PluginError(str(error)) from None
        stats = journal_stats(journal, goal=self.config.goal, as_of=as_of)

        # Entries kept inside the docs folder are the journal's to publish (drafts not at all),
        # not extra pages: left in, every one would also join the navigation.
        for file in files.documentation_pages():
            if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(
                self.entries_dir
            ):
                files.remove(file)

        # The user's home page (index.md, or README.md, which MkDocs also publishes as index.html).
        user_index = next(
            (file for file in files.documentation_pages() if file.dest_uri == "index.html"), None
        )
        if user_index is None and "dashboard" not in self.config.pages:
            log.warning(
                "the site has no home page: 'pages' leaves out the dashboard and %s/ has no "
                "index.md (add one, or put 'dashboard' back in 'pages')",
                Path(config.docs_dir).name,
            )
        self.layout = Layout(
            day_url=self.config.day_url,
            tags_url=self.config.tags_url,
            archive_url=self.config.archive_url,
            dashboard_src="dashboard.md" if user_index else "index.md",
            assets_prefix=self.entries_dir.name,
            use_directory_urls=config.use_directory_urls,
        )
        options = Options(
            pages=frozenset(self.config.pages),
            excerpt_length=self.config.excerpt_length,
            per_page=self.config.per_page,
            recent=self.config.recent,
            top_tags=self.config.top_tags,
            site_name=config.site_name,
            site_url=config.site_url or None,
            goal=self.config.goal,
            share=tuple(self.config.share),
            share_text=self.config.share_text,
            challenge=self.config.challenge,
            mastodon_instance=self.config.mastodon_instance,
        )
        day_window = self._serve_window(journal, entries) if self.serving else None
        pages = generate_pages(
            journal, stats, self.layout, options, day_window=day_window, preambles=preambles,
            words=self.words,
        )
        check_rss(config.plugins, pages)

        docs_dir = Path(config.docs_dir)
        users = {file.dest_uri: f"{docs_dir.name}/{file.src_uri}" for file in files}
        generated: dict[str, PageData] = {}
        converter = (
            SharedConverter() if self.config.reuse_markdown and shareable(config) else None
        )
        log.debug(
            "journal day pages converted by %s",
            "one shared Markdown converter" if converter else "a Markdown converter each",
        )
        # A page the user's own nav lists takes the title the nav gives it.
        nav_titles = dict(titles_in_nav(config.nav))
        for page in pages:
            in_nav = page.kind in IN_NAV_KINDS
            inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(
                config, page.src_uri, content=page.markdown or "", inclusion=inclusion
            )
            _check_collision(file.dest_uri, page, users, generated)
            generated[file.dest_uri] = page
            if page.source is not None:
                entry_file = self.entries_dir / page.source
                file.edit_uri = Path(os.path.relpath(entry_file, docs_dir)).as_posix()
                # The entry is the day page's source for plugins that ask git about it
                # (git-revision-date-localized skips "generated" files, rss needs a path).
                # MkDocs still renders the in-memory content, and never copies a page.
                file.abs_src_path = str(entry_file)
                file.generated_by = None
            # MkDocs' navigation keeps file.page.
            JournalPage(nav_titles.get(page.src_uri), file, config, page, converter)
            files.append(file)
        self._add_entry_assets(files, config)
        files.append(File.generated(config, STYLESHEET, abs_src_path=str(ASSETS / "journal.css")))
        # Another plugin that makes the navigation (awesome-nav, literate-nav…) gets the pages
        # as they are; a `nav` written here would fight it (awesome-nav fails with --strict).
        if config.nav is None and not nav_plugins(config.plugins):
            config.nav = default_nav(files, pages)

        self.journal, self.stats = journal, stats
        self.generated = generated
        self.feed_urls = {self.layout.url(self.layout.day(day.date)) for day in self._feed_days()}
        self.feed_html = {}
        log.info(
            "%d entries on %d days, %d tags; current streak %d, best %d",
            journal.entry_count, len(journal.days), len(journal.tags),
            stats["current_streak"]["days"], stats["best_streak"]["days"],
        )
        return files

    def on_nav(self, nav: Any, config: MkDocsConfig, files: Files) -> Any:
        refuse_replaced_pages(files, self.generated)
        return nav

    def _add_entry_assets(self, files: Files, config: MkDocsConfig) -> None:
        """Images and other files beside the entries, published under the same relative paths."""
        # The same walk as the entries': symlinked folders followed once, hidden files left out.
        for path in folder_files(self.entries_dir):
            relative = path.relative_to(self.entries_dir)
            if not path.is_file() or is_entry_name(path):
                continue
            src_uri = f"{self.layout.assets_prefix}/{relative.as_posix()}"
            if files.get_file_from_path(src_uri) is None:
                files.append(File.generated(config, src_uri, abs_src_path=str(path)))

    def _serve_window(self, journal: Journal, entries: list[Entry]) -> set[dt.date] | None:
        """Live preview renders recent days and the ones being edited (`serve_window_days`)."""
        edited = []
        for entry in entries:
            try:
                if (self.entries_dir / entry.rel_path).stat().st_mtime >= self.serve_started:
                    edited.append(entry.date)
            except OSError:  # deleted since it was read: the next rebuild will not list it
                continue
        window = serve_window(journal, self.config.serve_window_days, edited)
        if window is not None:
            log.info(
                "serve: day pages of the last %d days and of entries edited now (%d of %d days); "
                "'mkdocs build' renders every day",
                self.config.serve_window_days, len(window), len(journal.days),
            )
        return window

    def _feed_days(self) -> list[Day]:
        if self.journal is None or not self.config.feed or "days" not in self.config.pages:
            return []
        return latest_days(self.journal.days, self.config.feed_length)

    @event_priority(100)  # before any plugin reads the page's tags: Material's search and tags
    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        # The theme shows a page's meta tags as HTML (search results, Material's tags plugin);
        # a day page's tags are text. Chips, feed and stats read the journal, not this meta.
        tags = page.meta.get("tags")
        if isinstance(page, JournalPage) and page.kind == "day" and isinstance(tags, list):
            page.meta["tags"] = [escape(str(tag)) for tag in tags]
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not (isinstance(page, JournalPage) and page.kind in USER_TEXT_KINDS):
            return html
        if self.config.sanitize:
            html = sanitize_html(html)
        if page.url in self.feed_urls:
            self.feed_html[page.url] = html
        return f'<div class="journal-entries">{html}</div>'  # journal.css: its links underlined

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        words = self.words
        env.filters["journal_longdate"] = words.long_date
        env.filters["journal_shortdate"] = words.short_date
        env.filters["journal_monthyear"] = words.month_year
        env.filters["journal_number"] = words.number
        env.globals["journal_t"] = words.markup
        env.globals["journal_tn"] = words.markup
        env.globals["journal_arrow"] = words.arrow
        return env

    @event_priority(100)  # first, so a plugin that minifies the page sees the finished HTML
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self.journal is None:
            return output
        is_day = isinstance(page, JournalPage) and page.kind == "day"
        feeds = bool(self.feed_urls and config.site_url)
        feed_href = relative_url(page.url, FEED_PATH) if feeds else None
        published = str(page.meta.get("date", "")) if is_day else None
        tags = head_tags(feed_href=feed_href, feed_title=config.site_name, published=published)
        if is_day:
            tags += page.journal.card_head  # type: ignore[attr-defined]
        return add_to_head(output, tags)

    def _publish(self, config: MkDocsConfig) -> None:
        """Badges and feed: the files people embed in a README or subscribe to."""
        site_dir = Path(config.site_dir)
        if self.config.badges:
            write_badges(site_dir, self.stats, self.words)
        if not self.feed_urls:
            return
        if not config.site_url:
            log.info("no feed written: set site_url in mkdocs.yml (its links must be absolute)")
            return
        settings = FeedSettings(
            site_url=config.site_url, title=config.site_name, subtitle=config.site_description,
            author=config.site_author, timezone=self.config.timezone,
            content=self.config.feed_content, excerpt_length=self.config.excerpt_length,
        )
        feed = atom_feed(
            self._feed_days(), settings, lambda day: self.layout.url(self.layout.day(day.date)),
            self.feed_html, lambda day: day_title(self.words, day),
        )
        (site_dir / FEED_PATH).write_bytes(feed)

    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.journal is None:
            return
        self._publish(config)
        target = Path(config.site_dir) / "stats.json"
        target.write_text(stats_json(self.stats, self.layout), encoding="utf-8")
        dashboard = "dashboard" in self.config.pages
        home = self.layout.url(self.layout.dashboard_src) if dashboard else ""
        fix_not_found_page(Path(config.site_dir), site_url=config.site_url, home=home,
                           words=self.words.text("back_to_dashboard"), marker=STYLESHEET)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        if self.entries_dir.is_dir():  # a folder made later is seen when serve restarts
            server.watch(str(self.entries_dir))
        return server
