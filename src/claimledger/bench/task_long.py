"""Bench task ``long``: time and peak memory of one long document, per size.

Input: no data set. The long text is made here from hand-written paragraphs
(``PARAGRAPHS``, written for this bench, with towns, numbers and sources varied by
a fixed rule), cut to each size of ``SIZES`` (100 KB to 5 MB; ``ctx.limit`` keeps
the sizes up to that many KB). Output: a :class:`TaskResult` with, per size, the
wall-clock seconds, the peak RSS (MB), the claims and incidents found, and whether
every evidence span equals the text at its offsets, for the pipeline (``claimledger``,
long texts read section by section) beside the one-piece baseline (``whole-text``).

Each size runs in a fresh subprocess (``python -m claimledger.bench.task_long
--worker SIZE``) so that its peak RSS (``ru_maxrss``) is its own. ``--whole`` in a
worker analyses the text in one piece (``pipeline.LONG_CHARS`` raised past it), as
the pipeline did before long texts were read section by section: the "before"
series. Goal (issues 12 and 15): peak RSS < 1 GB at every size up to 5 MB, and
seconds growing about linearly with the size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

from claimledger.bench.core import BenchContext, TaskResult
from claimledger.bench.task_speed import peak_rss_mb
from claimledger.options import Options

TASK = "long"
SIZES = (100_000, 500_000, 1_000_000, 5_000_000)
RSS_GOAL_MB = 1024.0
# The one-piece baseline is not run past this size (its time grows with the square of it).
WHOLE_MAX = 1_000_000
WORKER_TIMEOUT_S = 7200

TOWNS = ("Kalar", "Tuz", "Hawija", "Daquq", "Makhmur", "Sinjar", "Baiji", "Amerli", "Dibis")
SOURCES = (
    "the provincial health directorate",
    "a police spokesman",
    "the local council",
    "the army",
    "a doctor at the district hospital",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Written for this bench; ``{town}``, ``{n}``, ``{m}``, ``{day}`` and ``{source}`` are varied.
PARAGRAPHS = (
    "Gunmen on motorbikes opened fire on a checkpoint outside {town} on {day} night, "
    "killing {n} policemen and wounding {m} others, {source} said.",
    "A car bomb exploded near the vegetable market in {town} on {day}. According to "
    "{source}, at least {n} people were killed and {m} were taken to hospital.",
    '"We counted {n} bodies in the street," a shopkeeper in {town} told reporters. '
    '"Nobody came to help us for hours."',
    "Residents said the fighting lasted until dawn. {source} later put the toll at {n} "
    "dead, while a rights group said as many as {m} civilians may have died.",
    "The district of {town} has seen repeated attacks since the spring. Farmers say "
    "they no longer dare to work the fields near the old canal after dark.",
    "An air strike hit a house in a village west of {town} on {day}, {source} said, "
    "adding that {n} militants were killed. Villagers said {m} of the dead were children.",
    "Security forces arrested {n} suspects in raids around {town} on {day}, {source} "
    "said in a statement, and seized weapons and explosives.",
    "A roadside bomb struck an army patrol near {town}, killing {n} soldiers. No group "
    "said it had planted the device.",
)


def long_text(size: int, start: int = 0) -> str:
    """A text of at least ``size`` characters: the hand-written paragraphs, varied and repeated.

    Args:
        size: the least number of characters wanted.
        start: the index of the first paragraph (to make a different text of the same kind).

    Returns:
        Paragraphs separated by blank lines, ending at a paragraph end.
    """
    paras: list[str] = []
    chars = 0
    i = start
    while chars < size:
        template = PARAGRAPHS[i % len(PARAGRAPHS)]
        para = template.format(
            town=TOWNS[(i // len(PARAGRAPHS)) % len(TOWNS)],
            n=2 + i % 17,
            m=3 + (i * 7) % 23,
            day=DAYS[i % len(DAYS)],
            source=SOURCES[i % len(SOURCES)],
        )
        para = para[0].upper() + para[1:]
        paras.append(para)
        chars += len(para) + 2
        i += 1
    return "\n\n".join(paras)


def measure(size: int, whole: bool, model: str) -> dict[str, Any]:
    """Analyse one long text in this process: seconds, peak RSS and what was found."""
    from claimledger import pipeline
    from claimledger.nlp import load_nlp

    if whole:
        pipeline.LONG_CHARS = 1 << 40
    options = Options(model=model)
    load_nlp(model)
    text = long_text(size)
    start = time.perf_counter()
    doc = pipeline.analyze(text, "2024-03-09", doc_id="long", options=options)
    seconds = time.perf_counter() - start
    claims = [c for i in doc.incidents for c in i.claims]
    exact = all(text[c.evidence.start : c.evidence.end] == c.evidence.text for c in claims)
    return {
        "chars": len(text),
        "whole": whole,
        "seconds": seconds,
        "peak_rss_mb": peak_rss_mb(),
        "claims": len(claims),
        "incidents": len(doc.incidents),
        "offsets_exact": exact,
    }


def spawn(size: int, whole: bool, model: str) -> dict[str, Any]:
    """Run :func:`measure` in a fresh Python process and return its JSON result."""
    cmd = [sys.executable, "-m", "claimledger.bench.task_long", "--worker", str(size)]
    cmd += ["--model", model] + (["--whole"] if whole else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=WORKER_TIMEOUT_S)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        return {"chars": size, "whole": whole, "error": " | ".join(tail)}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(ctx: BenchContext) -> TaskResult:
    """Time and measure one long document per size, in sections and in one piece.

    Args:
        ctx: the bench context (only ``limit``, the largest size in KB, and ``model``
            are read; a limit under every size runs that one size).

    Returns:
        The TaskResult: per size, ``seconds@<KB>``, ``peak_rss_mb@<KB>``,
        ``claims@<KB>`` and ``offsets_exact@<KB>`` rows of ``claimledger`` (sections)
        and of the baseline ``whole-text`` (one piece, the former path; sizes up to
        ``WHOLE_MAX`` only).
    """
    result = TaskResult(task=TASK, data="hand-written paragraphs (bench/task_long.py)")
    sizes = list(SIZES)
    if ctx.limit is not None:
        sizes = [s for s in SIZES if s <= ctx.limit * 1000] or [ctx.limit * 1000]
    for size in sizes:
        for whole in (True, False) if size <= WHOLE_MAX else (False,):
            _add(result, spawn(size, whole, ctx.model), size)
    result.notes.append(f"whole-text (one piece, the former path) run up to {WHOLE_MAX} chars")
    return result


def _add(result: TaskResult, r: dict[str, Any], size: int) -> None:
    """The rows and note of one measured run."""
    system = "whole-text" if r["whole"] else "claimledger"
    if "error" in r:
        result.notes.append(f"{system} {size} chars: failed: {r['error']}")
        return
    kb = f"@{size // 1000}KB"
    result.add_fixed(system, "seconds" + kb, r["seconds"], r["chars"])
    result.add_fixed(system, "peak_rss_mb" + kb, r["peak_rss_mb"], r["chars"])
    result.add_fixed(system, "claims" + kb, r["claims"], r["chars"])
    result.add_fixed(system, "offsets_exact" + kb, float(r["offsets_exact"]), r["chars"])
    ok = r["peak_rss_mb"] < RSS_GOAL_MB
    result.notes.append(
        f"{system} {r['chars']} chars: {r['seconds']:.1f} s, peak RSS "
        f"{r['peak_rss_mb']:.0f} MB (goal < {RSS_GOAL_MB:.0f} MB: {'met' if ok else 'NOT met'}), "
        f"{r['claims']} claims in {r['incidents']} incidents"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Worker entry point: measure one size and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", type=int, required=True, help="text size in characters")
    parser.add_argument("--whole", action="store_true", help="analyse in one piece (before)")
    parser.add_argument("--model", default=Options().model)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.worker, args.whole, args.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
