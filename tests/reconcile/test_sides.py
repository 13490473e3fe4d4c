"""ACLED's side conventions completed from the incident (reconcile/sides.py).

Records built by hand; the last test runs the pipeline on a text written for it.
"""

from __future__ import annotations

from claimledger.reconcile.sides import complete_sides
from claimledger.records import Actor, Claim, Evidence, Location, Source


def _ev(start: int, text: str) -> Evidence:
    return Evidence(start, start + len(text), text, "d1", "test", 0.9)


def _loc(code: str | None, country: str | None) -> Location:
    return Location("Velmor", country, None, None, None, None, country_code=code)


def _claim(figure: str, low: int, *, civilian: bool, aggregate: bool = False) -> Claim:
    ev = _ev(40, "two farmers were killed")
    return Claim(
        figure, ev.text, low, low, "exact", Source("author", "author"), False, ev,
        victims="farmers", civilian=civilian, aggregate=aggregate,
    )  # fmt: skip


def _names(actors: tuple[Actor, ...]) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in actors]


def test_generic_state_forces_take_the_incident_country() -> None:
    actors = [Actor("Military Forces", "perpetrator", _ev(0, "soldiers"))]
    out = complete_sides(
        actors, event_type="Battles", claims=[], location=_loc("IQ", "Iraq"), event_evidence=None
    )
    assert _names(out) == [("Military Forces of Iraq", "perpetrator")]


def test_generic_forces_left_when_a_foreign_state_force_is_named() -> None:
    # "Russian forces shelled the town; soldiers ...": the soldiers may be the Russians
    actors = [
        Actor("Military Forces of Russia", "perpetrator", _ev(0, "Russian forces")),
        Actor("Military Forces", "other", _ev(30, "soldiers")),
    ]
    out = complete_sides(
        actors, event_type="Battles", claims=[], location=_loc("UA", "Ukraine"), event_evidence=None
    )
    assert _names(out) == [
        ("Military Forces of Russia", "perpetrator"),
        ("Military Forces", "other"),
    ]


def test_generic_forces_merge_with_the_named_ones() -> None:
    actors = [
        Actor("Military Forces of Iraq", "perpetrator", _ev(0, "Iraqi troops")),
        Actor("Military Forces", "other", _ev(30, "security forces")),
    ]
    out = complete_sides(
        actors, event_type="Battles", claims=[], location=_loc("IQ", "Iraq"), event_evidence=None
    )
    assert _names(out) == [("Military Forces of Iraq", "perpetrator")]


def test_no_country_no_change() -> None:
    actors = [Actor("Police Forces", "perpetrator", _ev(0, "police"))]
    out = complete_sides(actors, event_type=None, claims=[], location=None, event_evidence=None)
    assert _names(out) == [("Police Forces", "perpetrator")]


def test_civilian_figure_makes_civilians_the_target_after_named_actors() -> None:
    actors = [Actor("Police Forces", "other", _ev(0, "police"))]
    out = complete_sides(
        actors,
        event_type="Explosions/Remote violence",
        claims=[_claim("killed", 2, civilian=True)],
        location=None,
        event_evidence=None,
    )
    # the party the text names stays first (ACLED's actor1 when no perpetrator)
    assert _names(out) == [("Police Forces", "other"), ("Civilians", "target")]
    assert out[1].evidence is not None and out[1].evidence.text == "two farmers were killed"


def test_violence_against_civilians_without_a_civilian_word() -> None:
    # "a man was shot dead by gunmen": no civilian noun, but the type says who was harmed
    event_ev = _ev(10, "shot dead")
    out = complete_sides(
        [Actor("Unidentified Armed Group", "perpetrator", _ev(30, "gunmen"))],
        event_type="Violence against civilians",
        claims=[_claim("killed", 1, civilian=False)],
        location=None,
        event_evidence=event_ev,
    )
    assert _names(out) == [("Unidentified Armed Group", "perpetrator"), ("Civilians", "target")]
    assert out[1].evidence == event_ev


def test_no_civilian_target_when_figures_count_combatants_or_are_aggregates() -> None:
    for claim in (
        _claim("killed", 4, civilian=False),
        _claim("killed", 300, civilian=True, aggregate=True),
    ):
        out = complete_sides(
            [Actor("Islamic State", "perpetrator", _ev(0, "IS"))],
            event_type="Battles",
            claims=[claim],
            location=None,
            event_evidence=None,
        )
        assert _names(out) == [("Islamic State", "perpetrator")]


def test_existing_target_kept_and_bystander_civilians_promoted() -> None:
    target = [Actor("Houthis", "target", _ev(0, "Houthi fighters"))]
    civ = _claim("killed", 2, civilian=True)
    out = complete_sides(target, event_type=None, claims=[civ], location=None, event_evidence=None)
    assert _names(out) == [("Houthis", "target")]
    bystander = [
        Actor("Civilians", "other", _ev(0, "residents")),
        Actor("Houthis", "other", _ev(9, "x")),
    ]
    out = complete_sides(
        bystander, event_type=None, claims=[civ], location=None, event_evidence=None
    )
    assert _names(out) == [("Houthis", "other"), ("Civilians", "target")]
    assert out[1].evidence == _ev(0, "residents")


