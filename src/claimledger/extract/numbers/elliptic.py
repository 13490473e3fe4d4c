"""Counts whose casualty word is left unsaid (for ``figures``, after ``link`` finds none):

* a bare count a body confirms or records, its harm told just before: "... the strike on
  the bakery killed 9 civilians. The health office has so far confirmed 5." (killed 5, the
  office's own count of the same dead): the number is the object of the verb and ends its
  clause ("so far", "to date" may follow), and the figure is that of the last death or
  injury told before it in the paragraph;
* the victims a body names: "the council announced the names of the 5 victims" (names are
  given of the dead; not "the identity and condition of the three victims").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, resolve_shoot
from claimledger.extract.numbers.quantities import Expr

__all__ = ["elliptic_count"]

# A link as ``link.link_count`` gives it: casualty word, figure, victim noun, confidence.
Link = tuple[Token, str, Token | None, float]

# Verbs whose bare object is a count of the harm told before: "has so far confirmed 5".
_CONFIRM = frozenset({"confirm", "record", "document", "verify", "register"})
# The count's place under the verb (the parser may make a bare number an adverb).
_OBJECT = frozenset({"dobj", "npadvmod"})
# What may close the clause after the count: "confirmed 5 so far.", "recorded 7 to date".
_CLOSING = frozenset({".", ",", ";", "so", "far", "thus", "to", "date", "until", "now", "yet"})
# How far back the harm may be told (tokens), inside the paragraph.
_REACH = 60
# The nouns a body names the dead by: "the names of the 5 victims".
_NAMED = frozenset({"name"})


def elliptic_count(doc: Doc, e: Expr, hi: int) -> Link | None:
    """The casualty word and figure of a count whose own word is left unsaid, or None."""
    if e.qual != "exact" or e.low is None or e.low != e.high or e.low < 1:
        return None
    num = doc[e.head]
    if num.dep_ == "nummod" and num.head.lower_ == "victims":
        return _named_victims(num.head)
    if (gapped := _gapped_more(num)) is not None:
        return gapped
    if num.dep_ not in _OBJECT or num.head.lemma_.lower() not in _CONFIRM or list(num.children):
        return None
    if any(t.lower_ not in _CLOSING for t in doc[e.end : hi] if not t.is_space):
        return None
    before = _harm_before(doc, e.start)
    return (before[0], before[1], None, 0.6) if before is not None else None


def _gapped_more(num: Token) -> Link | None:
    """A count of more people the parse made a conjunct of the casualty verb, told without a
    verb of its own: "Three were detained at the scene and two more on Monday" (detained 2,
    ``totals`` adds those before); not a count with its own verb or noun ("and two more
    were wounded" is the wounded's)."""
    verb = num.head
    if (
        num.dep_ != "conj"
        or verb.pos_ != "VERB"
        or not any(c.lower_ in _MORE_WORDS for c in num.children)
    ):
        return None
    fig = casualty(verb)
    if fig == "shoot":
        fig = resolve_shoot(verb)
    if fig not in ("killed", "injured", "arrested", "abducted"):
        return None
    return verb, fig, None, 0.6


# The words of a count of more people: "two more", "another two", "three others".
_MORE_WORDS = frozenset({"more", "another", "others", "further"})


def _named_victims(victims: Token) -> Link | None:
    """ "the names of the 5 victims": killed (not "the identity and condition of the three
    victims", hospitalized)."""
    of = victims.head
    if victims.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _NAMED:
        return None
    return victims, "killed", victims, 0.6


def _harm_before(doc: Doc, start: int) -> tuple[Token, str] | None:
    """The last death or injury told before ``start`` in its paragraph (a line break ends it)."""
    for k in range(start - 1, max(start - _REACH, 0) - 1, -1):
        t = doc[k]
        if t.is_space and "\n" in t.text:
            return None
        fig = casualty(t)
        if fig == "shoot":
            fig = resolve_shoot(t)
        if fig in ("killed", "injured"):
            return t, fig
    return None
