"""Bench task ``gva``: killed/injured counts, date and place of US gun-violence incidents.

Input: ``gva/articles-dev.jsonl`` (or ``ctx.file``, same format) and the
incidents file beside it (the articles file's name with "articles" replaced by
"incidents"), read by :mod:`claimledger.bench.load_gva`. Output: a
:class:`TaskResult`: claimledger's and floor baselines' scores, error rows.

Rules (also written into the result notes):

* One case per article with a text (``text_flag`` null) whose incident has a
  GVA record; flagged texts and incidents without a record are skipped and
  counted in the notes. The article's title goes in as the headline and its
  ``published`` date as the document date.
* killed/injured: the first incident's ``estimates[figure].best`` against
  ``num_killed``/``num_injured``, exact and absolute error; no estimate = 0.
* date: the first incident's date equal to the GVA date (day).
* place: the incident location's name against ``city_or_county`` and its
  admin1 against ``state`` (case-insensitive; "St." = "Saint"; states compared
  as names, so "CA" = "California"). ``city_match`` reads the city outside the
  brackets only; ``city_or_locality_match`` (thirty-fourth session) takes the
  locality GVA writes in brackets too ("Goleta (Isla Vista)": a place named Isla
  Vista is right): 6 of the first 150 articles' place errors were that.
  ``town_match`` (thirty-fifth session) reads the location's ``city`` (the town
  a neighbourhood lies in: "Englewood" -> Chicago, from the post office's ZIP
  table, ``resources/gazetteer/postal.py``) where it has one, else its name,
  against the city outside the brackets: GVA files a shooting in a city's
  neighbourhood under the city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import first_count_before_casualty_word, majority_class
from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_gva import (
    Article,
    GvaIncident,
    incidents_path_for,
    load_articles,
    load_incidents,
)
from claimledger.bench.task_tbij import (
    FLOOR,
    OURS,
    analyze_safely,
    figure_evidence,
    first_incident,
    note_crashes,
    predicted_figure,
)
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document

TASK = "gva"
DEV_FILE = Path("gva") / "articles-dev.jsonl"

_SAINT = re.compile(r"\b(?:st|ste)\.?\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(.*?\)\s*")
_INSIDE = re.compile(r"\((.*?)\)")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Case:
    """A scored article and its incident's gold record."""

    article: Article
    gold: GvaIncident


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Lower-cased state code or name -> lower-cased state name (pycountry, built once)."""
    import pycountry

    table: dict[str, str] = {}
    # pycountry's database lookups are untyped.
    subdivisions = pycountry.subdivisions.get(country_code="US")  # type: ignore[no-untyped-call]
    for sub in subdivisions or []:
        name = str(sub.name).lower()
        table[str(sub.code).split("-")[1].lower()] = name
        table[name] = name
    table["washington, d.c."] = table["washington dc"] = "district of columbia"
    return table


def norm_state(value: str | None) -> str | None:
    """A US state as its lower-case name ("CA", "california" -> "california")."""
    if not value:
        return None
    key = _SPACES.sub(" ", value.strip().lower())
    return _us_states().get(key, key)


def norm_city(value: str | None) -> str | None:
    """A city for comparison: lower case, "St." -> "saint", no brackets or punctuation."""
    if not value:
        return None
    value = _PAREN.sub(" ", value)
    value = _SAINT.sub("saint ", value)
    value = _NON_WORD.sub(" ", value.lower())
    return _SPACES.sub(" ", value).strip() or None


def city_names(value: str | None) -> frozenset[str]:
    """Every name a GVA ``city_or_county`` gives the place: the city, and the locality in
    brackets ("Goleta (Isla Vista)", "Salt Lake City (Cottonwood Heights)": Isla Vista is
    the finer place, within Goleta), each as ``norm_city`` writes it."""
    if not value:
        return frozenset()
    inner = [norm_city(m) for m in _INSIDE.findall(value)]
    return frozenset(n for n in (norm_city(value), *inner) if n)


def select_cases(
    articles: Sequence[Article], incidents: dict[str, GvaIncident], limit: int | None
) -> tuple[list[Case], dict[str, int]]:
    """Scorable cases (first ``limit``) and the counts of what was skipped, by reason."""
    cases: list[Case] = []
    skipped_counts = {"flagged text": 0, "no GVA record": 0}
    for article in articles:
        if limit is not None and len(cases) >= limit:
            break
        if article.text_flag is not None or not article.text.strip():
            skipped_counts["flagged text"] += 1
            continue
        gold = incidents.get(article.incident_id)
        if gold is None or not gold.has_gva_record:
            skipped_counts["no GVA record"] += 1
            continue
        cases.append(Case(article, gold))
    return cases, skipped_counts


def _predicted_place(doc: Document) -> tuple[str | None, str | None, str | None, str | None]:
    """Name, admin1, evidence text and town (``city`` else name) of the first
    incident's location."""
    incident = first_incident(doc)
    loc = incident.location if incident else None
    if loc is None:
        return None, None, None, None
    evidence = loc.evidence.text if loc.evidence else None
    return loc.name, loc.admin1, evidence, loc.city or loc.name


