"""Where a report's new part starts (extract/numbers/report_parts.py): one reading of the
openers, numbered paragraphs and days, shared by the number reader and reconcile/operations.
Weekdays and months are the dates reader's, as written ("May" the month, not the modal
"may"; not "marched", "mayor", "sat"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures
from claimledger.extract.numbers.report_parts import NEW_PART, NUMBERED
from claimledger.reconcile.operations import ALSO_OPENING


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, police arrested two smugglers at Kessa.",
        "On Jan. 8, troops detained a courier near Orla.",
        "Rangers on Sunday picked up three poachers.",
        "Meanwhile, officers in Tarn held two men.",
        "In the meantime, a patrol detained one more suspect.",
        "In a separate raid, police arrested four.",
    ],
)
def test_a_part_opens_on_a_day_or_an_opener(text: str) -> None:
    assert NEW_PART.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers may have detained three more men at the post.",
        "The mayor said that two more were held.",
        "Soldiers marched them to the post and detained three more.",
        "They sat the suspects down and detained two more.",
    ],
)
def test_no_part_on_a_modal_or_a_word_that_starts_like_a_month(text: str) -> None:
    assert not NEW_PART.search(text)


def test_numbered_paragraphs_and_their_item_number() -> None:
    assert [m["n"] for m in map(NUMBERED.match, ("1. Troops", "2. Special forces", "12) A"))] == [
        "1",
        "2",
        "12",
    ]
    assert not NUMBERED.match("2026. The year") and not NUMBERED.match("0. none")


def test_operations_read_the_same_openers() -> None:
    assert ALSO_OPENING.search("In the meantime, police arrested a bomb maker at Osk.")
    assert ALSO_OPENING.search("Elsewhere, rangers detained two.")


def test_more_detainees_add_up_past_a_modal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police arrested two smugglers near Kossa on Friday.\n"
        "Officers may also have detained three more smugglers at the border post."
    )
    got = [(m.figure, m.low) for m in extract_figures(nlp(text), "t1")]
    assert ("arrested", 5) in got, got
