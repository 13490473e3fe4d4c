"""Who reports the harm, read from the parse: the grade's count of independent sources.

The claims (``attribute/``) give a source to each figure; a text also names sources that
give no figure of their own ("Kessa Voice named all four; the deaths were also reported by
Dalat FM and confirmed by the civil defence"), lists several in one subject ("Sorra TV,
Kessa Voice and the Harran Herald all carried reports"), or names one twice ("a lone
Telegram channel reported ... The channel posted no pictures"). Read from the pipeline's
parse (``ParsedSentence`` records walked as ``grade_tokens.Tok``):

* a **reporting predicate** (report, carry, publish, name, confirm, say, tell, post, cite,
  give, release ...; ``REPORTING``) not negated: its active subject, each "by" agent of its
  passive ("also reported by Y and confirmed by Z"), "according to X and to Y", the "by" or
  "from" of a report noun ("a post by a news account", "the report came from a channel"),
  each with its conjuncts, is a source when it names someone who reports (a name, or an
  outlet, organisation, official or person word: ``SOURCE_NOUNS``);
* the one told is a **relay**, not a source: "a relative told a local page", "relatives who
  spoke to Sorra TV" (one origin each);
* a **definite description** ("the channel", "the page") whose head is the head of an
  earlier source is that source;
* who **searched** for sources ("Airwars identified no further sources") is the monitor,
  not a source, and its finding says the reports have one origin.

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
        "mention", "describe", "speak", "put", "count", "identify", "upload", "relay",
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
        "clinic", "medics", "teacher", "elder", "chief", "leader",
    }
)  # fmt: skip
# Verbs of looking for sources: their subject is the monitor ("Airwars identified no
# further sources", "could not find the claim in any other source").
SEARCH = frozenset({"find", "identify", "locate", "trace", "uncover", "see"})
_SEARCHED = frozenset({"source", "report", "outlet", "reporting", "claim", "account", "mention"})
_TOLD = frozenset({"tell", "speak", "talk", "describe", "give"})
# Where a post was put, not who posted it ("wrote on Facebook", "a post on X").
PLATFORMS = frozenset(
    {"x", "facebook", "telegram", "twitter", "instagram", "tiktok", "youtube", "whatsapp"}
)
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
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "for")
        for w in c.subtree
    ]
    return sorted([*words, tok, *right], key=lambda t: t.i)


def _kind(head: str) -> str:
    if head in _FAMILY:
        return "family"
    return "official" if head in _OFFICIAL else "media"


def _mention(tok: Tok) -> Mention | None:
    """The source a word names, if it names someone who reports ("one outlet, Dalat FM": the
    name in apposition)."""
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
    if not named and lemma not in SOURCE_NOUNS:
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    definite = not named and bool(dets) and dets[0] in _DEFINITE
    name = " ".join(w.text for w in words if w.lower_ not in _LISTING)
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


def _verb_sources(verb: Tok) -> tuple[list[Tok], list[Tok]]:
    """A reporting verb's sources and relays."""
    sources: list[Tok] = []
    relays: list[Tok] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for c in verb.children:
        if c.dep_ == "agent":
            sources += _pobjs(c)
        elif c.dep_ == "nsubj" and not passive:
            sources.append(_relative_head(c))
            sources += _list_head(verb, c)
        elif c.dep_ in ("dative", "prep") and c.lower_ == "to" and verb.lemma_.lower() in _TOLD:
            relays += _pobjs(c)
        elif c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell":
            relays.append(c)
    return _with_conjuncts(sources), _with_conjuncts(relays)


def _noun_sources(tok: Tok) -> list[Tok]:
    """ "according to X and to Y"; "a post by X"; "the report came from X"."""
    lemma = tok.lemma_.lower()
    found: list[Tok] = []
    if tok.lower_ == "according":
        found = [o for c in tok.children if c.lower_ == "to" for o in _pobjs(c)]
    elif lemma in REPORT_NOUNS and tok.pos_ == "NOUN":
        found = [o for c in tok.children if c.lower_ in ("by", "from") for o in _pobjs(c)]
    elif lemma in ("come", "originate") and tok.pos_ == "VERB":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in REPORT_NOUNS:
            found = [o for c in tok.children if c.lower_ == "from" for o in _pobjs(c)]
    return _with_conjuncts(found)


def _searcher(verb: Tok) -> Tok | None:
    """The subject of a search that found no (other) source: the monitor."""
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


def read_sources(parsed: Sequence[ParsedSentence]) -> ReadSources:
    """The sources, relays and monitors a text's parsed sentences name."""
    sources: list[Mention] = []
    relays: list[str] = []
    monitors: list[str] = []
    for p in parsed:
        found: list[Tok] = []  # each word once ("according to medics who spoke to ...")
        for tok in tokens_of(p):
            if tok.lemma_.lower() in REPORTING and tok.pos_ == "VERB" and not negated(tok):
                said, told = _verb_sources(tok)
                found += said
                relays += [m.name for m in map(_mention, told) if m is not None]
            found += _noun_sources(tok)
            seeker = _searcher(tok)
            if seeker is not None:
                monitors.append(seeker.text)
        found = sorted(dict.fromkeys(found), key=lambda t: t.i)
        sources += [m for m in map(_mention, found) if m is not None]
    return ReadSources(tuple(sources), tuple(relays), tuple(monitors))


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
    return any(_head_word(e) == head for e in earlier if e.casefold() != name.casefold())


def _known(key: str, keys: Sequence[str]) -> bool:
    """One origin: the same loose key, or one key holding the other ("Both Radio Brisk")."""
    return any(k == key or (min(len(k), len(key)) >= 5 and (k in key or key in k)) for k in keys)


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
    said = [key(m.name) for m in read.sources]
    relays = [key(r) for r in read.relays if not _known(key(r), said)]
    names = [m.name for m in read.sources] + [g.name for g in groups if g.kind != "author"]
    out: list[SourceGroup] = []
    for g in groups:
        k = key(g.name)
        if g.kind != "author" and (
            k in PLATFORMS
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
            or _known(k, keys)
            or _known(k, monitors)
        ):
            continue
        if m.definite and _refers_back(m.name, [*seen, *names]):
            continue
        keys.append(k)
        seen.append(m.name)
        out.append(SourceGroup(m.name, m.kind, (), 0))
    return tuple(out)
