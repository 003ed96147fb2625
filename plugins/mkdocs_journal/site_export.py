"""The journal's generated pages as ordinary files, for an engine that does not run the plugin.

No second renderer: the plugin itself reads the site (`on_config`, `on_files`, so the same
pages, URLs, collision checks and navigation), and each page's own theme template draws it,
rendered with the theme's environment and the journal's filters (`on_env`) but with a `main.html`
that is only the content block: the engine that builds the export adds the chrome (header,
navigation, edit buttons, feedback, comments), so Material's partials for those are left empty
here. A day page keeps its entries as Markdown between the drawn parts, for the engine's own
extensions to convert. `stats.json`, the badges and the feed come from the plugin's
`on_post_build`, written to a scratch folder.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, get_files

from .page import JournalPage
from .plugin import SCRIPT, STYLESHEET, JournalPlugin
from .publish.export import exported_among, page_text, read_manifest

CONTENT_MARK = "<!-- journal-export: the entries go here -->"
CHROME = {
    "main.html": "{% block content %}{% endblock %}",
    "partials/actions.html": "",
    "partials/source-file.html": "",
    "partials/feedback.html": "",
    "partials/comments.html": "",
}
"""Theme templates the engine draws itself around the content, or nothing without the plugin."""
KEPT_META = ("title", "description", "search")
"""Front matter both engines read (the titles come escaped, as Material prints them raw)."""


@dataclass(frozen=True)
class Export:
    files: dict[str, bytes]
    """Relative path inside the export folder → content."""
    nav: Any
    """The site's navigation: the user's `nav`, or the one the plugin would make."""
    stylesheet: str
    script: str


def export_site(config: MkDocsConfig, plugin: JournalPlugin, out: Path) -> Export:
    """Every file the plugin adds to a build of `config`, drawn as the plugin draws it."""
    # Only the journal's events run: MkDocs names the plugin that generates a file while it
    # runs one of its events, as its build would.
    config.plugins._current_plugin = "journal"  # type: ignore[attr-defined]
    config = plugin.on_config(config)
    files = _user_files(config, out)
    users = {file.src_uri for file in files}
    plugin.folder_pages = config.use_directory_urls
    files = plugin.on_files(files, config)
    env = plugin.on_env(_content_only(config.theme.get_env()), config, files)
    written: dict[str, bytes] = {}
    for file in files:
        if file.src_uri in users:
            continue
        if isinstance(file.page, JournalPage):
            written[file.src_uri] = render_page(env, file.page, config, files).encode("utf-8")
        elif file.abs_src_path:  # the stylesheet and script, images beside the entries
            written[file.src_uri] = Path(file.abs_src_path).read_bytes()
    written.update(_published(plugin, config, files))
    return Export(written, config.nav, STYLESHEET, SCRIPT)


def _user_files(config: MkDocsConfig, out: Path) -> Files:
    """The docs folder as MkDocs reads it, without what the last export wrote there: those
    pages are the journal's to write again, not the user's."""
    read_manifest(out)  # a manifest that cannot be read stops the export, naming it
    files = get_files(config)
    for file in exported_among(files, out):
        files.remove(file)
    return files


def _content_only(env: jinja2.Environment) -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([jinja2.DictLoader(CHROME), env.loader])  # type: ignore[list-item]
    return env.overlay(loader=loader)


def render_page(env: jinja2.Environment, page: JournalPage, config: MkDocsConfig,
                files: Files) -> str:
    """One page's Markdown file: its template's content around the entries' Markdown."""
    page.read_source(config)
    meta = {key: page.meta[key] for key in KEPT_META if key in page.meta}
    template = page.meta.get("template")
    if template is None:  # the introduction: Markdown only
        return page_text(meta, "", page.markdown)
    page.content = CONTENT_MARK
    html = env.get_template(template).render(get_context(None, files, config, page))  # type: ignore[arg-type]
    before, _, after = html.partition(CONTENT_MARK)
    return page_text(meta, before, page.markdown, after)


def _published(plugin: JournalPlugin, config: MkDocsConfig, files: Files) -> dict[str, bytes]:
    """stats.json, badges and feed, as `on_post_build` writes them into the built site."""
    for file in files:  # the feed carries the HTML of its days, sanitized as the plugin does
        page = file.page
        if isinstance(page, JournalPage) and page.url in plugin.feed_urls:
            page.read_source(config)
            page.render(config, files)
            plugin.on_page_content(page.content or "", page=page, config=config, files=files)
    with tempfile.TemporaryDirectory() as scratch:
        site_dir = config.site_dir
        config.site_dir = scratch
        try:
            plugin.on_post_build(config)
        finally:
            config.site_dir = site_dir
        root = Path(scratch)
        return {
            path.relative_to(root).as_posix(): path.read_bytes()
            for path in sorted(root.rglob("*")) if path.is_file()
        }
