"""Incident linking and near-duplicate detection."""

from __future__ import annotations

import math
import zlib
from pathlib import Path
from typing import Any

import pytest

from claimledger.corpus import link
from claimledger.store import LinkFeatures, Store
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of

STORY = (
    "Gunmen attacked a police post on the ring road outside Mosul late on Thursday, "
    "killing four officers and wounding two, a provincial spokesman said. The attackers "
    "escaped in two cars before reinforcements arrived from the city."
)
COPY = "REPOST: " + STORY.replace("late on Thursday", "on Thursday night") + " Share widely."
OTHER = (
    "Heavy rain flooded several streets of Basra on Thursday and the city council said "
    "pumps would run through the night to clear the water from homes."
)


def _f(**kw: Any) -> LinkFeatures:
    base: dict[str, Any] = dict(
        incident_id=1,
        document_id=1,
        canonical_document_id=1,
        date="2024-03-10",
        precision="day",
        event_type="Battles",
        country_code="IQ",
        admin1="Kirkuk",
        place="Kirkuk",
        geonameid=94787,
        lat=35.468,
        lon=44.392,
    )
    base.update(kw)
    return LinkFeatures(**base)


def test_link_sketch_recognises_a_repost_but_not_another_story() -> None:
    a, b, c = link.sketch(STORY), link.sketch(COPY), link.sketch(OTHER)
    assert len(a) == min(link.SKETCH_SIZE, len(link.words(STORY)) - 4)
    assert link.sketch_similarity(a, b) >= link.DUPLICATE_JACCARD
    assert link.sketch_similarity(a, c) == 0.0
    assert link.sketch_similarity(a, a) == 1.0


def test_link_sketch_is_stable_across_processes() -> None:
    # CRC-32, not the salted built-in hash: a sketch stored today matches tomorrow's.
    crc = [zlib.crc32(w.encode()) for w in ("one", "two", "three", "four", "five")]
    h = 0
    for x in crc:
        h = (h * 1_000_003 + x) & ((1 << 63) - 1)
    assert link.sketch("One two three four five") == [link._mix(h)]
    assert link.sketch("") == []


def test_link_content_terms_keep_name_like_words() -> None:
    text = (
        "The gunmen shot Ahmed Salih near the Nabi Younis shrine in Mosul. "
        "Police said Salih died later. They fled; Mosul is calm.\nResidents in Mosul mourned."
    )
    terms = link.content_terms(text)
    # Most frequent first; sentence-opening words ("Police", "They") are not names.
    assert terms[0] == "mosul"
    assert set(terms) == {"mosul", "salih", "ahmed", "nabi", "younis"}
    assert link.content_terms("no capitals here at all.") == []


class _Counts:
    """A stand-in store answering only term statistics."""

    def __init__(self, df: dict[str, int], n: int) -> None:
        self._df, self._n = df, n

    def total_documents(self) -> int:
        return self._n

    def term_document_counts(self, terms: Any) -> dict[str, int]:
        return {t: self._df[t] for t in terms if t in self._df}


def _idf(n: int, k: int) -> float:
    return (math.log((n + 1) / (k + 1)) + 1.0) ** 2


def test_vector_weights_are_kept_per_count_and_renewed_when_a_document_is_added() -> None:
    # TermIndex.vector keeps one weight per term count while no document is added (helper L,
    # twenty-fourth session): the same floats as the IDF formula, recomputed after ``added``.
    index = link.TermIndex(_Counts({"kelby": 2, "marsh": 2, "orrin": 7}, 20))  # type: ignore[arg-type]
    weights, norm = index.vector(["kelby", "marsh", "orrin", "tallow", "kelby", "x_name"])
    assert weights == {
        "kelby": _idf(20, 2),
        "marsh": _idf(20, 2),
        "orrin": _idf(20, 7),
        "tallow": _idf(20, 0),
    }
    assert norm == sum(weights.values())
    assert index.weights == {2: _idf(20, 2), 7: _idf(20, 7), 0: _idf(20, 0)}
    index.added(["kelby", "orrin"])
    weights, _ = index.vector(["kelby", "marsh"])
    assert weights == {"kelby": _idf(21, 3), "marsh": _idf(21, 2)}
    assert index.weights == {3: _idf(21, 3), 2: _idf(21, 2)}