def _error(case: Case, field: str, gold: Any, predicted: Any, evidence: Any) -> dict[str, Any]:
    """One JSONL error row."""
    return {
        "task": TASK,
        "id": case.article.doc_id,
        "incident_id": case.gold.incident_id,
        "field": field,
        "gold": gold,
        "predicted": predicted,
        "evidence": evidence,
        "title": case.article.title,
    }


def _score_counts(result: TaskResult, cases: Sequence[Case], docs: Sequence[Document]) -> None:
    """killed and injured: exact and absolute error, ours and floor."""
    for figure in ("killed", "injured"):
        ours_exact: list[float] = []
        ours_err: list[float] = []
        floor_exact: list[float] = []
        floor_err: list[float] = []
        found: list[float] = []
        for case, doc in zip(cases, docs, strict=True):
            gold = case.gold.num_killed if figure == "killed" else case.gold.num_injured
            if gold is None:
                continue
            pred = predicted_figure(doc, figure)
            ours_exact.append(float(pred.best == gold))
            ours_err.append(float(abs(pred.best - gold)))
            found.append(float(pred.found))
            text = _case_text(case)
            floor_value = first_count_before_casualty_word(text, figure) or 0
            floor_exact.append(float(floor_value == gold))
            floor_err.append(float(abs(floor_value - gold)))
            if pred.best != gold:
                result.errors.append(
                    _error(
                        case,
                        figure,
                        gold,
                        [pred.low, pred.best, pred.high] if pred.found else "none",
                        figure_evidence(doc, figure),
                    )
                )
        if not ours_exact:
            continue
        result.add(OURS, f"{figure}_exact", ours_exact)
        result.add(OURS, f"{figure}_mae", ours_err)
        result.add(OURS, f"{figure}_predicted", found)
        result.add(FLOOR, f"{figure}_exact", floor_exact)
        result.add(FLOOR, f"{figure}_mae", floor_err)


def _case_text(case: Case) -> str:
    """The text the floor reads: title and body, as the pipeline reads them."""
    return make_raw_document(case.article.text, title=case.article.title).text


def _score_date(result: TaskResult, cases: Sequence[Case], docs: Sequence[Document]) -> None:
    """Incident date equal to the GVA date; the floor guesses the article's publication day."""
    ours: list[float] = []
    floor: list[float] = []
    for case, doc in zip(cases, docs, strict=True):
        if case.gold.date is None:
            continue
        incident = first_incident(doc)
        value = incident.date.value if incident and incident.date else None
        ours.append(float(value == case.gold.date))
        floor.append(float(case.article.published == case.gold.date))
        if value != case.gold.date:
            evidence = (
                incident.date.evidence.text
                if incident and incident.date and incident.date.evidence
                else None
            )
            result.errors.append(
                _error(
                    case,
                    "date",
                    case.gold.date,
                    {"value": value, "published": case.article.published},
                    evidence,
                )
            )
    if ours:
        result.add(OURS, "date_exact", ours)
        result.add(FLOOR, "date_exact", floor)


