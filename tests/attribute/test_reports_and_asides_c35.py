"""Helper C, thirty-fifth session: hedging reports of no one, and a cue inside its sentence.

* "Initial reports suggest as many as 12 people may have died": reports no one is named for,
  with a verb of suggesting or indicating, are a hedged statement of an anonymous source
  ("Initial reports"), not the author's (``claims._reports_of_no_one``). Not when a speaker
  around them says it ("Initial reports suggest ..., the X group said": the group's), nor in
  a text whose writer speaks as "we"/"our" (a release's "initial reports" are its own), nor
  for "initial assessments" (an evaluation, the writer's).
* A release whose lead sentence tells no statement: the body its first statement puts last
  ("Debris injured five people, the regional administration said, and ...") is the issuer,
  the author (``releases._issuer``); not a body that counts victims.
* "Falling debris injured two people, he said, and a woman later died of her wounds": a cue
  between commas inside its sentence, before "and"/"but" and a clause with a subject of its
  own, names the speaker of the whole sentence (``content_cuts.around_parenthetical_cue``);
  a clause after it with its own reporting verb stays that speaker's.

Designed on fresh20-fresh30 and our own gold; every text here was written for these tests
(invented places, outlets, people and numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", "hedged", published="2026-04-02")


# --- reports of no one ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Initial reports suggest that up to nine people may have died when a shell hit a "
            "bus stop in Varlo on 1 April 2026. The regional governor said four were killed.",
            ("killed", None, 9, "Initial reports", "anonymous", True),
        ),
        (
            "Early reports indicated that at least 14 people were wounded in the blast at the "
            "Kessel bus station on 1 April 2026.",
            ("injured", 14, None, "Early reports", "anonymous", True),
        ),
        (
            "Preliminary indications suggest as many as six fishermen may have been killed "
            "when a drone struck their boat off Tarn on 1 April 2026.",
            ("killed", None, 6, "Preliminary indications", "anonymous", True),
        ),
    ],
)
def test_reports_of_no_one_are_an_anonymous_source(text: str, row: tuple) -> None:  # type: ignore[type-arg]
    assert row in _claims(text)


def test_reports_inside_a_named_speakers_sentence_stay_the_speakers() -> None:
    text = (
        "Initial reports suggest that up to eight people may have been killed in the 1 April "
        "2026 strike on the Velka depot, the Orlan Monitoring Group said."
    )
    assert _claims(text) == [("killed", None, 8, "the Orlan Monitoring Group", "ngo", True)]


def test_an_issuers_own_initial_reports_stay_the_author() -> None:
    text = (
        "NORTHERN COMMAND\nUpdate, 1 April 2026\nOur patrol came under fire near Tessel. "
        "Initial reports indicate that up to four of the attackers may have been killed. "
        "None of our soldiers were hurt."
    )
    rows = _claims(text)
    assert ("killed", None, 4, "author", "author", True) in rows
    assert not any(r[3] == "Initial reports" for r in rows)


def test_initial_assessments_are_an_evaluation_the_writers_own() -> None:
    text = "Initial assessments indicate the strike near Varlo killed three fighters."
    assert _claims(text) == [("killed", 3, 3, "author", "author", True)]


def test_a_named_report_keeps_its_owner() -> None:
    text = (
        "Initial reports from the Varlo civil defence indicate that a man may have been "
        "killed when debris fell on a market on 1 April 2026."
    )
    rows = _claims(text)
    assert rows and rows[0][3] == "the Varlo civil defence" and rows[0][4] == "official"


# --- a cue inside its sentence ----------------------------------------------------------


def test_a_cue_between_two_clauses_gives_both_to_the_speaker() -> None:
    text = (
        "TARNOV (Apr. 1, 2026) — A spokesman for the Pellan Ministry of Defence said air "
        "defences shot down three drones overnight. Falling debris injured four people, he "
        "said, and a man later died in hospital."
    )
    rows = _claims(text)
    spokesman = "A spokesman for the Pellan Ministry of Defence"
    assert ("injured", 4, 4, spokesman, "official", False) in rows
    assert ("killed", 1, 1, spokesman, "official", False) in rows


def test_a_root_cue_between_two_clauses_gives_both_to_the_speaker() -> None:
    rows = _claims("Five people were killed, police said, and 11 others were taken to hospital.")
    assert ("killed", 5, 5, "police", "official", False) in rows
    assert ("injured", 11, 11, "police", "official", False) in rows


def test_a_clause_with_its_own_speaker_after_the_cue_stays_that_speakers() -> None:
    rows = _claims("Two people were injured, the mayor said, and the governor said three died.")
    assert ("injured", 2, 2, "the mayor", "official", False) in rows
    assert ("killed", 3, 3, "the governor", "official", False) in rows


def test_a_clause_without_a_subject_after_the_cue_is_not_joined() -> None:
    # "and arrested two suspects": what the police did, told by the writer
    rows = _claims("Four people were killed, police said, and arrested two suspects.")
    assert ("killed", 4, 4, "police", "official", False) in rows
    assert ("arrested", 2, 2, "author", "author", False) in rows


# --- a release whose lead tells no statement ---------------------------------------------


def test_a_release_body_put_last_after_a_lead_without_statement_is_the_issuer() -> None:
    # the whole sentence around "..., the regional administration said, and ..." is the
    # release's own voice: the author's, both figures
    text = (
        "TARNOV, Pellan (Apr. 1, 2026) — Air defence units shot down three drones over Tarnov "
        "overnight. Debris injured five people, the regional administration said, and a man "
        "was killed when debris hit his car."
    )
    rows = _claims(text)
    assert ("injured", 5, 5, "author", "author", False) in rows
    assert ("killed", 1, 1, "author", "author", False) in rows


def test_a_body_that_counts_victims_after_such_a_lead_keeps_its_claims() -> None:
    text = (
        "TARNOV, Pellan (Apr. 1, 2026) — Two soldiers were killed in an attack on a checkpoint "
        "near Tarnov. Three civilians were wounded, the district health directorate said."
    )
    rows = _claims(text)
    assert ("injured", 3, 3, "the district health directorate", "official", False) in rows
