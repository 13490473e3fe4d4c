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

``merge_sources`` (``grade.grade_text``) joins these to the claims' sources.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimledger.reconcile.grade_parties import negated
from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.records import ParsedSentence, SourceGroup

REPORTING = frozenset(
    {
        "report", "carry", "publish", "name", "confirm", "say", "tell", "post", "cite", "give",
        "broadcast", "air", "release", "announce", "state", "document", "record", "list",
        "quote", "share", "circulate", "write", "tweet", "cover", "verify", "corroborate",
        "mention", "describe", "speak", "put", "count", "identify", "upload",
        "photograph", "film", "talk", "echo",
    }
)  # fmt: skip
# Nouns of a report, whose "by" / "from" is its source ("a post by a news account").
REPORT_NOUNS = frozenset(
    {
        "post", "report", "statement", "video", "tweet", "article", "story", "message",
        "broadcast", "bulletin", "claim", "footage", "account", "reporting", "coverage",
    }
)  # fmt: skip
# Words that name someone who reports (a proper name does too).
SOURCE_NOUNS = frozenset(
    {
        "outlet", "channel", "page", "station", "radio", "tv", "television", "newspaper",
        "paper", "website", "site", "agency", "group", "organisation", "organization", "ngo",
        "committee", "society", "council", "ministry", "directorate", "office", "department",
        "defence", "defense", "authority", "observatory", "monitor", "hospital", "official",
        "spokesman", "spokeswoman", "spokesperson", "resident", "relative", "witness",
        "eyewitness", "activist", "journalist", "reporter", "correspondent", "doctor", "medic",
        "paramedic", "nurse", "survivor", "neighbour", "neighbor", "villager", "family",
        "cousin", "brother", "sister", "father", "mother", "son", "daughter", "uncle", "wife",
        "husband", "account", "media", "press", "broadcaster", "network", "union", "mayor",
        "municipality", "worker", "volunteer", "rescuer", "blogger", "user", "gazette",
        "herald", "chronicle", "observer", "service", "centre", "center", "school",
        "clinic", "medics", "teacher", "elder", "chief", "leader", "head", "lawyer",
    }
)  # fmt: skip
# What a report gives: a verb with one of these as its object reports ("ran photographs of
# the funerals", "followed with the same figures").
REPORT_OBJECTS = frozenset(
    {
        "toll", "figure", "name", "photograph", "photo", "picture", "image", "footage", "video",
        "detail", "story", "report", "statement", "list", "obituary", "testimony", "interview",
    }
)  # fmt: skip
# Verbs of passing on another's report: their subject relays it ("Bosk 24 later republished
# the post").
REPEAT = frozenset(
    {"republish", "repost", "reshare", "retweet", "forward", "relay", "reprint", "rebroadcast"}
)
# Verbs whose object is the origin and whose subject relays it ("Radio Tamsin interviewed a
# neighbour", "quoted the village head as saying").
QUOTE = frozenset({"quote", "interview", "cite"})
# Verbs of the monitor's own assessment: their subject is the monitor ("Airwars graded the
# incident as ...", "Airwars geolocated the strike").
ASSESS = frozenset(
    {"grade", "assess", "classify", "categorise", "categorize", "geolocate", "evaluate", "judge"}
)
# Verbs of looking for sources: their subject is the monitor ("Airwars identified no
# further sources", "could not find the claim in any other source").
SEARCH = frozenset({"find", "identify", "locate", "trace", "uncover", "see"})
_SEARCHED = frozenset({"source", "report", "outlet", "reporting", "claim", "account", "mention"})
_TOLD = frozenset({"tell", "speak", "talk", "describe", "give"})
# Nouns of things, not speakers ("the report said", "the footage showed").
_THINGS = REPORT_NOUNS | REPORT_OBJECTS | frozenset(
    {"incident", "strike", "attack", "death", "evidence", "data", "imagery", "analysis",
     "investigation", "page", "document", "sign", "photo"}
)  # fmt: skip
# Where a post was put, not who posted it ("wrote on Facebook", "a post on X").
PLATFORMS = frozenset(
    {"x", "facebook", "telegram", "twitter", "instagram", "tiktok", "youtube", "whatsapp"}
)
# Verbs of speech: their subject speaks, whatever noun names it ("the imam said").
SPEECH = frozenset(
    {
        "say", "tell", "report", "confirm", "describe", "announce", "state", "publish", "post",
        "tweet", "write", "broadcast", "mention", "speak", "quote", "interview", "cite",
        "talk",
    }
)  # fmt: skip
_LISTING = frozenset({"both", "all", "either", "neither", "each"})  # "Both X and Y named them"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NO_SOURCE = frozenset(
    {"some", "others", "other", "source", "sources", "report", "reports", "one", "all", "who"}
)
_FAMILY = frozenset(
    {"relative", "family", "cousin", "brother", "sister", "father", "mother", "son", "daughter",
     "uncle", "wife", "husband"}
)  # fmt: skip
_OFFICIAL = frozenset(
    {"ministry", "directorate", "office", "department", "defence", "defense", "authority",
     "official", "spokesman", "spokeswoman", "spokesperson", "mayor", "municipality",
     "hospital", "service", "council"}
)  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A source named in the text: its words, head lemma and whether it is a definite
    description with no name ("the channel") that may refer back."""

    name: str
    head: str
    definite: bool
    kind: str


def _name_words(tok: Tok) -> list[Tok]:
    """The words of a source's name: its left modifiers, itself, "of" / "for" phrases."""
    left = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("punct", "cc", "preconj")]
    words = [w for c in left for w in c.subtree if w.dep_ != "punct"]
    right = [
        w
        for c in tok.children
        if c.i > tok.i
        and (
            (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            or (c.dep_ == "acl" and c.lemma_.lower() in ("identify", "name", "call"))
            or (c.dep_ == "nummod" and tok.pos_ == "PROPN")  # "Bosk 24"
        )
        for w in c.subtree
    ]
    return sorted([*words, tok, *right], key=lambda t: t.i)


def _kind(head: str) -> str:
    if head in _FAMILY:
        return "family"
    return "official" if head in _OFFICIAL else "media"


def _mention(tok: Tok, speaker: bool = False) -> Mention | None:
    """The source a word names, if it names someone who reports ("one outlet, Dalat FM": the
    name in apposition); ``speaker``: the subject of a verb of speech, where any noun but a
    thing's names a source ("an imam described the attack")."""
    tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PRON" or tok.lower_ in _NO_SOURCE or lemma in _NO_SOURCE:
        return None
    if tok.pos_ not in ("PROPN", "NOUN") and lemma not in SOURCE_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return None
    words = _name_words(tok)
    named = any(w.pos_ == "PROPN" for w in words)
    if not named and lemma not in SOURCE_NOUNS and (not speaker or lemma in _THINGS):
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    definite = not named and bool(dets) and dets[0] in _DEFINITE
    name = " ".join(w.text for w in words if w.lower_ not in _LISTING).replace(" 's", "'s")
    return Mention(name, lemma, definite, _kind(lemma))


def _with_conjuncts(toks: Sequence[Tok]) -> list[Tok]:
    out = [*toks]
    for t in toks:
        out += [c for c in t.conjuncts if c not in out]
    return out


def _pobjs(prep: Tok) -> list[Tok]:
    """The objects of a preposition and of those coordinated with it ("by X and by Y")."""
    preps = [prep, *(d for d in prep.children if d.dep_ == "conj" and d.pos_ == "ADP")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _relative_head(tok: Tok) -> Tok:
    """ "relatives who spoke to Sorra TV": the relative pronoun stands for its noun."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _list_head(verb: Tok, subj: Tok) -> list[Tok]:
    """The first name of a listed subject that the parser hung on the verb ("Velno Today, the
    Ostra Gazette and Radio Brisk all published ..."): a name just before the subject, with a
    comma between, when the subject is itself a list."""
    if not any(c.dep_ == "conj" for c in subj.children):
        return []
    return [
        c
        for c in verb.children
        if c.i < subj.i
        and c.pos_ == "PROPN"
        and c.dep_ in ("npadvmod", "dep", "nmod", "appos")
        and any(t.text == "," for t in c.sent[c.i + 1 : c.i + 2])
    ]


def _subject(verb: Tok) -> Tok | None:
    """Who reports: the active subject (a relative pronoun's noun), or, for "was the first to
    report it" / "the only outlet to report it" / "X, citing Y", the copula's subject or the
    noun named."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return _relative_head(subj)
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
    return head if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") else None


def _reports(verb: Tok) -> bool:
    """A reporting predicate: a verb of the class, or one whose object is what a report gives
    ("ran photographs", "followed with the same figures")."""
    if verb.pos_ != "VERB" or negated(verb):
        return False
    if verb.lemma_.lower() in REPORTING | QUOTE | REPEAT:
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for c in verb.children if c.lower_ == "with" for o in _pobjs(c)]
    return any(o.lemma_.lower() in REPORT_OBJECTS for o in objs)


def _verb_sources(verb: Tok) -> tuple[list[Tok], list[Tok]]:
    """A reporting verb's sources and relays."""
    sources: list[Tok] = []
    relays: list[Tok] = []
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subj = None if passive else _subject(verb)
    quoted = (
        [c for c in verb.children if c.dep_ == "dobj" and _mention(c)] if lemma in QUOTE else []
    )
    if quoted:  # "quoted the village head": the head is the origin, the quoting outlet relays
        sources += quoted
        relays += [subj] if subj is not None else []
    elif lemma in REPEAT:
        relays += [subj] if subj is not None else []
    elif subj is not None:
        sources += [subj, *_list_head(verb, subj), *_listed(subj)]
    for c in verb.children:
        if c.dep_ == "agent":
            sources += _pobjs(c)
        elif c.dep_ in ("dative", "prep") and c.lower_ == "to" and lemma in _TOLD:
            if lemma in ("speak", "talk") and subj is not None and _media(subj):
                # "reporters spoke to the widow": the widow is the origin, the reporters relay
                sources += _pobjs(c)
                relays.append(subj)
                sources = [t for t in sources if t is not subj]
            else:
                relays += _pobjs(c)
        elif c.dep_ in ("dobj", "dative") and lemma == "tell":
            relays.append(c)
    return _with_conjuncts(sources), _with_conjuncts(relays)


# A definite one of these refers to the outlet the text named ("the newspaper", "the station").
_OUTLET_WORDS = frozenset(
    {"newspaper", "paper", "station", "broadcaster", "outlet", "website", "daily", "weekly"}
)
# Nouns of several sources, whose list names them ("several sources, including X and Y").
_MANY = frozenset({"source", "outlet", "organisation", "organization", "group", "medium", "media"})
# What news is, when it comes from someone ("information on the strike came from ...").
_NEWS = frozenset({"information", "news", "word", "detail", "figure", "toll"})
_MEDIA = frozenset(
    {"reporter", "journalist", "correspondent", "outlet", "channel", "station", "newspaper",
     "paper", "radio", "tv", "television", "network", "agency", "website", "site", "crew",
     "broadcaster", "media", "press", "times", "news", "online", "herald", "post", "gazette",
     "chronicle", "daily", "fm", "voice"}
)  # fmt: skip


def _media(tok: Tok) -> bool:
    """An outlet or its reporters ("Quell Times reporters", "Sorra TV")."""
    return any(w.lemma_.lower() in _MEDIA or w.lower_ in _MEDIA for w in _name_words(tok))


def _listed(subj: Tok) -> list[Tok]:
    """A list the parser hung in apposition ("Local journalists, an emergency doctor ... and
    the family's lawyer"): an appositive with conjuncts of its own."""
    return [c for c in subj.children if c.dep_ == "appos" and c.conjuncts]


def _noun_sources(tok: Tok) -> list[Tok]:
    """ "according to X and to Y"; "a post by X"; "the report came from X"; "several sources,
    including X, Y and Z"; "X confirmed the deaths, as did Y"."""
    lemma = tok.lemma_.lower()
    found: list[Tok] = []
    if lemma == "do" and tok.dep_ == "advcl" and _reports(tok.head):  # "as did Y"
        found = [c for c in tok.children if c.dep_ == "nsubj"]
    elif tok.lower_ in ("including", "among") and tok.head.lemma_.lower() in _MANY:
        found = _pobjs(tok)
    elif tok.lower_ == "according":
        found = [o for c in tok.children if c.lower_ == "to" for o in _pobjs(c)]
    elif lemma in REPORT_NOUNS and tok.pos_ == "NOUN":
        found = [o for c in tok.children if c.lower_ in ("by", "from") for o in _pobjs(c)]
    elif lemma in ("come", "originate") and tok.pos_ == "VERB":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in REPORT_NOUNS | _NEWS:
            found = [o for c in tok.children if c.lower_ == "from" for o in _pobjs(c)]
    return _with_conjuncts(found)


_SOLE_NOUNS = REPORT_NOUNS | frozenset({"source", "record", "outlet", "mention", "evidence"})


def _sole(tok: Tok) -> bool:
    """ "The only report came from ...", "is the only record of the strike", "the only outlet
    to report it": the text says the report is the only one."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SOLE_NOUNS:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass", "attr", "appos"):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "det")}
    if "the" not in mods or not mods & {"only", "sole"}:
        return False
    # "the only outlet to report it", not "the only source that attributed the strike" nor
    # "the only post to mention a fifth casualty" (one detail, not the incident)
    clauses = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    # "the only record of the strike", "the only source for this incident"; not "the only
    # evidence of an incursion"
    about = [o for c in tok.children if c.lower_ in ("of", "for") for o in _pobjs(c)]
    return all(_of_the_incident(c) for c in clauses) and all(
        o.lemma_.lower() in _INCIDENT for o in about
    )


# What an only report may be said to report: the incident itself, not one of its details.
_INCIDENT = frozenset(
    {
        "it",
        "this",
        "incident",
        "strike",
        "attack",
        "death",
        "killing",
        "story",
        "claim",
        "event",
        "casualty",
        "harm",
    }
)


def _of_the_incident(verb: Tok) -> bool:
    """A reporting verb whose object is the incident ("to report it", "reported these
    deaths"), with no detail singled out ("a fifth casualty", "a specific number")."""
    if verb.lemma_.lower() not in REPORTING:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(
        o.lemma_.lower() in _INCIDENT and not any(c.dep_ in ("amod", "nummod") for c in o.children)
        for o in objs
    )


def _only_one(verb: Tok) -> bool:
    """ "Only the Ilvan Courier has reported these deaths": a reporting verb whose subject is
    "only" one source."""
    if not _reports(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    only = subj is not None and any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in subj.children
    )
    return only and _of_the_incident(verb)


def _searcher(verb: Tok) -> Tok | None:
    """The subject of a search that found no (other) source, or of an assessment: the
    monitor."""
    if verb.lemma_.lower() in ASSESS and verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.pos_ == "PROPN" else None
    if verb.lemma_.lower() not in SEARCH or verb.pos_ != "VERB":
        return None
    looked = [c for c in verb.children if c.dep_ == "dobj"]
    looked += [o for c in verb.children if c.dep_ == "prep" for o in _pobjs(c)]
    none = negated(verb) or any(
        d.lower_ in ("no", "any") for t in looked for d in t.children if d.dep_ == "det"
    )
    if not none or not any(t.lemma_.lower() in _SEARCHED for t in looked):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


@dataclass(frozen=True)
class ReadSources:
    """The sources a text's parse names, in order, the relays and the monitors."""

    sources: tuple[Mention, ...] = ()
    relays: tuple[str, ...] = ()
    monitors: tuple[str, ...] = ()
    sole: tuple[str, ...] = ()  # sentences saying the report is the only one


# The words every reader above starts from (a reporting verb or what a report gives, a
# report noun, "according to", "including", "as did", "came from", "the only report", a
# search or an assessment): a sentence with none of them names no source, and a word that
# is none of them nor a verb starts no reading.
_STARTS = (
    REPORTING | QUOTE | REPEAT | ASSESS | SEARCH | REPORT_NOUNS | REPORT_OBJECTS | _SOLE_NOUNS
) | frozenset({"do", "come", "originate"})
_START_FORMS = frozenset({"according", "including", "among"})


def _may_name(p: ParsedSentence) -> bool:
    return any(t.lemma.lower() in _STARTS or t.lower in _START_FORMS for t in p.tokens)


def read_sources(parsed: Sequence[ParsedSentence]) -> ReadSources:
    """The sources, relays and monitors a text's parsed sentences name."""
    sources: list[Mention] = []
    relays: list[str] = []
    monitors: list[str] = []
    sole: list[str] = []
    for p in filter(_may_name, parsed):
        found: list[Tok] = []  # each word once ("according to medics who spoke to ...")
        speakers: set[int] = set()
        for tok in tokens_of(p):
            if tok.pos_ != "VERB" and not (
                tok.lemma_.lower() in _STARTS or tok.lower_ in _START_FORMS
            ):
                continue
            if _reports(tok):
                said, told = _verb_sources(tok)
                found += said
                if tok.lemma_.lower() in SPEECH:  # its subject, its "by", who it spoke to
                    speakers |= {t.i for t in said if t.dep_ in ("nsubj", "pobj")}
                relays += [m.name for m in map(_mention, told) if m is not None]
            found += _noun_sources(tok)
            if (_sole(tok) or _only_one(tok)) and p.text not in sole:
                sole.append(p.text)
            seeker = _searcher(tok)
            if seeker is not None:
                monitors.append(seeker.text)
        found = sorted(dict.fromkeys(found), key=lambda t: t.i)
        mentions = (_mention(t, t.i in speakers) for t in found)
        sources += [m for m in mentions if m is not None]
    return ReadSources(tuple(sources), tuple(relays), tuple(monitors), tuple(sole))


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _head_word(name: str) -> str:
    m = _LAST_WORD.search(name.casefold())
    word = m.group(1) if m else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _refers_back(name: str, earlier: Sequence[str]) -> bool:
    """ "The channel" after "a lone Telegram channel": a definite description with no name
    whose head word is an earlier source's."""
    words = name.split()
    if (
        len(words) > 3
        or words[0].casefold() not in _DEFINITE
        or any(w[:1].isupper() for w in words[1:])
    ):
        return False
    head = _head_word(name)
    others = [e for e in earlier if e.casefold() != name.casefold()]
    if head in _OUTLET_WORDS:  # "the newspaper" after "the Ilvan Courier": the outlet named
        return any(any(w[:1].isupper() for w in e.split()[1:] or e.split()) for e in others)
    return any(_head_word(e) == head for e in others)


def _known(key: str, keys: Sequence[str]) -> bool:
    """One origin: the same loose key, or one key holding the other ("Both Radio Brisk")."""
    return any(
        k == key
        or (min(len(k), len(key)) >= 5 and (k in key or key in k))
        or (min(len(k), len(key)) >= 3 and (k.startswith(key) or key.startswith(k)))
        for k in keys
    )


def merge_sources(
    groups: Sequence[SourceGroup],
    read: ReadSources,
    key: Callable[[str], str],
    reporting: Callable[[str], bool],
) -> tuple[SourceGroup, ...]:
    """The claims' sources with those the parse names.

    Args:
        groups: the claims' independent sources (``grade.independent_sources``).
        read: what the parse names (``read_sources``).
        key: a source name's loose identity (``grade.origin_key``).
        reporting: whether a name names someone who reports (``grade.is_reporting_source``).

    Returns:
        The sources: the claims' less the monitor, the relays only told and the definite
        descriptions of an earlier source; then each source the parse adds.
    """
    monitors = [key(m) for m in read.monitors]
    relays = [key(r) for r in read.relays]  # one told relays, though it reports too
    names = [m.name for m in read.sources] + [g.name for g in groups if g.kind != "author"]
    out: list[SourceGroup] = []
    for g in groups:
        k = key(g.name)
        kept = [key(o.name) for o in out if o.kind != "author"]
        if g.kind != "author" and (
            _known(k, kept)  # "A Facebook page called Nerra Today" and "Nerra Today"
            or k in PLATFORMS
            or _known(k, monitors)
            or _known(k, relays)
            or _refers_back(g.name, names)
        ):
            continue
        out.append(g)
    keys = [key(n) for g in out for n in (g.name, *g.relays)]
    seen: list[str] = []
    for m in read.sources:
        k = key(m.name)
        if (
            not k
            or k in PLATFORMS
            or not reporting(m.name)
            or _known(k, keys + relays)
            or _known(k, monitors)
        ):
            continue
        if m.definite and _refers_back(m.name, [*seen, *names]):
            continue
        keys.append(k)
        seen.append(m.name)
        out.append(SourceGroup(m.name, m.kind, (), 0))
    return tuple(out)
