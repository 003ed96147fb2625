"""The MkDocs page of a generated journal page: Markdown and metadata from the journal itself.

Like Material's blog posts, a journal page picks its theme template through `meta["template"]`
(`journal/day.html`, …) and hands that template its data as `page.journal`. Only day pages (the
entries') and the introduction have Markdown; listing pages are drawn by their templates and
skip conversion.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .converter import SharedConverter
from .site.views import PageData


class JournalPage(Page):
    def __init__(
        self,
        title: str | None,
        file: File,
        config: MkDocsConfig,
        data: PageData,
        converter: SharedConverter | None = None,
    ) -> None:
        super().__init__(title, file, config)
        self.kind = data.kind
        self.journal = data.view
        self._data = data
        self._converter = converter

    def read_source(self, config: MkDocsConfig) -> None:
        # No file and no front matter to parse: the journal already knows both.
        self.markdown = self._data.markdown or ""
        self.meta = dict(self._data.meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        if self._data.markdown is None:  # a listing: its template draws it all
            self.content = ""
            self.toc = get_toc([])
            self.present_anchor_ids = set()
        elif self._converter is not None:
            self._converter.convert(self, config, files)
        else:
            super().render(config, files)
