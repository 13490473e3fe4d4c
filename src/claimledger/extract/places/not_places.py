"""Capitalised words a gazetteer knows that the document itself shows are no place.

Input: the parsed document and a candidate toponym span that did not come from a
GPE/LOC entity (a relabelled ORG/PERSON, a FAC, a capitalised run). Output: whether
the document reads the words as something else. Each reason is the document's own:

* **a person**: the one word is the last name of a PERSON entity of two words or more
  elsewhere in the text ("Lt. Dana Ferro ... Ferro said"), the run is joined by
  "and"/"or" to such a named person ("Salcedo and Lt. Ada Brun", "Ada Brun and
  Salcedo"), a kin, counsel or case noun follows its possessive ("Salcedo's family",
  "Salcedo's funeral"), or the words are the object of a verb done to people ("shot
  Salcedo", "Salcedo was charged");
* **a common word**: a single capitalised word that the same text also writes in lower
  case ("Man charged ..." over "a man was shot"; a headline's "Police" over "police
  said"): capitals by position, not a name;
* **a photo credit**: "(Photo: X)", "Photo by X", "Credit: X";
* **a grid address** (any label): a compass word after a house number, "near 200 East
  and 6600 South";
* **a person shot** (any label): the object of shoot, kill, stab, murder, wound, injure,
  strangle ("had shot Summerfield", read GPE).

A one-word PERSON entity is no evidence of a person: the small English model labels
towns PERSON ("in Roswell", "between Gao and Ansongo"). GPE and LOC entities are kept
whatever else the text does with their words ("Mobile" the city beside "a mobile
phone"): NER read them as places in context.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

__all__ = ["ReadOtherwise"]

_CREDIT = re.compile(r"(?:\b(?:photo|image|credit|courtesy)s?(?:\s+by)?\s*[:|]?\s*)$", re.I)
_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
_JOINERS = frozenset({"and", "or", "&"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_OF_A_PERSON = frozenset(
    {"family", "relatives", "wife", "husband", "mother", "father", "son", "daughter"}
    | {"brother", "sister", "sons", "daughters", "children", "parents", "girlfriend"}
    | {"boyfriend", "attorney", "lawyer"}
    # what only a person has: "X's funeral", "X's body", "X's trial", "X's arrest"
    | {"funeral", "body", "death", "killing", "killer", "trial", "arrest", "case"}
)
# Verbs whose object or passive subject is a person, never a place ("shot Summerfield",
# "killing Ponce", "Alvarado was charged"); not "bombed", "shelled", "struck".
_HARM_VERBS = frozenset({"shoot", "kill", "stab", "murder", "wound", "injure", "strangle"})
_PERSON_VERBS = _HARM_VERBS | frozenset(
    {"rob", "arrest", "charge", "identify", "sentence", "convict", "indict", "interview"}
)


def _last_names(doc: Doc) -> dict[str, list[int]]:
    """The last names of PERSON entities of two words or more, casefolded, with the
    entities' first token indexes."""
    out: dict[str, list[int]] = {}
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "PERSON" or len(words) < 2:
            continue
        last = words[-1] if words[-1].lower_ not in _SUFFIXES else words[-2]
        out.setdefault(last.lower_, []).append(ent.start)
    return out


def _named_person_at(doc: Doc, k: int) -> bool:
    """Token ``k`` is inside a PERSON entity of two words or more."""
    if not 0 <= k < len(doc) or doc[k].ent_type_ != "PERSON":
        return False
    ent = next((e for e in doc.ents if e.start <= k < e.end), None)
    return ent is not None and sum(t.is_alpha for t in ent) >= 2


def _joined_to_person(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first..last`` are coordinated with a named person next to them."""
    nxt = last + 1
    if nxt < len(doc) and doc[nxt].lower_ in _JOINERS:
        k = nxt + 1
        # a rank or title before the name ("Lt.", "Sgt.", "Dr.") is part of it
        while (
            k < len(doc)
            and k <= nxt + 3
            and doc[k].ent_type_ != "PERSON"
            and (doc[k].is_title or doc[k].text == ".")
        ):
            k += 1
        if _named_person_at(doc, k):
            return True
    prev = first - 1
    return prev > 0 and doc[prev].lower_ in _JOINERS and _named_person_at(doc, prev - 1)


def _harmed_person(doc: Doc, last: int, verbs: frozenset[str] = _PERSON_VERBS) -> bool:
    """The span's head is the object (or passive subject) of a verb done to people."""
    tok = doc[last]
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in verbs


def _grid_address(doc: Doc, span: Span) -> bool:
    """A compass word right after a house number ("200 East", "6600 South")."""
    if len(span) != 1 or span[0].lower_ not in _COMPASS_WORDS:
        return False
    return span.start > 0 and doc[span.start - 1].like_num


def _kin_after(doc: Doc, last: int) -> bool:
    """ "X's family", "X's wife": the words before the possessive are a person's."""
    k = last + 1
    return k + 1 < len(doc) and doc[k].text in ("'s", "’s") and doc[k + 1].lower_ in _OF_A_PERSON


class ReadOtherwise:
    """The document's persons and lower-case words, read once when first asked."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self._persons: dict[str, list[int]] | None = None
        self._lower: set[str] | None = None

    def __call__(self, bounds: tuple[int, int], place_entity: bool = False) -> bool:
        """Whether the words at ``bounds`` are no place (the module's docs): a grid address
        or a person harmed whatever the label; for a span not from a GPE/LOC entity
        (``place_entity`` False) also a person, a common word or a photo credit."""
        span = self.doc.char_span(*bounds, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        last = span.end - 1
        if _grid_address(self.doc, span) or _harmed_person(self.doc, last, _HARM_VERBS):
            return True
        if place_entity:
            return False
        if self._persons is None:
            self._persons = _last_names(self.doc)
        # a one-word span that is a named person's last name outside the span itself
        starts = self._persons.get(span[0].lower_, ()) if len(span) == 1 else ()
        if any(not span.start - 3 <= k <= span.start for k in starts):
            return True
        if (
            _joined_to_person(self.doc, span.start, last)
            or _kin_after(self.doc, last)
            or _harmed_person(self.doc, last)
        ):
            return True
        if len(span) == 1 and span[0].is_title:
            if self._lower is None:
                self._lower = {t.text for t in self.doc if t.is_lower}
            if span[0].lower_ in self._lower:
                return True
        return bool(_CREDIT.search(self.text[max(0, bounds[0] - 20) : bounds[0]]))
