"""Operations told one after the other inside one paragraph of a release (tenth session).

Texts written for these tests (invented places and units)."""

from __future__ import annotations

from typing import Any

from claimledger.reconcile.operations import is_release, operation_spans
from claimledger.records import DateMention, Evidence
from tests.reconcile.builders import dated, line_sentences, operation_starts, per_incident


def _sentences(text: str) -> list[tuple[int, int]]:
    """Naive sentence bounds (no spaCy): a period followed by a space or a line break."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] in " \n"):
            out.append((start, i + 1))
            start = i + 2
    return out


def test_release_headers_are_told_from_news() -> None:
    assert is_release("Norland Defence Forces - Press Statement\n12 May 2024\nTroops ...")
    assert is_release("Etat-major general - Communique\nOsk, le 3 mai 2024\nOn ...")
    assert is_release("Osk Army - Brill Corps\nOsk, 3 May 2024\nIn an encounter ...")
    assert is_release("OSK, Norland (May 3, 2024) - Troops killed two gunmen.")
    # a news story's quoted statement or a headline is no release header
    assert not is_release("The family released the following statement.\nHe was 19.")
    assert not is_release("Gunmen kill four traders in Osk market\nOSK - Gunmen killed four.")


def test_in_a_release_a_sentence_on_its_own_day_starts_the_next_operation() -> None:
    text = (
        "Norland Army - Press Statement\n12 May 2024\n"
        "On 10 May, troops repelled an attack on the Osk camp and killed nine gunmen. "
        "On 11 May, a patrol near Brill arrested four suspects."
    )
    dates = [
        dated(text, "2024-05-12", "12 May 2024"),
        dated(text, "2024-05-10", "10 May"),
        dated(text, "2024-05-11", "11 May"),
    ]
    spans = operation_spans(text, _sentences(text), dates, "2024-05-12")
    assert [text[s:e][:9] for [(s, e)] in spans] == ["Norland A", "On 11 May"]
    # the same sentences in a news story (no release header) stay one incident
    news = text.replace("Norland Army - Press Statement\n", "Gunmen attack Osk camp\n")
    shift = len("Gunmen attack Osk camp\n") - len("Norland Army - Press Statement\n")
    moved = [
        DateMention(d.value, "day", Evidence(d.evidence.start + shift, d.evidence.end + shift, ""))
        for d in dates
    ]
    assert operation_spans(news, _sentences(news), moved, "2024-05-12") == []


def test_in_a_release_the_operation_before_may_name_no_day() -> None:
    text = (
        "Norland General Staff - Communique\n15 May 2024\n"
        "During operations this week in the north, units neutralised about thirty terrorists. "
        "In the east region, on Friday, a patrol arrested six suspects at Brill."
    )
    dates = [dated(text, "2024-05-15", "15 May 2024"), dated(text, "2024-05-10", "Friday")]
    spans = operation_spans(text, _sentences(text), dates, "2024-05-15")
    assert [text[s:e][:10] for [(s, e)] in spans] == ["Norland Ge", "In the eas"]


def test_markers_of_another_operation_inside_a_paragraph() -> None:
    text = (
        "Osk Defence Forces - Daily Update\n"
        "Commandos raided a camp in Tarrow district last night and killed eleven fighters. "
        "The army also carried out a clearing operation in Fenn, where troops killed three. "
        "In a related development, police arrested two couriers in Brill."
    )
    spans = operation_spans(text, _sentences(text))
    assert [text[s:e][:12] for [(s, e)] in spans] == [
        "Osk Defence ",
        "The army als",
        "In a related",
    ]


def test_a_release_dated_in_french_splits_by_day(nlp: Any) -> None:
    text = (
        "Forces armees de Norland - Communique\nOsk, le 14 mars 2024\n"
        "On 12 March, units repelled an attack on the Brill post. Eleven terrorists were "
        "neutralised and two soldiers were killed. On 13 March, a patrol near Fenn arrested "
        "three suspects."
    )
    assert per_incident(text) == [
        {"date": "2024-03-12", "killed": 13},
        {"date": "2024-03-13", "arrested": 3},
    ]


def test_numbered_items_and_a_separate_drive_in_a_release() -> None:
    text = (
        "Osk Police - Media Wing\n"
        "1. Officers killed two robbers in a gunfight at Brill early Monday.\n"
        "2. A patrol in Fenn arrested four smugglers yesterday.\n"
        "Police also arrested three dealers in a separate drive in Tarrow on Sunday."
    )
    assert operation_starts(text, 9) == ["Osk Polic", "2. A patr", "Police al"]
    # in a news story a numbered item or a separate drive starts nothing
    news = "Gangs behind the thefts, police say\n" + text.split("\n", 1)[1]
    assert operation_spans(news, line_sentences(news)) == []
