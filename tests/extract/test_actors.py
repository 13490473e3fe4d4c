"""Tests of claimledger.extract.actors (texts written for these tests)."""

from __future__ import annotations

import pytest

from claimledger.extract.actors import EXTRACTOR, extract_actors, normalize_actor
from claimledger.resources.demonyms import countries, state_words


def _actors(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a.name, a.role) for a in extract_actors(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("ISIS fighters", "Islamic State"),
        ("Daesh", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("the U.S.-led coalition", "US-led coalition"),
        ("Global Coalition Against Daesh", "US-led coalition"),
        ("Iraqi troops", "Military Forces of Iraq"),
        ("Military Forces of Iraq (2014-)", "Military Forces of Iraq"),
        (
            "Police Forces of India (2014-) Central Industrial Security Force",
            "Police Forces of India",
        ),
        ("Military Forces of Yemen (2016-) Supreme Political Council", "Houthis"),
        ("Ansar Allah", "Houthis"),
        ("QSD: Syrian Democratic Forces", "Syrian Democratic Forces"),
        ("Protesters (Chile)", "Protesters"),
        ("Civilians (Kenya)", "Civilians"),
        ("Unidentified Armed Group (Mali)", "Unidentified Armed Group"),
        ("unknown gunmen", "Unidentified Armed Group"),
        ("al-Shabab militants", "Al Shabaab"),
        ("Popular Mobilization Forces", "Popular Mobilization Forces"),
        ("Some Local Party", "Some Local Party"),
    ],
)
def test_actors_normalize_actor(name: str, canonical: str) -> None:
    assert normalize_actor(name) == canonical


def test_actors_normalize_actor_empty_is_none() -> None:
    assert normalize_actor("   ") is None


def test_actors_agent_and_object_roles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An airstrike by the U.S.-led coalition hit Iraqi troops near the town on Friday."
    assert _actors(nlp, text) == [
        ("US-led coalition", "perpetrator"),
        ("Military Forces of Iraq", "target"),
    ]


def test_actors_evidence_offsets_and_category(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Unknown gunmen shot dead three civilians at a market."
    found = extract_actors(nlp(text), "t9")
    assert [(a.name, a.role, a.category) for a in found] == [
        ("Unidentified Armed Group", "perpetrator", "unidentified"),
        ("Civilians", "target", "civilians"),
    ]
    for a in found:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
        assert a.evidence.doc_id == "t9"
        assert a.evidence.extractor == EXTRACTOR


def test_actors_aliases_share_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "ISIS fighters ambushed a police patrol, and Daesh later praised the raid."
    got = _actors(nlp, text)
    assert got[0] == ("Islamic State", "perpetrator")
    assert ("Police Forces", "target") in got
    assert [n for n, _ in got].count("Islamic State") == 2


def test_actors_its_forces_is_the_reporting_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Syrian army said a coalition strike hit its forces near the border."
    assert _actors(nlp, text) == [
        ("Military Forces of Syria", "other"),
        ("US-led coalition", "perpetrator"),
        ("Military Forces of Syria", "target"),
    ]


def test_actors_bare_soldiers_take_the_last_named_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan troops fought al-Shabaab militants overnight. Two soldiers were killed."
    got = _actors(nlp, text)
    assert got[0] == ("Military Forces of Kenya", "other")
    assert ("Al Shabaab", "other") in got  # two-sided fighting: no perpetrator
    assert got[-1] == ("Military Forces of Kenya", "target")


def test_actors_american_jets_join_a_named_coalition(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _actors(nlp, "American jets bombed the depot.") == [
        ("Military Forces of the United States", "perpetrator")
    ]
    got = _actors(nlp, "The US-led coalition said American jets bombed the depot.")
    assert got == [("US-led coalition", "other"), ("US-led coalition", "perpetrator")]


def test_actors_clash_sides_are_other(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _actors(nlp, "Government forces clashed with the Taliban in the valley.") == [
        ("Military Forces", "other"),
        ("Taliban", "other"),
    ]


def test_actors_passive_victims_are_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _actors(nlp, "Three Nigerian soldiers were killed by Boko Haram fighters.")
    assert got == [("Military Forces of Nigeria", "target"), ("Boko Haram", "perpetrator")]


def test_actors_reference_text(nlp, fallujah_text: str) -> None:  # type: ignore[no-untyped-def]
    found = extract_actors(nlp(fallujah_text), "ref")
    perps = {a.name for a in found if a.role == "perpetrator"}
    targets = [a.name for a in found if a.role == "target"]
    names = {a.name for a in found}
    assert perps & {"US-led coalition"} and "Military Forces of Iraq" not in perps
    assert targets.count("Military Forces of Iraq") >= 4
    assert "Military Forces of Syria" in targets  # the coalition's earlier strike
    assert "Islamic State" in names
    assert all(
        a.role == "other" for a in found if a.name == "Islamic State" and a.evidence.text == "ISIS"
    )
    its = [a for a in found if a.evidence.text == "its forces"]
    assert its and all(a.name == "Military Forces of Iraq" and a.role == "target" for a in its)


def test_actors_crowd_subjects_are_protesters_or_rioters(nlp) -> None:  # type: ignore[no-untyped-def]
    found = extract_actors(nlp("Residents of the village held a sit-in outside the office."), "t")
    assert [(a.name, a.role, a.evidence.text) for a in found] == [
        ("Protesters", "perpetrator", "Residents of the village")
    ]
    found = extract_actors(nlp("Hundreds of youths pelted stones at police."), "t")
    assert [(a.name, a.evidence.text) for a in found] == [
        ("Rioters", "Hundreds of youths"),
        ("Police Forces", "police"),
    ]
    # a named group keeps its name when it demonstrates
    assert _actors(nlp, "Hamas supporters rallied in the square.")[0][0] == "Hamas"


def test_actors_owner_of_a_target_is_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled the positions of the Malian army near the river."
    assert _actors(nlp, text) == [
        ("Unidentified Armed Group", "perpetrator"),
        ("Military Forces of Mali", "target"),
    ]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Congolese troops", "Military Forces of the Democratic Republic of Congo"),
        ("the Dutch government", "Government of the Netherlands"),
        ("U.S. troops", "Military Forces of the United States"),
        ("Burkinabe army", "Military Forces of Burkina Faso"),
        ("the army of Sierra Leone", "Military Forces of Sierra Leone"),
    ],
)
def test_actors_state_forces_from_the_demonym_table(name: str, canonical: str) -> None:
    assert normalize_actor(name) == canonical


def test_actors_every_word_of_the_demonym_table_names_state_forces() -> None:
    owner = state_words()
    for country in countries():
        for word in country.all_demonyms + country.also:
            # A word two rows share ("Congolese") belongs to the first.
            expected = f"Military Forces of {owner[word]}"
            assert normalize_actor(f"{word} troops") == expected, word
