"""Who reports the harm, read from the parse: the grade's count of independent sources.

The claims (``attribute/``) give a source to each figure; a text also names sources that
give no figure of their own ("Kessa Voice named all four; the deaths were also reported by
Dalat FM and confirmed by the civil defence"), lists several in one subject ("Sorra TV,
Kessa Voice and the Harran Herald all carried reports"), or names one twice ("a lone
Telegram channel reported ... The channel posted no pictures"). Read from the pipeline's
parse (``ParsedSentence`` records walked as ``grade_tokens.Tok``):

* a **reporting predicate** (report, carry, publish, name, confirm, say, post, cite, give,
  release, echo ...: ``REPORTING``; or a verb whose object is what a report gives, "ran
  photographs", "followed with the same figures": ``REPORT_OBJECTS``) not negated: its
  subject (also when the parser hangs it elsewhere: "was the first to report", "visited the
  site and photographed the rubble", "X, citing Y", an appositive list, "as did Y"), each "by"
  agent of its passive ("also reported by Y and confirmed by Z"), "according to X and to Y",
  the "by" or "from" of a report noun ("a post by a news account", "the report came from a
  channel"), "several sources, including X and Y", each with its conjuncts, is a source when
  it names someone who reports (a name, a word of ``SOURCE_NOUNS``, or any noun but a thing's
  as the subject of a verb of speech: "an imam described the attack");
* the one told or spoken to is a **relay**, not a source ("a relative told a local page",
  "relatives who spoke to Sorra TV"); the other way round when an outlet speaks to, quotes,
  interviews or cites someone ("reporters spoke to the widow", "quoted the village head"),
  and an outlet that republishes, reposts or forwards a post relays it;
* a **definite description** ("the channel", "the page") whose head is the head of an
  earlier source, or a generic outlet noun ("the newspaper") after a named outlet, is that
  source;
* who **searched** for sources ("Airwars identified no further sources") is the monitor,
  and a platform ("wrote on Facebook", "on X") is where a post was put: neither is a source;
* a report said to be **the only one** ("the only report came from ...", "Only the Ilvan
  Courier has reported") is a cue that the reports repeat one origin (``ReadSources.sole``).

What a word names (its words, a definite description, sources counted) is read in
``grade_mention.py``. ``grade_merge.merge_sources`` (``grade.grade_text``) joins these to the
claims' sources.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.reconcile.grade_lists import bracketed, co_subjects, counted_list, out_of_clause
from claimledger.reconcile.grade_lists import broken_list as _broken_list
from claimledger.reconcile.grade_lists import list_head as _list_head
from claimledger.reconcile.grade_lists import listed as _listed
from claimledger.reconcile.grade_lists import with_conjuncts as _with_conjuncts
from claimledger.reconcile.grade_mention import Mention, mention, name_words, split_mention
from claimledger.reconcile.grade_parties import negated
from claimledger.reconcile.grade_search import (
    lone,
    merely_passes_on,
    nothing_beyond,
    of_the_incident,
    rests_on_one,
    same_origin,
    searcher,
    the_incident,
)
from claimledger.reconcile.grade_search import sole as sole_report
from claimledger.reconcile.grade_source_words import (
    ASSESS,
    HARM,
    INCIDENT,
    LISTING,
    MANY,
    MEDIA,
    NEWS,
    NUMBERS,
    PLATFORMS,
    QUOTE,
    REPEAT,
    REPORT_NOUNS,
    REPORT_OBJECTS,
    REPORTING,
    SEARCH,
    SILENT,
    SOLE_NOUNS,
    SPEECH,
    SPOKEN,
    TOLD,
    WITNESS,
)
from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.reconcile.grade_tokens import pobjs as _pobjs
from claimledger.records import ParsedSentence


def _relative_head(tok: Tok) -> Tok:
    """ "relatives who spoke to Sorra TV": the relative pronoun stands for its noun."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    # "..., both of which published the names": the nouns the clause hangs on
    which = [o for c in tok.children if c.lower_ == "of" for o in _pobjs(c)]
    if tok.lower_ in ("both", "all", "each") and any(w.lower_ in ("which", "whom") for w in which):
        verb = tok.head
        return verb.head if verb.dep_ == "relcl" else tok
    return tok


