"""The learned pair scorer of the linker (``corpus/link_learned.py``): its features,
its numpy inference and file format, and the shipped model on our own texts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimledger.corpus import link, link_learned
from claimledger.corpus.ingest import ingest_documents
from claimledger.corpus.link_learned import FEATURES, LinkModel, PairContext
from claimledger.corpus.link_rules import referred_dates
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.fixtures.corpus.handmade import DAYTON, shooting_document
from tests.fixtures.corpus.handmade import link_of as _cid


def _features(incident: int, day: str, published: str) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Violence against civilians", "US", "Ohio",
        "Dayton", 4509884, 39.759, -84.192, (), None, published,
    )  # fmt: skip


FUNERAL = (
    "Relatives gathered on Thursday for the funeral of Jalen Pritt, who was shot on "
    "Wolf Creek Pike on May 4. Pritt was 22."
)


def test_a_follow_up_is_read_through_the_day_it_names_not_its_publication_date() -> None:
    new = _features(2, "2024-06-20", "2024-06-20")
    old = _features(1, "2024-05-04", "2024-05-05")
    named = referred_dates(FUNERAL, "2024-06-20")
    assert named == frozenset({"2024-05-04"})
    ctx = PairContext(
        rule=None, text=0.3, max_text=0.6, ds=0.0, ps=1.0, far=True, decisive=1,
        shared_names=1, names_differ=False, crowd=0, n_candidates=3,
    )  # fmt: skip
    row = dict(zip(FEATURES, link_learned.pair_features(new, old, ctx, link_learned.doc_context(FUNERAL, named)), strict=True))  # fmt: skip
    assert row["named_day"] == 1.0  # the text names the candidate's day
    assert row["log_named_gap"] == 0.0
    assert row["refers_back"] == 1.0  # "funeral"
    assert row["far"] == 1.0 and row["rule_out"] == 1.0
    assert row["log_gap"] == pytest.approx(np.log1p(47))
    assert row["text_rel"] == pytest.approx(0.5)
    assert row["same_place"] == 1.0 and row["type"] == 1.0 and row["actors"] == -1.0
    other = _features(3, "2024-04-02", "2024-04-02")
    far_row = link_learned.pair_features(new, other, ctx, link_learned.doc_context("", named))
    assert far_row[FEATURES.index("named_day")] == 0.0
    assert far_row[FEATURES.index("log_named_gap")] == pytest.approx(np.log1p(32))
    assert far_row[FEATURES.index("refers_back")] == 0.0


def _placed(incident: int, place: str, geonameid: int) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, "2024-05-04", "day", None, "US", "Ohio", place,
        geonameid, None, None, (), None, "2024-05-04",
    )  # fmt: skip


def test_places_apart_are_read_through_whether_one_text_names_the_others_place() -> None:
    # The resolver placed one report in the village, the other in the county around it.
    village, county = _placed(1, "Orlin Falls", 11), _placed(2, "Harwick County", 22)
    county_text = link.content_terms(
        "A man was shot on Mill Road in Harwick County late on Saturday. Deputies from the "
        "Harwick County Sheriff's Office said the victim lived in Orlin Falls."
    )
    other_text = link.content_terms(
        "Deputies in Harwick County found him on Mill Road by the Falls."
    )
    village_text = link.content_terms("A man was shot in the village, Sheriff Dale Amory said.")
    assert link_learned.place_named(village, county, village_text, county_text) == 1.0
    assert link_learned.place_named(county, village, county_text, village_text) == 1.0
    # Neither text names the other's place ("Falls" alone is not "Orlin Falls").
    assert link_learned.place_named(village, county, village_text, other_text) == 0.0
    assert link_learned.place_named(village, _placed(3, "Orlin Falls", 33), [], []) == -1.0
    assert link_learned.place_named(village, _placed(4, "Elsewhere", 11), [], []) == -1.0
    assert link_learned.place_named(village, _placed(5, "", 55), county_text, []) == -1.0
    ctx = PairContext(
        rule=None, text=0.3, max_text=0.3, ds=1.0, ps=0.0, far=False, decisive=0,
        shared_names=0, names_differ=False, crowd=0, n_candidates=1, place_named=1.0,
    )  # fmt: skip
    row = link_learned.pair_features(
        village, county, ctx, link_learned.doc_context("", frozenset())
    )
    assert row[FEATURES.index("place_named")] == 1.0


def _tiny_model() -> LinkModel:
    # Tree 0 splits on "text" at 0.2 (+1 / -1); tree 1 is one leaf (+0.5). Width 3.
    t = FEATURES.index("text")
    return LinkModel(
        feature=np.array([[t, 0, 0], [0, 0, 0]]),
        threshold=np.array([[0.2, np.inf, np.inf], [np.inf, np.inf, np.inf]]),
        left=np.array([[1, 1, 2], [0, 1, 2]]),
        right=np.array([[2, 1, 2], [0, 1, 2]]),
        value=np.array([[0.0, -1.0, 1.0], [0.5, 0.0, 0.0]]),
        bias=-0.5,
        depth=2,
        threshold_link=0.5,
        threshold_merge=0.6,
        meta={"n_pairs": 2},
    )


def test_the_trees_are_walked_in_numpy_and_the_file_is_byte_stable(tmp_path: Path) -> None:
    model = _tiny_model()
    rows = [[0.0] * len(FEATURES), [0.0] * len(FEATURES)]
    rows[1][FEATURES.index("text")] = 0.3
    got = model.predict(rows)
    # logits: -0.5 - 1 + 0.5 = -1 and -0.5 + 1 + 0.5 = 1
    assert got == pytest.approx([1 / (1 + np.e), 1 / (1 + np.exp(-1))])
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    link_learned.save_model(model, a)
    link_learned.save_model(link_learned.read_model(a), b)
    assert a.read_bytes() == b.read_bytes()
    assert link_learned.read_model(b).predict(rows) == pytest.approx(got)
    assert link_learned.read_model(b).meta == {"n_pairs": 2}


def test_the_shipped_model_reads_these_features() -> None:
    model = link_learned.load_model()
    assert model.feature.max() < len(FEATURES)
    assert 0.0 < model.threshold_link <= model.threshold_merge < 1.0
    assert model.meta["n_positive"] > 0 and "tune half" in model.meta["data"]


# Our own texts: (incident day as read, text).
DOCS: dict[str, tuple[str, str]] = {
    "wolf": ("2024-05-04", "Jalen Pritt, 22, was shot on Wolf Creek Pike in Dayton. Pritt is "
             "in critical condition at Miami Valley Hospital."),
    "wolf-2": ("2024-05-05", "Police named Jalen Pritt, 22, as the man who was shot on Wolf "
               "Creek Pike. Pritt remains in hospital."),
    "funeral": ("2024-06-20", FUNERAL),
    "salem": ("2024-06-21", "A woman was shot on Salem Avenue in Dayton on Friday; her name "
              "was not released."),
}  # fmt: skip


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [shooting_document(r, DOCS[r.id][0], DAYTON, "was shot", 1) for r in raws]


def test_the_shipped_scorer_joins_a_funeral_weeks_later_and_keeps_another_shooting_apart(
    store: Store,
) -> None:
    raws = [RawDocument(id=i, text=t, published=d) for i, (d, t) in DOCS.items()]
    with link.using(link.LinkSettings(learned=True)):
        ingest_documents(raws, store, Options(), analyzer=_analyzer)
    wolf = _cid(store, "wolf")[0]
    cid, reason = _cid(store, "funeral")
    assert cid == wolf
    assert reason.startswith("learned ")
    assert _cid(store, "wolf-2")[0] == wolf
    assert _cid(store, "salem")[0] != wolf


def test_the_greedy_linker_uses_no_learned_scorer() -> None:
    assert link.GREEDY.learned is False
