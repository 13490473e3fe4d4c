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
    """The statement of "<plural source> in/at <place> <verb> that <clause>", or of
    "<plural source> in <place> <verb> <count>" ("Medics in Kolm report 12 wounded": the
    noun the tagger made of the verb still heads the sentence, with a subject), or None."""
    if tok.lower_ not in _FORMS or tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "ROOT"):
        return None
    that = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if that is None:
        return None
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i:
        counted = _counted_after(tok)
        return _statement(doc, tok, _subject(tok), counted, True) if counted else None
    if tok.dep_ == "ROOT":  # "Activists in Harsa report that ...": the shape of a verb
        if that.head.head.i != tok.i:
            return None
        subj = _subject(tok)
    else:  # "Our sources in the city report that ...": one noun phrase under "in"
        prep, subj = tok.head, tok.head.head
        if prep.lower_ not in ("in", "at", "from", "on"):
            return None
    clause = that.head
    return _statement(doc, tok, subj, (doc[that.i + 1], clause.right_edge))


def _subject(tok: Token) -> Token | None:
    """The nominal subject the parse gave a noun heading its sentence, before it."""
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)


def _counted_after(tok: Token) -> tuple[Token, Token] | None:
    """(first, last) tokens of a count said right after a sentence-heading noun ("report 12
    wounded", "report up to nine dead"): its first child after it holds a number."""
    if tok.dep_ != "ROOT":
        return None
    after = [c for c in tok.rights if not c.is_punct]
    if not after or after[0].left_edge.i != tok.i + 1:
        return None
    if not any(t.like_num or t.lower_ == "dozen" for t in after[0].subtree):
        return None
    return tok.doc[tok.i + 1], tok.right_edge


def _statement(
    doc: Doc, tok: Token, subj: Token | None, said: tuple[Token, Token], counted: bool = False
) -> Found | None:
    """The statement of a plural source ``subj`` saying the tokens ``said`` (first, last); a
    count said (``counted``) may be any people's ("Farmers in Kesh report two killed")."""
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):  # "Medics at the clinic": plural
        return None
    first = subj.left_edge.i
    # the word before the verb ("the city"): the source runs up to the verb
    name = doc[first : tok.i].text
    kind = source_kind(subj.text)
    if kind == "author" or (kind == "witness" and subj.lower_ not in _PEOPLE and not counted):
        return None  # "details in the report that ...": no one who speaks
    start, last = said
    while last.i > start.i and last.is_punct:
        last = doc[last.i - 1]
    content = trim(_doc_text(doc), start.idx, last.idx + len(last.text))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[(first, tok.i)],
        content=content,
        cue=(tok.idx, tok.idx + len(tok.text)),
        sent_start=sentence_of(tok).start_char,
        context=name,
    )
