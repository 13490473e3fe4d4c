"""The grade's twenty-first-session readings (issue 13), on sentences of ours.

Sources: a sentence whose only verb of sources is "included" reaches the grade; a list the
parser broke off after "according to X," is read whole. Competing accounts: a building's own
failure ("structural damage") is a cause that is no attack; the accounts reader takes its
weapons of the air, arms of war and sides from the detector's word classes (``grade_words``).
Invented places and outlets (Pellin, Vasko, Pellin FM, Vasko Today). Each class has a hit and
a near miss that must not count.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile import grade_accounts, grade_words
from claimledger.reconcile.grade_accounts import accounts, competing
from claimledger.reconcile.grade_gate import worth_keeping
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_DAY = "On 5 April 2026, four people were killed when a strike hit a bakery in Pellin. "


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(_DAY + text, published="2026-04-06").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_sources_that_included_several_reach_the_grade() -> None:
    text = (
        "Sources included Pellin FM, the district hospital and two local journalists who "
        "reached the bakery that evening."
    )
    assert worth_keeping(text)
    found, why = grade(text)
    assert found == "fair", why
    # "the dead included two children" names no source
    found, why = grade("The dead included two children and a baker.")
    assert found == "weak", why


def test_a_list_broken_off_after_according_to_is_read_whole() -> None:
    # the parser hangs the list's second name on the verb or on the first in apposition
    said = names(
        "At least four people died in the strike on 5 April 2026, according to a local "
        "rescue team, Vasko Today and the district council, whose counts differed slightly."
    )
    assert len(said) >= 2
    assert "the district council" in said
    # one source and the rest of the sentence: no list
    assert names("According to the district council, the strike killed four people.") == [
        "the district council"
    ]
    # two channels named after their count are two sources, not three
    assert len(names("The deaths were reported by two channels, Vasko Today and Pellin FM.")) <= 2


def test_a_buildings_own_failure_is_a_cause_no_attack() -> None:
    text = (
        "Neighbours said the house was destroyed by a drone strike, while the town hall "
        "attributed the collapse to structural damage from an earlier flood."
    )
    assert competing(parse_sentences([text])) is not None
    found, why = grade(text)
    assert found == "contested", why
    # structural damage said by the same speaker as the strike: no second account
    assert (
        competing(
            parse_sentences(
                ["Neighbours said a drone strike caused structural damage to the house."]
            )
        )
        is None
    )


def test_the_accounts_reader_shares_the_detectors_word_classes() -> None:
    assert grade_accounts.AIR is grade_words.AIR
    assert grade_words.ARMS_OF_WAR <= grade_accounts.WAR_WEAPONS
    # a gunship is a weapon of the air: the state's only when no one else is named
    accs = accounts(parse_sentences(["The mayor said a rebel gunship had fired on the market."]))
    assert [a.sides for a in accs] == [frozenset({"nonstate"})]
