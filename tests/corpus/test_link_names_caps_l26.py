"""A capitalised word after an all-capitals one is not a surname used alone (helper L,
twenty-sixth session): "MLK Day" made "King Day" a person's name, and two cities' holiday
shootings years apart shared it."""

from __future__ import annotations

from claimledger.corpus.link_names import name_terms


def test_a_holiday_after_an_acronym_is_no_name() -> None:
    text = (
        "Eight people were wounded at the MLK Day parade in Brasko. The shooting at the "
        "King Day festival left organisers shaken, and officers closed the park."
    )
    assert name_terms(text) == []


def test_a_surname_used_alone_still_makes_a_name() -> None:
    text = (
        "Dana Quell, 31, was found near the park. Quell died at the scene, and the "
        "BRPD unit closed the road."
    )
    assert name_terms(text) == ["dana_quell"]
    # the surname after an acronym is not used alone, but the age still names her
    assert name_terms(text.replace("Quell died", "The BRPD Quell died")) == ["dana_quell"]
