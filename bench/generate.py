"""Write a realistic, seeded learning journal in mkdocs-journal's entry format, for benchmarks.

N entries over consecutive days from a start date, with about 10 % of dates missed and some
dates holding two entries; each entry has 2–6 tags drawn from a vocabulary of ~150 with a Zipf
distribution (a few tags are everywhere, most are rare, as in real journals) and a 100–600 word
body with headings, lists, links and inline code, a fenced code block in ~20 % of entries and an
image (one small PNG shared by all) in ~10 %. The same seed always writes the same files.

    python bench/generate.py 1000 bench/out/entries --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

START = dt.date(2015, 1, 5)
GAP_RATE = 0.10
TWO_ENTRY_RATE = 0.08
CODE_RATE = 0.20
IMAGE_RATE = 0.10
IMAGE_DIR = "img"
IMAGE_NAME = "sketch.png"

# About 150 tags a programmer's learning log might use, roughly from common to rare: the Zipf
# draw below makes the first ones frequent.
TAGS = """
python javascript learning sql git testing react css html algorithms data-structures linux docker
rust go typescript api flask django node debugging refactoring http databases postgres bash
machine-learning pandas numpy statistics regex performance security networking kubernetes aws
design-patterns functional-programming recursion sorting graphs dynamic-programming trees hashing
concurrency async threads memory compilers parsing type-systems haskell elixir clojure scala kotlin
swift java c cpp webassembly vim emacs vscode tooling ci github-actions deployment nginx caching
redis mongodb sqlite orm migrations graphql rest websockets authentication oauth cryptography
unicode dates-and-times logging monitoring profiling benchmarks accessibility animation svg canvas
webgl game-dev physics linear-algebra calculus probability neural-networks pytorch tensorflow
keras nlp computer-vision reinforcement-learning data-cleaning visualization matplotlib jupyter
scraping automation cli packaging documentation open-source code-review pair-programming
interview-prep leetcode project-euler advent-of-code side-project reading podcast conference
career mentoring burnout habits planning retrospective estimation architecture microservices
event-sourcing message-queues kafka serverless terraform ansible raspberry-pi arduino electronics
embedded bluetooth mobile android ios flutter electron pwa seo i18n markdown static-sites mkdocs
""".split()

WORDS = """
the a to of and in is it that for with on this was I my as at be by from not but have are an or
today function value list error test file code data page build step idea loop class method object
read wrote tried learned fixed broke found noticed changed moved split merged renamed cleaned
quickly slowly finally again still almost really mostly first next last small large simple tricky
because while before after when until since so then though although instead rather
module package library framework server client request response query index table column row key
string number array map set tree node edge path graph stack queue heap cache buffer stream event
handler callback promise future thread lock pattern rule type interface trait struct enum record
parser lexer token grammar compiler runtime memory pointer reference copy borrow lifetime scope
branch commit rebase diff patch review issue ticket release version tag deploy container image
chapter exercise tutorial lesson video talk article book notes example exercise kata puzzle
understand explain remember practice repeat compare measure profile optimise simplify document
clear confusing elegant ugly slow fast correct wrong useful pointless surprising obvious subtle
hour minute morning evening weekend session pomodoro break walk coffee focus progress streak goal
""".split()

IDENTIFIERS = """
parse_date load_config read_entries build_index render_page slugify group_by_day fetch_json
merge_sorted binary_search flatten dedupe retry_with_backoff memoize tokenize walk_tree
to_snake_case count_words top_k sliding_window debounce throttle validate_email
""".split()

LANGUAGES = ("python", "javascript", "bash", "sql", "rust", "go")


@dataclass(frozen=True)
class GeneratedEntry:
    path: Path
    date: dt.date
    tags: tuple[str, ...]
    words: int


def png_bytes(width: int = 16, height: int = 16) -> bytes:
    """A small valid grey-gradient PNG, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        checksum = zlib.crc32(body) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + body + struct.pack(">I", checksum)

    rows = b"".join(
        b"\x00" + bytes((x * 16 + y * 8) % 256 for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


class _Writer:
    """Draws every random choice from one seeded generator, in a fixed order."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        tag_weights = [1 / rank for rank in range(1, len(TAGS) + 1)]
        self.tag_cumulative = _cumulative(tag_weights)
        self.word_cumulative = _cumulative([1 / rank**0.8 for rank in range(1, len(WORDS) + 1)])

    def tags(self) -> tuple[str, ...]:
        wanted = self.random.randint(2, 6)
        chosen: list[str] = []
        while len(chosen) < wanted:
            tag = self.random.choices(TAGS, cum_weights=self.tag_cumulative)[0]
            if tag not in chosen:
                chosen.append(tag)
        return tuple(chosen)

    def words(self, count: int) -> list[str]:
        return self.random.choices(WORDS, cum_weights=self.word_cumulative, k=count)

    def sentence(self, length: int | None = None) -> str:
        words = self.words(length or self.random.randint(6, 16))
        text = " ".join(words)
        if self.random.random() < 0.25:
            name = self.random.choice(IDENTIFIERS)
            position = self.random.randint(0, len(words) - 1)
            text = " ".join(words[:position] + [f"`{name}()`"] + words[position:])
        if self.random.random() < 0.15:
            slug = "-".join(self.words(3))
            text += f" ([notes](https://example.org/{slug}))"
        return text[0].upper() + text[1:] + "."

    def title(self) -> str:
        words = self.words(self.random.randint(2, 5))
        return " ".join(words).capitalize()

    def code_block(self) -> list[str]:
        language = self.random.choice(LANGUAGES)
        name = self.random.choice(IDENTIFIERS)
        lines = [f"```{language}"]
        if language == "python":
            lines += [f"def {name}(items):", "    result = []", "    for item in items:",
                      "        if item:", "            result.append(item)", "    return result"]
        elif language == "sql":
            lines += ["SELECT day, count(*) AS entries", "FROM journal",
                      "GROUP BY day", "ORDER BY day DESC;"]
        else:
            lines += [f"// {name}", f"{name}(input)  # step {self.random.randint(1, 9)}",
                      f"echo {' '.join(self.words(4))}"]
        lines.append("```")
        return lines

    def body(self, target_words: int, *, heading: str | None, code: bool, image: str | None) -> str:
        lines: list[str] = []
        if heading:
            lines += [f"# {heading}", ""]
        written = 0
        section = 0
        while written < target_words:
            if section and self.random.random() < 0.6:
                lines += [f"## {self.title()}", ""]
            paragraph = [self.sentence() for _ in range(self.random.randint(2, 5))]
            lines += [" ".join(paragraph), ""]
            written += sum(len(s.split()) for s in paragraph)
            if self.random.random() < 0.5 and written < target_words:
                items = [self.sentence(self.random.randint(4, 10))
                         for _ in range(self.random.randint(2, 5))]
                lines += [f"- {item}" for item in items] + [""]
                written += sum(len(item.split()) for item in items)
            if code and section == 0:
                lines += self.code_block() + [""]
            if image and section == 0:
                lines += [f"![{' '.join(self.words(3))}]({image})", ""]
            section += 1
        return "\n".join(lines).rstrip() + "\n"


def _cumulative(weights: list[float]) -> list[float]:
    total = 0.0
    result = []
    for weight in weights:
        total += weight
        result.append(total)
    return result


def generate_journal(
    folder: Path, count: int, *, seed: int = 1, start: dt.date = START
) -> list[GeneratedEntry]:
    """Write `count` entries under `folder` (entries/YYYY/YYYY-MM-DD.md) and the shared image."""
    writer = _Writer(seed)
    rng = writer.random
    (folder / IMAGE_DIR).mkdir(parents=True, exist_ok=True)
    (folder / IMAGE_DIR / IMAGE_NAME).write_bytes(png_bytes())
    written: list[GeneratedEntry] = []
    date = start
    while len(written) < count:
        if rng.random() < GAP_RATE:
            date += dt.timedelta(days=1)
            continue
        per_day = 2 if rng.random() < TWO_ENTRY_RATE and count - len(written) >= 2 else 1
        for second in range(per_day):
            written.append(_write_entry(writer, folder, date, second=bool(second)))
        date += dt.timedelta(days=1)
    return written


def _write_entry(writer: _Writer, folder: Path, date: dt.date, *, second: bool) -> GeneratedEntry:
    rng = writer.random
    tags = writer.tags()
    title = writer.title()
    title_in_front_matter = second or rng.random() < 0.3
    target = rng.randint(100, 600)
    code = rng.random() < CODE_RATE
    image = f"../{IMAGE_DIR}/{IMAGE_NAME}" if rng.random() < IMAGE_RATE else None
    front = ["---", f"date: {date.isoformat()}"]
    if title_in_front_matter:
        front.append(f'title: "{title}"')
    front += [f"tags: [{', '.join(tags)}]", "---", ""]
    heading = None if title_in_front_matter else title
    body = writer.body(target, heading=heading, code=code, image=image)
    name = f"{date.isoformat()}{'-b' if second else ''}.md"
    path = folder / str(date.year) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(front) + body, encoding="utf-8")
    return GeneratedEntry(path, date, tags, len(body.split()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many entries to write")
    parser.add_argument("folder", type=Path, help="entries folder to write into (created)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        parser.error(f"{args.folder} is not empty; give a new folder (nothing is overwritten)")
    entries = generate_journal(args.folder, args.count, seed=args.seed)
    days = len({entry.date for entry in entries})
    print(f"wrote {len(entries)} entries on {days} dates to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
