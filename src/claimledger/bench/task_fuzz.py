"""``claimledger bench fuzz``: generated hostile inputs through every stage; exceptions by type.

Not a score against third-party data: seeded generators write inputs (reports
with odd figures and dates, junk Unicode, control characters, markup, deep
nesting, huge numbers, broken JSON, binary bytes, far-off document dates) and
each stage runs on them:

* ``read``: bytes through ``read_paths`` (as text, HTML and JSONL);
* ``numbers``, ``dates``, ``places``: the extractors on the parsed texts;
* ``pipeline``: every stage after spaCy (``analyze_each``).

Per stage it counts the inputs, the exceptions (by type; the goal is none) and
the broken invariants: an ``Evidence`` span outside the text or not equal to
it, an estimate without ``low <= best <= high``. ``--limit N`` runs N inputs
per stage (default 10,000). Needs no benchmark data.
"""

from __future__ import annotations

import io
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass
from typing import Any

from claimledger.bench.core import BenchContext, TaskResult
from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.records import Document, Estimate, Evidence, RawDocument

__all__ = ["DEFAULT_N", "broken_invariants", "fuzz_texts", "run"]

DEFAULT_N = 10_000
STAGES = ("read", "numbers", "dates", "places", "pipeline")

_PLACES = ("Mosul", "kabul", "ALEPPO", "Gao", "São Paulo", "Île-de-France", "Springfield", "X")
_ACTORS = ("Rebels", "Government forces", "A gunman", "Police", "Unknown assailants", "@Ahmed")
_VERBS = ("killed", "wounded", "injured", "abducted", "displaced", "arrested", "left dead")
_DATES = (
    "on Friday",
    "last week",
    "yesterday",
    "next month",
    "on 12 March 2015",
    "on 2015-13-45",
    "on 31 February",
    "in 9999",
    "on 1 January 0001",
    "at dawn",
    "on 29/02/2016",
)
_PUBLISHED = (None, "2015-03-20", "0001-01-01", "9999-12-31", "1970-01-01", "2024-02-29")
_JUNK = (
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\u202e",
    "\u200b",
    "\ufeff",
    "e\u0301",
    "\U0001f4a5",
    "[/x]",
    "=HYPERLINK(1)",
    "<b>",
    "\x00",
    "\t",
    "\n\n",
    "\u2028",
    "ﬁ",
    "١٢٣",
    "١٬٠٠٠",
)


def _number(rng: random.Random) -> str:
    """A figure as a writer (or an attacker) might put it."""
    kind = rng.randrange(10)
    if kind == 0:
        return "9" * rng.choice((19, 25, 60, 400, 5000))
    if kind == 1:
        return ",".join(["3"] + ["000"] * rng.randrange(1, 12))
    if kind == 2:
        return f"{rng.randrange(1, 50)}-{rng.randrange(1, 500)}"
    if kind == 3:
        return rng.choice(("dozens of", "hundreds of", "a few", "scores of", "one", "twelve"))
    if kind == 4:
        return f"between {rng.randrange(100)} and {rng.randrange(100)}"
    if kind == 5:
        return rng.choice(("-5", "0", "1.5", "1e9", "0x1F", "٣", "IV", "2,5"))
    return str(rng.randrange(0, 10 ** rng.randrange(1, 7)))


def _sentence(rng: random.Random) -> str:
    """One report-like sentence with a figure, a date and a place, maybe junk inside."""
    parts = [
        rng.choice(_ACTORS),
        rng.choice(_VERBS),
        _number(rng),
        rng.choice(("people", "civilians", "soldiers", "children", "")),
        "in",
        rng.choice(_PLACES),
        rng.choice(_DATES),
    ]
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts)), rng.choice(_JUNK))
    end = rng.choice((".", ",", " officials said.", " according to the ministry.", ""))
    return " ".join(p for p in parts if p) + end


