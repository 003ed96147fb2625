"""axe-core in a Playwright page: the accessibility rules a page breaks, on the plugin's markup.

axe-core is pinned in `tests/browser/axe/package-lock.json`; `make test` installs it with
`npm ci`. Without it, the tests that need it skip and say how to install it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

AXE_DIR = Path(__file__).resolve().parent / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
RULE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")

OUR_MARKUP = (".md-content",)
"""Where the plugin's markup is: `page.journal` templates and our Markdown render in the article."""

THEME_OWNED = (
    ".highlight",  # code colours are Material's Pygments palette (comments 4.2:1 on code bg)
    ".task-list-control",  # pymdownx.tasklist's checkbox has no accessible name
)
"""Markup inside the article drawn by the theme or a Markdown extension, not by us."""

THEME_RULES_OFF = {
    # Material marks up the article, not the page: landmarks and the one-<h1>-per-page rule are
    # about the whole document, which is the theme's header/nav/footer, not ours.
    "region": "Material's layout, not our markup (every page of any Material site)",
    "landmark-one-main": "whole-document rule; our content sits in Material's <main>",
    "page-has-heading-one": "whole-document rule, checked by our own heading tests",
}
"""Whole-document best-practice rules that mean nothing on a part of a page."""


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        nodes = "\n      ".join(self.targets[:8])
        more = f" (+{len(self.targets) - 8} more)" if len(self.targets) > 8 else ""
        count = f"{len(self.targets)} nodes{more}"
        return f"{self.rule} [{self.impact}] {self.help}: {count}\n      {nodes}"


def axe_source() -> str | None:
    """axe.min.js, or None when `npm ci` has not installed it."""
    return AXE_JS.read_text(encoding="utf-8") if AXE_JS.is_file() else None


def violations(
    page: Any,
    source: str,
    include: tuple[str, ...] = OUR_MARKUP,
    exclude: tuple[str, ...] = THEME_OWNED,
) -> list[Violation]:
    """Runs axe on `include` (minus `exclude`) of the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=source)
    result = page.evaluate(
        """async ([include, exclude, tags, off]) => {
          const context = {include: include.map(s => [s]), exclude: exclude.map(s => [s])};
          const rules = Object.fromEntries(off.map(id => [id, {enabled: false}]));
          const result = await axe.run(context, {runOnly: {type: "tag", values: tags}, rules});
          return result.violations.map(v => ({rule: v.id, impact: v.impact || "", help: v.help,
                                              targets: v.nodes.map(n => n.target.join(" "))}));
        }""",
        [list(include), list(exclude), list(RULE_TAGS), list(THEME_RULES_OFF)],
    )
    return [
        Violation(v["rule"], v["impact"], v["help"], tuple(v["targets"])) for v in result
    ]
