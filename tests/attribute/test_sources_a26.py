"""Twenty-sixth session (helper A, issue 15): who holds a claim, and what kind of source it is,
read from the source noun's head and the words around it.

* A cited record is no speaker: "X put the dead at five, citing hospital records" is X's
  (``cited``); a record no body is named for, as a statement's own source ("an initial
  review found"), leaves the claim to whoever cites it, the writer here (``claims``).
* The head's form (``head_kinds``): a modifier before a rank ("a police colonel"
  ``official``), a plural of a lexicon word ("Farmers from the village" ``witness``), an
  agency named by its public function ("the X civil protection agency" ``official``), "X
  General" a hospital, "Dr. X" a medic unless the role is an administration's.
* A release's own people acting ("Crew members recovered the bodies", "Detectives
  arrested ...") are the issuer, the author (``release_people``).
* "X is reporting, citing Y, that ..." (the parse's conjunct clause), a post signed "--
  shared from the page of Y", and a stated zero judged by the keep model ("..., and the
  governor's office claims nobody died").

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.claims import _no_source
from claimledger.attribute.release_people import own_people
from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-05-10")
_via = claims_reader("figure", "low", "name", "kind", "via", published="2026-05-10")


def test_a_cited_record_is_no_speaker() -> None:
    text = (
        "A drone struck a bakery in Ostrava Nova on 3 May 2026. The regional health office "
        "said three people were killed. The Velna Rights Centre later put the number of dead "
        "at five, citing hospital records."
    )
    got = _claims(text)
    assert ("killed", 5, "The Velna Rights Centre", "ngo") in got
    assert not any(row[2] == "hospital records" for row in got)


def test_a_cited_person_still_speaks() -> None:
    # the hard case beside it: a person cited is the claim's source, the citer relays
    text = (
        "A drone struck a bakery in Ostrava Nova on 3 May 2026. The Velna Rights Centre later "
        "put the number of dead at five, citing a nurse at the town hospital."
    )
    assert ("killed", 5, "a nurse at the town hospital", "medical") in _claims(text)


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("an initial review", True),
        ("hospital records", True),
        ("Morgue records", True),
        ("the Kemar Hospital records", False),
        ("the Velna Rights Centre", False),
        ("the headcount", False),
    ],
)
def test_ownerless_records_hold_no_claim(name: str, dropped: bool) -> None:
    assert _no_source(name) is dropped


@pytest.mark.parametrize(
    ("name", "context", "kind"),
    [
        ("a police colonel", "", "official"),
        ("an army colonel", "", "military"),
        ("a border guard colonel", "", "official"),
        ("a rebel colonel", "", "partisan"),
        ("a retired colonel", "", "military"),
        ("a military medic", "", "medical"),
        # the head noun stops at "on" as at "at"/"in": "sources on the ground" are sources
        ("our sources on the ground", "", "anonymous"),
        ("medics on the scene", "", "medical"),
        ("residents on the street", "", "witness"),
        ("the Vostok Group of Forces", "", "military"),
        ("the Harn Liberation Group", "", "partisan"),
        ("Farmers from the village", "", "witness"),
        ("Shopkeepers at the market", "", "witness"),
        ("the Kelvar civil protection agency", "", "official"),
        ("the regional disaster management agency", "", "official"),
        ("Tamar agency", "", "media"),
        ("the state news agency", "", "media"),
        ("an aid agency", "", "ngo"),
        ("the director of Sadda General", "", "medical"),
        ("the Director General", "", "military"),
        ("Dr. Anton Breg", "head of the regional emergency service", "medical"),
        ("Dr. Lena Varo", "the directorate's spokesman", "official"),
        ("Dr. Ilan Sorr", "the head of the local rescue service", "official"),
        ("Dr. Osk Tamir", "The Governor", "official"),
    ],
)
def test_kind_by_the_heads_form(name: str, context: str, kind: str) -> None:
    assert source_kind(name, context) == kind


def test_a_family_plural_is_left_to_the_table() -> None:
    # "Sons of X" names a page (the table leaves family plurals out on purpose)
    assert source_kind("Sons of Bir Tala") != "family"


def test_doctor_named_after_the_role() -> None:
    text = (
        "The toll of the strike on the Selvo bus depot has climbed to 14 dead, according to "
        "the head of the local emergency service, Dr. Nadir Kass."
    )
    assert ("killed", 14, "Dr. Nadir Kass", "medical") in _claims(text)


def test_agency_of_a_public_function_in_a_sentence() -> None:
    text = (
        "A blast hit a warehouse in Kelvar on 5 May 2026. Initial reports from the Kelvar civil "
        "protection agency indicate that a woman may have been killed."
    )
    assert ("killed", 1, "the Kelvar civil protection agency", "official") in _claims(text)


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Crew members", True),
        ("Detectives", True),
        ("operatives", True),
        ("Police officers", True),
        ("Residents", False),
        ("Medics", False),
        ("Militants", False),
        ("Officials", False),
        ("reports", False),
        ("Hospital staff", False),
        ("Rescue teams", False),
    ],
)
def test_a_bodys_own_people(name: str, own: bool) -> None:
    assert own_people(name) is own


def test_a_releases_own_people_are_the_author() -> None:
    text = (
        "PRESS RELEASE\nBrenk Coast Guard\n6 May 2026\nA fishing boat capsized off Brenk after "
        "an explosion on Tuesday. Crew members recovered the bodies of four fishermen."
    )
    assert ("killed", 4, "author", "author") in _claims(text)
    issuer_line = (
        "Tarrow City Police - Media Desk\n5 April 2026\nDetectives have arrested two men after a "
        "shop owner was stabbed to death in Mill Street."
    )
    assert ("arrested", 2, "author", "author") in _claims(issuer_line)


def test_a_news_storys_crews_keep_their_claim() -> None:
    text = (
        "A shell hit a block of flats in Brenk on 6 May 2026. Rescue crews recovered the bodies "
        "of four residents, the Brenk Post reported."
    )
    assert not any(row[2] == "author" and row[1] == 4 for row in _claims(text))


def test_reporting_citing_before_a_that_clause() -> None:
    text = (
        "1/ Airstrike on a school in Pomra this morning.\n2/ The Pomra Times is now reporting, "
        "citing a doctor at Pomra City Hospital, that 7 children were killed."
    )
    rows = _via(text)
    assert ("killed", 7, "a doctor at Pomra City Hospital", "medical", "The Pomra Times") in rows


def test_reporting_quoting_before_a_that_clause_made_the_root() -> None:
    # the parse makes "killed" the root and "reporting" its clausal complement
    text = "Kresk FM is reporting, quoting a paramedic at the scene, that 5 people were killed."
    assert ("killed", 5, "a paramedic", "medical", "Kresk FM") in _via(text)


def test_a_common_noun_before_a_record_names_no_body() -> None:
    text = "The Ardin Rights Forum said six people died, citing morgue registers."
    assert not any(row[2] == "morgue" for row in _claims(text))


@pytest.mark.parametrize(
    "closing",
    [
        "\u2014 shared from the page of Mira Holub",
        "(shared from the Facebook account of Mira Holub)",
    ],
)
def test_a_post_signed_from_a_page(closing: str) -> None:
    text = (
        "My cousin Andrej was killed yesterday when the shell hit his house in Lesk. Rest in "
        f"peace.\n{closing}"
    )
    assert ("killed", 1, "Mira Holub", "family") in _claims(text)


def test_a_header_shared_from_a_page() -> None:
    text = (
        "Shared from the page of Mira Holub: My cousin Andrej was killed yesterday when the "
        "shell hit his house in Lesk."
    )
    assert ("killed", 1, "Mira Holub", "family") in _claims(text)


def test_a_stated_zero_is_kept_by_the_model() -> None:
    text = (
        "Radio Pell said four people were killed in the shelling of Velk, and the regional "
        "governor's office claims nobody died."
    )
    got = _claims(text)
    assert ("killed", 4, "Radio Pell", "media") in got
    assert ("killed", 0, "the regional governor's office", "official") in got


def test_a_bare_count_confirmed() -> None:
    text = (
        "Telegram, Varo News: Our sources in the town report that the strike on the market "
        "killed 9 civilians. The health office has so far confirmed 5."
    )
    got = _claims(text)
    assert ("killed", 9, "Our sources in the town", "anonymous") in got
    assert ("killed", 5, "The health office", "official") in got


def test_a_release_naming_itself_by_a_word_of_its_header() -> None:
    text = (
        "Coalition Task Force Arrow\nPress Release 2026-05-01\nArrow forces conducted 4 strikes "
        "against the armed group in Velk province. The coalition assesses that no civilians "
        "were harmed."
    )
    assert ("killed", 0, "author", "author") in _claims(text)
    # a body the header does not name keeps its claim
    other = (
        "Coalition Task Force Arrow\nPress Release 2026-05-01\nArrow forces conducted 4 strikes "
        "in Velk province. The provincial council said two farmers were killed."
    )
    assert ("killed", 2, "The provincial council", "official") in _claims(other)
