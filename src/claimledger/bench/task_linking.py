"""Bench task ``linking``: documents -> incidents on GVA articles (B-cubed).

Input: ``gva/articles-dev.jsonl`` (``incident_id`` is the gold incident of each
article). Output: a ``TaskResult`` with B-cubed precision, recall and F1 of
the corpus incidents ``claimledger.corpus.ingest`` builds, beside two baselines
computed in the same job: every document alone, and documents grouped by
(date, city) as the pipeline reads them.

The whole file is linked (linking quality depends on how crowded the date
windows are, so a subset would flatter it). ``--limit N`` makes a smoke run
only: the documents of the first incidents of the file until N documents.

The documents are analysed once; the same analyses are then linked by the
current linker (``link.LinkSettings()``: merges, follow-ups, text over place,
shared person names, crowded windows, and the learned pair scorer over the pairs
those rules allow), by the same linker without the learned scorer (``link.RULES``),
and by last turn's greedy linker (``link.GREEDY``), each into its own store.
The linker's constants were tuned on the half of the gold incidents whose
CRC-32 of the id is even (linked on its own); the other half is linked on its
own too and reported beside the whole file ("report half"). Input per
document: its text, title and ``published`` (the date the corpus stores for
the document, not the gold incident date: they differ for 65% of the
articles); no gold id or date.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
import zlib
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from claimledger.bench.core import BenchContext, Metric, TaskResult, bootstrap_fn, skipped
from claimledger.bench.load_gva import Article, load_articles
from claimledger.corpus import link
from claimledger.corpus.ingest import content_hash, ingest_documents
from claimledger.corpus.summary import document_incident
from claimledger.options import Options
from claimledger.read import make_raw_document
from claimledger.records import Document, RawDocument
from claimledger.store import Store

TASK = "linking"
DEV_FILE = Path("gva") / "articles-dev.jsonl"
OURS, RULES, GREEDY, ALONE, DATE_CITY = (
    "claimledger",
    "claimledger rules only (no learned scorer)",
    "greedy linker (last turn)",
    "floor: every document alone",
    "baseline: same date and city",
)
HALF = " [report half]"


def bcubed_items(pred: Sequence[str], gold: Sequence[str]) -> list[tuple[float, float]]:
    """Per-item B-cubed (precision, recall) of a clustering against the gold one.

    Args:
        pred: the predicted cluster label of each item.
        gold: the gold cluster label of each item.

    Returns:
        One (precision, recall) pair per item.
    """
    pred_members: dict[str, set[int]] = {}
    gold_members: dict[str, set[int]] = {}
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        pred_members.setdefault(p, set()).add(i)
        gold_members.setdefault(g, set()).add(i)
    out = []
    for p, g in zip(pred, gold, strict=True):
        both = len(pred_members[p] & gold_members[g])
        out.append((both / len(pred_members[p]), both / len(gold_members[g])))
    return out


def bcubed(pairs: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    """Mean B-cubed precision, recall and their F1."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _add(result: TaskResult, system: str, pairs: list[tuple[float, float]]) -> float:
    """Add the B-cubed rows of one system; return its F1."""
    result.add(system, "bcubed_precision", [p for p, _ in pairs])
    result.add(system, "bcubed_recall", [r for _, r in pairs])
    f1, lo, hi = bootstrap_fn(pairs, lambda s: bcubed(s)[2])
    result.metrics.append(Metric(system, "bcubed_f1", f1, lo, hi, len(pairs)))
    return f1 or 0.0


def publication_order(articles: list[Article]) -> list[int]:
    """Indices of the articles in publication order (file order among equal dates)."""
    return sorted(range(len(articles)), key=lambda i: (articles[i].published or "", i))


def article_raw(a: Article) -> RawDocument:
    """An article as the pipeline's input: its text, title and the date GVA gives."""
    return make_raw_document(
        a.text, doc_id=a.doc_id, title=a.title, published=a.published, published_source="given"
    )


def _articles(path: Path, limit: int | None) -> list[Article]:
    """One article per document id (its first incident is its gold), in file order."""
    seen: set[str] = set()
    out: list[Article] = []
    incidents: set[str] = set()
    for a in load_articles(path):
        if a.doc_id in seen:
            continue
        if limit is not None and len(out) >= limit and a.incident_id not in incidents:
            break
        seen.add(a.doc_id)
        incidents.add(a.incident_id)
        out.append(a)
    return out