def fuzz_texts(n: int, seed: int = 0) -> Iterator[str]:
    """``n`` seeded texts: report-like sentences, junk, or both."""
    rng = random.Random(seed)
    for _ in range(n):
        kind = rng.randrange(8)
        if kind == 0:  # junk only
            yield "".join(rng.choice(_JUNK) for _ in range(rng.randrange(1, 20))) or "x"
        elif kind == 1:  # random code points, surrogates excluded
            chars = (
                chr(rng.choice((rng.randrange(32, 0x2FF), rng.randrange(0xE000, 0x10FFFF))))
                for _ in range(rng.randrange(1, 200))
            )
            yield "".join(chars)
        elif kind == 2:  # one very long token
            yield rng.choice(("a", "9", "[", ".", "—")) * rng.randrange(100, 20_000)
        else:
            yield " ".join(_sentence(rng) for _ in range(rng.randrange(1, 6)))


def _fuzz_bytes(n: int, seed: int = 1) -> Iterator[bytes]:
    """``n`` seeded inputs for the reader: text, HTML, JSONL lines, binary, broken encodings."""
    rng = random.Random(seed)
    texts = fuzz_texts(n, seed)
    for text in texts:
        kind = rng.randrange(7)
        if kind == 0:
            yield text.encode("utf-8", "replace")
        elif kind == 1:
            depth = rng.choice((3, 300, 3000))
            yield ("<div>" * depth + f"<p>{text}</p>" + "</div>" * depth).encode("utf-8", "replace")
        elif kind == 2:
            row = {"id": text[:20], "text": text, "published": rng.choice(_PUBLISHED)}
            yield json.dumps(row).encode() + b"\n" + _bad_json_line(rng) + b"\n"
        elif kind == 3:
            yield bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        elif kind == 4:
            yield text.encode("latin-1", "replace")
        elif kind == 5:
            yield rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) + text.encode(
                "utf-8", "replace"
            )
        else:
            yield text.encode("utf-16", "surrogatepass")


def _bad_json_line(rng: random.Random) -> bytes:
    """A hostile JSONL line."""
    return rng.choice(
        (
            b'{"a": ' + b"[" * rng.choice((10, 1000, 100_000)),
            b'{"id": "n", "text": "x", "n": ' + b"7" * 5000 + b"}",
            b'{"id": "s", "text": "lone \\ud800 surrogate"}',
            b'{"id": 5, "text": "x"}',
            b"[1, 2, 3]",
            b'{"id": "d", "text": "x", "published": "9999-99-99"}',
            b"\xff\xfe{}",
            b"{" * 5,
        )
    )


