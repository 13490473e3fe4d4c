"""Press releases that report several operations (issue 15, item 4). Texts written for these tests."""

from __future__ import annotations

from typing import Any

from claimledger import analyze
from claimledger.reconcile.operations import operation_spans
from tests.reconcile.builders import dated, line_sentences


def _sentences(text: str) -> list[tuple[int, int]]:
    """Naive sentence bounds for the unit tests of ``operation_spans`` (no spaCy)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    return out


def test_a_separate_operation_starts_a_new_span() -> None:
    text = (
        "Troops raided a farm in Osk on Monday and killed two gunmen. "
        "In a separate operation near Brill, police arrested a courier."
    )
    spans = operation_spans(text, _sentences(text))
    assert [text[s:e].split()[0] for [(s, e)] in spans] == ["Troops", "In"]


def test_announced_operations_split_at_each_place() -> None:
    text = (
        "The command carried out three operations on Friday. In Osk, troops killed a gunman. "
        "In Brill and Fenn, police detained four suspects. In Tarrow, a depot was seized."
    )
    spans = operation_spans(text, _sentences(text))
    assert [text[s:e][:8] for [(s, e)] in spans] == ["In Osk, ", "In Brill", "In Tarro"]


def test_one_operation_is_not_split() -> None:
    text = "In Osk, troops killed two gunmen. In the evening, they searched the village."
    assert operation_spans(text, _sentences(text)) == []


def _figures(text: str) -> list[dict[str, int | None]]:
    doc = analyze(text, published="2025-03-04")
    return [{k: v.best for k, v in inc.estimates.items()} for inc in doc.incidents]


def test_each_operation_is_its_own_incident_and_detainees_add_up(nlp: Any) -> None:
    text = (
        "OSK, Norland (Mar. 4, 2025) — Coalition forces raided a compound in the Tarrow "
        "district yesterday, killing three militants and detaining two suspects. In a separate "
        "operation near Brill, the force arrested a militant commander."
    )
    per_incident = _figures(text)
    assert per_incident == [{"killed": 3, "arrested": 2}, {"arrested": 1}]
    assert sum(f.get("arrested") or 0 for f in per_incident) == 3


def test_announced_operations_and_captured_people(nlp: Any) -> None:
    text = (
        "FENN, Norland (Jan. 19, 2025) — Two operations were carried out on Friday. In Osk, "
        "troops killed five gunmen who had ambushed a convoy. In Brill, police captured two "
        "bomb makers and seized explosives."
    )
    assert _figures(text) == [{"killed": 5}, {"arrested": 2}]


def test_killing_the_groups_leader_by_name_is_one_killed(nlp: Any) -> None:
    text = (
        "TARROW, Norland (Apr. 2, 2025) — During an operation in the Osk valley on Sunday, the "
        "brigade killed the group's leader, Haddo Rask."
    )
    assert _figures(text) == [{"killed": 1}]


def test_a_paragraph_on_its_own_day_is_another_operation() -> None:
    text = (
        "Press office, 9 May 2024\n"
        "Troops killed two gunmen near Osk on Tuesday.\n"
        "2. On Wednesday, police in Brill detained three smugglers.\n"
        "3. In the Fenn valley, a patrol that came under fire early today killed one attacker."
    )
    sentences = line_sentences(text)
    dates = [
        dated(text, "2024-05-09", "9 May 2024"),
        dated(text, "2024-05-07", "Tuesday"),
        dated(text, "2024-05-08", "Wednesday"),
        dated(text, "2024-05-09", "early today"),
    ]
    spans = operation_spans(text, sentences, dates, "2024-05-09")
    assert [text[s:e][:8] for [(s, e)] in spans] == ["Press of", "2. On We", "3. In th"]
    # without a stated date, or when the days lie long before it, no day splits (in a
    # release, numbered items still do: each is an operation of its own)
    assert len(operation_spans(text, sentences, dates)) == 3
    plain = text.replace("2. ", "").replace("3. ", "")
    words = ("9 May 2024", "Tuesday", "Wednesday", "early today")
    plain_dates = [dated(plain, d.value, w) for d, w in zip(dates, words, strict=True)]
    assert operation_spans(plain, line_sentences(plain), plain_dates) == []
    assert operation_spans(plain, line_sentences(plain), plain_dates, "2024-06-30") == []


def test_a_later_paragraph_on_the_same_day_stays_with_its_incident() -> None:
    text = (
        "Gunmen killed four traders in Osk on Tuesday.\n"
        "On Tuesday evening, police arrested two suspects.\n"
        "Witnesses said the attackers fled on motorbikes."
    )
    sentences = line_sentences(text)
    dates = [dated(text, "2024-05-07", "Tuesday"), dated(text, "2024-05-07", "Tuesday evening")]
    assert operation_spans(text, sentences, dates, "2024-05-09") == []


def test_a_day_inside_a_sentence_or_a_header_date_alone_splits_nothing() -> None:
    text = (
        "Ministry statement, 9 May 2024\n"
        "Gunmen killed four traders in Osk on Tuesday.\n"
        "Police said they arrested two suspects, one of them on Wednesday."
    )
    sentences = line_sentences(text)
    dates = [
        dated(text, "2024-05-09", "9 May 2024"),
        dated(text, "2024-05-07", "Tuesday"),
        dated(text, "2024-05-08", "Wednesday"),
    ]
    # the traders' paragraph opens on no day; the arrests' day comes late in its sentence
    assert operation_spans(text, sentences, dates, "2024-05-09") == []


def test_paragraphs_of_a_release_become_incidents_with_their_days(nlp: Any) -> None:
    text = (
        "BRILL, Norland (May 9, 2024) - Troops killed two gunmen near Osk on Tuesday.\n"
        "On Wednesday, police in Fenn detained three smugglers."
    )
    doc = analyze(text)
    got = [
        (inc.date.value if inc.date else None, {k: v.best for k, v in inc.estimates.items()})
        for inc in doc.incidents
    ]
    assert got == [("2024-05-07", {"killed": 2}), ("2024-05-08", {"arrested": 3})]


def test_a_subject_before_its_day_and_operations_over_places(nlp: Any) -> None:
    # "Troops on Sunday ..." opens on its day; the places (Osk and Fenn far apart in no
    # gazetteer) do not decide: three paragraphs, three days, three operations.
    text = (
        "Joint Task Force - Press statement - 12 March 2025\n"
        "Troops on Friday repelled an attack on a base at Marte and killed six gunmen.\n"
        "Troops on Sunday raided a camp at Bama and arrested two suspects.\n"
        "Police in Dikwa early today took three smugglers into custody."
    )
    doc = analyze(text)
    assert doc.stated_date == "2025-03-12"
    got = [
        (inc.date.value if inc.date else None, {k: v.best for k, v in inc.estimates.items()})
        for inc in doc.incidents
    ]
    assert got == [
        ("2025-03-07", {"killed": 6}),
        ("2025-03-09", {"arrested": 2}),
        ("2025-03-12", {"arrested": 3}),
    ]
