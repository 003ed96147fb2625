"""Shared fixtures: small journals written to a temporary folder and built with real MkDocs."""

from __future__ import annotations

import os
import posixpath
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass
class JournalSite:
    """A throwaway journal site: write entries, build it, read what was written."""

    root: Path

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def entry(self, relative: str, text: str) -> Path:
        path = self.root / "entries" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def doc(self, relative: str, text: str) -> Path:
        path = self.root / "docs" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def configure(self, journal: dict[str, Any] | None = None, **settings: Any) -> None:
        config: dict[str, Any] = {
            "site_name": "Test journal",
            "theme": {"name": "material", "font": False},
            "plugins": ["search", {"journal": {"as_of": "2024-03-10", **(journal or {})}}],
        }
        config.update(settings)
        (self.root / "mkdocs.yml").write_text(
            yaml.safe_dump(config, sort_keys=False), encoding="utf-8"
        )

    def build(
        self, *args: str, env: dict[str, str | None] | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run `mkdocs build` as a user would; fails the test with MkDocs' output when it fails.
        `env` adds environment variables (a None value removes one)."""
        if not (self.root / "mkdocs.yml").exists():
            self.configure()
        full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
        full_env = {name: value for name, value in full_env.items() if value is not None}
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
            cwd=self.root, capture_output=True, text=True, env=full_env,
        )
        if check and result.returncode != 0:
            pytest.fail(
                f"mkdocs build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
            )
        return result

    def html(self, url_path: str) -> str:
        """The built page at a site URL such as `2024/03/01/` or `tags/`."""
        path = self.site_dir / url_path
        if url_path == "" or url_path.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def stats(self) -> dict[str, Any]:
        import json

        return json.loads((self.site_dir / "stats.json").read_text(encoding="utf-8"))

    # --- reading what was built (added for the test_site_* modules) ---

    @property
    def use_directory_urls(self) -> bool:
        config = yaml.safe_load((self.root / "mkdocs.yml").read_text(encoding="utf-8"))
        return bool(config.get("use_directory_urls", True))

    def page(self, url_path: str) -> Node:
        """A built page, parsed."""
        return parse_html(self.html(url_path))

    def article(self, url_path: str) -> Node:
        """The page's own content (Material's article), without the theme's header and nav."""
        return self.page(url_path).find("article", cls="md-content__inner")

    def url(self, path: str) -> str:
        """The URL of the page at `path`: '2024/03/01' → '2024/03/01/' or '2024/03/01.html'."""
        path = path.strip("/")
        if self.use_directory_urls:
            return f"{path}/" if path else ""
        return f"{path or 'index'}.html"

    def index_url(self, folder: str) -> str:
        """The URL of a folder's index page ('tags' → 'tags/' or 'tags/index.html')."""
        folder = folder.strip("/")
        if self.use_directory_urls:
            return f"{folder}/" if folder else ""
        return f"{folder}/index.html" if folder else "index.html"

    def resolve(self, page_url: str, href: str) -> Path:
        """The file in site/ that a relative link on the page at `page_url` leads to."""
        assert "://" not in href and not href.startswith("/"), f"not a relative link: {href!r}"
        folder = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
        path_part = unquote(href.split("#", 1)[0]) or "."
        target = posixpath.normpath(posixpath.join(folder, path_part))
        path = self.site_dir / ("" if target == "." else target)
        return path / "index.html" if path.is_dir() else path

    def follow(self, page_url: str, href: str) -> str:
        """The URL of the built page a link leads to; fails the test when the link is broken."""
        target = self.resolve(page_url, href)
        assert target.is_file(), f"{href!r} on {page_url!r} leads nowhere ({target})"
        relative = target.relative_to(self.site_dir).as_posix()
        if self.use_directory_urls:
            return "" if relative == "index.html" else relative.removesuffix("index.html")
        return relative

    def html_files(self) -> list[Path]:
        """Every built HTML page (the theme's own assets left out)."""
        return sorted(
            path for path in self.site_dir.rglob("*.html")
            if "assets" not in path.relative_to(self.site_dir).parts
        )

    def url_of(self, file: Path) -> str:
        """The URL of a built HTML file, in the site's URL style."""
        relative = file.relative_to(self.site_dir).as_posix()
        if relative == "index.html":
            return ""
        if self.use_directory_urls and relative.endswith("/index.html"):
            return relative.removesuffix("index.html")
        return relative

    def file_of(self, url_path: str) -> Path:
        path = self.site_dir / url_path
        return path / "index.html" if url_path == "" or url_path.endswith("/") else path


class BuiltInto(JournalSite):
    """The same site built into another folder (`-d folder`): by another engine, say."""

    def __init__(self, root: Path, folder: str) -> None:
        super().__init__(root)
        self.folder = folder

    @property
    def site_dir(self) -> Path:
        return self.root / self.folder


@pytest.fixture
def journal_site(tmp_path: Path) -> JournalSite:
    (tmp_path / "docs").mkdir()
    (tmp_path / "entries").mkdir()
    return JournalSite(tmp_path)


# --- Reading built sites: shared by the test_site_* modules -------------------------------------

VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)
BLOCK_ELEMENTS = frozenset(
    "article aside div figure figcaption footer h1 h2 h3 h4 h5 h6 header li nav ol p pre section"
    " table td th tr ul".split()
)


@dataclass(eq=False)
class Node:
    """One element of a built page, enough of a DOM to find links, cells and list items."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str]

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        """The element's text, whitespace collapsed, as a reader sees it."""
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                parts.append(f" {child.text()} " if child.tag in BLOCK_ELEMENTS else child.text())
        return " ".join("".join(parts).split())

    def iter(self) -> Any:
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            node for node in self.iter()
            if (tag is None or node.tag == tag)
            and (cls is None or cls in node.classes())
            and all(node.attrs.get(name.rstrip("_")) == value for name, value in attrs.items())
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag or '*'} class={cls!r} {attrs}> in the page"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, [])
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs}, [])
        self.stack[-1].children.append(node)
        if tag not in VOID_ELEMENTS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root



@pytest.fixture(scope="module")
def new_site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Module-scoped journals: `new_site("name")` is an empty JournalSite to build once, share."""

    def make(name: str = "journal") -> JournalSite:
        root = tmp_path_factory.mktemp(name)
        (root / "docs").mkdir()
        (root / "entries").mkdir()
        return JournalSite(root)

    return make
