"""The sanitizer for entry HTML: script never survives it, the markup entries use does."""

from __future__ import annotations

import re

import pytest
from conftest import Node, parse_html
from mkdocs_journal.site.sanitize import sanitize_html

MATH_TYPES = {"math/tex", "math/tex; mode=display"}
NEVER = {
    "script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "base",
    "meta", "link", "form", "template", "noscript", "textarea", "title", "xmp", "button",
    "animate", "set", "use", "foreignobject", "math", "mglyph", "body",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster"}
SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript|data):")
CONTROL = re.compile(r"[\x00-\x20]+")

ATTACKS = [
    # event handlers
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(1)"//',
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)><summary>s</summary></details>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>",
    "<svg><set onbegin=alert(1) attributename=x to=1></svg>",
    "<svg onload=alert(1)><path d='M0 0'/></svg>",
    "<input autofocus onfocus=alert(1)>",
    "<x onclick=alert(1)>click</x>",
    "<div ONMOUSEOVER=alert(1)>hover</div>",
    "<p/onmouseover=alert(1)>p</p>",
    "<kbd onclick='alert(1)'>k</kbd>",
    # javascript: and friends in URLs, however spelled
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;vascript&colon;alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "<img src=javascript:alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">go</button>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><a href="javascript:alert(1)"><path d="M0 0"/></a></svg>',
    '<svg><use href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/></svg>',
    '<picture><source srcset="javascript:alert(1)"><img src="a.png"></picture>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:/">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    # script, however dressed
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=https://example.org/x.js></script>",
    "<script type=module>alert(1)</script>",
    "<script\nsrc=x.js></script>",
    '<script type="math/tex">x</script ><script>alert(1)</script>',
    '<script type="math/tex">x</script\t><script>alert(1)</script>',
    '<script type="math/tex" src="https://example.org/x.js"></script>',
    '<script type="math/tex">a<!--<script>alert(1)</script>--></script>',
    '<script type="math/tex">x</SCRIPT><script>alert(1)</script>',
    '<script type="math/tex; mode=display"></script><script>alert(1)</script>',
    '<script type="text/javascript">alert(1)</script>',
    '<img alt=\'<script type="math/tex">" onerror="alert(1)</script>\' src=x>',
    "<template><script>alert(1)</script></template>",
    "<textarea><script>alert(1)</script></textarea>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<style>@import 'https://example.org/x.css';</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<select><template><style></template><img src=x onerror=alert(1)></style></select>",
    # styles and ids that reach outside the entry
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">cover</div>',
    '<div style="width: expression(alert(1))">x</div>',
    '<div style="color: red; \\62 ackground: url(x)">x</div>',
    '<div id="__config">{"search": "x.js"}</div>',
    '<img name="__search" src=x>',
    '<input type="checkbox" id="__drawer"><label for="__drawer">menu</label>',
    '<input type="radio" name="__palette" id="__palette_0">',
    '<div data-md-component="dialog">x</div>',
]


def check_safe(html: str) -> None:
    """No element that runs script, no event handler, no script URL, nothing of the theme's."""
    check_nodes(parse_html(html), html)


def check_nodes(tree: Node, html: str = "") -> None:
    """`check_safe` for a parsed page or part of one."""
    for node in tree.iter():
        if node.tag == "script":
            assert node.attrs == {"type": node.attrs.get("type")}, html
            assert node.attrs["type"] in MATH_TYPES, html
            assert "<" not in "".join(str(child) for child in node.children), html
            continue
        assert node.tag not in NEVER, (node.tag, html)
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (name, html)
            if name in URL_ATTRIBUTES:
                assert not SCRIPT_SCHEME.match(CONTROL.sub("", value).lower()), (value, html)
            if name == "style":
                assert "(" not in value and "position" not in value and "\\" not in value, html
            if name in ("id", "name", "for"):
                assert not value.startswith(("__config", "__search", "__drawer")), html
            assert not name.startswith("data-md"), html


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_attack_survives(attack):
    check_safe(sanitize_html(attack))
    check_safe(sanitize_html(f"<p>before {attack} after</p>"))


@pytest.mark.parametrize("attack", ATTACKS)
def test_sanitizing_twice_changes_nothing_more(attack):
    once = sanitize_html(attack)
    assert sanitize_html(once) == once


def text_of(html: str) -> str:
    return Node("div", {}, parse_html(html).children).text()


@pytest.mark.parametrize("tag", ["script", "style", "iframe", "textarea", "object", "form"])
def test_script_and_embed_tags_are_shown_as_text(tag):
    html = sanitize_html(f'<p>Use <{tag} src="x">code</{tag}> carefully.</p>')
    assert text_of(html) == f'Use <{tag} src="x">code</{tag}> carefully.'
    assert tag not in {node.tag for node in parse_html(html).iter()}