def _subject(verb: Tok) -> Tok | None:
    """Who reports: the active subject (a relative pronoun's noun), or, for "was the first to
    report it" / "the only outlet to report it" / "X, citing Y", the copula's subject or the
    noun named."""
    # the last of two subjects the parser gave ("Pro - government and opposition outlets"),
    # not a word that only counts them ("A medic, a shopkeeper and an imam each gave")
    subj = next(
        (
            c
            for c in reversed(verb.children)
            if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in LISTING
        ),
        None,
    )
    subj = subj or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return _relative_head(subj)
    inverted = _inverted(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "conj":  # "Staff counted seven bodies; Merrow News Network, citing ...,
        # gave the same number": the name the parser hung on the first verb
        stray = [
            c
            for c in verb.head.children
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i
        ]
        if stray:
            return stray[-1]
        # "a journalist visited the site and photographed the rubble": the first verb's
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ not in ("relcl", "acl", "xcomp") or verb.head is verb:
        return None
    head = verb.head
    if head.dep_ in ("attr", "acomp") and head.head is not head:
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if head.dep_ == "appos" and head.pos_ == "NOUN":
        return head.head
    # "the Hove Sentinel, citing a resident": the noun the clause hangs on
    # not a participle's noun: "a Cleveland man accused in the slayings" is accused
    active = verb.lower_ == verb.lemma_.lower() or verb.lower_.endswith("ing")
    return head if verb.dep_ == "acl" and active and head.pos_ in ("NOUN", "PROPN") else None


# Verbs a news sentence puts before their subject ("..., reported the Ilvan Courier").
_INVERTED = frozenset({"report", "say", "state", "write", "announce", "add", "confirm"})


def _inverted(verb: Tok) -> Tok | None:
    """The subject put after a reporting verb that ends the sentence after a comma, which the
    parser takes for its object ("two were killed, reported the Nell Courier and Nell TV"): a
    name (a proper noun heads it or stands in it) and nothing after it."""
    if verb.lemma_.lower() not in _INVERTED or verb.i == 0 or verb.sent[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objs) != 1:
        return None
    obj = objs[0]
    words = obj.subtree
    if words[0].i != verb.i + 1 or not any(w.pos_ == "PROPN" for w in words):
        return None
    rest = verb.sent[words[-1].i + 1 :]
    return obj if all(w.pos_ == "PUNCT" for w in rest) else None


def _passes_on(verb: Tok) -> bool:
    """ "shared" or "circulated" said of a post, or a post "quoted" or "cited" in the
    passive: passing it on ("a short post, which was later shared by several pages", "pages
    circulated the video", "a post ... was shared and quoted by several pages")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("share", "circulate", "quote", "cite"):
        return False
    post = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if lemma in QUOTE:  # quoting a post passes it on; quoting a person interviews him
        post = [c for c in post if c.dep_ == "nsubjpass"]
    if not post and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
        post = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "shared and quoted"
    post = [verb.head if p.lower_ in ("which", "that") else p for p in post]
    return any(p.lemma_.lower() in REPORT_NOUNS for p in post)


def _reports(verb: Tok) -> bool:
    """A reporting predicate: a verb of the class, or one whose object is what a report gives
    ("ran photographs", "followed with the same figures")."""
    if verb.pos_ != "VERB" or negated(verb):
        return False
    if verb.lemma_.lower() in REPORTING | QUOTE | REPEAT | WITNESS or merely_passes_on(verb):
        return True
    if verb.lemma_.lower() == "repeat" and _by(verb):  # "repeated in coverage by X and Y"
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for c in verb.children if c.lower_ == "with" for o in _pobjs(c)]
    return any(o.lemma_.lower() in REPORT_OBJECTS for o in objs) or _picked_up(verb)


def _by(verb: Tok) -> list[Tok]:
    """The "by" agents of a passive verb, also those the parser hung on it as a plain "by"
    after a phrase ("figures published by X and repeated in coverage by Y")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    )
    preps = [c for c in verb.children if c.dep_ == "agent" or (passive and c.lower_ == "by")]
    return [o for c in preps for o in _pobjs(c)]


