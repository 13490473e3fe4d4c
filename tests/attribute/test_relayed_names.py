"""Relayed sources' names (issue 15): the claim belongs to the source an outlet relays, by
that source's own name ("X cited Y as saying", "..., X quoted Y as saying.", "X carried a
statement by Y saying"), and a role set off by a name is named by that name ("The
spokesman of X, Brig. Gen. Y, said"). Texts written for these tests (invented places,
people and outlets)."""

from __future__ import annotations

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", "via")


def test_cited_as_saying_is_the_cited_sources_claim() -> None:
    text = "Brill TV cited a hospital director as saying seven people were killed in the raid on Tarsk."
    assert _claims(text) == [("killed", 7, "a hospital director", "medical", "Brill TV")]


def test_quoted_as_saying_after_the_clause() -> None:
    text = "Nine people died in the blast at the Vell depot, the Osk Post quoted a nurse as saying."
    assert _claims(text) == [("killed", 9, "a nurse", "medical", "the Osk Post")]


def test_a_statement_carried_by_an_outlet_is_its_authors() -> None:
    text = (
        "Brill TV carried a statement by the Tarsk health office saying seven people were killed."
    )
    assert _claims(text) == [("killed", 7, "the Tarsk health office", "official", "Brill TV")]


def test_an_outlets_own_statement_stays_its_own() -> None:
    text = "The Osk army released a statement saying four soldiers were killed near Vell."
    assert [c[2] for c in _claims(text)] == ["The Osk army"]


def test_a_spokesman_named_after_his_role_and_a_dateline() -> None:
    text = (
        "(TNA) - The spokesman of the Armed Forces of Tiranor, Brigadier General Oleg Vasko, "
        "said in a statement on Sunday that air strikes had killed about 70 militants."
    )
    [(figure, low, name, kind, _via)] = _claims(text)
    assert (figure, low, name, kind) == ("killed", 70, "Brigadier General Oleg Vasko", "military")


def test_a_channel_named_after_its_description() -> None:
    text = "A Telegram channel close to the militia, Medra Front, posted that eleven of its fighters were killed."
    assert [c[2:4] for c in _claims(text)] == [("Medra Front", "partisan")]


def test_a_commander_named_after_his_unit() -> None:
    text = "The commander of the Tamarisk Battalion, Colonel Rustam Aliyev, said that 17 enemy fighters were killed."
    assert [c[2:4] for c in _claims(text)] == [("Colonel Rustam Aliyev", "military")]


def test_a_mayor_whose_name_the_tagger_reads_as_a_group() -> None:
    text = "The camp's mayor, Khalil Darwish, said that four people were killed in the shelling."
    assert [c[2:4] for c in _claims(text)] == [("Khalil Darwish", "official")]


def test_a_neighbour_named_abu_samer() -> None:
    text = "My neighbour Abu Samer counted eight bodies on our street after the strike on Vell."
    assert [c[2:4] for c in _claims(text)] == [("Abu Samer", "witness")]


def test_a_place_after_a_role_is_no_name() -> None:
    text = "A resident of Osk, Vell Province, said three people died in the fire."
    assert [c[2] for c in _claims(text)] == ["A resident of Osk"]


def test_a_short_phrase_past_the_content_keeps_its_speaker() -> None:
    # the parse hangs "injured" on "told", so the content stops at "survived"
    text = "The victims' uncle told the Osk Post that only one child survived, badly injured."
    assert _claims(text) == [("injured", 1, "The victims' uncle", "family", "the Osk Post")]


def test_reported_quoting_y_that_is_ys_claim() -> None:
    text = "Brill TV reported, quoting the Vell civil defence, that 12 people died and 30 were wounded."
    assert _claims(text) == [
        ("killed", 12, "the Vell civil defence", "official", "Brill TV"),
        ("injured", 30, "the Vell civil defence", "official", "Brill TV"),
    ]


