"""Low/best/high estimates of one incident's figures: claims -> ``Estimate``.

Input: the :class:`~claimledger.records.Claim` list of one incident. Output:
one :class:`~claimledger.records.Estimate` per figure (killed, injured, ...).

The rule (per figure, within one document) follows UCDP GED's codebook. The
corpus level (``corpus/``, ``docs/reconciliation.md``) has a fuller rule of
its own across documents: source reliability tiers, the latest document of a
source wins, near-duplicates count once.

* each independent source counts once (``docs/grading.md``): a source's
  value is its highest figure (a later restatement usually revises upwards);
  a relay (``via``) of a source is the same source, names are compared loosely
  ("@ShehabAgency" = "Shehab News Agency"), and an outlet quoted as a source
  that is the relay of another source of the incident is that source. The
  author's own figures stay a source of their own: folding the ones that
  restate an attributed figure moved best out of Airwars' range more often
  (212 -> 208 killed, 161 -> 159 injured of 286 / 252 dev assessments);
* ``low`` = the lowest figure any source gives (an open-ended "at least N"
  counts as N); 0 when every claim is an "up to N" harm, or a count of it, said only
  to be possible ("up to two people may have been killed", "one person may have died":
  no one is sure anyone was);
* ``high`` = the highest figure any source gives (its ``high``, or ``low``
  when open-ended);
* statistics over a period or an area ("so far this year", "since
  January", "nationwide": see ``AGGREGATE``) stay listed with the incident,
  flagged ``aggregate``, and are not counted;
* ``best`` = the upper median of the per-source values, from unhedged claims
  when there are any: among three or more sources one outlier cannot set it;
  of two, the higher (in a single report a second, higher figure is usually
  the updated or fuller count: on GVA dev articles this rule matched the
  gold count more often than the lower median, 0.81 vs 0.79 killed and 0.69
  vs 0.64 injured on a 400-article sample);
* a source that only names one victim at a time (by name, "killed Ali X", or as a
  relative, "his wife") tells of a person, not a toll: when another source counts more,
  it does not vote on ``best`` (it still sets ``low``). A count of one by its noun ("one
  soldier was killed": a ministry's toll against an officer's 25) still votes. On the
  Airwars tune half the tenth session's readers of named victims ("A and B, and her son C
  also lost their lives", "another granddaughter, X, also lost her life") had added such
  sources and pulled the median below the monitor's range (ispt0231);
* the author's own figure is a floor for ``best``: when the report states a
  toll in its own voice, ``best`` is at least the author's highest figure. A
  report's own statement is its synthesis of its sources; the smaller counts
  it relays or walks through (one named victim, "his two sons", an early
  count, a part "including four children") are parts of it and must not pull
  the median below it. On the tune half of the Airwars dev assessments (sha1
  of the id even) best inside Airwars' range went from 0.739 to 0.869 killed
  and 0.722 to 0.738 injured (``docs/claims-gold.md``, /work/notes/G1-bench.md).
  A monitor's (``ngo``: Amnesty, PCHR, Al Mezan) unhedged toll is such a floor
  too (tune half: 134 -> 136 of 153 killed, the injured unchanged), a monitor's only
  (``MONITOR``): a charity's or a foundation's "150 estimated martyrs" relays a toll;
* "more than N" (stored as low N, ``more_than``, ``docs/schema.md``) counts as
  N + 1 in the estimates: the text says N is exceeded (Airwars codes "more
  than 10" as a minimum of 11; tune half 133 -> 134 killed, 93 -> 94 injured);
* one source's counts of different sides of a fight add up: "neutralised 14
  terrorists. Three soldiers paid the supreme price" is 17 killed by that
  source, as UCDP GED's best counts the deaths of both sides and civilians.
  The sides are named by the victims' head noun (``SIDES``: armed non-state
  fighters, state forces, civilians; or the speaker's own, "On our side, the toll
  is 2 dead", ``OWN_SIDE``, and its martyrs, "The division suffered two martyrs"); within a side, or for victims of no
  side ("people"), the source's highest figure stands, and a stated total
  ("17 killed: 14 terrorists and 3 soldiers") is never exceeded by its parts'
  sum. A part named inside another count's words ("four troops including the
  gunman dead") is not added, nor is a count more than ``SIDES_CHARS`` from the
  source's largest one (a background paragraph), nor are hedged counts ("two civilians were killed; at least two
  militants were likely also killed" stays 2: on the Airwars tune half adding
  them put one assessment's best outside the monitor's civilian range).
  Measured by ``bench releases`` (BENCHMARKS.md);
* a plural without a count ("several", "multiple", "many", "numerous", "a
  number of": ``vague``, open, read as 2 or 3 in ``resources/numwords.py``)
  counts as 2 in the estimates, the only count the plural makes sure of; the
  claim keeps its reading. Airwars codes such plurals as 2 (tune half 136 ->
  137 killed, 94 -> 105 injured of 126). "dozens", "hundreds" keep theirs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from claimledger.extract.numbers.lexicon import KIN_RELATIVES
from claimledger.reconcile.grade import origin_key
from claimledger.reconcile.operation_toll import killer_died
from claimledger.reconcile.operations import is_release
from claimledger.reconcile.origin import unnamed_reports, writers_own
from claimledger.records import Claim, Estimate
from claimledger.resources.numwords import COUNT_WORD, count_word_value

ESTIMATE_RULE = (
    "per source: highest figure; low: lowest source figure; high: highest source figure "
    "(open-ended counts as its lower bound, more than N as N + 1, a vague plural as 2); "
    "best: upper median of unhedged source figures, at least the author's and any "
    "monitor's highest figure"
)
# Source kinds whose own unhedged toll is, like the author's, a floor for ``best``:
# civilian-harm monitors and human-rights organisations count victims from their own
# investigation; a witness's or relative's smaller count is usually a part of it.
SYNTHESIS_KINDS = frozenset({"ngo"})
# ... and only a monitor's: a charity, a foundation or a relief society ("the X Foundation
# affirmed 150 estimated martyrs") relays a toll, it does not count one.
MONITOR = re.compile(
    r"airwars|amnesty|\brights\b|al[- ]?mezan|pchr|b'?tselem|defen[cs]e\s+for\s+children"
    r"|\bdci\b|euro-?med|monitor|observatory|ohchr|ocha\b|\bun\b|united\s+nations",
    re.I,
)
# An open vague plural whose reading is at most this ("several" 3, "a number of" 2) is
# counted as PLURAL, the only count it makes sure of; "dozens" (12) keeps its reading.
VAGUE_PLURAL_MAX = 3
PLURAL = 2
# The sides of a fight whose deaths add up within one source's account, by the victims'
# head noun (singular or plural).
SIDES: dict[str, frozenset[str]] = {
    "armed": frozenset(
        [
            "terrorist",
            "militant",
            "insurgent",
            "assailant",
            "attacker",
            "gunman",
            "gunmen",
            "fighter",
            "rebel",
            "bandit",
            "kidnapper",
            "robber",
            "jihadist",
            "extremist",
            "separatist",
            "intruder",
            "infiltrator",
            "aggressor",
            "maoist",
            "mercenary",
            "suspect",
            "criminal",
            "gangster",
            "dacoit",
            "raider",
            "element",
            "hoodlum",
            "miscreant",
            "cultist",
            "marauder",
            "occupier",
            "invader",
            "abductor",
            "hijacker",
        ]
    ),
    "state": frozenset(
        [
            "soldier",
            "troop",
            "serviceman",
            "servicemen",
            "policeman",
            "policemen",
            "officer",
            "constable",
            "sepoy",
            "ranger",
            "commando",
            "gendarme",
            "marine",
            "trooper",
            "guardsman",
            "guardsmen",
            "jawan",
            "sergeant",
            "corporal",
            "lieutenant",
            "havildar",
            "naik",
            "inspector",
            "captain",
            "colonel",
            "major",
            "personnel",
        ]
    ),
    "civilian": frozenset(
        [
            "civilian",
            "villager",
            "passenger",
            "worshipper",
            "herder",
            "herdsman",
            "herdsmen",
            "farmer",
            "shepherd",
            "pastoralist",
            "fisherman",
            "fishermen",
        ]
    ),
}
# Counts of two sides add up only this close (characters) to the source's largest one:
# one operation's account, not a background paragraph's toll of another year.
SIDES_CHARS = 400
# A figure stated over a period or an area is a statistic, not this incident's toll.
AGGREGATE = re.compile(
    r"\b(so far (this|in) (year|month|\d{4})|(since|from) (the (start|beginning) of )?"
    r"(the year|january|(19|20)\d\d)|year[- ]to[- ]date|this year alone|every year|each year|"
    r"annually|per year|a year|nationwide|in (19|20)\d\d alone|over the (past|last) "
    r"(\w+ )?(years|months|decade))\b",
    re.IGNORECASE,
)


def source_key(claim: Claim) -> str:
    """Identity of a claim's source: relays of one source count once ("Initial reports" are
    the author's: ``origin.unnamed_reports``)."""
    if unnamed_reports(claim.source.name):
        return "author"
    return " ".join(claim.source.name.casefold().split())


