"""Victims identified by someone: "The victims were identified by local journalists as A
and B", "Relatives identified the victims as A and B", "X and his two sons were identified
as killed by the village council". Whoever identifies them states the deaths: the agent
of a passive, the subject of an active verb whose object is the victims.

Only for a naming of victims (the object or passive subject is a victim noun, or the
verb is "identified as killed"): "police identified the suspect as X" is no statement
of a count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.heads import coordinated, real_source, source_ranges
from claimledger.attribute.spans import Found, doc_text, sentence_of, tok_span, trim
from claimledger.extract.numbers.casualty_words import casualty

__all__ = ["IDENTIFY_VERBS", "identified_by"]

IDENTIFY_VERBS = frozenset({"identify", "name"})
_VICTIM_NOUNS = frozenset({"victims", "dead", "deceased", "martyrs", "bodies", "victim"})


def _names_victims(verb: Token) -> bool:
    """Whether the verb names victims: its object or passive subject is a victim noun, or
    it says they were identified "as killed"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _VICTIM_NOUNS:
            return True
        if (
            c.dep_ == "advcl"
            and any(m.lower_ == "as" for m in c.children)
            and casualty(c) in ("killed", "injured")
        ):
            return True
    return False


def _identifier(verb: Token) -> Token | None:
    """Who identifies: the agent of a passive ("by X"), else an active verb's subject."""
    for c in verb.subtree:
        if c.dep_ == "agent" and c.head.i in (verb.i, *(x.i for x in verb.children)):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if subs and subs[0].pos_ in ("NOUN", "PROPN"):
        return subs[0]
    return None


def identified_by(doc: Doc, verb: Token) -> Found | None:
    """The statement of whoever identifies the victims (see the module doc); else None."""
    if verb.lemma_.lower() not in IDENTIFY_VERBS or verb.pos_ != "VERB":
        return None
    if not _names_victims(verb):
        return None
    who = _identifier(verb)
    if who is None:
        return None
    sent = sentence_of(verb)
    # the sentence but the identifier's own phrase ("by local journalists", "Relatives")
    phrase = who.head if who.dep_ == "pobj" else who
    left, right = phrase.left_edge.i, phrase.right_edge.i
    if left <= sent.start:
        start, end = tok_span(doc, right + 1, sent.end)
    else:
        start, end = tok_span(doc, sent.start, sent.end)
    content = trim(doc_text(doc), start, end)
    if content[1] - content[0] < 3:
        return None
    head, via = real_source(who)
    # "named by the village council as A, B": the parse may hang the list on the source
    ranges = [
        (a, next((i for i in range(a, b) if doc[i].lower_ == "as"), b))
        for a, b in source_ranges(coordinated(head))
    ]
    return Found(
        sources=ranges,
        content=content,
        # No cue span: the learned model (``attribute.model``), trained on PolNeAR's
        # political news where no one identifies victims, only judges statements with a
        # cue; this rule's reading stands, as a toll statement's does.
        cue=None,
        sent_start=sent.start_char,
        context=doc[head.left_edge.i : head.right_edge.i + 1].text,
        via=via,
    )
