"""Which of an incident's sources are sources of its toll (issue 13, item 1).

The grade counts the independent sources of the harm. Two kinds of names the claims or the
parse give do not report it:

* a source whose every claim says something **beside the incident** or states an
  **absence**: "local councillors said patrols on the road had been cut since January"
  (no word of the harm, the attack, its weapon or its victims), "the police said no arrests
  had been made", "the monitor found no evidence of a military target" (what is absent is no
  casualty). A figure, or an assertion about the harm, the attack or those harmed, keeps a
  source; so does what a reporting verb's object names ("named the driver as X", "posted
  photos of the rubble"), unless it is an absence;
* a source read from the parse with no claim of its own whose report **holds another
  source's figure** ("Posted by a user: six dead, says the ministry"): a relay of that
  source, folded under it as "X told Reuters" is.

Read from the pipeline's parse (``ParsedSentence``): each claim's words are found by its
evidence offsets in the sentence that holds them; a claim whose sentence the gate did not
keep is kept as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from claimledger.extract.numbers.lexicon import CASUALTY, PERSON
from claimledger.reconcile.grade_source_words import REPORT_OBJECTS, REPORTING
from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.reconcile.grade_words import AIR, ALT_CAUSE, ARMS_OF_WAR, STORED, WEAPON
from claimledger.records import Claim, ParsedSentence, SourceGroup

# Figures of what follows the harm, not the harm: their zero is an absence.
_AFTER = frozenset({"arrested", "displaced"})
# Forms of the harm (the casualty lexicon's killed, injured, missing, abducted and shot;
# not arrests or flight: "no arrests had been made" is no word of the toll).
_HARM_FORMS = frozenset(w for w, fig in CASUALTY.items() if fig not in ("arrested", "displaced"))
# Lemmas of the attack, its weapon, what it left and those it harmed (with, as nouns, what a
# report gives: REPORT_OBJECTS).
_EVENT = (
    WEAPON
    | AIR
    | ALT_CAUSE
    | STORED
    | ARMS_OF_WAR
    | frozenset(
        {"attack", "strike", "hit", "bomb", "shell", "blast", "explosion", "explode",
         "detonate", "raid", "ambush", "shoot", "gunman", "bullet", "shrapnel", "sniper",
         "assault", "incident", "bombing", "rubble", "debris", "crater", "wreck", "wreckage",
         "ruin", "damage", "destroy", "flatten", "burn", "collapse", "victim", "survivor",
         "casualty", "martyr", "funeral", "bury", "mourn", "grave", "morgue", "corpse",
         "remains", "body", "death", "die", "kill", "injure", "wound", "injury", "happen",
         "occur", "blow", "rescue", "rescuer", "ambulance", "hospital", "eulogy", "tribute",
         "harm", "hurt", "target", "civilian", "citizen", "crew", "gun", "rifle", "pistol",
         "handgun", "knife", "stab", "shooter", "attacker", "assailant", "fight", "fighting",
         "clash", "argument", "robbery", "crime", "homicide", "murder", "violence", "suicide",
         "inflict", "gunshot", "mourning", "grief", "grieve", "condolence"}
    )
)  # fmt: skip
# Nouns a number measures that are no people ("for two days", "3 km away").
_MEASURES = frozenset(
    {"day", "week", "month", "year", "hour", "minute", "km", "kilometre", "kilometer", "mile",
     "metre", "meter", "percent", "%", "time", "o'clock", "am", "pm"}
)  # fmt: skip
# Words of people: who was harmed, as a speaker who talks of them names them ("he was a
# teacher", "the family had fled", "Naseer was a leader"). A month or a weekday is no one.
_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "hers", "you", "your", "we",
     "us", "our", "i", "me", "my"}
)  # fmt: skip
_KIN = frozenset({"dad", "mum", "mom", "mother", "grandma", "grandpa", "baby"})
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)  # fmt: skip
# What a search finds or misses: "found no evidence of a military target", "no other
# reference to the incident" says what the speaker did not find, not the harm.
_FOUND = frozenset(
    {"evidence", "sign", "trace", "reference", "record", "indication", "mention", "proof",
     "confirmation", "corroboration"}
)  # fmt: skip
_NOTHING = frozenset({"nothing", "none", "nobody", "no-one", "one"})
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "expl"})


def _words_at(p: ParsedSentence, toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The words of a parsed sentence inside the document span [start, end)."""
    out, at = [], 0
    for t in toks:
        i = p.text.find(t.text, at)
        if i < 0:
            return []
        at = i + len(t.text)
        if start <= p.start + i and p.start + at <= end:
            out.append(t)
    return out


