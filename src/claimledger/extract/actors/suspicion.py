"""Whether a perpetrator is stated or only suspected, read from the parse.

"A bomb tore through the bus" with "the bomb may have been planted by X militants"
names X as the agent, but only as a possibility: a fact-checker must not read it as
the finding that X did it. A perpetrator is ``suspected`` when

* the actor is modified by a word of suspicion ("suspected X militants", "alleged
  X gunmen", "presumed X fighters");
* the verb that makes it the agent is under a modal of possibility ("may have been
  planted by X", "X could have fired") or an adverb of likelihood ("X probably
  fired", "allegedly", "apparently");
* that verb is the content of a verb of belief or inference ("findings suggested
  that X planted", "police believe X carried out the attack").

Reporting verbs ("the army said X fired") are not suspicion: the claim is the
speaker's, as the claims layer records; "claimed responsibility" is stated. ACLED
codes suspected perpetrators by name in ``actor1`` (on its 2020 and 2022 dev files,
135 notes saying "suspected <Group>" name that group as actor 1, one codes an
unidentified group), so the exports keep the name; the record carries the certainty
so that a reader sees it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.records import STATED, SUSPECTED

_SUSPICION_MODIFIERS = frozenset({"suspected", "alleged", "presumed", "purported", "presumably"})
_POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
_LIKELIHOOD_ADVERBS = frozenset(
    {"probably", "possibly", "likely", "allegedly", "apparently", "presumably", "perhaps"}
)
_BELIEF_VERBS = frozenset(
    {
        "suggest",
        "suspect",
        "believe",
        "think",
        "assume",
        "presume",
        "speculate",
        "fear",
        "appear",
        "seem",
        "indicate",
        "suppose",
    }
)
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (the token itself when it is one)."""
    tok = token
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _modified_by_suspicion(span: Span) -> bool:
    """A suspicion word before the actor's noun ("suspected X militants"), in its
    phrase (the parser hangs a capitalised "Suspected" on the name) or just before
    the span ("the suspected X")."""
    root = span.root
    if any(t.i < root.i and t.lower_ in _SUSPICION_MODIFIERS for t in root.subtree):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in _SUSPICION_MODIFIERS


def _hedged_verb(verb: Token) -> bool:
    """A modal of possibility or an adverb of likelihood on the verb itself."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in _POSSIBILITY_MODALS:
            return True
        if child.dep_ == "advmod" and child.lower_ in _LIKELIHOOD_ADVERBS:
            return True
    return False


def _under_belief(verb: Token) -> bool:
    """The verb is the content of a verb of belief or inference, up to two levels."""
    tok = verb
    for _ in range(2):
        if tok.dep_ not in _CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        head = tok.head
        if head.lemma_.lower() in _BELIEF_VERBS or _hedged_verb(head):
            return True
        tok = head
    return False


def certainty_of(span: Span, role: str) -> str:
    """``suspected`` for a perpetrator named only as a possibility, else ``stated``.

    Args:
        span: the actor's span in the parsed document.
        role: the role read for it (only perpetrators are weighed).

    Returns:
        ``stated`` or ``suspected``.
    """
    if role != "perpetrator":
        return STATED
    root = span.root
    if _modified_by_suspicion(span):
        return SUSPECTED
    verb = _governing_verb(root)
    if verb is None:
        return STATED
    if _hedged_verb(verb) or _under_belief(verb):
        return SUSPECTED
    return STATED
