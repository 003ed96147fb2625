"""One Markdown converter for all of a build's journal pages, instead of one per page.

MkDocs builds a new `markdown.Markdown` for every page: with a usual Material set of
extensions that is ~0.2 ms, a second at 5,000 day pages, and it is most of what a short tag or
month page costs. Python-Markdown supports converting many documents with one instance,
`reset()` between them; the extensions of Python-Markdown and PyMdown Extensions reset their
own state. An extension from anywhere else might not, so with any such extension (or
`reuse_markdown: false`) every page gets its own converter, as MkDocs does.

`SharedConverter.convert` does what `Page.render` does, with MkDocs' own link, anchor and title
processors registered afresh on the shared converter for each page; `tests/test_converter.py`
checks that both give the same page.
"""

from __future__ import annotations

import logging

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

try:  # MkDocs' own per-page processors; without them, pages render the usual way.
    from mkdocs.structure.pages import (
        _ExtractAnchorsTreeprocessor,
        _ExtractTitleTreeprocessor,
        _RawHTMLPreprocessor,
        _RelativePathTreeprocessor,
    )
except ImportError:  # pragma: no cover - a MkDocs 1.6 without these names
    _PROCESSORS = False
else:
    _PROCESSORS = True

_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")

# Extensions whose `reset()` puts them back as they were made: Python-Markdown's own and PyMdown
# Extensions. Not Material's `preview`, which appends to its settings on every page it converts.
_RESETTING = ("markdown.extensions.", "pymdownx.")
_SHORT_NAMES = frozenset(
    "abbr admonition attr_list codehilite def_list extra fenced_code footnotes legacy_attrs "
    "legacy_em md_in_html meta nl2br sane_lists smarty tables toc wikilinks".split()
)
_FOOTNOTES = ("footnotes", "markdown.extensions.footnotes", "extra", "markdown.extensions.extra")
# Before Markdown 3.7, `abbr` adds one inline pattern per definition and `reset()` keeps them: an
# abbreviation defined on one day would mark up the next day's text.
_ABBR = frozenset({"abbr", "markdown.extensions.abbr", "extra", "markdown.extensions.extra"})
_ABBR_RESETS = tuple(int(part) for part in markdown.__version_info__[:2]) >= (3, 7)


def _extension_name(extension: object) -> str:
    if isinstance(extension, str):
        return extension.split(":", 1)[0]
    return type(extension).__module__


def _resets(extension: object) -> bool:
    if isinstance(extension, str):
        return extension in _SHORT_NAMES or extension.startswith(_RESETTING)
    return f"{type(extension).__module__}.".startswith(_RESETTING)


def shareable(config: MkDocsConfig) -> bool:
    """Whether every configured Markdown extension is one that resets between documents."""
    if not _PROCESSORS or not all(_resets(ext) for ext in config.markdown_extensions):
        return False
    if not _ABBR_RESETS and any(
        _extension_name(ext) in _ABBR for ext in config.markdown_extensions
    ):
        return False
    # Footnotes' UNIQUE_IDS numbers documents by counting resets: shared, ids would run on.
    settings = config.mdx_configs or {}
    for name in _FOOTNOTES:
        value = settings.get(name)
        if not isinstance(value, dict):
            continue
        nested = [value, *(item for item in value.values() if isinstance(item, dict))]
        if any(options.get("UNIQUE_IDS") for options in nested):
            return False
    return True


class SharedConverter:
    """The build's one converter, made on first use (MkDocs' config is final by then)."""

    def __init__(self) -> None:
        self._md: markdown.Markdown | None = None

    def convert(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        if self._md is None:
            self._md = markdown.Markdown(
                extensions=config.markdown_extensions,
                extension_configs=config.mdx_configs or {},
            )
        md = self._md.reset()
        raw_html = _RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
        anchors._register(md)
        relative_paths = _RelativePathTreeprocessor(page.file, files, config)
        relative_paths._register(md)
        title = _ExtractTitleTreeprocessor()
        title._register(md)

        page.content = md.convert(page.markdown or "")
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = title.title
        page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
        if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:  # as MkDocs: anchor validation
            page.links_to_anchors = relative_paths.links_to_anchors
