"""How far to trust an incident: independent sources and a credibility grade.

Input: an incident's :class:`~claimledger.records.Claim` list and the text it
was read from. Output: its independent sources (:class:`SourceGroup`, relays
folded under the origin they repeat) and a grade on Airwars' scale with the
reasons it rests on. The same decision (:func:`decide`) serves the corpus level
(``corpus/independence.py``), fed with the claims of every linked document.

The rules are written out in ``docs/grading.md``. In short:

* **independent sources** -- a source is its origin, not its messenger: a
  relay (``via``: "X told Reuters") folds under X, and an outlet that is
  itself the relay of another source in the same incident folds under that
  source; the author's own figure, when an attributed source in the text gives
  the same figure, restates that source; names are compared loosely
  ("@ShehabAgency" = "Shehab News Agency"); accounts the text names ("@X",
  "Facebook user X") without a claim of their own are sources too.
* **grade**, first rule that holds: *discounted* (those harmed described as
  combatants, or another party most likely responsible); *confirmed* (a
  belligerent accepted responsibility, and no dispute); *contested* (a dispute
  read from the parse by ``grade_dispute.find_disputes``: a party's denial, two
  parties or an attack and another cause given the harm, accounts said to
  conflict; or the sources name no one as responsible); *weak* (one independent source, or the text says the reports
  repeat one origin, or at most FEW_DETAILS_MAX_SOURCES sources and the text
  says they give no detail beyond the claim); *fair* (two or more independent
  sources).
* a monitor's own grade stated in the text ("Airwars graded this incident as
  weak") is a claim like any other: with ``stated=True`` (the default) it
  decides, and the reasons say so; ``stated=False`` grades from the evidence
  alone (the bench reports both).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from claimledger.reconcile.grade_accounts import competing_reason
from claimledger.reconcile.grade_dispute import find_disputes, sources_agree
from claimledger.reconcile.grade_dispute_model import text_dispute
from claimledger.reconcile.grade_gate import gated, lowered, lowered_pattern
from claimledger.reconcile.grade_merge import merge_sources
from claimledger.reconcile.grade_sources import read_sources
from claimledger.reconcile.grade_tokens import shared_tokens
from claimledger.reconcile.grade_toll import toll_sources
from claimledger.reconcile.grade_victims import victims_reason
from claimledger.reconcile.origin import is_reporting_source as is_reporting_source
from claimledger.reconcile.origin import origin_key as origin_key  # re-exported
from claimledger.reconcile.origin import origin_words as origin_words
from claimledger.reconcile.origin import writers_own
from claimledger.records import Claim, Evidence, Incident, ParsedSentence, SourceGroup

# "multiple sources", "most sources": several origins the text does not name (counted as two).
_SEVERAL = re.compile(
    r"^(?:the )?(?:multiple|several|numerous|various|many|most|most of the|the majority of|"
    r"all|other|different|multiple different|(?:at least )?(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|[2-9]|\d\d+))\s+(?:\w+\s+){0,2}(?:sources|outlets|media|"
    r"accounts|reports|agencies|channels|stations|newspapers|papers|websites|broadcasters|"
    r"networks)\b",
    re.IGNORECASE,
)
# A social-media account named in the text ("@ShehabAgency tweeted", "Facebook user
# Rania Alp-khudary wrote").
_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_]{3,30})")
_PLATFORM_USER = re.compile(
    r"\b(?:Facebook|Twitter|X|Instagram|Telegram|TikTok|YouTube)(?:/X)? (?:user|account|page|"
    r"post (?:by|from)|posts? of)\s+@?([A-Z][\w'’.-]+(?: (?:al-|Al-|Abu |abu )?[A-Z][\w'’.-]+){0,3})"
)

# The reason that says what the evidence alone gives, beside a grade the text states.
EVIDENCE_ALONE = "the evidence alone gives "
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# Who can accept responsibility for a strike: armed forces and armed groups.
_BELLIGERENT = re.compile(
    r"\b(?:military|army|armed forces|forces|IDF|Israel\w*|Hamas|Qassam|Islamic Jihad|"
    r"Hezbollah|coalition|Pentagon|ministry of defen[cs]e|air force|militia|group|Islamic "
    r"State|ISIS|ISIL|Taliban|al-Shabaab|Boko Haram|rebels|insurgents|militants)\b",
    re.IGNORECASE,
)
# "admitted" as a party's word, not a patient's ("twelve wounded had been admitted", "were
# admitted to the ward").
_ADMITTED = (
    r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeing )admitted"
    r"(?!\s+(?:to|into|at)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:hospitals?|wards?|clinics?|morgues?|"
    r"infirmary|icu|units?|care)\b)"
)
ACCEPTED = re.compile(
    r"\b(?:acknowledged|" + _ADMITTED + r"|claimed responsibility|took responsibility|accepted "
    r"responsibility|confirmed (?:that )?(?:it|they) (?:had )?(?:struck|hit|carried out|"
    r"targeted|conducted|attacked)|said (?:that )?it (?:had )?(?:struck|targeted|hit|"
    r"carried out|conducted)|announced (?:that )?(?:its|their) \w+ (?:had )?(?:struck|hit|"
    r"targeted))\b(?!\s+(?:no|not)\b)",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no|nor|neither|without|denied|refused)\b", re.I)
NO_ATTRIBUTION = re.compile(
    r"\b(?:(?:no|none of the|neither of the)\s+(?:\w+\s+){0,3}?(?:sources?|accounts?|reports?|"
    r"belligerents?|one|party|group)\b[^.]{0,90}?\b(?:attribut|identif|nam|ascrib|blam)\w*"
    r"[^.]{0,60}?\b(?:belligerent|perpetrator|responsib\w*|party|attack|strike|incident)|did not (?:ascribe|attribute|identify|name)\b[^.]{0,60}?(?:belligerent|"
    r"perpetrator|responsib\w*)|could be attributed to either|no belligerents? (?:was |"
    r"were )?(?:directly )?(?:identified|named))",
    re.IGNORECASE,
)
COMBATANTS = re.compile(
    r"\b(?:(?:was|were|as) (?:all |both )?(?:its |their )?(?:militants?|fighters?|combatants?|operatives?|"
    r"members of (?:the |an? )?(?:armed|military) (?:wing|group))|another party (?:was )?"
    r"(?:most )?likely responsible)\b",
    re.IGNORECASE,
)
SINGLE_ORIGIN = re.compile(
    r"\b(?:only one (?:original |unique )?source|single[- ]source|one original source|"
    r"(?:repetition|repeating|repeated|duplication) (?:of )?(?:the )?(?:same |identical )?"
    r"(?:sources?|details|information|claims|reports)|circular (?:nature of the )?reporting|"
    r"(?:reported|repeated|provided|shared) the same information|all sources provided the "
    r"same|has not (?:currently )?been corroborated|not been corroborated|(?:could|can) not be "
    r"corroborated|trac(?:e|es|ed|ing) back to (?:a|one) (?:single )?|limited reporting|"
    r"few sources with unique|no other sources? (?:\w+ ){0,4}?(?:could be|was|were) (?:found|located)"
    r"|could not find any (?:other|corroborating|further) sources?)\b",
    re.IGNORECASE,
)
_UNSURE = re.compile(r"\b(?:possib\w*|may|might|could|suggest\w*|contested|unclear)\b", re.I)
# "No other source attributed it" is about a single attribution, not about none.
_OTHER_THAN = re.compile(r"\b(?:no|none of the) other\b|\bonly\b", re.IGNORECASE)
_BUT = re.compile(r"^[^.]{0,6}\bbut\b", re.IGNORECASE)
# A sentence about who struck (the strike status) or about one detail, not about the harm.
_ABOUT_ATTRIBUTION = re.compile(
    r"\b(?:belligerent|attribut\w*|responsib\w*|perpetrat\w*|strike status|identified the|also|higher|"
    r"estimates?)\b",
    re.IGNORECASE,
)
# The reports give nothing beyond the bare claim (no names, no further detail).
FEW_DETAILS = re.compile(
    r"\b(?:no (?:other|further|additional) (?:information|details)|few (?:additional |further )?"
    r"details|(?:victims|identities|names) (?:have|has|were) not (?:yet )?(?:been )?(?:identified|"
    r"released|made public)|further details .{0,80}unknown|details of the incident (?:is|are) "
    r"unknown|no details? (?:\w+ ){0,8}?(?:was|were) (?:given|provided)|(?:absence|lack) of "
    r"(?:information|details?)|no obituar\w+)\b",
    re.IGNORECASE,
)
# With the reports this thin, this few independent sources are still one claim repeated.
# Chosen on the tune half of the Airwars dev file (mean recall over Fair / Weak /
# Contested 0.770 -> 0.809 from the evidence alone; 2: 0.763, 3: 0.786, 5: 0.807).
FEW_DETAILS_MAX_SOURCES = 4
STATED = re.compile(
    r"\b(?:graded|classified|categori[sz]ed|evaluated|assessed)\b[^.]{0,80}?\bas\s+(?:an?\s+)?"
    r"[\"“‘']?(confirmed|fair|weak|contested|discounted)\b",
    re.IGNORECASE,
)


@dataclass
class _Group:
    name: str
    kind: str
    relays: list[str] = field(default_factory=list)
    n_claims: int = 0
    values: set[tuple[str | None, int | None, int | None]] = field(default_factory=set)


def independent_sources(claims: Iterable[Claim]) -> tuple[SourceGroup, ...]:
    """The independent sources of one document's incident, relays folded under their origin.

    Args:
        claims: the incident's claims (figures and assertions).

    Returns:
        One SourceGroup per origin, most claims first; the author's own claims
        form a group only when no attributed source gives the same figure.
    """
    groups: dict[str, _Group] = {}
    authored: list[Claim] = []
    for c in claims:
        if writers_own(c.source.kind, c.source.name):
            authored.append(c)  # "Initial reports" are no origin: the writer's (origin.py)
            continue
        if not is_reporting_source(c.source.name):
            continue
        key = origin_key(c.source.name)
        g = groups.setdefault(key, _Group(c.source.name, c.source.kind))
        g.n_claims += 1
        if c.figure is not None:
            g.values.add((c.figure, c.low, c.high))
        if c.source.via and c.source.via not in g.relays:
            g.relays.append(c.source.via)
    _fold_relayed_outlets(groups)
    for c in authored:
        value = (c.figure, c.low, c.high)
        owner = next((g for g in groups.values() if c.figure and value in g.values), None)
        if owner is None:
            owner = groups.setdefault("", _Group("author", "author"))
            if c.figure is not None:
                owner.values.add(value)
        owner.n_claims += 1
    ordered = sorted(groups.values(), key=lambda g: (-g.n_claims, g.name.casefold()))
    return tuple(SourceGroup(g.name, g.kind, tuple(g.relays), g.n_claims) for g in ordered)


def _fold_relayed_outlets(groups: dict[str, _Group]) -> None:
    """An outlet quoted as a source that is also the relay of another source folds under it."""
    relay_of: dict[str, str] = {}
    for key, g in groups.items():
        for r in g.relays:
            relay_of.setdefault(origin_key(r), key)
    for key in list(groups):
        origin = relay_of.get(key)
        if origin is None or origin == key or origin not in groups or key not in groups:
            continue
        outlet = groups.pop(key)
        target = groups[origin]
        target.n_claims += outlet.n_claims
        target.values |= outlet.values
        for r in [outlet.name, *outlet.relays]:
            if r not in target.relays:
                target.relays.append(r)


def count_independent(groups: Sequence[SourceGroup]) -> int:
    """How many independent sources: the attributed ones, else the author alone (1).

    A group of unnamed origins ("multiple sources", "most outlets") counts as
    at least two.
    """
    attributed = [g for g in groups if g.kind != "author"]
    if any(_SEVERAL.match(g.name) for g in attributed):
        return max(2, len(attributed))
    if attributed:
        return len(attributed)
    return 1 if groups else 0


def handle_sources(text: str, groups: Sequence[SourceGroup]) -> tuple[SourceGroup, ...]:
    """Accounts named in the text ("@handle", "Facebook user X") that no claim attributed:
    sources of their own."""
    known = {origin_key(n) for g in groups for n in (g.name, *g.relays)}
    out: dict[str, SourceGroup] = {}
    for pattern, prefix in ((_HANDLE, "@"), (_PLATFORM_USER, "")):
        for m in pattern.finditer(text):
            key = origin_key(m.group(1))
            if key and key not in known and key not in out:
                out[key] = SourceGroup(prefix + m.group(1), "social_media", (), 0)
    return tuple(out.values())


# Any of the cues above, matched against the lowered sentence (``grade_gate.lowered``): a
# sentence without one holds no cue, and most sentences are passed over with one search.
_ANY_CUE = lowered_pattern(
    "|".join(
        f"(?:{rx.pattern})"
        for rx in (ACCEPTED, NO_ATTRIBUTION, COMBATANTS, SINGLE_ORIGIN, FEW_DETAILS, STATED)
    )
)


@dataclass(frozen=True)
class GradeEvidence:
    """What a grade is decided from: the sources and the sentences that bear on it."""

    sources: tuple[SourceGroup, ...]
    accepted: tuple[str, ...] = ()  # a belligerent accepted responsibility
    unattributed: tuple[str, ...] = ()  # the sources name no one responsible
    combatants: tuple[str, ...] = ()  # those harmed were combatants / another party
    single_origin: tuple[str, ...] = ()  # the reports repeat one origin
    few_details: tuple[str, ...] = ()  # the reports give no detail beyond the claim
    stated: tuple[tuple[str, str], ...] = ()  # (grade, sentence) stated by a monitor
    # responsibility disputed, read from the parse (grade_dispute.find_disputes): each
    # dispute's reason names its parties, cue words and sentences
    disputes: tuple[str, ...] = ()
    # who was harmed disputed: parties call them combatants and civilians (grade_victims)
    victims: tuple[str, ...] = ()
    # claims that civilians were harmed (a civilian figure of one or more): the harm is not
    # all combatants' however some of those harmed are called
    civilians_harmed: tuple[str, ...] = ()


def _quote(sentence: str, limit: int = 140) -> str:
    s = " ".join(sentence.split())
    return f"“{s[:limit]}{'…' if len(s) > limit else ''}”"


def sentences_to_parse(text: str) -> list[str]:
    """The sentences of a text the contested detector reads (the gate, ``grade_gate.py``):
    what a caller that has only the text parses (``attribute.parse_sentences``)."""
    sentences = [s for m in _SENT.finditer(text) if (s := m.group(0).strip())]
    return [s for s, k in zip(sentences, gated(sentences, text), strict=True) if k]


def read_cues(
    text: str,
    sources: tuple[SourceGroup, ...],
    parsed: Sequence[ParsedSentence],
    sole: Sequence[str] = (),
) -> GradeEvidence:
    """Scan a text's sentences for the cues of each grade.

    Args:
        text: the text the incident was read from (its sentences).
        sources: its independent sources.
        parsed: its parsed sentences, those the gate keeps at least (the pipeline's
            parse, ``attribute.sentence_records``; or, for a text alone,
            ``attribute.parse_sentences(sentences_to_parse(text), model)``): the
            contested detector reads them.
        sole: sentences saying the report is the only one (``grade_sources.read_sources``):
            cues that the reports repeat one origin.

    Returns:
        The evidence, each cue as the sentence it was read in.
    """
    found: dict[str, list[str]] = {k: [] for k in ("acc", "un", "comb", "one", "few")}
    stated: list[tuple[str, str]] = []
    sentences = [m.group(0).strip() for m in _SENT.finditer(text)]
    for s in sentences:
        if not s or not _ANY_CUE.search(lowered(s)):
            continue
        acc = ACCEPTED.search(s)
        if acc and _BELLIGERENT.search(s) and not _NEGATED.search(s[: acc.start()][-40:]):
            found["acc"].append(s)
        un = NO_ATTRIBUTION.search(s)
        if un and not _OTHER_THAN.search(s) and not _BUT.search(s, un.end()):
            found["un"].append(s)
        if COMBATANTS.search(s) and not _NEGATED.search(s) and not _UNSURE.search(s):
            found["comb"].append(s)
        if SINGLE_ORIGIN.search(s) and not _ABOUT_ATTRIBUTION.search(s):
            found["one"].append(s)
        if FEW_DETAILS.search(s) and not re.search(r"\balso\b", s, re.IGNORECASE):
            found["few"].append(s)
        st = STATED.search(s)
        if st:
            stated.append((st.group(1).lower(), s))
    return GradeEvidence(
        sources=sources,
        accepted=tuple(found["acc"]),
        unattributed=tuple(found["un"]),
        combatants=tuple(found["comb"]),
        single_origin=tuple(found["one"] + [s for s in sole if s not in found["one"]]),
        few_details=tuple(found["few"]),
        stated=tuple(stated),
        disputes=_disputes(parsed, text),
        victims=tuple(filter(None, [victims_reason(parsed)])),
    )


def _disputes(parsed: Sequence[ParsedSentence], text: str) -> tuple[str, ...]:
    """The reasons of the disputes read from the parse: the dispute reader's, else two
    speakers' competing accounts of the harm (``grade_accounts``), else the learned text
    reader's (``grade_dispute_model.text_dispute``)."""
    found = tuple(d.reason() for d in find_disputes(parsed, text))
    if found:
        return found
    two = competing_reason(parsed)
    if two:
        return (two,)
    # the learned text reader, when the gate keeps a sentence (grade_dispute_model) and the
    # text does not say that its sources agree on who did it
    p = text_dispute(text) if parsed else None
    if p is None or sources_agree(parsed, text):
        return ()
    return (f"a dispute read by the learned text reader (P {p:.2f})",)


