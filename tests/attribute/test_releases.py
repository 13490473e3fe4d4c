"""A press release's issuer speaks as the author (issue 15). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_sources = claims_reader("figure", "low", "name", "kind")


def test_the_body_named_in_the_lead_is_the_author() -> None:
    text = (
        "DUNMORE, Velland (Apr. 9, 2025) — The police command reports that 12 smugglers were "
        "arrested near Dunmore on Tuesday. Four guards were injured, the command said."
    )
    assert _sources(text) == [
        ("arrested", 12, "author", "author"),
        ("injured", 4, "author", "author"),
    ]


def test_the_datelines_place_is_not_a_speaker() -> None:
    text = (
        "DUNMORE, Velland (Apr. 9, 2025) — The border command reports that 12 smugglers were "
        "arrested near Dunmore on Tuesday."
    )
    assert _sources(text) == [("arrested", 12, "author", "author")]


def test_other_sources_of_a_release_keep_their_kind() -> None:
    text = (
        "DUNMORE, Velland (Apr. 9, 2025) — A strike on a depot near Dunmore killed nine "
        "fighters, the Air Staff said. The district health office said two farmers were "
        "killed in the strike."
    )
    rows = _sources(text)
    assert ("killed", 9, "author", "author") in rows
    assert ("killed", 2, "The district health office", "official") in rows


def test_a_spokesperson_in_the_lead_is_not_the_issuer() -> None:
    text = (
        "DUNMORE, Velland (Apr. 9, 2025) — Colonel Aran Pell said that troops killed six "
        "fighters near Dunmore."
    )
    rows = _sources(text)
    assert rows and all(kind != "author" for *_, kind in rows)


def test_a_news_report_without_a_dateline_is_unchanged() -> None:
    text = "The border command said 12 smugglers were arrested near Dunmore on Tuesday."
    assert _sources(text) == [("arrested", 12, "The border command", "official")]


def test_a_news_wires_plain_dateline_is_not_a_release() -> None:
    text = (
        "DUNMORE, Velland — Gunmen killed five herders near Dunmore on Tuesday, the "
        "provincial police said."
    )
    assert _sources(text) == [("killed", 5, "the provincial police", "official")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Telvar County Sheriff's Office\nFor immediate release — June 20, 2026\nA deputy and "
            "a suspect were injured in an exchange of gunfire late Friday, Sheriff Ada Krell said.",
            [("injured", 2, "Sheriff Ada Krell", "official")],
        ),
        (
            "Telvar County Sheriff's Office\nFor immediate release — June 20, 2026\nA deputy and "
            "a suspect were injured in an exchange of gunfire late Friday, the Sheriff's Office "
            "said.",
            [("injured", 2, "author", "author")],
        ),
    ],
)
def test_a_titled_officer_closing_the_lead_is_no_issuer(
    text: str, rows: list[tuple[object, ...]]
) -> None:
    """A sheriff, inspector or superintendent named after the lead sentence speaks for the
    office (``official``); the office itself is the release's author."""
    assert _sources(text) == rows