def _analyse(raws: list[RawDocument], model: str) -> list[Document | str]:
    """A worker's chunk: each document analysed, or its failure as text."""
    from claimledger.pipeline import analyze_each

    return [
        d if not isinstance(d, Exception) else repr(d)
        for _, d in analyze_each(raws, Options(model=model))
    ]


def _analyse_all(raws: list[RawDocument], model: str) -> dict[str, Document | str]:
    """Every document analysed once, in two processes on the whole file."""
    if len(raws) < 200:
        return dict(zip((r.id for r in raws), _analyse(raws, model), strict=True))
    ctx = multiprocessing.get_context("spawn")
    chunks = [raws[i : i + 100] for i in range(0, len(raws), 100)]
    out: dict[str, Document | str] = {}
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        for chunk, docs in zip(
            chunks, pool.map(_analyse, chunks, [model] * len(chunks)), strict=True
        ):
            out.update(zip((r.id for r in chunk), docs, strict=True))
    return out


def _link(
    raws: list[RawDocument], analysed: dict[str, Document | str], settings: link.LinkSettings
) -> tuple[list[str], list[str], float]:
    """Link analysed documents with ``settings``: predicted and date+city labels, seconds."""

    def cached(batch: list[RawDocument], _options: Options) -> list[Document]:
        docs = []
        for r in batch:
            d = analysed[r.id]
            if isinstance(d, str):
                raise ValueError(d)
            docs.append(d)
        return docs

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "linking.db") as store:
        t0 = time.perf_counter()
        with link.using(settings):
            ingest_documents(raws, store, Options(), analyzer=cached)
        seconds = time.perf_counter() - t0
        pred, city_keys = [], []
        for raw in raws:
            doc_id = store.find_by_hash(content_hash(raw.text))
            cid = document_incident(store, doc_id) if doc_id is not None else None
            pred.append(f"c{cid}" if cid is not None else f"alone:{raw.id}")
            city_keys.append(_date_city(store, doc_id, raw.id, raw.published))
    return pred, city_keys, seconds


def report_half(incident_id: str) -> bool:
    """The gold incidents the linker was not tuned on (odd CRC-32 of the id)."""
    return zlib.crc32(incident_id.encode()) % 2 == 1


# What each linker of the run does (a note of every run).
_SYSTEMS_NOTE = (
    "claimledger: merges, follow-ups naming their day, text over place, and shared "
    "person names (corpus/link_names.py: found by name up to 1,100 days back in any "
    "country; a decisive name lifts the date or the place gate), and crowded "
    "windows (terms several nearby incidents share weigh less; with 2 or more near, "
    "a pair sharing no name needs text >= 0.15), the same block of one street within "
    "the date window (corpus/link_address.py: scored as a decisive name), and the learned pair scorer "
    "(corpus/link_learned.py, resources/models/linking.npz, trained on the tune half "
    "only), which scores the pairs those rules allow; it may not link a pair sharing "
    "no decisive name whose text cosine is below 0.1 (unless their headlines' telling "
    "words reach cosine 0.4 within the window: corpus/link_title.py), or in a crowded window whose "
    "text cosine is below 0.15 or whose learned score is below 0.8 (link_search.CROWDED_LINK), or whose documents, published "
    "within 2 days, each name their own streets, neighbourhoods or a city's state and never "
    "the other's (corpus/link_local.py), or one of whose texts says the shootings are not "
    "linked, or, published a day apart with tolls apart, share only a city's name and the "
    "day (corpus/link_apart.py); another country's incidents in the window sharing one of the "
    "document's 8 rarest terms are candidates when the text cosine reaches 0.2 "
    "(a place read in the wrong country); after the run, an incident still alone is scored again "
    "against the finished corpus and joins the best other at the merge threshold (second pass, "
    "corpus/link_pass.py); a document reading no incident attaches to the one corpus incident "
    "whose reports name its victim, give its street block, or (a headline-only page) whose "
    "headlines agree with its own (corpus/link_followup.py); "
    "rules only: link.RULES, the same linker without the learned scorer "
    "or the second pass; "
    "greedy linker (last turn): link.GREEDY, no merges, no follow-ups, places gate; "
    "report half: the gold incidents with odd CRC-32 of the id, linked on their own "
    "(the linker's constants were tuned on the even half)"
)


