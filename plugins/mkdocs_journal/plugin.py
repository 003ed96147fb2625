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
- `on_post_template`: make the theme's 404 page work under a sub-path, with a way back.
- `on_post_build`: write `stats.json`, the badges and the feed.
- `on_serve`: rebuild when an entry changes.
"""

from __future__ import annotations

import datetime as dt
import time
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .compat import check_rss, refuse_replaced_pages
from .config import DEFAULT_ENTRIES_DIR, JournalConfig, site_layout, site_options
from .config_types import core_rounds
from .converter import SharedConverter, shareable
from .core.dates import as_of_date
from .core.errors import JournalError
from .core.files import folder_files, load_entries
from .core.journal import Journal, build_journal, future_ranges
from .core.model import Day, Entry
from .core.preamble import read_preambles
from .core.stats import journal_stats
from .navigation import default_nav, nav_plugins
from .page import JournalPage
from .publish.badges import write_badges
from .publish.export import exported_among
from .publish.feed import FEED_PATH, FeedSettings, atom_feed, latest_days
from .publish.head import add_to_head, head_tags
from .publish.stats_file import stats_json
from .registration import add_entry_assets, register_pages
from .site.generate import generate_pages
from .site.i18n import ENGLISH
from .site.layout import Layout
from .site.not_found import NOT_FOUND_FILE, fix_not_found_page
from .site.sanitize import sanitize_html
from .site.template_cache import SERVE_TEMPLATES
from .site.urls import relative_url
from .site.views import PageData, day_title
from .site.window import serve_window
from .theme import add_journal_templates, site_words

log = get_plugin_logger(__name__)

ASSETS = Path(__file__).parent / "site" / "assets"
STYLESHEET = "assets/mkdocs-journal/journal.css"
SCRIPT = "assets/mkdocs-journal/journal.js"
"""The heatmap's keyboard and scroll hint; the site works without it (see journal.js)."""
USER_TEXT_KINDS = {"day", "introduction"}
"""Pages whose HTML comes from what the user wrote, raw HTML included."""


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
        self.folder_pages = False  # `journal export` sets it: see Layout.folder_pages

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
        if SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            listing = folder_files(self.entries_dir)  # one walk for the entries and the assets
            entries = load_entries(
                self.entries_dir, self.root, self.entry_cache if self.serving else None, listing
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

        for file in exported_among(files, Path(config.docs_dir)):  # `journal export`'s pages
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
        self.layout = site_layout(
            self.config, config, dashboard_src="dashboard.md" if user_index else "index.md",
            assets_prefix=self.entries_dir.name,
            folder_pages=self.folder_pages,
        )
        options = site_options(self.config, config)
        day_window = self._serve_window(journal, entries) if self.serving else None
        pages = generate_pages(
            journal, stats, self.layout, options, day_window=day_window, preambles=preambles,
            words=self.words,
        )
        check_rss(config.plugins, pages)

        converter = (
            SharedConverter() if self.config.reuse_markdown and shareable(config) else None
        )
        log.debug(
            "journal day pages converted by %s",
            "one shared Markdown converter" if converter else "a Markdown converter each",
        )
        generated = register_pages(pages, files, config, self.entries_dir, converter)
        add_entry_assets(listing, files, config, self.entries_dir, self.layout.assets_prefix)
        files.append(File.generated(config, STYLESHEET, abs_src_path=str(ASSETS / "journal.css")))
        files.append(File.generated(config, SCRIPT, abs_src_path=str(ASSETS / "journal.js")))
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
        if self.serving and env.bytecode_cache is None:
            env.bytecode_cache = SERVE_TEMPLATES  # each rebuild's new environment reuses them
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

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        """The theme's 404 page, usable under a sub-path and at any depth, with a way back."""
        if template_name != NOT_FOUND_FILE or self.journal is None:
            return output
        dashboard = "dashboard" in self.config.pages
        home = self.layout.url(self.layout.dashboard_src) if dashboard else ""
        return fix_not_found_page(output, site_url=config.site_url, home=home,
                                  words=self.words.text("back_to_dashboard"), marker=STYLESHEET)

    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.journal is None:
            return
        self._publish(config)
        target = Path(config.site_dir) / "stats.json"
        target.write_text(stats_json(self.stats, self.layout), encoding="utf-8")

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        if self.entries_dir.is_dir():  # a folder made later is seen when serve restarts
            server.watch(str(self.entries_dir))
        return server
