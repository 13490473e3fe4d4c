"""The gate of the contested detector (``reconcile/grade_dispute.py``): which sentences to parse.

A sentence is parsed only when it may hold a finding: a word of the accounts
("conflicting", "each other"), or a party word with a denial or blame word or a
negated attack; in a text that names two sides (or two countries, or a cause
that is no attack), also a party word with a reporting or attack word. The
parse decides; the gate only saves parsing the rest (a news text naming one
side has few sentences to parse).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claimledger.reconcile.grade_source_words import (
    QUOTE,
    REPEAT,
    REPORT_OBJECTS,
    REPORTING,
    SILENT,
)
from claimledger.reconcile.grade_words import (
    AIR,
    ATTACK,
    BLAME_ALONE,
    BLAME_WITH,
    COALITION,
    COMMON_DOERS,
    DENIAL_NOUNS,
    DENY,
    FALSE,
    NONSTATE,
    PART,
    PRESENT,
    STORED,
    WEAPON,
)
from claimledger.resources.demonyms import state_words

_STATE_WORDS = state_words()


# The letters re.IGNORECASE matches to an ASCII one that str.lower() leaves apart ("ı", "ſ")
# or lengthens ("İ" -> "i̇").
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lowered(text: str) -> str:
    """The text as the gate's patterns read it: lowered, each character where it was, so
    that an ASCII pattern matches it as it would the text with ``re.IGNORECASE``."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def lowered_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern of the gate, matched against the lowered text (``lowered``, once per
    sentence: four times faster than ``re.IGNORECASE`` on each pattern), so it must hold no
    capital letter but in an escape (``\\b``, ``\\W``)."""
    if re.search(r"(?<!\\)[A-Z]", pattern):
        raise ValueError(f"a capital letter in a lowered pattern: {pattern[:60]}")
    return re.compile(pattern)


# Forms no ending rule writes.
_IRREGULAR = {"strike": ("struck",), "shoot": ("shot",), "fly": ("flew", "flown")}


def word_forms(lemmas: Iterable[str]) -> str:
    """A regular expression (an alternation, no groups) for the written forms of lemmas:
    "deny" gives deny, denying, denies, denied, denial; "accuse" accused, accusing,
    accusation; "rebut" rebuts, rebuttal; a short word only with its endings ("lie", "lies",
    "lied"; "pin", "pinned"; not "lieutenant", "pineapple"); "strike" also "struck"."""
    out = []
    for w in sorted(lemmas, key=lambda w: (-len(w), w)):
        if w.endswith("y"):  # "deny", "denying", "denies", "denied", "denial"; not "denim"
            out.append(rf"{w[:-1]}(?:y\w*|ie[sd]|ials?)")
        elif len(w) <= 4 and w.endswith("e"):  # "fire", "fired", "firing"
            out.append(rf"{w[:-1]}(?:e|es|ed|ing)")
        elif len(w) <= 4:  # "pin", "pinned", "pinning"
            doubled = "" if w[-1] in "aeiou" else rf"|{w[-1]}ed|{w[-1]}ing"
            out.append(rf"{w}(?:s|es|ed|ing{doubled})?")
        elif w.endswith("e"):  # "accused", "accusing", "accusation"; "plane", not "planned"
            out.append(rf"{w[:-1]}(?:e\w*|ing|ion\w*|ation\w*)")
        else:
            out.append(rf"{w}\w*")
        out += _IRREGULAR.get(w, ())
    return "|".join(out)


# Words that start a denial or a blame, derived from the detector's word classes
# (grade_words.py), so a word added there is gated here: a sentence with one of them and a
# party word is read in any text. The words a blame verb needs beside it ("held ...
# responsible", "pointed the finger", "placed the blame") stand for the verb; "claimed /
# accepted responsibility", "was behind", "belonged to" are read too.
STRONG_WORDS = (
    DENY
    | DENIAL_NOUNS
    | FALSE
    | BLAME_ALONE
    | frozenset().union(*BLAME_WITH.values())
    | {"responsibility", "behind", "belong", "point", "fault"}
)
_STRONG = lowered_pattern(rf"\b(?:{word_forms(STRONG_WORDS)})\b")
# "its last strike in the area was two days earlier": a party's own strike put elsewhere.
_ALIBI = lowered_pattern(
    r"\b(?:last|latest|nearest|closest|only) (?:\w+ )?(?:strikes?|raids?|operations?|sorties?|"
    r"missions?|aircraft|jets?|drones?)\b"
)
# "acknowledged a strike but said it hit a depot": a party owning up to a strike and putting
# the harm elsewhere in a clause of contrast (``grade_dispute._owned_elsewhere``).
_OWNED_BUT = lowered_pattern(r"\b(?:acknowledg|admit|confirm|conced)\w*\b.{0,120}\b(?:but|yet)\b")
# "put the deaths down to X": a blame whose word beside the verb is a particle.
_PUT_DOWN = lowered_pattern(r"\bput(?:s|ting)?\b.{0,60}\bdown to\b")
# The rest of the gate, read only in a text that names two sides (two_sided): a party word
# beside a reporting or attack word, a negation or a preposition of origin or agent.
_GATE = lowered_pattern(
    r"\b(?:(?:launch|strik|shell|bomb|target|attack|caus|claim|insist|fir(?=e|ing))\w*|"
    r"not|n't|never|no|none|neither|from|by|while|whereas|struck|hit|mined|said|says|told|"
    r"trapped|rigged|ambush\w*)\b",
)
_NEGATION = lowered_pattern(r"\b(?:not|n't|never|no|none|neither|nowhere|nothing)\b")
# A negated attack ("said it had not fired", "none of its aircraft operated", "had no
# artillery there", "had not been in the sector", "were nowhere near", "had nothing to do
# with"): the detector's attack verbs, weapons and words of presence.
_ATTACK_FORM = lowered_pattern(
    rf"\b(?:{word_forms(ATTACK | WEAPON | PRESENT | PART | STORED)}|to do with|"
    r"(?:been|was|were) (?:nowhere )?(?:in|near|at|there|inside|over))\b",
)
# The words that name a side, for "does the text name two sides": the detector's classes,
# less words a crime report uses of no belligerent ("a gunman", "a gang", "police", "the
# health ministry", "a movement"); weapons of the air count as a state's (grade_parties).
_AIR_SIDE = AIR - {"plane", "jet", "helicopter", "aircraft", "air"}  # not a police helicopter
_COMMON = COMMON_DOERS
# Aircraft heard or seen: a state's, though a police helicopter is none when only named.
_AIRCRAFT_SENSED = (
    r"(?:heard|saw|seen|spotted|noticed)\b[^.;]{0,40}\b(?:jets?|planes?|aircraft|warplanes?|"
    r"helicopters?)"
)
_SIDE_WORDS = {
    "state": rf"air force|defen[cs]e ministry|air strikes?|{_AIRCRAFT_SENSED}|"
    + word_forms({"government", "army", "military", "troop", "soldier", "regime", "navy", "junta"})
    + "|"
    + word_forms(_AIR_SIDE),
    "nonstate": r"al-shabaab|islamic state|(?:roadside|car|suicide) bombs?|ieds?|booby[- ]trap\w*|"
    + word_forms(NONSTATE - {"faction"} - _COMMON),
    "coalition": word_forms(COALITION),
    "cause": r"landmines?|mines|munitions|ammunition|explosives|cylinders?|accident\w*|gas leaks?|"
    r"(?:stores?|depots?|caches?|workshops?|tanks?|stockpiles?|warehouses?|dumps?|generators?|"
    r"fuel)\b[^.;]{0,50}\b(?:explod\w*|blew up|blown up|went off|gone off|ignit\w*|"
    r"caught fire|catch\w* fire)|"
    r"unexploded|leftover|"
    # a blast in a store said as a noun ("an explosion in an illegal fuel store"), a fault
    r"(?:explosions?|blasts?|fires?|blazes?) (?:in|at|inside|of) (?:\w+ ){0,3}(?:stores?|"
    r"depots?|caches?|workshops?|tanks?|stockpiles?|warehouses?|dumps?|generators?|fuel|gas)|"
    r"faulty wiring|short[- ]circuits?|(?:electrical|technical) faults?|prematurely|"
    # a weapon those harmed were handling ("a bomb the men were assembling")
    r"(?:bombs?|explosives?|devices?|ieds?|shells?)\b[^.;]{0,30}\b(?:were|was) (?:assembling|"
    r"making|building|handling|carrying|transporting|preparing|moving)|"
    r"misfir\w*|malfunction\w*|ordnance",
}
_SIDES = {k: lowered_pattern(rf"\b(?:{v})\b") for k, v in _SIDE_WORDS.items()}
_COUNTRIES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, state_words()), key=len, reverse=True)) + r")\b"
)
# A cause that is no attack, said of the blast: "a fuel tanker had exploded after an accident".
_CAUSE_OF = lowered_pattern(
    r"\b(?:blast|explo\w+|detonat\w+|ignit\w+|caus\w+|airstrike|strike|shell|rocket|missile|"
    r"bomb\w*|blew up|blown up|went off|gone off|caught fire)\b",
)
# Sentences about the accounts themselves need no party word.
_ACCOUNTS_GATE = lowered_pattern(
    r"\b(?:conflicting|contradict\w*|competing|disputed?|contested|debated|contentious|"
    r"controversial|inconsistent|each other|"
    r"one another|(?:traded|exchanged) (?:blame|accusations|charges)|contrary to|"
    r"(?:both|each of the|all) (?:\w+ )?(?:sides|parties|belligerents)|"
    r"(?:each|both)\b.{0,80}\bthe other|"
    r"(?:differ|disagree)\w*\b.{0,40}\b(?:who|responsib\w*|cause|what (?:\w+ )?(?:hit|struck|"
    r"caused|fired|exploded))|"
    r"(?:split|divided)\b.{0,20}\b(?:between|over|on)|no (?:consensus|agreement)|"
    r"matter of (?:debate|dispute|contention)|"
    r"(?:contest|contradict|challeng|question)\w*\b.{0,40}\b(?:account|claim|version|narrative|"
    r"statement|explanation)s?|who\b.{0,60}\b(?:contested|disputed|unclear)|"
    r"(?:two|different|rival|opposing|contrasting) (?:accounts|versions|narratives|stories)|"
    r"(?:accounts|versions|narratives)\b.{0,60}\bconflict\w*)\b",
)
# A party word: the state words below ("police" left out: a crime report names them in most
# sentences), spokesmen, every armed group or coalition word of the detector's classes, and
# the weapons of the air (a state's when no party is named).
_PARTY_GATE = lowered_pattern(
    r"\b(?:government|army|armies|military|troops?|soldiers?|regime|forces?|ministry|idf|"
    r"spokes\w+|officials?|commander|navy|air force|guard|gunm[ae]n|"
    rf"{_AIRCRAFT_SENSED}|{word_forms(NONSTATE | COALITION | _AIR_SIDE)})\b",
)


def two_sided(text: str) -> bool:
    """The text names two sides (or two countries, or a cause that is no attack): only then
    can two accounts conflict, so only then are its plain reports of who did it parsed."""
    low = lowered(text)
    sides = {k for k, rx in _SIDES.items() if rx.search(low)}
    countries = {_STATE_WORDS[m.group(1)] for m in _COUNTRIES.finditer(text)}
    return len(sides) >= 2 or len(countries) >= 2


# Who did it said to be unknown (``grade_unknown``): a word of not knowing and a word of who.
_UNKNOWN_GATE = lowered_pattern(
    r"\b(?:unclear|unknown|uncertain|undetermined|not (?:\w+ ){0,2}(?:clear|known|certain|"
    r"establish\w*|determin\w*|ascertain\w*|confirm\w*|verif\w*|say)|(?:yet|unable|failed|impossible|"
    r"possible|difficult) to (?:establish|determine|ascertain|confirm|verify|know|say))\b",
)
_WHO_GATE = lowered_pattern(
    r"\b(?:who|whom|whose|which|whether|source|origin|identity|cause|perpetrators?|culprits?|attackers?|"
    r"responsibility|shooters?)\b",
)


def _gate(low: str) -> int:
    """The gate on a lowered sentence: 2, read in any text; 1, read only in a text that names
    two sides; 0, not read."""
    if _ACCOUNTS_GATE.search(low):
        return 2
    if _UNKNOWN_GATE.search(low) and _WHO_GATE.search(low):
        return 2
    if _SIDES["cause"].search(low) and _CAUSE_OF.search(low):
        return 2
    if not _PARTY_GATE.search(low):
        return 0
    if _STRONG.search(low) or _PUT_DOWN.search(low) or _OWNED_BUT.search(low):
        return 2
    if _NEGATION.search(low) and _ATTACK_FORM.search(low) or _ALIBI.search(low):
        return 2
    return 1 if _GATE.search(low) else 0


def worth_parsing(sentence: str, two_sided: bool) -> bool:
    """The gate: a sentence that may hold a finding (the parse decides whether it does)."""
    gate = _gate(lowered(sentence))
    return gate == 2 or (two_sided and gate == 1)


def gated(sentences: Sequence[str], text: str) -> list[bool]:
    """``worth_parsing`` of each sentence of a text, whether the text names two sides read
    only when some sentence needs it."""
    gates = [_gate(lowered(s)) for s in sentences]
    both = 1 in gates and two_sided(text)
    return [g == 2 or (both and g == 1) for g in gates]


_WITNESSED = frozenset({"witness"})  # and "saw" ("see", "seen": too common to read)
# Verbs a source reading starts from besides those of reporting (``grade_sources``: "Sources
# included X, Y and Z", "repeated in coverage by X", "featured in coverage from X", "the
# report originated with X"), each in every form ``word_forms`` writes.
_LISTING = frozenset({"include", "repeat", "reproduce", "feature", "originate"})
_SOURCE_VERBS = REPORTING | QUOTE | REPORT_OBJECTS | SILENT | _WITNESSED | REPEAT | _LISTING
# A sentence that may name a source (``grade_sources``: a reporting verb, a verb of quoting
# or passing on, what a report gives, "according to").
_REPORTING = lowered_pattern(
    rf"\b(?:{word_forms(_SOURCE_VERBS)}|"
    r"said|told|saw|gave|given|spoke|spoken|wrote|written|according|among them|c[oa]me from|"
    r"comes from|cop(?:y|ied|ies|ying)|reli(?:ed|es)|rely\w*|rest(?:s|ed)? \w* ?on|"
    r"based \w* ?on|pick(?:ed|s|ing)? up)\b",
)


# A search that found nothing else, no other source or only one (``grade_search.searcher``:
# the monitor; "found no other account" says how many sources there are, it is none).
_SEARCHED = lowered_pattern(
    r"\b(?:found|identified|located|traced|uncovered)\b.{0,20}\b(?:nothing|none|no|only|just|"
    r"one|single)\b|\bnothing\b.{0,80}\b(?:found|identified|located|traced)\b"
)


# A figure with its source in brackets ("at four (Zalin Radio) or five (...)"; grade_lists.
# bracketed).
_BRACKETED = lowered_pattern(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen) ?\([a-z]"
)


def worth_keeping(sentence: str) -> bool:
    """A sentence of a document to hand the grade (``attribute.sentence_records``): one that
    may name a source (``grade_sources``), or one the gate may read in the text of some
    incident (the widest gate, a text naming two sides)."""
    low = lowered(sentence)
    found = _REPORTING.search(low) or _SEARCHED.search(low) or _BRACKETED.search(low)
    return bool(found) or _gate(low) > 0
