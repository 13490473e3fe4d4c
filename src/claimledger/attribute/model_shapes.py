"""Candidate statements of the learned attribution model whose cue is not a verb.

Input: a parsed ``Doc`` and the token indices already taken by the rules' cues.
Output: ``(cue token, statement, kind)`` triples that ``attribute/model.py`` scores with
its ``add`` scorer like the verbs' statements (the kind is the ``rule=`` feature).

PolNeAR annotates beliefs and positions whose cue is not a verb; on PolNeAR train
these shapes had no candidate at all:

* ``copula``: "X is wary of Y", "X are optimistic that ...", "X is a supporter of Y":
  an adjective (``acomp``) or a noun (``attr``) of "be" with a complement; the cue
  token is the adjective or the noun, the source the subject of "be", the content the
  complement.
* ``noun``: "her long support for Y", "Republican calls for Y", "opposition from X to Y",
  "his decision not to run": a noun of :data:`STANCE_NOUNS` with an owner (possessive,
  a name compounded with it, "from" / "by" X) and a complement (a preposition's
  object, a clause).
* ``colon``: "Roger Stone: Don't trust the machines", "- Jane Roe: “...”": a name alone
  at a line's start (or after a dash) followed by a colon and the statement.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from spacy import symbols
from spacy.attrs import DEP, LEMMA, ORTH, POS
from spacy.tokens import Doc, Token

from claimledger.attribute.cues import noun_holder
from claimledger.attribute.spans import Found, doc_text, np_range, sentence_of, trim

# Nouns of positions and statements (lemmas), from the shapes PolNeAR train annotates
# as cues and the rules leave out.
STANCE_NOUNS = frozenset(
    """support attack decision call criticism plan claim endorsement opposition comment
    question demand position stance message embrace strategy statement concern argument
    goal order advice refusal remark promise complaint focus enthusiasm backing hope
    announcement assessment appeal push assurance pledge response fear reluctance desire
    warning proposal defense defence rejection recognition priority willingness conclusion
    contention suggestion anxiety estimate reply faith acknowledgement acknowledgment
    declaration intent intention request preference commitment interpretation allegation
    reaction praise insistence vow denial admission prediction belief opinion objection
    accusation threat approval disapproval condemnation answer assertion charge skepticism
    doubt confidence wish view criticism critique attempt effort interest passion
    disappointment dislike favor favour mention sentiment assail slam""".split()  # noqa: SIM905
)
# A stance noun's prepositions that carry its content ("from"/"by" name its owner:
# cues.noun_holder).
_CONTENT_PREPS = frozenset("for of on about to against with over toward towards in".split())  # noqa: SIM905
# Possessors that name no holder of a stance ("its support", "whose call").
_NOT_HOLDERS = frozenset({"its", "whose"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_RELATIVE = frozenset({"who", "that", "which"})
# Whether a relative pronoun subject is the source (the noun it stands for names it).
RELATIVE_SOURCE = True
_DASHES = frozenset({"-", "—", "–", "--"})
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_COPULA_DEPS = ("acomp", "attr")


def shape_candidates(doc: Doc, taken: set[int]) -> Iterator[tuple[Token, Found, str]]:
    """Every copula, stance-noun and colon statement whose cue token is not ``taken``."""
    for i in _shape_cues(doc):
        if i in taken:
            continue
        tok = doc[i]
        found: Found | None = None
        kind = ""
        if tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in _COPULA_DEPS:
            found, kind = copula_statement(doc, tok), "copula"
        if found is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in STANCE_NOUNS:
            found, kind = noun_statement(doc, tok), "noun"
        if found is None and tok.text == ":":
            found, kind = colon_statement(doc, tok), "colon"
        if found is not None:
            yield tok, found, kind


def _shape_cues(doc: Doc) -> list[int]:
    """The tokens that may cue a shape (an adjective or noun of "be", a stance noun, a
    colon), read from the parse's arrays: building every token to test it cost more
    than the shapes themselves."""
    if not len(doc):
        return []
    pos, dep, lemma, orth = doc.to_array([POS, DEP, LEMMA, ORTH]).T  # uint64 hashes

    def ids(words: tuple[str, ...]) -> np.ndarray:
        return np.asarray([doc.vocab.strings[w] for w in words], np.uint64)

    noun = pos == np.uint64(symbols.NOUN)
    copula = ((pos == np.uint64(symbols.ADJ)) | noun) & np.isin(dep, ids(_COPULA_DEPS))
    stance = [
        h for h in np.unique(lemma[noun]) if doc.vocab.strings[int(h)].lower() in STANCE_NOUNS
    ]
    cues = (
        copula | (noun & np.isin(lemma, np.asarray(stance, np.uint64))) | np.isin(orth, ids((":",)))
    )
    return [int(i) for i in np.flatnonzero(cues)]


def _span_of(doc: Doc, parts: list[Token]) -> tuple[int, int] | None:
    """The trimmed character span from the first part's left edge to the last's right edge
    (a preposition's own word left out), or None when shorter than 3 characters."""
    first = parts[0]
    start = first.idx + len(first.text) if first.dep_ == "prep" else first.left_edge.idx
    last = doc[max(p.right_edge.i for p in parts)]
    span = trim(doc_text(doc), start, last.idx + len(last.text))
    return span if span[1] - span[0] >= 3 else None


def _source(subj: Token) -> tuple[int, int]:
    """The token range of a subject's or owner's noun phrase (without a possessive)."""
    s, e = np_range(subj)
    if e - s > 12 or not s <= subj.i < e:
        s, e = subj.i, subj.i + 1
    if e - s > 1 and subj.doc[e - 1].tag_ == "POS":
        e -= 1
    return s, e


def subject_source(subj: Token, clause: Token) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """(source token range, antecedent token range or None) of a clause's subject.

    A relative pronoun subject ("voters who back X") is the source, as PolNeAR marks it
    and as the reporting-verb rule reads it, and the noun it stands for names it;
    before the eleventh session the noun was the source (``RELATIVE_SOURCE`` False).
    """
    if subj.lower_ in _RELATIVE and clause.dep_ == "relcl" and clause.head.i != subj.i:
        if RELATIVE_SOURCE:
            return (subj.i, subj.i + 1), _source(clause.head)
        subj = clause.head
    return _source(subj), None


def _found(cue: Token, source: tuple[int, int], antecedent: tuple[int, int] | None) -> Found:
    """A statement of ``cue`` and ``source`` (its content set by the caller)."""
    return Found(
        sources=[source],
        content=(0, 0),
        cue=(cue.idx, cue.idx + len(cue.text)),
        sent_start=sentence_of(cue).start_char,
        antecedent=antecedent,
    )


def copula_statement(doc: Doc, word: Token) -> Found | None:
    """ "X is wary of Y": the subject of "be", the adjective or noun, its complement."""
    be = word.head
    if be.lemma_.lower() != "be":
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    parts = [c for c in word.rights if c.dep_ in ("prep", "ccomp", "xcomp", "acl")]
    parts += [c for c in be.children if c.dep_ in ("ccomp", "xcomp") and c.i > word.i]
    if not parts:
        return None
    parts.sort(key=lambda t: t.i)
    content = _span_of(doc, parts)
    if content is None:
        return None
    found = _found(word, *subject_source(subj, be))
    found.content = content
    return found


def _noun_owner(noun: Token) -> Token | None:
    """Who holds a stance noun: "her support", "X's call", "Republican calls", "support
    from X", "a call by X"."""
    holder = noun_holder(noun, _NOT_HOLDERS)
    if holder is not None:
        return holder
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod") and (
            child.ent_type_ in _NAME_ENTS or child.pos_ == "PROPN"
        ):
            return child
    return None


