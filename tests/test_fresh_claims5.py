"""Error classes found on the fifth fresh claims batch (`fresh5-gold.jsonl`, scored once at
db6dda8 before these rules): relays citing a report by someone, claims circulating on a
platform, "per X", a trailing "according to X" over coordinated clauses, a post header with a
date, tolls that "exceed" a number, euphemisms and phrases of harm ("paid the supreme price",
"lost a leg", "fled with bullet wounds"), single victims named as parts, victims identified by
someone, and a captured leader's men. Texts written for these tests, not taken from the batch."""

from __future__ import annotations

from claimledger import analyze
from claimledger.extract.numbers.figures import extract_figures
from tests.claims_helpers import claims_reader


def _rows(nlp, text: str) -> list[tuple[str, int | None, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t5")]


_claims = claims_reader("figure", "low", "name", "kind", "via")


# --- sources -------------------------------------------------------------------------


def test_relaying_a_report_by_x_gives_x_the_claim_via_the_relay() -> None:
    text = (
        "Relaying a report by the Tarvo Herald, the Telegram channel Tarvo Live wrote that "
        "the shelling had killed six workers."
    )
    ((figure, n, name, kind, via),) = _claims(text)
    assert (figure, n, name, kind) == ("killed", 6, "the Tarvo Herald", "media")
    assert via is not None  # the channel relays
    text = "Citing a statement from the Orvel health ministry, the Kanto Herald said 14 died."
    assert _claims(text) == [
        ("killed", 14, "the Orvel health ministry", "official", "the Kanto Herald")
    ]


def test_claims_circulating_on_a_platform_are_the_platforms() -> None:
    text = "Claims spreading on Telegram that 25 cadets were killed are false, the academy said."
    assert [(f, n, k) for f, n, _, k, _ in _claims(text)] == [("killed", 25, "social_media")]
    # "claims" read as a verb (VBZ) after a platform word
    text = "The army dismissed Telegram claims that nine recruits were wounded."
    assert _claims(text) == [("injured", 9, "Telegram", "social_media", None)]


def test_reports_alleging_that_are_named_reports_not_the_whole_clause() -> None:
    text = "The command is aware of reports alleging that two civilians were injured."
    assert [(f, n, name) for f, n, name, _, _ in _claims(text)] == [("injured", 2, "reports")]


def test_a_platform_in_another_semicolon_clause_is_not_this_sources() -> None:
    text = (
        "State radio reports 2 dead; the Orra Relief Committee says up to 7 people may have "
        "been killed and more than 10 wounded; and several accounts on Telegram claim the "
        "dead exceed 15."
    )
    kinds = [(n, name, kind) for _, n, name, kind, _ in _claims(text)]
    assert ("the Orra Relief Committee", "ngo") in {(name, k) for _, name, k in kinds}
    assert (15, "several accounts", "social_media") in kinds
    assert all(k != "social_media" for _, name, k in kinds if "Committee" in name)


def test_per_x_opening_a_sentence_is_according_to_x() -> None:
    text = "Per the Ostra ambulance service, another 4 people died overnight."
    assert _claims(text) == [("killed", 4, "the Ostra ambulance service", "medical", None)]
    text = "Thread:\n3/ Per the Ostra civil defence, two more bodies were recovered."
    assert [(f, n, name) for f, n, name, _, _ in _claims(text)] == [
        ("killed", 2, "the Ostra civil defence")
    ]
    # "per day" divides, it names no one
    assert [k for *_, k, _ in _claims("Three soldiers were killed per day in June.")] == ["author"]


def test_a_trailing_according_to_covers_coordinated_clauses() -> None:
    text = "The blast killed nine people and wounded 30, according to the Vell fire service."
    assert [(f, n, name) for f, n, name, _, _ in _claims(text)] == [
        ("killed", 9, "the Vell fire service"),
        ("injured", 30, "the Vell fire service"),
    ]
    # a clause under a speaker of its own keeps its speaker
    text = (
        "The governor said two guards died, and five workers were hurt, according to the director."
    )
    assert [(f, n, name) for f, n, name, _, _ in _claims(text)] == [
        ("killed", 2, "The governor"),
        ("injured", 5, "the director"),
    ]


def test_a_post_header_with_a_date_or_a_description_names_the_poster() -> None:
    text = (
        "Translated from a Telegram post by Dana Kour, 3 June: My son Adam was killed at the gate."
    )
    assert _claims(text) == [("killed", 1, "Dana Kour", "family", None)]
    text = "Facebook post by Jana Saleh (a teacher in Orra): Four of my pupils were killed today."
    assert _claims(text) == [("killed", 4, "Jana Saleh", "social_media", None)]


def test_victims_identified_by_someone_are_their_claim() -> None:
    text = "The dead were named by the village council as Rami Odeh, Sami Odeh and Lina Odeh."
    assert _claims(text) == [("killed", 3, "the village council", "official", None)]
    text = "Neighbours identified the victims as Hana Tell, 31, and Amir Tell, 8."
    assert [(f, n, name) for f, n, name, _, _ in _claims(text)] == [("killed", 2, "Neighbours")]
    text = "Karim Aziz and his three brothers were identified as killed by the Oss municipality."
    assert _claims(text) == [("killed", 4, "the Oss municipality", "official", None)]
    # identifying a suspect states no count
    assert _claims("Police identified the suspect as Tom Reed.") == []


# --- figures -------------------------------------------------------------------------


def test_a_toll_that_exceeds_a_number_is_more_than_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "The dead now exceed 40, a local official said.") == [
        ("killed", 40, None, "more_than")
    ]
    assert _rows(nlp, "The death toll has topped 50.") == [("killed", 50, None, "more_than")]
    assert _rows(nlp, "The wounded have surpassed 130.") == [("injured", 130, None, "more_than")]
    assert _rows(nlp, "The fighting exceeded 3 days.") == []


def test_phrases_of_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Two soldiers paid the ultimate price defending the post.") == [
        ("killed", 2, 2, "exact")
    ]
    assert _rows(nlp, "Consumers paid the ultimate price for the policy.") == []
    assert _rows(nlp, "Two boys lost both legs in the blast.") == [("injured", 2, 2, "exact")]
    assert _rows(nlp, "Seven miners lost their lives in the collapse.") == [
        ("killed", 7, 7, "exact")
    ]
    assert _rows(nlp, "Three others fled with bullet wounds.") == [("injured", 3, 3, "exact")]
    assert _rows(nlp, "Troops repelled the raid, neutralising four of the attackers.") == [
        ("killed", 4, 4, "exact")
    ]
    text = "Six fighters laid down their weapons and were taken prisoner near Oss."
    assert _rows(nlp, text) == [("arrested", 6, 6, "exact")]


