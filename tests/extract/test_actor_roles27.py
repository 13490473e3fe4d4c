"""Actor roles from the parse: the forms a monitor's short note uses (twenty-seventh
session). Texts written for these tests (invented places)."""

from __future__ import annotations

from claimledger.extract.actors import extract_actors


def _actors(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a.name, a.role) for a in extract_actors(nlp(text), "t1")]


def test_forces_named_with_their_weapons_or_strikes_are_the_attackers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2025, Turkish airstrikes targeted farmland near Velmor."
    assert ("Military Forces of Turkey", "perpetrator") in _actors(nlp, text)
    text = "Israeli gunboats opened fire on fishing boats off the Orvane shore."
    assert ("Military Forces of Israel", "perpetrator") in _actors(nlp, text)


def test_an_active_participle_with_its_object_is_no_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    # tagged VBN by the small model, but "the village" is its object: the forces shelled it
    text = "On 2 March 2025, the Russian military forces shelled with heavy weapons the village of Orvane."
    assert _actors(nlp, text)[0] == ("Military Forces of Russia", "perpetrator")


def test_military_forces_is_one_name_not_military_then_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the village of Orvane, the Myanmar military forces fired at civilians and injured a woman."
    names = _actors(nlp, text)
    assert ("Military Forces of Myanmar", "perpetrator") in names
    assert ("Civilians", "target") in names


def test_harmed_forces_stay_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    # a reduced relative in the passive: the soldiers were killed, not killers
    assert _actors(nlp, "Soldiers killed in the ambush were buried on Sunday.") == [
        ("Military Forces", "target")
    ]
    assert ("Police Forces", "target") in _actors(
        nlp, "Police officers injured in the blast were taken to hospital."
    )
    # an army's positions that were shelled are hit, not hitting
    assert ("Military Forces of Russia", "target") in _actors(
        nlp, "Ukrainian artillery shelled Russian positions near Orvane."
    )


def test_members_from_a_group_make_the_group_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mercenaries from the Wagner group killed the village chief in Orvane."
    assert ("Wagner Group", "perpetrator") in _actors(nlp, text)
