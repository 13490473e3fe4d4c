"""Tests of segment.py: paragraphs, their kinds and loaded terms."""

from __future__ import annotations

from claimledger.records import Segment
from claimledger.segment.loaded_terms import load_lexicon, parse_lexicon
from claimledger.segment.quotes import quote_mask
from claimledger.segment.segments import segment_document

FORUM_POST = (
    'So the "peacekeepers" strike again: 12 villagers dead in Kavra\n'
    "\n"
    "Apr 3, 2019\n"
    "Two days after the convoy was shelled, another village burned. "
    "Who still believes a word these incompetent generals say?\n"
    "\n"
    '"KAVRA — A provincial official said an air raid hit the village market on Tuesday.\n'
    "\n"
    'The official said twelve people were killed and many more hurt, the agency said."\n'
    "\n"
    "Officials deny any role in the raid\n"
    "Not a single patrol came to help. What a joke!!!\n"
    "\n"
    "Liars and butchers, all of them.\n"
)


def _kind_at(segs: list[Segment], text: str, needle: str) -> str:
    pos = text.index(needle)
    found = [s for s in segs if s.start <= pos < s.end]
    assert len(found) == 1, needle
    return found[0].kind


def _check_spans(segs: list[Segment], text: str) -> None:
    """Segments are in order, do not overlap, are trimmed and cover every non-blank character."""
    last = 0
    for s in segs:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        assert text[last : s.start].strip() == ""
        last = s.end
    assert text[last:].strip() == ""


def test_segment_forum_post_kinds(nlp) -> None:  # type: ignore[no-untyped-def]
    segs = segment_document(nlp(FORUM_POST), "p1")
    _check_spans(segs, FORUM_POST)
    assert _kind_at(segs, FORUM_POST, "peacekeepers") == "headline"
    assert _kind_at(segs, FORUM_POST, "Apr 3, 2019") == "headline"
    assert _kind_at(segs, FORUM_POST, "Two days after") == "reporting"
    assert _kind_at(segs, FORUM_POST, "Who still believes") == "opinion"
    assert _kind_at(segs, FORUM_POST, "KAVRA") == "quote"
    # The relayed report continues in the next paragraph until its closing mark.
    assert _kind_at(segs, FORUM_POST, "twelve people") == "quote"
    assert _kind_at(segs, FORUM_POST, "Officials deny") == "headline"
    assert _kind_at(segs, FORUM_POST, "What a joke") == "opinion"
    assert _kind_at(segs, FORUM_POST, "Liars and butchers") == "opinion"


def test_segment_forum_post_loaded_terms_as_written(nlp) -> None:  # type: ignore[no-untyped-def]
    segs = segment_document(nlp(FORUM_POST), "p1")
    terms = {t for s in segs for t in s.loaded_terms}
    assert {"incompetent", "Liars", "butchers"} <= terms
    closing = [s for s in segs if FORUM_POST[s.start : s.end].startswith("Liars")][0]
    assert closing.loaded_terms == ("Liars", "butchers")
    quoted = [s for s in segs if s.kind == "quote"]
    assert all(s.loaded_terms == () for s in quoted)


def test_segment_neutral_news_with_title(nlp) -> None:  # type: ignore[no-untyped-def]
    title = "Flooding cuts road to northern district"
    text = (
        title + "\n\n"
        "Heavy rain cut the main road to the northern district on Monday, officials said.\n\n"
        "Engineers expect to reopen one lane by the end of the week. The district council "
        "has opened two schools as shelters for families from low-lying streets."
    )
    segs = segment_document(nlp(text), "n1", title_end=len(title) + 2)
    _check_spans(segs, text)
    assert segs[0] == Segment(0, len(title), "headline", (), 1.0)
    assert [s.kind for s in segs[1:]] == ["reporting", "reporting"]
    assert all(s.loaded_terms == () for s in segs)


def test_segment_quoted_insult_is_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The interior minister called the bombing "a cowardly act" and promised an inquiry '
        "into the security lapses at the bus station."
    )
    segs = segment_document(nlp(text), "q1")
    assert [s.kind for s in segs] == ["reporting"]
    assert segs[0].loaded_terms == ("cowardly",)


