"""A sentence's words are built once per document's grade (helper G, twenty-eighth session:
the grade step's cost was ``tokens_of`` rebuilding the same sentences for every reader)."""

from __future__ import annotations

from claimledger.reconcile.grade_tokens import shared_tokens, tokens_of
from claimledger.records import ParsedSentence, ParsedToken


def _sentence() -> ParsedSentence:
    # "Medics said two fishermen died ; the navy denied it ." (a hand-made parse)
    words = [
        ("Medics", "medic", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("two", "two", "NUM", "nummod", 3),
        ("fishermen", "fisherman", "NOUN", "nsubj", 4),
        ("died", "die", "VERB", "ccomp", 8),
        (";", ";", "PUNCT", "punct", 8),
        ("the", "the", "DET", "det", 7),
        ("navy", "navy", "NOUN", "nsubj", 8),
        ("denied", "deny", "VERB", "ROOT", 8),
        ("it", "it", "PRON", "dobj", 8),
    ]
    toks = tuple(ParsedToken(w, w.lower(), lem, pos, dep, h) for w, lem, pos, dep, h in words)
    return ParsedSentence("Medics said two fishermen died; the navy denied it", toks, 0, 51)


def test_one_sentence_is_built_once_within_a_share() -> None:
    p = _sentence()
    with shared_tokens():
        first = tokens_of(p)
        with shared_tokens():  # a share already open goes on
            assert tokens_of(p) is first
        assert tokens_of(p) is first
    assert tokens_of(p) is not first  # outside, each call builds its own


def test_shared_words_read_as_built_ones() -> None:
    p = _sentence()
    alone = tokens_of(p)
    with shared_tokens():
        shared = tokens_of(p)
    assert [(t.text, t.dep_, t.head.i, [c.i for c in t.children]) for t in shared] == [
        (t.text, t.dep_, t.head.i, [c.i for c in t.children]) for t in alone
    ]
    # the clause after the semicolon is its own root; "died" hung on "denied" is cut off
    assert shared[4].dep_ == "ROOT" and shared[4].head is shared[4]
    assert [c.text for c in shared[1].children] == ["Medics"]
    assert [c.text for c in shared[4].children] == ["fishermen"]
    assert [t.text for t in shared[8].subtree] == [";", "the", "navy", "denied", "it"]
