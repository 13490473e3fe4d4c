"""The one demonym table and the views the stages derive from it."""

from __future__ import annotations

from claimledger.resources.demonyms import country_demonyms, demonym_words, state_words


def test_demonyms_gazetteer_view_has_plurals_of_an_and_i_words() -> None:
    table = country_demonyms()
    assert table["IQ"] == ["Iraqi", "Iraqis"]
    assert table["US"] == ["American", "Americans"]
    assert table["NP"] == ["Nepali", "Nepalis", "Nepalese"]  # -ese takes no -s


def test_demonyms_actor_view_maps_words_and_country_names_to_the_country() -> None:
    words = state_words()
    assert words["Afghan"] == words["Afghanistan"] == "Afghanistan"
    assert words["Norwegian"] == "Norway"
    assert words["Dutch"] == "the Netherlands"


def test_demonyms_event_cue_view_lists_every_demonym_once() -> None:
    words = demonym_words()
    assert "Iraqi" in words and "Syrian" in words
    assert len(words) == len(set(words))
