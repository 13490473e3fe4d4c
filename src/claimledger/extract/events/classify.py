"""Event types (stage 7): spaCy ``Doc`` -> ``list[EventMention]``; short text -> ACLED type.

Two readings share one cue lexicon (``data/event_types.json``, documented in
``docs/taxonomy.md``):

* :func:`extract_events` finds the words that name one violent or political
  event in running text ("airstrike", "clashes", "kidnapped", "protest") and
  gives each its ACLED event type and sub-event type. Negated mentions ("no
  clashes were reported") and figurative ones ("a bombshell report", "shot to
  fame") are dropped; planned or threatened events ("threatened to strike")
  are kept with a low confidence.
* :func:`classify_event` gives one (event type, sub-event type, confidence) for
  a whole short text (an ACLED note, a snippet) with precedence rules that
  follow the ACLED codebook; :func:`classify_case2021` maps that onto the CASE
  2021 Task 2 labels, including the five types outside ACLED.

Everything is regular expressions compiled once per process; the only spaCy
work is reading the parse of ``doc`` that the pipeline already made.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimledger.records import EventMention, Evidence
from claimledger.resources import data_text

EXTRACTOR = "event_types.v1"

# Confidence kept for an event that is threatened, planned or conditional.
HYPOTHETICAL_CONFIDENCE = 0.3
# Mentions whose cue is this ambiguous take their sentence's sub-event type.
RETYPE_BELOW = 0.8

_NEGATORS = frozenset({"no", "not", "never", "neither", "nor", "without", "n't", "none"})
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


@dataclass(frozen=True)
class _Lexicon:
    """The compiled cue lexicon."""

    taxonomy: dict[str, str]  # sub-event type -> event type
    case_labels: dict[str, str]  # sub-event type -> CASE 2021 label
    old_types: dict[str, str]  # sub-event type -> pre-2019 ACLED event type
    note_tags: dict[str, str]  # "arrests" -> "Arrests"
    groups: dict[str, re.Pattern[str]]
    mention: re.Pattern[str]
    mention_types: tuple[tuple[str, float], ...]  # per named group m0, m1, ...


def _alternative(cue: str) -> str:
    """A cue as a group; one that starts upper-case (acronym, name) stays case-sensitive."""
    return f"(?-i:{cue})" if cue[:1].isupper() else f"(?:{cue})"


def _cue_regex(cues: list[str]) -> str:
    """Whole-word alternation of cues."""
    return r"(?<![\w-])(?:" + "|".join(_alternative(c) for c in cues) + r")(?![\w-])"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load and compile ``data/event_types.json`` once per process."""
    raw: dict[str, Any] = json.loads(data_text("event_types.json"))
    taxonomy = {sub: et for et, subs in raw["event_types"].items() for sub in subs}
    groups = {
        name: re.compile(_cue_regex(cues), re.IGNORECASE) for name, cues in raw["cues"].items()
    }
    mention_cues: list[list[Any]] = raw["mention_cues"]["cues"]
    # One boundary check around the whole alternation: the engine rejects a
    # position inside a word once instead of once per cue.
    alternatives = "|".join(
        f"(?P<m{i}>{_alternative(pattern)})" for i, (pattern, _, _) in enumerate(mention_cues)
    )
    mention = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return _Lexicon(
        taxonomy=taxonomy,
        case_labels=dict(raw["case2021_labels"]),
        old_types={k: v for k, v in raw["old_taxonomy"].items() if not k.startswith("_")},
        note_tags={k: v for k, v in raw["note_tags"].items() if not k.startswith("_")},
        groups=groups,
        mention=mention,
        mention_types=tuple((str(sub), float(conf)) for _, sub, conf in mention_cues),
    )


def _victim_words(kind: str) -> list[str]:
    """A word list of ``victim_words`` in the lexicon file (read at import)."""
    raw = json.loads(data_text("event_types.json"))
    return list(raw["victim_words"][kind])


def taxonomy() -> dict[str, str]:
    """The 25 ACLED sub-event types, each mapped to its event type."""
    return dict(_lexicon().taxonomy)


def event_type_of(sub_event_type: str) -> str | None:
    """The ACLED event type of a sub-event type (None when unknown)."""
    return _lexicon().taxonomy.get(sub_event_type)


