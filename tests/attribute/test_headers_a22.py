"""Twenty-second session (helper A, issue 15): whose words follow a line's header, from the
first-sight misses of the claims batches. A poster's line that names its own source ("RT @X:
Residents of the Y quarter report ...", "@X: BREAKING - Local media reporting ...") gives the
figures to that source, the poster its relay; "From a listener in X, sent to our page:" and
"From a statement by the X Centre:" give the line to whom it comes from; "while Y, quoting Z,
reported a toll of more than 15" keeps Z's figure (the learned keep scorer does not judge a
quoted source nor drop a toll).

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
            "RT @OrvikWatch: Residents of the Old Port district report at least 5 dead after "
            "the night's shelling.",
            [("killed", 5, "Residents of the Old Port district", "witness", "@OrvikWatch")],
        ),
        (
            "@DarraLive: BREAKING — Local media reporting at least 6 killed in a blast at the "
            "market.",
            [("killed", 6, "Local media", "media", "@DarraLive")],
        ),
        (
            "Telmo Herald on X: URGENT - Hospital director Dr. Sami Rahal says 8 bodies have "
            "been brought in.",
            [("killed", 8, "Hospital director Dr. Sami Rahal", "medical", "Telmo Herald")],
        ),
    ],
)
def test_a_source_named_inside_a_posters_line(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _relayed(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "From a listener in Dorsk, sent to our page: 'Three people on our street were "
            "killed when the bus was hit.'",
            [("killed", 3, "a listener in Dorsk", "witness")],
        ),
        (
            "From a statement by the Dorsk Rights Centre: our field team documented the deaths "
            "of five civilians in the raid.",
            [("killed", 5, "the Dorsk Rights Centre", "ngo")],
        ),
        (
            "The district office said eleven people had died, while Radio Pell, quoting "
            "rescuers at the scene, reported a toll of more than 20.",
            [
                ("killed", 11, "The district office", "official"),
                ("killed", 20, "rescuers at the scene", "official"),
            ],
        ),
    ],
)
def test_whom_a_line_comes_from(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


def test_a_header_of_other_words_relays_nothing() -> None:
    # "Thread by X (1/3):" is no account's plain name: no relay is read from it
    assert _relayed("Thread by @KelmVoice (1/3): Residents say 4 people were killed.") == [
        ("killed", 4, "Residents", "witness", None)
    ]
