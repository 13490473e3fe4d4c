"""Operations a release tells paragraph by paragraph in ways the first five batches did not
(eleventh session, from the sixth batch): "The same day, ..." paragraphs, a paragraph whose
day comes at its end, "In another buy-bust operation", a death told without a verb of
killing. Texts written for these tests (invented places and units)."""

from __future__ import annotations

from typing import Any

from claimledger.extract.dates.document import find_dateline
from claimledger.extract.dates.mentions import extract_dates
from claimledger.reconcile.operations import operation_spans
from tests.reconcile.builders import dated, line_sentences, operation_starts, per_incident


def test_the_same_day_opens_a_paragraph_of_another_operation_on_that_day(nlp: Any) -> None:
    text = (
        "Norland General Staff - Communique\nOsk, 19 April 2024\n"
        "On 17 April 2024, army units conducted an offensive near Brill. About forty "
        "terrorists were neutralised.\n"
        "The same day, in the Fenn area, a supply convoy was ambushed. Six soldiers fell "
        "with weapons in hand and twenty assailants were also neutralised."
    )
    assert per_incident(text) == [
        {"date": "2024-04-17", "killed": 40},
        {"date": "2024-04-17", "killed": 26},
    ]


def test_later_that_day_inside_a_paragraph_is_the_same_operation() -> None:
    text = (
        "Norland Army - Statement\n"
        "Troops raided a camp near Osk on Monday and killed 17 fighters. Later that day, "
        "troops detained another fighter who tried to flee."
    )
    assert operation_spans(text, line_sentences(text)) == []


def test_a_paragraph_may_give_its_day_at_its_end() -> None:
    text = (
        "Norland Media Cell\nStatement\nOsk, 11 June 2024\n"
        "Aircraft struck a hideout in the Brill hills yesterday evening, killing five fighters.\n"
        "The Counter-Terrorism Service arrested a courier of the group in Fenn on Wednesday."
    )
    dates = [
        dated(text, "2024-06-11", "11 June 2024"),
        dated(text, "2024-06-10", "yesterday evening"),
        dated(text, "2024-06-09", "Wednesday"),
    ]
    spans = operation_spans(text, line_sentences(text), dates, "2024-06-11")
    assert [text[s:e][:12] for [(s, e)] in spans] == ["Norland Medi", "The Counter-"]
    # after a header that reports no one killed or detained, the first paragraph is the
    # first operation, not a second one
    header = "For Immediate Release\nJune 11, 2024\nJOINT TASK FORCE STRIKE SUMMARY\n"
    text2 = header + "Forces conducted two strikes near Brill on June 9, killing two fighters."
    dates2 = [dated(text2, "2024-06-11", "June 11, 2024"), dated(text2, "2024-06-09", "June 9")]
    assert operation_spans(text2, line_sentences(text2), dates2, "2024-06-11") == []


def test_another_hyphenated_operation_and_a_death_without_a_killing_verb() -> None:
    text = (
        "Norland Police - Press Release\n"
        "In a buy-bust operation in Osk, a suspect was killed after he fired at officers. "
        "In another buy-bust operation in Brill, three suspects were arrested."
    )
    second = text.index("In another")
    sentences = [(0, text.index("\n")), (text.index("\n") + 1, second - 1), (second, len(text))]
    spans = operation_spans(text, sentences)
    assert [text[s:e][:14] for [(s, e)] in spans] == ["Norland Police", "In another buy"]
    release = (
        "Norland Army - Press Release\nOsk, 4 October 2024\n"
        "Troops captured two rebels near Brill on 2 October.\n"
        "On Sunday, a soldier lost his life when a landmine exploded near Fenn."
    )
    days = [
        dated(release, "2024-10-04", "4 October 2024"),
        dated(release, "2024-10-02", "2 October"),
        dated(release, "2024-10-03", "Sunday"),
    ]
    spans = operation_spans(release, line_sentences(release), days, "2024-10-04")
    assert [release[s:e][:9] for [(s, e)] in spans] == ["Norland A", "On Sunday"]
    # in a news story a later paragraph's death on its own day is the incident's follow-up
    news = release.replace("Norland Army - Press Release\n", "Rebels held after Brill raid\n")
    shift = len("Rebels held after Brill raid\n") - len("Norland Army - Press Release\n")
    days_news = [dated(news, d.value, d.evidence.text) for d in days]
    assert shift == 0 or days_news
    assert operation_spans(news, line_sentences(news), days_news, "2024-10-04") == []


def test_a_city_with_small_joining_words_dates_the_release() -> None:
    text = "Norland Army 4th Division\nNews Release No. 118-2024\nVilla de Osk City, May 6, 2024\n"
    got = find_dateline(text + "Soldiers encountered rebels on Saturday.")
    assert got is not None and got[0].isoformat() == "2024-05-06"


def test_the_same_day_takes_the_day_the_text_named_last(nlp: Any) -> None:
    text = (
        "Police in Osk said a cell of five was raided at dawn on Monday, 1 July 2024. A sixth "
        "member was arrested later the same day in Brill."
    )
    found = extract_dates(nlp(text), "d", "2024-07-03")
    same = [d for d in found if d.evidence.text == "later the same day"]
    assert [(d.value, d.relative) for d in same] == [("2024-07-01", True)]


def test_bulleted_items_and_paragraphs_that_open_on_also_or_in_the_meantime() -> None:
    text = (
        "Norland Armed Forces Spokesman\nStatement No. 4\n"
        "The armed forces achieved the following results during the past days:\n"
        "- Aircraft destroyed 8 vehicles and killed 6 fighters near Osk.\n"
        "- Border guards arrested 14 smugglers at the Brill crossing.\n"
        "- Ground forces killed 4 gunmen in a clash at Fenn."
    )
    assert operation_starts(text, 9) == ["Norland A", "- Border ", "- Ground "]
    release = (
        "INTER SERVICES PUBLIC RELATIONS\n"
        "Troops repelled an attack on the Osk post and killed three terrorists.\n"
        "Security forces also apprehended a facilitator in Brill.\n"
        "In the meantime, 14 people were rounded up in Fenn for questioning."
    )
    assert operation_starts(release, 8) == ["INTER SE", "Security", "In the m"]
    # inside a paragraph "also arrested" is the same operation's
    inline = "Norland Army - Statement\nTroops killed three gunmen at Osk and also arrested two."
    assert operation_spans(inline, line_sentences(inline)) == []
    # a bulleted list in a news story starts nothing
    news = "What we know so far\n" + text.split("\n", 3)[3]
    assert operation_spans(news, line_sentences(news)) == []


def test_on_the_nth_names_a_day_of_the_month(nlp: Any) -> None:
    text = "Field report\nOn the 26th, militiamen looted Osk. The office on the 3rd floor burned."
    found = extract_dates(nlp(text), "d", "2020-09-30")
    assert [(d.value, d.evidence.text) for d in found] == [("2020-09-26", "the 26th")]


def test_a_release_paragraph_on_another_place_is_another_operation_on_the_same_day() -> None:
    text = (
        "Norland National Police - Press Office\n"
        "Police foiled an attack on a checkpoint in Osk district last night and killed five "
        "gunmen.\n"
        "In Brill district, police on Sunday arrested a would-be bomber with his vest."
    )
    assert operation_starts(text, 9) == ["Norland N", "In Brill "]
    # a paragraph on a place that reports no one killed or detained continues the operation
    quiet = text.replace("arrested a would-be bomber with his vest", "searched two houses")
    assert operation_starts(quiet, 9) == []
