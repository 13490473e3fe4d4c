"""Coordination: one count for two figures ("an unknown number of civilians were killed
and wounded"), and two counts of one subject ("four soldiers and two volunteers were
killed" = 6, ``coordinated_counts``; ``unread_first_count`` when the parse hung the first on
a source before it, "according to doctors, 4 soldiers and 9 civilians were wounded").

Input: the figure mentions of a document and its text. Output: the same mentions,
plus, for a count whose casualty word is coordinated with one of the other figure
("killed and wounded", "injured and killed multiple civilians"), the same count
for that other figure (same bounds and qualifier, evidence grown to both words).

A monitor codes such a sentence as both figures ("Airwars has put the casualty
range to at least two civilians killed and wounded": two of each). A count with
its own number for each figure ("two killed and four wounded") is left alone:
the words are not adjacent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimledger.extract.numbers.lexicon import CASUALTY, PERSON
from claimledger.records import FigureMention
from claimledger.resources.numwords import count_word_value

_OTHER = {"killed": "injured", "injured": "killed"}
# "A man and two women were shot": the count right after "and" (checked apart: the
# count must not open on a verb, "A man who shot and killed his wife").
PLAIN_AND = re.compile(r"[^,.;:]*?\band\s+$", re.I)
FIRST_WORD = re.compile(r"\w+")
# A count, up to three words of its noun, and "and": "four soldiers and "; an age aside may
# follow the noun ("three brothers, aged 8 to 15, and ", "two sisters (aged 6 and 9) and ").
_AGES = r"aged?s?\s+\d+(?:\s*(?:to|and|-|–)\s*\d+)?"
COUNT_AND = re.compile(
    rf"\w+(?:\s+[\w'-]+){{1,3}}(?:\s*,\s*{_AGES}\s*,|\s*\(\s*{_AGES}\s*\))?\s+and\s+", re.I
)
# Parts of a count listed after it are counted apart: "10 people killed, including a
# pregnant woman and two brothers" (1 and 2, not 3).
PART_OPENER = re.compile(r"\b(?:including|among\s+them)\s+$", re.I)
_WORD = r"(killed|killing|dead|martyrs|wounded|wounding|injured|injuring|injuries|hurt)"
# The first casualty word after the count, and the one coordinated with it.
_PAIR_AFTER = re.compile(rf"\b{_WORD}\b(?:\s+(?:and|or|&|and/or)\s+{_WORD}\b)?", re.I)
# "injured and killed multiple civilians": the other word right before the count's.
_PAIR_BEFORE = re.compile(rf"\b{_WORD}\s+(?:and|or|&)\s+$", re.I)
# How far after the count's start its casualty word may be ("a number of civilians
# in the house were killed and wounded").
_REACH = 80


def add_coordinated(found: list[FigureMention], text: str) -> list[FigureMention]:
    """Add the other figure of every count told with "killed and wounded" (see module doc)."""
    out = list(found)
    for m in found:
        other = _OTHER.get(m.figure)
        if other is None or m.negated or (m.low is None and m.high is None):
            continue
        span = _coordinated_span(m, text, other)
        if span is None or any(
            o.figure == other and o.evidence.start < span[1] and span[0] < o.evidence.end
            for o in found
        ):
            continue
        start, end = span
        ev = replace(m.evidence, start=start, end=end, text=text[start:end])
        out.append(replace(m, figure=other, evidence=ev))
    out.sort(key=lambda f: f.evidence.start)
    return out


def _coordinated_span(m: FigureMention, text: str, other: str) -> tuple[int, int] | None:
    """The span from the count to the other figure's word, when the two words are coordinated."""
    ev, sent = m.evidence, m.sentence
    stop = min(sent.end, ev.start + _REACH) if sent.end > ev.start else ev.start + _REACH
    pair = _PAIR_AFTER.search(text, ev.start, max(stop, ev.end))
    if pair is not None and CASUALTY.get(pair.group(1).lower()) == m.figure:
        second = pair.group(2)
        if second is not None and CASUALTY.get(second.lower()) == other:
            return ev.start, max(ev.end, pair.end())
    # "injured and killed multiple civilians": the count's own word opens its evidence
    # (a verb before its object), and the other word is coordinated right before it.
    opening = _PAIR_AFTER.match(text, ev.start)
    if opening is None or CASUALTY.get(opening.group(1).lower()) != m.figure:
        return None
    before = _PAIR_BEFORE.search(text, max(sent.start, ev.start - 25), ev.start)
    if before is not None and CASUALTY.get(before.group(1).lower()) == other:
        return before.start(), ev.end
    return None


def coordinated_counts(prev: FigureMention, m: FigureMention, text: str) -> bool:
    """Whether ``m`` is the second count of one subject with ``prev``: "Four soldiers and
    two volunteers were killed" (6; the parse's evidence of the first reaches the second)."""
    exact = all(
        x.qualifier == "exact" and x.low is not None and x.low == x.high and x.low > 0
        for x in (prev, m)
    )
    if not exact or prev.figure != m.figure or prev.negated or m.negated:
        return False
    first = FIRST_WORD.match(prev.evidence.text)
    if first is None or first.group().lower() in CASUALTY:
        return False  # "killed four soldiers and two ...": the parse's own reading stands
    between = text[prev.evidence.start : m.evidence.start]
    if prev.evidence.start < m.evidence.start < prev.evidence.end:
        joined = bool(PLAIN_AND.match(between))
    else:
        # the two counts' evidence apart ("four" and "two" of "four soldiers and two
        # volunteers ... lost their lives"): a count, its noun, "and", nothing else
        joined = bool(COUNT_AND.fullmatch(between)) and not any(
            w.lower() in CASUALTY for w in FIRST_WORD.findall(between)
        )
    return joined and not PART_OPENER.search(
        text, max(0, prev.evidence.start - 12), prev.evidence.start
    )


