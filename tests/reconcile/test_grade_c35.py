"""Helper C, thirty-fifth session: the grade's relays and portraits, the low of "up to N",
and one rule for sources that name no one at both levels.

* "A blog run by exiled activists reported ..., citing an unnamed villager" is one origin
  (the villager's, the blog relaying): the parse's name for the subject ("A blog") is held by
  the relay's name with its participle ("run by ..."), not a second source
  (``grade_merge._AFTER_HEAD``).
* "Police said officers shot at a youth who threw a petrol bomb; witnesses said he was
  walking home": a relative clause of throwing arms portrays a combatant
  (``grade_victims._threw_arms``), "he was walking home" a civilian
  (``grade_portraits._EVERYDAY``), and a police's own officers doing the harm make it a party
  (``grade_victims._doer_by_own_word``): contested. Stones are no arms.
* "up to two people may have been killed", alone: the low is 0 (``estimates._possible_only``);
  beside a firm count, that count.
* Sources that name no one who reports ("residents", "neighbours", "people") are no source
  at the corpus level either (``corpus.independence._reporting``), as in one document; and
  reports no one is named for ("Initial reports") are the writer's own account at both
  levels (``reconcile.origin.unnamed_reports``).

Designed on assessments-fresh20..25 and fresh20..30; every text here was written for these
tests (invented places, outlets, people and numbers).
"""

from __future__ import annotations

from claimledger.corpus.independence import independent_sources
from claimledger.pipeline import analyze
from claimledger.reconcile.estimates import estimate
from claimledger.reconcile.grade import independent_sources as document_sources
from claimledger.reconcile.origin import is_reporting_source, unnamed_reports
from claimledger.records import Claim, Evidence, Source
from claimledger.store import StoredClaim


def _grade(text: str) -> str:
    doc = analyze(text, published="2026-05-20")
    assert doc.incidents and doc.incidents[0].grade is not None
    return doc.incidents[0].grade


# --- relays -----------------------------------------------------------------------------


def test_a_blog_citing_a_villager_is_one_origin() -> None:
    text = (
        "A blog run by exiled activists reported that four farmers died in a strike near "
        "Terlov on 12 May 2026, citing an unnamed villager."
    )
    doc = analyze(text, published="2026-05-20")
    inc = doc.incidents[0]
    assert inc.grade == "weak"
    assert [(s.name, s.relays) for s in inc.sources] == [
        ("an unnamed villager", ("A blog run by exiled activists",))
    ]


def test_a_site_based_somewhere_quoting_a_shepherd_is_one_origin() -> None:
    text = (
        "A news site based in Vardel, quoting a local shepherd, reported that two boys were "
        "killed by a drone near Terlov on 12 May 2026."
    )
    assert _grade(text) == "weak"


def test_two_outlets_each_with_their_own_source_stay_two() -> None:
    text = (
        "A blog run by exiled activists reported that four farmers died in a strike near "
        "Terlov on 12 May 2026, citing an unnamed villager. The Terlov district hospital said "
        "it had received four bodies."
    )
    assert _grade(text) == "fair"


# --- who was harmed -----------------------------------------------------------------------

PETROL = (
    "A teenager was killed near a checkpoint outside Marsk on 12 May 2026. Police said "
    "officers shot at a youth who threw a petrol bomb; witnesses said he was walking home "
    "from a football match."
)
STONES = (
    "A teenager was killed near a checkpoint outside Marsk on 12 May 2026. Police said "
    "officers shot at a youth who threw stones; witnesses said he was walking home from "
    "school."
)


def test_a_youth_who_threw_a_petrol_bomb_against_walking_home_is_contested() -> None:
    doc = analyze(PETROL, published="2026-05-20")
    inc = doc.incidents[0]
    assert inc.grade == "contested"
    assert any("who was harmed: police [youth]" in r for r in inc.grade_reasons)


def test_a_youth_who_threw_stones_is_no_combatant() -> None:
    assert _grade(STONES) == "fair"


def test_witnesses_telling_of_officers_are_no_party() -> None:
    text = (
        "A man was killed near a checkpoint outside Marsk on 12 May 2026. Witnesses said "
        "officers shot at a man who threw a grenade; his family said he was walking home."
    )
    assert _grade(text) == "fair"


# --- the low of "up to N" ------------------------------------------------------------------


def _claim(low: int | None, high: int | None, qualifier: str, name: str, statement: str,
           hedged: bool) -> Claim:  # fmt: skip
    return Claim(
        figure="killed",
        statement=statement,
        low=low,
        high=high,
        qualifier=qualifier,
        source=Source(name, "social_media"),
        hedged=hedged,
        evidence=Evidence(0, 1, "x", "d"),
    )


MAY = "A channel said that up to two people may have been killed in the strike."


def test_up_to_n_said_only_as_possible_keeps_the_low_open() -> None:
    est = estimate([_claim(None, 2, "up_to", "A channel", MAY, True)])
    assert (est.low, est.best, est.high) == (0, 2, 2)


def test_up_to_n_beside_a_firm_count_takes_that_count_as_low() -> None:
    firm = _claim(1, 1, "exact", "the hospital", "The hospital said one man died.", False)
    est = estimate([_claim(None, 2, "up_to", "A channel", MAY, True), firm])
    assert est.low == 1


def test_up_to_n_without_a_modal_still_counts_as_n() -> None:
    said = "Up to six people were killed, a channel said."
    est = estimate([_claim(None, 6, "up_to", "a channel", said, False)])
    assert est.low == 6


def test_the_pipeline_reads_the_open_low() -> None:
    text = (
        "A local Telegram channel claimed on 12 May 2026 that up to three people may have been "
        "killed in a strike on a petrol station in Marsk. No other outlet mentioned the strike."
    )
    doc = analyze(text, published="2026-05-20")
    est = doc.incidents[0].estimates["killed"]
    assert (est.low, est.high) == (0, 3)


# --- one rule at both levels ---------------------------------------------------------------


def _stored(cid: int, source: str, kind: str, *, via: str | None = None, value: int = 3,
            doc: int = 1) -> StoredClaim:  # fmt: skip
    return StoredClaim(
        id=cid,
        incident_id=doc,
        corpus_incident_id=1,
        document_id=doc,
        canonical_document_id=doc,
        external_id=f"d{doc}",
        document_date="2026-05-12",
        figure="killed",
        statement=f"{value} people were killed",
        low=value,
        high=value,
        qualifier="exact",
        source_name=source,
        source_kind=kind,
        source_via=via,
        hedged=False,
        victims=None,
        civilian=False,
        evidence=Evidence(0, 1, "x", f"d{doc}"),
    )


def test_residents_told_an_outlet_are_no_source_at_either_level() -> None:
    assert not is_reporting_source("Residents") and not is_reporting_source("neighbours")
    stored = [_stored(1, "Residents", "witness", via="the Vardel Post")]
    assert independent_sources(stored, {1: None}) == ()
    claim = _claim(3, 3, "exact", "Residents", "Residents said three were killed.", False)
    assert document_sources([claim]) == ()


def test_a_named_witness_beside_residents_stays_one_source() -> None:
    stored = [
        _stored(1, "Residents", "witness", via="the Vardel Post"),
        _stored(2, "Mira Osk", "witness", via="the Vardel Post", value=4),
    ]
    rows = independent_sources(stored, {1: None})
    assert [r.name for r in rows] == ["Mira Osk"]


def test_initial_reports_are_the_writers_account_at_both_levels() -> None:
    assert unnamed_reports("Initial reports") and unnamed_reports("early indications")
    assert not unnamed_reports("Initial reports from the civil defence")
    stored = [_stored(1, "Initial reports", "anonymous")]
    rows = independent_sources(stored, {1: "Marsk Herald"})
    assert [(r.name, r.kind) for r in rows] == [("Marsk Herald", "author")]
    claim = _claim(None, 9, "up_to", "Initial reports", MAY, True)
    assert [(g.name, g.kind) for g in document_sources([claim])] == [("author", "author")]
