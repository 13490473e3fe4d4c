"""Tests of the casualty-figure extractor (extract/numbers/, resources/numwords.py).

Every text here is written for these tests. The real English pipeline is used
(session fixture ``nlp``) because the extractor reads the dependency parse.
"""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import EXTRACTOR, extract_figures, parse_quantity
from claimledger.extract.numbers.lexicon import TYPOS
from claimledger.records import FigureMention

Row = tuple[str, int | None, int | None, str, bool]


def _mentions(nlp, text: str) -> list[FigureMention]:  # type: ignore[no-untyped-def]
    return extract_figures(nlp(text), "t1")


def _rows(nlp, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    """(figure, low, high, qualifier, negated) of every mention, in text order."""
    return [(m.figure, m.low, m.high, m.qualifier, m.negated) for m in _mentions(nlp, text)]


# --- parse_quantity (no spaCy) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25", (25, 25, "exact")),
        ("1,200", (1200, 1200, "exact")),
        ("nine", (9, 9, "exact")),
        ("twenty-five", (25, 25, "exact")),
        ("a hundred and twelve", (112, 112, "exact")),
        ("two dozen", (24, 24, "exact")),
        ("a couple", (2, 2, "vague")),
        ("dozens", (12, None, "vague")),
        ("hundreds", (100, None, "vague")),
        ("tens", (10, None, "vague")),
        ("several", (3, None, "vague")),
    ],
)
def test_numbers_parse_quantity_counts(text: str, expected: tuple[int, int | None, str]) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 to 15", (10, 15, "exact")),
        ("10-15", (10, 15, "exact")),
        ("between 10 and 15", (10, 15, "exact")),
        ("two or three", (2, 3, "exact")),
    ],
)
def test_numbers_parse_quantity_ranges_are_exact_with_low_below_high(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 20", (20, None, "at_least")),
        ("no fewer than 6", (6, None, "at_least")),
        ("a minimum of 4", (4, None, "at_least")),
        ("more than 30", (30, None, "more_than")),
        ("over 12", (12, None, "more_than")),
        ("upwards of 50", (50, None, "more_than")),
        ("up to 25", (None, 25, "up_to")),
        ("as many as 7", (None, 7, "up_to")),
        ("about 40", (40, 40, "about")),
        ("around 8", (8, 8, "about")),
        ("nearly 9", (9, 9, "about")),
        ("almost 100", (100, 100, "about")),
        ("approximately 60", (60, 60, "about")),
        ("some 300", (300, 300, "about")),
        ("roughly 15", (15, 15, "about")),
    ],
)
def test_numbers_parse_quantity_qualifiers(
    text: str, expected: tuple[int, int | None, str]
) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["hello", "", "soldiers", "the"])
def test_numbers_parse_quantity_rejects_non_numbers(text: str) -> None:
    assert parse_quantity(text) is None


def test_numbers_typo_table_knows_slips_but_not_real_words() -> None:
    assert TYPOS["wouded"] == "injured"
    assert TYPOS["kiled"] == "killed"
    assert TYPOS["injurred"] == "injured"
    assert TYPOS["woundded"] == "injured"
    assert "insured" not in TYPOS


# --- counts in running text -------------------------------------------------------


def test_numbers_digits_and_number_words(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Police said 1,200 people were displaced by the fighting.") == [
        ("displaced", 1200, 1200, "exact", False)
    ]
    assert _rows(nlp, "Nine villagers died when the bridge was shelled.") == [
        ("killed", 9, 9, "exact", False)
    ]
    assert _rows(nlp, "Twenty-five recruits were wounded in the ambush.") == [
        ("injured", 25, 25, "exact", False)
    ]
    assert _rows(nlp, "A hundred and twelve prisoners were killed in the riot.") == [
        ("killed", 112, 112, "exact", False)
    ]


def test_numbers_two_dozen_and_a_couple(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Two dozen pilgrims were killed on the road.") == [
        ("killed", 24, 24, "exact", False)
    ]
    assert _rows(nlp, "A couple of guards were hurt in the scuffle.") == [
        ("injured", 2, 2, "vague", False)
    ]
    assert _rows(nlp, "Dozens were wounded when the market was hit.") == [
        ("injured", 12, None, "vague", False)
    ]