def noun_statement(doc: Doc, noun: Token) -> Found | None:
    """ "Her support for Y": the noun's owner, the noun, its complement."""
    owner = _noun_owner(noun)
    if owner is None:
        return None
    parts = [
        c
        for c in noun.rights
        if (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and owner.head is not c)
        or (c.dep_ in ("acl", "ccomp") and owner not in c.subtree)
    ]
    if not parts:
        return None
    content = _span_of(doc, parts[:1])
    if content is None:
        return None
    found = _found(noun, _source(owner), None)
    found.content = content
    return found


def colon_statement(doc: Doc, colon: Token) -> Found | None:
    """ "Roger Stone: Don't trust ...": a name alone before a colon at a line's start."""
    i = colon.i - 1
    while i >= 0 and doc[i].text not in _DASHES and "\n" not in doc[i].text_with_ws:
        i -= 1
    name = doc[i + 1 : colon.i]
    if not 1 <= len(name) <= 8 or not any(t.pos_ == "PROPN" for t in name):
        return None
    if not all(t.pos_ in _NAME_POS or t.text in (".", "&") for t in name):
        return None
    text = doc_text(doc)
    start = colon.idx + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    content = trim(text, start, min(end, start + 600))
    if content[1] - content[0] < 8:
        return None
    found = _found(colon, (name.start, name.end), None)
    found.content = content
    return found