def _stated_grade(ev: GradeEvidence) -> tuple[str, str] | None:
    """The monitor's own grade of the harm, when the text states one."""
    if not ev.stated:
        return None
    harm = [x for x in ev.stated if re.search(r"\b(?:harm|casualt|civilian)", x[1], re.I)]
    return (harm or list(ev.stated))[0]


def _source_phrase(ev: GradeEvidence) -> str:
    named = [g for g in ev.sources if g.kind != "author"]
    n = count_independent(ev.sources)
    if not named:
        return f"{n} independent source (the text's own account)" if n else "no source"
    parts = []
    for g in named[:6]:
        relay = f" (relayed by {', '.join(g.relays[:3])})" if g.relays else ""
        parts.append(f"{g.name} [{g.kind}]{relay}")
    more = f" and {len(named) - 6} more" if len(named) > 6 else ""
    return f"{n} independent source{'s' if n != 1 else ''}: {'; '.join(parts)}{more}"


def decide(ev: GradeEvidence, *, stated: bool = True) -> tuple[str, tuple[str, ...]]:
    """The grade and its reasons from the evidence (rule order in the module docstring).

    Args:
        ev: the sources and cue sentences.
        stated: let a monitor's grade stated in the text decide.

    Returns:
        (grade, reasons): the reasons name the sources and quote the sentences.
    """
    sources = _source_phrase(ev)
    said = _stated_grade(ev) if stated else None
    if said is not None:
        stated_reason = f"the text states the grade: {_quote(said[1])}"
        alone, why = decide(ev, stated=False)
        if alone == said[0]:
            return said[0], (stated_reason, sources)
        # what the evidence alone gives, when it differs (the bench reads it: EVIDENCE_ALONE)
        return said[0], (stated_reason, f"{EVIDENCE_ALONE}{alone}: {why[0]}", sources)
    if ev.victims:  # not the consensus that they were combatants: parties differ
        return "contested", (f"competing accounts of {ev.victims[0]}", sources)
    if ev.combatants and not ev.civilians_harmed:
        return "discounted", (
            f"those harmed described as combatants: {_quote(ev.combatants[0])}",
            sources,
        )
    if ev.accepted and not ev.disputes:
        return "confirmed", (
            f"a belligerent accepted responsibility: {_quote(ev.accepted[0])}",
            sources,
        )
    if ev.disputes:
        return "contested", (f"responsibility disputed, {ev.disputes[0]}", sources)
    if ev.unattributed:
        return "contested", (f"no one named responsible: {_quote(ev.unattributed[0])}", sources)
    n = count_independent(ev.sources)
    if ev.single_origin:
        return "weak", (f"the reports repeat one origin: {_quote(ev.single_origin[0])}", sources)
    if n <= 1:
        return "weak", (f"a single source claim; {sources}",)
    if ev.few_details and n <= FEW_DETAILS_MAX_SOURCES:
        return "weak", (f"few sources and no detail: {_quote(ev.few_details[0])}", sources)
    return "fair", (f"two or more credible sources; {sources}",)


