"""A text's cues of a single origin and its monitor, read from the parse (``grade_sources``
calls them): "the only report came from X" (``sole``), the incident itself as what a report
gives (``of_the_incident``), and the one whose search found no other source, nothing else or
only one (``searcher``: the monitor, never a source of the claims).
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import negated
from claimledger.reconcile.grade_source_words import (
    ASSESS,
    INCIDENT,
    REPORTING,
    SEARCH,
    SEARCHED,
    SOLE_NOUNS,
)
from claimledger.reconcile.grade_tokens import Tok, pobjs


def sole(tok: Tok) -> bool:
    """ "The only report came from ...", "is the only record of the strike", "the only outlet
    to report it": the text says the report is the only one."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SOLE_NOUNS:
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
    about = [o for c in tok.children if c.lower_ in ("of", "for") for o in pobjs(c)]
    return all(of_the_incident(c) for c in clauses) and all(
        o.lemma_.lower() in INCIDENT for o in about
    )


_ALONE = frozenset({"only", "alone", "solely", "exclusively"})


def lone(tok: Tok) -> bool:
    """A source said to be alone: "only X", "X alone", "just one outlet", "a single page"."""
    if any(c.dep_ == "advmod" and c.lower_ in _ALONE for c in tok.children):
        return True
    one = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ == "one"]
    if any(d.lower_ in ("only", "just") for c in one for d in c.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in ("single", "lone") for c in tok.children)


# Verbs of passing on what another said, and what several may pass on from one origin.
_PASS_ON = frozenset(
    {"cite", "quote", "repeat", "share", "copy", "reproduce", "republish", "repost", "forward",
     "relay", "reprint", "rebroadcast", "retweet", "circulate"}
)  # fmt: skip
_PASSED = frozenset(
    {"wording", "text", "word", "phrasing", "language", "caption"}
) | frozenset(
    {"post", "message", "tweet", "statement", "video", "footage", "photo", "photograph",
     "image", "picture", "report", "claim", "source", "account", "story", "article",
     "testimony", "witness", "interview"}
)  # fmt: skip


def same_origin(verb: Tok) -> bool:
    """Reports that pass on one origin: "all of them cited the same WhatsApp message", "all
    repeating the same wording" (not "gave the same toll": figures that agree are two
    sources)."""
    lemma = verb.lemma_.lower()
    if lemma not in _PASS_ON or verb.pos_ != "VERB" or negated(verb):
        return False
    if _merely(verb):  # "other pages merely repeated its post"
        return True
    if not _several(verb):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        what = obj.lemma_.lower()
        if what in _PASSED and any(
            c.dep_ == "amod" and c.lower_ in ("same", "identical") for c in obj.children
        ):
            return True
    return False


def merely_passes_on(verb: Tok) -> bool:
    """A verb of passing on said with "merely", "simply", "only" ("Radio Pessa simply
    reproduced the Star's post"): its subject relays, it is no source of its own."""
    return (
        verb.lemma_.lower() in _PASS_ON
        and verb.pos_ == "VERB"
        and not negated(verb)
        and any(c.dep_ == "advmod" and c.lower_ in _MERELY for c in verb.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _PASSED for c in verb.children)
    )


_MERELY = frozenset({"merely", "simply", "only", "just"})


def _merely(verb: Tok) -> bool:
    """Others said only to pass on what one gave: "other pages merely repeated its post",
    "the rest simply copied the report" (a subject of several or "other(s)")."""
    if not merely_passes_on(verb):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    others = any(
        s.lower_ in ("others", "rest") or any(c.lower_ in ("other", "rest") for c in s.children)
        for s in subj
    )
    return others or _several(verb)


_EVERY = frozenset({"all", "each", "both", "every"})
_HARMS = frozenset({"kill", "injure", "wound", "die", "hurt", "harm"})
_MANY = frozenset({"several", "many", "multiple", "numerous", "various"})