def run(ctx: BenchContext) -> TaskResult:
    """Link GVA articles into incidents and score them with B-cubed.

    Args:
        ctx: the bench context (``ctx.file`` replaces the dev file; ``ctx.limit``
            makes a smoke run, see the module docstring).

    Returns:
        The TaskResult (skipped when the data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    articles = _articles(path, ctx.limit)
    result = TaskResult(task=TASK, data=str(path))
    # Documents arrive in publication order, as they would in a live ingest.
    order = publication_order(articles)
    raws = [article_raw(articles[i]) for i in order]
    gold = [articles[i].incident_id for i in order]
    ids = [articles[i].doc_id for i in order]
    t0 = time.perf_counter()
    analysed = _analyse_all(raws, ctx.model)
    nlp_seconds = time.perf_counter() - t0
    pred, city_keys, seconds = _link(raws, analysed, link.LinkSettings())
    greedy, _, greedy_seconds = _link(raws, analysed, link.GREEDY)
    rules, _, _ = _link(raws, analysed, link.RULES)
    f1 = _add(result, OURS, bcubed_items(pred, gold))
    l1 = _add(result, RULES, bcubed_items(rules, gold))
    g1 = _add(result, GREEDY, bcubed_items(greedy, gold))
    _add(result, ALONE, bcubed_items(ids, gold))
    _add(result, DATE_CITY, bcubed_items(city_keys, gold))
    half = [i for i, g in enumerate(gold) if report_half(g)]
    hraws = [raws[i] for i in half]
    hgold = [gold[i] for i in half]
    hpred, hcity, _ = _link(hraws, analysed, link.LinkSettings())
    hgreedy, _, _ = _link(hraws, analysed, link.GREEDY)
    hrules, _, _ = _link(hraws, analysed, link.RULES)
    h1 = _add(result, OURS + HALF, bcubed_items(hpred, hgold))
    hl1 = _add(result, RULES + HALF, bcubed_items(hrules, hgold))
    _add(result, GREEDY + HALF, bcubed_items(hgreedy, hgold))
    _add(result, ALONE + HALF, bcubed_items([ids[i] for i in half], hgold))
    _add(result, DATE_CITY + HALF, bcubed_items(hcity, hgold))
    result.errors += _errors(ids, pred, gold)
    failed = sum(isinstance(d, str) for d in analysed.values())
    result.notes += [
        f"{len(raws)} distinct documents of {len(set(gold))} gold incidents "
        f"({len(half)} documents in the report half); analysed once in {nlp_seconds:.0f} s "
        f"({failed} failed), linked in {seconds:.0f} s (greedy {greedy_seconds:.0f} s)",
        "items: one per distinct doc_id (an article listed under several incidents is scored "
        "with its first); documents ingested in publication order; a document without an "
        "incident of its own stays alone, even when it near-duplicates another "
        "(summary.document_incident)",
        "baseline date+city: the document's first incident date (else its publication day) "
        "and location name as the pipeline reads them; no city = alone",
        _SYSTEMS_NOTE,
        f"goal F1 >= 0.95 with precision >= 0.97; ours {f1:.3f} (greedy {g1:.3f}); "
        f"report half {h1:.3f}; rules only {l1:.3f}, report half {hl1:.3f}"
        + (f"; SMOKE RUN (--limit {ctx.limit}): not comparable" if ctx.limit else ""),
    ]
    return result


def _date_city(store: Store, doc_id: int | None, ext: str, published: str | None) -> str:
    """The (date, city) key of the baseline."""
    if doc_id is None:
        return f"alone:{ext}"
    for f in store.link_features(doc_id):
        if f.place:
            return f"{f.date or published}|{f.place.lower()}"
    return f"alone:{ext}"


def _errors(ids: list[str], pred: list[str], gold: list[str]) -> list[dict[str, object]]:
    """Documents put with another incident's documents, or kept apart from their own."""
    by_pred: dict[str, list[int]] = {}
    by_gold: dict[str, list[int]] = {}
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        by_pred.setdefault(p, []).append(i)
        by_gold.setdefault(g, []).append(i)
    rows: list[dict[str, object]] = []
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        wrong = [ids[j] for j in by_pred[p] if gold[j] != g]
        missed = [ids[j] for j in by_gold[g] if pred[j] != p]
        if wrong or missed:
            rows.append(
                {
                    "doc_id": ids[i],
                    "gold": g,
                    "pred": p,
                    "merged_with_other": wrong[:5],
                    "split_from": missed[:5],
                }
            )
    return rows[:1000]