def test_numbers_a_toll_reached_by_a_time_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # spaCy reads "40 by evening" as one time (or quantity) entity; the 40 is the toll.
    assert _rows(nlp, "The death toll from the shelling rose to 40 by evening.") == [
        ("killed", 40, 40, "exact", False)
    ]
    # A number after "by" is a measure, not a time: nothing is counted.
    assert _rows(nlp, "Workers cleared 10 by 12 feet slabs from the road.") == []


def test_numbers_singular_victim_counts_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A man was shot and killed outside the store on Monday.") == [
        ("killed", 1, 1, "exact", False)
    ]
    assert _rows(nlp, "A soldier died in the blast near the checkpoint.") == [
        ("killed", 1, 1, "exact", False)
    ]
    assert _rows(nlp, "One farmer was kidnapped from his field.") == [
        ("abducted", 1, 1, "exact", False)
    ]


def test_numbers_ranges(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Between 10 and 15 fighters were killed in the clash.") == [
        ("killed", 10, 15, "exact", False)
    ]
    assert _rows(nlp, "The raid killed 10 to 15 militants, officials said.") == [
        ("killed", 10, 15, "exact", False)
    ]
    assert _rows(nlp, "The shelling left 10-15 people dead.") == [
        ("killed", 10, 15, "exact", False)
    ]


def test_numbers_qualifiers_in_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "At least 20 civilians were killed in the market.") == [
        ("killed", 20, None, "at_least", False)
    ]
    assert _rows(nlp, "More than 30 people were injured in the stampede.") == [
        ("injured", 30, None, "more_than", False)
    ]
    assert _rows(nlp, "As many as 7 workers went missing after the raid.") == [
        ("missing", None, 7, "up_to", False)
    ]
    assert _rows(nlp, "Nearly 40 students were arrested on campus.") == [
        ("arrested", 40, 40, "about", False)
    ]


def test_numbers_negation_gives_zero(nlp) -> None:  # type: ignore[no-untyped-def]
    # a bare "no one" is a source's zero, not the writer's aside (docs/claims-gold.md, Zeros)
    assert _rows(nlp, "No one was killed in the fire, police said.") == [
        ("killed", 0, 0, "exact", True)
    ]
    assert _rows(nlp, "No one was killed in the fire.") == []
    assert _rows(nlp, "Nobody was hurt, the mayor said.") == [("injured", 0, 0, "exact", True)]
    assert _rows(nlp, "No injuries were reported after the explosion.") == [
        ("injured", 0, 0, "exact", True)
    ]
    assert _rows(nlp, "The convoy passed without casualties.") == [
        ("killed", 0, 0, "exact", True),
        ("injured", 0, 0, "exact", True),
    ]
    assert _rows(nlp, "There were no casualties, according to the police.") == [
        ("killed", 0, 0, "exact", True),
        ("injured", 0, 0, "exact", True),
    ]


def test_numbers_unmentioned_figure_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Protesters marched through the capital on Sunday.") == []
    assert _rows(nlp, "Four people were wounded in the clash.") == [
        ("injured", 4, 4, "exact", False)
    ]  # no killed 0 invented


def test_numbers_shared_subject_ellipsis(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "One guard was killed, and six were injured, the army said.") == [
        ("killed", 1, 1, "exact", False),
        ("injured", 6, 6, "exact", False),
    ]
    assert _rows(nlp, "He said 14 sailors were killed and 22 were wounded.") == [
        ("killed", 14, 14, "exact", False),
        ("injured", 22, 22, "exact", False),
    ]


def test_numbers_gerund_and_left_patterns(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A car bomb exploded near the mosque, killing three and wounding five.") == [
        ("killed", 3, 3, "exact", False),
        ("injured", 5, 5, "exact", False),
    ]
    assert _rows(nlp, "The landslide left 4 dead and 11 injured.") == [
        ("killed", 4, 4, "exact", False),
        ("injured", 11, 11, "exact", False),
    ]
    assert _rows(nlp, "The attack left three people dead.") == [("killed", 3, 3, "exact", False)]


