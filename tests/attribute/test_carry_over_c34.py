"""Helper C, thirty-fourth session: who holds a count when the source was named elsewhere.

* A count in the sentence after a source's statement that reads on from it ("Two more are
  in critical condition", "More than 30 were wounded", "Another three died", "Among the dead
  were four children") is that source's (``attribute.carry_over``); not across a line break,
  not when the sentence has a source, a hedge or a turn of the writer's own, not for a new
  subject or a names list.
* A quote shared under a "Posted on X:" header and closed by its writer ("..., an X shopkeeper
  wrote") is the writer's: the subjectless "Posted" takes no speaker from inside the quote
  (``find._speaks_inside``).
* An elliptic second count after "and" ("says 40 were injured and 8 killed") is the
  speaker's, not the relaying page's (``content_cuts.run_on_conjunct``).
* Reports that name no outlet ("early local reports") are ``anonymous``; people by their
  trade after "a" and a place's name ("a Mirov baker") are the public, ``witness``.
* "the agency's spokesman, X" speaks for the body "the agency" names (``official``), on
  Facebook and in a later "He said" too; "the agency's" is no outlet's description.
* "X quoted Y as saying the dead numbered six": a "saying" whose clause the parse broke up
  says the rest of its sentence (``objects.cut_off_clause``), Y's via X.

Designed on fresh20-fresh29 and our own gold; every text here was written for these tests
(invented places, outlets, people and numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-03-10")


# --- a count that reads on from the sentence before -----------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Marlow Voice on Telegram: four farmers were killed by a shell near Tessin this "
            "morning, villagers told us. Two more are in critical condition.",
            ("injured", 2, 2, "villagers", "witness"),
        ),
        (
            "The Orsk Civil Defence pulled the bodies of seven people from a collapsed school "
            "in Pavlo after the 2 March strike, its spokesman said. More than 25 were wounded.",
            ("injured", 25, None, "its spokesman", "official"),
        ),
        (
            "Ten civilians were killed in the shelling of Kuvre, the Kuvre Observatory said. "
            "Another three died of their wounds overnight.",
            ("killed", 3, 3, "the Kuvre Observatory", "ngo"),
        ),
        (
            "The Ostrel interior ministry said nine people were killed in the bombing of the bus "
            "depot. Among the dead were four children.",
            ("killed", 4, 4, "The Ostrel interior ministry", "official"),
        ),
    ],
)
def test_a_count_that_reads_on_keeps_the_source_before(text: str, row: tuple) -> None:
    assert row in _claims(text)


def test_the_carry_over_takes_the_nearest_source() -> None:
    got = _claims(
        "Residents of Vosk said nine people were killed in the strike. Vosk TV said eleven "
        "died. Two more died later."
    )
    assert ("killed", 2, 2, "Vosk TV", "media") in got


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a line break: a new paragraph is the writer's
        (
            "A spokesman for the Tamsk health office said six people were killed in the "
            "shelling.\nTwo more died in hospital.",
            ("killed", 2, 2, "author", "author"),
        ),
        # a source of its own
        (
            "A spokesman for the Tamsk health office said six people were killed in the "
            "shelling. Two more died in hospital, doctors said.",
            ("killed", 2, 2, "doctors", "medical"),
        ),
        # the writer's own turn
        (
            "The army said it had killed 12 fighters near Brell. However, two more bodies were "
            "found later.",
            ("killed", 2, 2, "author", "author"),
        ),
        # the writer's hedge
        (
            "The governor said six people were killed in the strike on Brell. Two more were "
            "reportedly wounded.",
            ("injured", 2, 2, "author", "author"),
        ),
        # a new subject of the writer's, not a count that reads on
        (
            "Sheriff Ana Brule said a deputy was shot and wounded on Tuesday. The suspect was "
            "killed when deputies returned fire.",
            ("killed", 1, 1, "author", "author"),
        ),
    ],
)
def test_the_carry_over_stops(text: str, row: tuple) -> None:
    assert row in _claims(text)


def test_a_names_list_after_a_relayed_count_stays_the_writers() -> None:
    got = _claims(
        "BREAKING | Sarvo: 5 martyrs in a strike on a house, according to Sarvo Today citing "
        "the Sarvo ambulance service. Among the martyrs are the teacher Adel Haddad and his "
        "mother."
    )
    assert ("killed", 5, 5, "the Sarvo ambulance service", "medical") in got
    assert ("killed", 2, 2, "author", "author") in got


# --- a quote closed by its writer under a platform's header -------------------------------


def test_a_quote_closed_by_its_writer_is_not_the_platforms() -> None:
    got = _claims(
        'Posted on a Mirov residents group on Telegram: "They killed three young men outside '
        "our shop on Sunday,\" a Mirov baker wrote. The group's admin said the post could not "
        "be checked."
    )
    assert got == [("killed", 3, 3, "a Mirov baker", "witness")]


def test_a_cited_speaker_inside_the_content_stays_the_speaker() -> None:
    got = _claims(
        "The Kelso Times is now reporting, citing a nurse at Kelso General Hospital, that 6 "
        "children were among the dead after the strike on the school."
    )
    assert got == [("killed", 6, 6, "a nurse at Kelso General Hospital", "medical")]


# --- an elliptic second count after "and" -----------------------------------------------


def test_an_elliptic_second_count_is_the_speakers() -> None:
    got = _claims(
        "Kelvo Today (Facebook): the Ostrava Doctors' Union says at least 25 people were "
        "injured and 5 killed in yesterday's protest crackdown; the police put the dead at 2."
    )
    assert got == [
        ("injured", 25, None, "the Ostrava Doctors' Union", "ngo"),
        ("killed", 5, 5, "the Ostrava Doctors' Union", "ngo"),
        ("killed", 2, 2, "the police", "official"),
    ]


def test_a_second_clause_before_a_closing_speaker_is_the_speakers() -> None:
    # (the conjunct's head is the sentence's root, "said": the content stops before the cue)
    got = _claims(
        "A harbour worker was killed and two colleagues were injured while clearing debris in "
        "Tarn on 3 March 2026, the port authority said."
    )
    assert got == [
        ("killed", 1, 1, "the port authority", "official"),
        ("injured", 2, 2, "the port authority", "official"),
    ]


# --- kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("early local reports", "anonymous"),
        ("local reports", "anonymous"),
        ("unconfirmed local reports", "anonymous"),
        ("local media reports", "media"),
        ("Local media", "media"),
        ("the Zaritsa Defence Ministry", "official"),
        ("the Trebizan Doctors' Union", "ngo"),
        # people by their trade after "a" and a place's name are the public
        ("a Mirov baker", "witness"),
        ("two Tessin vendors", "witness"),
        ("a Mirov administrator", "official"),
        ("a Mirov rescuer", "official"),
    ],
)
def test_kinds_of_reports_unions_and_ministries(name: str, kind: str) -> None:
    assert source_kind(name) == kind


# --- a body's spokesman named by a bare noun for the body ---------------------------------


def test_the_agencys_spokesman_on_facebook_speaks_for_the_body() -> None:
    got = _claims(
        "Harvel Civil Defence crews recovered the bodies of six people from a collapsed "
        "workshop on 3 March 2026, the agency's spokesman, Milan Oster, wrote on Facebook. He "
        "said at least nine others had been wounded."
    )
    assert got[0] == ("killed", 6, 6, "Milan Oster", "official")
    assert [(f, low, kind) for f, low, _, _, kind in got[1:]] == [("injured", 9, "official")]


def test_an_outlet_described_as_an_agency_stays_an_outlet() -> None:
    got = _claims("Velko, a local news agency, reported that four people were killed in Tarn.")
    assert got == [("killed", 4, 4, "Velko", "media")]


def test_a_poster_named_again_by_a_pronoun_stays_a_poster() -> None:
    got = _claims(
        "Lina Varo wrote on Facebook that five people were killed in Tarn. She said eight "
        "others had been wounded."
    )
    assert got == [
        ("killed", 5, 5, "Lina Varo", "social_media"),
        ("injured", 8, 8, "Lina Varo", "social_media"),
    ]


def test_a_police_commands_spokeswoman_stays_official() -> None:
    got = _claims(
        "Tarn Police Command\nTwo officers were hurt in an exchange of fire near Tarn on "
        "Monday, the command's spokeswoman, Inspector Mara Velt, said."
    )
    assert got == [("injured", 2, 2, "Inspector Mara Velt", "official")]


# --- "X quoted Y as saying ..." when the parse broke the clause up ----------------------------


def test_quoted_as_saying_a_broken_clause_is_the_quoted_speakers() -> None:
    got = _claims("The Kelso Post later quoted a police colonel as saying the dead numbered six.")
    assert got == [("killed", 6, 6, "a police colonel", "official")]


def test_quoted_as_saying_a_whole_clause_is_unchanged() -> None:
    got = _claims("The Kelso Post quoted a police officer as saying that six people had died.")
    assert got == [("killed", 6, 6, "a police officer", "official")]
