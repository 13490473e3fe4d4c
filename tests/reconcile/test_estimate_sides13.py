"""Both sides' dead in one release add up, when a side is told by its group rather than by a
side noun on the count (thirteenth session): "killed 11 of them" after "ambushed
insurgents", "The rebels lost 15 men", "six dead among its ranks", "Two gang members",
"47 takfiri elements", herders killed by raiders. Texts written for these tests (invented
places and units)."""

from __future__ import annotations

import pytest

from tests.reconcile.builders import per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        (
            "Troops on Sunday ambushed insurgents on the Velm road and killed 11 of them. "
            "Sadly, an officer and three soldiers paid the supreme price.",
            15,
        ),
        (
            "On 12 May, units engaged rebels near Tarn. The rebels lost 15 men and 6 weapons "
            "were recovered. Unfortunately, 2 of our soldiers died during the clashes.",
            17,
        ),
        (
            "On 12 May, units repelled an attack on the Orsk camp. Twenty terrorists were "
            "neutralised; the army deplores six dead among its ranks.",
            26,
        ),
        (
            "On Sunday, police raided a hideout of the Black Hand gang in Velm. Two gang members "
            "were killed and three others were arrested. A police officer lost his life.",
            3,
        ),
        (
            "Forces carried out operations near Velm on Sunday. The operations resulted in the "
            "death of 47 takfiri elements. Two officers were killed in the clashes.",
            49,
        ),
        (
            "On Saturday night, raiders attacked a village near Velm and killed two herders. "
            "Officers pursued the raiders and shot dead one of them.",
            3,
        ),
    ],
)
def test_a_side_told_by_its_group_adds_to_the_other(body: str, killed: int) -> None:
    assert per_incident(HEADER + body)[0]["killed"] == killed


def test_a_count_after_its_attackers_is_not_their_side() -> None:
    # "gunmen killed five people": the five are not gunmen, and no other side is counted
    text = HEADER + "On Sunday, gunmen killed five people in Velm. Police arrested two suspects."
    assert per_incident(text)[0]["killed"] == 5
