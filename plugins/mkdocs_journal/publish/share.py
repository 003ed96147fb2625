"""Sharing a day: intent links for X, Mastodon, Bluesky and LinkedIn, and the page's link card.

Plain links (no JavaScript, no third-party script on the page): each opens the service's own
compose page with the text filled in. They need the day page's absolute address, so they exist
only when `site_url` is set. The text is URL-encoded into the link; everything that goes into
HTML is escaped by the caller's template, or here for the `<head>` markup.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

SHARE_SERVICES = ("x", "mastodon", "bluesky", "linkedin")
DEFAULT_SHARE_TEXT = "Day {day}/{goal} of {challenge}: {title} {url}"
SHARE_FIELDS = frozenset({"day", "goal", "challenge", "round", "title", "url", "date"})
ASKING_MASTODON_PAGE = "https://s2f.kytta.dev/?text="
"""Share₂Fedi: a page that asks for your Mastodon (or other fediverse) server, then posts."""
LABELS = {"x": "X", "mastodon": "Mastodon", "bluesky": "Bluesky", "linkedin": "LinkedIn"}


@dataclass(frozen=True)
class ShareLink:
    service: str
    label: str
    href: str
    """Absolute, URL-encoded; the template still escapes it for the attribute."""


def template_problem(template: str) -> str | None:
    """What is wrong with a share text template (an unknown `{field}`, a stray brace), or None."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as error:
        return f"{template!r} is not a text template ({error}; write a brace as {{{{ or }}}})"
    unknown = sorted({name for name in fields if name not in SHARE_FIELDS})
    if unknown:
        known = ", ".join("{" + name + "}" for name in sorted(SHARE_FIELDS))
        return f"{template!r} uses {{{unknown[0]}}}, which is not one of {known}"
    return None


def share_text(template: str, **values: object) -> str:
    """The post's text: the template with the day's values, whitespace tidied."""
    text = template.format_map({name: values.get(name, "") for name in SHARE_FIELDS})
    return " ".join(text.split())


def share_links(
    text: str, url: str, services: tuple[str, ...], mastodon_instance: str | None = None
) -> tuple[ShareLink, ...]:
    """One intent link per service, in the order `services` lists them."""
    encoded = quote(text, safe="")
    server = (mastodon_instance or "").strip().removeprefix("https://").strip("/")
    mastodon = (
        f"https://{quote(server, safe='.-:')}/share?text=" if server else ASKING_MASTODON_PAGE
    )
    hrefs = {
        "x": f"https://twitter.com/intent/tweet?text={encoded}",
        "mastodon": f"{mastodon}{encoded}",
        "bluesky": f"https://bsky.app/intent/compose?text={encoded}",
        "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}",
    }
    return tuple(ShareLink(name, LABELS[name], hrefs[name]) for name in services)


def card_tags(
    *, title: str, description: str, url: str, site_name: str, image: str | None = None
) -> str:
    """Open Graph and Twitter card tags for a day page, escaped: a `summary_large_image` card
    with an image (an absolute address), a text-only `summary` card without."""
    properties = {
        "og:type": "article", "og:title": title, "og:description": description,
        "og:url": url, "og:site_name": site_name,
    }
    names = {
        "twitter:card": "summary_large_image" if image else "summary",
        "twitter:title": title, "twitter:description": description,
    }
    if image:
        properties["og:image"] = names["twitter:image"] = image
    return "".join(
        [f'<meta property="{key}" content="{escape(value)}">' for key, value in properties.items()]
        + [f'<meta name="{key}" content="{escape(value)}">' for key, value in names.items()]
    )