def test_a_retweet_is_the_retweeted_accounts_claim() -> None:
    text = "RT @VellMedics: 12 people killed in the strike on the Osk market."
    assert [c[2] for c in _claims(text)] == ["@VellMedics"]


# --- the relay (via) of a statement told around its verb ------------------------------


def _via(text: str) -> list[tuple[str, str | None]]:
    return [(name, via) for _f, _low, name, _kind, via in _claims(text)]


def test_speaking_to_an_outlet_is_the_relay() -> None:
    text = "Speaking to the Osk Post, a hospital director said seven people were killed in Tarsk."
    assert _via(text) == [("a hospital director", "the Osk Post")]


def test_speaking_to_an_outlet_on_the_subject_is_the_relay() -> None:
    text = "Hospital officials, speaking to Brill TV, said 12 people were killed in Tarsk."
    assert _via(text) == [("Hospital officials", "Brill TV")]


def test_speaking_to_reporters_names_no_relay() -> None:
    text = "Speaking to reporters, the mayor of Tarsk said seven people were killed."
    assert _via(text) == [("the mayor of Tarsk", None)]


def test_comments_to_an_outlet_is_the_relay() -> None:
    text = "In comments to Brill TV, the mayor of Tarsk said seven people were killed in the raid."
    assert _via(text) == [("the mayor of Tarsk", "Brill TV")]


def test_a_statement_carried_by_an_outlet_is_the_relay() -> None:
    text = (
        "In a statement carried by Brill TV, the Tarsk health office said seven people were killed."
    )
    assert _via(text) == [("the Tarsk health office", "Brill TV")]


def test_quoted_by_an_outlet_is_the_relay() -> None:
    text = "The mayor of Tarsk was quoted by the Osk Post as saying seven people were killed."
    assert _via(text) == [("The mayor of Tarsk", "the Osk Post")]


def test_an_outlet_reporting_what_a_source_said_is_the_relay() -> None:
    text = (
        "The Osk Post reported that the mayor of Tarsk said seven people were killed in the raid."
    )
    assert _via(text) == [("the mayor of Tarsk", "The Osk Post")]


def test_according_to_an_outlet_around_a_speaker_is_the_relay() -> None:
    text = "Seven people were killed, the mayor of Tarsk said, according to the Osk Post."
    assert _via(text) == [("the mayor of Tarsk", "the Osk Post")]


def test_a_trailing_source_that_told_an_outlet() -> None:
    text = "Five people died after a drone hit a minibus, a nurse told the Osk Post."
    assert _via(text) == [("a nurse", "the Osk Post")]


def test_a_trailing_source_the_parse_left_without_subject() -> None:
    text = "Five people died after a drone hit a minibus, a source at Vell Hospital tells us."
    assert _claims(text) == [("killed", 5, "a source at Vell Hospital", "medical", None)]


def test_quoted_as_saying_two_clauses_gives_both() -> None:
    # the parse hangs "14 were wounded" on "quoted"
    text = "The Osk Post quoted Dr. Lena Marr as saying nine people had died and 14 were wounded."
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [
        ("killed", 9, "Dr. Lena Marr"),
        ("injured", 14, "Dr. Lena Marr"),
    ]


def test_a_second_speaker_after_quoted_as_saying_keeps_its_claim() -> None:
    text = "The Osk Post quoted a nurse as saying nine people had died, and the army said 14 were wounded."
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [
        ("killed", 9, "a nurse"),
        ("injured", 14, "the army"),
    ]


def test_a_statement_cited_by_an_outlet_is_the_relay() -> None:
    text = "The Vell health ministry said in a statement, cited by Brill TV, that 14 people were killed."
    assert _via(text) == [("The Vell health ministry", "Brill TV")]


def test_a_source_cited_by_an_outlet_is_the_relay() -> None:
    text = "Hospital staff, cited by the Osk Post, said 12 people were killed in Vell."
    assert _via(text) == [("Hospital staff", "the Osk Post")]
