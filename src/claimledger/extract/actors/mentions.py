"""Actors (stage 7): spaCy ``Doc`` -> ``list[ActorMention]``.

Armed and political actors are found with the alias lexicon ``data/actors.json``
(documented in ``docs/taxonomy.md``) and normalised to one readable canonical
name with an ACLED-like category:

* named groups and their aliases ("IS" = "ISIS" = "Daesh" -> "Islamic State";
  "the U.S.-led coalition", "coalition planes" -> "US-led coalition");
* state forces built from a demonym or country ("Iraqi troops", "Iraq's army"
  -> "Military Forces of Iraq"; "Kenyan police" -> "Police Forces of Kenya");
* bare nouns ("the soldiers", "police") resolved to the nearest state named
  before them in the document, and "its forces" resolved to the actor the
  sentence reports about;
* collective actors: protesters, rioters, an unidentified armed group
  ("gunmen", "unknown assailants"), civilians.

Roles come from :mod:`claimledger.extract.actors.roles`, crowds from
:mod:`claimledger.extract.actors.crowds`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimledger.extract.actors.crowds import crowd_subjects
from claimledger.extract.actors.lexicon import Lexicon, category_of, country_of, lexicon
from claimledger.extract.actors.names import STATE_FORCES, state_of
from claimledger.extract.actors.roles import role_of
from claimledger.extract.actors.suspicion import certainty_of
from claimledger.nlp.text import doc_text
from claimledger.records import STATED, ActorMention, Evidence

EXTRACTOR = "actors.v1"


@dataclass(frozen=True)
class _Match:
    """A raw lexicon match before resolution."""

    start: int
    end: int
    name: str | None  # None for bare nouns and "its forces", resolved later
    category: str
    kind: str  # named | state | bare | possessive
    priority: int
    bare_state: str | None = None  # template like "Military Forces of {country}"
    fallback: str | None = None
    nonstate: bool = False


def _raw_matches(lex: Lexicon, text: str) -> list[_Match]:
    """All lexicon matches, overlapping ones resolved: longest first, then named > state > bare."""
    found: list[_Match] = []
    lowered = text.lower()
    for entry, (anchors, pattern) in zip(lex.entries, lex.named_scan, strict=True):
        # A substring test is far cheaper than running an actor's regex over the text.
        if anchors is not None and not any(a in lowered for a in anchors):
            continue
        for m in pattern.finditer(text):
            found.append(_Match(m.start(), m.end(), entry.name, entry.category, "named", 3))
    for m in lex.template_any.finditer(text):
        country = country_of(lex, m)
        if country is None or m.lastgroup is None:
            continue
        _, template, category = lex.templates[int(m.lastgroup[1:])]
        name = template.format(country=country)
        found.append(_Match(m.start(), m.end(), name, category, "state", 2))
    for pattern, spec in lex.bare:
        for m in pattern.finditer(text):
            found.append(
                _Match(
                    m.start(),
                    m.end(),
                    None,
                    str(spec["category"]),
                    "bare",
                    1,
                    bare_state=spec.get("state"),
                    fallback=str(spec["fallback"]),
                    nonstate=bool(spec.get("nonstate", False)),
                )
            )
    for m in lex.possessive.finditer(text):
        found.append(_Match(m.start(), m.end(), None, "state", "possessive", 4))
    found.sort(key=lambda x: (-(x.end - x.start), -x.priority, x.start))
    kept: list[_Match] = []
    for cand in found:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda x: x.start)
    return kept


# --- resolution ---------------------------------------------------------------


@dataclass
class _Resolved:
    """A match with its final name."""

    start: int
    end: int
    name: str
    category: str
    kind: str


@dataclass
class _Named:
    """The last actors of each kind named so far, which bare nouns refer to."""

    state_country: str | None = None
    nonstate: str | None = None
    coalition: str | None = None


def _resolve(lex: Lexicon, doc: Doc, text: str, matches: list[_Match]) -> list[_Resolved]:
    """Give bare nouns and "its forces" a name from the actors named before them."""
    out: list[_Resolved] = []
    named = _Named()
    for m in matches:
        if m.kind in ("named", "state") and m.name is not None:
            out.append(_resolve_named(lex, text, m, m.name, named))
        elif m.kind == "bare":
            out.append(_resolve_bare(lex, m, named))
        elif m.kind == "possessive":
            referent = _possessive_referent(doc, m, out)
            if referent is not None:
                out.append(_Resolved(m.start, m.end, referent.name, referent.category, "poss"))
    _merge_members(lex, out)
    return out


def _resolve_named(lex: Lexicon, text: str, m: _Match, name: str, named: _Named) -> _Resolved:
    """A named or state actor; it becomes the referent of the bare nouns after it."""
    if m.kind == "named" and name == "US-led coalition" and _bare_coalition(text, m):
        name = named.coalition or name
    if lex.by_name.get(name) and "coalition" in name.lower():
        named.coalition = name
    if m.kind == "state":
        country = _country_from_name(name)
        if country:
            named.state_country = country
    elif m.category in ("rebel", "political militia", "identity militia"):
        named.nonstate = name
    return _Resolved(m.start, m.end, name, m.category, m.kind)


def _resolve_bare(lex: Lexicon, m: _Match, named: _Named) -> _Resolved:
    """A bare noun ("the soldiers", "militants") named after the last actor of its kind."""
    if m.nonstate:
        name = named.nonstate or str(m.fallback)
        category = category_of(lex, name, m.category)
    elif named.state_country and m.bare_state:
        name = m.bare_state.format(country=named.state_country)
        category = "state"
    else:
        name, category = str(m.fallback), m.category
    return _Resolved(m.start, m.end, name, category, "bare")


def _merge_members(lex: Lexicon, out: list[_Resolved]) -> None:
    """A document about a coalition reads its leader's forces as the coalition's."""
    present = {r.name for r in out}
    for member, group in lex.merge_if_present.items():
        if group in present:
            for r in out:
                if r.name == member:
                    r.name = group
                    r.category = category_of(lex, group, r.category)


def _bare_coalition(text: str, m: _Match) -> bool:
    """The alias is just "(the) coalition (...)", with no leader named."""
    return text[m.start : m.end].lower().startswith(("coalition", "the coalition"))


def _country_from_name(name: str) -> str | None:
    """ "Military Forces of Iraq" -> "Iraq"."""
    found = state_of(name, (*STATE_FORCES, "Government"))
    return found[1] if found else None


def _possessive_referent(doc: Doc, m: _Match, before: list[_Resolved]) -> _Resolved | None:
    """Who "its/their forces" belong to: the nearest earlier actor in the sentence that is
    not the agent of the same verb (the reporting subject in "X said a strike hit its
    forces"), else the nearest earlier state actor."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    verb = span.root.head
    in_sentence = [r for r in before if sent.start_char <= r.start < m.start]
    for r in reversed(in_sentence):
        rspan = doc.char_span(r.start, r.end, alignment_mode="expand")
        if rspan is None:
            continue
        if _agent_of(rspan.root, verb):
            continue
        return r
    for r in reversed(before):
        if r.category == "state" and r.start < m.start:
            return r
    return None


def _agent_of(token: Token, verb: Token) -> bool:
    """``token`` is the doer of ``verb``: its subject, or the "by" agent of its subject."""
    node = token
    for _ in range(4):
        if node.head.i == verb.i and node.dep_ in ("nsubj", "agent"):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "by":
            node = node.head.head
            continue
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# --- crowds -------------------------------------------------------------------

_CROWD_REPLACES = frozenset({"civilians", "unidentified", "protesters", "rioters"})


def _merge_crowds(resolved: list[_Resolved], crowds: list[tuple[int, int, str]]) -> list[_Resolved]:
    """Name crowd subjects Protesters/Rioters; they replace civilian mentions they cover."""
    out = list(resolved)
    for start, end, name in crowds:
        category = "protesters" if name == "Protesters" else "rioters"
        inside = [r for r in out if start <= r.start and r.end <= end]
        if any(r.category not in _CROWD_REPLACES for r in inside):
            continue  # "Hamas supporters rallied": keep the named group
        out = [r for r in out if r not in inside]
        out.append(_Resolved(start, end, name, category, "crowd"))
    out.sort(key=lambda r: r.start)
    return out


# --- public API -------------------------------------------------------------------


def extract_actors(doc: Doc, doc_id: str) -> list[ActorMention]:
    """Find the armed and political actors named in a document, with their roles.

    Args:
        doc: the parsed document (the pipeline's single spaCy pass).
        doc_id: the document id carried into every evidence span.

    Returns:
        Actor mentions in text order: canonical name, role (perpetrator,
        target or other), ACLED-like category, the evidence span and whether a
        perpetrator is stated or only suspected (:mod:`.suspicion`).
    """
    lex = lexicon()
    text = doc_text(doc)
    resolved = _resolve(lex, doc, text, _raw_matches(lex, text))
    crowds = crowd_subjects(doc, text)
    resolved = _merge_crowds(resolved, crowds)
    out: list[ActorMention] = []
    for r in resolved:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if r.kind == "crowd":
            # The crowd is the agent of its protest or riot (ACLED's actor1).
            role = "perpetrator"
        else:
            role = role_of(span) if span is not None and len(span) else "other"
        certainty = certainty_of(span, role) if span is not None and len(span) else STATED
        confidence = 0.9 if r.kind in ("named", "state") else 0.6
        evidence = Evidence(r.start, r.end, text[r.start : r.end], doc_id, EXTRACTOR, confidence)
        out.append(ActorMention(r.name, role, evidence, r.category, certainty))
    return out
