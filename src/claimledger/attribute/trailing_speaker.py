"""The speaker closing a long sentence: "..., the Group's spokesman, Colonel X, said."

A release's long sentence often ends with its speaker set off by commas before a reporting
verb that closes the sentence. The parse of such a sentence may hang the speaker on the
clause before it ("two tanks and a mortar, the Group's spokesman, ...": a conjunct of the
lost equipment) or on a count ("three surrendered, the spokesman, ...": an apposition), so
the verb's subject is a wrong phrase or none. Read by the sentence's shape, not by words:
the last reporting verb of the sentence, followed only by a short adjunct ("in a video
statement"), preceded by one or two comma-set noun phrases (a role and the name in
apposition to it) that hold no verb, number or conjunction. What comes before them (after
a semicolon, if any: "A; B, X said" is B) is what the speaker says.

``repair`` keeps the parse's reading when its speaker lies inside those phrases and gives
this one otherwise.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.spans import Found, doc_text, sentence_of, trim

_NP_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "ADP", "PUNCT", "PRON"})
_MAX_AFTER = 6  # tokens after the verb: "said in a video statement on Monday"


def _adjunct(verb: Token, tok: Token) -> bool:
    """What may follow a closing speaker's verb: a phrase of where, when or how ("said in a
    video statement", "said on Monday"), or whom it was told ("told reporters")."""
    if tok.dep_ in ("dobj", "dative"):
        return verb.lemma_.lower() == "tell"
    return tok.dep_ in ("prep", "advmod", "npadvmod", "punct", "agent")


def _chunks_before(doc: Doc, sent: Span, verb: Token) -> list[tuple[int, int]]:
    """Token ranges of the comma-set phrases right before ``verb``, nearest first."""
    out: list[tuple[int, int]] = []
    end = verb.i
    if end > sent.start and doc[end - 1].text == ",":
        end -= 1
    while end > sent.start and len(out) < 3:
        start = end
        while start > sent.start and doc[start - 1].text not in (",", ";"):
            start -= 1
        if start == sent.start or doc[start - 1].text != ",":
            break  # the speaker is set off from the clause before it
        out.append((start, end))
        end = start - 1
    return out


def _noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """A phrase of nouns and names only: no verb, number or conjunction; 1-8 tokens."""
    toks = doc[start:end]
    return (
        0 < len(toks) <= 8
        and all(t.pos_ in _NP_POS and not t.like_num for t in toks)
        and any(t.pos_ in ("NOUN", "PROPN") for t in toks)
        and (toks[0].pos_ in ("DET", "PROPN", "NOUN", "ADJ") or toks[0].dep_ == "poss")
    )


def _name(doc: Doc, start: int, end: int) -> bool:
    """A person's name, titles included ("Lieutenant Colonel Arvid Tesk")."""
    toks = doc[start:end]
    return all(t.pos_ == "PROPN" or t.is_punct for t in toks) and any(t.is_title for t in toks)


def trailing_speaker(doc: Doc, verb: Token) -> Found | None:
    """The statement of a sentence whose speaker closes it (module doc), or None."""
    sent = sentence_of(verb)
    after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
    if len(after) > _MAX_AFTER or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in after):
        return None
    if any(t.is_quote for t in sent) or not all(_adjunct(verb, c) for c in verb.rights):
        return None  # direct speech is read elsewhere; "Mexico said enough": an object
    if any(c.dep_ == "advcl" and any(m.pos_ == "SCONJ" for m in c.children) for c in verb.lefts):
        return None  # "But when X cut the funds, Y said enough": a circumstance, not what is said
    raw = _chunks_before(doc, sent, verb)
    # "..., a nurse at the hospital, who asked not to be named, told the Post": the relative
    # clause is said of the speaker (its anonymity too) and goes with the phrase before it
    relative = raw[0] if raw and doc[raw[0][0]].tag_ in ("WP", "WDT") else None
    near = verb.i if relative is None else relative[0] - 1
    chunks = [c for c in (raw[1:] if relative else raw[:2]) if _noun_phrase(doc, *c)]
    if not chunks or chunks[0][1] not in (near, near - 1):
        return None
    chunks = _apposed(doc, chunks)
    first = chunks[-1][0]
    text = doc_text(doc)
    left = max((t.idx for t in doc[sent.start : first] if t.text == ";"), default=None)
    start = sent.start_char if left is None else left + 1
    content = trim(text, start, doc[first - 1].idx)
    if content[1] - content[0] < 12:
        return None
    # the whole phrase, as the parse gives a subject with its apposition: the naming reads
    # the name and the kind from it (``resolve``)
    end = chunks[0][1] if relative is None else relative[1]
    return Found(
        sources=[(first, end)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sent.start_char,
        context=doc[first:end].text,
    )


def _apposed(doc: Doc, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two phrases only when they are a role and the name in apposition to it."""
    if len(chunks) < 2 or not chunks[1][0] < chunks[0][0]:
        return chunks[:1]
    near, far = chunks[0], chunks[1]
    if _name(doc, *near) and not _name(doc, *far):
        return [near, far]
    return chunks[:1]


def repair(doc: Doc, verb: Token, found: Found | None) -> Found | None:
    """``found`` (the parse's reading of ``verb``) unless none of its speakers is the
    sentence's closing speaker, the parse added a counted phrase of the clause to it, or it
    read only part of the closing role and name; then the closing speaker's statement."""
    closing = trailing_speaker(doc, verb)
    if closing is None:
        return found
    lo, hi = closing.sources[0]
    if found is None or not any(s < hi and lo < e for s, e in found.sources):
        return closing
    # a counted phrase of the clause read as a further speaker ("the enemy lost ... two
    # tanks and a mortar, the Group's spokesman, X, said": the tanks say nothing)
    if any(not lo <= s < hi and any(t.like_num for t in doc[s:e]) for s, e in found.sources):
        return closing
    # the role alone of "his employer, Rudova TV,": the whole phrase names the speaker
    inside = all(lo <= s and e <= hi + 1 for s, e in found.sources)
    shorter = sum(e - s for s, e in found.sources) < hi - lo
    return closing if "," in closing.context and inside and shorter else found