def test_segment_lost_opening_quote_and_speech_tail(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A farmer described the night of the raid.\n\n"
        "I think they came for the well, not for us. We ran to the hills,\u201d he said.\n\n"
        "The army has not commented on the raid, which happened near the border."
    )
    segs = segment_document(nlp(text), "q2")
    assert _kind_at(segs, text, "I think") == "quote"
    assert _kind_at(segs, text, "The army has not") == "reporting"


def test_segment_indirect_speech_ending_in_he_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The commander spoke to reporters at the base.\n\n"
        "Three of his men were missing after the ambush and the search would go on, he said."
    )
    segs = segment_document(nlp(text), "q3")
    assert [s.kind for s in segs] == ["reporting", "quote"]


def test_segment_relayed_dateline_after_comment_is_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Look at this, posted by a friend.\n\n"
        "MOSUL \u2014 Gunfire was heard across the old city on Sunday as troops moved in.\n"
    )
    segs = segment_document(nlp(text), "q4")
    assert _kind_at(segs, text, "MOSUL") == "quote"


def test_segment_dateline_at_the_start_of_a_news_story_is_reporting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "MOSUL \u2014 Gunfire was heard across the old city on Sunday as troops moved in.\n"
    segs = segment_document(nlp(text), "q5")
    assert [s.kind for s in segs] == ["reporting"]


def test_segment_opinion_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "How many more funerals before somebody in the capital wakes up????": "opinion",
        "I can tell you the so-called investigation will find nothing.": "opinion",
        'Another convoy, another set of "mistakes". Funny how that keeps happening.': "opinion",
        "The convoy left the depot at dawn and reached the camp before noon.": "reporting",
    }
    for line, kind in cases.items():
        segs = segment_document(nlp("Intro line of the thread follows here.\n\n" + line), "o1")
        assert segs[-1].kind == kind, line


def test_segment_scare_quotes_are_loaded_terms_in_opinion(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Report of the day:\n\nSo many "accidents" this month, and nobody is ever to blame?!'
    segs = segment_document(nlp(text), "o2")
    assert segs[-1].kind == "opinion"
    assert '"accidents"' in segs[-1].loaded_terms


def test_segment_mixed_paragraph_is_split_at_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ferry sank off the cape on Sunday with forty passengers aboard. "
        "Coast guard boats pulled nine survivors from the water. "
        "And the useless ministry still has no plan?"
    )
    segs = segment_document(nlp(text), "m1")
    assert [s.kind for s in segs] == ["reporting", "opinion"]
    assert text[segs[1].start : segs[1].end] == "And the useless ministry still has no plan?"
    assert segs[1].loaded_terms == ("useless",)


def test_segment_hard_wrapped_text_is_rejoined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The delegation reached the northern crossing late in the afternoon and\n"
        "found the gate closed, according to two drivers who had waited there\n"
        "since the morning with trucks full of flour and medicine for the camps\n"
        "in the valley beyond the ridge where the fighting had stopped at last.\n"
        "\n"
        "A second convoy is expected to try again before the end of the month,\n"
        "aid workers said, if the guards at the crossing receive written orders.\n"
    )
    segs = segment_document(nlp(text), "w1")
    assert len(segs) == 2
    assert [s.kind for s in segs] == ["reporting", "reporting"]


def test_segment_empty_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert segment_document(nlp("   \n\n "), "e1") == []


def test_segment_quote_mask_handles_unmatched_marks() -> None:
    text = "we held the line,\u201d he said. \u201cThen the shells came"
    mask, still_open = quote_mask(text, 0, len(text))
    assert all(mask[: text.index("\u201d") + 1])
    assert not any(mask[text.index(" he said") : text.index("\u201c")])
    assert still_open and mask[-1]


def test_segment_lexicon_sections_and_phrases() -> None:
    lex = load_lexicon()
    assert len(lex.words) + len(lex.phrases) >= 250
    assert lex.words["terrorist"] == "label"
    assert lex.words["coward"] == "insult"
    assert lex.words["impotent"] == "evaluative"
    small = parse_lexicon("# test\n[insult]\nwar criminal\n[label]\nregime\n")
    assert small.words == {"regime": "label"}
    assert small.phrase_rx is not None
    m = small.phrase_rx.search("they are war-criminals, all")
    assert m is not None and m.group(0) == "war-criminals"
