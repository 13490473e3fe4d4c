"""Counts as military and police releases write them (tenth session, from the fourth
batch of releases). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger import analyze


def _best(text: str) -> dict[str, int | None]:
    doc = analyze(text, published="2024-05-12")
    out: dict[str, int | None] = {}
    for inc in doc.incidents:
        for k, v in inc.estimates.items():
            out[k] = (out.get(k) or 0) + (v.best or 0)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lives given: "laid down", "gave", "lost" (a side's fighters lost in a fight)
        ("Two soldiers laid down their lives at the Osk post.", {"killed": 2}),
        ("Three policemen gave their lives defending the Brill station.", {"killed": 3}),
        (
            "Two officers lost their lives and the attackers lost three of their fighters.",
            {"killed": 5},
        ),
        ("The rebels lost 30 fighters in the assault on Fenn.", {"killed": 30}),
        ("We have lost 7 close members of the Fenn school community.", {}),
        ("On Feb. 6, Tam Orrin, Jr., 2, was shot at a home in Osk.", {"injured": 1}),
        ("The trader lost his life savings in the fire.", {}),
        ("The firm lost 30 employees after the closure.", {}),
        ("Sadly, an officer and three soldiers paid the supreme price.", {"killed": 4}),
        ("Two infiltrating terrorists were eliminated near Osk.", {"killed": 2}),
        ("The firm made the ultimate sacrifice of its profits.", {}),
        # two counts of one subject add up; parts after "including" do not
        ("Four soldiers and two volunteers were killed near Osk.", {"killed": 6}),
        ("Four soldiers and two volunteers lost their lives near Osk.", {"killed": 6}),
        ("An officer and two soldiers laid down their lives in Brill.", {"killed": 3}),
        ("Ten people died in Osk, including four soldiers and two volunteers.", {"killed": 10}),
        ("Three people were killed and two were injured in Tarrow.", {"killed": 3, "injured": 2}),
        # "fatally wounded" is a death
        ("In the gunfight one of the robbers was fatally wounded.", {"killed": 1}),
        # arrests: the arrest of one person, companions, a modifier before the noun
        ("A search of Brill led to the arrest of a supplier of the rebels.", {"arrested": 1}),
        ("Detectives arrested a suspected informant of the gang.", {"arrested": 1}),
        ("Police arrested the driver along with two accomplices.", {"arrested": 3}),
        ("During the raid, 12 wanted suspects were apprehended.", {"arrested": 12}),
        ("Gunmen killed a farmer along with two cows.", {"killed": 1}),
        # a named soldier after appositions; his rank gives his side, which adds up
        (
            "Four gunmen were killed, while Sepoy Arshad Ali, age 24, resident of Osk, "
            "embraced shahadat.",
            {"killed": 5},
        ),
        (
            "Five rebels were neutralised. Our comrade, Sergeant Olen Varr, was martyred.",
            {"killed": 6},
        ),
        (
            "Units neutralised around forty terrorists near Brill. Unfortunately, four "
            "soldiers and two volunteers of the home guard lost their lives.",
            {"killed": 46},
        ),
        # eleventh session (sixth batch): an infinitive reported as done; "fell" in battle
        ("Our forces' reaction made it possible to neutralise 8 assailants.", {"killed": 8}),
        ("The patrol managed to kill three of the attackers near Osk.", {"killed": 3}),
        ("The army vowed to eliminate 20 terrorists in Brill.", {}),
        ("Six soldiers and four volunteers fell with weapons in hand.", {"killed": 10}),
        ("Two gendarmes fell in combat near Fenn.", {"killed": 2}),
        ("Grain prices fell in March and two traders left Osk.", {}),
        (
            "A suspect was killed in Osk. His companion was arrested at the scene.",
            {"killed": 1, "arrested": 1},
        ),
        ("Resultantly, three terrorists were sent to hell near Osk.", {"killed": 3}),
        ("Troops sent four terrorists to hell in Brill.", {"killed": 4}),
        ("The mayor sent two letters to the ministry in Osk.", {}),
        ("In the meantime, 14 people were rounded up in Osk for questioning.", {"arrested": 14}),
        (
            "Soldiers repelled the aggression, killing four aggressors and securing two persons "
            "and a vehicle.",
            {"killed": 4, "arrested": 2},
        ),
        ("Police secured the area near the Osk market on Friday.", {}),
        # an ordinal alone as the subject; names in apposition before the casualty verb
        (
            "Three robbers were fatally shot in Osk, while the fourth was arrested.",
            {"killed": 3, "arrested": 1},
        ),
        ("Two robbers were killed in Osk and the third escaped.", {"killed": 2}),
        (
            "Three gunmen were killed, while two soldiers, Naik Oren Gul and Sepoy Tal Varr, "
            "having fought gallantly, embraced shahadat.",
            {"killed": 5},
        ),
        # eighth batch: nouns of killing before a count, sides that lose men, a bomber's own
        # death, people named by an alias, convicts and runners
        (
            "The response of our troops resulted in the neutralisation of about fifteen "
            "terrorists near Osk.",
            {"killed": 15},
        ),
        ("The rebels lost 15 men near Osk and 6 weapons were recovered.", {"killed": 15}),
        ("The firm lost 30 men to a rival in Osk.", {}),
        ("The enemy lost 22 fighters near Osk. We lost 2 men.", {"killed": 24}),
        (
            "Our forces killed 6 mercenaries near Osk. Two of our fighters were martyred.",
            {"killed": 8},
        ),
        # a bomber's own death is not counted with the toll of his attack
        (
            "A suicide bomber blew himself up at the Osk checkpoint, killing four soldiers.",
            {"killed": 4},
        ),
        ("On Tuesday the Navy captured alias 'Cuchillo', a financier, in Osk.", {"arrested": 1}),
        ("Officers detained a fugitive convict and a gun runner in Brill.", {"arrested": 2}),
        ("The man used an alias to rent a flat in Osk.", {}),
        # the speaker's own losses, named by no side noun, add to the enemies it counts
        (
            "Units neutralised 8 assailants near Osk. On our side, the toll is 2 dead and 5 "
            "wounded.",
            {"killed": 10, "injured": 5},
        ),
        ("Units killed 8 assailants near Osk. Another 2 dead were found in Brill.", {"killed": 8}),
    ],
)
def test_release_counts(nlp: Any, text: str, expected: dict[str, int]) -> None:
    assert _best(text) == expected
