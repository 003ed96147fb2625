"""The date a journal's figures are counted to."""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Mapping

from .errors import JournalError


def as_of_date(
    configured: dt.date | None, timezone: str, environ: Mapping[str, str] | None = None
) -> dt.date:
    """The config value, else SOURCE_DATE_EPOCH (reproducible builds), else today in `timezone`."""
    if configured is not None:
        return configured
    environ = os.environ if environ is None else environ
    zone = zoneinfo.ZoneInfo(timezone)
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=zone).date()
        except (ValueError, OverflowError, OSError):
            raise JournalError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix timestamp (seconds since 1970)"
            ) from None
    return dt.datetime.now(tz=zone).date()
