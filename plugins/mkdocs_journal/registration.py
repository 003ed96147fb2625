"""The journal's pages and files handed to MkDocs: one `File` and `JournalPage` per page.

Part of the adapter: the page data comes from `site/`, and this only says where each page is
written, which entry file stands as its source, and refuses a page that would overwrite a
user's file or another journal page.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from .converter import SharedConverter
from .core.files import is_entry_name
from .navigation import IN_NAV_KINDS, titles_in_nav
from .page import JournalPage
from .site.views import PageData


def register_pages(
    pages: list[PageData], files: Files, config: MkDocsConfig, entries_dir: Path,
    converter: SharedConverter | None,
) -> dict[str, PageData]:
    """Add every generated page to `files`; returns them by the path each is written to."""
    docs_dir = Path(config.docs_dir)
    users = {file.dest_uri: f"{docs_dir.name}/{file.src_uri}" for file in files}
    generated: dict[str, PageData] = {}
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
            entry_file = entries_dir / page.source
            file.edit_uri = Path(os.path.relpath(entry_file, docs_dir)).as_posix()
            # The entry is the day page's source for plugins that ask git about it
            # (git-revision-date-localized skips "generated" files, rss needs a path).
            # MkDocs still renders the in-memory content, and never copies a page.
            file.abs_src_path = str(entry_file)
            file.generated_by = None
        # MkDocs' navigation keeps file.page.
        JournalPage(nav_titles.get(page.src_uri), file, config, page, converter)
        files.append(file)
    return generated


def add_entry_assets(
    listing: list[Path], files: Files, config: MkDocsConfig, entries_dir: Path, prefix: str
) -> None:
    """Images and other files beside the entries, published under the same relative paths."""
    # The same walk as the entries': symlinked folders followed once, hidden files left out.
    for path in listing:
        if is_entry_name(path) or not path.is_file():
            continue
        src_uri = f"{prefix}/{path.relative_to(entries_dir).as_posix()}"
        if files.get_file_from_path(src_uri) is None:
            files.append(File.generated(config, src_uri, abs_src_path=str(path)))


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
