"""Headlines read for reports that share little text (``corpus/link_title.py``), helper L,
twenty-third session."""

from __future__ import annotations

from dataclasses import replace

from claimledger.corpus import link_learned, link_search
from claimledger.corpus.ingest import ingest_documents
from claimledger.corpus.link_title import title_similarity, title_words
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.fixtures.corpus.handmade import DAYTON, link_of, shooting_document


def test_title_words_drop_the_outlet_and_the_words_of_every_shooting() -> None:
    got = title_words("Police: 3-Year-Old Boy Finds Gun, Dies In Kelmarsh - WQRT News 9 Ardley")
    assert got == frozenset({"3", "boy", "finds", "kelmarsh"})
    # A separator too early is part of the headline, not the outlet's name.
    assert title_words("UPDATE - Teen wounded at Brellin Park") == frozenset(
        {"teen", "brellin", "park"}
    )
    assert title_words(None) == frozenset()


def test_title_similarity_is_the_cosine_of_the_word_sets() -> None:
    a = title_words("Vigil mourns 13-year-old girl killed in Tuesday shooting")
    b = title_words("13-year-old charged in fatal shooting of 13-year-old girl")
    assert a == frozenset({"vigil", "mourns", "13", "girl", "tuesday"})
    assert b == frozenset({"13", "charged", "girl"})
    assert round(title_similarity(a, b), 3) == round(2 / (5 * 3) ** 0.5, 3)
    assert title_similarity(a, frozenset()) == 0.0


def _feat(incident: int, document: int) -> LinkFeatures:
    return LinkFeatures(
        incident, document, document, "2024-03-02", "day", None, "US", None, None, None, None, None
    )


def test_agreeing_headlines_lift_the_text_veto_but_not_the_crowded_one() -> None:
    c = _feat(2, 20)
    item: link_search._Item = (c, False, 1.0, 0.02, None, None)
    assert link_search._vetoed(item, frozenset(), {}, 0, 0.95, 0.1) is not None
    assert link_search._vetoed(item, frozenset(), {}, 0, 0.95, 0.6) is None
    # A crowded window keeps its own veto whatever the headlines say.
    assert link_search._vetoed(item, frozenset(), {}, 3, 0.95, 0.6) is not None


def test_a_pair_sharing_no_text_is_read_when_headlines_agree() -> None:
    c = _feat(2, 20)
    assert not link_search._plausible(c, False, 0.0, frozenset(), frozenset(), 0.1)
    assert link_search._plausible(c, False, 0.0, frozenset(), frozenset(), 0.6)
    # Beyond the date window a headline alone reads nothing.
    assert not link_search._plausible(c, True, 0.0, frozenset(), frozenset(), 0.9)


def test_the_title_cosine_is_a_feature_of_the_learned_scorer() -> None:
    assert link_learned.FEATURES[-1] == "title"
    f, c = _feat(1, 10), _feat(2, 20)
    ctx = link_learned.PairContext(
        rule=None,
        text=0.0,
        max_text=0.1,
        ds=1.0,
        ps=1.0,
        far=False,
        decisive=0,
        shared_names=0,
        names_differ=False,
        crowd=0,
        n_candidates=1,
        title=0.5,
    )
    row = link_learned.pair_features(f, c, ctx, link_learned.DocContext(frozenset(), False))
    assert len(row) == len(link_learned.FEATURES)
    assert row[-1] == 0.5


# Our own texts: (day, headline, text). The first is a paywall page whose only words are its
# headline; the second names nothing the first does, but its headline agrees; the third is
# another shooting of the same days in the same city.
DOCS: dict[str, tuple[str, str, str]] = {
    "paywall": (
        "2024-05-07",
        "Vigil mourns 13-year-old girl killed in Tuesday shooting",
        "This story is available to subscribers only. Sign in to read more.",
    ),
    "report": (
        "2024-05-08",
        "13-year-old charged in fatal shooting of 13-year-old girl",
        "A boy of 13 was charged with manslaughter on Wednesday after a girl of the same age "
        "was shot in a house on Quarry Lane, police said. Detective Mara Vellis said the gun "
        "belonged to a relative.",
    ),
    "other": (
        "2024-05-08",
        "Man wounded outside bar on Brask Avenue",
        "A man of 40 was hit in the leg outside the Tamsin Lounge late at night, officers said.",
    ),
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [
        replace(shooting_document(r, DOCS[r.id][0], DAYTON, "shooting", 1), title=r.title)
        if "shooting" in r.text
        else replace(shooting_document(r, DOCS[r.id][0], DAYTON, "was hit", 1), title=r.title)
        for r in raws
    ]


def test_a_paywall_page_joins_the_report_its_headline_agrees_with(store: Store) -> None:
    raws = [
        RawDocument(id=k, text=f"{h}\n\n{t}", title=h, published=d) for k, (d, h, t) in DOCS.items()
    ]
    ingest_documents(raws, store, Options(), analyzer=_analyzer)
    cid, reason = link_of(store, "report")
    assert cid == link_of(store, "paywall")[0]
    assert "text 0.00" in reason
    assert link_of(store, "other")[0] != cid
