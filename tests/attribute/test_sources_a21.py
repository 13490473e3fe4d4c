"""Twenty-first session (helper A, issue 15): who the source is, from the mechanisms of the
claims batches' first-sight misses. A contrasting clause with a speaker of its own ("X said
15 died, while Y put the toll at 16"); a second reporting verb the parse hangs on a
when-clause of what is said; a role set off by a name after "according to" ("the head of
the rescue service, Dr. X"), a teacher or a head named after the role, a blogger by the
handle; a faction's statement header; a poster's header that describes the poster after
the platform; "the group" after a body named otherwise; a partitive count ("two of them") after a sourced count; an outlet quoting
its source in a clause after a semicolon or a contrasting "while".

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Radio Tesk said seven pupils were killed, while the district education office put "
            "the toll at nine.",
            [
                ("killed", 7, "Radio Tesk", "media"),
                ("killed", 9, "the district education office", "official"),
            ],
        ),
        (
            "The Morva Courier claimed 40 villagers died, whereas a diplomat speaking on "
            "condition of anonymity put the toll at 'about twenty'.",
            [
                ("killed", 40, "The Morva Courier", "media"),
                ("killed", 20, "a diplomat speaking on condition of anonymity", "anonymous"),
            ],
        ),
        (
            "The Mayor, Dr. Lena Orsk, said four traders were killed when gunmen opened fire on "
            "a market near Tulo on Monday, and confirmed that seven others were injured.",
            [
                ("killed", 4, "Dr. Lena Orsk", "official"),
                ("injured", 7, "Dr. Lena Orsk", "official"),
            ],
        ),
        (
            "The toll has climbed to 14 dead, according to the head of the local rescue "
            "service, Dr. Ilan Maro.",
            [("killed", 14, "Dr. Ilan Maro", "official")],
        ),
        (
            "A teacher who had hidden in the basement, Mira Talen, told the agency that she "
            "counted twelve bodies.",
            [("killed", 12, "Mira Talen", "witness")],
        ),
        (
            "The local activist @omar_vess posted that three people were killed.",
            [("killed", 3, "@omar_vess", "social_media")],
        ),
        (
            "Statement by the Tarn Liberation Front military media office: Our fighters "
            "attacked an enemy post near Oso at dawn, killing at least 12 enemy soldiers. "
            "Three of our brothers were martyred.",
            [
                ("killed", 12, "the Tarn Liberation Front military media office", "partisan"),
                ("killed", 3, "the Tarn Liberation Front military media office", "partisan"),
            ],
        ),
        (
            "Communiqué of the Kessa Popular Resistance, 3 May 2026\nIn a blessed operation "
            "our fighters struck an enemy patrol near Varn, killing seven soldiers.",
            [("killed", 7, "the Kessa Popular Resistance", "partisan")],
        ),
        (
            "Posted by Lina Serra (Facebook), a nurse at the Varn field hospital: we received "
            "11 wounded this evening after the strike. Three died overnight.",
            [("injured", 11, "Lina Serra", "medical"), ("killed", 3, "Lina Serra", "medical")],
        ),
        (
            "A video posted by the Tarn Defence Force shows fighters beside bodies; the group "
            "claimed it had killed 25 soldiers near Osk.",
            [("killed", 25, "the Tarn Defence Force", "partisan")],
        ),
        (
            "Radio Osk says two workers died and around ten were hurt; the Tarn Gazette, "
            "quoting an unnamed police officer, reports four dead.",
            [
                ("killed", 2, "Radio Osk", "media"),
                ("injured", 10, "Radio Osk", "media"),
                # an "unnamed" officer keeps the role's kind (docs/claims-gold.md, fourth batch)
                ("killed", 4, "an unnamed police officer", "official"),
            ],
        ),
        (
            "The regional office said nine people had died, while Vell 24, quoting paramedics "
            "at the scene, reported that 15 were dead.",
            [
                ("killed", 9, "The regional office", "official"),
                ("killed", 15, "paramedics at the scene", "medical"),
            ],
        ),
        (
            "Police said 12 people were wounded in the blast. Two of them died later in hospital.",
            [("injured", 12, "Police", "official"), ("killed", 2, "Police", "official")],
        ),
    ],
)
def test_who_speaks(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a statement header of a state force stays the author's release
        (
            "Statement by the Northern Command\nOur forces killed 14 terrorists near Oso.",
            [("killed", 14, "author", "author")],
        ),
        # a partitive count two sentences after the sourced one stays the writer's
        (
            "Twelve people were wounded in the blast, police said. The bus driver later died. "
            "Two of the wounded are children.",
            [
                ("injured", 12, "police", "official"),
                ("killed", 1, "author", "author"),
                ("injured", 2, "author", "author"),
            ],
        ),
    ],
)
def test_left_alone(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows
