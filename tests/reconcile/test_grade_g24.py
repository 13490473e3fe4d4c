"""The grade's twenty-fourth-session readings (issue 13), on sentences of ours.

Sources: a list of common nouns in apposition after a source noun ("came from two reporters,
a clinic doctor and the local branch of a charity") names each one; a second "by" of a
passive reporting verb that the parser hung on the verb as a plain preposition ("confirmed by
X, and separately by Y") is a source. Disputes: arms of war handled or played with by those
harmed are a cause that is no attack ("had been handling an old grenade"); origins given as
alternatives, a party and someone of no party, under a word of not knowing ("unclear whether
the shot came from a coast guard cutter or from poachers"); the learned text reader
(``grade_dispute_model.text_dispute``) reads a dispute the rules miss ("have given opposite
versions of what happened") and none in reports that agree. Invented places and outlets
(Pellmar, Ostrel, Harrow Vale, the Pellmar Ledger, the Vale Courier). Each class has a hit
and a near miss.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_accounts import competing
from claimledger.reconcile.grade_dispute_model import text_dispute
from claimledger.reconcile.grade_sources import read_sources
from claimledger.train.dispute_texts import fit

pytestmark = pytest.mark.integration

_DAY = "On 9 May 2026, two people were killed when a shell hit a garage in Pellmar. "


def grade(text: str, day: str = _DAY) -> tuple[str, str]:
    inc = claimledger.analyze(day + text, published="2026-05-10").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_a_list_in_apposition_after_a_source_names_each_one() -> None:
    said = names(
        "Reports came from two local reporters, a clinic doctor and the Ostrel branch"
        " of the Red Cross."
    )
    assert len(said) == 3
    assert "a clinic doctor" in said
    got, why = grade(
        "Reports came from two local reporters, a clinic doctor and the Ostrel branch"
        " of the Red Cross."
    )
    assert got == "fair", why
    # one noun in apposition (no list) stays one source
    assert len(names("Reports came from a local reporter, a clinic doctor.")) == 1


def test_a_second_by_of_a_passive_reporting_verb_is_a_source() -> None:
    said = names(
        "The deaths were confirmed by the Pellmar clinic, and separately by a regional"
        " rights group based in the town."
    )
    assert said == ["the Pellmar clinic", "a regional rights group"]
    got, why = grade(
        "The deaths were confirmed by the Pellmar clinic, and separately by a regional"
        " rights group based in the town."
    )
    assert got == "fair", why
    # a "by" of a verb of harm is no source
    assert names("The men were killed by a shell, and later by a second one.") == []


def test_arms_of_war_handled_by_those_harmed_are_no_attack() -> None:
    one = "Neighbours said a drone had struck the yard; police said the boys had been"
    text = one + " handling an old grenade."
    got, why = grade(text)
    assert got == "contested", why
    pair = competing(parse_sentences([text]))
    assert pair is not None and {a.kind for a in pair} == {"attack", "cause"}
    pair = competing(parse_sentences([one + " playing with a grenade they found."]))
    assert pair is not None and {a.kind for a in pair} == {"attack", "cause"}
    # a grenade thrown by someone is an attack, not a cause
    pair = competing(
        parse_sentences(
            ["Neighbours said a drone had struck the yard; police said a soldier threw a grenade."]
        )
    )
    assert pair is None


def test_origins_given_as_alternatives_a_party_and_no_party() -> None:
    got, why = grade(
        "It is unclear whether the shot came from a coast guard cutter or from poachers.",
        day="A fisherman was killed off Ostrel on 3 May 2026. ",
    )
    assert got == "contested", why
    # two weapons of no party: no dispute of who
    got, why = grade(
        "It is unclear whether the shell came from a mortar or from a tank. The Pellmar Ledger"
        " and Radio Ostrel reported the deaths.",
    )
    assert got != "contested", why


_CAFE = "On 2 June 2026, four people were killed when a blast hit a cafe in Harrow Vale. "


def test_the_learned_text_reader_reads_a_dispute_the_rules_miss() -> None:
    got, why = grade(
        "The army and the Vale Front have given opposite versions of what happened.", day=_CAFE
    )
    assert got == "contested", why
    assert "learned text reader" in why
    # reports that agree: no dispute read
    fair = _CAFE + "The Vale Courier and Radio Harrow reported the deaths and named the victims."
    assert text_dispute(fair) is None
    assert grade(fair, day="")[0] == "fair"


def test_the_text_reader_recipe_is_deterministic() -> None:
    pytest.importorskip("sklearn")
    texts = [
        "The army said the rebels fired; the rebels blamed the army.",
        "Two outlets reported the deaths.",
        "Each side accused the other of the shelling.",
        "A local radio named the victims.",
    ]
    one, two = fit(texts, [1, 0, 1, 0]), fit(texts, [1, 0, 1, 0])
    assert one.bias == two.bias
    assert (one.weights == two.weights).all()
    assert one.probability(texts[2]) > 0.5 > one.probability(texts[3])