def _people(t: Tok) -> bool:
    """A word naming people: a pronoun of a person, a name (not a month's), a person noun
    that heads its phrase ("the men", not "police patrols")."""
    low = t.lower_
    if low in _PRONOUNS or (t.pos_ == "PROPN" and low not in _CALENDAR):
        return True
    return t.dep_ != "compound" and (low in PERSON or t.lemma_.lower() in PERSON or low in _KIN)


def _harm_word(t: Tok, people: bool = True, harm: bool = True) -> bool:
    """A word of the attack, its weapon, a report's object, (``harm``) of the harm, or
    (``people``) of anyone or a number of people."""
    if (harm and t.lower_ in _HARM_FORMS) or t.lemma_.lower() in _EVENT:
        return True
    # what a report gives, as a noun ("photos of the rubble", "the names"; not "reported")
    if t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_OBJECTS:
        return True
    if not people:
        return False
    if _people(t):
        return True
    # a number of people ("all three worked at the mill"), not of days or kilometres
    if t.pos_ != "NUM":
        return False
    after = t.sent[t.i + 1] if t.i + 1 < len(t.sent) else None
    return after is None or after.lemma_.lower() not in _MEASURES


def _not_found(root: Tok) -> bool:
    """An absence of what a search finds: "no evidence of ...", "no other reference to the
    incident", "found no sign that ..."."""
    core = [root, *(c for c in root.children if c.dep_ in _CORE)]
    return any(
        t.lemma_.lower() in _FOUND and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children)
        for t in core
    )


def _none_of(root: Tok) -> list[Tok]:
    """What a clause or phrase says there is none of: "no arrests", "nothing", "no one"."""
    core = [root, *(c for c in root.children if c.dep_ in _CORE)]
    return [
        t
        for t in core
        if (t.lower_ in _NOTHING and t.lower_ != "one")
        or any(d.dep_ == "det" and d.lower_ == "no" for d in t.children)
        or (t.lower_ == "one" and any(d.lower_ == "no" for d in t.children))
    ]


def _absent(root: Tok) -> bool:
    """What is said is an absence: "no arrests had been made", "no evidence of a target",
    "nothing was found"; a negated clause ("had not been used")."""
    return any(c.dep_ == "neg" for c in root.children) or bool(_none_of(root))


def _of_the_toll(claim: Claim, parsed: Sequence[ParsedSentence]) -> bool:
    """A claim about the harm: a figure, or an assertion whose words name the harm, the
    attack, its weapon, what a report gives or anyone; an assertion with none of these is
    beside the toll when it is a clause ("patrols had been cut since January") or an
    absence ("no evidence of a military target"): what a reporting verb's object names
    otherwise keeps it ("described the scene")."""
    e = claim.evidence
    return said_of_the_toll(claim.figure, claim.high, e.start, e.end, parsed)


def said_of_the_toll(
    figure: str | None, high: int | None, start: int, end: int, parsed: Sequence[ParsedSentence]
) -> bool:
    """:func:`_of_the_toll` of a claim given by its figure, its high value and its words'
    offsets [start, end) (a stored claim, ``corpus/independence.py``)."""
    if figure is not None:
        # "no one had been detained": an absence of arrests says nothing of the harm
        return not (figure in _AFTER and high == 0)
    p = next((p for p in parsed if p.start <= start and end <= p.end), None)
    if p is None:
        return True
    words = _words_at(p, tokens_of(p), start, end)
    if not words:
        return True
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head is t]
    if any(_not_found(r) for r in roots):
        return False
    # those said to be absent are no one harmed ("no suspects had been identified")
    absent = [t for r in roots for t in _none_of(r)]
    gone = {w.i for t in absent for w in t.subtree}
    # what none of was harmed is no harm of anyone ("no vessels had been reported missing"),
    # unlike "no one was killed"
    things = any(not _people(t) and t.lower_ not in _NOTHING - {"nothing"} for t in absent)
    if any(_harm_word(t, people=t.i not in gone, harm=not things) for t in words):
        return True
    clause = any(r.pos_ in ("VERB", "AUX") for r in roots)
    return not clause and not any(_absent(r) for r in roots)


