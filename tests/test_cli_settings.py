"""Where the `journal` command finds its settings, and the one-line errors when it cannot."""

from __future__ import annotations

import subprocess

import pytest
from cli_helpers import JOURNAL_SCRIPT, journal, write

PLUGIN = "plugins:\n  - journal:\n      as_of: 2024-03-10\n"


def site_at(folder, settings=PLUGIN, name="mkdocs.yml"):
    write(folder / name, "site_name: Elsewhere\n" + settings)
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "entries").mkdir(exist_ok=True)
    return folder


def test_settings_come_from_the_nearest_mkdocs_yml_upwards(journal_site):
    journal_site.configure(journal={"goal": 7})
    deep = journal_site.root / "docs" / "notes" / "deeper"
    deep.mkdir(parents=True)
    result = journal(deep, "stats")
    assert result.exit_code == 0
    assert "Days logged:    0 / 7 (0 %)" in result.stdout


def test_config_file_option_before_or_after_the_subcommand(tmp_path):
    here = site_at(tmp_path / "here")
    other = site_at(tmp_path / "other", PLUGIN.replace("as_of", "goal: 3\n      as_of"),
                    name="mkdocs.yaml")
    write(other / "entries" / "2024-03-09.md", "Elsewhere.\n")
    for args in (["-f", "../other/mkdocs.yaml", "stats"], ["stats", "--config-file",
                                                             "../other/mkdocs.yaml"]):
        result = journal(here, *args)
        assert result.exit_code == 0, result.output
        assert "Days logged:    1 / 3 (33 %)" in result.stdout
    # Entries are found next to that mkdocs.yml, and paths are shown from where the user is.
    result = journal(here, "-f", "../other/mkdocs.yaml", "new", "--date", "2024-03-10")
    assert result.stdout == "../other/entries/2024/2024-03-10.md\n"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (PLUGIN + "      goal: 0\n",
         "mkdocs.yml: Config value 'plugins': Plugin 'journal' option 'goal': must be 1 or more, "
         "not 0"),
        (PLUGIN + "      timezone: Mars/Olympus\n",
         "mkdocs.yml: Config value 'plugins': Plugin 'journal' option 'timezone': "
         "unknown time zone "
         "'Mars/Olympus' (use a name such as 'UTC' or 'America/New_York')"),
        (PLUGIN + "      numbering: weekly\n",
         "mkdocs.yml: Config value 'plugins': Plugin 'journal' option 'numbering': "
         "Expected one of: "
         "('logged', 'calendar') but received: 'weekly'"),
        ("plugins:\n  - search\n",
         "mkdocs.yml does not use the journal plugin; add '- journal' under 'plugins:'"),
        (PLUGIN + "      entries_dir: diary\n",
         "entries folder 'diary' not found next to mkdocs.yml (create it or set 'entries_dir' "
         "under the journal plugin)"),
    ],
)
def test_bad_settings_are_one_line_errors(tmp_path, settings, message):
    site_at(tmp_path, settings)
    for command in ("new", "check", "stats", "readme"):
        result = journal(tmp_path, command)
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == f"Error: {message}\n"
    assert list((tmp_path / "entries").iterdir()) == []


def test_broken_mkdocs_yml_is_one_line(tmp_path):
    site_at(tmp_path, "plugins: [journal\n")
    result = journal(tmp_path, "check")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: mkdocs.yml: ")
    assert result.stderr.count("\n") == 1


def test_no_mkdocs_yml_found(tmp_path):
    result = journal(tmp_path, "check")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no mkdocs.yml in this folder or its parents; run the command inside your journal "
        "site or pass -f path/to/mkdocs.yml\n"
    )
    result = journal(tmp_path, "-f", "missing.yml", "check")
    assert result.stderr == "Error: missing.yml: no such file (check the -f path)\n"


def test_installed_script_reports_errors_without_a_traceback(tmp_path):
    site_at(tmp_path, PLUGIN + "      goal: -1\n")
    result = subprocess.run([str(JOURNAL_SCRIPT), "stats"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: mkdocs.yml: Config value 'plugins': Plugin 'journal' option 'goal': must be 1 or "
        "more, not -1\n"
    )
