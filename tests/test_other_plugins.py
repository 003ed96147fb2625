"""The journal beside other common plugins, each built for real with `mkdocs build --strict`."""

from __future__ import annotations

import os
import re
import subprocess

from test_site_navigation import nav_links


def _two_days(site) -> None:
    site.entry("2024/2024-03-01.md", """
        ---
        title: Ownership
        tags: [rust]
        ---
        Moved a `String`.
        """)
    site.entry("2024/2024-03-02.md", """
        ---
        title: Lifetimes
        tags: [rust, borrowing]
        ---
        Annotated one.
        """)
    site.doc("about.md", "# About\n\nA page of my own.\n")


def test_awesome_nav_makes_the_navigation_and_the_strict_build_passes(journal_site):
    _two_days(journal_site)
    journal_site.doc(".nav.yml", "nav:\n  - about.md\n  - '*'\n")
    journal_site.configure(plugins=["search", "awesome-nav", {"journal": {"as_of": "2024-03-10"}}])
    journal_site.build()
    titles = [text for text, _ in nav_links(journal_site, journal_site.url("2024/03/02"))]
    assert titles[0] == "About"  # awesome-nav's order, from .nav.yml
    assert "Lifetimes" not in titles and "Ownership" not in titles  # days stay out of the nav
    assert journal_site.html("2024/03/01/").count("Ownership") >= 1


def test_materials_tags_plugin_beside_the_journal_shows_a_days_tags_once(journal_site):
    _two_days(journal_site)
    journal_site.configure(plugins=["search", "tags", {"journal": {"as_of": "2024-03-10"}}])
    journal_site.build()
    article = journal_site.article(journal_site.url("2024/03/02"))
    chips = [a.text() for a in article.find_all("a", cls="md-tag")]
    assert sorted(chips) == ["borrowing", "rust"]


def _commit(site, when: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "x"]):
        subprocess.run(command, cwd=site.root, env=env, check=True, capture_output=True)


def test_git_revision_date_shows_the_entry_files_git_date_on_its_day_page(journal_site):
    _two_days(journal_site)
    journal_site.configure(plugins=[
        "search", "git-revision-date-localized", {"journal": {"as_of": "2024-03-10"}},
    ])
    _commit(journal_site, "2024-03-02T21:30:00+00:00")
    journal_site.build()
    day = journal_site.html(journal_site.url("2024/03/02"))
    assert 'git-revision-date-localized-plugin-date" title="March 2, 2024 21:30:00 UTC"' in day
    # The entry file is the page's source for git, not a file to publish a second time.
    assert not list(journal_site.site_dir.rglob("2024-03-02.md"))


RSS_SITE = {"site_url": "https://example.org/journal/"}


def test_rss_plugin_stops_with_the_option_to_change_instead_of_a_traceback(journal_site):
    _two_days(journal_site)
    journal_site.configure(plugins=["search", "rss", {"journal": {"as_of": "2024-03-10"}}],
                           **RSS_SITE)
    _commit(journal_site, "2024-03-02T21:30:00+00:00")
    result = journal_site.build(check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert "set the rss plugin's 'match_path'" in line
    suggested = re.search(r"match_path: '([^']+)'", line).group(1)

    # The suggested match_path works: the rss feed lists the days, dated by git.
    journal_site.configure(plugins=["search", {"rss": {"match_path": suggested}},
                                    {"journal": {"as_of": "2024-03-10"}}], **RSS_SITE)
    journal_site.build()
    feed = (journal_site.site_dir / "feed_rss_created.xml").read_text(encoding="utf-8")
    assert "<title>Lifetimes</title>" in feed and "<title>Ownership</title>" in feed
    assert "https://example.org/journal/2024/03/02/" in feed
    assert "/tags/" not in feed.split("<item>", 1)[1]


def _blog(site, blog_dir: str) -> None:
    folder = "" if blog_dir == "." else f"{blog_dir}/"
    site.doc(f"{folder}index.md", "# Blog\n")
    site.doc(f"{folder}posts/post.md", "---\ndate: 2024-03-05\n---\n# A post\n\nHello.\n")
    site.configure(plugins=["search", {"journal": {"as_of": "2024-03-10"}},
                            {"blog": {"blog_dir": blog_dir}}])


def test_materials_blog_in_a_folder_of_its_own_lives_beside_the_journal(journal_site):
    _two_days(journal_site)
    _blog(journal_site, "blog")
    journal_site.build()
    assert "journal-heatmap" in journal_site.html("archive/2024/")
    assert "A post" in journal_site.html("blog/2024/03/05/a-post/")
    titles = [text for text, _ in nav_links(journal_site, "blog/")]
    assert {"Dashboard", "Archive", "Tags", "Blog"} <= set(titles)


def test_materials_blog_at_the_top_stops_instead_of_replacing_a_journal_page(journal_site):
    _two_days(journal_site)
    _blog(journal_site, ".")
    result = journal_site.build(check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert "would both be written to archive/2024/index.html" in line
    assert "blog_dir: blog" in line
