"""Actor roles: an actor's span in the parse -> perpetrator, target or other.

The role comes from the dependency parse the pipeline already made: the agent
of a violent verb or noun (subject of "hit"/"attacked", "by X", "X's
airstrike", "coalition planes") is the perpetrator; its object, the subject of
a passive ("soldiers were killed") or "on X" is the target; sides of a
two-sided fight ("clashes with X") and everything else are "other".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.actors.lexicon import ATTACK_NOUNS, MUTUAL, VIOLENT_VERBS

_TARGET_PREPS = frozenset({"on", "against", "at", "upon"})


def lemma(token: Token) -> str:
    """Lower-cased lemma."""
    return token.lemma_.lower()


def _is_violent(token: Token) -> bool:
    """A verb of harm, or a noun naming an attack."""
    token_lemma = lemma(token)
    if token.pos_ in ("VERB", "AUX"):
        return token_lemma in VIOLENT_VERBS
    return token.lower_ in ATTACK_NOUNS or token_lemma in ATTACK_NOUNS


def _passive_like(verb: Token) -> bool:
    """A participle used passively: "soldiers were killed", headline "25 soldiers killed"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    has_have = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    # A participle with a direct object is active, tagged VBN or not: "the Russian
    # military forces shelled with heavy weapons the village".
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return (
        verb.tag_ == "VBN"
        and not has_have
        and not has_object
        and verb.dep_ in ("acl", "ROOT", "conj", "ccomp")
    )


def role_of(span: Span) -> str:
    """The role of an actor span from the parse: perpetrator, target or other."""
    tok = span.root
    if tok.lower_ in ATTACK_NOUNS or lemma(tok) in ATTACK_NOUNS:
        return "perpetrator"  # the actor named by its attack: "Russian airstrikes targeted"
    # "coalition planes", "Iraqi army's shelling", "coalition airstrike": the actor
    # modifies a noun; an attack noun makes it the agent, otherwise read the noun.
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "nmod", "poss", "det") and tok.head.i != tok.i:
            if tok.head.lower_ in ATTACK_NOUNS or lemma(tok.head) in ATTACK_NOUNS:
                return "perpetrator"
            tok = tok.head
        else:
            break
    return _role_from_head(tok)


def _role_from_head(tok: Token) -> str:
    """Role of a noun from its syntactic function."""
    head = tok.head
    dep = tok.dep_
    for child in tok.children:
        # A reduced relative on the noun: "forces fired at civilians" (parsed as a
        # clause on "forces"), "soldiers killed in the ambush".
        if child.dep_ == "acl" and child.i > tok.i and _is_violent(child):
            return "target" if _passive_like(child) else "perpetrator"
    if dep in ("conj", "appos") and head.i != tok.i:
        return _role_from_head(head)
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return _subject_role(head)
    if dep == "nsubjpass" and _is_violent(head):
        return "target"
    if dep == "dobj" and _is_violent(head):
        return "other" if lemma(head) in MUTUAL else "target"
    if dep == "pobj":
        return _prepositional_role(head)
    if dep in ("agent",):
        return "perpetrator"
    return "other"


def _subject_role(verb: Token) -> str:
    """Role of the subject of ``verb``."""
    if lemma(verb) in MUTUAL:
        return "other"
    if _is_violent(verb):
        return "target" if _passive_like(verb) else "perpetrator"
    # "X conducted/launched/carried out airstrikes"
    if any(c.dep_ == "dobj" and _is_violent(c) for c in verb.children):
        return "perpetrator"
    if any(c.dep_ == "xcomp" and _is_violent(c) for c in verb.children):
        return "perpetrator"
    return "other"


def _prepositional_role(prep: Token) -> str:
    """Role of the object of the preposition ``prep``."""
    governor = prep.head
    word = prep.lower_
    if word in ("of", "from") and governor.pos_ in ("NOUN", "PROPN") and governor.i != prep.i:
        # "the positions of the Azerbaijani army": the owner shares its noun's role;
        # "mercenaries from the X group killed": the group shares its members'.
        if governor.lower_ in ATTACK_NOUNS or lemma(governor) in ATTACK_NOUNS:
            return "perpetrator"  # "an attack of X" is rare; "strikes of the coalition"
        return _role_from_head(governor)
    if word == "by" and (prep.dep_ == "agent" or _is_violent(governor)):
        return "perpetrator" if _is_violent(governor) else "other"
    if word in ("with", "between", "against") and (
        lemma(governor) in MUTUAL or governor.lower_ in MUTUAL
    ):
        return "other"
    if word in _TARGET_PREPS and _is_violent(governor):
        return "target"
    if word == "from" and _is_violent(governor):
        return "target"  # "recaptured three villages from ISIL": the loser
    return "other"