def _several(verb: Tok) -> bool:
    """The verb's subject is several who each do it ("all of them cited", "pages, all
    repeating", "each copying", "several pages shared"), not one ("Salem, sharing the same
    video, ...")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "appos")]
    subj += [c for s in subj for c in s.children if c.dep_ in ("appos", "det", "predet")]
    words = {t.lower_ for t in subj} | {
        c.lower_ for s in subj for c in s.children if c.dep_ in ("amod", "nummod")
    }
    return bool(words & (_EVERY | _MANY)) or any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for s in subj for c in s.children
    )


_WHOLLY = frozenset({"entirely", "wholly", "completely"})


def rests_on_one(verb: Tok) -> bool:
    """Reports said to rest on one origin: "both relied on a single statement by the
    council", "the account rests solely on a post", "is based only on one video"."""
    if verb.lemma_.lower() not in ("rely", "rest", "base", "depend") or negated(verb):
        return False
    # "rests solely on", "was based entirely on"
    only = any(c.dep_ == "advmod" and c.lower_ in _ALONE | _WHOLLY for c in verb.children)
    on = [o for c in verb.children if c.lower_ in ("on", "upon") for o in pobjs(c)]
    return any(
        only
        or any(c.lower_ in ("single", "same", "lone", "sole") for c in o.children)
        or any(c.dep_ == "nummod" and c.lower_ == "one" for c in o.children)
        for o in on
        if o.lemma_.lower() in _PASSED
    )


def of_the_incident(verb: Tok) -> bool:
    """A reporting verb whose object is the incident ("to report it", "reported these
    deaths"), with no detail singled out ("a fifth casualty", "a specific number")."""
    if verb.lemma_.lower() not in REPORTING:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return False  # "only one source also recorded the death of X": one detail more
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if said and not any(t.lemma_.lower() in _HARMS for c in said for t in c.subtree):
        return False  # "only one source wrote that the army perpetrated it": who, not the harm
    return all(the_incident(o) for o in objs)


# What a report is called ("carried news of the strike", "ran the only report on it").
_REPORT_OF = frozenset({"news", "report", "word", "story", "account", "coverage"})


def the_incident(o: Tok) -> bool:
    """The incident, with no detail singled out, or a report of it ("news of the strike",
    "the news", "a report on the raid")."""
    if any(c.dep_ in ("amod", "nummod") and c.lower_ not in _ALONE for c in o.children):
        return False
    if o.lemma_.lower() in INCIDENT or o.lemma_.lower() in _EVENTS:
        return True
    if o.lemma_.lower() not in _REPORT_OF:
        return False
    about = [p for c in o.children if c.lower_ in ("of", "about", "on") for p in pobjs(c)]
    return all(a.lemma_.lower() in INCIDENT or a.lemma_.lower() in _EVENTS for a in about)


# The incident named by what happened ("news of the shelling", "a report on the raid").
_EVENTS = frozenset(
    {"shelling", "bombing", "raid", "airstrike", "explosion", "blast", "shooting", "killing",
     "death", "attack", "strike", "incident"}
)  # fmt: skip


_BESIDES = frozenset({"beyond", "besides", "except", "but", "apart", "other", "outside"})


def nothing_beyond(verb: Tok) -> bool:
    """A search that found nothing beyond one report ("Nothing beyond one Telegram post by X
    could be found", "found no reports besides the council's post"): a single-origin cue."""
    if verb.lemma_.lower() not in SEARCH or verb.pos_ != "VERB":
        return False
    looked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    none = negated(verb) or any(
        t.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in t.children) for t in looked
    )
    # beyond a report ("one Telegram post"), not "nothing but kindness"
    beside = [o for t in looked for c in t.children if c.lower_ in _BESIDES for o in c.subtree]
    return none and any(o.lemma_.lower() in SEARCHED | _PASSED for o in beside)


def searcher(verb: Tok) -> Tok | None:
    """The subject of a search that found no (other) source, or of an assessment: the
    monitor."""
    if verb.lemma_.lower() in ASSESS and verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.pos_ == "PROPN" else None
    if verb.lemma_.lower() not in SEARCH or verb.pos_ != "VERB":
        return None
    looked = [c for c in verb.children if c.dep_ == "dobj"]
    looked += [o for c in verb.children if c.dep_ == "prep" for o in pobjs(c)]
    # found no source, nothing else, or only one ("identified just one source")
    nothing = [t for t in looked if t.lower_ in ("nothing", "none")]
    none = (
        negated(verb)
        or bool(nothing)
        or any(
            d.lower_ in ("no", "any", "only", "just", "single", "one")
            for t in looked
            for d in t.children
            if d.dep_ in ("det", "advmod", "amod", "nummod")
        )
    )
    # "did not find this incident reported elsewhere": a report looked for
    elsewhere = negated(verb) and any(
        c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in REPORTING
        for c in verb.children
    )
    if not elsewhere and (
        not none or not (nothing or any(t.lemma_.lower() in SEARCHED for t in looked))
    ):
        return None
    # "Airwars found nothing else": the parser may make the name an adverbial noun
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i)
        ),
        None,
    )