def _picked_up(verb: Tok) -> bool:
    """A report or the incident "picked up by" outlets ("the story was picked up by X, Y and
    Z", "outlets picked up the news"; not "picked up the bodies")."""
    if verb.lemma_.lower() != "pick" or not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ):
        return False
    what = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(w.lemma_.lower() in REPORT_NOUNS | NEWS | INCIDENT for w in what)


def _speaks(verb: Tok) -> bool:
    """A verb of speech, or "give" of an account ("a medic ... gave separate accounts")."""
    lemma = verb.lemma_.lower()
    if lemma == "give":  # an account, or what is given "to" someone ("gave the figures to X")
        return any(
            (c.dep_ == "dobj" and c.lemma_.lower() in SPOKEN) or (c.dep_ == "dative")
            for c in verb.children
        )
    return lemma in SPEECH


def _verb_sources(verb: Tok) -> tuple[list[Tok], list[Tok]]:
    """A reporting verb's sources and relays."""
    sources: list[Tok] = []
    relays: list[Tok] = []
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subj = None if passive else _subject(verb)
    if subj is None and lemma in QUOTE and verb.dep_ == "advcl" and _reports(verb.head):
        subj = _subject(verb.head)  # "X reported the strike, quoting a resident": X quotes
    # the one quoted speaks: any noun but a thing's ("quoting a farmer"; not "quoting a post")
    quoted = (
        [c for c in verb.children if c.dep_ == "dobj" and mention(c, True)]
        if lemma in QUOTE
        else []
    )
    if quoted and subj is not None and _each_own(subj, quoted):
        sources += [*quoted, subj]  # "X and Y both quoted medics": each outlet its own medics
    elif quoted:  # "quoted the village head": the head is the origin, the quoting outlet relays
        sources += quoted
        relays += [subj] if subj is not None else []
    elif lemma in REPEAT or _passes_on(verb) or merely_passes_on(verb):
        # "a post, which was later shared by pages"; "Radio Pessa simply reproduced its post"
        relays += [subj] if subj is not None else []
        relays += [o for c in verb.children if c.dep_ == "agent" for o in _pobjs(c)]
        return _with_conjuncts(sources), _with_conjuncts(relays)
    elif subj is not None:
        sources += [subj, *_list_head(verb, subj), *_listed(subj), *out_of_clause(subj)]
        sources += co_subjects(verb, subj)  # "X, like Y, put the toll at five"
    interviewed = lemma in QUOTE and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")
    if interviewed:  # "a resident interviewed by Jask Online": the outlet relays, he speaks
        sources.append(verb.head)
    for c in verb.children:
        if c.dep_ == "agent":
            said, passed = _agent_sources(verb, c, interviewed)
            sources += said
            relays += passed
        elif c.dep_ == "prep" and c.lower_ == "by" and passive and not interviewed:
            # "confirmed by the hospital, and separately by an aid group": a second "by" the
            # parser hung on the verb as a plain preposition
            sources += _pobjs(c)
        elif c.dep_ in ("dative", "prep") and c.lower_ == "to" and lemma in TOLD:
            if lemma in ("speak", "talk") and subj is not None and _media(subj):
                # "reporters spoke to the widow": the widow is the origin, the reporters relay
                sources += _pobjs(c)
                relays.append(subj)
                sources = [t for t in sources if t is not subj]
            elif subj is not None and _each_asked(subj, _pobjs(c)):
                sources += _pobjs(c)  # "relatives who spoke to both X and Y": each its own
            else:
                relays += _pobjs(c)
        elif c.dep_ in ("dobj", "dative") and lemma == "tell":
            relays.append(c)
    if lemma == "repeat" and any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        sources += _by(verb)  # "repeated in coverage by X": the "by" the parser hung on it
    sources += _published_in(verb)
    return _with_conjuncts(sources), _with_conjuncts(relays)


