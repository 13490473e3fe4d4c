"""Counts read by the parse (helper N, twenty-fifth session): a group sized by "of N" as the
object of a verb of destruction, a plural pronoun taken by an arrest that counts its
antecedent, a denial through "anyone", a flight that ends in a detention, people "in
hospital with" wounds, a comrade who "left us". Sentences written for these tests
(invented places and people)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group sized by "of N", object of a verb of destruction (also as a conjunct)
        ("Troops destroyed a mortar crew of four near Orlo.", [("killed", 4, 4)]),
        ("The strike destroyed the vehicle and its crew of three.", [("killed", 3, 3)]),
        # a plural pronoun taken by an arrest: its antecedent's count
        (
            "Detectives charged two brothers with the robbery after arresting them at home.",
            [("arrested", 2, 2)],
        ),
        (
            "Officers found two teenagers hiding in a shed. They were arrested at dawn.",
            [("arrested", 2, 2)],
        ),
        ("Gunmen stopped a bus carrying 14 passengers and abducted them.", [("abducted", 14, 14)]),
        # the same reading for a killing, "all of them", and a set noun ("the trio")
        (
            "Troops surrounded three gunmen in a farmhouse near Orlo and killed them.",
            [("killed", 3, 3)],
        ),
        ("Police stopped two robbers near the bank and shot them dead.", [("killed", 2, 2)]),
        (
            "Soldiers intercepted a boat with six smugglers and detained all of them.",
            [("arrested", 6, 6)],
        ),
        (
            "Detectives tracked the trio to a flat in Tessin and arrested them.",
            [("arrested", 3, 3)],
        ),
        ("Police stopped two men in Varno. The pair were detained.", [("arrested", 2, 2)]),
        # a source's denial through "anyone": a zero
        ("The ministry denies that anyone was killed in the raid on Dorra.", [("killed", 0, 0)]),
        (
            "The army rejected claims that anybody had been killed or injured in Varno.",
            [("killed", 0, 0), ("injured", 0, 0)],
        ),
        ("The army said it did not kill anyone in the raid.", [("killed", 0, 0)]),
        # a flight that ends in a detention is no displacement
        ("The gunman fled but was arrested an hour later.", [("arrested", 1, 1)]),
        # people in hospital with wounds
        ("Two residents are in hospital with serious injuries.", [("injured", 2, 2)]),
        ("Three soldiers remain in hospital with gunshot wounds.", [("injured", 3, 3)]),
        # a comrade who left us
        ("Our comrade Sergeant Dani Orel left us in the fighting near Orlo.", [("killed", 1, 1)]),
        ("Two of our fighters left us on Sunday after the strike on Varno.", [("killed", 2, 2)]),
    ],
)
def test_parse_read_count_forms(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things sized or destroyed count no one
        ("The strike destroyed a convoy of six trucks near Orlo.", []),
        # the antecedent's own verb counted it already
        ("Police arrested three men and later charged them with murder.", [("arrested", 3, 3)]),
        ("Two men were detained at the border. Police later arrested them again.", None),
        ("Troops killed two gunmen and later arrested them.", [("killed", 2, 2)]),
        # a pronoun whose antecedent is a list: the list's count, not its item's
        (
            "Lena Orav on X: We buried my uncle and my two cousins today. They were killed "
            "in the strike on Varno.",
            None,
        ),
        # another count between the pronoun and a counted noun: no antecedent read
        (
            "Two others were in good condition. The remaining four hurt were taken to a clinic "
            "in Orlo, where they were all treated.",
            [("injured", 2, 2), ("injured", 4, 4)],
        ),
        # a pronoun's verb not done; a set of things; a set counted already
        ("Police have identified three suspects but have not arrested them.", []),
        ("Police are looking for two suspects and hope to arrest them soon.", []),
        ("Officers seized a pair of pistols and arrested the driver.", [("arrested", 1, 1)]),
        (
            "Police arrested two men in Varno on Monday. The pair were detained at a checkpoint.",
            [("arrested", 2, 2)],
        ),
        # the writer's own "not ... anyone" is no one's claim; "anyone" unnegated none
        ("Police have not arrested anyone.", []),
        ("Witnesses said anyone who resisted was killed.", []),
        # "left us" somewhere or with something
        ("The bus left us at the gate of the camp.", []),
        ("He left us a letter before the battle.", []),
        # with people, not wounds
        ("Two doctors were in the hospital with their families.", []),
    ],
)
def test_near_misses(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = _figures(nlp, text)
    if expected is None and "cousins" in text:
        assert ("killed", 2, 2) not in got
    elif expected is None:
        assert got == [("arrested", 2, 2)]
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal detainee counts those before it (the same people told)
        (
            "Officers arrested two men in Varno. A third man was arrested later at his home.",
            [("arrested", 2, 2), ("arrested", 3, 3)],
        ),
        (
            "Officers arrested two suspects in Varno. Two more were detained in Orlo, and a "
            "fifth suspect surrendered at the station.",
            [("arrested", 2, 2), ("arrested", 4, 4), ("arrested", 5, 5)],
        ),
        # a possessor's companions are more than the one before
        (
            "Officers arrested a man in Varno. His two accomplices were arrested later.",
            [("arrested", 1, 1), ("arrested", 3, 3)],
        ),
        # other people told: their own count ("estimates" adds up the sides)
        (
            "Officers arrested two men in Varno. A third suspect was arrested later at his home.",
            [("arrested", 2, 2), ("arrested", 1, 1)],
        ),
        # an ordinal with nobody before it in its paragraph: one
        (
            "Two men were shot dead, and the third was arrested.",
            [("killed", 2, 2), ("arrested", 1, 1)],
        ),
    ],
)
def test_later_detainees_add_to_those_before(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
