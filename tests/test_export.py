"""`journal export`: the journal's pages as Markdown files that Zensical or MkDocs without the
plugin build into the same site, and a writer that never touches the user's own files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cli_helpers import journal
from conftest import BuiltInto as Built
from conftest import JournalSite

HOSTILE_TITLE = '</div><script>alert("t")</script> --- a: #b'
HOSTILE_TAG = "<img src=x onerror=alert(1)>"
ENTRIES = {
    "2024-03-01.md": "---\ntitle: First day\ntags: [python, daily]\n---\nWrote a *loop*.\n"
                     "See [the next day](2024-03-02.md) and ![a plot](plot.png).\n",
    "2024-03-02.md": f"---\ntitle: '{HOSTILE_TITLE}'\ntags: [python, '{HOSTILE_TAG}']\n---\n"
                     "Read about **closures**.\n",
    "2024-03-04.md": "---\ntitle: Rust starts\ntags: [rust]\n---\nCargo new.\n",
    "_preamble.md": "My pledge: code every day, starting with [day one](2024-03-01.md).\n",
}
PLAIN_CONFIG = {
    "site_name": "Test journal",
    "theme": {"name": "material", "font": False},
    "site_url": "https://example.org/log/",
    "plugins": ["search"],
}


def _journal(site: JournalSite, **settings) -> JournalSite:
    for name, text in ENTRIES.items():
        site.entry(name, text)
    (site.root / "entries" / "plot.png").write_bytes(b"\x89PNG fake")
    site.doc("about.md", "# About\n\nMy journal.\n")
    site.configure(**settings)
    return site


def _export(site: JournalSite, *args: str) -> str:
    result = journal(site.root, "export", *args)
    assert result.exit_code == 0, result.output
    return result.output


def _plain_config(site: JournalSite, output: str) -> str:
    """The config a user writes for an engine without the plugin, from what export prints."""
    settings = yaml.safe_load(output.split("\n", 2)[2])
    settings["use_directory_urls"] = site.use_directory_urls
    (site.root / "plain.yml").write_text(
        yaml.safe_dump({**PLAIN_CONFIG, **settings}), encoding="utf-8"
    )
    return "plain.yml"


def _plain_build(site: JournalSite, output: str) -> None:
    """`mkdocs build --strict` without the plugin, into site-plain/."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", _plain_config(site, output),
         "-d", "site-plain"],
        cwd=site.root, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr


def _check_site(built: Built) -> None:
    """Day, tag and dashboard pages exist, drawn as the plugin draws them, linked together."""
    first, second, python = built.url("2024/03/01"), built.url("2024/03/02"), built.index_url(
        "tags/python"
    )
    home = built.index_url("")
    day = built.article(first)
    assert day.find("nav", cls="journal-pager") and "First day" in day.find("h1").text()
    assert built.follow(first, day.find("a", rel="next").attrs["href"]) == second
    built.follow(first, day.find("img").attrs["src"])  # the entry's image came along
    entry_link = [a for a in day.find_all("a") if a.text() == "the next day"][0]
    assert built.follow(first, entry_link.attrs["href"]) == second
    assert built.follow(first, day.find("a", cls="md-tag").attrs["href"]) == python
    titles = [a.text() for a in built.article(python).find_all("a", cls="journal-item__title")]
    assert titles[-1] == "First day"
    dashboard = built.article(home)
    assert dashboard.find("figure", cls="journal-heatmap")
    assert dashboard.find(cls="journal-card__value", **{"data-stat": "days_logged"}).text() == "3"
    assert len(dashboard.find_all("a")) > 5
    pages = [home, first, python, built.url("archive/2024/03"), built.index_url("tags"),
             built.index_url("archive")]
    for page in pages:
        for anchor in built.article(page).find_all("a"):
            href = anchor.attrs.get("href", "")
            if href and "://" not in href and not href.startswith("#"):
                built.follow(page, href)
    introduction = built.url("introduction")
    pledge = [a for a in built.article(introduction).find_all("a") if a.text() == "day one"][0]
    assert built.follow(introduction, pledge.attrs["href"]) == first
    assert "journal.css" in built.html(first)
    assert (built.site_dir / "assets/mkdocs-journal/journal.css").is_file()
    assert "journal.js" in built.html(first) and "journal.js" in built.html(built.url(""))
    assert json.loads((built.site_dir / "stats.json").read_text())["days_logged"] == 3
    assert (built.site_dir / "badges/streak.svg").is_file()
    feed = (built.site_dir / "feed.xml").read_text()
    assert f"https://example.org/log/{first}" in feed and "&lt;em&gt;loop&lt;/em&gt;" in feed
    hostile = built.html(second)
    assert '<script>alert("t")' not in hostile and "<img src=x" not in hostile
    assert "&lt;/div&gt;&lt;script&gt;" in hostile