class HarmTold(Protocol):
    """What ``civilians_harmed`` reads of a claim: a document's ``Claim`` or the store's
    ``StoredClaim`` (the corpus level's; reconcile does not import the store)."""

    @property
    def statement(self) -> str: ...
    @property
    def civilian(self) -> bool: ...
    @property
    def aggregate(self) -> bool: ...
    @property
    def low(self) -> int | None: ...
    @property
    def high(self) -> int | None: ...


def civilians_harmed(claims: Sequence[HarmTold]) -> tuple[str, ...]:
    """The statements of claims that one or more civilians were harmed (not a statistic): a
    document's claims, or a corpus incident's stored ones (``corpus.independence``)."""
    return tuple(
        c.statement
        for c in claims
        if c.civilian and not c.aggregate and (c.high or c.low or 0) >= 1
    )


def grade_text(
    claims: Sequence[Claim], text: str, parsed: Sequence[ParsedSentence], *, stated: bool = True
) -> tuple[str, tuple[str, ...], tuple[SourceGroup, ...]]:
    """Grade, reasons and independent sources of an incident read from ``text`` (``parsed``:
    its parsed sentences, as ``read_cues`` takes them; each sentence's words are built once
    for every reader, ``grade_tokens.shared_tokens``)."""
    with shared_tokens():
        sources = independent_sources(claims)
        sources += handle_sources(text, sources)
        read = read_sources(parsed)
        sources = merge_sources(sources, read, origin_key, is_reporting_source, origin_words)
        sources = toll_sources(sources, claims, parsed, origin_key)
        cues = read_cues(text, sources, parsed, read.sole)
        if cues.combatants:
            cues = dataclasses.replace(cues, civilians_harmed=civilians_harmed(claims))
        grade, reasons = decide(cues, stated=stated)
    return grade, reasons, sources