def _each_own(subj: Tok, quoted: list[Tok]) -> bool:
    """Several outlets quoting someone unnamed ("Pell Herald and Kemar TV both quoted medics"):
    each outlet's own contact, one source per outlet (as ``grade.independent_sources`` counts
    unnamed speakers), not one origin they relay."""
    if any(w.pos_ == "PROPN" for q in quoted for w in name_words(q)):
        return False
    several = subj.conjuncts or any(
        c.dep_ in ("appos", "det", "predet") and c.lower_ in ("both", "all", "each")
        for c in subj.children
    )
    return bool(several) or len(split_mention(subj, mention(subj))) > 1


def _agent_sources(verb: Tok, agent: Tok, interviewed: bool) -> tuple[list[Tok], list[Tok]]:
    """A passive's "by": its sources and relays. An outlet that interviewed someone relays
    him ("a resident interviewed by Jask Online"), unless several outlets each asked someone
    unnamed (``_each_asked``)."""
    if not interviewed:
        return _pobjs(agent) + _broken_list(agent), []
    askers = _pobjs(agent) + _broken_list(agent)  # also "by X and by Y", the parser's way
    # "Residents interviewed by X and by Y": the second "by" hung on the noun asked
    askers += [o for t in _second_by(verb) for o in _pobjs(t)]
    if _each_asked(verb.head, askers):  # "neighbours interviewed by two outlets, X and Y"
        return askers, []
    return [], _pobjs(agent)


def _second_by(verb: Tok) -> list[Tok]:
    """An "and by" after a participle that the parser hung on the participle's noun
    ("Residents interviewed by X and by Y": "by Y" on "Residents")."""
    sent = verb.sent
    return [
        t
        for t in verb.head.children
        if t.lower_ == "by"
        and t.i > verb.i
        and t.dep_ in ("conj", "prep")
        and sent[t.i - 1].lower_ == "and"
    ]


def _several(toks: list[Tok]) -> bool:
    """Several who did it: a list ("X and Y", "two outlets, X and Y") or a count of more than
    one ("three outlets", "both")."""
    if len(_with_conjuncts(toks)) > 1:
        return True
    return any(
        (c.dep_ == "nummod" and c.lower_ in NUMBERS)
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for t in toks
        for c in t.children
    )


def _each_asked(asked: Tok, askers: list[Tok]) -> bool:
    """Unnamed people interviewed by, or speaking to, several outlets ("neighbours
    interviewed by two separate outlets, X and Y"): each outlet its own contacts, one source
    per outlet, as when several outlets quote someone unnamed (``_each_own``). One outlet, a
    named person, or people spoken to ("spoke to his cousin and her family") relay."""
    if any(w.pos_ == "PROPN" for w in name_words(asked)):
        return False
    outlets = any(t.lemma_.lower() in MEDIA for t in askers) or all(
        _media(t) or t.lower_ in _TITLES for t in _with_conjuncts(askers)
    )
    return outlets and _several(askers)


def _media(tok: Tok) -> bool:
    """An outlet or its reporters ("Quell Times reporters", "Sorra TV")."""
    return any(w.lemma_.lower() in MEDIA or w.lower_ in MEDIA for w in name_words(tok))


def _noun_sources(tok: Tok) -> list[Tok]:
    """ "according to X and to Y"; "a post by X"; "the report came from X"; "several sources,
    including X, Y and Z"; "X confirmed the deaths, as did Y"."""
    lemma = tok.lemma_.lower()
    found: list[Tok] = []
    if lemma == "do" and tok.dep_ == "advcl" and _reports(tok.head):  # "as did Y"
        found = [c for c in tok.children if c.dep_ == "nsubj"]
    elif tok.lower_ in ("including", "among") and tok.head.lemma_.lower() in MANY:
        found = _pobjs(tok)
    elif tok.lower_ == "according":
        found = [o for c in tok.children if c.lower_ == "to" for o in _pobjs(c)]
    elif lemma in REPORT_NOUNS and tok.pos_ == "NOUN":  # also "the bulletin of the ministry"
        found = [o for c in tok.children if c.lower_ in ("by", "from", "of") for o in _pobjs(c)]
    elif lemma in ("appear", "feature") and tok.pos_ == "VERB":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        where = [o for c in tok.children if c.lower_ in ("on", "in") for o in _pobjs(c)]
        if subj is not None and subj.lemma_.lower() in REPORT_NOUNS | REPORT_OBJECTS:
            found = where  # "photographs appeared on X's website"
        if any(o.lemma_.lower() in REPORT_NOUNS for o in where):  # "featured in coverage from X"
            found += [o for c in tok.children if c.lower_ in ("from", "by") for o in _pobjs(c)]
    elif lemma in ("come", "originate", "spread") and tok.pos_ == "VERB":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in REPORT_NOUNS | NEWS:
            found = [o for c in tok.children if c.lower_ == "from" for o in _pobjs(c)]
    elif lemma == "include" and tok.pos_ == "VERB":  # "Sources include X, Y and Z"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in MANY and subj.lower_ != subj.lemma_.lower():
            found = [c for c in tok.children if c.dep_ == "dobj"]
    return _with_conjuncts(found)


