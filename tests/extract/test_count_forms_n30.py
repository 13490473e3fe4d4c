"""Counts read by the parse (helper N, thirtieth session): a group noun that members belong
to ("four members of one family": no count of one), a noun of death over the victims' noun
("the deaths of three detainees": killed, not detained), the victim's own people the parse
hung on the place it is "of" ("the headmaster of the school and his two nephews": 3), a
wound told by a participle beside another harm ("A second woman, stabbed in the arm, was
arrested": injured and detained), a later source's "put the number at N" (the figure of
the toll told before it), a single name the parse made the subject of a plural verb (no
victim), a surrender with one's family (one gives up), an ordinal victim the toll of its
sentence counts last ("a fifth body ..., bringing the toll to five"), victims said to number
N after their casualty ("killing all those on board, numbering 12"). Sentences written for
these tests (invented places and people), each with a hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of one family: the family is no count
        (
            "The Velmo Monitoring Group said that four members of one family were killed "
            "when a shell hit their home.",
            [("killed", 4)],
        ),
        ("A family of five was killed in the strike on Ostra.", [("killed", 5)]),
        # a noun of death governs the victims' noun
        (
            "The regional prosecutor has charged two guards over the deaths of three "
            "detainees in custody in Velmo.",
            [("killed", 3)],
        ),
        ("Police said five detainees escaped from the Velmo jail.", [("arrested", 5)]),
        # the victim's own people hung on the place it is "of"
        (
            "Relatives told Kalo Radio that the shelling killed the headmaster of the Ostra "
            "school and his two nephews.",
            [("killed", 3)],
        ),
        (
            "The imam of the Ostra mosque and his two sons were killed in the strike.",
            [("killed", 3)],
        ),
        ("The strike killed the guard of the depot and its two dogs.", [("killed", 1)]),
        ("The strike killed the owner of the bakery and his car.", [("killed", 1)]),
        # a wound beside a detention
        (
            "A second woman, stabbed in the arm, was arrested at the scene.",
            [("injured", 1), ("arrested", 1)],
        ),
        ("A third man, wanted in two states, was arrested at the scene.", [("arrested", 1)]),
        # a later source's number for the toll told before
        (
            "Residents said nine people were wounded when the depot was shelled; the health "
            "ministry put the number at eleven.",
            [("injured", 9), ("injured", 11)],
        ),
        (
            "Nine people were killed in Ostra. The ministry put the number of displaced at 4,000.",
            [("killed", 9)],
        ),
        # a name the parse made the subject of a plural verb
        (
            "According to the head of the Ostra council, Ivan Pelko, between four and seven "
            "civilians were killed on 3 May 2026.",
            [("killed", 4)],
        ),
        ("Ivan Pelko was killed in the strike on Ostra.", [("killed", 1)]),
        # a surrender with one's family: one gives up; with one's men: all
        (
            "A wanted gang leader surrendered to officers in Brakka on Sunday together with "
            "his wife and two children.",
            [("arrested", 1)],
        ),
        (
            "A rebel commander handed himself over to troops along with four of his fighters.",
            [("arrested", 5)],
        ),
        ("Police arrested the suspect along with his wife.", [("arrested", 2)]),
        # "the dead numbered N" (parsed as "numbered N"), "the wounded numbered N"
        ("Police in Ostra said the dead numbered nine.", [("killed", 9)]),
        ("The wounded numbered about forty, the hospital said.", [("injured", 40)]),
        ("The protesters numbered about 300.", []),
        # victims said to number N after their casualty
        (
            "Jets destroyed three trucks carrying gunmen near Velm, killing all those on "
            "board, numbering 12.",
            [("killed", 12)],
        ),
        ("Police arrested the gang members, numbering nine, in Velm.", [("arrested", 9)]),
        ("The protesters, numbering about 300, marched to the square.", []),
        # an ordinal victim the toll counts last
        (
            "Crews recovered a fifth body from the collapsed block overnight, bringing the "
            "confirmed death toll to five.",
            [("killed", 5)],
        ),
        (
            "Two officers were killed; a third officer died in hospital on Monday.",
            [("killed", 2), ("killed", 1)],
        ),
    ],
)
def test_count_forms_n30(nlp, text: str, expected: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