def test_pipeline_reads_civilians_and_the_army_of_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger import Options
    from claimledger.pipeline import analyze_documents
    from claimledger.records import RawDocument

    text = (
        "KIRKUK, Iraq, 3 May 2025 — Soldiers opened fire on a crowd near a checkpoint in "
        "Kirkuk on Friday, killing three farmers and wounding a shepherd, residents said."
    )
    (doc,) = analyze_documents([RawDocument(id="s1", text=text)], Options())
    actors = {(a.name, a.role) for a in doc.incidents[0].actors}
    assert ("Military Forces of Iraq", "perpetrator") in actors
    assert ("Civilians", "target") in actors


# --- the crowd of a protest or riot, an unseen attacker (twenty-seventh session) ---


def test_protest_crowd_is_actor_one_and_police_the_other_side() -> None:
    # "Nurses of the Velmor clinic marched to the town hall; police dispersed them."
    crowd = Actor("Protesters", "other", _ev(0, "Nurses of the Velmor clinic"))
    police = Actor("Police Forces", "perpetrator", _ev(60, "police"))
    out = complete_sides(
        [police, crowd],
        event_type="Protests",
        claims=[],
        location=_loc("AR", "Argentina"),
        event_evidence=_ev(30, "marched"),
    )
    assert _names(out) == [
        ("Protesters", "perpetrator"),
        ("Police Forces of Argentina", "other"),
    ]
    assert out[0].evidence == _ev(0, "Nurses of the Velmor clinic")


def test_residents_who_protest_are_the_crowd() -> None:
    # "Residents of Orvane blocked the ring road over water cuts": read as civilians
    residents = Actor("Civilians", "other", _ev(0, "Residents of Orvane"))
    out = complete_sides(
        [residents], event_type="Protests", claims=[], location=None, event_evidence=None
    )
    assert _names(out) == [("Protesters", "perpetrator")]
    assert out[0].evidence == _ev(0, "Residents of Orvane")


def test_protest_with_no_crowd_read_takes_the_typing_span() -> None:
    typing = _ev(12, "held a sit-in")
    out = complete_sides([], event_type="Protests", claims=[], location=None, event_evidence=typing)
    assert _names(out) == [("Protesters", "perpetrator")]
    assert out[0].evidence == typing
    # no evidence, no actor: nothing is asserted without a span
    assert (
        complete_sides([], event_type="Protests", claims=[], location=None, event_evidence=None)
        == ()
    )


def test_mob_is_rioters_and_its_victim_stays_the_target() -> None:
    # "A crowd of villagers beat a suspected thief to death": mob violence
    victim = Actor("Civilians", "target", _ev(40, "a suspected thief"))
    out = complete_sides(
        [victim], event_type="Riots", claims=[], location=None, event_evidence=_ev(0, "beat")
    )
    assert _names(out) == [("Rioters", "perpetrator"), ("Civilians", "target")]


def test_riot_keeps_a_named_party_as_associate() -> None:
    party = Actor("Velmor People's Party", "perpetrator", _ev(0, "party supporters"))
    out = complete_sides(
        [party], event_type="Riots", claims=[], location=None, event_evidence=_ev(20, "torched")
    )
    assert _names(out) == [("Rioters", "perpetrator"), ("Velmor People's Party", "perpetrator")]


def test_attack_with_no_perpetrator_read_is_an_unidentified_armed_group() -> None:
    # "A shopkeeper was shot dead in his shop in Velmor on Monday."
    typing = _ev(16, "shot dead")
    out = complete_sides(
        [],
        event_type="Violence against civilians",
        claims=[_claim("killed", 1, civilian=False)],
        location=_loc("KE", "Kenya"),
        event_evidence=typing,
    )
    assert _names(out) == [("Civilians", "target"), ("Unidentified Armed Group", "perpetrator")]
    assert out[1].evidence == typing


def test_no_unidentified_group_when_a_perpetrator_is_read_or_for_battles() -> None:
    named = [Actor("Al-Shabaab", "perpetrator", _ev(0, "Al-Shabaab militants"))]
    out = complete_sides(
        named,
        event_type="Violence against civilians",
        claims=[],
        location=None,
        event_evidence=_ev(30, "killed"),
    )
    assert [a.name for a in out] == ["Al-Shabaab", "Civilians"]
    out = complete_sides(
        [], event_type="Battles", claims=[], location=None, event_evidence=_ev(0, "clashed")
    )
    assert out == ()


def test_pipeline_names_the_crowd_of_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger import Options
    from claimledger.pipeline import analyze_documents
    from claimledger.records import RawDocument

    text = (
        "On 4 March 2026, in Orvane, retired teachers gathered in front of the regional "
        "education office to demand the payment of their pensions."
    )
    (doc,) = analyze_documents([RawDocument(id="p1", text=text)], Options())
    inc = doc.incidents[0]
    assert inc.event_type == "Protests"
    assert (inc.actors[0].name, inc.actors[0].role) == ("Protesters", "perpetrator")


def test_a_named_party_without_a_role_keeps_actor_one() -> None:
    # "Mercenaries of the X group and villagers ...": the parse gave the group no role
    named = [Actor("Wagner Group", "other", _ev(0, "the Wagner group"))]
    out = complete_sides(
        named,
        event_type="Violence against civilians",
        claims=[],
        location=None,
        event_evidence=_ev(30, "killed"),
    )
    assert _names(out) == [("Wagner Group", "other"), ("Civilians", "target")]