def test_other_unknown_tags_are_dropped_but_their_text_stays():
    html = sanitize_html("<p><font color=red>red</font> and <marquee>moving</marquee></p>")
    assert html == "<p>red and moving</p>"


def test_a_link_with_a_script_url_keeps_its_text():
    assert sanitize_html('<p><a href="javascript:alert(1)">docs</a></p>') == "<p><a>docs</a></p>"


@pytest.mark.parametrize("math", [
    '<script type="math/tex">E = mc^2</script>',
    '<script type="math/tex; mode=display">\na &lt; b \\\\ c &amp; d\n</script>',
])
def test_mathjax_2_math_is_kept_exactly(math):
    html = f'<p><span class="arithmatex"><span class="MathJax_Preview">x</span>{math}</span></p>'
    assert sanitize_html(html) == html


def test_math_inside_an_attribute_stays_text_of_the_attribute():
    html = sanitize_html('<img alt=\'<script type="math/tex">x</script>\' src="a.png">')
    (image,) = parse_html(html).find_all("img")
    assert image.attrs["alt"] == '<script type="math/tex">x</script>'


GITHUB_MARKUP = [
    "<details><summary>More</summary><p>Body</p></details>",
    '<details open=""><summary>Open</summary></details>',
    "<p><kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>m</mark></p>",
    '<p><img src="pic.png" alt="a picture" width="100" height="50" title="t"></p>',
    '<p><img src="https://example.org/a.png" alt="remote" loading="lazy"></p>',
    '<table><thead><tr><th style="text-align: right;">A</th></tr></thead>'
    '<tbody><tr><td style="text-align: right;">1</td></tr></tbody></table>',
    '<p><a href="https://example.org" target="_blank" rel="noopener">out</a>'
    ' <a href="#fn:1">in</a> <a href="../2024/03/01/">day</a>'
    ' <a href="mailto:me@example.org">mail</a></p>',
    '<p><abbr title="Hyper Text">HTML</abbr> <del>gone</del> <ins>new</ins> <s>s</s></p>',
    '<dl><dt>Term</dt><dd>Definition</dd></dl>',
    '<div class="grid cards" data-x="1" id="cards" lang="fr" dir="ltr">x</div>',
    '<picture><source media="(prefers-color-scheme: dark)" srcset="dark.png">'
    '<img src="light.png" alt="logo"></picture>',
    '<p><span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<path d="M12 21.35 10.55 20z"></path></svg></span></p>',
    '<p style="color: #c00; font-weight: bold;">red</p>',
    '<ol start="3"><li>three</li></ol>',
    '<h2 id="__init__-vs-__new__">__init__ vs __new__</h2>',
    '<figure><img src="a.png" alt="a"><figcaption>Caption</figcaption></figure>',
]


@pytest.mark.parametrize("markup", GITHUB_MARKUP)
def test_markup_github_allows_is_kept(markup):
    assert sanitize_html(markup) == markup


def test_the_tabs_and_task_lists_of_pymdown_are_kept():
    tabs = (
        '<div class="tabbed-set tabbed-alternate" data-tabs="1:2">'
        '<input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio">'
        '<input id="__tabbed_1_2" name="__tabbed_1" type="radio"><div class="tabbed-labels">'
        '<label for="__tabbed_1_1">A</label><label for="__tabbed_1_2">B</label></div></div>'
    )
    tasks = (
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox" disabled="" checked=""><span class="task-list-indicator">'
        "</span></label> done</li></ul>"
    )
    lines = (
        '<span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" '
        'href="#__codelineno-0-1"></a><span class="k">def</span></span>'
    )
    for markup in (tabs, tasks, lines):
        assert sanitize_html(markup) == markup


def test_an_input_is_only_a_checkbox_or_a_radio_button():
    assert sanitize_html('<input type="password" name="p">') == '<input name="p">'
    assert sanitize_html('<input type="checkbox">') == '<input type="checkbox">'


@pytest.mark.parametrize("size", [20_000, 200_000])
def test_large_adversarial_input_is_handled_in_one_pass(size):
    # Unclosed math openings, script-tag lookalikes, a style of many declarations: each
    # pattern must not rescan what follows it (quadratic input would take minutes here).
    samples = [
        '<script type="math/tex">' * (size // 24),
        "<scrip" * (size // 6),
        "<" * size,
        '<p style="' + "color: red;" * (size // 11) + '">x</p>',
        '<p style="color:' + " " * size + '!">x</p>',
    ]
    for sample in samples:
        check_safe(sanitize_html(sample))