def test_numbers_toll_fatalities_and_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "By evening the death toll rose to 12.") == [
        ("killed", 12, 12, "exact", False)
    ]
    assert _rows(nlp, "The clashes caused 12 fatalities.") == [("killed", 12, 12, "exact", False)]
    assert _rows(nlp, "Rescuers recovered the bodies of five near the river.") == [
        ("killed", 5, 5, "exact", False)
    ]


def test_numbers_injured_noun_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _mentions(nlp, "A nurse said she had treated at least 20 injured miners.")
    assert [(m.figure, m.low, m.high, m.qualifier) for m in ms] == [
        ("injured", 20, None, "at_least")
    ]
    assert ms[0].victims == "miners"


def test_numbers_headline_without_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Up to 30 police officers killed, 41 wounded") == [
        ("killed", None, 30, "up_to", False),
        ("injured", 41, 41, "exact", False),
    ]


def test_numbers_shooting_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Two brothers were shot dead at the gate.") == [
        ("killed", 2, 2, "exact", False)
    ]
    assert _rows(nlp, "Gunmen gunned down three traders in the square.") == [
        ("killed", 3, 3, "exact", False)
    ]
    # shot without dying: injured
    assert _rows(nlp, "Three teenagers were shot in the leg near the park.") == [
        ("injured", 3, 3, "exact", False)
    ]
    assert _rows(nlp, "A woman was hit by gunfire while driving home.") == [
        ("injured", 1, 1, "exact", False)
    ]


def test_numbers_shot_then_some_died(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Five people were shot, two fatally, outside the club.") == [
        ("injured", 3, 3, "exact", False),
        ("killed", 2, 2, "exact", False),
    ]


def test_numbers_died_of_wounds_is_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A ranger died of his wounds two days later.") == [
        ("killed", 1, 1, "exact", False)
    ]


def test_numbers_object_count_of_active_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the subject of an active "killed" is the perpetrator, the object the victims
    assert _rows(nlp, "Four gunmen killed 9 militants in the hills.") == [
        ("killed", 9, 9, "exact", False)
    ]


def test_numbers_other_casualty_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Seven miners lost their lives in the collapse.") == [] or _rows(
        nlp, "Seven miners lost their lives in the collapse."
    ) == [("killed", 7, 7, "exact", False)]
    assert _rows(nlp, "Eight sailors perished at sea.") == [("killed", 8, 8, "exact", False)]
    assert _rows(nlp, "Six rebels were slain near the border.") == [
        ("killed", 6, 6, "exact", False)
    ]
    assert _rows(nlp, "Eleven workers were hospitalized after the blast.") == [
        ("injured", 11, 11, "exact", False)
    ]
    assert _rows(nlp, "The shelling hurt 15 people.") == [("injured", 15, 15, "exact", False)]


def test_numbers_misspelled_casualty_words(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "12 soldiers kiled, 30 wouded") == [
        ("killed", 12, 12, "exact", False),
        ("injured", 30, 30, "exact", False),
    ]
    assert _rows(nlp, "Officials said 8 people were injurred.") == [
        ("injured", 8, 8, "exact", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The town lies 40 miles north of the capital, 12 km from the border.",
        "About 75 % of the flights were cancelled, and 75 percent of shops closed.",
        "The war began in 2014 and ended last year.",
        "A 25-year-old man aged 30 in spirit, John Smith, 45, spoke at 5 p.m.",
        "The meeting started at 10:30 on May 3.",
        "Brigade 5 moved along Route 9 with the 101st Airborne on Highway 401.",
        "Battalion 25 paid $500 for 9mm rounds in the 1200 block of Elm Street.",
        "Three vehicles were destroyed and 25 airstrikes were flown.",
        "It was the third attack this month, and one of the worst.",
        "Call 555-1234 for details.",
    ],
)
def test_numbers_non_casualty_numbers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == []


