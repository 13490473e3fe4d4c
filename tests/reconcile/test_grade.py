"""Independent sources and the credibility grade of one document's incident.

The texts are ours, written for these tests; each grade must come out for its
own reason (the reason quotes the sentence or names the sources it rests on).
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.corpus.independence import read_text_cues
from claimledger.reconcile import estimate_figures
from claimledger.reconcile.grade import (
    decide,
    independent_sources,
    origin_key,
)
from claimledger.records import Claim, Evidence, Source


def _claim(value: int | None, name: str, kind: str, via: str | None = None) -> Claim:
    return Claim(
        figure="killed" if value is not None else None,
        statement=f"{value} killed",
        low=value,
        high=value,
        qualifier="exact" if value is not None else None,
        source=Source(name, kind, via),
        hedged=False,
        evidence=Evidence(0, 1, "x", "d1", "test", 1.0),
    )


def test_origin_key_compares_outlet_names_loosely() -> None:
    assert origin_key("@ShehabAgency") == origin_key("Shehab News Agency") == "shehab"
    assert origin_key("the Health Ministry") == origin_key("health  ministry")
    assert origin_key("Reuters") != origin_key("Al Jazeera")


def test_relay_chain_is_one_independent_source() -> None:
    # "A police spokesman told Reuters ..." and, later, "according to Reuters ...".
    claims = [
        _claim(12, "A police spokesman", "official", via="Reuters"),
        _claim(12, "Reuters", "media"),
        _claim(12, "author", "author"),  # the outlet's own sentence restating it
    ]
    groups = independent_sources(claims)
    assert len(groups) == 1
    assert groups[0].name == "A police spokesman"
    assert groups[0].relays == ("Reuters",)
    assert groups[0].n_claims == 3
    est = estimate_figures(claims)["killed"]
    assert (est.low, est.best, est.high) == (12, 12, 12)


def test_relayed_outlet_does_not_outvote_a_second_source() -> None:
    # Two origins: the spokesman (also carried by Reuters) and a hospital.
    claims = [
        _claim(12, "A police spokesman", "official", via="Reuters"),
        _claim(12, "Reuters", "media"),
        _claim(20, "Kirkuk hospital", "medical"),
    ]
    est = estimate_figures(claims)["killed"]
    # Counted as three sources, best would be the median 12; two sources give the higher.
    assert (est.low, est.best, est.high) == (12, 20, 20)
    assert [g.name for g in independent_sources(claims)] == [
        "A police spokesman",
        "Kirkuk hospital",
    ]


def test_cues_and_their_order() -> None:
    two = independent_sources([_claim(3, "Safa", "media"), _claim(3, "WAFA", "media")])
    one = independent_sources([_claim(3, "Safa", "media")])
    assert decide(read_text_cues("Israeli jets hit a house.", two))[0] == "fair"
    assert decide(read_text_cues("Israeli jets hit a house.", one))[0] == "weak"
    denied = "The army denied any involvement in the blast."
    grade, reasons = decide(read_text_cues(denied, two))
    assert grade == "contested" and "denied any involvement" in reasons[0]
    repeated = "All outlets repeated the same information from the interior ministry."
    assert decide(read_text_cues(repeated, two))[0] == "weak"
    negated = "There is no evidence that the brothers were militants."
    assert decide(read_text_cues(negated, two))[0] == "fair"
    stated = "Airwars has graded this incident as weak until more is known."
    assert decide(read_text_cues(stated, two))[0] == "weak"
    assert decide(read_text_cues(stated, two), stated=False)[0] == "fair"


TEXTS = {
    "confirmed": (
        "An airstrike hit a house in Mosul on Friday, killing 12 civilians, the Iraqi health "
        "ministry said. The US-led coalition acknowledged that its aircraft struck the house.",
        "acknowledged that its aircraft struck",
    ),
    "fair": (
        "An airstrike hit a house in Gaza City on Friday. The health ministry said 8 people "
        "were killed. Doctors at Al-Shifa hospital told Reuters that 8 bodies had arrived. "
        "Witnesses said Israeli jets carried out the strike.",
        "3 independent sources",
    ),
    "weak": (
        "A drone strike hit a car near Khan Younis on Friday, killing two people, according "
        "to a post by the Shehab agency.",
        "1 independent source: the Shehab agency",
    ),
    "contested": (
        "An explosion at a hospital in Gaza City killed 50 people on Tuesday, the health "
        "ministry said. The Israeli military denied responsibility and blamed a misfired rocket.",
        "denied responsibility",
    ),
    "discounted": (
        "An airstrike killed five men in Idlib on Sunday, the Syrian Observatory for Human "
        "Rights said. The monitor said the dead were all fighters of the Hayat Tahrir al-Sham "
        "group.",
        "were all fighters",
    ),
}


@pytest.mark.integration
@pytest.mark.parametrize("grade", sorted(TEXTS))
def test_each_grade_on_a_document_of_ours(grade: str) -> None:
    text, reason = TEXTS[grade]
    doc = claimledger.analyze(text, published="2023-10-20", doc_id=f"grade-{grade}")
    inc = doc.incidents[0]
    assert inc.grade == grade
    assert reason in " ".join(inc.grade_reasons)
    assert inc.sources


@pytest.mark.integration
def test_relay_in_one_document_counts_once_in_the_grade() -> None:
    doc = claimledger.analyze(
        "A police spokesman told Reuters that 12 people were killed in a bombing in Kirkuk "
        "on Monday. According to Reuters, 12 people died in the bombing.",
        published="2024-03-12",
    )
    inc = doc.incidents[0]
    assert [(g.name, g.relays) for g in inc.sources] == [("A police spokesman", ("Reuters",))]
    assert inc.grade == "weak"
    assert "1 independent source: A police spokesman" in inc.grade_reasons[0]


def test_cues_of_competing_blame_denials_and_single_sources() -> None:
    two = independent_sources([_claim(3, "Osk Post", "media"), _claim(3, "Brill TV", "media")])
    competing = (
        "The Northern Front blamed an airstrike by government forces, while the ministry "
        "said the blast was caused by a rebel round."
    )
    assert decide(read_text_cues(competing, two))[0] == "contested"
    assert decide(read_text_cues("Both sides accused each other of shelling Osk.", two))[0] == (
        "contested"
    )
    # a denial worded as the strike it did not carry out is no acceptance
    denial = "The coalition said it had conducted no strike in the area that day."
    assert decide(read_text_cues(denial, two))[0] == "contested"
    accepted = "The military announced that its aircraft had struck a depot in Brill."
    assert decide(read_text_cues(accepted, two))[0] == "confirmed"
    mourned = "The armed group later mourned all four as its fighters on Telegram."
    assert decide(read_text_cues(mourned, two))[0] == "discounted"
    alone = "No other source reporting the incident could be found."
    assert decide(read_text_cues(alone, two))[0] == "weak"
    # one party's blame alone contests nothing
    blamed = "Residents blamed government artillery for the shell that hit the market."
    assert decide(read_text_cues(blamed, two))[0] == "fair"


def test_disputes_worded_as_rejections_and_conflicting_accounts() -> None:
    two = independent_sources([_claim(3, "Osk Post", "media"), _claim(3, "Brill TV", "media")])
    for text in (
        "The army's spokesman called the accusation fabricated.",
        "A coalition spokesman stated that none of its aircraft had operated in the area.",
        "The army said it had not fired in the area that day.",
        "Some local sources said the coalition fired it, while others said it was a "
        "government missile.",
        "Accounts of who fired the rocket remain conflicting.",
        "The rebels rejected that version.",
    ):
        assert decide(read_text_cues(text, two))[0] == "contested", text
    # a report that merely states who fired contests nothing
    assert decide(read_text_cues("Residents said the shell came from army positions.", two))[0] == (
        "fair"
    )


def test_an_outlet_named_like_a_generic_phrase_is_a_source() -> None:
    from claimledger.reconcile.grade import is_reporting_source

    for name in ("The Marro Post", "the Veld Daily Report", "Tarrow Post"):
        assert is_reporting_source(name), name
    for name in ("a Facebook post", "the post", "A Telegram Video", "One Source", "an Osk Post"):
        assert not is_reporting_source(name), name
    # two outlets of ours, one named "... Post": two independent sources, Fair
    two = independent_sources(
        [_claim(4, "The Marro Post", "media"), _claim(4, "Brill TV", "media")]
    )
    assert decide(read_text_cues("A car was struck near Veld.", two))[0] == "fair"


def test_thin_reports_by_other_wordings_are_weak() -> None:
    three = independent_sources(
        [
            _claim(2, "Veld Post", "media"),
            _claim(2, "Marro Radio", "media"),
            _claim(2, "Osk FM", "media"),
        ]
    )
    for text in (
        "Three outlets said two guards were hurt, but no detail on their injuries was provided.",
        "Further details about the dead and their names remain unknown.",
        "Given the lack of details in the reports, the toll may change.",
        "No obituaries of the victims could be found.",
    ):
        assert decide(read_text_cues(text, three))[0] == "weak", text
    full = "The Veld Post gave details of the victims, and Marro Radio named all three."
    assert decide(read_text_cues(full, three))[0] == "fair"