# The last word of an outlet's title ("the Jorva Star", "the Brann Courier").
_TITLES = MEDIA | frozenset(
    {"star", "echo", "courier", "tribune", "journal", "observer", "today", "express", "mirror",
     "telegraph", "sentinel", "monitor", "review", "bulletin"}
)  # fmt: skip


def _published_in(verb: Tok) -> list[Tok]:
    """The outlets a report was published in or on ("reported in the Jorva Star and on Brann
    FM"): a name whose last word is an outlet's, not a place ("reported in the Gaza Strip")."""
    where = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on")]
    where += [d for c in where for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP"]
    return [
        o
        for c in where
        for o in _pobjs(c)
        if o.pos_ == "PROPN" and o.lower_ in _TITLES and o.lower_ not in PLATFORMS
    ]


def _owners(tok: Tok) -> list[Tok]:
    """The owner of a report ("the army's statement", "the ministry's bulletin")."""
    if tok.lemma_.lower() not in REPORT_NOUNS or tok.pos_ != "NOUN":
        return []
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    # "a Ferro Signal report": the name before it
    named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named = [c for c in named if c.lower_ not in PLATFORMS]  # "a Telegram post": where, not who
    return owners or named[-1:]


def _only_one(verb: Tok) -> bool:
    """ "Only the Ilvan Courier has reported these deaths", "the Ketha Network alone reported",
    "reported by Dulst Voice alone", "Just one outlet, X, reported": a reporting verb whose
    subject or agent is one source alone."""
    if not _reports(verb):
        return False
    who = [c for c in verb.children if c.dep_ == "nsubj"]
    who += [o for c in verb.children if c.dep_ == "agent" for o in _pobjs(c)]
    # "carried only by X": the "only" on the "by"
    only_by = any(c.dep_ == "agent" and lone(c) for c in verb.children)
    return (any(map(lone, who)) or only_by or _alone_in(verb)) and of_the_incident(verb)


def _alone_in(verb: Tok) -> bool:
    """ "X was alone in reporting the deaths", "X was the only outlet in reporting": a copula
    whose subject is said to be alone, the reporting verb in its "in"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_ != "be":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in ("alone", "unique") for c in prep.head.children)


@dataclass(frozen=True)
class ReadSources:
    """The sources a text's parse names, in order, the relays and the monitors."""

    sources: tuple[Mention, ...] = ()
    relays: tuple[str, ...] = ()
    monitors: tuple[str, ...] = ()
    sole: tuple[str, ...] = ()  # sentences saying the report is the only one
    silent: tuple[str, ...] = ()  # who is said not to have spoken ("the army has not commented")
    harmed: tuple[str, ...] = ()  # who is said to be harmed ("his friend injured by a strike")


def _harmed(verb: Tok) -> list[Tok]:
    """Who a verb of the harm harms: "his friend injured by a strike", "two men were killed"."""
    if verb.lemma_.lower() not in HARM or verb.pos_ != "VERB":
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]