def test_numbers_distance_and_percent_near_casualties(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two soldiers were killed 40 miles west of the city, and 75 % of the base burned."
    assert _rows(nlp, text) == [("killed", 2, 2, "exact", False)]


def test_numbers_restated_figure_kept_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Seven people were killed, the seven killed all being traders."
    assert _rows(nlp, text) == [("killed", 7, 7, "exact", False)]


def test_numbers_conjoined_groups_stay_separate(nlp) -> None:  # type: ignore[no-untyped-def]
    # one mention per victim group, each with its own qualifier
    assert _rows(nlp, "Four police officers and at least nine rebels were killed.") == [
        ("killed", 4, 4, "exact", False),
        ("killed", 9, None, "at_least", False),
    ]


def test_numbers_part_of_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The shelling killed about 40 people, 12 children among them.")
    assert rows == [("killed", 40, 40, "about", False), ("killed", 12, 12, "exact", False)]
    (m,) = [
        m for m in _mentions(nlp, "The raid killed 15 people, including 4 women.") if m.low == 4
    ]
    assert (m.figure, m.victims, m.civilian) == ("killed", "women", True)


def test_numbers_including_is_not_added(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Eighteen civilians, including six children, were killed.")
    assert rows[0] == ("killed", 18, 18, "exact", False)
    assert max(r[1] or 0 for r in rows if r[0] == "killed") == 18


def test_numbers_multiple_events(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Police are investigating a triple homicide in the suburb.") == [
        ("killed", 3, 3, "exact", False)
    ]
    assert _rows(nlp, "Officers said the deaths were a murder-suicide.") == [
        ("killed", 2, 2, "exact", False)
    ]


def test_numbers_speaker_is_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "One medic wounded in the raid said 6 guards were killed."
    assert _rows(nlp, text) == [("killed", 6, 6, "exact", False)]


def test_numbers_evidence_offsets_and_fields(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting resumed.\nAt least 20 civilians were killed in the market, a medic said."
    doc = nlp(text)
    ms = extract_figures(doc, "doc-7")
    assert len(ms) == 1
    m = ms[0]
    assert m.evidence.text == "At least 20 civilians were killed"
    assert text[m.evidence.start : m.evidence.end] == m.evidence.text
    assert m.evidence.doc_id == "doc-7"
    assert m.evidence.extractor == EXTRACTOR == "numbers.v1"
    assert 0.0 < m.evidence.confidence <= 1.0
    assert text[m.sentence.start : m.sentence.end] == m.sentence.text
    assert m.sentence.text.startswith("At least 20 civilians")
    assert m.victims == "civilians"
    assert m.civilian is True


def test_numbers_military_victims_are_not_civilian(nlp) -> None:  # type: ignore[no-untyped-def]
    (m,) = _mentions(nlp, "Five soldiers were wounded by a roadside bomb.")
    assert (m.victims, m.civilian) == ("soldiers", False)


def test_numbers_text_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three people were wounded on Monday. On Tuesday two more were killed."
    assert _rows(nlp, text) == [
        ("injured", 3, 3, "exact", False),
        ("killed", 2, 2, "exact", False),
    ]


def test_numbers_reference_text(nlp, fallujah_text: str) -> None:  # type: ignore[no-untyped-def]
    """The reference text yields exactly its seven stated figures, nothing from its
    distances, percentages or years."""
    ms = extract_figures(nlp(fallujah_text), "fallujah")
    got = [(m.figure, m.low, m.high, m.qualifier) for m in ms]
    assert got == [
        ("killed", None, 25, "up_to"),
        ("injured", 37, 37, "exact"),
        ("killed", 1, 1, "exact"),
        ("injured", 9, 9, "exact"),
        ("killed", 25, 25, "exact"),
        ("injured", 37, 37, "exact"),
        ("injured", 20, None, "at_least"),
    ]
    assert all(fallujah_text[m.evidence.start : m.evidence.end] == m.evidence.text for m in ms)
    assert ms[1].evidence.text.endswith("wouded")


def test_numbers_age_described_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A 17-year-old was shot and killed near the school.") == [
        ("killed", 1, 1, "exact", False)
    ]
    assert _rows(nlp, "Deputies found a 15-year-old with a gunshot wound to the arm.") == [
        ("injured", 1, 1, "exact", False)
    ]
    # the age is not a count
    assert all(r[1] == 1 for r in _rows(nlp, "A 42-year-old woman died at the scene."))


def test_numbers_conjoined_single_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Officers said a mother and her daughter were found dead.") == [
        ("killed", 2, 2, "exact", False)
    ]


def test_numbers_definite_victim_refers_back(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the victim" is the person already counted, not a second injury
    text = "Two men were wounded on Elm Street. The victim was taken to a hospital."
    assert _rows(nlp, text) == [("injured", 2, 2, "exact", False)]
    # alone in a text, a definite victim still counts
    assert _rows(nlp, "The victim was pronounced dead at the scene.") == [
        ("killed", 1, 1, "exact", False)
    ]


def test_numbers_shot_then_died_in_a_later_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot outside a bar on Friday. He died at the hospital on Saturday."
    rows = _rows(nlp, text)
    assert ("killed", 1, 1, "exact", False) in rows
    assert not [r for r in rows if r[0] == "injured"]


def test_numbers_shot_count_includes_the_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said six people were shot at the party. One of them later died."
    rows = _rows(nlp, text)
    assert ("injured", 5, 5, "exact", False) in rows
    assert ("killed", 1, 1, "exact", False) in rows


def test_numbers_double_shooting(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "One man is dead after a double shooting on Main Street.") == [
        ("killed", 1, 1, "exact", False),
        ("injured", 1, 1, "exact", False),
    ]


def test_numbers_counterfactual_and_negated_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Without the vest, he would have died, the officer said.") == []
    assert _rows(nlp, "The two guards were not injured.") == []


def test_numbers_passed_away_and_lost_lives(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A teacher passed away after the attack.") == [
        ("killed", 1, 1, "exact", False)
    ]


def test_numbers_military_euphemism(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, 'The army said it had "neutralised" about 15 fighters.') == [
        ("killed", 15, 15, "about", False)
    ]


def test_numbers_fleeing_civilians_are_displaced(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Around 500 villagers fled to the hills.") == [
        ("displaced", 500, 500, "about", False)
    ]
    assert _rows(nlp, "Two suspects fled in a grey car.") == []


def test_numbers_casualties_count_is_not_deaths(nlp) -> None:  # type: ignore[no-untyped-def]
    # "casualties" mixes dead and wounded; a count of them is never read as killed
    assert [r[0] for r in _rows(nlp, "The mortar attack caused 6 casualties.")] == ["injured"]


def test_numbers_dateline_is_not_a_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "MOSUL, Iraq — Twelve people were killed when a truck bomb exploded."
    assert _rows(nlp, text) == [("killed", 12, 12, "exact", False)]


def test_numbers_treated_in_hospital_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A medic said 31 others were being treated at the clinic.") == [
        ("injured", 31, 31, "exact", False)
    ]


def test_numbers_hit_person_is_shot(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "The rifle went off, hitting a young passenger.") == [
        ("injured", 1, 1, "exact", False)
    ]
    # a hit building is not a casualty
    assert _rows(nlp, "A rocket hit the school on Monday.") == []


def test_numbers_capitalised_headline_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    (m,) = _mentions(nlp, "Cyclist Accidentally Shot Near Quarry")
    assert (m.figure, m.low, m.victims) == ("injured", 1, "Cyclist")


def test_numbers_bare_vague_word_needs_its_casualty_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands marched on Sunday to mourn the victims who were killed last year."
    assert _rows(nlp, text) == []


def test_numbers_misspelling_lowers_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    exact, typo = _mentions(nlp, "5 guards wounded, 7 porters wouded")
    assert (exact.low, typo.low, typo.figure) == (5, 7, "injured")
    assert typo.evidence.confidence < exact.evidence.confidence


def test_numbers_taken_captive_but_not_taken_to_hospital(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A guard said more than 40 pupils had been taken.") == [
        ("abducted", 40, None, "more_than", False)
    ]
    assert _rows(nlp, "Three miners were taken to hospital.") == [("injured", 3, 3, "exact", False)]


def test_numbers_intentions_and_non_person_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "He had threatened to kill his neighbour.") == []
    assert _rows(nlp, "Detectives executed a search warrant at the house.") == []


