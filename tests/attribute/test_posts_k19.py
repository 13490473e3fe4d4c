"""Nineteenth session (helper K): relays' post headers by shape, from the classes the
eighteenth session's held-out claims batch showed (described in the brief, not copied):

* a post's opening flag ("Breaking -", "Urgent -") names nobody: the body after it that
  reports the figure speaks, the poster relays;
* a sharer's header naming whom the post comes from ("Shared by X (Telegram), from a
  resident of Y:"): the one it comes from speaks, the sharer relays;
* a poster's trade set off after the name ("Post by X, a paramedic:", "X, a volunteer
  nurse (Facebook):") gives the poster's kind.

Every text was written for these tests (invented places, bodies, names and numbers).
"""

from __future__ import annotations

from claimledger.attribute.posts import post_poster
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-06-10")


def test_a_flag_before_the_body_names_nobody() -> None:
    got = _claims(
        "Ilvo Courier on Facebook: Breaking - the Marsen health ministry reports 14 killed "
        "and 30 injured in the strikes on the port."
    )
    assert got == [
        ("killed", 14, "the Marsen health ministry", "official"),
        ("injured", 30, "the Marsen health ministry", "official"),
    ]


def test_a_flag_after_an_outlets_header_gives_the_body() -> None:
    got = _claims(
        "Harlo Times on X: Urgent - the Varsa civil defence reports 6 dead after the strike "
        "on the bakery."
    )
    assert got == [("killed", 6, "the Varsa civil defence", "official")]
    poster = post_poster("Harlo Times on X: Urgent - the Varsa civil defence reports 6 dead.")
    assert poster is not None and poster.via == "Harlo Times"


def test_shared_by_a_channel_from_a_resident() -> None:
    got = _claims(
        'Shared by Mirel Watch (Telegram), from a resident of Tova: "Four men were killed '
        'outside the mosque."'
    )
    assert got == [("killed", 4, "a resident of Tova", "witness")]


def test_reposted_by_a_handle_from_a_nurse() -> None:
    got = _claims(
        "Reposted by @kessa_live, from a nurse at Orun Hospital: 9 wounded arrived in the "
        "last hour."
    )
    assert got == [("injured", 9, "a nurse at Orun Hospital", "medical")]


def test_a_posters_trade_after_the_name() -> None:
    got = _claims("Post by Sana Idris, a paramedic: We moved 5 wounded people from the square.")
    assert got == [("injured", 5, "Sana Idris", "medical")]


def test_a_trade_before_the_platform() -> None:
    got = _claims("Rami Saleh, a volunteer nurse (Facebook): 3 bodies arrived at the clinic.")
    assert got == [("killed", 3, "Rami Saleh", "medical")]


def test_no_trade_a_time_or_a_family_word_keeps_the_poster() -> None:
    # near misses: a time after the name, and "a father of two" (no relative of the dead)
    assert _claims("Post by Lina Haddad, 9:14 PM: 4 killed in the shelling of Bira.") == [
        ("killed", 4, "Lina Haddad", "social_media")
    ]
    assert _claims("Karim Adel, a father of two (X): 2 people were killed on our street.") == [
        ("killed", 2, "Karim Adel", "social_media")
    ]


def test_a_flag_with_no_body_after_it_is_no_source() -> None:
    got = _claims("Breaking - 12 people were killed in Nalo today, the Nalo health office said.")
    assert got == [("killed", 12, "the Nalo health office", "official")]


def test_a_body_that_recovers_the_named_dead_states_them() -> None:
    got = _claims(
        "On 5 June 2026, shelling hit the Lamar bus station. The Lamar civil defence "
        "recovered the bodies of a driver and his son."
    )
    assert got == [("killed", 2, "The Lamar civil defence", "official")]


def test_a_poster_quoting_a_medic() -> None:
    got = _claims(
        "Sami Rahal (X): Quoting a medic at Dorva Hospital: 'We received 6 bodies tonight.'"
    )
    assert got == [("killed", 6, "a medic at Dorva Hospital", "medical")]