def test_one_victim_named_as_a_part_is_a_claim_of_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Twelve passengers died, including the driver.") == [
        ("killed", 12, 12, "exact"),
        ("killed", 1, 1, "exact"),
    ]
    # parts after "including" are counted apart, not added up
    assert _rows(nlp, "Nine people were wounded, including a nurse and three medics.") == [
        ("injured", 9, 9, "exact"),
        ("injured", 1, 1, "exact"),
        ("injured", 3, 3, "exact"),
    ]
    # only after a clause that states the harm ("showed ... injured people" does not)
    text = "Photos showed four injured people at the clinic, including a toddler and two youths."
    assert _rows(nlp, text) == [("injured", 4, 4, "exact")]
    # nor after a whole without a count
    text = "A video showed various wounded being treated at the clinic, including a small boy."
    assert [r for r in _rows(nlp, text) if r[1] == 1] == []


def test_the_killing_of_a_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The raid ended with the killing of the gang's so-called treasurer, Omar Veli."
    assert _rows(nlp, text) == [("killed", 1, 1, "exact")]


def test_a_captured_leader_and_his_men_add_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops captured a smuggler known as Abu Tarek and three of his drivers."
    assert _rows(nlp, text) == [("arrested", 4, 4, "exact")]
    text = "Troops killed the cell leader and two of his guards near Orr."
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]
    # a clause of their own: they are not counted with him
    text = "Troops killed the cell leader and two of his guards escaped."
    assert _rows(nlp, text) == [("killed", 1, 1, "exact")]


# --- the fourth batch's misses left last session (fresh4, in-sample) -----------------------


def test_bodies_from_a_collapsed_house_after_a_strike_are_an_incident() -> None:
    text = "Rescuers recovered the bodies of three men from a collapsed house in Orra after an overnight strike."
    assert [(f, n) for f, n, *_ in _claims(text)] == [("killed", 3)]
    # a collapse with no attack is a disaster: its figures are claims of an incident of no
    # conflict type (thirtieth session, helper N; it formed no incident before)
    text = (
        "Rescuers recovered the bodies of three men from a collapsed house in Orra after the storm."
    )
    assert [(f, n) for f, n, *_ in _claims(text)] == [("killed", 3)]
    kinds = [(i.event_type, i.sub_event_type) for i in analyze(text, doc_id="t").incidents]
    assert kinds == [(None, None)]


def test_a_toll_put_by_a_relay_citing_someone_is_the_cited_sources() -> None:
    text = "The Orra Times, citing the Vell health office, put the toll at nine dead."
    ((figure, n, name, kind, via),) = _claims(text)
    assert (figure, n, name, kind) == ("killed", 9, "the Vell health office", "official")
    assert via == "The Orra Times"


def test_a_relief_committee_is_an_ngo() -> None:
    text = "The Sura Relief Committee said 11 people were killed in the shelling."
    assert _claims(text) == [("killed", 11, "The Sura Relief Committee", "ngo", None)]
