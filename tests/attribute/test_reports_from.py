"""The authors of "reports from A, B and sources on social media" are the sources (issue 15).
Texts written for these tests."""

from __future__ import annotations

from claimledger.attribute.members import group_members


def _members(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], kind) for a, b, kind in group_members(text)]


def test_initial_reporting_by_an_account_names_the_account() -> None:
    assert _members("Initial reporting by @dovra_now") == [("@dovra_now", "social_media")]


def test_reports_from_a_list_name_each_author() -> None:
    assert _members("Early reports from Kelm Daily, Radio Osk, and sources on social media") == [
        ("Kelm Daily", "media"),
        ("Radio Osk", "media"),
        ("sources on social media", "social_media"),
    ]


def test_an_authority_among_the_reporters_stays_official() -> None:
    assert _members("reports from Dovra Police and Kelm Daily") == [
        ("Dovra Police", "official"),
        ("Kelm Daily", "media"),
    ]