def _relayed_origin(
    g: SourceGroup,
    claims: Sequence[Claim],
    parsed: Sequence[ParsedSentence],
    key: Callable[[str], str],
) -> str | None:
    """The source whose figure the report of a source with no claim holds, named in that
    report or saying it ("Posted by X: six dead, says the ministry"; "X shared the
    ministry's toll of six"): that figure's source's name, else None. A figure given to
    another whose name the report does not hold is not relayed ("The governor spoke of three
    dead; the union listed five": a figure read as the union's stays the governor's report)."""
    me = key(g.name)
    for p in parsed:
        figures = [
            c
            for c in claims
            if c.figure is not None
            and c.source.kind != "author"
            and key(c.source.name) != me
            and p.start <= c.evidence.start
            and c.evidence.end <= p.end
            and (at := c.source.evidence) is not None
            and p.start <= at.start
            and at.end <= p.end
        ]
        if not figures:
            continue
        toks = tokens_of(p)
        for verb in _reports_of(toks, me, key):
            held = {t.i for t in _content(verb)}
            if verb.dep_ in ("advcl", "parataxis", "ccomp") and verb.head is not verb:
                held_by = {t.i for t in verb.head.children if t.dep_ in ("nsubj", "agent")}
            else:
                held_by = set()
            for c in figures:
                said = _words_at(p, toks, c.evidence.start, c.evidence.end)
                at = c.source.evidence
                who = _words_at(p, toks, at.start, at.end) if at else []
                named = _names_origin(who, held, held_by, verb)
                if said and named and all(t.i in held for t in said):
                    return c.source.name
    return None


def _names_origin(who: list[Tok], held: set[int], held_by: set[int], verb: Tok) -> bool:
    """The figure's source is named in the report, or says it, as its own speaker: not a
    pronoun (the reporter itself: "shared the pictures ... in his post"), not the "by" of a
    report ("as reported by AP": the one who relays the report), not one coordinated with
    the reporter ("X and Y stated ..., with Y adding")."""
    if not who or all(t.pos_ == "PRON" for t in who):
        return False
    mine = {c.i for c in verb.children if c.dep_ in ("nsubj", "agent")}
    for t in who:
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.i in held:
            return False
        # "with Y adding that ...": a second speaker beside the reporter, not its content
        if t.dep_ == "nsubj" and t.i in held and t.head.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if any(c.i in mine or c.head.i in mine for c in t.conjuncts):
            return False
    return any(t.i in held or t.i in held_by for t in who)


def _reports_of(toks: list[Tok], me: str, key: Callable[[str], str]) -> list[Tok]:
    """The reporting verbs whose subject or "by" agent names the source ``me``."""
    out = []
    for v in toks:
        if v.lemma_.lower() not in REPORTING or v.pos_ != "VERB":
            continue
        who = [c for c in v.children if c.dep_ == "nsubj"]
        who += [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if any(key(" ".join(w.text for w in c.subtree)) == me or key(c.text) == me for c in who):
            out.append(v)
    return out


# A report's own speaker and the clauses joined to it ("X posted photos; the ministry said
# ...") are no content of it, nor, at any depth, a clause of time or contrast ("..., while Y
# reported", "with Y adding").
_NOT_CONTENT = frozenset({"conj", "parataxis", "nsubj", "agent", "cc"})
_ASIDE = frozenset({"advcl", "mark"})


def _content(verb: Tok) -> list[Tok]:
    """What a report holds: the verb's words less its own speaker, the clauses joined to it
    and the adverbial clauses inside it."""
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(
            c
            for c in t.children
            if c.dep_ not in _ASIDE and not (t is verb and c.dep_ in _NOT_CONTENT)
        )
    return out


def toll_sources(
    sources: Sequence[SourceGroup],
    claims: Sequence[Claim],
    parsed: Sequence[ParsedSentence],
    key: Callable[[str], str],
) -> tuple[SourceGroup, ...]:
    """The sources of the toll among an incident's sources (module docstring).

    Args:
        sources: the incident's independent sources (``grade_merge.merge_sources``).
        claims: its claims.
        parsed: its parsed sentences (at offsets into the document).
        key: a source name's loose identity (``grade.origin_key``).

    Returns:
        The sources less those whose every claim is beside the toll, with a source that only
        relays another's figure folded under it as a relay.
    """
    kept: list[SourceGroup] = []
    for g in sources:
        if g.kind != "author" and g.n_claims:
            names = {key(g.name), *map(key, g.relays)}
            mine = [c for c in claims if key(c.source.name) in names]
            if mine and not any(_of_the_toll(c, parsed) for c in mine):
                continue
        kept.append(g)
    out = list(kept)
    for g in kept:
        if g.kind == "author" or g.n_claims:
            continue
        origin = _relayed_origin(g, claims, parsed, key)
        target = next((o for o in out if origin and key(o.name) == key(origin)), None)
        if target is None:
            continue
        out.remove(g)
        i = out.index(target)
        out[i] = dataclasses.replace(target, relays=(*target.relays, g.name))
    return tuple(out)