@pytest.fixture(scope="module", params=[True, False], ids=["dir-urls", "file-urls"])
def exported(new_site, request) -> tuple[JournalSite, str]:
    site = _journal(
        new_site("export"), site_url="https://example.org/log/", use_directory_urls=request.param
    )
    return site, _export(site)


def test_export_writes_every_page_as_markdown_with_a_manifest_and_gitignore(exported):
    site, output = exported
    docs = site.root / "docs"
    assert output.startswith("docs: ")
    manifest = json.loads((docs / ".journal-export.json").read_text())["files"]
    day = "2024/03/01/index.md" if site.use_directory_urls else "2024/03/01.md"
    for name in (day, "tags/python/index.md",
                 "index.md", "stats.json", "badges/streak.svg", "entries/plot.png",
                 "assets/mkdocs-journal/journal.css", "assets/mkdocs-journal/journal.js"):
        assert (docs / name).is_file(), name
        assert name in manifest
        assert f"/{name}" in (docs / ".gitignore").read_text().splitlines()
    assert "about.md" not in manifest  # the user's page
    assert "nav:" in output and "- Dashboard: index.md" in output and "- about.md" in output
    assert "- Introduction: introduction" in output
    # The entry stays Markdown, for the engine's own extensions.
    assert "Wrote a *loop*." in (docs / day).read_text()


def test_hostile_title_and_tag_are_escaped_in_front_matter_and_html(exported):
    site, _ = exported
    name = "2024/03/02/index.md" if site.use_directory_urls else "2024/03/02.md"
    text = (site.root / "docs" / name).read_text()
    front, body = text.removeprefix("---\n").split("\n---\n", 1)
    meta = yaml.safe_load(front)
    assert meta["title"] == '&lt;/div&gt;&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; --- a: #b'
    assert "<script>" not in text and "<img src=x" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_plain_mkdocs_without_the_plugin_builds_the_journal(exported):
    site, output = exported
    _plain_build(site, output)
    _check_site(Built(site.root, "site-plain"))


def test_zensical_builds_the_journal(exported):
    zensical = shutil.which("zensical", path=f"{Path(sys.executable).parent}{os.pathsep}"
                                             f"{os.environ.get('PATH', '')}")
    if zensical is None:
        pytest.skip("the zensical command is missing: pip install -e '.[zensical]' (as make test)")
    site, output = exported
    config = _plain_config(site, output)
    result = subprocess.run(
        [zensical, "build", "--clean", "-f", config], cwd=site.root, capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    _check_site(Built(site.root, "site"))


def test_the_plugin_still_builds_after_an_export(exported):
    site, _ = exported
    site.build("-d", "site-plugin")
    built = Built(site.root, "site-plugin")
    assert built.article(built.url("2024/03/01")).find("a", rel="next")
    assert not (built.site_dir / "2024/03/01/index").exists()
    for name in ("stats.json", "feed.xml", "badges/streak.svg", "badges/progress.svg"):
        assert (built.site_dir / name).read_bytes() == (site.root / "docs" / name).read_bytes()


def test_export_refuses_to_overwrite_a_users_file(journal_site):
    site = _journal(journal_site)
    site.doc("stats.json", '{"mine": true}\n')
    result = journal(site.root, "export")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: docs/stats.json exists and was not written by 'journal export'; move it away "
        "or export to another folder (--out)"
    )
    assert (site.root / "docs/stats.json").read_text() == '{"mine": true}\n'
    assert not (site.root / "docs/.journal-export.json").exists()
    assert not (site.root / "docs/2024").exists()  # nothing written before the refusal


