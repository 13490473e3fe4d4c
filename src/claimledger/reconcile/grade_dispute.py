"""Disputed responsibility, read from the parse: who blames whom, who denies.

Input: sentences of an incident's text. Output: :class:`Dispute` findings, each
with the sentence (its evidence), the cue word and the parties it names. The
grade (``reconcile/grade.py``) calls an incident *contested* when the text

* gives the harm to two **incompatible parties** (``assignments``): "the
  government blamed the rebels; the rebels said the rocket was fired by
  government air defences" -- an accused party is the object of a blame verb
  (blame, accuse, attribute ... to, hold ... responsible), the agent of an
  attack verb (fire, strike, launch, shell ...; "by X"), the owner of the
  weapon that did it ("a rebel mortar round", "the army's artillery") or of the
  place it came from ("came from army positions"); or
* reports a **denial** by a party or its spokesman (``denials``): a denial
  verb (deny, reject, dismiss, refute ...) on the accusation, the claim, a
  version or the party's involvement; calling the accusation false, fabricated
  or baseless; or a negated attack verb whose subject is that party ("said it
  had not fired", "none of its aircraft had operated", "conducted no strike").

Everything is read from the dependency parse and lemmas, word classes rather
than phrases; a party is a side (state, non-state, a coalition) and, when the
text says, a country ("Israeli forces"). Two parties conflict when their sides
or their countries differ. Only sentences that hold a word of the classes are
read (the gate, ``grade_gate.py``: in a text that names one side only, the
sentences with a denial, blame or conflict word or a negated attack).

The parse comes in as plain records (:class:`~claimledger.records.ParsedSentence`,
walked as ``grade_tokens.Tok``), never as spaCy objects: in one document they are
the pipeline's own parse of the gated sentences (``attribute/parsed.py``,
``sentence_records``); for a corpus incident, whose stored texts have no parse, the
gated sentences are parsed with the ingest's model (``parse_sentences``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.reconcile.grade_blasts import (
    BLASTS,
    STORES,
    blast_in_store,
    blast_of,
    by_itself,
    caught_fire,
    went_off,
    went_off_subjects,
)
from claimledger.reconcile.grade_conflict import accounts_conflict, mutual
from claimledger.reconcile.grade_denials import (
    called_false,
    denial,
    denial_noun,
    negated_part,
    responsibility,
    speaker,
)
from claimledger.reconcile.grade_gate import gated
from claimledger.reconcile.grade_parties import (
    Finding,
    Party,
    agent_of,
    as_state,
    attack_verb,
    named_party,
    negated,
    party_of,
    state_names,
    subject_of,
    weapon_party,
)
from claimledger.reconcile.grade_source_words import NEWS, REPORT_NOUNS
from claimledger.reconcile.grade_tokens import Tok, pobjs, tokens_of
from claimledger.reconcile.grade_unknown import disputed_who, unknown_who
from claimledger.reconcile.grade_words import (
    ALT_CAUSE,
    ATTACK,
    BLAME,
    BLAME_WITH,
    CALL,
    DENY,
    FROM_VERBS,
    GOING_OFF,
    HARMED,
    ORIGIN,
    REPORT,
    RESPONSIBLE,
    SENSE,
    STORED,
    WEAPON,
    WORK,
)
from claimledger.records import ParsedSentence
from claimledger.resources.demonyms import state_words

_STATE_WORDS = state_words()


def _accused(verb: Tok) -> list[Tok]:
    """The accused of a blame verb: "blamed X", "blamed it on X", "attributed it to X",
    "accused X", "held X responsible" (and their conjuncts)."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    preps: dict[str, list[Tok]] = {}
    for c in verb.children:
        if c.dep_ in ("prep", "dative"):  # "either to X or to Y": the second "to" too
            for p in [c, *(d for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP")]:
                preps.setdefault(p.lower_, []).extend(o for o in p.children if o.dep_ == "pobj")
    if lemma in ("attribute", "ascribe"):
        found = preps.get("to", []) + preps.get("on", [])
    elif lemma in ("blame", "pin"):  # "blamed the attack on X", "pinned the killings on X":
        # "on" may hang from the object
        on_obj = [o for t in objs for c in t.children if c.lower_ == "on" for o in c.children]
        on = preps.get("on", []) + [o for o in on_obj if o.dep_ == "pobj"]
        found = on or (objs if lemma == "blame" else [])
    elif lemma == "put" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        found = [blast_of(o) for o in preps.get("to", [])]  # "put the deaths down to X"
    elif lemma in ("place", "put", "lay", "shift"):  # "placed the blame on X"
        blame = [t for t in objs if t.lemma_.lower() in BLAME_WITH[lemma]]
        on = [
            o for t in blame for c in t.children if c.lower_ in ("on", "onto") for o in c.children
        ]
        at = [_door_of(o) for o in preps.get("at", [])]  # "laid the blame at the Guard's door"
        found = preps.get("on", []) + preps.get("onto", []) + on + at if blame else []
    elif lemma == "point":  # "pointed the finger at X", "pointed to X and to Y"
        finger = any(c.lemma_.lower() == "finger" for c in objs)
        found = preps.get("at", []) if finger else preps.get("to", [])
    elif lemma == "hold":  # "held X responsible": X may be the small clause's subject
        resp = [t for t in verb.subtree if t.lemma_.lower() in RESPONSIBLE]
        found = objs + [c for t in resp for c in t.children if c.dep_ == "nsubj"] if resp else []
    else:
        found = objs
    found = [blast_of(t) for t in found]  # "blamed an explosion at a Column arms depot"
    return found + [c for t in found for c in t.conjuncts] + _gapped(verb)


def _door_of(noun: Tok) -> Tok:
    """Whose door or feet blame is laid at: "at the Guard's door", "at the door of the army"."""
    if noun.lemma_.lower() not in ("door", "doorstep", "foot", "feet"):
        return noun
    owner = [c for c in noun.children if c.dep_ == "poss"]
    owner += [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return owner[0] if owner else noun


def _gapped(verb: Tok) -> list[Tok]:
    """The object of a verb said once for two speakers ("some blamed a government drone,
    others a rebel car bomb"): the parser hangs the second object on "others"."""
    others = [t for t in verb.subtree if t.lower_ in ("others", "other") and t.i > verb.i]
    others = [t for t in others if t.dep_ in ("dative", "npadvmod", "appos", "conj", "dobj", "dep")]
    objs = [o for c in others for o in c.children if o.dep_ in ("dobj", "appos", "npadvmod")]
    # "some pointed to the Iron Column, others to the army"
    return objs + [
        o
        for c in others
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("to", "on", "at")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _held(noun: Tok) -> bool:
    """A place a party holds: "the rebel-held hills", "army-controlled ground"."""
    return any(c.lemma_.lower() in ("hold", "control", "occupy") for c in noun.children)


def _agents(verb: Tok) -> list[Tok]:
    """Who did an attack or a harm: every "by" agent ("either by an army drone or by a Front
    missile", "by the army's shelling or by a Front car bomb"), else the active subject of an
    attack verb ("the army shelled"; "the strike killed 5" tells no party)."""
    bys = [c for c in verb.children if c.dep_ == "agent"]
    bys += [d for b in bys for d in b.children if d.dep_ == "conj" and d.pos_ == "ADP"]
    # "killed in crossfire or by an army strike": a "by" coordinated with another preposition
    bys += [
        d
        for c in verb.children
        if c.dep_ == "prep"
        for d in c.children
        if d.dep_ == "conj" and d.lower_ == "by"
    ]
    found = [o for b in bys for o in b.children if o.dep_ == "pobj"]
    # "killed by secondary blasts of rebel ammunition": the blast's store is the cause
    found = [blast_of(o) for o in found]
    if found or verb.lemma_.lower() in HARMED:
        return found
    agent = agent_of(verb)
    return [agent] if agent is not None else []


def _assignments(tok: Tok) -> list[tuple[Tok, str]]:
    """Words naming who did it, with the cue they were read by."""
    lemma = tok.lemma_.lower()
    out: list[tuple[Tok, str]] = []
    if tok.pos_ == "VERB" and not negated(tok):
        if lemma in BLAME:
            out += [(t, tok.text) for t in _accused(tok)]
        elif attack_verb(tok) or lemma in HARMED:
            out += [(a, tok.text) for a in _agents(tok)]
    if tok.pos_ == "VERB" and lemma in ATTACK | FROM_VERBS and not _news_from(tok):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                out += [
                    (o, f"from {o.text}")
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                    for o in [obj, *obj.conjuncts]  # "from an army shell or a Front mine"
                    # a place of origin, or a weapon fired from ("from a government aircraft")
                    if o.lemma_.lower() in ORIGIN | WEAPON | {"air"}
                    or _held(o)
                    or lemma in FROM_VERBS
                ]
    if went_off(tok):  # "a militant bomb-making workshop had blown up": its owner's doing
        out += [(c, tok.text) for c in went_off_subjects(tok, ("nsubj",))]
    out += [(c, tok.text) for c in caught_fire(tok)]
    out += [(c, tok.text) for c in _to_blame(tok)]
    if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        subj = subject_of(tok.head)  # "the army was behind the attack"
        if subj is not None:
            out.append((subj, "behind"))
    owner = subject_of(tok) if lemma == "belong" else None
    if owner is not None and owner.lemma_.lower() in WEAPON:  # "the drone belonged to the army"
        out += [(o, tok.text) for c in tok.children if c.lower_ == "to" for o in c.children]
    if lemma in WEAPON and tok.dep_ in ("nsubj", "attr", "nsubjpass") and tok.pos_ == "NOUN":
        out.append((tok, tok.text))
    out += _reported(tok)
    if lemma == "victim" and tok.pos_ == "NOUN":  # "the dead were victims of a rebel drone"
        out += [(o, tok.text) for c in tok.children if c.lower_ == "of" for o in c.children]
    if lemma in WORK and tok.dep_ == "attr":  # "the shelling was the army's work"
        out += [(c, tok.text) for c in tok.children if c.dep_ == "poss"]
    if lemma in SENSE and tok.pos_ == "VERB" and not negated(tok):  # "heard jets overhead"
        heard = [c for c in tok.children if c.dep_ == "dobj"]
        heard += [
            d for c in tok.children if c.dep_ == "ccomp" for d in c.children if d.dep_ == "nsubj"
        ]
        out += [(w, tok.text) for w in heard if w.lemma_.lower() in WEAPON]
    return out


# What one responsible "for" did ("responsible for the strike"; not "for protecting the convoy").
_DEEDS = ATTACK | WEAPON | HARMED | BLASTS | frozenset({"death", "killing", "incident", "die"})


def _to_blame(be: Tok) -> list[Tok]:
    """The subject of "was to blame", "were at fault", "was responsible (for the strike)":
    the one a clause gives the harm ("a Front spokesman said army gunners were to blame")."""
    if be.lemma_ != "be" or negated(be):
        return []
    said = any(
        (c.dep_ == "xcomp" and c.lemma_.lower() == "blame")
        or (c.dep_ == "prep" and c.lower_ == "at" and any(o.lower_ == "fault" for o in pobjs(c)))
        for c in be.children
    )
    for c in be.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in RESPONSIBLE and not negated(c):
            fors = [
                o
                for p in c.children
                if p.lower_ == "for"
                for o in p.children
                if o.dep_ in ("pobj", "pcomp")
            ]
            said = said or all(o.lemma_.lower() in _DEEDS for o in fors)
    subj = subject_of(be) if said else None
    return [subj] if subj is not None and subj.pos_ in ("NOUN", "PROPN") else []


def _news_from(verb: Tok) -> bool:
    """A report said to come from someone ("the claim came solely from a pro-rebel Telegram
    account", "the figures came from the rebel side"): where news comes from, not a shot."""
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in REPORT_NOUNS | NEWS


# Verbs of owning up to an attack ("acknowledged a strike on a nearby target").
_OWN_UP = frozenset({"acknowledge", "admit", "confirm", "concede"})


# Nouns of an attack, whose party the words before them name ("a rebel mortar attack").
_ATTACKS = frozenset({"attack", "bombing", "assault", "ambush", "offensive"})


def _reported(tok: Tok) -> list[tuple[Tok, str]]:
    """An attack reported with its party ("Belk Radio reported a coalition airstrike"), or
    owned up to by the subject ("the air force acknowledged a strike")."""
    lemma = tok.lemma_.lower()
    if lemma not in REPORT - BLAME - DENY or tok.pos_ != "VERB" or negated(tok):
        return []
    subj = subject_of(tok)
    own = lemma in _OWN_UP and subj is not None
    said = [c for c in tok.children if c.dep_ == "dobj"]
    said += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    out = []
    for c in (c for c in said if c.lemma_.lower() in WEAPON | _ATTACKS):
        if party_of(c) is not None or weapon_party(c).side is not None:  # "an airstrike"
            out.append((c, tok.text))
        elif own and subj is not None:  # "the air force acknowledged a strike"
            out.append((subj, tok.text))
        elif subj is not None and c.lemma_.lower() != "fire":
            # "survivors described a missile strike": an attack of no party named, against
            # a cause that is none (grade_dispute._conflict)
            out.append((c, tok.text))
    return out


# What a party may say its strike hit instead of those harmed: a store of arms, a launcher, a
# position, fighters ("said it hit a weapons depot 300 metres away").
_MILITARY_TARGETS = STORES | frozenset(
    {"launcher", "position", "base", "checkpoint", "headquarters", "outpost", "bunker",
     "fighter", "militant", "cell", "post", "camp", "compound", "hideout"}
)  # fmt: skip


def _owned_elsewhere(tok: Tok) -> Finding | None:
    """A party that owns up to a strike but puts the harm elsewhere, in a clause of contrast:
    "acknowledged a strike in the area but said it hit a weapons depot 300 metres away",
    "confirmed it had struck ... but attributed the casualties to an ammunition store". It
    denies that its strike did the harm (read as a denial: contested beside other accounts)."""
    if tok.lemma_.lower() not in _OWN_UP or tok.pos_ != "VERB" or negated(tok):
        return None
    subj = subject_of(tok)
    party = party_of(subj) if subj is not None else None
    if party is None:
        return None
    owned = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in WEAPON]
    owned += [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and attack_verb(c)]
    for head in [tok, *owned] if owned else []:
        if not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
            continue
        for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if _put_elsewhere(conj):
                return Finding("deny", party, conj.text, party.text, "")
    return None


def _put_elsewhere(verb: Tok) -> bool:
    """A clause giving the harm a cause that is no attack on those harmed: a blame on a store
    of arms or a cause that is none ("attributed the casualties to an ammunition store"), or
    a strike on a military target ("said it hit a weapons depot")."""
    if verb.lemma_.lower() in BLAME:
        return any(t.lemma_.lower() in STORES | STORED or _alt_cause(t) for t in _accused(verb))
    hits = [verb] if attack_verb(verb) else []
    hits += [c for c in verb.children if c.dep_ == "ccomp" and attack_verb(c)]
    if any(
        o.dep_ == "dobj" and o.lemma_.lower() in _MILITARY_TARGETS for h in hits for o in h.children
    ):
        return True
    # "said its target was a rebel command post", "insisted the target was a boat"
    aims = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    return any(
        any(s.dep_ == "nsubj" and s.lemma_.lower() in ("target", "objective") for s in be.children)
        and any(a.dep_ == "attr" for a in be.children)
        for be in aims
    )


def _alt_cause(tok: Tok) -> bool:
    """A cause of the harm that is no party's attack: "a landmine", "stored munitions had
    detonated", "a misfired rocket", "an accident", "an accidental detonation"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and any(c.lemma_.lower() == "accidental" for c in tok.children):
        return True
    if lemma == "fault" and tok.pos_ == "NOUN":  # "an electrical fault"; not "the army's fault"
        return any(c.lower_ in ("electrical", "technical", "mechanical") for c in tok.children)
    if lemma == "crossfire":  # "killed in crossfire or by an army strike": both sides' fire
        return _alternative(tok)
    if lemma in ALT_CAUSE:  # "had mined the area" is an attack; "a mine", "misfired" are not
        if tok.pos_ == "NOUN" and tok.dep_ != "compound":
            # a misfire or malfunction is a cause when it is a weapon's ("the rocket's misfire"),
            # not "caused the pumps to malfunction"
            if lemma in ("misfire", "malfunction"):
                near = [*tok.subtree, tok.head]
                return any(t.lemma_.lower() in WEAPON for t in near if t.i != tok.i)
            return True
        # "a misfired rocket", "the rocket misfired"; not "caused the pumps to malfunction"
        if tok.dep_ == "amod":
            return tok.head.lemma_.lower() in WEAPON
        own = [c for c in tok.children if c.dep_ == "nsubj"]  # its own subject, not inherited
        return lemma in ("misfire", "malfunction") and any(c.lemma_.lower() in WEAPON for c in own)
    if (
        lemma in WEAPON
        and tok.pos_ == "NOUN"
        and any(c.lemma_.lower() in ("unexploded", "leftover", "abandoned") for c in tok.children)
    ):  # "an unexploded shell from last year's fighting"
        return True
    if by_itself(tok) or blast_in_store(tok) or _handled(tok):
        return True
    # "stored munitions", "by stored fuel"
    if (
        lemma in STORED | {"fuel", "gas", "petrol", "diesel"}
        and tok.pos_ == "NOUN"
        and tok.dep_ != "compound"
    ):
        around = {t.lemma_.lower() for t in tok.children} | {tok.head.lemma_.lower()}
        return bool(around & GOING_OFF)
    return False


# Verbs of handling a weapon, not firing it ("a bomb the men were assembling").
_HANDLE = frozenset(
    {"assemble", "make", "build", "handle", "carry", "transport", "prepare", "move"}
)


def _handled(noun: Tok) -> bool:
    """A weapon those harmed were handling, of no party named: "a bomb the men were
    assembling", "explosives they were carrying" (carried munitions, no attack)."""
    if noun.lemma_.lower() not in WEAPON | STORED or noun.pos_ != "NOUN":
        return False
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() in _HANDLE and not negated(clause):
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            return all(party_of(s) is None for s in subj)
    return False


def _said_to_be(word: Tok) -> bool:
    """What the blast is said to have been: "insisted it was a drone" (not "there were no
    drones")."""
    return (
        word.dep_ == "attr"
        and word.head.lemma_ == "be"
        and not negated(word.head)
        and not any(c.lower_ in ("no", "any") for c in word.children)
    )


def _one_token(tok: Tok) -> list[Finding]:
    """The findings a word of the sentence starts (the sentence is filled in by the caller)."""
    lemma = tok.lemma_.lower()
    if unknown_who(tok):  # "it is unclear who fired the rocket"
        return [Finding("unknown", Party(None, None, "who did it"), tok.text, None, "")]
    traded = tok.pos_ == "VERB" and mutual(tok)
    if traded or accounts_conflict(tok):
        kind = "mutual" if traded else "conflict"
        return [Finding(kind, Party(None, None, tok.text), tok.text, None, "")]
    if disputed_who(tok):  # "it remains disputed which side fired"
        return [Finding("disputed", Party(None, None, "who did it"), tok.text, None, "")]
    elsewhere = _owned_elsewhere(tok)
    if elsewhere is not None:
        return [elsewhere]
    if lemma in DENY or lemma in CALL:
        party = denial(tok)
        if party is not None:
            return [Finding("deny", party, tok.text, party.text, "")]
    negated = negated_part(tok) or responsibility(tok) or called_false(tok) or denial_noun(tok)
    if negated is not None:
        return [negated]
    if _alt_cause(tok):
        claimant_words, _ = speaker(tok)
        party = Party(None, None, tok.text)
        return [Finding("cause", party, tok.text, claimant_words, "", False, _alternative(tok))]
    found = []
    for word, cue in _assignments(tok):
        claimant_words, claimant = speaker(word)
        party = party_of(word, claimant)
        attack_cue = lemma in REPORT | SENSE | HARMED or lemma == "cause" or attack_verb(tok)
        # "insisted it was a drone": what the blast is said to have been
        attack_cue = attack_cue or _said_to_be(tok)
        if party is None and word.lemma_.lower() in WEAPON | STORED | {"air"} and attack_cue:
            party = weapon_party(word)  # "attributed the blast to an air raid", "from the air"
        if party is None and lemma in BLAME:
            party = named_party(word)  # "pointed to the Iron Column"
        if party is not None:
            agreed = lemma in BLAME and _all_agree(tok)
            found.append(
                Finding("assign", party, cue, claimant_words, "", agreed, _alternative(word))
            )
    return found


def _alternative(word: Tok) -> bool:
    """A word given as one of alternatives: "either to X or to Y", "an army shell or a Front
    mine" (an "or" on it, on the word it is coordinated with, or on its preposition)."""
    near = [word, word.head]
    if word.dep_ == "pobj":  # "to X or to Y": the "or" hangs on the first preposition
        near += [word.head.head] if word.head.dep_ == "conj" else []
    return any(c.dep_ == "cc" and c.lower_ == "or" for t in near for c in t.children)


def read_sentence_tokens(sent: list[Tok], sentence: str) -> list[Finding]:
    """The findings of one parsed sentence, each with the sentence as its evidence."""
    return [dataclasses.replace(f, sentence=sentence) for tok in sent for f in _one_token(tok)]


def read_parsed(parsed: Sequence[ParsedSentence]) -> list[Finding]:
    """The findings of parsed sentences (``attribute/parsed.py`` builds them)."""
    return [f for p in parsed for f in read_sentence_tokens(tokens_of(p), p.text)]


def _all_agree(verb: Tok) -> bool:
    """Every source says so: "all sources attributed", "sources consistently blamed"."""
    subj = subject_of(verb)
    if subj is not None and any(c.lower_ in ("all", "every", "both") for c in subj.subtree):
        return True
    return any(c.lower_ in ("consistently", "unanimously", "uniformly") for c in verb.children)


@dataclass(frozen=True)
class Dispute:
    """Why responsibility is disputed: the findings that show it."""

    kind: str  # "denial" | "two parties"
    findings: tuple[Finding, ...]

    def reason(self) -> str:
        """The reason's words: the parties, who says so, the cue and the sentence."""
        parts = []
        for f in self.findings:
            who = f" ({f.claimant})" if f.claimant and f.claimant != f.party.text else ""
            verb = {
                "deny": "denies",
                "assign": "given the harm",
                "cause": "a cause",
                "mutual": "blame traded",
                "conflict": "accounts conflict",
                "unknown": "unknown",
                "disputed": "disputed",
            }[f.kind]
            parts.append(f"{f.party.text}{who} {verb} [{f.cue}]: “{_short(f.sentence)}”")
        return f"{self.kind}: " + "; ".join(parts)


def _short(s: str, limit: int = 120) -> str:
    s = " ".join(s.split())
    return s[:limit] + ("…" if len(s) > limit else "")


def _conflict(a: Finding, b: Finding) -> bool:
    """Two accounts that cannot both hold: two parties, or an attack and a cause that is none."""
    if a.kind == "assign" and b.kind == "assign":
        return a.party.conflicts(b.party)
    # an attack and a cause that is none, told by two speakers or given by the text as
    # alternatives ("whether the blast came from an army shell or a Front mine")
    given = a.alternative and b.alternative and a.sentence == b.sentence
    return {a.kind, b.kind} == {"assign", "cause"} and (a.claimant != b.claimant or given)


def find_disputes(parsed: Sequence[ParsedSentence], text: str) -> list[Dispute]:
    """The disputes of an incident: a denial beside another account of the harm (another
    party, or a cause that is no party's attack), or two accounts that conflict.

    Args:
        parsed: the incident's parsed sentences (at least those the gate keeps in a text
            naming two sides; the others are left unread).
        text: the incident's text (whether it names two sides decides the gate).

    Returns:
        The disputes, each with the findings that show it.
    """
    keep = gated([p.text for p in parsed], text)
    findings = read_parsed([p for p, k in zip(parsed, keep, strict=True) if k])
    states = state_names(parsed)  # "Kessan artillery" beside "the Kessan army": a state's
    if states:
        findings = [dataclasses.replace(f, party=as_state(f.party, states)) for f in findings]
    accounts = [f for f in findings if f.kind in ("assign", "cause")]
    out = [Dispute("accounts conflict", (f,)) for f in findings if f.kind in ("mutual", "conflict")]
    out += [Dispute("responsibility unknown", (f,)) for f in findings if f.kind == "unknown"]
    agreed = [a for a in accounts if a.unanimous]
    for d in (f for f in findings if f.kind == "deny"):
        other = next((a for a in accounts if a.kind == "cause" or d.party.conflicts(a.party)), None)
        if other is not None:
            out.append(Dispute("denial", (d, other)))
        elif not agreed:  # a denial the sources do not all contradict
            out.append(Dispute("denial", (d,)))
    for i, a in enumerate(accounts):
        other = next((b for b in accounts[i + 1 :] if _conflict(a, b)), None)
        if other is not None:
            out.append(Dispute("two accounts", (a, other)))
            break
    # who did it said to be disputed: after the accounts that name the parties
    out += [Dispute("who did it disputed", (f,)) for f in findings if f.kind == "disputed"]
    return out


def sources_agree(parsed: Sequence[ParsedSentence], text: str) -> bool:
    """The text says its sources agree on who did it ("all of them blamed the army", "sources
    consistently attributed the strike to X"): a unanimous finding in the sentences the gate
    keeps. The learned text reader (``grade._disputes``) reads no dispute then."""
    keep = gated([p.text for p in parsed], text)
    findings = read_parsed([p for p, k in zip(parsed, keep, strict=True) if k])
    return any(f.unanimous for f in findings)
