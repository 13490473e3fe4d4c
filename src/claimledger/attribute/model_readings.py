"""Readings of a verb for the learned attribution model when its other readings fail.

Input: a parsed verb that heads no rule statement and that neither the reporting-verb
rule nor ``attribute/model.py``'s plain and bare readings read.
Output: a ``Found`` statement, scored by the model's ``add`` scorer (its kind is the
``rule=`` feature).

On PolNeAR train (the sixteenth session) 410 gold statements had a verb cue with no
reading at all:

* ``subj``: a verb with a subject whose complement stands before it ("'We will win,' he
  said." parsed with the quote as the verb's first child, "Jane, the ministers agreed,
  ..."): the source is the subject, the content the longest stretch of the verb's phrase
  beside the subject's;
* ``acl``: a participle after a noun ("new polls showing the mayor ahead", "groups
  backing the bill"): the noun is the source, what follows the participle the content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.model_shapes import subject_source
from claimledger.attribute.spans import Found, doc_text, np_range, sentence_of, trim

_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _found(verb: Token, source: tuple[int, int], content: tuple[int, int]) -> Found:
    """A statement of ``verb`` with a source token range and a content character span."""
    return Found(
        sources=[source],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sentence_of(verb).start_char,
    )


def _content(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The trimmed character span of tokens ``a``..``b`` (exclusive), or None under 3."""
    last = doc[b - 1]
    content = trim(doc_text(doc), doc[a].idx, last.idx + len(last.text))
    return content if content[1] - content[0] >= 3 else None


def subj_statement(doc: Doc, verb: Token, subj: Token | None) -> Found | None:
    """ "'We will win,' he said.": the subject, and the longer side of the verb's phrase."""
    if subj is None:
        return None
    s0, s1 = subj.left_edge.i, subj.right_edge.i + 1
    v0, v1 = verb.left_edge.i, verb.right_edge.i + 1
    sides = [(a, b) for a, b in ((v0, min(s0, verb.i)), (max(s1, verb.i + 1), v1)) if b > a]
    if not sides:
        return None
    content = _content(doc, *max(sides, key=lambda x: x[1] - x[0]))
    if content is None:
        return None
    source, antecedent = subject_source(subj, verb)
    found = _found(verb, source, content)
    found.antecedent = antecedent
    return found


def acl_statement(doc: Doc, verb: Token) -> Found | None:
    """ "Polls showing X ahead": the noun before the participle, and what follows it."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ not in _HEAD_POS or head.i > verb.i:
        return None
    if verb.right_edge.i <= verb.i:
        return None
    content = _content(doc, verb.i + 1, verb.right_edge.i + 1)
    if content is None:
        return None
    s, e = np_range(head)
    if e - s > 12 or not s <= head.i < e:
        s, e = head.i, head.i + 1
    if verb.left_edge.i > s:
        e = min(e, verb.left_edge.i)
    return _found(verb, (s, e), content)
