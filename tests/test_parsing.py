"""parse_entry / read_entry: what a journal writer writes, and what they hear when it is wrong."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs_journal.core.errors import EntryError
from mkdocs_journal.core.parsing import parse_entry, read_entry, tag_key
from mkdocs_journal.core.writing import entry_text

PATH = "entries/2024/notes.md"


def entry(front: str, body: str = "Some text.\n", path: str = PATH):
    return parse_entry(path, f"---\n{front}---\n{body}")


def error_of(text: str, path: str = PATH) -> EntryError:
    with pytest.raises(EntryError) as caught:
        parse_entry(path, text)
    return caught.value


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the file where `needle` is, to check messages point at the real line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the text")


def assert_points_at(error: EntryError, text: str, needle: str, *words: str) -> None:
    """The one-line message names the file, the line that holds `needle`, and says what is wrong."""
    line = line_of(text, needle)
    message = str(error)
    assert message.startswith(f"{PATH}:{line}: "), message
    assert "\n" not in message
    for word in words:
        assert word.lower() in message.lower(), message


# --- dates -------------------------------------------------------------------------------------


def test_date_from_front_matter_as_yaml_date():
    parsed = entry("date: 2024-03-01\n")
    assert parsed.date == dt.date(2024, 3, 1)
    assert parsed.time is None


def test_datetime_without_time_zone_keeps_the_time():
    parsed = entry("date: 2024-03-01 21:45:00\n")
    assert parsed.date == dt.date(2024, 3, 1)
    assert parsed.time == dt.time(21, 45)


def test_datetime_with_time_zone_keeps_the_date_as_written():
    # 23:30 in New York is already the next day in UTC; the writer meant March 1st.
    parsed = entry("date: 2024-03-01T23:30:00-05:00\n")
    assert parsed.date == dt.date(2024, 3, 1)
    assert parsed.time == dt.time(23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("written", "date", "time"),
    [
        ("'2024-03-01'", dt.date(2024, 3, 1), None),
        ('"2024-03-01T08:15"', dt.date(2024, 3, 1), dt.time(8, 15)),
        ("'2024-03-01T08:15:00Z'", dt.date(2024, 3, 1), dt.time(8, 15, tzinfo=dt.timezone.utc)),
        ("' 2024-12-31 '", dt.date(2024, 12, 31), None),
    ],
)
def test_date_as_iso_string(written, date, time):
    parsed = entry(f"date: {written}\n")
    assert (parsed.date, parsed.time) == (date, time)


def test_date_from_file_name_when_front_matter_has_none():
    parsed = parse_entry("entries/2024/2024-02-29-leap-day.md", "---\ntitle: Leap\n---\nText\n")
    assert parsed.date == dt.date(2024, 2, 29)


def test_file_without_front_matter_takes_its_date_from_the_name():
    parsed = parse_entry("entries/2024-03-05.md", "# Just writing\n\nNo front matter at all.\n")
    assert parsed.date == dt.date(2024, 3, 5)
    assert parsed.title == "Just writing"
    assert parsed.body == "No front matter at all.\n"


def test_front_matter_date_wins_over_file_name():
    parsed = parse_entry("entries/2024-03-05.md", "---\ndate: 2024-03-06\n---\n")
    assert parsed.date == dt.date(2024, 3, 6)


def test_windows_line_endings_and_byte_order_mark():
    text = "\ufeff---\r\ndate: 2024-03-01\r\ntags: [a]\r\n---\r\n# Title\r\n\r\nBody\r\n"
    parsed = parse_entry(PATH, text)
    assert parsed.date == dt.date(2024, 3, 1)
    assert parsed.title == "Title"
    assert parsed.tags == ("a",)
    assert parsed.body == "Body\n"


# --- titles ------------------------------------------------------------------------------------


def test_title_from_front_matter_keeps_the_body_whole():
    parsed = entry("date: 2024-03-01\ntitle: Backprop as circuit search\n", "# Heading\n\nText\n")
    assert parsed.title == "Backprop as circuit search"
    assert parsed.body.startswith("# Heading")


def test_title_from_first_heading_is_removed_from_the_body():
    text = "---\ndate: 2024-03-01\n---\n\n## Day 3: pooling layers ##\n\nMax pooling today.\n"
    parsed = parse_entry(PATH, text)
    assert parsed.title == "Day 3: pooling layers"
    assert parsed.body == "Max pooling today.\n"
    assert parsed.body_line == line_of(text, "Max pooling")


def test_heading_after_text_is_the_title_but_stays_in_the_body():
    parsed = entry("date: 2024-03-01\n", "Intro line.\n\n# Later heading\n\nMore.\n")
    assert parsed.title == "Later heading"
    assert "# Later heading" in parsed.body


def test_headings_inside_fenced_code_are_not_titles():
    body = (
        "```bash\n# install it\npip install x\n```\n\n"
        "~~~~\n# also code\n~~~~\n\n"
        "# The real title\n"
    )
    parsed = entry("date: 2024-03-01\n", body)
    assert parsed.title == "The real title"
    assert "# install it" in parsed.body


def test_fence_opening_line_inside_code_does_not_close_it():
    # A line like "```python" inside a ``` block is content (a closing fence has no info string).
    body = "```markdown\nExample:\n```python\n# not a title\n```\n\n# Real title\n"
    assert entry("date: 2024-03-01\n", body).title == "Real title"


def test_longer_closing_fence_and_unclosed_fence():
    body = "~~~\n# code\n~~~~~\n# After\n"
    assert entry("date: 2024-03-01\n", body).title == "After"
    assert entry("date: 2024-03-01\n", "```\n# all code\n").title is None


def test_underlined_heading_is_the_title():
    text = "---\ndate: 2024-03-01\n---\nGradient descent, by hand\n======\n\nText\n"
    parsed = parse_entry(PATH, text)
    assert parsed.title == "Gradient descent, by hand"
    assert parsed.body == "Text\n"
    assert parsed.body_line == line_of(text, "Text")


def test_dash_underlined_heading_after_text_stays_in_body():
    parsed = entry("date: 2024-03-01\n", "Intro.\n\nSecond part\n-----------\nMore\n")
    assert parsed.title == "Second part"
    assert parsed.body.startswith("Intro.")


def test_list_or_paragraph_followed_by_a_rule_is_not_a_heading():
    body = "- item one\n---\n\nline one\nline two\n---\n"
    assert entry("date: 2024-03-01\n", body).title is None


def test_no_heading_no_title():
    parsed = entry("date: 2024-03-01\n", "Just a paragraph, #hashtag not a heading.\n")
    assert parsed.title is None


@pytest.mark.parametrize("written", ["3.10", "2024", "2024-03-01", "yes", "1e3"])
def test_title_that_yaml_reads_as_a_number_or_date_is_kept_as_written(written):
    assert entry(f"date: 2024-03-01\ntitle: {written}\n").title == written


def test_empty_title_in_front_matter_falls_back_to_heading():
    parsed = entry("date: 2024-03-01\ntitle: ''\n", "# From heading\n")
    assert parsed.title == "From heading"


def test_body_line_counts_front_matter():
    text = "---\ndate: 2024-03-01\ntitle: T\n---\nFirst body line\n"
    assert parse_entry(PATH, text).body_line == line_of(text, "First body line")


# --- tags --------------------------------------------------------------------------------------


def test_tags_as_list():
    parsed = entry("date: 2024-03-01\ntags: [backprop, optimizers]\n")
    assert parsed.tags == ("backprop", "optimizers")


def test_tags_as_block_list():
    assert entry("date: 2024-03-01\ntags:\n  - Keras\n  - CNN\n").tags == ("Keras", "CNN")


def test_tags_as_one_string_split_on_spaces():
    parsed = entry("date: 2024-03-01\ntags: keras preprocessing   image\n")
    assert parsed.tags == ("keras", "preprocessing", "image")


def test_tags_as_one_string_split_on_commas():
    assert entry("date: 2024-03-01\ntags: 'rust,wasm, web'\n").tags == ("rust", "wasm", "web")


def test_tags_string_with_commas_keeps_multi_word_tags():
    parsed = entry("date: 2024-03-01\ntags: machine learning, Python , deep  learning\n")
    assert parsed.tags == ("machine learning", "Python", "deep learning")


def test_empty_tag_items_are_skipped():
    assert entry("date: 2024-03-01\ntags:\n  - python\n  -\n  - ''\n").tags == ("python",)


def test_tags_deduplicated_case_insensitively_keeping_first_spelling():
    parsed = entry("date: 2024-03-01\ntags: [Python, python, PYTHON, Rust]\n")
    assert parsed.tags == ("Python", "Rust")


def test_tag_spaces_are_collapsed():
    parsed = entry("date: 2024-03-01\ntags: ['machine   learning', ' Machine Learning ']\n")
    assert parsed.tags == ("machine learning",)


def test_tag_key_ignores_case_and_spacing():
    assert tag_key("Machine  Learning ") == tag_key("machine learning") == "machine learning"
    assert tag_key("STRASSE") == tag_key("straße")


def test_no_tags():
    assert entry("date: 2024-03-01\n").tags == ()
    assert entry("date: 2024-03-01\ntags:\n").tags == ()


# --- day numbers and drafts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day", "day_end"),
    [
        ("12", 12, None),
        ("0", 0, None),
        ("'12'", 12, None),
        ("42-45", 42, 45),
        ("42–45", 42, 45),
        ("'42 - 45'", 42, 45),
        ("7-7", 7, None),
    ],
)
def test_day_number_or_range(written, day, day_end):
    parsed = entry(f"date: 2024-03-01\nday: {written}\n")
    assert (parsed.day, parsed.day_end) == (day, day_end)


def test_day_range_covers_consecutive_dates():
    parsed = entry("date: 2024-02-28\nday: 42-45\n")
    assert parsed.dates == [dt.date(2024, 2, 28), dt.date(2024, 2, 29), dt.date(2024, 3, 1),
                            dt.date(2024, 3, 2)]


def test_single_day_covers_its_date_only():
    assert entry("date: 2024-03-01\nday: 3\n").dates == [dt.date(2024, 3, 1)]


@pytest.mark.parametrize(
    ("written", "draft"), [("true", True), ("false", False), ("yes", True), ("", False)]
)
def test_draft(written, draft):
    assert entry(f"date: 2024-03-01\ndraft: {written}\n").draft is draft


def test_not_a_draft_by_default():
    assert entry("date: 2024-03-01\n").draft is False


def test_unknown_keys_are_kept():
    parsed = entry("date: 2024-03-01\nmood: tired\n")
    assert parsed.meta["mood"] == "tired"
    assert parsed.key_lines["mood"] == 3


# --- bad input: one line naming file, line and the fix -----------------------------------------


@pytest.mark.parametrize(
    ("front", "needle", "words"),
    [
        # YAML notices a missing ']' or quote lines later; the message points where it opened.
        ("tags: [a, b\nday: 3\n", "tags:", ["not closed"]),
        ("tags: [a, b\n", "tags:", ["not closed"]),
        ('title: "unclosed\nday: 3\n', "title:", ["quoted text", "not closed"]),
        ("meta: {a: 1\nday: 3\n", "meta:", ["not closed"]),
        ("title: Learning: day one\n", "title:", ["colons"]),
        ("title: @home\n", "title:", ["'@'"]),
        ("\ttags: [a]\n", "tags:", ["indentation"]),
        ("tags: [a, b]]\n", "tags:", ["YAML"]),
    ],
)
def test_broken_yaml_names_the_line_of_the_problem(front, needle, words):
    text = f"---\ndate: 2024-03-01\n{front}---\nBody\n"
    assert_points_at(error_of(text), text, needle, "front matter is not valid YAML", *words)


def test_bad_indentation_names_its_line():
    text = "---\ndate: 2024-03-01\ntitle: One\n  nested: oops\n---\n"
    error = error_of(text)
    assert_points_at(error, text, "nested: oops", "YAML", "indentation")


def test_front_matter_that_is_not_key_value():
    text = "---\n- just\n- a list\n---\n"
    assert_points_at(error_of(text), text, "- just", "key: value")


def test_unclosed_front_matter():
    text = "---\ndate: 2024-03-01\ntitle: Never closed\n\nBody text\n"
    assert_points_at(error_of(text), text, "---", "closing '---'")


def test_no_date_anywhere():
    error = error_of("---\ntitle: Undated\n---\nBody\n", path="entries/notes.md")
    assert str(error).startswith("entries/notes.md:")
    assert "date: YYYY-MM-DD" in str(error)


@pytest.mark.parametrize(
    "written", ["tomorrow", "'next tuesday'", "2024", "[2024, 3, 1]", "'2024-13-01'"]
)
def test_date_that_does_not_parse(written):
    text = f"---\ntitle: T\ndate: {written}\n---\n"
    assert_points_at(error_of(text), text, "date:", "not a date", "YYYY-MM-DD")


@pytest.mark.parametrize("written", ["2024-02-30", "'2024-02-30'", "2023-02-29"])
def test_date_that_does_not_exist(written):
    text = f"---\ntitle: T\ndate: {written}\n---\n"
    error = error_of(text)
    assert_points_at(error, text, "date:", written.strip("'"), "YYYY-MM-DD")


def test_empty_date_key_without_a_dated_file_name_points_at_the_key():
    text = "---\ntitle: T\ndate:\n---\n"
    assert_points_at(error_of(text), text, "date:", "no date", "YYYY-MM-DD")


def test_empty_date_key_falls_back_to_the_file_name():
    assert parse_entry("entries/2024-03-07.md", "---\ndate:\n---\n").date == dt.date(2024, 3, 7)


def test_file_name_date_that_does_not_exist():
    error = error_of("No front matter\n", path="entries/2023-02-29.md")
    assert str(error).startswith("entries/2023-02-29.md")
    assert "2023-02-29" in str(error) and "not a real date" in str(error)


@pytest.mark.parametrize(
    ("front", "needle", "words"),
    [
        ("tags: 42\n", "tags:", ["list"]),
        ("tags: [python, 3]\n", "tags:", ["3", "quote"]),
        ("tags: [python, 3.10]\n", "tags:", ["tag 3.10 is not text", "'3.10'"]),
        ("tags: [yes, python]\n", "tags:", ["tag yes is not text", "'yes'"]),
        ("tags: [python, [nested, list]]\n", "tags:", ["text", "not a list"]),
        ("tags: [python, {a: b}]\n", "tags:", ["text", "not a list"]),
        ("tags: {python: yes}\n", "tags:", ["list"]),
        # In a block list, the message points at the item's own line.
        ("tags:\n  - python\n  - 2024-03-01\n", "- 2024-03-01", ["2024-03-01", "quote"]),
        ("tags:\n  - python\n  - 100\n", "- 100", ["tag 100 is not text"]),
        ("tags:\n  - python\n  - [a, b]\n", "- [a, b]", ["not a list"]),
    ],
)
def test_tags_that_are_not_text(front, needle, words):
    text = f"---\ndate: 2024-03-01\n{front}---\n"
    assert_points_at(error_of(text), text, needle, *words)


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("twelve", ["twelve", "number", "42-45"]),
        ("1.5", ["1.5", "number"]),
        ("45-42", ["45-42", "ends before it starts", "42-45"]),
        ("true", ["number"]),
        ("[1, 2]", ["number"]),
        ("-3", ["negative"]),
        ("'42-'", ["number"]),
        ("'²'", ["number"]),
        ("'١٢'", ["number"]),
    ],
)
def test_day_that_is_not_a_number_or_range(written, words):
    text = f"---\ndate: 2024-03-01\ntitle: T\nday: {written}\n---\n"
    assert_points_at(error_of(text), text, "day:", *words)


@pytest.mark.parametrize("written", ["'yes'", "maybe", "1", "[true]"])
def test_draft_that_is_not_a_boolean(written):
    text = f"---\ndate: 2024-03-01\ndraft: {written}\n---\n"
    assert_points_at(error_of(text), text, "draft:", "true or false")


def test_impossible_date_in_another_key_is_blamed_on_that_key():
    text = "---\ndate: 2024-03-01\ntitle: T\nupdated: 2024-02-30\n---\n"
    assert_points_at(error_of(text), text, "updated:", "updated", "2024-02-30", "no such day")


def test_explicit_timestamp_tag_that_does_not_parse():
    text = "---\ntitle: T\ndate: !!timestamp tomorrow\n---\n"
    assert_points_at(error_of(text), text, "date:", "tomorrow", "YYYY-MM-DD")


def test_key_that_is_not_a_name_points_at_its_line():
    text = "---\ndate: 2024-03-01\ntitle: T\n2024: a good year\n---\n"
    assert_points_at(error_of(text), text, "2024:", "names followed by a colon")


def test_key_set_twice_is_an_error_not_a_silent_overwrite():
    text = "---\ndate: 2024-03-01\ntags: [python]\ntitle: T\ntags: [rust]\n---\n"
    error = error_of(text)
    assert_points_at(error, text, "tags: [rust]", "'tags'", "twice", "line 3")


def test_title_that_is_a_list():
    text = "---\ndate: 2024-03-01\ntitle: [a, b]\n---\n"
    assert_points_at(error_of(text), text, "title:", "text")


def test_errors_never_leak_a_traceback_type():
    # EntryError is the only thing a bad file raises; the plugin turns it into one line.
    for text in ["---\n: : :\n---\n", "---\ndate: !!python/name:os.system\n---\n", "---\n[\n---\n"]:
        error = error_of(text)
        assert re.match(rf"^{re.escape(PATH)}(:\d+)?: \S", str(error)), str(error)


# --- read_entry: files on disk -----------------------------------------------------------------


def test_read_entry_reads_utf8(tmp_path: Path):
    file = tmp_path / "2024-03-01.md"
    file.write_text("---\ntags: [café]\n---\n# Crème brûlée\n", encoding="utf-8")
    parsed = read_entry(file, "entries/2024-03-01.md", "2024-03-01.md")
    assert parsed.title == "Crème brûlée"
    assert parsed.tags == ("café",)
    assert parsed.rel_path == "2024-03-01.md"
    assert parsed.path == "entries/2024-03-01.md"


def test_latin1_file_names_the_line_of_the_first_bad_byte(tmp_path: Path):
    text = "---\ndate: 2024-03-01\ntitle: Notes\n---\nPlain line\nCrème brûlée on this line\n"
    file = tmp_path / "2024-03-01.md"
    file.write_bytes(text.encode("latin-1"))
    with pytest.raises(EntryError) as caught:
        read_entry(file, "entries/2024-03-01.md", "2024-03-01.md")
    message = str(caught.value)
    assert message.startswith(f"entries/2024-03-01.md:{line_of(text, 'Crème')}: ")
    assert "UTF-8" in message


def test_not_utf8_after_a_byte_order_mark_names_the_right_line(tmp_path: Path):
    file = tmp_path / "2024-03-01.md"
    file.write_bytes(b"\xef\xbb\xbf---\ndate: 2024-03-01\n---\nCaf\xe9\n")
    with pytest.raises(EntryError) as caught:
        read_entry(file, "entries/2024-03-01.md", "2024-03-01.md")
    assert str(caught.value).startswith("entries/2024-03-01.md:4: ")


def test_byte_order_mark_file_reads(tmp_path: Path):
    file = tmp_path / "2024-03-01.md"
    file.write_bytes("\ufeff---\ntitle: Hé\n---\n".encode())
    assert read_entry(file, "entries/2024-03-01.md", "2024-03-01.md").title == "Hé"


# --- round trip with writing.entry_text --------------------------------------------------------

plain_words = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x85"),
    min_size=1, max_size=12,
)
titles = st.lists(plain_words, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    title=st.one_of(st.none(), titles),
    tags=st.lists(titles, max_size=5, unique_by=tag_key),
    day=st.one_of(st.none(), st.integers(0, 5000)),
    extra=st.integers(0, 30),
)
def test_written_entries_read_back_as_written(date, title, tags, day, extra):
    """What `journal new` writes (quoting titles like 'yes' or '3.10') parses back unchanged."""
    day_end = day + extra if day is not None and extra else None
    text = entry_text(date, "Body text.", title=title, tags=tags, day=day, day_end=day_end)
    parsed = parse_entry("entries/new.md", text)
    assert parsed.date == date
    assert parsed.title == title
    assert parsed.tags == tuple(tags)
    assert (parsed.day, parsed.day_end) == (day, day_end)
    assert parsed.body.strip() == "Body text."
    assert parsed.draft is False


def test_a_title_taken_from_a_heading_drops_its_markdown():
    entry = parse_entry("2024-03-01.md", "# Using **kwargs** and `__init__`\n\nBody.\n")
    assert entry.title == "Using kwargs and __init__"
    assert entry.body == "Body.\n"