def case2021_label(sub_event_type: str | None) -> str | None:
    """The CASE 2021 Task 2 label of an ACLED sub-event type."""
    if sub_event_type is None:
        return None
    return _lexicon().case_labels.get(sub_event_type)


def old_event_type(sub_event_type: str | None) -> str | None:
    """The pre-2019 ACLED event type (2015 exports) of a current sub-event type."""
    if sub_event_type is None:
        return None
    return _lexicon().old_types.get(sub_event_type)


# --- mentions in running text ---------------------------------------------


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
    lex = _lexicon()
    text = doc.text
    out: list[EventMention] = []
    sentence_types: dict[int, str | None] = {}
    whole: list[str | None] = []  # the text's demonstration type, computed on first need
    weapons: dict[str, bool] = {}  # "air"/"shelling" named anywhere, computed on first need
    for m in lex.mention.finditer(text):
        start, end = m.span()
        if _figurative(lex, text, start, end):
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
        sub = _classify_sub(_Reading(text))[0]
        event_type = _lexicon().taxonomy.get(sub) if sub else None
        cache.append(sub if event_type in _DEMONSTRATION_TYPES else None)
    return cache[0]


def _sentence_type(text: str, offset: int, cache: dict[int, str | None]) -> str | None:
    """The sub-event type :func:`classify_event` gives the sentence around ``offset``.

    The sentence is cut from the raw text at ". ", "! ", "? " and line breaks:
    walking spaCy's sentences costs more than the whole stage should, and an
    abbreviation cut short only narrows the context.
    """
    start = max(text.rfind(sep, 0, offset) for sep in _SENTENCE_SEPS) + 1
    if start not in cache:
        ends = [i for i in (text.find(sep, offset) for sep in _SENTENCE_SEPS) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        cache[start] = _classify_sub(_Reading(text[start:end]))[0]
    return cache[start]


_SENTENCE_SEPS = (". ", "! ", "? ", "\n")


def _figurative(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    """The cue is part of a figurative phrase ("bombshell", "shot to fame", "price war")."""
    lo, hi = max(0, start - _FIGURATIVE_REACH), min(len(text), end + _FIGURATIVE_REACH)
    return any(
        f.start() < end and start < f.end() for f in lex.groups["figurative"].finditer(text, lo, hi)
    )


# Figurative phrases are short: look this far (characters) around a cue only.
_FIGURATIVE_REACH = 60


def _resolve_contextual(sub: str, lex: _Lexicon, text: str, weapons: dict[str, bool]) -> str | None:
    """Give "strike" and "bombing" a sub-event type from the weapons the text names."""
    if not sub.startswith("@"):
        return sub
    for group in ("air", "shelling"):
        if group not in weapons:
            weapons[group] = lex.groups[group].search(text) is not None
    if sub == "@bombing":
        return "Air/drone strike" if weapons["air"] else "Remote explosive/landmine/IED"
    # A bare "strike" is a military strike only where the text names weapons.
    if weapons["air"]:
        return "Air/drone strike"
    return "Shelling/artillery/missile attack" if weapons["shelling"] else None


def _span_negated(span: Span) -> bool:
    """The event word is denied: "no clashes", "did not attack", "without fighting"."""
    root = span.root
    if any(c.dep_ in ("neg", "det") and c.lower_ in _NEGATORS for c in root.children):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("without", "of") and head.head.lower_ in _NEGATORS:
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


# --- whole-text classification --------------------------------------------


@dataclass(frozen=True)
class _Hit:
    """A cue match that is neither negated nor hypothetical."""

    start: int
    end: int
    text: str


_SENTENCE_BREAK = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"[\w'-]+")
_TAG = re.compile(r"^\s*([A-Za-z][A-Za-z /-]{2,45}):\s")
_SIZE_TAG = re.compile(r"\[size=", re.IGNORECASE)


def _hits(lex: _Lexicon, group: str, text: str, lowered: str) -> list[_Hit]:
    """Non-negated, non-hypothetical matches of one cue group."""
    out = []
    for m in lex.groups[group].finditer(text):
        if _preceded_by_negation(lowered, m.start()):
            continue
        out.append(_Hit(m.start(), m.end(), m.group(0)))
    return out


def _preceded_by_negation(lowered: str, start: int) -> bool:
    """A negator among the three words before ``start`` in the same clause."""
    window = lowered[max(0, start - 40) : start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    words = _WORD.findall(window[cut:])[-3:]
    return any(w in _NEGATORS or w == "nor" for w in words)


class _Reading:
    """Cue hits of one text, computed lazily per group."""

    def __init__(self, text: str) -> None:
        self.lex = _lexicon()
        self.text = text
        self.lowered = text.lower()
        self._cache: dict[str, list[_Hit]] = {}

    def get(self, group: str) -> list[_Hit]:
        """Hits of ``group`` outside figurative phrases ("shot back", "killed it")."""
        if group not in self._cache:
            hits = _hits(self.lex, group, self.text, self.lowered)
            if hits and group != "figurative":
                # Only the surroundings of a hit can make it figurative: scanning
                # those windows is cheaper than the whole text.
                hits = [h for h in hits if not _figurative(self.lex, self.text, h.start, h.end)]
            self._cache[group] = hits
        return self._cache[group]

    def has(self, group: str) -> bool:
        """Whether ``group`` has any hit."""
        return bool(self.get(group))

    def first(self, group: str) -> int:
        """Offset of the first hit of ``group`` (len(text) when none)."""
        hits = self.get(group)
        return hits[0].start if hits else len(self.text)


# Who was hit decides Armed clash (soldiers, police, fighters) vs Attack (civilians).
_VICTIM_VERB = re.compile(
    r"(?<![\w-])(?:attack(?:ed|ing|s)?|ambush(?:ed|ing)?|target(?:ed|ing)|kill(?:ed|ing)|"
    r"shot|shooting|fired|fire|raided|stormed|assaulted|assassinat(?:ed|ing)|hit|overran|"
    r"wound(?:ed|ing)|injur(?:ed|ing)|stabbed|beheaded|executed|gunned|murdered|died|"
    r"attack on|assault on|ambush on|attacks on)(?![\w-])",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'-]+|[.,;:!?()]")
_ARMED_WORDS = frozenset(_victim_words("armed"))
_CIVILIAN_WORDS = frozenset(_victim_words("civilian"))
_STOP_WORDS = frozenset(_victim_words("stop"))
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "got", "is", "are"})


def _victim_votes(text: str) -> tuple[int, int]:
    """(armed, civilian) victims of the violence verbs: objects, and subjects of passives."""
    tokens = [(m.group(0).lower(), m.start()) for m in _TOKEN.finditer(text)]
    starts = {pos: i for i, (_, pos) in enumerate(tokens)}
    armed = civilian = 0
    for m in _VICTIM_VERB.finditer(text):
        i = starts.get(m.start())
        if i is None:
            continue
        j = i + len(m.group(0).split())
        vote = None
        died = m.group(0).lower() == "died"
        if died or (i > 0 and tokens[i - 1][0] in _PASSIVE_AUX):
            # "<victims> were killed", "<victim> died": the nearest noun before.
            last = i if died else i - 1
            for word, _ in reversed(tokens[max(0, last - 7) : last]):
                if word in _STOP_WORDS or word in (",", ";", ":"):
                    break
                vote = _kind(word) or vote
                if vote:
                    break
        elif j < len(tokens) and tokens[j][0] != "by":
            for k, (word, _) in enumerate(tokens[j : j + 8]):
                if k > 0 and word in _STOP_WORDS or word in (",", ";", ":", "."):
                    break
                vote = _kind(word)
                if vote:
                    break
        if vote == "armed":
            armed += 1
        elif vote == "civilian":
            civilian += 1
    return armed, civilian


def _kind(word: str) -> str | None:
    """'armed' or 'civilian' for a victim noun, None for other words."""
    if word in _ARMED_WORDS:
        return "armed"
    if word in _CIVILIAN_WORDS:
        return "civilian"
    return None


_NON_STATE_AGENT = re.compile(
    r"(?:militants?|insurgents?|rebels?|jihadists?|Taliban|Al Shabaab|al-Shabaab|Boko Haram|"
    r"ISWAP|Islamic State|IS|ISIS|Houthis?|pro-Houthi|gunmen|gang|armed group|armed men|"
    r"militia(?:s|men)?|QSD|SDF|HTS|YPG|PKK|NPA|ADF|JNIM|ISGS|Maoists?|Naxals?|tribesmen)"
    r" (?:[\w'-]+ ){0,6}?(?:arrested|detained|apprehended)",
    re.IGNORECASE,
)


def classify_event(text: str, doc: Doc | None = None) -> tuple[str | None, str | None, float]:
    """Give a short text (an ACLED note, a snippet) one ACLED type and sub-event type.

    The precedence follows the ACLED codebook: a tag such as ``Arrests:`` at
    the head of a note wins; a demonstration is a protest or a riot whatever
    else happens in it (protesters killed by forces is Excessive force, a
    dispersal with tear gas is Protest with intervention, crowd violence is a
    Violent demonstration, or Mob violence without a demonstration);
    otherwise the weapon decides (suicide > chemical > air > IED > grenade >
    shelling), then territory changes, armed clashes, sexual violence,
    abductions, attacks, and only without violence the strategic
    developments.

    Args:
        text: the text to classify.
        doc: its parse, if already made; unused for now (the rules read the
            text) and accepted so callers holding a Doc need not re-parse.

    Returns:
        ``(event_type, sub_event_type, confidence)``; ``(None, None, 0.0)``
        when no cue names an event.
    """
    del doc  # the rules are lexical; kept for a stable signature
    sub, conf = _classify_sub(_Reading(text))
    if sub is None:
        return None, None, 0.0
    return _lexicon().taxonomy[sub], sub, conf


def _classify_sub(r: _Reading) -> tuple[str | None, float]:
    """The sub-event type and a confidence, by the codebook's precedence."""
    tag = _TAG.match(r.text)
    if tag and tag.group(1).strip().lower() in r.lex.note_tags:
        return r.lex.note_tags[tag.group(1).strip().lower()], 0.95

    size_tag = _SIZE_TAG.search(r.text) is not None
    armed_violence = (
        r.has("suicide")
        or r.has("air")
        or r.has("chemical")
        or (r.has("ied") and not size_tag)
        or (r.has("clash") and _armed_victim(r))
    )
    if size_tag or (
        r.has("protest") and not armed_violence and not r.has("abduction") and _protest_is_main(r)
    ):
        return _classify_demonstration(r, size_tag)
    # Rioting, or crowds (youths, party cadres) clashing with each other or the police.
    strong_clash = any(not _is_weak_clash(r, h) for h in r.get("clash"))
    crowd_clash = strong_clash and (r.has("crowd_party") or r.has("mob"))
    if not armed_violence and not _armed_group_named(r) and (r.has("riot_words") or crowd_clash):
        return _classify_demonstration(r, False)

    weapon = _classify_weapon(r)
    clash = r.has("clash")
    harm = r.has("harm")
    if weapon in ("Suicide bomb", "Chemical weapon", "Air/drone strike"):
        return weapon, 0.85
    if r.has("territory"):
        return _territory(r), 0.7
    if r.has("erw"):
        # Old mines and unexploded ordnance: no one used them in this event.
        return "Other", 0.6
    if r.has("disrupted") and not harm:
        return "Disrupted weapons use", 0.7
    if weapon == "Remote explosive/landmine/IED" and _strong_ied(r):
        return weapon, 0.8
    if weapon == "Grenade":
        return weapon, 0.8
    if weapon == "Shelling/artillery/missile attack":
        # Small-arms fire or an exchange between two sides makes it a battle.
        if r.has("small_arms") or (clash and _two_sided(r)):
            return "Armed clash", 0.6
        return weapon, 0.75
    if weapon == "Remote explosive/landmine/IED":
        return weapon, 0.6
    if r.has("sexual"):
        return "Sexual violence", 0.8
    weak_clash_only = clash and all(_is_weak_clash(r, h) for h in r.get("clash"))
    if weak_clash_only and r.has("attack") and not _armed_victim(r):
        # "fighting" in passing while civilians are the ones attacked.
        return "Attack", 0.55
    if clash or r.has("small_arms"):
        if not r.has("mob") or _armed_group_named(r):
            return "Armed clash", 0.7
        # Rival factions or villagers fighting, with at most police stepping in.
        return "Mob violence", 0.5
    if r.has("abduction") and not r.has("kill"):
        # A killing outranks the abduction that came with it.
        return "Abduction/forced disappearance", 0.75
    if r.has("attack") or r.has("abduction"):
        if r.has("looting") and not harm:
            return "Looting/property destruction", 0.6
        if _armed_victim(r):
            return "Armed clash", 0.6
        if r.has("arrests") and not harm:
            return _arrest_kind(r), 0.55
        return "Attack", 0.65
    return _classify_strategic(r)


_WEAK_PROTEST = frozenset(
    {
        "demanding",
        "demanded",
        "to demand",
        "calling for",
        "to reject",
        "rejecting",
        "to condemn",
        "condemning",
        "slogans",
        "slogan",
        "banners",
        "banner",
        "placards",
        "placard",
        "stir",
        "in protest",
        "to denounce",
        "denouncing",
        "in solidarity",
        "chanted",
        "chanting",
    }
)


def _protest_is_main(r: _Reading) -> bool:
    """Protest words name the event rather than a motive ("killed during a protest" still counts)."""
    return any(_strong_protest_word(h) for h in r.get("protest"))


def _strong_protest_word(hit: _Hit) -> bool:
    """A word naming a demonstration, not only its motive ("demanding", "calling for")."""
    low = hit.text.lower()
    return low not in _WEAK_PROTEST and not low.startswith(("over ", "after ", "against "))


def _classify_demonstration(r: _Reading, size_tag: bool) -> tuple[str, float]:
    """Protests and riots: excessive force > crowd violence > intervention > peaceful."""
    base = 0.85 if size_tag else 0.7
    # Violence by the crowd makes a riot even when forces then fire on it.
    if r.has("crowd_violence"):
        if r.has("mob") or not r.has("protest"):
            return "Mob violence", base - 0.15
        return "Violent demonstration", base - 0.15
    if r.has("excessive") or (r.has("attack_on_protest") and r.has("harm")):
        return "Excessive force against protesters", base - 0.2
    if r.has("attack_on_protest"):
        return "Protest with intervention", base - 0.1
    if any(not _motive(r.text, h) for h in r.get("intervention")):
        return "Protest with intervention", base - 0.1
    if not r.has("protest") and (r.has("attack") or r.has("clash")):
        return "Mob violence", base - 0.3
    return "Peaceful protest", base


_MOTIVE = re.compile(r"release|\bwho\b|\bwhich\b|against|demand", re.IGNORECASE)
_DETENTION = re.compile(r"arrest|detain|detention|fined|custody|apprehend", re.IGNORECASE)


def _motive(text: str, hit: _Hit) -> bool:
    """An arrest that the protest is about ("demanded the release of activists who were detained")."""
    if not _DETENTION.search(hit.text):
        return False
    return _MOTIVE.search(text, max(0, hit.start - 60), hit.start) is not None


def _classify_weapon(r: _Reading) -> str | None:
    """The weapon named, by codebook precedence."""
    if r.has("suicide"):
        return "Suicide bomb"
    if r.has("chemical"):
        return "Chemical weapon"
    if r.has("air"):
        return "Air/drone strike"
    if r.has("ied") and _strong_ied(r):
        return "Remote explosive/landmine/IED"
    if r.has("grenade"):
        return "Grenade"
    if r.has("shelling"):
        return "Shelling/artillery/missile attack"
    if r.has("ied"):
        return "Remote explosive/landmine/IED"
    return None


_WEAK_IED = frozenset(
    {
        "blast",
        "blasts",
        "explosion",
        "explosions",
        "exploded",
        "detonated",
        "a bomb",
        "the bomb",
        "an bomb",
    }
)


def _strong_ied(r: _Reading) -> bool:
    """An explicit device (IED, mine, car bomb), not just "an explosion"."""
    return any(h.text.lower() not in _WEAK_IED for h in r.get("ied"))


def _armed_victim(r: _Reading) -> bool:
    """Soldiers, police or fighters rather than civilians are the ones attacked."""
    armed, civilian = _victim_votes(r.text)
    return armed > civilian


def _is_weak_clash(r: _Reading, hit: _Hit) -> bool:
    """A clash word that may name fighting elsewhere or earlier ("fighting", "battle")."""
    return any(w.start <= hit.start and hit.end <= w.end for w in r.get("weak_clash"))


def _armed_group_named(r: _Reading) -> bool:
    """An armed party other than police or security officials is named."""
    police = {(h.start, h.end) for h in r.get("police_only")}
    return any(
        not any(ps <= h.start and h.end <= pe for ps, pe in police) for h in r.get("armed_party")
    )


def _two_sided(r: _Reading) -> bool:
    """An exchange between armed sides rather than one side firing."""
    return any(
        re.search(r"clash|exchang|gun ?fight|fire ?fight|gun ?battle|fighting|fought", h.text, re.I)
        for h in r.get("clash")
    )


def _territory(r: _Reading) -> str:
    """Government regains territory when state forces take it, else a non-state actor does."""
    first = r.get("territory")[0].start
    before = r.text[max(0, first - 160) : first]
    if r.has("regain") or r.has("nonstate_loser") or _lexicon().groups["gov_actor"].search(before):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _arrest_kind(r: _Reading) -> str:
    """Arrests by a non-state armed group are abductions in the codebook."""
    return "Abduction/forced disappearance" if _NON_STATE_AGENT.search(r.text) else "Arrests"


def _classify_strategic(r: _Reading) -> tuple[str | None, float]:
    """Non-violent developments, the last resort."""
    if r.has("disrupted"):
        return "Disrupted weapons use", 0.6
    if r.has("other_strategic"):
        return "Other", 0.45
    if r.has("hq"):
        return "Headquarters or base established", 0.6
    if r.has("nonviolent_transfer"):
        return "Non-violent transfer of territory", 0.5
    # A seizure or destruction is the event; arrests made during it are a detail.
    if r.has("looting"):
        return "Looting/property destruction", 0.6
    if r.has("arrests"):
        return _arrest_kind(r), 0.6
    if r.has("agreement"):
        return "Agreement", 0.55
    if r.has("change_group"):
        return "Change to group/activity", 0.45
    if r.has("protest"):
        return "Peaceful protest", 0.4
    return None, 0.0


# --- CASE 2021 Task 2 ---------------------------------------------------------

_ARMED_AGENT = re.compile(
    r"(?<![\w-])(?:gunmen|militants?|insurgents?|rebels?|soldiers?|troops?|army|forces|"
    r"militia\w*|jihadists?|terrorists?|attackers?|assailants?|armed)(?![\w-])",
    re.IGNORECASE,
)


def classify_case2021(text: str) -> str:
    """The CASE 2021 Task 2 label of a snippet (ACLED-based or one of the unseen types).

    Responsibility claims (ATTRIB) come first, then the ACLED reading; the
    unseen types (NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME, DIPLO) take
    over where their cues are present and the ACLED reading is weak, not
    violent, or names no armed perpetrator.

    Args:
        text: one snippet.

    Returns:
        A label from the CASE 2021 inventory; ``OTHER`` when nothing matches.
    """
    r = _Reading(text)
    if r.has("attrib"):
        return "ATTRIB"
    sub, _ = _classify_sub(r)
    armed = _ARMED_AGENT.search(text) is not None
    event_type = event_type_of(sub) if sub else None
    # Demonstrations stay demonstrations whatever they are about (a pandemic, sanctions).
    if event_type in ("Protests", "Riots"):
        return r.lex.case_labels[str(sub)]
    weak = sub is None or event_type == "Strategic developments"
    unarmed_attack = sub == "Attack" and not armed
    if r.has("natural_disaster") and (weak or unarmed_attack):
        return "NATURAL_DISASTER"
    accident = sub == "Remote explosive/landmine/IED" and not _strong_ied(r) and not armed
    if r.has("manmade_disaster") and (weak or unarmed_attack or accident):
        return "MAN_MADE_DISASTER"
    if r.has("diplo") and (weak or r.first("diplo") < _first_violent(r)):
        return "DIPLO"
    if r.has("org_crime") and weak and sub != "Looting/property destruction":
        return "ORG_CRIME"
    if sub is None:
        return "OTHER"
    return r.lex.case_labels[sub]


def _first_violent(r: _Reading) -> int:
    """Offset of the first cue naming violence."""
    groups = (
        "suicide",
        "chemical",
        "air",
        "shelling",
        "ied",
        "grenade",
        "clash",
        "attack",
        "abduction",
        "sexual",
    )
    return min(r.first(g) for g in groups)
