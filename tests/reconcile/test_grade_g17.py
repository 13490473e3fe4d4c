"""The grade's seventeenth-session readings (issue 13), on sentences of ours.

Invented places, parties and outlets (the Hessel army, the Orrin Front, the Tollen Guard, the
Vesk militia, Dorrin News Network). Each class has a hit and a near-miss that must not count.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade import is_reporting_source as reporting
from claimledger.reconcile.grade import origin_key, origin_words
from claimledger.reconcile.grade_dispute import Dispute, Finding, find_disputes, read_parsed
from claimledger.reconcile.grade_merge import merge_sources
from claimledger.reconcile.grade_sources import Mention, ReadSources
from claimledger.records import SourceGroup

pytestmark = pytest.mark.integration


def disputes(*sentences: str) -> list[Dispute]:
    """The disputes of sentences of ours, each parsed alone."""
    return find_disputes(parse_sentences(list(sentences)), " ".join(sentences))


def findings(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.cue) for f in _read(sentence)]


def _read(sentence: str) -> list[Finding]:
    return read_parsed(parse_sentences([sentence]))


@pytest.mark.parametrize(
    "sentence",
    [
        # a party owns up to a strike but says it hit a military object, or gives the
        # casualties a cause that is no attack
        "The Hessel air force acknowledged an air raid near the mill but said it struck a fuel "
        "depot half a kilometre away.",
        "The Hessel army confirmed it had shelled the quarter but attributed the deaths to an "
        "ammunition store kept by the Orrin Front.",
        # each of two parties denies the attack
        "Both sides denied firing the rocket that hit the ferry.",
        # a charge traded that is the harm
        "The Tollen Guard and the Vesk militia accused each other of shelling the ferry.",
        # each blames the other side, named as the opposite one
        "Army officers and Front commanders each blamed the opposite side for the deaths.",
        "Each party laid responsibility for the ambush on the other.",
        # a country the demonyms do not know, named by the text before a state word
        "Witnesses said Pell artillery shelled the market, while the Pell army blamed rebel "
        "mortars.",
        # a weapon's party by where it was fired from
        "Police called it a bomb planted by rebels, whereas the rebels said a rocket launched "
        "from a government helicopter caused it.",
    ],
)
def test_disputes_read(sentence: str) -> None:
    assert disputes(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Hessel air force acknowledged an air raid on a fuel depot near the mill.",
        "The Hessel army confirmed it had shelled the quarter, and it said the raid hit a depot.",
        "Both ministers denied the reports of a reshuffle.",
        "Both sides denied that the talks had failed.",
        "The Tollen Guard and the Vesk militia accused each other of hoarding fuel.",
        "Army officers and Front commanders each praised the opposite side for the truce.",
    ],
)
def test_near_misses_are_no_dispute(sentence: str) -> None:
    assert not disputes(sentence), sentence


def test_blame_idioms_and_a_disowned_attack() -> None:
    assert ("assign", "laid") in findings(
        "The Hessel army laid the blame for the blast at the door of the Orrin Front."
    )
    assert ("assign", "laid") in findings(
        "The Orrin Front laid the blame at the Hessel army's door."
    )
    assert ("assign", "pinned") in findings(
        "The Vesk militia pinned the shelling on the Hessel army."
    )
    assert [k for k, _ in findings("The Orrin Front disowned the bombing.")] == ["deny"]
    assert [k for k, _ in findings("Rival versions of the shooting spread in Kestel.")] == [
        "conflict"
    ]


def _merged(claims: list[str], read: list[str]) -> list[str]:
    groups = tuple(SourceGroup(n, "media", (), 1) for n in claims)
    said = ReadSources(sources=tuple(Mention(n, "union", False) for n in read))
    merged = merge_sources(groups, said, origin_key, reporting, origin_words)
    return [g.name for g in merged]


def test_names_held_by_whole_words_that_end_them_or_a_role() -> None:
    # a name with a new head after it is another origin
    assert _merged(["Dorrin News Network"], ["the Dorrin teachers' union"]) == [
        "Dorrin News Network",
        "the Dorrin teachers' union",
    ]
    # one that holds the other at its end, or with a role after it, is the same origin
    assert _merged(["Dorrin News Network"], ["Dorrin News Network reporters"]) == [
        "Dorrin News Network"
    ]
    assert _merged(["Kell Today"], ["a Facebook page called Kell Today"]) == ["Kell Today"]


def test_counted_outlets_are_several() -> None:
    doc = claimledger.analyze(
        "On 2 May 2025, two porters were killed in a strike on the Kell docks. The deaths were "
        "reported by the Kell Gazette and by two foreign news agencies.",
        published="2025-05-03",
    )
    inc = doc.incidents[0]
    assert inc.grade == "fair"
    assert "two foreign news agencies" in inc.grade_reasons[0]


def test_a_search_that_found_nothing_else_or_only_one_names_the_monitor() -> None:
    doc = claimledger.analyze(
        "On 9 May 2025, a strike reportedly killed two shepherds near Ulvar; one local "
        "journalist gave their names. Airwars found nothing else on the incident.",
        published="2025-05-10",
    )
    assert doc.incidents[0].grade == "weak"
    doc = claimledger.analyze(
        "On 9 May 2025, a strike reportedly killed two shepherds near Ulvar. The Ulvar Monitor "
        "identified just one source for the claim, a post by a cousin.",
        published="2025-05-10",
    )
    assert "The Ulvar Monitor" not in " ".join(doc.incidents[0].grade_reasons)


def test_a_name_held_before_a_preposition_is_one_origin() -> None:
    assert _merged(["Medics at Ulvar clinic"], ["Medics"]) == ["Medics at Ulvar clinic"]