def _score_place(result: TaskResult, cases: Sequence[Case], docs: Sequence[Document]) -> None:
    """City and state matches; the floor always answers the most common gold city/state."""
    city_gold = [norm_city(c.gold.city_or_county) for c in cases]
    state_gold = [norm_state(c.gold.state) for c in cases]
    top_city = majority_class(g for g in city_gold if g)
    top_state = majority_class(g for g in state_gold if g)
    city_hits: list[float] = []
    either_hits: list[float] = []
    town_hits: list[float] = []
    state_hits: list[float] = []
    city_floor: list[float] = []
    state_floor: list[float] = []
    found: list[float] = []
    for case, doc, gcity, gstate in zip(cases, docs, city_gold, state_gold, strict=True):
        name, admin1, evidence, town = _predicted_place(doc)
        pcity, pstate = norm_city(name), norm_state(admin1)
        if gcity:
            city_hits.append(float(pcity == gcity))
            town_hits.append(float(norm_city(town) == gcity))
            either_hits.append(float(pcity in city_names(case.gold.city_or_county)))
            city_floor.append(float(top_city == gcity))
            found.append(float(name is not None))
        if gstate:
            state_hits.append(float(pstate == gstate))
            state_floor.append(float(top_state == gstate))
        if (gcity and pcity != gcity) or (gstate and pstate != gstate):
            result.errors.append(
                _error(
                    case,
                    "place",
                    {"city": case.gold.city_or_county, "state": case.gold.state},
                    None if name is None else {"name": name, "admin1": admin1, "town": town},
                    evidence,
                )
            )
    if city_hits:
        result.add(OURS, "city_match", city_hits)
        result.add(FLOOR, "city_match", city_floor)
        result.add(OURS, "city_or_locality_match", either_hits)
        result.add(OURS, "town_match", town_hits)
        result.add(OURS, "place_predicted", found)
    if state_hits:
        result.add(OURS, "state_match", state_hits)
        result.add(FLOOR, "state_match", state_floor)


def run(ctx: BenchContext) -> TaskResult:
    """Score counts, date and place on GVA articles against their incidents.

    Args:
        ctx: the bench context (``ctx.file`` names the articles file; the
            incidents file is found beside it; ``ctx.limit`` keeps the first N
            scorable articles).

    Returns:
        The TaskResult (skipped when a data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    incidents_path = incidents_path_for(path)
    if not incidents_path.exists():
        return skipped(TASK, f"no incidents file at {incidents_path}")
    incidents = load_incidents(incidents_path)
    cases, skipped_counts = select_cases(list(load_articles(path)), incidents, ctx.limit)
    result = TaskResult(task=TASK, data=f"{path} + {incidents_path.name}")
    if not cases:
        result.notes.append("no scorable article")
        return result
    raws = [
        make_raw_document(
            c.article.text,
            doc_id=c.article.doc_id,
            title=c.article.title,
            published=c.article.published,
            published_source="given",
        )
        for c in cases
    ]
    docs, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    _score_counts(result, cases, docs)
    _score_date(result, cases, docs)
    _score_place(result, cases, docs)
    result.notes += [
        f"{len(cases)} articles scored; skipped {skipped_counts['flagged text']} flagged or "
        f"empty texts and {skipped_counts['no GVA record']} articles whose incident has no "
        "GVA record" + (f" (stopped at --limit {ctx.limit})" if ctx.limit else ""),
        "text = title + article text, published = the article's date; prediction = first "
        "incident; no estimate is scored as 0",
        "floor: counts = first number before a casualty word (none = 0); date = the "
        "article's publication day; city/state = the most common gold value",
    ]
    return result
