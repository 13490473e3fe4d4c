"""Fourteenth session (helper Q): the social platforms are one table, the lexicon's
``platforms`` (``data/sources.json``); the patterns of post headers (``posts``), of pages
named by their owner (``sources``) and of posting participles (``participle``) are built
from it, so a platform the lexicon lists is known to all three.

Every text was written for these tests (invented places, people, accounts, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.posts import post_poster
from claimledger.attribute.sources import PLATFORM_NAMES, is_platform, load_lexicon, source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")


def test_one_table() -> None:
    assert set(load_lexicon().platform_names) == set(PLATFORM_NAMES)
    assert {"facebook", "telegram", "x", "bluesky", "vk"} <= PLATFORM_NAMES
    # places of publishing that are no platform stay known to is_platform only
    assert "social media" not in PLATFORM_NAMES and is_platform("social media")
    assert is_platform("his blog") and is_platform("Bluesky")


@pytest.mark.parametrize(
    ("text", "poster"),
    [
        ("Lina Harb on Bluesky: two dead in Kessa tonight.", ("Lina Harb", "social_media")),
        ("From the YouTube channel of Kessa Today: 4 dead.", ("Kessa Today", "media")),
        ("Omar Dabbas on Telegram: three wounded at the bakery.", ("Omar Dabbas", "social_media")),
    ],
)
def test_headers_know_the_lexicon_platforms(text: str, poster: tuple[str, str]) -> None:
    found = post_poster(text)
    assert found is not None and (found.name, found.kind) == poster


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Bluesky account of the Kessa municipality", "official"),
        ("the Kessa municipality's VK page", "official"),
        ("the Facebook page of the Kessa municipality", "official"),
    ],
)
def test_pages_named_by_their_owner(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_posting_participle_on_a_lexicon_platform() -> None:
    text = 'Karim\'s sister, Nour Amer, posted on WhatsApp: "My brother Karim was killed."'
    assert _claims(text) == [("killed", 1, 1, "Nour Amer", "family")]
