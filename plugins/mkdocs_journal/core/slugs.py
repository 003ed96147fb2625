"""Tag slugs: readable URL segments, unique across a journal (part of a tag's identity)."""

from __future__ import annotations

import re
import unicodedata

SYMBOL_WORDS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}
MAX_SLUG = 80
"""Characters in a slug, its `-N` suffix included: a file name must stay far below 255 bytes."""


def slugify(name: str) -> str:
    """A readable URL segment: `C++` → `c-plus-plus`, `Éclair` → `eclair`; never empty."""
    text = "".join(SYMBOL_WORDS.get(char, char) for char in name)
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    slug = re.sub(r"[^\w]+", "-", folded.casefold()).strip("-_")
    return _bounded(slug or "tag", MAX_SLUG)


def _bounded(slug: str, length: int) -> str:
    """At most `length` characters, cut after a whole word when there is one to cut at."""
    if len(slug) <= length:
        return slug
    cut = slug[: length + 1].rfind("-")
    return (slug[:cut] if cut > 0 else slug[:length]).strip("-_") or slug[:length]


def unique_slugs(names: dict[str, str]) -> dict[str, str]:
    """Slugs for tag keys; tags whose slugs clash get `-2`, `-3`… so none overwrites another.

    Clashes are settled in the order of `names` (first use, oldest first): a look-alike tag
    used later gets the suffix, so an existing tag page keeps its URL as the journal grows.
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    last_count: dict[str, int] = {}  # so a thousand tags cut to one slug take linear time
    for key in names:
        base = slugify(names[key])
        slug, count = base, last_count.get(base, 1)
        if count > 1:
            slug = _bounded(base, MAX_SLUG - len(f"-{count}")) + f"-{count}"
        while slug in taken:
            count += 1
            suffix = f"-{count}"
            slug = _bounded(base, MAX_SLUG - len(suffix)) + suffix
        taken.add(slug)
        last_count[base] = count
        slugs[key] = slug
    return slugs