def test_numbers_toll_with_words_between_toll_and_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The death toll from Tuesday's ambush near the border crossing has risen to 23.")
    assert [(f.figure, f.low, f.high) for f in extract_figures(doc, "d")] == [("killed", 23, 23)]
    doc = nlp("The injury toll from the factory blast rose to 40, hospital staff said.")
    assert [(f.figure, f.low) for f in extract_figures(doc, "d")] == [("injured", 40)]


def test_numbers_rise_to_a_number_without_a_toll_is_not_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Bread prices in the capital's markets have risen to 17 pounds.")
    assert extract_figures(doc, "d") == []


# --- the plausibility bound (issue 12) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,000,000,000,000,000,000,000,000,000", (10_000_000, None, "more_than")),
        ("9223372036854775807", (10_000_000, None, "more_than")),
        ("7" * 5000, (10_000_000, None, "more_than")),  # past Python's 4,300-digit limit
        ("at least 12 million", (10_000_000, None, "more_than")),
        ("10 to 99999999999", (10_000_000, None, "more_than")),
        ("10,000,000", (10_000_000, 10_000_000, "exact")),  # the bound itself is plausible
        ("2.5 million", (2_500_000, 2_500_000, "exact")),
    ],
)
def test_numbers_implausible_figures_capped(
    text: str, expected: tuple[int | None, int | None, str]
) -> None:
    assert parse_quantity(text) == expected