# A count, its plural person noun and "and" right before a count the parse read alone: the
# parse hung the first on a noun before it ("according to doctors, 4 soldiers and 9
# civilians were wounded": "soldiers" a conjunct of "doctors"), a clause's start before it.
_FIRST_COUNT = re.compile(
    r"(?:^|[,;:]\s+)(?P<n>\d{1,4}|[a-z]+)\s+(?P<noun>[a-z]+s)\s+and\s+$", re.I
)


def unread_first_count(
    m: FigureMention, prev: FigureMention | None, text: str
) -> tuple[int, int] | None:
    """The first count of two joined by "and" that no figure read (``_FIRST_COUNT``), with
    where it starts, or None: ``coordinated_counts`` when the parse read only the second."""
    if m.qualifier != "exact" or m.low is None or m.low != m.high or m.low <= 0:
        return None
    lo = max(m.sentence.start, m.evidence.start - 60)
    hit = _FIRST_COUNT.search(text, lo, m.evidence.start)
    words = text[m.evidence.start : m.evidence.end].split()
    if hit is None or not words or count_word_value(words[0]) is None:
        return None  # the count must open the figure's words ("9 civilians were wounded")
    if prev is not None and prev.evidence.end > hit.start("n"):
        return None  # read already (or a figure's own words)
    n = count_word_value(hit["n"])
    if not n or hit["noun"].lower() not in PERSON:
        return None
    return n, hit.start("n")


# "killed a woman, X (also known as Y), and her four sons – A, B, C and D": a count the
# parse did not tie to the casualty word, right after the one victim's apposition.
# "killed my cousin Fadi and his two little boys": the victim's name right after its noun
# (capitalised), and a word of age or size before the companions' noun.
_UNLINKED_COMPANIONS = re.compile(
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}"
    r"(?:\s*,\s*(?:[^,.;:()]|\([^()]{0,80}\)){2,140}?,)?\s*(?:(?:and|along\s+with|together\s+with)"
    r"\s+(?:his|her|their)\s+(?:(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"\w+\s+)?|(?:along|together)\s+with\s+)(?P<n>\w+)\s+"
    r"(?:(?:little|young|small|baby|infant|teenage|older|younger|elder|eldest|youngest)\s+)?"
    r"(?P<noun>\w+)\b",
    re.I,
)
# "captured a commander known as Abu Zaid and two of his men": a partitive count of the
# victim's own people, the clause ending there (not "and two of his men escaped").
_UNLINKED_PARTITIVE = re.compile(
    r"(?:\s*,\s*(?:[^,.;:()]|\([^()]{0,80}\)){2,140}?,|\s+(?:known|named)\s+as"
    r"(?:\s+[A-Z][\w'’-]*){1,4})?\s*(?:and|along\s+with|together\s+with)"
    r"\s+(?P<n>\w+)\s+of\s+(?:his|her|their)\s+(?P<noun>\w+)\b(?=\s*(?:[.,;]|$|in\b|at\b|near\b))",
)
# "killing a senior official, X, and one associate": a bare count after the one victim's
# apposition, the clause ending there (not "..., and two others escaped").
_UNLINKED_BARE = re.compile(
    r"\s*,\s*(?:[^,.;:()]|\([^()]{0,80}\)){2,140}?,\s*and\s+(?P<n>\w+)\s+(?:other\s+)?"
    r"(?P<noun>\w+)\b(?=\s*(?:[.,;]|$|in\b|at\b|near\b|on\b|during\b))",
)


def unlinked_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """The companions' words right after a one victim's evidence (the three forms above)."""
    return (
        _UNLINKED_COMPANIONS.match(text, start, end)
        or _UNLINKED_PARTITIVE.match(text, start, end)
        or _UNLINKED_BARE.match(text, start, end)
    )


# "A Major and three soldiers were killed": an officer by rank before a count of the same
# victims, the rank capitalised (the parser then reads it as a name and counts no one).
_RANK_AND = re.compile(
    r"(?:^|(?<=[\s\"“(]))(?:[Aa]n?|[Tt]he)\s+(?:[Ss]enior\s+|[Jj]unior\s+)?"
    r"(?:Major|Colonel|Lieutenant|Captain|General|Brigadier|Sergeant|Corporal|Commander|Private)"
    r"\s+and\s+$"
)
_RANK_REACH = 40


def add_ranked(found: list[FigureMention], text: str) -> list[FigureMention]:
    """Counts grown by one officer named by rank right before them (``_RANK_AND``)."""
    out = []
    for m in found:
        lo = max(m.sentence.start, m.evidence.start - _RANK_REACH)
        rank = _RANK_AND.search(text, lo, m.evidence.start)
        words = FIRST_WORD.findall(m.evidence.text)
        if (
            rank is None
            or m.figure not in ("killed", "injured")
            or m.qualifier != "exact"
            or m.low is None
            or m.low != m.high
            or not any(CASUALTY.get(w.lower()) == m.figure for w in words[1:])
        ):
            out.append(m)
            continue
        ev = replace(m.evidence, start=rank.start(), text=text[rank.start() : m.evidence.end])
        out.append(replace(m, low=m.low + 1, high=m.low + 1, evidence=ev))
    return out
