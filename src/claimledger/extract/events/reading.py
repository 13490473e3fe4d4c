"""Cue hits of one text: a text -> the non-negated, non-figurative matches of each cue group.

What the whole-text rules (``rules.py``) read: :class:`Reading` finds the hits
of a cue group lazily and keeps them; :func:`victim_votes` counts whether the
violence verbs hit armed men or civilians; :func:`figurative` tells a cue inside
a figurative phrase ("bombshell", "shot to fame").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.events.lexicon import Lexicon, lexicon, victim_words

NEGATORS = frozenset({"no", "not", "never", "neither", "nor", "without", "n't", "none"})


def figurative(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """The cue is part of a figurative phrase ("bombshell", "shot to fame", "price war")."""
    lo, hi = max(0, start - _FIGURATIVE_REACH), min(len(text), end + _FIGURATIVE_REACH)
    return any(
        f.start() < end and start < f.end() for f in lex.groups["figurative"].finditer(text, lo, hi)
    )


# Figurative phrases are short: look this far (characters) around a cue only.
_FIGURATIVE_REACH = 60


@dataclass(frozen=True)
class Hit:
    """A cue match that is neither negated nor hypothetical."""

    start: int
    end: int
    text: str


_SENTENCE_BREAK = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"[\w'-]+")


def _hits(lex: Lexicon, group: str, text: str, lowered: str) -> list[Hit]:
    """Non-negated, non-hypothetical matches of one cue group."""
    out = []
    for m in lex.groups[group].finditer(text):
        if _preceded_by_negation(lowered, m.start()):
            continue
        out.append(Hit(m.start(), m.end(), m.group(0)))
    return out


def _preceded_by_negation(lowered: str, start: int) -> bool:
    """A negator among the three words before ``start`` in the same clause."""
    window = lowered[max(0, start - 40) : start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    words = _WORD.findall(window[cut:])[-3:]
    return any(w in NEGATORS or w == "nor" for w in words)


# The cue groups of the weapons the codebook ranks first, in its order (suicide bomb ...
# shelling): read by classify._first_violent and main_event.
WEAPON_GROUPS = ("suicide", "chemical", "air", "shelling", "ied", "grenade")


class Reading:
    """Cue hits of one text, computed lazily per group."""

    def __init__(self, text: str) -> None:
        self.lex = lexicon()
        self.text = text
        self.lowered = text.lower()
        self._cache: dict[str, list[Hit]] = {}
        self._present: frozenset[str] | None = None  # groups that may match (anchors.py)
        self._scanned = False

    def get(self, group: str) -> list[Hit]:
        """Hits of ``group`` outside figurative phrases ("shot back", "killed it")."""
        if group not in self._cache:
            hits = _hits(self.lex, group, self.text, self.lowered) if self._may_match(group) else []
            if hits and group != "figurative" and self._may_match("figurative"):
                # Only the surroundings of a hit can make it figurative: scanning
                # those windows is cheaper than the whole text.
                hits = [h for h in hits if not figurative(self.lex, self.text, h.start, h.end)]
            self._cache[group] = hits
        return self._cache[group]

    def _may_match(self, group: str) -> bool:
        """Whether the group's regex can match the text (its anchors, read in one scan)."""
        anchors = self.lex.anchors
        if group not in anchors.anchored:
            return True
        if not self._scanned:
            self._present = anchors.present(self.text)
            self._scanned = True
        return self._present is None or group in self._present

    def has(self, group: str) -> bool:
        """Whether ``group`` has any hit."""
        return bool(self.get(group))

    def first(self, group: str) -> int:
        """Offset of the first hit of ``group`` (len(text) when none)."""
        hits = self.get(group)
        return hits[0].start if hits else len(self.text)


# Who was hit decides Armed clash (soldiers, police, fighters) vs Attack (civilians).
_VICTIM_VERB = re.compile(
    r"(?<![\w-])(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|target(?:ed|ing)|kill(?:ed|ing|s)?|"
    r"shoot|shoots|shot|shooting|fired|fire|raided|stormed|assaulted|assassinat(?:ed|ing)|hit|overran|"
    r"wound(?:ed|ing)|injur(?:ed|ing)|stabbed|beheaded|executed|gunned|murdered|died|"
    r"attack on|assault on|ambush on|attacks on)(?![\w-])",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'-]+|[.,;:!?()]")
_ARMED_WORDS = frozenset(victim_words("armed"))
_CIVILIAN_WORDS = frozenset(victim_words("civilian"))
_STOP_WORDS = frozenset(victim_words("stop"))
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "got", "is", "are"})


def victim_votes(text: str) -> tuple[int, int]:
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
        # A headline's passive has no auxiliary: "Police attacked by fighters".
        bare_passive = j < len(tokens) and tokens[j][0] == "by"
        if died or bare_passive or (i > 0 and tokens[i - 1][0] in _PASSIVE_AUX):
            # "<victims> were killed", "<victim> died": the nearest noun before.
            last = i if died or bare_passive else i - 1
            for word, _ in reversed(tokens[max(0, last - 7) : last]):
                if word in _STOP_WORDS or word in (",", ";", ":"):
                    break
                vote = _kind(word) or vote
                if vote:
                    break
        elif j < len(tokens):
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
