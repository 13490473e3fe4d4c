"""A death a protest is about is no casualty of that protest (twenty-ninth session).

"Residents protested over the death of a motorcyclist", "staged a sit-in to denounce the
killing of a blogger", "marched to demand justice for a trader, shot by police last month",
"relatives of a farmer who died in custody rallied outside the court": the death is the
protest's motive, an earlier event, and the protest's report counts no one killed (ACLED
codes such protests 0). Read from the parse: from the figure's words up their heads to a
protest (a verb or noun of protest, or a verb whose subject is protesters), through at
least one link of motive on the way: a preposition of cause ("over", "against", "for",
"after", "following"...), a clause of purpose ("to denounce ...", "demanding ...") or of
cause ("after a soldier shot ...", "because ..."), or the dead person's kin ("relatives
of ..."). A protest where people are killed keeps its dead: "police killed two
protesters", "a march in which three people died" (no motive link), "the protest turned
violent after police opened fire, killing two" ("after" binds a motive only to a verb or
noun of protest itself, not to a verb protesters are the subject of).

Gated on a protest word in the sentence (a set lookup per token of sentences that hold a
figure of people killed or injured).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.lexicon import KIN_MANY, KIN_RELATIVES

__all__ = ["protest_motive", "protest_word"]

# Verbs (lemmas) and nouns of a protest.
PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "picket", "riot"})
PROTEST_NOUNS = frozenset(
    {
        "protest",
        "protests",
        "demonstration",
        "demonstrations",
        "rally",
        "rallies",
        "march",
        "marches",
        "sit-in",
        "picket",
        "riot",
        "riots",
    }
)
# Those who protest, as the subject of a verb that is their action ("demonstrators pelted
# stones at the police over ...").
PROTESTERS = frozenset(
    {"protesters", "protestors", "demonstrators", "marchers", "rioters", "picketers"}
)
# Prepositions that give a protest's cause; "after"/"following" only for a protest word.
CAUSE_PREPS = frozenset({"over", "against", "about", "for", "at", "regarding"})
AFTER_PREPS = frozenset({"after", "following"})
# Clauses of purpose by their verb ("demanding justice for", "condemning the killing").
MOTIVE_VERBS = frozenset(
    {
        "denounce",
        "condemn",
        "demand",
        "decry",
        "protest",
        "oppose",
        "mourn",
        "honour",
        "honor",
        "commemorate",
        "seek",
        "call",
        "report",
        "reject",
        "demonstrate",
    }
)
CAUSE_MARKS = frozenset({"because", "since"})
KIN = KIN_RELATIVES | KIN_MANY | frozenset({"relatives", "family", "families", "friends", "kin"})


def protest_word(tok: Token) -> bool:
    """A word of protest (the gate: a sentence without one is not read)."""
    low = tok.lower_
    return _protest_noun(tok) or low in PROTESTERS or tok.lemma_.lower() in PROTEST_VERBS


def protest_motive(tok: Token) -> bool:
    """Whether the figure word ``tok`` (its phrase's head) is what a protest is about."""
    motive = after = False
    child, head = tok, tok.head
    while head.i != child.i:
        link = _link(child, head)
        motive = motive or link == "cause"
        after = after or link == "after"
        if motive or after:
            kind = _protest(head)
            if kind == "protest" or (kind == "subject" and motive):
                return True
        child, head = head, head.head
    return False


def _link(child: Token, head: Token) -> str | None:
    """The motive a dependency gives: "cause", "after", or None."""
    dep, word = child.dep_, child.lower_
    if dep == "prep":
        if word in CAUSE_PREPS:
            return "cause"
        if word in AFTER_PREPS:
            return "after"
        if word == "of" and head.lower_ in KIN:
            return "cause"
        return None
    if dep in ("advcl", "xcomp", "acl") and child.pos_ in ("VERB", "AUX"):
        marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
        if child.lemma_.lower() in MOTIVE_VERBS or "to" in marks or marks & CAUSE_MARKS:
            return "cause"
        if marks & AFTER_PREPS:
            return "after"
    return None


def _protest_noun(tok: Token) -> bool:
    """A noun of protest ("a sit-in" parses as "in" with the compound "sit")."""
    low = tok.lower_
    return low in PROTEST_NOUNS or (
        low == "in" and any(c.dep_ == "compound" and c.lower_ == "sit" for c in tok.children)
    )


def _protest(tok: Token) -> str | None:
    """ "protest" for a verb or noun of protest, "subject" for a verb protesters do."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in PROTEST_VERBS:
        return "protest"
    if tok.pos_ in ("NOUN", "PROPN") and _protest_noun(tok):
        return "protest"
    if tok.pos_ != "VERB":
        return None
    if any(c.dep_ == "dobj" and _protest_noun(c) for c in tok.children):
        return "protest"  # "staged a sit-in to denounce ...", "held a rally over ..."
    verb = tok.head if tok.dep_ == "conj" else tok
    for v in {tok, verb}:
        if any(c.dep_ == "nsubj" and c.lower_ in PROTESTERS for c in v.children):
            return "subject"
    return None
