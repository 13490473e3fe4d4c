"""What a release's spans report: people killed, detained or taken, and deaths.

``operations.py`` reads a release's operations with :class:`Told`: the text, where the
number reader found people killed, detained or taken (its figures' offsets), and the
sentence boundaries. Split from ``operations.py`` (twentieth session); the words of an action an operation reports
(ACTION, RELEASE_ACTION) since the twenty-second session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.reconcile.operation_days import PERSON_ACTION

# People killed or detained, besides PERSON_ACTION's words: deaths told without a verb of
# killing ("lost their lives", "embraced martyrdom", "paid the supreme price").
_DEATHS = re.compile(
    r"\b(?:died|dead|lost\s+(?:his|her|their)\s+li(?:fe|ves)|martyr\w*|shahadat"
    r"|supreme\s+(?:price|sacrifice))\b",
    re.IGNORECASE,
)
# An action an operation reports.
ACTION = re.compile(
    r"\b(?:kill|arrest|detain|captur|apprehend|neutrali[sz]|eliminat|shot|shoot|clash"
    r"|attack|ambush|raid|strike|struck|bomb|seiz|repel|abduct|kidnap|fir(?:ed|ing) (?:up)?on"
    r"|under\s+fire"
    r"|intercept|custody|engag|foil|thwart|encounter|gunfight|firefight|bodies|operations?\b)\w*",
    re.IGNORECASE,
)
# In a release, deaths an operation reports besides ACTION's: "a soldier lost his life when a
# landmine exploded", "two constables embraced martyrdom". (News keeps ACTION alone: its
# later paragraph "On Sunday, the second victim died" is the incident's follow-up.)
RELEASE_ACTION = re.compile(
    r"\b(?:died|dead|lost\s+(?:his|her|their)\s+li(?:fe|ves)|martyr\w*|shahadat|explo\w*"
    r"|landmine|IED|supreme\s+(?:price|sacrifice))\b"
    rf"|{PERSON_ACTION.pattern}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Told:
    """A text with where its number reader found people killed, detained or taken
    (``figures``: the figures' offsets; ``held``: the detainees' alone) and its sentence
    boundaries."""

    text: str
    figures: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    # the offsets of the figures of people detained (a taking whatever its words: "was
    # booked into the county jail")
    held: tuple[int, ...] = ()

    def holds(self, start: int, end: int) -> bool:
        """Whether the number reader found people detained in text[start:end]."""
        return any(start <= f < end for f in self.held)

    def people(self, start: int, end: int) -> bool:
        """Whether text[start:end] reports people killed or detained: a figure of the
        number reader in it, or PERSON_ACTION's words outside a headline in capitals
        ("TROOPS NEUTRALISE 6 TERRORISTS" above the paragraph that tells it)."""
        if any(start <= f < end and not self._headline(f) for f in self.figures):
            return True
        return acts(PERSON_ACTION, self.text, (start, end))

    def _headline(self, at: int) -> bool:
        """Whether ``at`` lies on a line in capitals (a headline above its paragraph)."""
        end = self.text.find("\n", at)
        line = self.text[self.text.rfind("\n", 0, at) + 1 : len(self.text) if end < 0 else end]
        return line.isupper()

    def deaths(self, span: tuple[int, int]) -> bool:
        """Whether a span reports people killed or detained, a death told in any way included."""
        return self.people(*span) or bool(_DEATHS.search(self.text, *span))

    def later(self, start: int) -> bool:
        """Whether a later sentence of the paragraph that ``start``'s sentence opens reports
        people ("Troops pursuing the attackers on Saturday caught up with a group of them.
        Eight militants were apprehended.")."""
        stop = self.text.find("\n", start)
        stop = len(self.text) if stop < 0 else stop
        return any(start < s < stop and self.people(s, min(e, stop)) for s, e in self.sentences)


def acts(pattern: re.Pattern[str], text: str, span: tuple[int, int]) -> bool:
    """Whether the span tells an action outside a headline in capitals ("TROOPS NEUTRALISE
    6 TERRORISTS" above the paragraph that tells it is no operation of its own)."""
    return any(not m.group(0).isupper() for m in pattern.finditer(text, *span))


# A word of killing or taking said not to have happened ("nobody has been arrested", "no one
# was killed", "were not detained").
_NEGATED = re.compile(
    r"\b(?:no(?:body|\s+one)?|not|never|none|neither|nor|without)\b[^.;:,\n]{0,30}$", re.I
)
# People taken by the other side: an abduction is no operation's taking.
_ABDUCTION = re.compile(r"\b(?:abduct|kidnap|hostage)\w*", re.I)


def kills_or_detains(told: Told, span: tuple[int, int]) -> bool:
    """Whether a span reports people killed or detained: a figure of the number reader whose
    sentence tells no abduction, or a word of killing, taking or death (PERSON_ACTION,
    _DEATHS) that is not negated ("nobody has been arrested"), no abduction and outside a
    headline in capitals."""
    text = told.text
    for f in told.figures:
        if span[0] <= f < span[1] and not told._headline(f):
            sentence = next(((s, e) for s, e in told.sentences if s <= f < e), (f, f + 1))
            if not _ABDUCTION.search(text, *sentence):
                return True
    for rx in (PERSON_ACTION, _DEATHS):
        for m in rx.finditer(text, *span):
            if m.group(0).isupper() or _ABDUCTION.match(m.group(0)):
                continue
            if not _NEGATED.search(text, max(span[0], m.start() - 40), m.start()):
                return True
    return False


def main_first(told: Told, spans: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """A release's operations with the first that kills or detains people first, when the
    one told first does not (:func:`kills_or_detains`): "Gunmen abducted two engineers on
    17 March. Police freed them the next day and arrested one of the kidnappers", "On
    Saturday evening a man was wounded ...; nobody has been arrested. On Sunday morning a
    teenager was shot dead ...": the operation is the one that took or killed people; the
    event before it (the abduction, the wounding) follows as an incident of its own."""
    if kills_or_detains(told, spans[0][0]):
        return spans
    k = next((k for k, span in enumerate(spans) if kills_or_detains(told, span[0])), None)
    if k is None:
        return spans
    return [spans[k], *spans[:k], *spans[k + 1 :]]
