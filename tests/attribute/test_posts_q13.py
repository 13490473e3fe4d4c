"""Thirteenth session (helper Q): a relayed post's poster named by a header or a
signature ("@x:", "Update from @x:", "Tweet by @x, 9:14 PM:", "From the Telegram channel
of X:", "— Posted by X on Facebook", "(Telegram, X channel)").

Every text was written for these tests (invented places, accounts, people, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.posts import post_poster
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "poster"),
    [
        (
            "@karvel_watch: 3 dead after the drone hit the bus station.",
            ("@karvel_watch", "social_media"),
        ),
        ("Update from @KarvelNews: 3 dead, 11 injured.", ("@KarvelNews", "media")),
        (
            "Tweet by @omar_dunmor, 9:14 PM: At least 4 dead on Station Road.",
            ("@omar_dunmor", "social_media"),
        ),
        ("Alert via @SefiAgency (Telegram): two killed in Harsa.", ("@SefiAgency", "media")),
        (
            "From the Telegram channel of the Harsa Youth Network: 8 martyrs so far.",
            ("the Harsa Youth Network", "media"),
        ),
        ("From Dunmor Today's Facebook page: five people died.", ("Dunmor Today", "media")),
        (
            "My uncle and his son were killed this morning.\n— Posted by Lina Harb on Facebook",
            ("Lina Harb", "family"),
        ),
        (
            "Two men were shot at the checkpoint. (Shared by @hala_s on X)",
            ("@hala_s", "social_media"),
        ),
        (
            "Five civilians were killed in Harsa tonight. (Telegram, Harsa Today channel)",
            ("Harsa Today", "media"),
        ),
    ],
)
def test_post_poster(text: str, poster: tuple[str, str]) -> None:
    found = post_poster(text)
    assert found is not None and (found.name, found.kind) == poster


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in Harsa, the health office said: two men and a boy.",
        "At 9:14 PM: the drone hit the station and four people were killed.",
        "Residents said the strike killed four people (two of them children).",
        "The strike killed four people, according to posts shared by residents.",
    ],
)
def test_no_poster(text: str) -> None:
    assert post_poster(text) is None


def test_header_poster_takes_the_author_claims() -> None:
    text = "Update from @karvel_watch: 3 dead, 11 injured after the drone hit the bus station."
    assert _claims(text) == [
        ("killed", 3, 3, "@karvel_watch", "social_media"),
        ("injured", 11, 11, "@karvel_watch", "social_media"),
    ]


def test_signature_keeps_a_quoted_source() -> None:
    text = (
        "The Harsa health office said two bodies were recovered. My cousin was among "
        "the injured.\n— Posted by Samer Kafri on Facebook"
    )
    rows = _claims(text)
    assert ("killed", 2, 2, "The Harsa health office", "official") in rows
    assert all(name != "author" for *_, name, _ in rows)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a person's handle among "several accounts" stays a poster
        (
            "Mourning posts were shared by several accounts, including @kessa_now and "
            "@omar_dabbas, confirming that 2 people were killed.",
            {"@kessa_now": "social_media", "@omar_dabbas": "social_media"},
        ),
        # "news accounts" are outlets' accounts
        (
            "Several news accounts, including @HarsaNews and @omar_dabbas, reported 4 dead.",
            {"@HarsaNews": "media", "@omar_dabbas": "media"},
        ),
    ],
)
def test_handles_listed_among_accounts(text: str, kinds: dict[str, str]) -> None:
    assert {name: kind for *_, name, kind in _claims(text)} == kinds


@pytest.mark.parametrize(
    ("text", "poster"),
    [
        (
            'Reposting from Harsa Today: "Five dead, 11 injured in the strike."',
            ("Harsa Today", "media"),
        ),
        ("Sharing from @omar_d: two more bodies recovered in Kessa.", ("@omar_d", "social_media")),
    ],
)
def test_relay_header(text: str, poster: tuple[str, str]) -> None:
    found = post_poster(text)
    assert found is not None and (found.name, found.kind) == poster
