"""Denials, read from the parse: a party saying it did not do it, for the contested detector.

``denial``: a denial verb (deny, reject, dismiss ...) whose subject is a party or speaks for
one and whose object is the accusation or a part in the harm, or calling the accusation
false; ``negated_part``: a negated attack verb, "not responsible / involved", "had no
artillery there", "had not been in the sector", said by the party of itself;
``responsibility``: claiming or refusing responsibility; ``called_false``: "said the claim
... was untrue"; ``denial_noun``: "issued a denial". Used by ``grade_dispute.py``; the words
are ``grade_tokens.Tok`` (plain records of the parse).
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import (
    Finding,
    Party,
    agent_of,
    claimant_of,
    negated,
    party_of,
    subject_of,
)
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import (
    ATTACK,
    CALL,
    DENIAL_NOUNS,
    DENIED_THING,
    DENY,
    FALSE,
    PART,
    PRESENT,
    RESPONSIBILITY_VERBS,
    STORED,
    WEAPON,
)
from claimledger.resources.demonyms import state_words

_STATE_WORDS = state_words()

# What a denied statement must be about to deny a part in the harm: the attack, the weapon,
# the blast, a part in it (not the harm alone: "denied that any civilians were harmed" says
# who the dead were, not who struck).
HARM = ATTACK | WEAPON | frozenset(
    {
        "blast", "explosion", "responsible", "involved", "responsibility", "involvement",
        "attack", "strike", "bombing", "shelling",
    }
)  # fmt: skip


def _about_harm(tok: Tok) -> bool:
    """A denied statement is about a part in the harm: its verb is an attack ("denied that its
    fighters attacked the bus"), or a harm done by a weapon or a party ("that its jets killed
    civilians"); a noun holds the words of one ("denied involvement in the blast"). Not
    "reports that they recruited children", nor "that any civilians were harmed in the raid"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return any(t.lemma_.lower() in HARM for t in tok.subtree)
    if tok.lemma_.lower() in HARM:
        return True
    agent = agent_of(tok)
    return agent is not None and (agent.lemma_.lower() in WEAPON or party_of(agent) is not None)


def _content(tok: Tok) -> Tok | None:
    """The clause a verb or noun of saying carries: "denied that ...", "reports that ..."."""
    return next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "acl", "pcomp")), None)


def speaker(tok: Tok) -> tuple[str | None, Party | None]:
    """Who says what a word is said in: the claimant's words and party."""
    _verb, subj = claimant_of(tok)
    if subj is None:
        return None, None
    claimant_words = " ".join(t.text for t in subj.subtree)[:80]
    return claimant_words, party_of(subj)


def _subject_and_thing(verb: Tok) -> tuple[Tok | None, Tok | None]:
    """The denial's subject, and the thing denied when the parser made it a second subject
    ("..., a charge the Movement called a fabrication")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 2 and subjects[0].lemma_.lower() in DENIED_THING:
        return subjects[1], subjects[0]
    return subject_of(verb), None


def _denier(verb: Tok, subj: Tok) -> Party | None:
    """The party a denial's subject speaks for: a party word, a pronoun or "the group" of "a
    claim the group denied" (the speaker's party), or a name ("The Shield denied this")."""
    _, claimant = speaker(verb)
    party = party_of(subj, claimant) or (
        Party(None, None, subj.text) if subj.lower_ in ("it", "they", "group") else None
    )
    if party is None and subj.pos_ == "PROPN" and subj.text not in _STATE_WORDS:
        party = Party(None, None, subj.text, subj.lower_)
    return party


def _antecedent(verb: Tok, subj: Tok) -> Tok:
    """The noun a relative clause's subject stands for: "blamed the navy, which dismissed the
    claim" (the navy denies), "blamed the army, whose spokesman rejected the allegation"."""
    if verb.dep_ != "relcl":
        return subj
    if subj.lower_ in ("which", "who", "that") or any(c.lower_ == "whose" for c in subj.children):
        return verb.head
    return subj