def broken_invariants(text: str, value: Any, _depth: int = 0) -> list[str]:
    """Every Evidence in ``value`` (records, lists, dicts) inside ``text`` and equal to it;
    every Estimate with low <= best <= high. Returns one message per broken rule."""
    out: list[str] = []
    if _depth > 12:
        return out
    if isinstance(value, Evidence):
        if not (0 <= value.start <= value.end <= len(text)):
            out.append(f"evidence span {value.start}:{value.end} outside the text")
        elif text[value.start : value.end] != value.text:
            out.append(f"evidence text {value.text[:40]!r} is not the text at {value.start}")
        return out
    if isinstance(value, Estimate):
        nums = [v for v in (value.low, value.best, value.high) if v is not None]
        if nums != sorted(nums):
            out.append(f"estimate not low <= best <= high: {value.low}, {value.best}, {value.high}")
    if is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if f.name != "text":
                out += broken_invariants(text, getattr(value, f.name), _depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            out += broken_invariants(text, item, _depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            out += broken_invariants(text, item, _depth + 1)
    return out


class _Tally:
    """Inputs, exceptions by type and broken invariants of one stage."""

    def __init__(self, stage: str, result: TaskResult) -> None:
        self.stage, self.result = stage, result
        self.n = 0
        self.exceptions: Counter[str] = Counter()
        self.broken = 0

    def check(self, text: str, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on one input; count an exception or broken invariants."""
        self.n += 1
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - counted and reported by type
            self._exception(text, exc)
            return
        self.add_broken(text, broken_invariants(text, value))

    def _exception(self, text: str, exc: BaseException) -> None:
        self.exceptions[type(exc).__name__] += 1
        self.result.errors.append(
            {"stage": self.stage, "kind": "exception", "type": type(exc).__name__,
             "message": str(exc)[:300], "input": text[:300]}
        )  # fmt: skip

    def add_broken(self, text: str, problems: list[str]) -> None:
        if problems:
            self.broken += 1
            self.result.errors.append(
                {"stage": self.stage, "kind": "invariant", "problems": problems[:5],
                 "input": text[:300]}
            )  # fmt: skip

    def close(self) -> None:
        """Add this stage's rows to the result."""
        total = sum(self.exceptions.values())
        self.result.add_fixed(self.stage, "inputs", float(self.n), self.n)
        self.result.add_fixed(self.stage, "exceptions", float(total), self.n)
        self.result.add_fixed(self.stage, "broken invariants", float(self.broken), self.n)
        kinds = ", ".join(f"{k} {v}" for k, v in self.exceptions.most_common()) or "none"
        self.result.notes.append(f"{self.stage}: {self.n} inputs, exceptions: {kinds}")


def _fuzz_read(n: int, result: TaskResult) -> None:
    from claimledger.read import read_paths

    tally = _Tally("read", result)
    for data in _fuzz_bytes(n):
        text = data[:300].decode("latin-1")

        def read(data: bytes = data) -> list[RawDocument | ReadError]:
            items = list(read_paths(["-"], Options(), stdin=io.BytesIO(data)))
            for item in items:
                if isinstance(item, RawDocument):
                    item.text.encode("utf-8")  # storable: no lone surrogate
            return items

        tally.check(text, read)
    tally.close()


def _raws(n: int) -> list[RawDocument]:
    rng = random.Random(2)
    return [
        RawDocument(id=f"fuzz-{i}", text=t, published=rng.choice(_PUBLISHED))
        for i, t in enumerate(fuzz_texts(n, seed=3))
    ]


def _fuzz_extractors(raws: list[RawDocument], model: str, result: TaskResult) -> None:
    """The numbers, dates and places extractors on each parsed text."""
    from claimledger.nlp import load_nlp
    from claimledger.pipeline import parse_texts

    nlp = load_nlp(model)
    tallies = {s: _Tally(s, result) for s in ("numbers", "dates", "places")}
    options = Options(model=model)
    for start in range(0, len(raws), 64):
        batch = raws[start : start + 64]
        for raw, doc in zip(batch, parse_texts(nlp, [r.text for r in batch]), strict=True):
            if isinstance(doc, Exception):
                for tally in tallies.values():
                    tally.n += 1
                    tally._exception(raw.text, doc)
                continue
            _check_extractors(tallies, raw, doc, options)
    for tally in tallies.values():
        tally.close()


def _check_extractors(
    tallies: dict[str, _Tally], raw: RawDocument, doc: Any, options: Options
) -> None:
    """One parsed text through the numbers, dates and places extractors."""
    from claimledger.extract import dates, numbers, places

    tallies["numbers"].check(raw.text, lambda: numbers.extract_figures(doc, raw.id))
    tallies["dates"].check(
        raw.text,
        lambda: dates.extract_dates(doc, raw.id, dates.find_document_date(raw, None)[0]),
    )
    tallies["places"].check(raw.text, lambda: places.extract_places(doc, raw.id, options))


def _fuzz_pipeline(raws: Iterable[RawDocument], model: str, result: TaskResult) -> None:
    from claimledger.pipeline import analyze_each

    tally = _Tally("pipeline", result)
    for raw, doc in analyze_each(raws, Options(model=model)):
        tally.n += 1
        if isinstance(doc, Document):
            tally.add_broken(raw.text, broken_invariants(raw.text, doc))
        else:
            tally._exception(raw.text, doc)
    tally.close()


def run(ctx: BenchContext) -> TaskResult:
    """Fuzz every stage with ``ctx.limit`` (default 10,000) generated inputs each."""
    n = ctx.limit or DEFAULT_N
    result = TaskResult("fuzz", data=f"{n} generated inputs per stage (seeded)")
    _fuzz_read(n, result)
    raws = _raws(n)
    _fuzz_extractors(raws, ctx.model, result)
    _fuzz_pipeline(raws, ctx.model, result)
    return result