def test_vector_reads_a_stored_documents_terms_once_per_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # TermIndex.vector with a document id filters and loads its terms once (helper L,
    # twenty-fifth session); the weights still follow every added document.
    store = _Counts({"kelby": 2, "orrin": 7}, 20)
    index = link.TermIndex(store)  # type: ignore[arg-type]
    plain = index.vector(["kelby", "orrin", "x_name"])
    assert index.vector(["kelby", "orrin", "x_name"], 5) == plain
    assert index.loaded == {5: ["kelby", "orrin"]}
    asked: list[list[str]] = []
    monkeypatch.setattr(store, "term_document_counts", lambda t: asked.append(list(t)) or {})
    # the stored document's terms are read from the writer's cache, not from the call
    assert index.vector([], 5) == plain
    index.added(["kelby"])
    assert index.vector([], 5)[0] == {"kelby": _idf(21, 3), "orrin": _idf(21, 7)}
    assert asked == []
    monkeypatch.setattr(link, "MAX_LOADED", 1)
    index.vector(["orrin"], 6)  # full: the writer starts over
    assert index.loaded == {6: ["orrin"]}


def test_link_text_similarity_weights_rare_terms() -> None:
    index = link.TermIndex(
        _Counts({"killed": 90, "adhamiya": 1, "checkpoint": 5, "market": 40}, 100)
    )  # type: ignore[arg-type]
    rare_sim, rare = link.text_similarity(
        index.vector(["adhamiya", "killed"]), index.vector(["adhamiya", "market"])
    )
    common_sim, _ = link.text_similarity(
        index.vector(["killed", "checkpoint"]), index.vector(["killed", "market"])
    )
    assert rare == ["adhamiya"]
    assert rare_sim > 0.5 > common_sim > 0.0
    assert link.text_similarity(index.vector(["market"]), index.vector(["market"]))[
        0
    ] == pytest.approx(1.0)
    assert link.text_similarity(index.vector([]), index.vector(["market"])) == (0.0, [])


def test_link_term_index_counts_new_documents() -> None:
    index = link.TermIndex(_Counts({"market": 4}, 10))  # type: ignore[arg-type]
    index.load(["market", "bazaar"])
    index.added(["market", "bazaar", "market"])
    assert (index.df["market"], index.df["bazaar"], index.n_docs) == (5, 1, 11)


def test_link_date_score_widens_with_precision() -> None:
    a = _f(date="2024-03-10")
    assert link.date_score(a, _f(date="2024-03-12"))[0] == 1.0  # within the 3-day slack
    assert link.date_score(a, _f(date="2024-03-20"))[0] == pytest.approx(0.3)
    assert link.date_score(a, _f(date="2024-03-30"))[0] == 0.0
    # "in March" against a day: the month's 15 days of tolerance apply.
    assert link.date_score(a, _f(date="2024-03-25", precision="month"))[0] == 1.0
    assert link.date_score(a, _f(date=None))[0] is None


def test_link_place_score_vetoes_other_country_and_far_places() -> None:
    a = _f()
    assert link.place_score(a, _f(country_code="SY"))[0] == 0.0
    # Baghdad is about 240 km from Kirkuk: another event.
    baghdad = _f(place="Baghdad", geonameid=98182, lat=33.341, lon=44.401, admin1="Baghdad")
    assert link.place_score(a, baghdad)[0] == 0.0
    near = _f(place="Taza", geonameid=1, lat=35.30, lon=44.33)
    assert link.place_score(a, near)[0] == 1.0
    assert link.place_score(a, _f(geonameid=None, lat=None, lon=None, place=None))[0] == 0.7
    assert (
        link.place_score(a, _f(geonameid=None, lat=None, lon=None, place=None, admin1=None))[0]
        is None
    )


def test_link_place_score_namesakes_and_same_province() -> None:
    a = _f()
    # The same name resolved to two gazetteer entries still counts as one place.
    assert link.place_score(a, _f(geonameid=5, lat=30.0, lon=40.0))[0] == 1.0
    # Far apart but in one province: a partial agreement, not a veto.
    far_same_admin1 = _f(place="Hawija", geonameid=7, lat=34.0, lon=43.0)
    assert link.place_score(a, far_same_admin1)[0] == link.SAME_ADMIN1_SCORE