def denial(verb: Tok) -> Party | None:
    """The party a denial verb speaks for, when it denies the harm or a part in it."""
    lemma = verb.lemma_.lower()
    if negated(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):  # "it is disputed whether": no denier
        return None
    subj, thing = _subject_and_thing(verb)
    if subj is None:
        return None
    subj = _antecedent(verb, subj)
    party = _denier(verb, subj)
    if party is None:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    relative = obj is not None and obj.lower_ in ("which", "that", "what")
    relative = relative or (obj is not None and obj.lemma_.lower() in FALSE)  # "called a lie"
    if (obj is None or relative) and verb.dep_ in ("relcl", "acl"):  # "a claim the group denied",
        obj = verb.head  # "accused the army of the attack, which the army denied"
    elif (obj is None or relative) and thing is not None:
        obj = thing
    if obj is None and lemma in CALL:  # "called the report pure invention": under the predicate
        said = [d for o in verb.children if o.dep_ == "oprd" for d in o.children]
        obj = next((d for d in said if d.lemma_.lower() in DENIED_THING), None)
    if lemma == "distance":  # "distanced itself from the attack"
        obj = next((o for c in verb.children if c.lower_ == "from" for o in c.children), None)
        if obj is None:
            return None
    if lemma in DENY:
        content = _content(verb)
        if obj is None:
            return party if content is None or _about_harm(content) else None
        if obj.lemma_.lower() not in DENIED_THING:
            return None
        inner = _content(obj)
        return party if inner is None or _about_harm(inner) else None
    # "called the accusation fabricated", "described the reports as false"
    called_false = any(t.lemma_.lower() in FALSE or t.lower_ in FALSE for t in verb.subtree)
    if lemma in CALL and obj is not None and obj.lemma_.lower() in DENIED_THING and called_false:
        return party
    return None


_PLACES = frozenset(
    {"area", "sector", "zone", "region", "vicinity", "district", "village", "town", "city", "there"}
)


def _nowhere(verb: Tok) -> bool:
    """ "were nowhere near the area": a presence denied by "nowhere"."""
    return any(c.lower_ == "nowhere" for c in verb.children)


def _placed(verb: Tok) -> bool:
    """A "be" of presence: "had not been in the sector", "were not there", "were nowhere near
    the area", "none of its drones were airborne"."""
    near = [*verb.children]
    near += [d for c in verb.children if c.lower_ == "nowhere" for d in c.children]
    for c in near:
        if c.lower_ == "there" or (c.dep_ == "advmod" and c.lemma_.lower() in ("nearby", "near")):
            return True
        if c.dep_ == "acomp" and c.lemma_.lower() in PRESENT:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "inside", "around", "over"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in _PLACES or o.pos_ == "PROPN" for o in objs):
                return True
    return False


def _had_no_part(have: Tok) -> bool:
    """ "his men had no artillery there", "it had nothing to do with the attack"."""
    for c in have.children:
        if c.dep_ != "dobj":
            continue
        if c.lemma_.lower() in WEAPON | PART | STORED:  # "no artillery there", "no weapons"
            return True
        do = [t for t in c.subtree if t.lemma_.lower() == "do"]
        if c.lower_ == "nothing" and any(w.lower_ == "with" for t in do for w in t.children):
            return True
    return False


def _no_evidence(tok: Tok) -> bool:
    """A clause under "no evidence that ..." ("its investigation found no evidence that its
    forces were involved"): said not to have happened."""
    node = tok
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in ("evidence", "indication", "sign", "record", "proof"):
            return any(c.lower_ == "no" for c in node.children)
    return False


_OWN = frozenset({"theirs", "ours", "its", "his", "hers"})


def _not_its_own(be: Tok) -> bool:
    """ "the shell was not theirs": a weapon said not to be the speaker's."""
    subj = subject_of(be)
    own = any(c.lower_ in _OWN and c.dep_ in ("attr", "acomp") for c in be.children)
    return own and subj is not None and subj.lemma_.lower() in WEAPON


_LAST = frozenset({"last", "latest", "nearest", "closest", "only"})
_ELSEWHERE = frozenset({"earlier", "before", "ago", "later", "away", "elsewhere"})


def _alibi(verb: Tok) -> Tok | None:
    """A party's own strike put at another time or place ("said its last strike in the area
    was two days earlier", "its nearest aircraft was 40 kilometres away"): the strike."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in WEAPON | {"operation", "sortie", "mission"}:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _LAST for c in subj.children):
        return None
    told = [c for c in verb.children if c is not subj]
    return subj if any(t.lower_ in _ELSEWHERE for c in told for t in c.subtree) else None


# What a party may say was not there: its weapons, its forces.
_FORCES = WEAPON | frozenset({"troop", "soldier", "force", "fighter", "unit", "patrol", "flight"})


def _none_there(be: Tok) -> bool:
    """ "there were no drones in the area", "there was not any aircraft over the town": an
    existential "be" with none of a party's weapons or forces (said by the party itself)."""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return False
    there = [c for c in be.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _FORCES]
    return any(
        negated(be) or any(d.dep_ == "det" and d.lower_ == "no" for d in t.children) for t in there
    )


