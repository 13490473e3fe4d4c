"""A reporting verb the tagger read as a noun: "Our sources in the city report that the
strike killed 9" (the parse makes "city report" one noun phrase under "in" and hangs the
"that" clause on "sources"). The plural subject before the phrase is the source."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.sources import source_kind
from claimledger.attribute.spans import Found, sentence_of, trim
from claimledger.attribute.spans import doc_text as _doc_text

__all__ = ["cue_read_as_noun"]

# Plural present forms of reporting verbs the tagger may take for nouns.
_FORMS = frozenset({"report", "say", "confirm", "claim", "state"})
# Plural nouns of people who speak that the lexicon leaves to the ``witness`` fallback.
_PEOPLE = frozenset({"sources", "residents", "witnesses", "eyewitnesses", "locals", "activists"})


def cue_read_as_noun(doc: Doc, tok: Token) -> Found | None:
    """The statement of "<plural source> in/at <place> <verb> that <clause>", or None."""
    if tok.lower_ not in _FORMS or tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "ROOT"):
        return None
    that = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i:
        return None
    if tok.dep_ == "ROOT":  # "Activists in Harsa report that ...": the shape of a verb
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not subjects or that.head.head.i != tok.i:
            return None
        subj = subjects[0]
    else:  # "Our sources in the city report that ...": one noun phrase under "in"
        prep, subj = tok.head, tok.head.head
        if prep.lower_ not in ("in", "at", "from", "on"):
            return None
    if subj.tag_ not in ("NNS", "NNPS"):  # "Medics at the clinic": capitalised, still plural
        return None
    first = subj.left_edge.i
    # the word before the verb ("the city"): the source runs up to the verb
    name = doc[first : tok.i].text
    kind = source_kind(subj.text)
    if kind == "author" or (kind == "witness" and subj.lower_ not in _PEOPLE):
        return None  # "details in the report that ...": no one who speaks
    clause = that.head
    last = clause.right_edge
    while last.i > clause.i and last.is_punct:
        last = doc[last.i - 1]
    content = trim(_doc_text(doc), doc[that.i + 1].idx, last.idx + len(last.text))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[(first, tok.i)],
        content=content,
        cue=(tok.idx, tok.idx + len(tok.text)),
        sent_start=sentence_of(tok).start_char,
        context=name,
    )
