"""A text file the user wrote, read as UTF-8: an unreadable file is one error with its line."""

from __future__ import annotations

from pathlib import Path

from .errors import EntryError


def read_utf8(file: Path, display_path: str) -> str:
    """The file's text, without a byte-order mark; an error names the file (and the line)."""
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise EntryError(display_path, None, f"cannot read the file ({error.strerror})") from None
    # Strip a byte-order mark ourselves: with "utf-8-sig" the error offset would not count it.
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise EntryError(
            display_path, line, "the file is not UTF-8 text (save it with UTF-8 encoding)"
        ) from None
