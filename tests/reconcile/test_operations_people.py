"""A release's operations split by what the number reader found (fourteenth session): a
sentence reports people when a killed, detained or taken figure lies in it, whatever its
wording ("netted five", "picked up four men", "are in police custody"); a paragraph's people
may come in a later sentence; a short subject may stand before the day ("Troops pursuing the
gunmen on Saturday ..."); a headline in capitals is no operation. Texts written for these
tests (invented places and forces)."""

from __future__ import annotations

from claimledger import analyze

_HEAD = "Republic of Ostra Gendarmerie\nPress Release\nVelm, 16 March 2024\n"


def _ops(text: str) -> list[tuple[str | None, int | None, int | None]]:
    out = []
    for inc in analyze(text).incidents:
        killed = inc.estimates.get("killed")
        arrested = inc.estimates.get("arrested")
        out.append(
            (
                inc.date.value if inc.date else None,
                killed.best if killed else None,
                arrested.best if arrested else None,
            )
        )
    return out


def test_meanwhile_with_a_class_verb_is_one_more_operation() -> None:
    text = (
        _HEAD + "On Tuesday, a patrol came under fire near Orsk. Four raiders were gunned down.\n"
        "Meanwhile, on Wednesday, gendarmes picked up three men suspected of hiding the raiders."
    )
    assert _ops(text) == [("2024-03-12", 4, None), ("2024-03-13", None, 3)]


def test_people_in_the_paragraphs_next_sentence() -> None:
    text = (
        _HEAD + "On Monday, gendarmes raided a depot in Kasso and killed two smugglers.\n"
        "Units pursuing the smugglers on Tuesday caught up with their convoy near Brel. "
        "Six drivers were detained."
    )
    assert _ops(text) == [("2024-03-11", 2, None), ("2024-03-12", None, 6)]


def test_a_short_subject_before_the_day_inside_a_paragraph() -> None:
    text = (
        _HEAD + "Gendarmes stormed a hideout in Lavra on 12 March; two gunmen were killed. "
        "Squads searching the hills on Wednesday arrested four accomplices near Tesk."
    )
    assert _ops(text) == [("2024-03-12", 2, None), ("2024-03-13", None, 4)]


def test_a_headline_in_capitals_is_no_operation() -> None:
    text = (
        "OSTRA ARMY PRESS RELEASE\n16 March 2024\nTROOPS NEUTRALISE 5 RAIDERS IN KASSO\n"
        "Troops of the 3rd Brigade on 14 March engaged raiders near Kasso and killed five."
        " In a related development on 15 March, troops at Brel arrested two couriers."
    )
    assert _ops(text) == [("2024-03-14", 5, None), ("2024-03-15", None, 2)]


def test_news_story_keeps_its_follow_up() -> None:
    text = (
        "Gunmen killed three guards at a depot in Kasso on Monday, officials said.\n"
        "Police pursuing the gunmen on Tuesday picked up two suspects near Brel."
    )
    assert len(analyze(text).incidents) == 1
