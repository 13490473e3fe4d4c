"""People described as taken, and what the governing verb did to them afterwards.

A participle or noun of a taking ("four captured soldiers", "12 abducted persons",
"19 hostages", "six detainees") describes who the people were; the verb that governs
the noun says what is claimed now:

* a verb of killing makes them dead ("executed four captured soldiers": 4 killed; the
  capture is their history, not a second claim);
* a verb that ends the taking makes no claim ("rescued 12 abducted persons", "19 hostages
  were freed": people rescued are no casualties, claims-gold).

Only the noun's own verb is read (object or passive subject), so a count of captives in
any other role keeps its figure ("six captured soldiers were paraded", "troops captured
four insurgents").
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty

__all__ = ["taken_then"]

# Figures of a taking the people may be described by.
TAKEN_FIGURES = frozenset({"arrested", "abducted"})
# Verbs that end a taking: the people are no longer held.
ENDS_TAKING = frozenset({"rescue", "free", "liberate", "release", "save"})

Link = tuple[Token, str, Token | None, float]


def taken_then(
    found: tuple[Token, str], victim: Token, conf: float, noun: Token | None
) -> Link | None:
    """The link of taken people read through the verb governing their noun.

    Args: the casualty token and figure found for the count (a participle before the
    noun, or the noun itself), the count's noun, the link's confidence and the victim
    noun the link keeps (None when the noun is the casualty word). Returns the link as
    found, the governing verb's killing, or None when that verb ends the taking.
    """
    cas, fig = found
    verb = victim.head
    if fig not in TAKEN_FIGURES or victim.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return cas, fig, noun, conf
    if verb.lemma_.lower() in ENDS_TAKING:
        return None  # "rescued 12 abducted persons", "19 hostages were freed"
    if casualty(verb) == "killed":
        return verb, "killed", noun, conf  # "executed four captured soldiers"
    return cas, fig, noun, conf
