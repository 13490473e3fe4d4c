"""The parse-alone readings of a verb the add scorer scores (``model.verb_candidates``).

Input: a parsed ``Doc`` and a verb token the reporting-verb rule declined.
Output: a ``Found`` statement (source, content, cue) or None.

``plain_statement``: the verb's subject (or passive agent) and its complement after it;
``bare_statement``: a verb with a subject and no complement, the clause it hangs on as
the content ("As X observed, ..."). Moved here from ``model.py`` (thirty-third session).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.heads import past_dateline
from claimledger.attribute.model_shapes import subject_source
from claimledger.attribute.spans import Found, doc_text, sentence_of, trim

# Dependencies of a verb's children that carry what is said, believed or wanted.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "prep", "acomp", "dative", "oprd"})


def plain_statement(doc: Doc, verb: Token) -> Found | None:
    """A statement read from a verb's parse alone: its subject (or passive agent) and
    its complement after it; None when it has neither."""
    subj = _subject_of(verb)
    if subj is None:
        return None
    rest = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
    if not rest:
        return None
    start = doc[rest[0].left_edge.i].idx
    last = doc[max(c.right_edge.i for c in rest)]
    content = trim(doc_text(doc), start, last.idx + len(last.text))
    if content[1] - content[0] < 3:
        return None
    source, antecedent = subject_source(subj, verb)
    sent = sentence_of(verb)
    cue = (verb.idx, verb.idx + len(verb.text))
    return Found(
        sources=[source],
        content=content,
        cue=cue,
        sent_start=sent.start_char,
        antecedent=antecedent,
    )


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, its passive agent, or the subject of the verb it continues."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subj is None and verb.dep_ in ("xcomp", "conj", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return past_dateline(subj) if subj is not None else None


def bare_statement(doc: Doc, verb: Token) -> Found | None:
    """A verb with a subject and no complement ("As X observed, ...", "which I share"):
    the clause it hangs on, without the verb's own phrase, is the content."""
    if verb.dep_ == "ROOT" or verb.head is verb:
        return None
    subj = _subject_of(verb)
    if subj is None:
        return None
    head = verb.head
    left, right = head.left_edge.i, head.right_edge.i
    v_left, v_right = verb.left_edge.i, verb.right_edge.i
    before = (left, v_left) if v_left > left else None
    after = (v_right + 1, right + 1) if v_right < right else None
    sides = [x for x in (before, after) if x is not None]
    if not sides:
        return None
    a, b = max(sides, key=lambda x: x[1] - x[0])
    last = doc[b - 1]
    content = trim(doc_text(doc), doc[a].idx, last.idx + len(last.text))
    if content[1] - content[0] < 3:
        return None
    source, antecedent = subject_source(subj, verb)
    cue = (verb.idx, verb.idx + len(verb.text))
    return Found(
        sources=[source],
        content=content,
        cue=cue,
        sent_start=sentence_of(verb).start_char,
        antecedent=antecedent,
    )
