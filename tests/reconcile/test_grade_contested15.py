"""Classes of dispute and of sources from the fifteenth session's blind probes (reconcile/
grade_dispute.py, grade_denials.py, grade_unknown.py, grade_parties.py, grade_sources.py,
grade_merge.py, grade.py). Sentences of ours (invented Harl, Ostin, Drava, the Ash Legion, the
Harl Guard), written for the classes, with near-misses that must not count.
"""

from __future__ import annotations

import pytest

from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade import ACCEPTED, grade_text
from claimledger.reconcile.grade_dispute import find_disputes
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration


def _kinds(*sentences: str) -> list[str]:
    return [d.kind for d in find_disputes(parse_sentences(list(sentences)), " ".join(sentences))]


def _grade(text: str) -> str:
    sentences = [s.strip() + "." for s in text.split(".") if s.strip()]
    return grade_text((), text, parse_sentences(sentences), stated=False)[0]


def _names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


@pytest.mark.parametrize(
    "sentences",
    [
        # gapped: the second speaker's verb left out
        ("Some blamed a government jet, others a rebel truck bomb.",),
        # conflicting accounts of the cause (the tagger reads "conflicting" as a verb)
        ("Residents gave conflicting accounts of the cause of the fire.",),
        # "put down to" a blast at a group's store, against a drone
        (
            "The Harl Guard's statement put the deaths down to an explosion at an Ash Legion "
            "ammunition depot, whereas witnesses insisted that a drone had fired a missile.",
        ),
        # a charge the accused called false, the parser making both subjects
        ("Army radio blamed the Ash Legion for the blast, a claim the Legion called a lie.",),
        ("Shepherds and the army tell two different stories of the shooting.",),
        # a group's weapon against an air strike seen in footage
        (
            "The government said a Legion roadside bomb killed them, but footage appeared to "
            "show an air strike.",
        ),
        # an attack reported against a cause that is none
        (
            "Ostin Radio reported a coalition airstrike; a police officer said a gas leak caused it.",
        ),
        ("Local pages disagree on what hit the bus.",),
        # origins given as alternatives, not known
        (
            "It has not been possible to determine whether the mortar came from Legion "
            "positions or from the Harl Guard's guns.",
        ),
        # a party's own strike put at another time
        (
            "Villagers blamed coalition aircraft, but the coalition said its last strike in the "
            "area was three days earlier.",
        ),
        # a group known by its name alone
        ("The Guard said troops had fired nothing; the Ash Column denied this and blamed troops.",),
        ("Some pointed to the Ash Column, others to the army.",),
        ("It is unclear whether they were killed in crossfire or by a targeted army strike.",),
    ],
)
def test_disputes_of_the_fifteenth_session(sentences: tuple[str, ...]) -> None:
    assert _kinds(*sentences), sentences


@pytest.mark.parametrize(
    "sentences",
    [
        ("The claim came from a pro-rebel Telegram channel and was not verified.",),
        ("Witnesses gave conflicting accounts of the gunman's car.",),
        ("Radio Ostin reported an airstrike; Drava Daily also reported the strike.",),
        ("A bystander was killed in crossfire between two gangs.",),
        ("Some residents blamed army artillery, others army mortars.",),
        ("Two outlets reported that an explosion at a fuel depot killed two workers.",),
        ("His brother said his last visit to the area was two days earlier.",),
        ("Drava Daily and Radio Ostin disagreed on the number of dead.",),
    ],
)
def test_near_misses_of_the_fifteenth_session(sentences: tuple[str, ...]) -> None:
    assert _kinds(*sentences) == [], sentences


def test_admitted_patients_accept_nothing() -> None:
    assert not ACCEPTED.search("A nurse said nine wounded had been admitted overnight.")
    assert not ACCEPTED.search("The wounded were admitted to the Ostin hospital.")
    assert ACCEPTED.search("The army admitted the strike.")
    assert (
        _grade(
            "Four were wounded in Ostin. A doctor told the Drava Rights Group that four wounded had "
            "been admitted."
        )
        != "confirmed"
    )


def test_sources_of_the_fifteenth_session() -> None:
    assert _names("Pro-government and opposition outlets alike reported four dead.") == [
        "government outlets",
        "opposition outlets",
    ]
    assert _names("The deaths were listed in the bulletin of the Drava health ministry.") == [
        "the Drava health ministry"
    ]
    assert _names("The Ostin Herald's reporter saw the bodies.") == ["The Ostin Herald's reporter"]
    assert _names(
        "Two reporters, one from Radio Ostin and one from Drava Daily, counted the bodies."
    )[-2:] == ["Radio Ostin", "Drava Daily"]
    assert _names("Images of the house appeared on the Drava Daily website.") == [
        "the Drava Daily website"
    ]
    assert _names("A medic, a baker and a local imam each gave separate accounts.") == [
        "A medic",
        "a baker",
        "a local imam",
    ]
    assert _names("The news came from at least three sources.") == ["at least three sources"]


def test_relays_and_no_sources_of_the_fifteenth_session() -> None:
    read = read_sources(
        parse_sentences(["A short post by his sister was later shared by several local pages."])
    )
    assert "several local pages" in read.relays
    read = read_sources(parse_sentences(["A farmer interviewed by Radio Ostin said two died."]))
    assert [m.name for m in read.sources] == ["A farmer"] and read.relays == ("Radio Ostin",)
    read = read_sources(parse_sentences(["The army has not commented on the deaths."]))
    assert read.silent == ("The army",)
    read = read_sources(parse_sentences(["His friend, injured by the blast, told reporters."]))
    assert read.harmed


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # a silent army and a source naming the harmed are not a second source
        ("Two were hurt in Drava. A clinic official told reporters the two had been admitted; "
         "the army has not commented.", "weak"),
        # one page's administrator is the page
        ("One died in Ostin. The death was reported by one local page, whose administrator "
         "said he had heard it from relatives.", "weak"),
        ("Three died in Harl. All reporting traces back to a single Facebook post.", "weak"),
        ("Two died in Harl. Figures released by the Harl health authority matched a Drava "
         "Daily report.", "fair"),
    ],
)  # fmt: skip
def test_grades_of_texts_of_ours_fifteenth_session(text: str, grade: str) -> None:
    assert _grade(text) == grade
