"""Tag slugs: readable URL segments, unique across a journal (part of a tag's identity)."""

from __future__ import annotations

import re
import unicodedata

SYMBOL_WORDS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}


def slugify(name: str) -> str:
    """A readable URL segment: `C++` → `c-plus-plus`, `Éclair` → `eclair`; never empty."""
    text = "".join(SYMBOL_WORDS.get(char, char) for char in name)
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    slug = re.sub(r"[^\w]+", "-", folded.casefold()).strip("-_")
    return slug or "tag"


def unique_slugs(names: dict[str, str]) -> dict[str, str]:
    """Slugs for tag keys; tags whose slugs clash get `-2`, `-3`… so none overwrites another.

    Clashes are settled in the order of `names` (first use, oldest first): a look-alike tag
    used later gets the suffix, so an existing tag page keeps its URL as the journal grows.
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key in names:
        base = slugify(names[key])
        slug, count = base, 1
        while slug in taken:
            count += 1
            slug = f"{base}-{count}"
        taken.add(slug)
        slugs[key] = slug
    return slugs
