"""Publishing on GitHub Pages: MkDocs' own `gh-deploy`, and the Actions workflow we ship."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"



def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="gh-deploy needs git")
def test_gh_deploy_pushes_the_built_journal_to_a_gh_pages_branch(journal_site, tmp_path_factory):
    journal_site.entry("2024-03-09.md", "---\ntags: [git]\n---\n# Branches\n\nText.\n")
    journal_site.entry("2024-03-10.md", "# Remotes\n\nMore text.\n")
    journal_site.configure(site_url="https://example.org/myjournal/")
    repo = journal_site.root
    (repo / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Journal Tester")
    git(repo, "config", "user.email", "tester@example.org")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "My journal")
    remote = tmp_path_factory.mktemp("remote") / "journal.git"
    git(remote.parent, "init", "-q", "--bare", remote.name)
    git(repo, "remote", "add", "publish", str(remote))

    env = {
        **os.environ, "NO_MKDOCS_2_WARNING": "1",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--remote-name", "publish"],
        cwd=repo, capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    published = set(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {
        ".nojekyll", "index.html", "stats.json", "feed.xml",
        "badges/streak.svg", "badges/progress.svg",
        "2024/03/09/index.html", "2024/03/10/index.html", "tags/git/index.html",
    } <= published
    assert '"days_logged": 2' in git(remote, "show", "gh-pages:stats.json")
    # The user's own branch is untouched: only gh-pages was added to the remote.
    assert git(repo, "status", "--porcelain") == ""
    assert git(remote, "branch", "--list").split() == ["gh-pages"]


def load_workflow() -> dict:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def test_workflow_builds_on_push_to_main_and_deploys_with_the_pages_actions():
    workflow = load_workflow()
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"]["pages"] == "write"
    assert workflow["permissions"]["id-token"] == "write"

    build = workflow["jobs"]["build"]["steps"]
    deploy = workflow["jobs"]["deploy"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    assert uses.index("actions/checkout") < uses.index("actions/setup-python")
    assert uses.index("actions/setup-python") < uses.index("actions/configure-pages")
    assert uses.index("actions/configure-pages") < uses.index("actions/upload-pages-artifact")
    assert all(step.get("name") for step in build + deploy["steps"])

    python = next(step for step in build if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["cache"] == "pip"
    assert (ROOT / python["with"]["cache-dependency-path"]).is_file()
    assert str(python["with"]["python-version"]).startswith("3.")

    commands = [step["run"] for step in build if "run" in step]
    assert any("pip install ." in command for command in commands)
    build_command = next(command for command in commands if "mkdocs build" in command)
    assert "--strict" in build_command
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages"))
    assert f"--site-dir {upload['with']['path']}" in build_command

    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["steps"][0]["id"] in deploy["environment"]["url"]


def test_the_workflow_build_command_builds_this_repository_journal(tmp_path):
    for name in ("mkdocs.yml", "docs", "entries"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy2(source, tmp_path / name)
    steps = load_workflow()["jobs"]["build"]["steps"]
    step = next(step for step in steps if "mkdocs build" in step.get("run", ""))
    command = shlex.split(step["run"])
    assert command[0] == "python"
    env = {**os.environ, **step.get("env", {})}
    result = subprocess.run(
        [sys.executable, *command[1:]], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    assert (site / "index.html").is_file() and (site / "stats.json").is_file()
    assert (site / "badges" / "streak.svg").is_file()
    # A showcase counted as of its end (as_of): the streak the README's screenshot shows.
    stats = json.loads((site / "stats.json").read_text(encoding="utf-8"))
    assert stats["current_streak"]["days"] == 8 and stats["as_of"] == "2026-11-23"
    # The sample sets site_url, so a newcomer sees the feed, linked from every page.
    assert (site / "feed.xml").is_file()
    assert 'type="application/atom+xml"' in (site / "index.html").read_text(encoding="utf-8")


def _install_commands(folder: Path, tmp_path: Path) -> list[str]:
    """What the workflow's install step runs in `folder`, with `python` a stub that records it."""
    step = next(s for s in load_workflow()["jobs"]["build"]["steps"]
                if "pip install" in s.get("run", ""))
    stub = tmp_path / "bin"
    stub.mkdir(exist_ok=True)
    log = tmp_path / "calls.txt"
    (stub / "python").write_text(f'#!/bin/sh\necho "python $*" >> "{log}"\n', encoding="utf-8")
    (stub / "python").chmod(0o755)
    log.write_text("", encoding="utf-8")
    env = {**os.environ, **step.get("env", {}), "PATH": f"{stub}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=folder, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return log.read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="the workflow's steps run in bash")
def test_the_workflow_installs_the_package_in_a_journal_repository_and_the_source_here(tmp_path):
    journal_repository = tmp_path / "my-journal"
    (journal_repository / "entries").mkdir(parents=True)
    assert _install_commands(journal_repository, tmp_path) == [
        "python -m pip install mkdocs-journal"
    ]
    assert _install_commands(ROOT, tmp_path) == ["python -m pip install ."]
