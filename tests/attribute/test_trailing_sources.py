"""Coordinated sources after the clause they report (issue 15): one claim per named source
("..., the Osk Post and the Tarrow Observer reported", "..., according to Brill TV and Osk
FM", "..., local sources and the Fenn Daily said"), however the parse hangs the list. Texts
written for these tests (invented places and outlets)."""

from __future__ import annotations

from claimledger import analyze
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind")


def test_two_outlets_after_the_clause() -> None:
    text = "Four people were killed in the strike on the market, the Osk Post and the Tarrow Observer reported."
    assert _claims(text) == [
        ("killed", 4, "the Osk Post", "media"),
        ("killed", 4, "the Tarrow Observer", "media"),
    ]


def test_local_sources_and_an_outlet_said() -> None:
    # the parse hangs "local sources and the Fenn Daily" on "Harran" and leaves "said" bare
    text = "Six fighters died in the clashes near Harran, local sources and the Fenn Daily said."
    assert _claims(text) == [
        ("killed", 6, "local sources", "anonymous"),
        ("killed", 6, "the Fenn Daily", "media"),
    ]


def test_an_outlet_and_local_sources_said() -> None:
    # the parse makes "the Fenn Daily" a modifier of "sources"
    text = "Six fighters died in the clashes near Harran, the Fenn Daily and local sources said."
    assert _claims(text) == [
        ("killed", 6, "the Fenn Daily", "media"),
        ("killed", 6, "local sources", "anonymous"),
    ]


def test_three_outlets_reported_on_a_day() -> None:
    text = (
        "At least nine civilians were killed when the strike hit the bakery, the Osk Post, "
        "the Tarrow Observer and Brill TV reported on Monday."
    )
    assert _claims(text) == [
        ("killed", 9, "the Osk Post", "media"),
        ("killed", 9, "the Tarrow Observer", "media"),
        ("killed", 9, "Brill TV", "media"),
    ]


def test_according_to_two_outlets() -> None:
    text = "Two children were wounded in the shelling of Vell, according to Brill TV and Osk FM."
    assert _claims(text) == [
        ("injured", 2, "Brill TV", "media"),
        ("injured", 2, "Osk FM", "media"),
    ]


def test_a_listed_outlet_named_after_a_town_keeps_its_whole_name() -> None:
    # The parse makes "Pelm" a conjunct of the first outlet and hangs "Today" on "according";
    # the source read from the list is the whole name, not its last word.
    text = (
        "Six people were killed in the raid on Dorva, according to the Vell Times and Pelm Today."
    )
    assert _claims(text) == [
        ("killed", 6, "the Vell Times", "media"),
        ("killed", 6, "Pelm Today", "media"),
    ]


def test_an_outlet_with_a_channel_number_ends_a_list() -> None:
    # "Vell 24" ends on a number: still an outlet's name, and the list is read (it was
    # given to the clause's subject, "a drone strike").
    text = (
        "A drone strike hit a van near Dorva, killing a man and his two sons, "
        "Osk Radio, the Pelm Courier and Vell 24 all reported."
    )
    assert _claims(text) == [
        ("killed", 3, "Osk Radio", "media"),
        ("killed", 3, "the Pelm Courier", "media"),
        ("killed", 3, "Vell 24", "media"),
    ]


def test_a_date_with_a_day_number_is_no_source() -> None:
    text = "Five people were killed in the strike on the depot on June 24, officials said."
    assert _claims(text) == [("killed", 5, "officials", "anonymous")]


def test_according_to_three_sources_each_keeps_its_own_kind() -> None:
    text = "Two children were wounded in the shelling of Vell, according to local medics, Brill TV and Osk FM."
    assert _claims(text) == [
        ("injured", 2, "local medics", "medical"),
        ("injured", 2, "Brill TV", "media"),
        ("injured", 2, "Osk FM", "media"),
    ]


def test_places_in_the_clause_are_no_sources() -> None:
    text = "Two people were killed in Vell, Osk and Tarrow, officials said."
    assert _claims(text) == [("killed", 2, "officials", "anonymous")]


def test_a_list_of_places_before_one_outlet() -> None:
    text = "Five people died in the shelling of Osk and Tarrow, the Vell Herald reported."
    assert _claims(text) == [("killed", 5, "the Vell Herald", "media")]


def test_a_role_with_its_name_is_one_source() -> None:
    text = "Four people were killed in Vell, according to the mayor of Osk, Dana Vell."
    assert [c[:2] for c in _claims(text)] == [("killed", 4)]


# --- semicolon clauses with speakers of their own ---------------------------------------


def test_each_semicolon_clause_keeps_its_speaker() -> None:
    text = (
        "Radio Osk says three workers died and around a dozen were hurt; the Osk Gazette, "
        "quoting an unnamed fire-brigade officer, reports five dead."
    )
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [
        ("killed", 3, "Radio Osk"),
        ("injured", 12, "Radio Osk"),
        ("killed", 5, "an unnamed fire-brigade officer"),
    ]


def test_a_source_after_the_second_clause_gives_only_that_clause() -> None:
    text = "Residents said the strike hit at dawn; two people were killed, the Osk Post reported."
    assert _claims(text) == [("killed", 2, "the Osk Post", "media")]


def test_semicolon_clauses_each_with_a_speaker_before() -> None:
    text = "The Osk army said four soldiers were killed; the rebels said they lost two men."
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [
        ("killed", 4, "The Osk army"),
        ("killed", 2, "the rebels"),
    ]


def test_a_count_right_after_the_cue_is_what_is_said() -> None:
    # the parse makes the clause before "he says" its complement
    text = "My cousin lives near the school in Osk, he says 4 dead."
    assert _claims(text) == [("killed", 4, "My cousin", "family")]


def test_a_time_after_the_cue_is_not_what_is_said() -> None:
    text = "Four people were killed in Osk, the army said 2 hours later."
    assert _claims(text) == [("killed", 4, "the army", "military")]


def test_two_outlets_citing_medics_relay_the_medics() -> None:
    text = (
        "Two people were killed and five wounded in the strike, the Osk Post and Brill TV "
        "reported, citing medics at Vell Hospital."
    )
    doc = analyze(text)
    rows = [
        (c.figure, c.low, c.source.name, c.source.kind, c.source.via)
        for inc in doc.incidents
        for c in inc.claims
        if c.figure is not None
    ]
    assert rows == [
        ("killed", 2, "medics", "medical", "the Osk Post and Brill TV"),
        ("injured", 5, "medics", "medical", "the Osk Post and Brill TV"),
    ]