def _silent(verb: Tok) -> list[Tok]:
    """Those said not to have spoken: the subjects of a negated verb of speaking up or of
    reporting ("other outlets did not mention it", "neither the council nor any outlet
    mentioned it", "the army has not commented"), of a negated verb whose object is a report
    ("the authorities made no statement"), or of "declined / refused to comment"."""
    if verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")
    if refused and lemma in SILENT:
        verb = verb.head
    elif not negated(verb):
        return []
    elif lemma in REPORTING - SILENT:
        # of the incident, not of a detail ("did not name the victims": it may have reported)
        if not all(the_incident(c) for c in verb.children if c.dep_ == "dobj"):
            return []
    elif lemma not in SILENT and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS for c in verb.children
    ):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    return [subj, *(c for c in subj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]


# The words every reader above starts from (a reporting verb or what a report gives, a
# report noun, "according to", "including", "as did", "came from", "the only report", a
# search or an assessment): a sentence with none of them names no source, and a word that
# is none of them nor a verb starts no reading.
_STARTS = (
    (
        REPORTING
        | QUOTE
        | REPEAT
        | ASSESS
        | SEARCH
        | REPORT_NOUNS
        | REPORT_OBJECTS
        | SOLE_NOUNS
        | WITNESS
        | HARM
    )
    | frozenset({"do", "come", "originate", "feature", "repeat", "copy", "reproduce", "rely"})
    | frozenset({"rest", "base", "pick"})
    | SILENT
)
_START_FORMS = frozenset({"according", "including", "among"})


def _may_name(p: ParsedSentence) -> bool:
    return any(t.lemma.lower() in _STARTS or t.lower in _START_FORMS for t in p.tokens)


def read_sources(parsed: Sequence[ParsedSentence]) -> ReadSources:
    """The sources, relays and monitors a text's parsed sentences name."""
    sources: list[Mention] = []
    relays: list[str] = []
    monitors: list[str] = []
    sole: list[str] = []
    silent: list[str] = []
    harmed: list[str] = []
    for p in filter(_may_name, parsed):
        found: list[Tok] = []  # each word once ("according to medics who spoke to ...")
        toks = tokens_of(p)
        interviewed = {
            " ".join(w.text for w in name_words(t.head))
            for t in toks
            if t.lemma_.lower() in QUOTE and t.dep_ == "acl"
        }
        speakers: set[int] = set()
        for tok in toks:
            found += bracketed(tok)
            if tok.pos_ != "VERB" and not (
                tok.lemma_.lower() in _STARTS or tok.lower_ in _START_FORMS
            ):
                continue
            if _reports(tok):
                said, told = _verb_sources(tok)
                found += said
                if _speaks(tok):  # its subject, its "by", who it spoke to
                    deps = ("nsubj", "pobj", "conj", "appos", "dobj")
                    speakers |= {
                        t.i
                        for t in said
                        if t.dep_ in deps and (t.dep_ != "dobj" or tok.lemma_.lower() in QUOTE)
                    }
                counted = counted_list(tok)  # "X and Y both named them"
                speakers |= {t.i for t in counted}
                found += [t for t in counted if t not in found]
                relays += [m.name for m in map(mention, told) if m is not None]
            found += _noun_sources(tok)
            owners = _owners(tok)  # "the army's statement": the army speaks
            found += owners
            speakers |= {t.i for t in owners}
            if p.text not in sole and (
                sole_report(tok)
                or _only_one(tok)
                or same_origin(tok)
                or rests_on_one(tok)
                or nothing_beyond(tok)
            ):
                sole.append(p.text)
            seeker = searcher(tok)
            if seeker is not None:
                monitors.append(seeker.text)
            silent += [" ".join(w.text for w in name_words(q)) for q in _silent(tok)]
            harmed += [" ".join(w.text for w in t.subtree) for t in _harmed(tok)]
        found = sorted(dict.fromkeys(found), key=lambda t: t.i)
        mentions = [m for t in found for m in split_mention(t, mention(t, t.i in speakers))]
        sources += [
            dataclasses.replace(m, interviewed=True) if m.name in interviewed else m
            for m in mentions
        ]
    # one interviewed or quoted is an origin, though the parser hung it on a relay's "to"
    # ("a rescue worker speaking to Radio Prell and a nurse interviewed by the Rhun Courier")
    asked = {m.name for m in sources if m.interviewed}
    relays = [r for r in relays if r not in asked]
    return ReadSources(
        tuple(sources), tuple(relays), tuple(monitors), tuple(sole), tuple(silent), tuple(harmed)
    )
