"""Event mentions (stage 7): spaCy ``Doc`` -> ``list[EventMention]``.

Finds the words that name one violent or political event in running text
("airstrike", "clashes", "kidnapped", "protest"; ``mention_cues`` in
``data/event_types.json``) and gives each its ACLED event type and sub-event
type. Negated mentions ("no clashes were reported") and figurative ones ("a
bombshell report", "shot to fame") are dropped; planned or threatened events
("threatened to strike") are kept with a low confidence. Ambiguous words take
the type the whole-text rules (``rules.py``) give their sentence.

The only spaCy work is reading the parse of ``doc`` that the pipeline already
made.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.extract.events.air import implicit_air
from claimledger.extract.events.anchors import iter_matches
from claimledger.extract.events.lexicon import Lexicon, lexicon
from claimledger.extract.events.reading import NEGATORS, Reading, figurative
from claimledger.extract.events.rules import classify_sub
from claimledger.nlp.text import doc_text
from claimledger.records import EventMention, Evidence

EXTRACTOR = "event_types.v1"

# Confidence kept for an event that is threatened, planned or conditional.
HYPOTHETICAL_CONFIDENCE = 0.3
# Mentions whose cue is this ambiguous take their sentence's sub-event type.
RETYPE_BELOW = 0.8

_HYPOTHETICAL_HEADS = frozenset(
    {
        "threaten",
        "plan",
        "vow",
        "warn",
        "intend",
        "plot",
        "prepare",
        "fear",
        "seek",
        "aim",
        "consider",
        "propose",
        "call",
        "urge",
        "want",
        "would",
        "could",
    }
)
_MODALS = frozenset({"would", "could", "may", "might", "will", "should", "shall", "'ll"})


def extract_events(doc: Doc, doc_id: str) -> list[EventMention]:
    """Find the words that name violent or political events, with their ACLED types.

    Args:
        doc: the parsed document (the pipeline's single spaCy pass).
        doc_id: the document id carried into every evidence span.

    Returns:
        Event mentions in text order. Negated and figurative mentions are left
        out; hypothetical ones (threatened, planned, conditional) carry
        confidence ``HYPOTHETICAL_CONFIDENCE``. An ambiguous word ("attacked",
        "fired") carries the sub-event type of its sentence, and in a report
        of one demonstration every protest, attack or ambiguous mention
        carries the demonstration's type (see docs/taxonomy.md).
    """
    lex = lexicon()
    text = doc_text(doc)
    out: list[EventMention] = []
    sentence_types: dict[int, str | None] = {}
    whole: list[str | None] = []  # the text's demonstration type, computed on first need
    weapons: dict[str, bool] = {}  # "air"/"shelling" named anywhere, computed on first need
    # A figurative phrase starts with one of its prefixes: none in the text, none to look for.
    maybe_figurative = lex.anchors.may_match("figurative", text)
    for m in iter_matches(lex.mention, lex.mention_starts, text):
        start, end = m.span()
        if maybe_figurative and figurative(lex, text, start, end):
            continue
        assert m.lastgroup is not None
        sub, conf = lex.mention_types[int(m.lastgroup[1:])]
        resolved = _resolve_contextual(sub, lex, text, weapons)
        if resolved is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _span_negated(span):
            continue
        if _span_hypothetical(span):
            conf = min(conf, HYPOTHETICAL_CONFIDENCE)
        elif conf < RETYPE_BELOW and not sub.startswith("@"):
            # An ambiguous word ("attacked", "fired", "blast") takes the type its
            # sentence reads as: "attacked a checkpoint" is a clash, not an Attack.
            resolved = _sentence_type(text, start, sentence_types) or resolved
        evidence = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, conf)
        out.append(EventMention(lex.taxonomy[resolved], resolved, evidence))
    if any(e.event_type in _DEMONSTRATION_TYPES for e in out):
        # One demonstration, one type: tear gas in one sentence makes every
        # "protest" of the report a Protest with intervention, and shots fired at
        # the march are the Excessive force, not a separate Attack.
        demo = _document_demonstration(text, whole)
        if demo is not None:
            out = [
                EventMention(lex.taxonomy[demo], demo, e.evidence)
                if e.event_type in _DEMONSTRATION_TYPES
                or e.sub_event_type == "Attack"
                or e.evidence.confidence < RETYPE_BELOW
                else e
                for e in out
            ]
    return out


_DEMONSTRATION_TYPES = frozenset({"Protests", "Riots"})


def _document_demonstration(text: str, cache: list[str | None]) -> str | None:
    """The demonstration sub-event type of the whole text, if it reads as one (cached)."""
    if not cache:
        sub = classify_sub(Reading(text))[0]
        event_type = lexicon().taxonomy.get(sub) if sub else None
        cache.append(sub if event_type in _DEMONSTRATION_TYPES else None)
    return cache[0]


def _sentence_type(text: str, offset: int, cache: dict[int, str | None]) -> str | None:
    """The sub-event type the whole-text rules give the sentence around ``offset``.

    The sentence is cut from the raw text at ". ", "! ", "? " and line breaks:
    walking spaCy's sentences costs more than the whole stage should, and an
    abbreviation cut short only narrows the context.
    """
    start = max(text.rfind(sep, 0, offset) for sep in _SENTENCE_SEPS) + 1
    if start not in cache:
        ends = [i for i in (text.find(sep, offset) for sep in _SENTENCE_SEPS) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        cache[start] = classify_sub(Reading(text[start:end]))[0]
    return cache[start]


_SENTENCE_SEPS = (". ", "! ", "? ", "\n")


def _resolve_contextual(sub: str, lex: Lexicon, text: str, weapons: dict[str, bool]) -> str | None:
    """Give "strike" and "bombing" a sub-event type from the weapons the text names."""
    if not sub.startswith("@"):
        return sub
    for group in ("air", "shelling"):
        if group not in weapons:
            weapons[group] = lex.groups[group].search(text) is not None
    if "implicit_air" not in weapons:
        # "a CIA strike", "a strike destroyed a compound": an air strike named
        # without an air word (air.py) makes the text's strikes air strikes.
        weapons["implicit_air"] = not weapons["air"] and implicit_air(text) is not None
    weapons["air"] = weapons["air"] or weapons["implicit_air"]
    if sub == "@bombing":
        return "Air/drone strike" if weapons["air"] else "Remote explosive/landmine/IED"
    # A bare "strike" is a military strike only where the text names weapons.
    if weapons["air"]:
        return "Air/drone strike"
    return "Shelling/artillery/missile attack" if weapons["shelling"] else None


def _span_negated(span: Span) -> bool:
    """The event word is denied: "no clashes", "did not attack", "without fighting"."""
    root = span.root
    if any(c.dep_ in ("neg", "det") and c.lower_ in NEGATORS for c in root.children):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("without", "of") and head.head.lower_ in NEGATORS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "without":
        return True
    # "clashes were not reported" / "no one attacked": negation sits on the verb.
    verb = root if root.pos_ in ("VERB", "AUX") else head
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT") or verb.i == root.i:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if root.i == verb.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and _has_no_det(c) for c in verb.children
        ):
            return True
    return False


def _has_no_det(token: Token) -> bool:
    """ "no one", "nobody", "none" as a subject."""
    if token.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _span_hypothetical(span: Span) -> bool:
    """The event is threatened, planned, feared or conditional rather than reported."""
    token: Token = span.root
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "the strike could be a mistake": the predicate's modality is not the event's.
        return False
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") and any(
            (c.dep_ == "aux" and c.lower_ in _MODALS) or (c.dep_ == "mark" and c.lower_ == "if")
            for c in token.children
        ):
            return True
        if token.lemma_.lower() in _HYPOTHETICAL_HEADS and token.i != span.root.i:
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False