# What a party may say did not happen: an attack, an operation, its forces' activity.
_OPERATIONS = _FORCES | frozenset(
    {"operation", "activity", "sortie", "mission", "attack", "bombing", "fighting", "firing"}
)
_OCCUR = frozenset({"happen", "occur"})


def _none_happened(verb: Tok) -> bool:
    """ "no operations took place in the area", "no military activity had occurred", "no
    strikes were carried out": an attack or an operation said not to have happened, with no
    one named who did it (the party that says so speaks of itself)."""
    lemma = verb.lemma_.lower()
    occurs = lemma in _OCCUR or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    passive = lemma in ATTACK and any(c.dep_ == "auxpass" for c in verb.children)
    if not (occurs or (passive and agent_of(verb) is None)) or not negated(verb):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in _OPERATIONS


def negated_part(tok: Tok) -> Finding | None:
    """A party said not to have done it: "said it had not fired", "none of its aircraft had
    operated", "said it was not responsible", "said no operations took place there"."""
    lemma = tok.lemma_.lower()
    no_evidence = _no_evidence(tok)
    if tok.pos_ == "VERB" and _none_happened(tok):
        agent = claimant_of(tok)[1]
    elif lemma in ATTACK and tok.pos_ == "VERB" and (negated(tok) or no_evidence):
        # "its forces were (not) involved": the one involved is the passive's subject
        agent = subject_of(tok) if lemma == "involve" else agent_of(tok)
    elif lemma in ("responsible", "involved") and (
        no_evidence or any(c.dep_ == "neg" for c in tok.head.children)
    ):
        # "not responsible for the blast", not "not responsible for protecting the convoy"
        about = [o for c in tok.children if c.dep_ == "prep" for o in c.children]
        if about and not any(_about_harm(o) for o in about):
            return None
        agent = subject_of(tok.head)
    elif lemma == "be" and _alibi(tok) is not None:  # "its last strike ... was days earlier"
        agent = _alibi(tok)
    elif lemma == "be" and negated(tok) and _not_its_own(tok):  # "the shell was not theirs"
        agent = next(c for c in tok.children if c.lower_ in _OWN)
    elif (
        lemma == "be"
        and (negated(tok) or _nowhere(tok))
        and _placed(tok)
        or (lemma == "have" and negated(tok) and _had_no_part(tok))
    ):  # "its patrols had not been there"
        agent = subject_of(tok)
    elif lemma == "be" and _none_there(tok):  # "the army said there were no drones in the area"
        agent = claimant_of(tok)[1]
    else:
        return None
    claimant_words, claimant = speaker(tok)
    party = party_of(agent, claimant) if agent is not None else None
    # a denial is the speaker's own: "the army said it had not fired", not "police said the
    # gunman did not fire" (one party clearing another)
    if party is None or claimant_words is None or (claimant and party.conflicts(claimant)):
        return None
    return Finding("deny", party, tok.text, claimant_words, "")


def responsibility(tok: Tok) -> Finding | None:
    """A party taking responsibility ("claimed responsibility": given the harm) or refusing it
    ("did not accept responsibility": a denial)."""
    if tok.lemma_.lower() not in RESPONSIBILITY_VERBS or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in tok.children):
        return None
    subj = subject_of(tok)
    claimant_words, claimant = speaker(tok)
    party = party_of(subj, claimant) if subj is not None else None
    if party is None:
        return None
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")
    kind = "deny" if negated(tok) or refused else "assign"
    return Finding(kind, party, tok.text, claimant_words or party.text, "")


def called_false(tok: Tok) -> Finding | None:
    """A party saying the accusation is false: "said the claim that its aircraft had struck
    the clinic was untrue"."""
    if (tok.lemma_.lower() not in FALSE and tok.lower_ not in FALSE) or tok.dep_ not in (
        "acomp",
        "attr",
        "oprd",
    ):
        return None
    noun = subject_of(tok.head)
    if noun is None or noun.lemma_.lower() not in DENIED_THING:
        return None
    claimant_words, claimant = speaker(tok)
    if claimant is None:
        return None
    return Finding("deny", claimant, tok.text, claimant_words, "")


def denial_noun(tok: Tok) -> Finding | None:
    """A denial named as a noun: "the armed forces issued a denial", "a denial from X"."""
    if tok.lemma_.lower() not in DENIAL_NOUNS or tok.pos_ != "NOUN":
        return None
    speaker = None
    if tok.dep_ == "dobj":
        speaker = subject_of(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            speaker = next((o for o in c.children if o.dep_ == "pobj"), speaker)
    party = party_of(speaker) if speaker is not None else None
    return Finding("deny", party, tok.text, party.text, "") if party else None
