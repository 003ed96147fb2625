"""`journal export`: the journal's pages as ordinary Markdown files, for Zensical or for MkDocs
without the plugin (see `site_export.py` for how they are drawn, `publish/export.py` for how
they are written)."""

from __future__ import annotations

from pathlib import Path

import click
import yaml
from mkdocs.config import load_config

from ..publish.export import moved_nav, write_export
from ..site_export import export_site
from .options import current_site
from .site import shown


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (default: the docs folder, so every page keeps the "
                   "plugin's URL; another folder inside it adds its name to the URLs).")
def export(out: Path | None) -> None:
    """Write every generated page, stats.json, badges and feed into the docs folder, for an
    engine that does not run the plugin (Zensical, MkDocs without it)."""
    site = current_site()  # mkdocs.yml and the options checked, errors as in the other commands
    config = load_config(str(site.config_file))
    docs = Path(config.docs_dir)
    out = out if out is not None else Path(shown(docs))
    exported = export_site(config, config.plugins["journal"], out)  # type: ignore[arg-type]
    result = write_export(out, exported.files)
    removed = f", {result.removed} left over from the last export removed" if result.removed else ""
    click.echo(
        f"{shown(out)}: {result.written + result.unchanged} files exported ({result.written} "
        f"written, {result.unchanged} unchanged{removed}); .gitignore keeps them out of git"
    )
    prefix = folder_in(docs, out)
    stylesheet, script = (
        f"{prefix}/{path}" if prefix else path for path in (exported.stylesheet, exported.script)
    )
    settings: dict[str, object] = {"extra_css": [stylesheet], "extra_javascript": [script]}
    if exported.nav:
        settings["nav"] = moved_nav(exported.nav, prefix, exported.files)
    click.echo(
        "An engine without the plugin builds them with these settings in its mkdocs.yml "
        "(without '- journal' under plugins for MkDocs):"
    )
    click.echo(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), nl=False)


def folder_in(docs: Path, out: Path) -> str:
    """Where `out` is inside the docs folder ('' for the docs folder itself, or outside it)."""
    docs, out = docs.resolve(), out.resolve()
    if out == docs or not out.is_relative_to(docs):
        return ""
    return out.relative_to(docs).as_posix()
