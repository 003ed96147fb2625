"""The journal's page templates on the theme's path, where `custom_dir` can override them,
and the words they print in the theme's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from .site.i18n import Words

log = get_plugin_logger(__name__)

TEMPLATES = Path(__file__).parent / "site" / "templates"


def add_journal_templates(config: MkDocsConfig, root: Path) -> None:
    """Put `journal/*.html` last on the theme's path: `custom_dir` and the theme itself come
    first, so a site overrides `journal/day.html` and the rest as it overrides Material's."""
    if str(TEMPLATES) not in config.theme.dirs:
        config.theme.dirs.append(str(TEMPLATES))
    old = _old_overrides(config.theme.custom_dir)
    if old:
        log.warning(
            "%s holds %s, Markdown templates that mkdocs-journal no longer reads: page "
            "templates are now theme templates (journal/day.html, …); see the README's "
            "'Overriding the generated pages'",
            _shown(Path(config.theme.custom_dir) / "journal", root), ", ".join(old),
        )


def _shown(path: Path, root: Path) -> str:
    """A path as the user wrote it: relative to the folder of mkdocs.yml when inside it."""
    try:
        return f"{path.resolve().relative_to(root).as_posix()}/"
    except ValueError:
        return f"{path.as_posix()}/"


def _old_overrides(custom_dir: str | None) -> list[str]:
    """Markdown templates of mkdocs-journal 0.1 in `custom_dir/journal/`, which nothing reads."""
    if not custom_dir:
        return []
    folder = Path(custom_dir) / "journal"
    return sorted(path.name for path in folder.glob("*.md")) if folder.is_dir() else []


def site_words(config: MkDocsConfig, labels: dict[str, Any]) -> Words:
    """The journal's words in `theme.language`, as Material picks its own (`pt-BR` finds `pt`)."""
    language = str(config.theme.get("language") or "en")
    try:
        words = Words(language, labels, config.theme.get("direction"))
    except ValueError as error:
        raise PluginError(f"journal: labels: {error}") from None
    if not words.has_catalogue:
        log.info(
            "no translation of the journal's words for theme.language '%s': they are in "
            "English (give your own with the 'labels' option)", language,
        )
    return words