def test_re_export_removes_only_its_own_stale_files(journal_site):
    site = _journal(journal_site)
    _export(site)
    (site.root / "entries/2024-03-04.md").unlink()
    site.doc("tags/notes.md", "# My notes\n")
    output = _export(site)
    docs = site.root / "docs"
    assert "left over from the last export removed" in output
    assert not (docs / "2024/03/04").exists() and not (docs / "tags/rust").exists()
    assert (docs / "tags/notes.md").is_file() and (docs / "about.md").is_file()
    assert (docs / "2024/03/01/index.md").is_file()


def test_a_broken_manifest_is_named(journal_site):
    site = _journal(journal_site)
    site.doc(".journal-export.json", "[1, 2]\n")
    result = journal(site.root, "export")
    assert result.exit_code == 1
    assert result.output.startswith("Error: docs/.journal-export.json: not a journal export")


def test_export_into_a_subfolder_keeps_its_links(journal_site):
    site = _journal(journal_site)
    site.configure(use_directory_urls=False)
    output = _export(site, "--out", "docs/journal")
    assert output.startswith("docs/journal: ")
    assert (site.root / "docs/journal/2024/03/01.md").is_file()  # file URLs: sources as MkDocs'
    day = (site.root / "docs/journal/2024/03/01.md").read_text()
    assert 'href="../../tags/python/index.html"' in day
    settings = yaml.safe_load(output.split("\n", 2)[2])
    assert settings["extra_css"] == ["journal/assets/mkdocs-journal/journal.css"]
    assert settings["extra_javascript"] == ["journal/assets/mkdocs-journal/journal.js"]
    assert settings["nav"][:3] == [
        {"Dashboard": "journal/index.md"}, {"Introduction": "journal/introduction.md"},
        {"Archive": "journal/archive/index.md"},
    ]
    assert "about.md" in settings["nav"]
    _plain_build(site, output)
    built = Built(site.root, "site-plain")
    page = "journal/2024/03/01.html"
    for anchor in built.article(page).find_all("a"):
        built.follow(page, anchor.attrs["href"])


def test_export_stops_on_a_bad_entry_with_the_builds_message(journal_site):
    site = _journal(journal_site)
    site.entry("2024-03-05.md", "---\ntitle: [unclosed\n---\nText.\n")
    result = journal(site.root, "export")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "2024-03-05.md" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (site.root / "docs/.journal-export.json").exists()


def test_export_stops_where_a_users_page_takes_a_journal_url(journal_site):
    site = _journal(journal_site)
    site.doc("tags/index.md", "# My tags\n")
    result = journal(site.root, "export", "-f", "mkdocs.yml")
    assert result.exit_code == 1
    assert "docs/tags/index.md" in result.output and "tags_url" in result.output
    assert (site.root / "docs/tags/index.md").read_text() == "# My tags\n"


def test_writer_deletes_nothing_outside_its_folder_and_writes_no_link_through(tmp_path):
    from mkdocs_journal.publish.export import MANIFEST, write_export

    out, outside = tmp_path / "docs", tmp_path / "keep.txt"
    outside.write_text("mine")
    out.mkdir()
    (out / MANIFEST).write_text(json.dumps({"files": ["../keep.txt", "/etc/x", "a/old.md"]}))
    (out / "a").mkdir()
    (out / "a/old.md").write_text("stale")
    result = write_export(out, {"a/new.md": b"new"})
    assert result.removed == 1 and not (out / "a/old.md").exists()
    assert outside.read_text() == "mine"
    (out / "a/new.md").unlink()
    (out / "a/new.md").symlink_to(outside)  # someone's link where the export's file was
    write_export(out, {"a/new.md": b"again"})
    assert outside.read_text() == "mine" and (out / "a/new.md").read_bytes() == b"again"
    assert not (out / "a/new.md").is_symlink()
