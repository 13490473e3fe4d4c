"""Twenty-ninth session (helper A, issue 15): who issues a document, read from the parse of its
header line (``attribute.issuer_header``), and kinds of issuers read by their words.

* A lead line or a bracketed line names the issuer by its relation, whatever the wording:
  the object of "by" under a verb of writing or a document noun ("Bulletin #3 issued by X",
  "(written by X, shared by Y)": Y relays), of "from"/"of" under a document noun ("Statement
  No. 12 from X", "Update from X"), or the phrase before a bracket saying the text is a
  document or a post ("X (statement published on Facebook):").
* Relational wrappers are read through to their owner for the kind: "the armed wing of X",
  "the page of X" are X's (``owner_of``, and ``sources._ACCOUNT_OF`` without a platform).
* A state body's header stays the author's (a release); a news lead with its own verb is no
  header; a relay alone ("(shared by X)") names no writer.
* A trade after a word of a service is that service's ("an ambulance driver": ``medical``;
  ``head_kinds.served_kind``); a force named for liberation or the people is a faction's
  (``factions.named_for_the_people``).

Every text was written for these tests (invented places, people, bodies, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", "via", published="2026-06-10")


def test_numbered_statement_from_an_armed_wing() -> None:
    text = (
        "Statement No. 12 from the armed wing of the Tarvel Popular Front\n\n"
        "Our fighters ambushed an enemy patrol near Osk on Monday, killing six soldiers."
    )
    got = _claims(text)
    assert ("killed", 6, "the armed wing of the Tarvel Popular Front", "partisan", None) in got


def test_bulletin_issued_by_a_bureau() -> None:
    text = (
        "Bulletin #3 issued by the political bureau of the Ormel Resistance Movement:\n"
        "Two of our members were killed in an air strike on the Darra road yesterday."
    )
    got = _claims(text)
    name = "the political bureau of the Ormel Resistance Movement"
    assert ("killed", 2, name, "partisan", None) in got


def test_a_leagues_statement_in_brackets() -> None:
    text = (
        "Kelvar Human Rights League (statement shared on Facebook):\n"
        "Four detainees died in custody at the Ostrel prison last week."
    )
    assert ("killed", 4, "Kelvar Human Rights League", "ngo", None) in _claims(text)


def test_the_bracketed_header_on_the_texts_own_line() -> None:
    # the parse hangs the phrase on the sentence's verb: read by the words before the bracket
    text = (
        "Ostrel Rights League (statement shared on X): Four people were killed by police fire "
        "in Ostrel on Monday."
    )
    assert ("killed", 4, "Ostrel Rights League", "ngo", None) in _claims(text)


def test_a_relayed_post_in_brackets_names_writer_and_relay() -> None:
    text = (
        "(written by a resident of Lorsk, shared by the Lorsk Today channel)\n"
        "Last night a drone hit the bakery on our street. My cousin and his son were killed."
    )
    got = _claims(text)
    assert ("killed", 2, "a resident of Lorsk", "family", "the Lorsk Today channel") in got


def test_a_relayed_posters_own_words_without_kin() -> None:
    text = (
        "(posted by a teacher in Vamel, forwarded by the Vamel Voice channel)\n"
        "Shelling this morning killed four people near the school."
    )
    got = _claims(text)
    # a teacher posting is a teacher (the public: where people speak is not who they are)
    assert ("killed", 4, "a teacher in Vamel", "witness", "the Vamel Voice channel") in got


def test_an_update_from_a_committees_page() -> None:
    # "Update" opens the line: the parse reads it as a verb, it is the document
    text = (
        "Update from the Facebook page of the Morvan Displaced Families Committee:\n"
        "Three children died of cold in the Harsa camp this week."
    )
    got = _claims(text)
    name = "the Facebook page of the Morvan Displaced Families Committee"
    assert ("killed", 3, name, "ngo", None) in got


def test_a_message_from_a_fronts_office_drops_the_date() -> None:
    text = (
        "Message from the office of the Tavra Islamic Front, 4 March:\n"
        "Our brothers killed nine soldiers in the attack on the Varn checkpoint."
    )
    got = _claims(text)
    assert ("killed", 9, "the office of the Tavra Islamic Front", "partisan", None) in got


def test_a_ministrys_bracketed_statement_stays_the_authors() -> None:
    # hard case: a state body's own statement is its release (docs/claims-gold.md)
    text = (
        "Ministry of Health of Peltra (statement on Telegram):\n"
        "The death toll from the strike on the Orv market has risen to 16."
    )
    assert ("killed", 16, "author", "author", None) in _claims(text)


def test_a_statement_from_a_ministry_stays_the_authors() -> None:
    text = (
        "Statement from the Ministry of Defence of Arlen\n"
        "Air defences shot down three drones; two soldiers were injured by debris."
    )
    assert ("injured", 2, "author", "author", None) in _claims(text)


def test_a_news_lead_with_its_own_verb_is_no_header() -> None:
    # hard case: "A statement from X said ..." is X's statement read by its verb
    text = "A statement from the Olt Regional Command said two soldiers were wounded in the clash."
    got = _claims(text)
    assert ("injured", 2, "the Olt Regional Command", "military", None) in got


def test_a_relay_alone_names_no_writer() -> None:
    # hard case: who passed it on is not who wrote it
    text = "(shared by the Kessa Now page)\nFive people were killed in the shelling of Kessa."
    assert ("killed", 5, "author", "author", None) in _claims(text)


def test_an_unknown_body_in_a_bracketed_header_is_left_alone() -> None:
    # hard case: a name the lexicon does not know gives no kind to trust
    text = (
        "Natrova Harbour Board (release):\n"
        "Two guards were injured when gunmen attacked the Natrova docks."
    )
    assert ("injured", 2, "author", "author", None) in _claims(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the page of the Varka Women's Rights Association", "ngo"),
        ("the website of the Delm Red Crescent", "ngo"),
        ("the account of the Osk health directorate", "official"),
        # hard case: a person's page is a poster's
        ("the page of Lina Varsi", "social_media"),
    ],
)
def test_a_page_takes_its_owners_kind(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("An ambulance driver at the scene", "medical"),
        ("a hospital driver", "medical"),
        ("hospital workers", "medical"),
        ("army drivers", "military"),
        # hard cases: a trade after no service word is the public's
        ("A school bus driver", "witness"),
        ("a taxi driver", "witness"),
        ("construction workers at the site", "witness"),
    ],
)
def test_a_trade_of_a_service(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Olvar Liberation Army", "partisan"),
        ("the Selk Popular Defence Units", "partisan"),
        ("the Arkan People's Army", "partisan"),
        ("Marvelle Civil Liberties Union", "ngo"),
        # hard cases: a state's forces
        ("the Olvar Army", "military"),
        ("the National Defence Forces", "military"),
    ],
)
def test_forces_named_for_the_people(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_revolutionary_guards_are_no_faction() -> None:
    # hard case: "revolutionary" is not a word of the rule (a state's guards)
    assert source_kind("the Revolutionary Guards") != "partisan"


def test_an_ambulance_driver_told_a_paper() -> None:
    text = "An ambulance driver at the scene told the Pell Courier that 11 people were injured."
    got = _claims(text)
    assert ("injured", 11, "An ambulance driver at the scene", "medical", "the Pell Courier") in got


def test_a_signature_names_a_fronts_office() -> None:
    text = (
        "At dawn our units struck an enemy convoy near Kell, killing seven soldiers.\n"
        "— Media Office of the Varsh Islamic Front"
    )
    got = _claims(text)
    assert ("killed", 7, "Media Office of the Varsh Islamic Front", "partisan", None) in got


def test_a_signed_committee_and_an_issuing_monitor() -> None:
    signed = (
        "Four civilians were killed in the shelling of the Orra market today.\n"
        "Signed: the Orra Local Rights Committee"
    )
    assert ("killed", 4, "the Orra Local Rights Committee", "ngo", None) in _claims(signed)
    issued = (
        "Shelling killed three people in Dessa overnight.\n"
        "Issued by the Dessa Civil Rights Monitor, 12 May"
    )
    assert ("killed", 3, "the Dessa Civil Rights Monitor", "ngo", None) in _claims(issued)


@pytest.mark.parametrize(
    "signature",
    [
        "— Kell Today",  # an outlet's byline: its own text
        "— Press Service of the Ministry of Defence",  # a state body's: a release
    ],
)
def test_signatures_that_stay_the_authors(signature: str) -> None:
    text = f"Gunmen attacked a checkpoint near Kell, killing two guards.\n{signature}"
    assert ("killed", 2, "author", "author", None) in _claims(text)


@pytest.mark.parametrize(
    "header",
    [
        "The Kelvar Rights League's statement on the Ostrel deaths:",
        "Kelvar Rights League statement, 3 May:",
    ],
)
def test_a_bodys_own_statement_by_its_head_noun(header: str) -> None:
    text = f"{header}\nFour detainees died in custody at the Ostrel prison last week."
    got = _claims(text)
    assert any(row[:2] == ("killed", 4) and row[3] == "ngo" and "Kelvar" in row[2] for row in got)


def test_a_press_release_named_by_its_force_stays_the_authors() -> None:
    # hard case: "Press" names the document ("Press Release"), not an outlet
    text = (
        "Ostrand Task Force Press Release 26-118\n"
        "Troops killed three gunmen in a raid near Velk on Tuesday."
    )
    assert ("killed", 3, "author", "author", None) in _claims(text)


def test_a_named_poster_is_a_poster_and_a_resident_a_resident() -> None:
    named = (
        "(posted by Lina Varsi, forwarded by the Vamel Voice channel)\n"
        "Shelling this morning killed four people near the school."
    )
    got = _claims(named)
    assert ("killed", 4, "Lina Varsi", "social_media", "the Vamel Voice channel") in got
    resident = (
        "Voice message from a resident of Tarsk, shared on WhatsApp:\n"
        "They shelled our street at dawn; two of our neighbours were killed."
    )
    assert ("killed", 2, "a resident of Tarsk", "witness", None) in _claims(resident)


def test_a_body_of_families_named_after_them() -> None:
    assert source_kind("the Delm Families of the Missing Association") == "ngo"
    # hard case: the families themselves are relatives
    assert source_kind("the families of the missing men") == "family"


def test_a_date_after_the_issuer_is_no_part_of_its_name() -> None:
    text = (
        "Communiqué issued by the leadership of the Sarn Free Brigades, 2 April:\n"
        "Our fighters destroyed an armoured vehicle near Oll, killing its crew of four."
    )
    got = _claims(text)
    assert ("killed", 4, "the leadership of the Sarn Free Brigades", "partisan", None) in got


@pytest.mark.parametrize(
    "header",
    ["Kelvar Rights League | Statement", "STATEMENT — Kelvar Rights League"],
)
def test_a_body_beside_the_word_of_its_document(header: str) -> None:
    text = f"{header}\nFour detainees died in custody at the Ostrel prison last week."
    assert ("killed", 4, "Kelvar Rights League", "ngo", None) in _claims(text)


def test_a_platform_before_the_post_is_no_poster() -> None:
    # the platform read as the source ("Telegram") gives way to the body the header names
    text = (
        "Telegram post, Kessa Rights Watch:\n"
        "Three civilians were killed in the shelling of Kessa overnight."
    )
    assert ("killed", 3, "Kessa Rights Watch", "ngo", None) in _claims(text)


@pytest.mark.parametrize(
    "header",
    [
        "SOUTHERN FRONT JOINT COMMAND — Press Release 26-118",  # a release: the release rules'
        "Kessa Provincial Police | Statement",  # a state body's statement: the author's
    ],
)
def test_separated_headers_that_stay_the_authors(header: str) -> None:
    text = f"{header}\nTroops killed three gunmen in a raid near Velk on Tuesday."
    assert ("killed", 3, "author", "author", None) in _claims(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Tesk Teachers' Federation", "ngo"),
        ("the Amra Women's Rights Forum", "ngo"),
        # hard cases: a people's army is a faction's, a party of workers no civil body here
        ("the Arkan People's Army", "partisan"),
        ("the families of the missing men", "family"),
    ],
)
def test_bodies_named_by_their_people(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_a_place_after_of_is_no_owner() -> None:
    # hard case: "the District Council of Pell" is a council (a state body's statement)
    text = (
        "Statement No. 3 by the District Council of Pell\n"
        "Two council workers were killed when their truck hit a mine near Pell."
    )
    assert ("killed", 2, "author", "author", None) in _claims(text)


def test_a_platform_and_a_channel_around_a_comma() -> None:
    text = (
        "Telegram, Vorn Liberation Army media channel:\n"
        "Our units destroyed two enemy tanks and killed eleven soldiers."
    )
    got = _claims(text)
    assert ("killed", 11, "Vorn Liberation Army media channel", "partisan", None) in got


def test_a_centres_field_note() -> None:
    text = (
        "Olm Centre for Civilian Protection — Field note\n"
        "Two farmers were killed by a landmine east of Olm on Sunday."
    )
    assert ("killed", 2, "Olm Centre for Civilian Protection", "ngo", None) in _claims(text)