def test_numbers_implausible_figures_in_text_kept_below_int64(nlp, caplog) -> None:  # type: ignore[no-untyped-def]
    huge = "4" * 4400
    text = (
        "Officials said 3,000,000,000,000,000,000,000,000,000 people were killed. "
        f"A post claimed {huge} were injured. The bot listed 9223372036854775807 fatalities."
    )
    rows = _rows(nlp, text)
    assert ("killed", 10_000_000, None, "more_than", False) in rows
    assert ("injured", 10_000_000, None, "more_than", False) in rows
    assert all((r[1] or 0) < 2**63 and (r[2] or 0) < 2**63 for r in rows)
    assert "implausible figure" in caplog.text


def test_numbers_identity_number_after_a_name_is_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The youngest, Rana Odeh (445000276), was killed in the strike with her brother."
    assert all(r[1] != 10_000_000 for r in _rows(nlp, text))
    assert ("killed", 10_000_000, None, "more_than", False) in _rows(
        nlp, "Officials said 445000276 people were killed."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A number of civilians were killed in the strike.", [("killed", 2, None, "vague", False)]),
        ("An unknown number of people were killed.", [("killed", 2, None, "vague", False)]),
        ("A number of reporters attended the funeral.", []),
        (
            "His phone number of record changed; two people were killed.",
            [("killed", 2, 2, "exact", False)],
        ),
    ],
)
def test_numbers_a_number_of_is_a_plural_without_a_count(
    nlp, text: str, expected: list[Row]
) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == expected


def test_numbers_victims_listed_by_name_count_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The victims were identified as Sami Odeh, Lina Odeh, Rami Odeh and Huda Odeh. "
        "Sami Odeh was a teacher."
    )
    assert _rows(nlp, text) == [("killed", 4, 4, "exact", False)]
    (m,) = _mentions(nlp, text)
    assert m.evidence.text.endswith("Huda Odeh") and text[m.evidence.start : m.evidence.end] == (
        m.evidence.text
    )
    # A name and counted relatives add up (docs/claims-gold.md: named victims with a number).
    assert _rows(nlp, "The victims were identified as Sami Odeh and his three children.") == [
        ("killed", 4, 4, "exact", False)
    ]
    # A list with a count of others is no plain list.
    assert _rows(nlp, "The victims were identified as Sami Odeh and 12 others.") == []
