"""The anchor index of the event cue groups: it may only skip groups that cannot match."""

from __future__ import annotations

import json
import re

import pytest

from claimledger.extract.events.anchors import (
    build_index,
    cue_pieces,
    cue_prefixes,
    iter_matches,
    start_scan,
)
from claimledger.extract.events.lexicon import _alternative, lexicon
from claimledger.extract.events.reading import Reading, _hits
from claimledger.resources import data_text

_TEXTS = [
    "Gunmen stormed the Velmora market on Tuesday and shot dead three traders, police said.",
    "A drone strike hit a compound near Karsk; no one was hurt, the ministry added.",
    "Hundreds of teachers went on strike and rallied outside the Orvan town hall.",
    "Police fired tear gas to disperse protesters who threw stones at officers.",
    "The bombshell report shot the mayor to fame, a film shoot nearby said.",
    "SUICIDE BOMBER BLEW HIMSELF UP AT A CHECKPOINT IN DANVERO, KILLING 4 SOLDIERS.",
    "Mortar shells and 120mm rounds fell on the village; clashes lasted until dawn.",
    "",
]


def test_prefixes_of_cues() -> None:
    found = cue_prefixes(_alternative("blew (?:himself|herself) up"))
    assert found == {"blew himself u", "blew herself u"}  # read up to MAX_PREFIX characters
    found = cue_prefixes(_alternative("air ?strikes?"))
    assert found == {"airstrikes", "air strike", "air strikes", "airstrike"}
    assert cue_prefixes(_alternative("IEDs?")) == {"ieds", "ied"}
    assert cue_prefixes(_alternative("no")) is None  # too short to rule anything out
    assert cue_prefixes(_alternative(r"\w+ forces")) is None  # an open first word
    assert cue_prefixes(_alternative("(?:hand[- ]?)?grenades?")) is not None


def test_pieces_of_cues_without_prefixes() -> None:
    assert cue_pieces(_alternative(r"(?:hunger|\d+-day) strikes?")) == {" strike"}
    assert cue_pieces(_alternative(r"\w+ \w+")) is None


def test_index_skips_only_groups_that_cannot_match() -> None:
    lex = lexicon()
    groups = json.loads(data_text("event_types.json"))["cues"]
    for text in _TEXTS + [t.upper() for t in _TEXTS] + [t.lower() for t in _TEXTS]:
        present = lex.anchors.present(text)
        for group in groups:
            found = _hits(lex, group, text, text.lower())
            if found and group in lex.anchors.anchored:
                assert present is None or group in present, (group, text)


@pytest.mark.parametrize("odd", ["\u212a", "\u017f", "\u0130", "\u0131"])
def test_characters_folding_into_ascii_turn_the_index_off(odd: str) -> None:
    # The Kelvin sign matches "k" when case is ignored: "\u212aILLED" is "killed".
    text = f"Three farmers were {odd}illed"
    lex = lexicon()
    assert lex.anchors.present(text) is None
    assert Reading(text).get("kill") == _hits(lex, "kill", text, text.lower())


def test_reading_hits_as_full_scans() -> None:
    lex = lexicon()
    groups = json.loads(data_text("event_types.json"))["cues"]
    for text in _TEXTS:
        reading = Reading(text)
        for group in groups:
            full = _hits(lex, group, text, text.lower())
            assert [h.start for h in reading.get(group)] == [
                h.start for h in full if group == "figurative" or not _figurative_hit(text, h)
            ]


def _figurative_hit(text: str, hit: object) -> bool:
    from claimledger.extract.events.reading import figurative

    return figurative(lexicon(), text, hit.start, hit.end)  # type: ignore[attr-defined]


def test_iter_matches_is_finditer() -> None:
    cues = ["shot(?: dead)?", "shoot(?:ing|ings)?", "attack(?:ed|s)?", "(?-i:IED)s?"]
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(_alternative(c) for c in cues) + r")(?![\w-])", re.IGNORECASE
    )
    starts = start_scan([_alternative(c) for c in cues])
    assert starts is not None
    for text in [*_TEXTS, "shot-dead attackers; IEDs and ieds; re-attacked, SHOOTINGS"]:
        assert [m.span() for m in iter_matches(pattern, starts, text)] == [
            m.span() for m in pattern.finditer(text)
        ]
    assert start_scan([_alternative(r"\d+ shots")]) is None


def test_groups_of_an_index() -> None:
    index = build_index({"a": ["(?:set|sets) fire"], "b": ["settle"], "c": ["no"], "d": [r"\w+"]})
    assert index.anchored == frozenset({"a", "b", "c"})  # "no" by its piece, "d" never
    assert index.present("They set fire to it") == frozenset({"a"})
    assert index.present("They settled, not") == frozenset({"b", "c"})
    assert index.may_match("d", "anything")
    assert not index.may_match("a", "They sat")


def test_pieces_of_whole_regexes() -> None:
    from claimledger.extract.events.anchors import search_pieces

    rx = re.compile(r"\bHezbollah\b|\bHizbollah\b", re.IGNORECASE)
    assert search_pieces(rx) == ("hezbollah", "hizbollah")
    rx = re.compile(r"(?<![\w-])(?:house|car)s?\s+(?:was|were)\s+hit", re.IGNORECASE)
    assert search_pieces(rx) in (("car", "house"), ("hit",))
    assert search_pieces(re.compile(r"\w+\s+\d+")) is None


def test_long_prefixes_tell_figurative_phrases_apart() -> None:
    # "shot in the chest" holds no prefix of a figurative phrase ("shot in the dark"):
    # its hits are not checked against them at all.
    index = lexicon().anchors
    assert not index.may_match("figurative", "He was shot in the chest near Velmora.")
    assert index.may_match("figurative", "It was a shot in the dark.")


def test_guarded_search_is_search() -> None:
    from claimledger.extract.events.anchors import guarded, plain_lower

    rx = re.compile(r"(?<![\w-])(?:clash(?:ed|es)?|gun ?fights?|stormed)(?![\w-])", re.IGNORECASE)
    texts = [*_TEXTS, "Gunmen STORMED a post", "a gunfight", "gun fights", "no fighting", "\u212a"]
    for text in texts:
        found = guarded(rx).search(text, plain_lower(text))
        expected = rx.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert plain_lower("Stormed") == "stormed"
    assert plain_lower("\u017ftormed") is None  # the long s matches "s" when case is ignored
