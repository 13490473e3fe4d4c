"""The kind of an unknown proper-noun source, read from what surrounds it.

A name the lexicon does not know ("Syria Direct", "Kadra Sands", "Orsa") gets the
fallback's guess from ``sources.source_kind``: ``witness`` when it looks like a
person's name, ``official`` otherwise. The statement often says more, and then it
decides (``docs/claims-gold.md``, *Sources*):

* a list whose other members are outlets ("according to Kadra Sands and the Ilvar
  Times", "Tarrow 9 and Halen Post reported"): an outlet, ``media``;
* a word said of the source that makes it one ("Qarun, a local outlet,", "the news
  site", "the agency", "a channel", "the broadcaster"): ``media``;
* an account handle in brackets after it ("Zeyad Talal (@zeyad_t) tweeted",
  "Rudan (@RudanNews)"): the handle's kind (an outlet's handle ``media``, a
  person's ``social_media``);
* a verb only outlets use ("broadcast", "aired", "ran a report") for an unknown
  name, or "reported"/"published" for one that does not look like a person's name
  (a person "reported" as a witness does): ``media``.

Names the lexicon knows keep their kind; so do sources already made a poster, a
relative or anonymous by their statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from claimledger.attribute.sources import (
    handle_kind,
    load_lexicon,
    outlet_named,
    source_kind,
    unknown_name,
)
from claimledger.attribute.spans import Found, doc_text

# Words that say a source is an outlet: "a local outlet", "the news site", "the agency"; not
# an owner before its speaker ("the agency's spokesman, X": a body's spokesman, ``head_kinds``).
_OUTLET_WORDS = re.compile(
    r"\b(?:outlets?|news\s*(?:site|website|portal|page|service|channel)s?|websites?"
    r"|agency|newspapers?|broadcasters?|(?:radio|tv|television|satellite)\s+(?:station|channel)"
    r"|news\s+network|daily|weekly|magazine|news\s+agency)\b(?!['’]s\b)",  # "the agency's X"
    re.I,
)
# Nouns that, next to a name, make it an outlet's ("the Sanad agency", "the outlet Sanad").
_OUTLET_NOUNS = (
    r"(?:news\s+)?agency|outlet|news\s*(?:site|website|portal|channel|network)|website|newspaper"
    r"|broadcaster|(?:tv|television|radio|satellite)\s+(?:station|channel)"
)
# Any outlet noun at all: without one no name is described as an outlet, and the text
# is not searched with a pattern compiled anew for each name.
_ANY_OUTLET_NOUN = re.compile(_OUTLET_NOUNS, re.I)
# A verb only an outlet uses of what it tells.
_OUTLET_VERBS = frozenset({"broadcast", "air", "televise"})
_PUBLISH_VERBS = frozenset({"report", "publish", "run", "carry"})
# "(@handle)" after the name (the parse may take it into the source's span).
_HANDLE_AFTER = re.compile(r"\(\s*(@\w{2,})")


def contextual_kinds(doc: Doc, item: Found) -> None:
    """Give an unknown proper-noun source of ``item`` the kind its context shows (module doc)."""
    if not item.kinds or len(item.kinds) != len(item.sources):
        return
    text = doc_text(doc)
    listed_outlet = len(item.kinds) > 1 and any(outlet_named(n) for n in item.names)
    verb = _cue_lemma(doc, item)
    for i, (name, kind) in enumerate(zip(item.names, item.kinds, strict=True)):
        if kind == "official" and doc[item.sources[i][0]].lower_ == "its":
            item.kinds[i] = _owner_kind(doc, item.sources[i][0]) or kind
        if kind not in ("witness", "official") or not unknown_name(name):
            continue
        s, e = item.sources[i]
        handle = _HANDLE_AFTER.search(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]) + 3)
        if handle is not None:
            item.kinds[i] = handle_kind(handle[1])
        elif (
            listed_outlet
            or _OUTLET_WORDS.search(item.context)
            or _described_elsewhere(text, name)
            or verb in _OUTLET_VERBS
            or (verb in _PUBLISH_VERBS and source_kind(name) == "official")
        ):
            item.kinds[i] = "media"


def _owner_kind(doc: Doc, its: int) -> str | None:
    """The kind of the body "its" stands for in "..., at the Noor hospital, its director
    told X": the nearest body the sentence names before it (a lexicon word or a name)."""
    lex = load_lexicon()
    sent = doc[its].sent
    for chunk in reversed([c for c in sent.noun_chunks if c.end <= its]):
        root = chunk.root
        if root.pos_ == "PRON" or root.ent_type_ == "PERSON":
            continue
        if root.pos_ == "PROPN" or root.lower_ in lex.words or root.lower_ in lex.heads:
            kind = source_kind(chunk.text)
            return kind if kind not in ("witness", "family", "author", "anonymous") else None
    return None


def _cue_lemma(doc: Doc, item: Found) -> str:
    """The lemma of the cue's verb ("" when the statement has no one-word verb cue)."""
    if item.cue is None:
        return ""
    span = doc.char_span(*item.cue, alignment_mode="expand")
    if span is None:
        return ""
    verbs = [t for t in span if t.pos_ == "VERB"]
    return verbs[0].lemma_.lower() if verbs else ""


@lru_cache(maxsize=8)
def _has_outlet_noun(text: str) -> bool:
    """Whether the text has an outlet noun anywhere (searched once per text, not per name)."""
    return _ANY_OUTLET_NOUN.search(text) is not None


def _described_elsewhere(text: str, name: str) -> bool:
    """Whether the text calls the name an outlet somewhere ("The Sanad agency reported ...
    Sanad later said", "the outlet Sanad", "Sanad news agency")."""
    if not _has_outlet_noun(text):
        return False  # (the pattern below needs an outlet noun; most texts have none)
    bare = re.escape(re.sub(r"^(?:the|The)\s+", "", " ".join(name.split())))
    return (
        re.search(rf"\b(?:{_OUTLET_NOUNS})\s+{bare}\b|\b{bare}\s+(?:{_OUTLET_NOUNS})\b", text, re.I)
        is not None
    )
