"""Counts read by the parse and the word classes (helper N, twenty-sixth session): a death
by one's own explosion, a noun of a set ("an elderly couple"), a wound's kind between
"with" and "wounds", "dead" as the verb's secondary predicate ("brought dead"), the
subject a participle took from its passive verb, a possessor's surrender, a death
after a relative clause's wounding, a report noun beside the victims, a count after a
date. Sentences written for these tests (invented places and people), each rule with a
negative or hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death by one's own explosion at an operation's end: one killed
        (
            "The fugitive blew himself up when the unit moved in; no officer was hurt.",
            [("killed", 1, 1), ("injured", 0, 0)],
        ),
        ("A third suspect detonated himself as police approached the flat.", [("killed", 1, 1)]),
        # ... not a bomber's, nor an attack's whose toll is its victims
        (
            "A suicide bomber blew himself up at the gate of the depot, killing three guards.",
            [("killed", 3, 3)],
        ),
        (
            "An attacker drove a truck into the gate and blew himself up, wounding six soldiers.",
            [("injured", 6, 6)],
        ),
        (
            "VARNO, Tessin \u2014 A suicide bomber driving a van blew himself up at a "
            "checkpoint on Sunday.",
            [],
        ),
        # a noun of a set of people counts its members; sized by "of" it is a quantity
        (
            "An elderly couple was killed when the shell hit their house in Varn.",
            [("killed", 2, 2)],
        ),
        ("A couple and their three children were killed in the blast.", [("killed", 5, 5)]),
        ("The couple were arrested at the airport in Tessin.", [("arrested", 2, 2)]),
        ("A couple of men were wounded by shrapnel.", [("injured", 2, 2)]),
        # the kind of a wound between "with" and "wounds"
        ("Deputies found a woman with fatal stab wounds in the kitchen.", [("killed", 1, 1)]),
        ("Officers found a man with knife wounds in the stairwell.", [("injured", 1, 1)]),
        ("A photo shows a boy with a visible arm injury near the gate.", []),
        ("The video shows a girl with a head injury near the gate.", []),
        # "dead" as a secondary predicate of the verb
        ("Two children arrived dead at the clinic in Orlo.", [("killed", 2, 2)]),
        ("Four people from one family were brought dead to the hospital.", [("killed", 4, 4)]),
        ("Two hikers are feared dead after the avalanche.", [("killed", 2, 2)]),
        # the subject a belief participle took from the passive verb after it
        (
            "On Wednesday, a second man, believed to be his associate, was arrested in Orlo.",
            [("arrested", 1, 1)],
        ),
        # ... or a participle the parse read as a clause over the passive verb
        (
            "On Sunday, three militia members wanted for torching vehicles were arrested by "
            "a joint team in Orlo.",
            [("arrested", 3, 3)],
        ),
        ("Two men wanted for the robbery were arrested in Orlo.", [("arrested", 2, 2)]),
        ("Three men wanted by the police escaped.", []),
        # "behind" between the dead and "dead"
        (
            "The enemy fled leaving 12 of its fighters behind dead on the ground.",
            [("killed", 12, 12)],
        ),
        # "another" as the object of a casualty verb: one more of its own figure
        (
            "On Tuesday, a unit killed one insurgent and detained another near Orlo.",
            [("killed", 1, 1), ("arrested", 1, 1)],
        ),
        ("Police arrested one man and questioned another.", [("arrested", 1, 1)]),
        # a group's role noun is one of its people
        ("The gang's armourer was arrested in Orlo.", [("arrested", 1, 1)]),
        ("The gang's car was seized in Orlo.", []),
        # a possessor's surrender
        (
            "In the exchange of fire, the gang's leader was killed, and his deputy surrendered.",
            [("killed", 1, 1), ("arrested", 1, 1)],
        ),
        ("His deputy surrendered the rifles to the commission.", []),
        # wounded in a relative clause, dead by the main verb
        (
            "Two of our soldiers who were wounded in the attack later succumbed to their injuries.",
            [("killed", 2, 2)],
        ),
        ("Three villagers who were injured in the blast died in hospital.", [("killed", 3, 3)]),
        ("Three villagers who were injured in the blast were taken to Orlo.", [("injured", 3, 3)]),
        # a report noun beside the victims is no victim
        (
            "According to a local news site, the only source available, two men were killed "
            "in a drone strike.",
            [("killed", 2, 2)],
        ),
        # a count after a date's year or month is a count
        ("On 10 April 2026 two children were killed near Murga.", [("killed", 2, 2)]),
        ("On 10 April two children were killed near Murga.", [("killed", 2, 2)]),
        ("The ceasefire of April 2 held until 2026.", []),
    ],
)
def test_count_forms_n26(nlp, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
