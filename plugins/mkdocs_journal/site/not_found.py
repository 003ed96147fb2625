"""The 404 page, usable at any depth of a missing URL and under a sub-path, with a way back.

MkDocs renders `404.html` with `base_url` set to the path of `site_url`, or to `/` when there is
none. A project site served under `/repo/` without `site_url` then loads its stylesheets from
the host's root and shows a column of giant icons. Without `site_url` the page's root-absolute
URLs are made root-relative and a small script in the head finds the site's root (the folder
where the journal's own stylesheet is) and puts it in a `<base>` before anything loads. With
`site_url` the URLs already work; in both cases the page gets a link to the dashboard.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup

NOT_FOUND_FILE = "404.html"

_ROOT_ABSOLUTE = re.compile(r'(\s(?:href|src)=")/(?!/)')
_CONFIG_BASE = '"base": "/"'
_CONFIG_SEARCH = '"search": "/'
_SCOPE = 'new URL("/",location)'
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_HEADING_END = re.compile(r"</h1>", re.I)
_BUNDLE = re.compile(r'<script src="[^"]*bundle\.[^"]*"')

# Candidates, most likely first: the first folder of the path (a project site, `/repo/`), the
# host's root, then deeper folders. One synchronous HEAD each, stopped at the first found.
_FIND_ROOT = """<script>(function () {
  var marker = %(marker)s, tried = [], root = "/";
  var dirs = location.pathname.split("/").slice(1, -1);
  if (dirs.length) tried.push("/" + dirs[0] + "/");
  tried.push("/");
  for (var i = 2; i <= dirs.length; i++) tried.push("/" + dirs.slice(0, i).join("/") + "/");
  for (var j = 0; j < tried.length; j++) {
    try {
      var request = new XMLHttpRequest();
      request.open("HEAD", tried[j] + marker, false);
      request.send();
      if (request.status === 200) { root = tried[j]; break; }
    } catch (error) {}
  }
  window.__journal_root = root;
  var base = document.createElement("base");
  base.href = root;
  document.head.appendChild(base);
})();</script>"""
# Material reads its settings from #__config when its bundle runs: give it the root found.
_PATCH_CONFIG = """<script>(function () {
  var config = document.getElementById("__config");
  if (config && window.__journal_root) {
    var base = '"base": ' + JSON.stringify(window.__journal_root);
    config.textContent = config.textContent.replace('"base": "."', base);
  }
})();</script>"""


def relocatable(html: str, marker: str) -> str:
    """`html` (rendered with `base_url` `/`) working from the site's root wherever that is."""
    html = _ROOT_ABSOLUTE.sub(r"\1", html)
    html = html.replace(_CONFIG_BASE, '"base": "."').replace(_CONFIG_SEARCH, '"search": "')
    html = html.replace(_SCOPE, 'new URL(".",document.baseURI)')
    script = _FIND_ROOT % {"marker": '"' + marker.replace('"', "") + '"'}
    charset = _CHARSET.search(html)
    at = charset.end() if charset else html.find("<head>") + len("<head>")
    html = html[:at] + script + html[at:]
    bundle = _BUNDLE.search(html)
    if bundle:
        html = html[: bundle.start()] + _PATCH_CONFIG + html[bundle.start():]
    return html


def with_way_back(html: str, href: str, words: str) -> str:
    """`html` with a link to `href` after its first heading (the theme's "404 - Not found")."""
    heading = _HEADING_END.search(html)
    if heading is None:
        return html
    link = Markup('\n<p class="journal-back"><a href="{}">{}</a></p>').format(href, words)
    return html[: heading.end()] + str(link) + html[heading.end():]


def fix_not_found_page(
    html: str, *, site_url: str | None, home: str, words: str, marker: str
) -> str:
    """The theme's `404.html` as rendered, fixed. `home` is the dashboard's URL from the
    site's root (`""` or `dashboard/`)."""
    if site_url:
        base = urlsplit(site_url).path.rstrip("/") + "/"
        return with_way_back(html, base + home, words)
    return with_way_back(relocatable(html, marker), home or "./", words)