def independent_key(claim: Claim, relay_of: dict[str, str] | None = None) -> str:
    """Identity of a claim's origin: its loose name, or the source an outlet relays.

    Args:
        claim: the claim.
        relay_of: outlet key -> key of the source it relays (``relays``).
    """
    key = origin_key(claim.source.name) or source_key(claim)
    if writers_own(claim.source.kind, claim.source.name):
        return "author"  # "Initial reports" are no origin of their own (``origin``)
    return (relay_of or {}).get(key, key)


def relays(claims: Iterable[Claim]) -> dict[str, str]:
    """Outlet key -> the key of the source it relayed ("X told Reuters": reuters -> x)."""
    out: dict[str, str] = {}
    for c in claims:
        if c.source.via and c.source.kind != "author":
            out.setdefault(origin_key(c.source.via), origin_key(c.source.name))
    return out


# In a release, a death named only as the crime people were arrested or charged over
# ("arrested three men in connection with the killing of a trader last month") is an
# earlier crime's, not the operation's: the claim is listed, not counted.
EARLIER_CRIME = re.compile(
    r"\b(?:in\s+connection\s+with|over|for|linked\s+to|suspected\s+of|accused\s+of|"
    r"charged\s+with|wanted\s+for|in\s+the\s+case\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
CRIME_NOUN = re.compile(
    r"(?:the\s+)?(?:\w+\s+)?(?:killings?|murders?|deaths?|assassinations?|shootings?|stabbings?|"
    r"slayings?|lynchings?|beheadings?)\s+of\b"
    # or the crime as a verb's gerund: "charged with killing his neighbour" (twenty-ninth
    # session; "charged with the killing of" above)
    r"|(?:killing|murdering|stabbing|shooting)\s+(?!of\b)\w",
    re.IGNORECASE,
)


def mark_aggregates(claims: Iterable[Claim], text: str = "") -> tuple[Claim, ...]:
    """Flag figures stated over a period or an area (see AGGREGATE) and, in a release
    (``text`` the document's), earlier crimes named as what people were held over."""
    release = bool(text) and is_release(text)
    return tuple(
        dataclasses.replace(c, aggregate=True)
        if c.figure is not None
        and (AGGREGATE.search(c.statement) or (release and earlier_crime(c)))
        else c
        for c in claims
    )


def earlier_crime(claim: Claim) -> bool:
    """A death or injury whose words follow "in connection with the", "charged with"...
    (in a release: the crime people were held over, ``mark_aggregates``)."""
    at = claim.statement.find(claim.evidence.text)
    return (
        claim.figure in ("killed", "injured")
        and at > 0
        and CRIME_NOUN.match(claim.evidence.text) is not None
        and EARLIER_CRIME.search(claim.statement, 0, at) is not None
    )


def _bounds(claim: Claim) -> tuple[int, int] | None:
    """A claim's figure as (low, top): "up to N" (low open) counts as N, "at least N" as N,
    "more than N" as N + 1 (stored as low N, ``more_than``: ``docs/schema.md``), a plural
    without a count ("several", "multiple", "a number of") as 2."""
    low = claim.low if claim.low is not None else claim.high
    top = claim.high if claim.high is not None else claim.low
    if low is None or top is None:
        return None
    if claim.high is None and claim.qualifier == "more_than":
        return (low + 1, top + 1)
    if claim.high is None and claim.qualifier == "vague" and low <= VAGUE_PLURAL_MAX:
        return (PLURAL, PLURAL)
    return (low, top)


def estimate_figures(claims: Iterable[Claim]) -> dict[str, Estimate]:
    """UCDP-style low/best/high per figure (rule in the module docstring).

    Args:
        claims: an incident's claims; assertions, figures without a value and
            aggregates are skipped.

    Returns:
        One Estimate per figure named by the claims, in first-seen order.
    """
    claims = list(claims)
    relay_of = relays(claims)
    by_figure: dict[str, list[Claim]] = {}
    for c in claims:
        if c.figure is not None and _bounds(c) is not None and not c.aggregate:
            by_figure.setdefault(c.figure, []).append(c)
    out: dict[str, Estimate] = {}
    for figure, fclaims in by_figure.items():
        out[figure] = estimate(fclaims, [independent_key(c, relay_of) for c in fclaims])
    return out


def estimate(claims: Sequence[Claim], keys: Sequence[str] | None = None) -> Estimate:
    """Low/best/high from the claims of one figure.

    Args:
        claims: claims of one figure, each with a ``low`` or a ``high`` value.
        keys: the independent source of each claim (``independent_key``); by
            default its source name (``source_key``).

    Returns:
        The Estimate, its ``rule`` set to ``ESTIMATE_RULE``.
    """
    per_source: dict[str, tuple[int, int, bool]] = {}
    for i, c in enumerate(claims):
        bounds = _bounds(c)
        assert bounds is not None
        low, top = bounds
        key = keys[i] if keys is not None else source_key(c)
        prev = per_source.get(key)
        if prev is None:
            per_source[key] = (low, top, c.hedged)
        else:
            per_source[key] = (max(prev[0], low), max(prev[1], top), prev[2] and c.hedged)
    for key, (low, top) in _sides_added(claims, keys).items():
        prev = per_source[key]
        per_source[key] = (max(prev[0], low), max(prev[1], top), prev[2])
    # A relative's post about one of the dead ("I mourn my niece") names a victim, not a
    # toll: it sets no low when another source counts more.
    kin_one = {
        key
        for key, c in zip(keys or [source_key(c) for c in claims], claims, strict=True)
        if c.source.kind == "family" and _bounds(c) == (1, 1)
    }
    lows = [v[0] for k, v in per_source.items() if not (k in kin_one and v[0] == 1)]
    lows = lows if lows and max(lows) > 1 else [v[0] for v in per_source.values()]
    highs = [v[1] for v in per_source.values()]
    # A source that only names one victim at a time ("killed Ali X", "his wife") tells of
    # a person, not a toll: when another source counts more, it does not vote on best.
    single = _single_victim_sources(claims, keys)
    voters = {
        k: v for k, v in per_source.items() if not (k in single and max(lows, default=0) > 1)
    } or per_source
    firm = sorted(v[0] for v in voters.values() if not v[2]) or sorted(lows)
    best = firm[len(firm) // 2]
    # The author's own toll is a floor for best: the parts it relays must not pull it down.
    # So is a monitor's (``ngo``) unhedged toll: its count is a synthesis too.
    own = [
        b[0]
        for c in claims
        if (
            independent_key(c) == "author"
            or (c.source.kind in SYNTHESIS_KINDS and not c.hedged and MONITOR.search(c.source.name))
        )
        and (b := _bounds(c)) is not None
    ]
    if "author" in per_source:  # the author's sides added up (``_sides_added``)
        own.append(per_source["author"][0])
    if own:
        best = max(best, max(own))
    low = 0 if all(_possible_only(c) for c in claims) else min(lows)
    return Estimate(low=low, best=best, high=max(highs), rule=ESTIMATE_RULE)


# "up to two people may have been killed": the harm itself only possible (a modal before it)
_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?(?:have|be)\b", re.I)


def _possible_only(c: Claim) -> bool:
    """An "up to N" claim, or a count, of harm said only to be possible (hedged, a modal in
    its sentence: "up to two people may have been killed", "one person may have died"): when
    every claim is one, no one is sure anyone was harmed and the low is 0."""
    if not c.hedged:
        return False
    if c.qualifier == "up_to" and c.low is None:
        return bool(_MAY_HAVE.search(c.statement))
    # a count: the modal in its own words ("one person may have died"), not the sentence's
    return c.qualifier == "exact" and c.low == c.high and bool(_MAY_HAVE.search(c.evidence.text))


def _single_victim_sources(claims: Sequence[Claim], keys: Sequence[str] | None) -> set[str]:
    """The sources whose every claim of the figure names one person: by name (no victim
    noun: "killed Ali X") or as a relative ("his wife"). A count of one by its noun ("one
    soldier was killed", a ministry's toll) is a toll and votes."""
    out: dict[str, bool] = {}
    for i, c in enumerate(claims):
        key = keys[i] if keys is not None else source_key(c)
        noun = (c.victims or "").casefold()
        named = _bounds(c) == (1, 1) and (not noun or noun in KIN_NOUNS)
        out[key] = out.get(key, True) and named
    return {k for k, one in out.items() if one}


# Relatives named as one victim ("his wife", "the doctor's son").
KIN_NOUNS = KIN_RELATIVES


def side(claim: Claim) -> str | None:
    """The side of a fight a claim's victims are on (``SIDES``), or None.

    One person named with a rank and no side noun ("Sepoy Zahid Mehmood", "our comrade,
    Sergeant X, was martyred") takes the side of the first rank in the claim's words.
    """
    if OWN_VICTIMS.search(claim.evidence.text):
        return "own"  # "Two of our fighters were martyred": the speaker's own, whatever noun
    head = (claim.victims or "").casefold().split()[-1:]
    if (head or _WORD.findall(claim.evidence.text)[-1:]) in (["martyr"], ["martyrs"]):
        return "own"  # "The division suffered two martyrs": a side's word for its own dead
    if _MARTYRDOM.search(claim.evidence.text):
        return "own"  # "We announce the martyrdom of 3 of our heroes"
    found = _side_of(head[0] if head else "")
    if found is None and OWN_SIDE.search(claim.statement):
        return "own"  # a communique's "On our side, the toll is 2 dead"
    if found is None and head and head[0] in ("member", "members"):
        # "Two gang members were killed": a member of an armed group
        words = [w.casefold() for w in _WORD.findall(claim.evidence.text)]
        found = "armed" if any(w in ARMED_GROUPS or _side_of(w) == "armed" for w in words) else None
    if found is None:
        found = _side_told_before(claim)
    if found is None and claim.low == claim.high == 1 and _attacker_told(claim):
        return "armed"  # "A man who opened fire on shoppers ... was shot dead by officers"
    if found is None and claim.low == claim.high == 1:
        found = next(
            (s for w in _WORD.findall(claim.evidence.text) if (s := _side_of(w.casefold()))),
            None,
        )
    return found


_WORD = re.compile(r"[^\W\d_]+")
# One person told by what they did to others, right after the claim's words: "A man who
# opened fire on shoppers", "the gunman, who had stabbed two guards," (the attacker's side).
_ATTACKER_CLAUSE = re.compile(
    r"\s*,?\s*who\s+(?:had\s+|earlier\s+|allegedly\s+|reportedly\s+)?"
    r"(?:opened\s+fire|fired\s+(?:on|at|into)|attacked|stabbed|shot\s+(?:at\s+)?(?!himself|herself)\w+|"
    r"killed|took\s+\w+\s+hostage|detonated|rammed|drove\s+(?:a|his|her)\s+\w+\s+into)\b",
    re.I,
)


def _attacker_told(claim: Claim) -> bool:
    """Whether the one person a claim counts is told as the attacker by a relative clause
    right after its words (``_ATTACKER_CLAUSE``)."""
    at = claim.statement.find(claim.evidence.text)
    if at < 0:
        return False
    return _ATTACKER_CLAUSE.match(claim.statement, at + len(claim.evidence.text)) is not None


# A side's announcement of its own dead: "the martyrdom of 3 of our heroes".
_MARTYRDOM = re.compile(r"\bmartyrdom\s+of\b", re.I)
# Victims the speaker names as their own ("two of our fighters"): the speaker's side.
OWN_VICTIMS = re.compile(r"\b(?:of\s+our|our\s+own)\b", re.I)
# A statement of the speaker's own losses, whose victims name no side: "On our side, the
# toll is 2 dead", "Among our ranks, one dead". Its side is the speaker's own, another
# than the enemies it counts ("8 assailants neutralised").
OWN_SIDE = re.compile(
    r"\b(?:on|from)\s+our\s+side\b|\b(?:among|in)\s+(?:our|its|their)\s+(?:own\s+)?ranks\b"
    r"|\bour\s+losses\b|\bwe\s+lost\b",
    re.I,
)
# A count that names its victims by a group told just before it: "ambushed insurgents and
# killed 11 of them", "The rebels lost 15 men" (the count's side is the group's); so does
# a count of remains, whose owner the sentence names before it ("the raiders left 9
# bodies behind", "the enemy suffered losses, including 6 dead").
_OF_THEM = (
    r"(?:of\s+them\b|of\s*$|men\b|fighters\b|members\b|combatants\b"
    r"|of\s+(?:their|its)\s+(?:men|fighters|members|comrades)\b"
    r"|(?P<remains>bodies|corpses|dead)\b)"
)
# Between the group and its remains: at most so many words, and no clause of another
# subject ("Soldiers could face new rules after the shooting that left four dead": the
# shooting's dead, not the soldiers').
_REMAINS_REACH = 12
_OTHER_CLAUSE = frozenset({"that", "which", "who", "whose", "when", "after", "before"})


def _side_told_before(claim: Claim) -> str | None:
    """The side of the group a count's "of them" or "lost N men" refers to: the nearest
    side noun before the count in its sentence ("ambushed insurgents ... and killed 11 of
    them"; "The rebels lost 15 men")."""
    if claim.low is None or claim.low < 1:
        return None
    number = next(
        (w for w in COUNT_WORD.findall(claim.evidence.text) if count_word_value(w) == claim.low),
        None,
    )
    if number is None:
        return None
    at = re.search(rf"\b{re.escape(number)}\s+{_OF_THEM}", claim.statement, re.I)
    if at is None:
        return None
    words = [w.casefold() for w in _WORD.findall(claim.statement[: at.start()])]
    if at["remains"]:
        words = words[-_REMAINS_REACH:]
        cut = max((i for i, w in enumerate(words) if w in _OTHER_CLAUSE), default=-1)
        words = words[cut + 1 :]
    return next((s for w in reversed(words) if (s := _group_side(w))), None)


def _group_side(word: str) -> str | None:
    """The side of a victim noun or of an armed group's name ("the militias", "the gang"); a
    speaker's "enemy" whose dead it counts is the armed side it fights ("the enemy fled,
    leaving 12 of its fighters behind")."""
    armed = word.removesuffix("s") in ARMED_GROUPS or word == "enemy"
    return _side_of(word) or ("armed" if armed else None)


# Groups whose members are armed: "two gang members", "militia members".
ARMED_GROUPS = frozenset({"gang", "militia", "cell", "syndicate", "gang's", "cartel"})


def _side_of(word: str) -> str | None:
    """The side (``SIDES``) of one victim noun, singular or plural."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    for name, words in SIDES.items():
        if word in words or singular in words:
            return name
    return None


def _sides_added(claims: Sequence[Claim], keys: Sequence[str] | None) -> dict[str, tuple[int, int]]:
    """Per source that counts the dead of two sides or more near each other: the sums of
    its sides' highest figures (each side's count within SIDES_CHARS of the largest's)."""
    by_source: dict[str, dict[str, tuple[int, int, int]]] = {}
    nested = _nested(claims)
    # a source that tells of an attacker among the dead ("A man who opened fire on shoppers
    # ... was shot dead"): its counts of no side are his victims, a side of their own
    keyed = list(keys) if keys is not None else [source_key(c) for c in claims]
    attacked = {
        key
        for key, c in zip(keyed, claims, strict=True)
        if c.low == c.high == 1 and not c.hedged and _attacker_told(c)
    }
    for key, c in zip(keyed, claims, strict=True):
        name = side(c) or ("victims" if key in attacked else None)
        bounds = _bounds(c)
        inside = (c.evidence.start, c.evidence.end) in nested
        # "killing three before he was shot dead by officers": the killer's own death is
        # one more, of the armed side, beside his victims (``operation_toll``)
        killer = not (bounds is None or c.hedged or inside) and killer_died(c)
        name = name or ("victims" if killer else None)
        if name is None or bounds is None or c.hedged or inside:
            continue
        sides = by_source.setdefault(key, {})
        for who, low, high in [(name, *bounds), *([("armed", 1, 1)] if killer else [])]:
            prev = sides.get(who)
            if prev is None or high > prev[1]:
                sides[who] = (low, high, c.evidence.start)
    out: dict[str, tuple[int, int]] = {}
    for key, sides in by_source.items():
        anchor = max(sides.values(), key=lambda v: v[1])[2]
        near = [v for v in sides.values() if abs(v[2] - anchor) <= SIDES_CHARS]
        if len(near) > 1:
            out[key] = (sum(v[0] for v in near), sum(v[1] for v in near))
    return out


def _nested(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """The evidence spans that lie inside another claim's: a part named within its whole
    ("four troops including the gunman dead"). One sort, not a pass per claim: a long
    document's main incident holds thousands of claims."""
    spans = sorted(
        {(c.evidence.start, c.evidence.end) for c in claims}, key=lambda x: (x[0], -x[1])
    )
    out: set[tuple[int, int]] = set()
    reach = -1  # the farthest end of a span that starts at or before this one, longer first
    for start, end in spans:
        if end <= reach:
            out.add((start, end))
        reach = max(reach, end)
    return out
