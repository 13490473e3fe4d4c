"""Twenty-third session (helper A, issue 15): sources from the first-sight misses of every
claims batch, by mechanism. A faction's press desk as a header ("Press Centre of the X
Front") speaks for the faction; a named body's figures that "gave" counts are the body's;
"The claim was shared by A and by B" names who made the claim of the sentence before; a
post signed at its end ("- Name X.") is the signer's (``witness`` when the post speaks of
"my neighbour"); a semicolon clause going on with "N more were wounded" stays with the
speaker before it; an "unnamed" holder of a typed role keeps the role's kind
(``docs/claims-gold.md``; anonymity said in a clause still makes it ``anonymous``); an army's press office is ``military``; "posted ... and wrote" is a
post; a handle's "Our hospital" is the handle, a monitor's or medic's handle takes its kind.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-01-10")
_relayed = claims_reader("figure", "low", "name", "kind", "via", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Press Centre of the Tarsk Liberation Front\n3 May 2026\nOur units ambushed an "
            "enemy patrol near Velo, killing its five soldiers.",
            [("killed", 5, "the Tarsk Liberation Front", "partisan")],
        ),
        (
            "Morvan Health Directorate figures, released on 2 May 2026, gave 6 dead and 21 "
            "injured in the shelling of the Morvan depot.",
            [
                ("killed", 6, "Morvan Health Directorate", "official"),
                ("injured", 21, "Morvan Health Directorate", "official"),
            ],
        ),
        (
            "Three cousins were reportedly killed when a rocket struck their car near Halev. "
            "The claim was shared by the local page Halev Voice and by the boys' aunt in a "
            "radio interview.",
            [
                ("killed", 3, "Halev Voice", "media"),
                ("killed", 3, "the boys' aunt", "family"),
            ],
        ),
        (
            "Shared in the group Ostel Neighbours: Two of my neighbours were killed when the "
            "shell fell on our road. God rest them. - Dana V.",
            [("killed", 2, "Dana V.", "witness")],
        ),
        (
            "Local sources, including the Varo Relief Society, reported that at least seven "
            "civilians died in the shelling of the Varo fish market on 4 May 2026; dozens more "
            "were wounded.",
            [
                ("killed", 7, "the Varo Relief Society", "ngo"),
                ("injured", 12, "the Varo Relief Society", "ngo"),
            ],
        ),
        (
            "The Varo Relief Society reported that seven civilians died in the shelling; at "
            "least 30 others were wounded, most of them women.",
            [("injured", 30, "The Varo Relief Society", "ngo")],
        ),
        (
            "Her friends posted a photo of the convoy and wrote that four other drivers were "
            "wounded.",
            [("injured", 4, "Her friends", "social_media")],
        ),
        (
            "@KessaMedic: Our hospital took in 9 martyrs and 30 wounded after the strike.",
            [
                ("killed", 9, "@KessaMedic", "medical"),
                ("injured", 30, "@KessaMedic", "medical"),
            ],
        ),
        (
            "@TorvaMonitor: Our team has documented 12 civilian deaths in Torva this week.",
            [("killed", 12, "@TorvaMonitor", "ngo")],
        ),
    ],
)
def test_sources_a23(text: str, rows: list[tuple[object, ...]]) -> None:
    got = _claims(text)
    for row in rows:
        assert row in got, (row, got)


def test_army_press_office_is_military() -> None:
    text = "Kelt state radio, citing the army's press office, said the raid had killed nine gunmen."
    assert ("killed", 9, "the army's press office", "military") in _claims(text)


def test_unnamed_officer_of_a_typed_body_keeps_its_kind() -> None:
    text = "The Orra Courier, quoting an unnamed civil defence officer, reported six dead."
    got = _relayed(text)
    assert ("killed", 6, "an unnamed civil defence officer", "official", "The Orra Courier") in got


def test_guards_stay() -> None:
    # a bare unnamed official stays anonymous; an outlet's closing dash is no signer;
    # a semicolon clause with a speaker of its own keeps it
    got = _claims("An official, speaking on condition of anonymity, said 4 soldiers died.")
    assert ("killed", 4, "An official", "anonymous") in got
    got = _claims("Five people were killed in the raid on Velo, the army said. - Reuters")
    assert ("killed", 5, "the army", "military") in got
    got = _claims(
        "Radio Osk said three people died; the Osk Post, quoting a medic, reported 5 more wounded."
    )
    assert ("injured", 5, "a medic", "medical") in got