def _within(parsed: Sequence[ParsedSentence], spans: Sequence[Evidence]) -> list[ParsedSentence]:
    """The parsed sentences that hold part of a span."""
    return [p for p in parsed if any(p.start < e.end and e.start < p.end for e in spans)]


def grade_incidents(
    incidents: Sequence[Incident], text: str, parsed: Sequence[ParsedSentence] = ()
) -> list[Incident]:
    """The incidents with ``grade``, ``grade_reasons`` and ``sources`` set.

    The first (main) incident is graded from the whole text; the others (told
    in passing) from the sentences of their own claims and event words.

    Args:
        incidents: a document's incidents, the main one first.
        text: the document text.
        parsed: the document's parsed sentences (at offsets into ``text``) that the
            contested detector's gate keeps; none: no dispute is read.

    Returns:
        The same incidents, graded.
    """
    out = []
    with shared_tokens():  # an incident told in passing reads the main one's sentences
        for k, inc in enumerate(incidents):
            if k == 0:
                own, mine = text, list(parsed)
            else:
                spans = [c.evidence for c in inc.claims]
                spans += [inc.evidence] if inc.evidence else []
                own = " ".join(text[e.start : e.end] for e in spans)
                mine = _within(parsed, spans)
            grade, reasons, sources = grade_text(inc.claims, own, mine)
            out.append(
                dataclasses.replace(inc, grade=grade, grade_reasons=reasons, sources=sources)
            )
    return out
