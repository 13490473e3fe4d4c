"""The grade's twenty-second-session readings (issue 13), on sentences of ours.

Sources: a role the package's source lexicon knows ("the ward's surgeon") reports as the
grade's own source words do (a party's rank does not); a second subject the parser put in the
first one's relative clause, counted by "both", is a source, and so is each subject of a list
counted by "both", "all" or "each", whatever its noun; names in brackets after a
figure are its sources. Disputes: "each" on the last of two subjects trades blame ("A and B
each blamed the other"); a cause said of a blast in a "caused by" frame that names no attack
is a cause that is no attack, whatever its words. Invented places and outlets (Terrow,
Ostmark, Radio Vell, the Terrow Ledger). Each class has a hit and a near miss.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_accounts import competing
from claimledger.reconcile.grade_gate import worth_keeping
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_DAY = "On 9 May 2026, three people were killed when a shell hit a garage in Terrow. "


def grade(text: str, day: str = _DAY) -> tuple[str, str]:
    inc = claimledger.analyze(day + text, published="2026-05-10").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_a_role_of_the_source_lexicon_reports() -> None:
    said = names("According to the ward's surgeon, four of the wounded were children.")
    assert said == ["the ward's surgeon"]
    said = names("The ward's surgeon and a regional aid network gave the same figures.")
    assert said == ["The ward's surgeon", "a regional aid network"]
    # a thing that "gives" is no source, nor a party's rank
    assert names("The blast gave the families no time to flee.") == []
    assert names("According to a colonel, the garage held weapons.") == []


def test_a_second_subject_inside_a_relative_clause_counted_by_both() -> None:
    said = names(
        "The union that represented them and the Ostmark Press Council both reported the deaths."
    )
    assert "the Ostmark Press Council" in said
    # no "both": the name is the object of the clause's verb
    said = names("The union that represented Amir and Sami Haddad reported the deaths.")
    assert "Sami Haddad" not in said


def test_sources_in_brackets_after_figures() -> None:
    text = "Reports put the toll at three (Radio Vell) or four (the Terrow Ledger)."
    assert worth_keeping(text)
    said = names(text)
    assert "Radio Vell" in said and "the Terrow Ledger" in said
    # a year in brackets is no figure's source
    assert names("The garage, built in 1998 (Terrow district), was reported destroyed.") == []


def test_each_of_two_subjects_blaming_the_other_is_contested() -> None:
    found, why = grade("The militia and the government each blamed the other for the strike.")
    assert found == "contested", why
    # one blames the other alone: no blame traded
    found, why = grade("The army blamed the Terrow Brigade for the shelling.", "")
    assert found != "contested" or "traded" not in why


def test_a_caused_by_frame_naming_no_attack_is_a_cause() -> None:
    text = (
        "On 9 May 2026, four people died in a blast in Ostmark. Residents reported a drone "
        "strike; the port authority said the blast was caused by a spark from a welding torch."
    )
    assert competing(parse_sentences([text.split(". ", 1)[1]])) is not None
    found, why = grade(text, "")
    assert found == "contested", why
    # a cause that is an attack, or one not known, is no second account
    for cause in ("an artillery shell", "an unidentified object"):
        said = f"Residents reported a drone strike; the port authority said the blast was caused by {cause}."
        assert competing(parse_sentences([said])) is None, cause


def test_subjects_listed_and_counted_each_report() -> None:
    said = names("The Ostmark Ledger and the dockers' cooperative both named the dead.")
    assert len(said) == 2 and said[0] == "The Ostmark Ledger"
    # not counted: the noun no word list holds is not read as a reporter
    assert names("The Ostmark Ledger and the dockers' cooperative named the dead.") == [
        "The Ostmark Ledger"
    ]