def test_link_date_score_falls_back_on_publication_dates() -> None:
    a = _f(date="2024-03-10", published="2024-03-11")
    wrong_week = _f(date="2024-02-20", published="2024-03-12")
    score, reason = link.date_score(a, wrong_week)
    assert score == 1.0 and reason.startswith("published Δ1d")
    assert link.date_score(a, _f(date="2024-02-20", published="2024-02-21"))[0] == 0.0


def test_link_score_pair_gates_on_date_and_place() -> None:
    a = _f()
    s_same, reason = link.score_pair(a, _f(), 0.4, ["qaysariya"])
    assert s_same == 1.0
    assert "qaysariya" in reason and "same place Kirkuk" in reason
    s_late, _ = link.score_pair(a, _f(date="2024-04-30"), 0.4, [])
    assert s_late == 0.0
    s_notext, _ = link.score_pair(a, _f(), 0.0, [])
    assert s_notext < link.LINK_THRESHOLD


def test_link_corpus_groups_documents_by_event(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    groups: dict[int | None, set[str]] = {}
    for ext in (
        "kirkuk-wire-1",
        "kirkuk-local-2",
        "kirkuk-wire-3",
        "kirkuk-repost-4",
        "idlib-monitor-1",
        "idlib-rescue-2",
        "idlib-witness-3",
        "borno-army-1",
        "borno-source-2",
        "borno-official-3",
        "baghdad-1",
        "baghdad-2",
    ):
        groups.setdefault(corpus_incident_of(store, ext), set()).add(ext.split("-")[0])
    assert None not in groups
    assert sorted(sorted(g) for g in groups.values()) == [
        ["baghdad"],
        ["borno"],
        ["idlib"],
        ["kirkuk"],
    ]
    assert corpus_incident_of(store, "unrelated-1") is None


def test_link_repost_is_linked_as_near_duplicate(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    cid = corpus_incident_of(store, "kirkuk-repost-4")
    assert cid is not None
    rows = {i.external_id: i for i in store.incidents_of(cid)}
    assert rows["kirkuk-repost-4"].link_reason is not None
    assert rows["kirkuk-repost-4"].link_reason.startswith("near-duplicate of document 1")
    doc = store.get_document(rows["kirkuk-repost-4"].document_id)
    assert doc.duplicate_of == rows["kirkuk-wire-1"].document_id
    assert "same place Kirkuk" in (rows["kirkuk-local-2"].link_reason or "")
    assert (rows["kirkuk-local-2"].link_score or 0) >= link.LINK_THRESHOLD


class _CountingStore:
    """Wraps a store and records the candidate queries linking makes."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.candidates: list[int] = []

    def link_candidates(self, *args: Any) -> Any:
        rows = self._store.link_candidates(*args)
        self.candidates.append(len(rows))
        return rows

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_link_is_incremental_and_blocks_by_date_and_country(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    from tests.fixtures.corpus.handmade import load_raws, read_document

    raw = next(r for r in load_raws() if r.id == "borno-army-1")
    doc = read_document(raw)
    doc = type(doc)(**{**doc.__dict__, "id": "borno-late-copy", "text": doc.text + " Updated."})
    counting = _CountingStore(store)
    with store.transaction():
        pk = store.add_document(doc, "another-hash")
        store.add_terms(pk, link.content_terms(doc.text))
        decisions = link.link_document(counting, pk)  # type: ignore[arg-type]
    # The country block returns only the 3 Borno incidents: the Iraqi and Syrian ones
    # are outside it. The second query looks up the document's 8 rarest terms in every
    # country of the window (link_search.CROSS_COUNTRY_TEXT: a place read in the wrong
    # country); "soldiers" and "Tuesday" find one Iraqi and two Syrian incidents, whose
    # text cosine stays below 0.2: they are not scored.
    assert counting.candidates == [3, 6]
    assert len(decisions) == 1 and not decisions[0].created
    assert decisions[0].corpus_incident_id == corpus_incident_of(store, "borno-army-1")


def test_link_window_at_the_calendar_edges_does_not_overflow() -> None:
    """A document dated 0001-01-01 or 9999-12-31 is valid input (issue 12)."""

    def features(day: str) -> LinkFeatures:
        return LinkFeatures(1, 1, 1, day, "day", None, None, None, None, None, None, None)

    low = link._window(features("0001-01-01"))
    high = link._window(features("9999-12-31"))
    assert low is not None and low[0] == "0001-01-01" and low[1] > "0001-01-01"
    assert high is not None and high[1] == "9999-12-31" and high[0] < "9999-12-31"
