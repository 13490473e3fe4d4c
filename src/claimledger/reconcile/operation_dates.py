"""The day of each operation of a release (for ``incidents._main_incidents``).

An operation's incident is dated among the date mentions inside its span, as any incident
is (``extract/dates/incident.incident_date``), with two readings of a release:

* the sentences that take, kill or hurt people date the operation when they name a day of
  their own ("Earlier on Thursday, troops ... arrested 2 spies. The Air Force also struck a
  gathering on Saturday": Thursday; the strike told after it reports no one). Not a
  dateline's day ("KABUL (Jan. 5, 2013) - A force arrested ... yesterday"), nor the day the
  date reader weighs as a follow-up's ("He died in hospital on Sunday"), except in a
  sentence that detains people (the date reader weighs an arrest's day as a follow-up's;
  in a release it is the operation's own). Without such a day, every day of the operation.
* a daily report's period ("During the past day, the enemy lost 14 personnel ... Our units
  also took three soldiers prisoner": "the past day" is the day before the report's,
  ``extract/dates/resolution.PAST_DAY``) dates a later operation that names no day of its
  own. Without one ("Separately, in X, troops apprehended two ...") a later undated
  operation keeps the report's date.
* an operation that only takes people (no one killed, hurt or abducted in it) is dated by
  its arrest's own day, not by the day of the earlier killing the arrest is for ("Troopers
  arrested a man on Tuesday in connection with the March 29 shooting": Tuesday; the date
  reader ranks the attack's day first, as it should in a news story of the attack). The
  operation's own verb is the taking: the days of its sentences that detain people, other
  than those the date reader hangs on an attack's word (``arrest_days``; twenty-eighth
  session, for split releases and for a release of one operation alike).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimledger.extract.dates.mentions import (
    ATTACK_DATE_CONFIDENCE,
    FOLLOW_UP_DATE_CONFIDENCE,
    STATEMENT_DATE_CONFIDENCE,
)
from claimledger.extract.dates.resolution import PAST_DAY
from claimledger.reconcile.estimates import earlier_crime
from claimledger.reconcile.operation_marks import ANOTHER_PARTY, OPENING_CHARS
from claimledger.records import Claim, DateMention, Evidence

__all__ = ["OperationDays"]

# The figures of people an operation takes, kills or hurts.
_PEOPLE = frozenset({"killed", "arrested", "abducted", "injured"})
# The figures of people an operation kills, hurts or abducts (not a taking into custody).
_HARMED = _PEOPLE - {"arrested"}
# The confidences of a day the date reader hangs on an attack's word ("the March 29 shooting").
_ATTACK_DAY = frozenset(ATTACK_DATE_CONFIDENCE.values())


@dataclass(frozen=True)
class OperationDays:
    """The readings of a release's days over its operations (``clusters``: the spans)."""

    stated_date: str | None
    period: DateMention | None
    told: frozenset[int]  # sentences that take, kill or hurt people
    held: frozenset[int]  # sentences that detain people
    # operations that open on another party the one before met ("a second group tried to
    # cross ..."): without a day of their own, that operation's day (twenty-ninth session)
    continued: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        dates: Sequence[DateMention],
        claims: Sequence[Claim],
        clusters: Sequence[Sequence[tuple[int, int]]],
        sentence: Callable[[Evidence | None], int],
        stated_date: str | None,
        text: str = "",
    ) -> OperationDays:
        """The readings of the operations ``clusters`` of one release (``text``: its text)."""
        told = frozenset(sentence(c.evidence) for c in claims if c.figure in _PEOPLE and c.low)
        held = frozenset(sentence(c.evidence) for c in claims if c.figure == "arrested" and c.low)
        continued = frozenset(
            k
            for k, cluster in enumerate(clusters)
            if k
            and cluster
            and ANOTHER_PARTY.search(text, cluster[0][0], cluster[0][0] + OPENING_CHARS)
        )
        return cls(stated_date, _report_period(dates, clusters), told, held, continued)

    def days(
        self, k: int, own: Sequence[DateMention], sentence: Callable[[Evidence | None], int]
    ) -> list[DateMention]:
        """The date mentions the ``k``-th operation is dated among (``own``: those inside
        its span)."""
        dated = [
            d
            for d in own
            if sentence(d.evidence) in (self.held if _follow_up(d) else self.told)
            and d.precision == "day"
            and (d.relative or d.value != self.stated_date)
        ]
        if dated or own:
            return dated or list(own)
        return [self.period] if k and self.period is not None else []

    def operation(
        self,
        k: int,
        mentions: tuple[Callable[[int], list[DateMention]], Callable[[int], list[Claim]]],
        sentence: Callable[[Evidence | None], int],
        shape: tuple[bool, bool, int],
    ) -> list[DateMention]:
        """The date mentions the ``k``-th incident of a document is dated among
        (``mentions``: the date mentions and the claims inside the ``j``-th span; ``shape``:
        whether the release is split into operations, whether it is a release, and how many
        incidents it has)."""
        dates_of, claims_of = mentions
        split, release, n = shape
        own = self.days(k, dates_of(k), sentence) if split else dates_of(k)
        if split and not own and k in self.continued:
            # (another party the operation before met: its day)
            return self.operation(k - 1, mentions, sentence, shape)
        if not release:
            return own
        claims = claims_of(k)
        if split and k + 1 < n:  # (a killing dated by its arrest's words)
            later = (self.days(k + 1, dates_of(k + 1), sentence), claims_of(k + 1))
            before = self.told_before(own, claims, later, sentence)
            if before:
                return before
        # (an operation that only takes people: its arrest's own day, ``arrest_days``)
        return self.arrest_days(own, claims, sentence)

    def arrest_days(
        self,
        own: Sequence[DateMention],
        claims: Sequence[Claim],
        sentence: Callable[[Evidence | None], int],
    ) -> list[DateMention]:
        """``own`` (an operation's days), or only its arrest's own days when the operation
        takes people and harms no one (``claims``: its figures) and the date reader hangs
        another of its days on an attack's word (the earlier killing the arrest is for)."""
        taking, attack = self._taking(own, claims, sentence)
        return taking if taking and attack else list(own)

    def crime_days(
        self,
        own: Sequence[DateMention],
        claims: Sequence[Claim],
        sentence: Callable[[Evidence | None], int],
    ) -> list[DateMention]:
        """The days an operation that only takes people hangs on the crime it is for
        ("Gendarmes arrested two brothers this afternoon over the shooting death of a
        farmer on July 4": July 4), which ``arrest_days`` sets aside; none otherwise."""
        taking, attack = self._taking(own, claims, sentence)
        return attack if taking else []

    def told_before(
        self,
        own: Sequence[DateMention],
        claims: Sequence[Claim],
        later: tuple[Sequence[DateMention], Sequence[Claim]],
        sentence: Callable[[Evidence | None], int],
    ) -> list[DateMention]:
        """The day of a killing told before the arrest made for it, from the arrest's words
        ("A farmer was shot dead in his field. Gendarmes arrested two brothers this
        afternoon over the shooting death of the farmer on July 4": the killing's
        operation is July 4's), when its own words name no day (``own``: its days; the
        header's date is the release's) and it harms people (``claims``); ``later``: the
        next operation's days and claims. None otherwise (twenty-ninth session)."""
        if any(d.precision == "day" and d.value != self.stated_date for d in own):
            return []
        if not _harms(claims):
            return []
        return self.crime_days(*later, sentence)

    def _taking(
        self,
        own: Sequence[DateMention],
        claims: Sequence[Claim],
        sentence: Callable[[Evidence | None], int],
    ) -> tuple[list[DateMention], list[DateMention]]:
        """An operation's arrest days and the attack days beside them (both empty unless it
        takes people and harms no one: the crime the arrest is for, ``earlier_crime``, harms
        no one of the operation)."""
        if _harms(claims) or not any(c.figure == "arrested" and c.low for c in claims):
            return [], []
        held = {sentence(c.evidence) for c in claims if c.figure == "arrested" and c.low}
        # (a day told after the crime the arrest is for, in its sentence, is the crime's:
        # "charged with killing his neighbour at her home on April 9")
        crimes = [c.evidence for c in claims if c.figure in _HARMED and earlier_crime(c)]

        def crime_told(d: DateMention) -> bool:
            return any(
                sentence(e) == sentence(d.evidence) and e.start < d.evidence.start for e in crimes
            )

        taking = [
            d
            for d in own
            if sentence(d.evidence) in held
            and d.precision == "day"
            and d.evidence.confidence not in _ATTACK_DAY
            and d.evidence.confidence != STATEMENT_DATE_CONFIDENCE
            and (d.relative or d.value != self.stated_date)
            and not crime_told(d)
        ]
        values = {d.value for d in taking}
        attack = [
            d
            for d in own
            if d.value not in values and (d.evidence.confidence in _ATTACK_DAY or crime_told(d))
        ]
        return taking, attack


def _harms(claims: Sequence[Claim]) -> bool:
    """Whether an operation's figures kill, hurt or abduct anyone of its own (the crime an
    arrest is for, ``earlier_crime``, harms no one of the operation)."""
    return any(c.figure in _HARMED and c.low and not earlier_crime(c) for c in claims)


def _follow_up(d: DateMention) -> bool:
    """Whether the date reader weighs a day as a follow-up's (a later death, an arrest)."""
    return d.evidence.confidence == FOLLOW_UP_DATE_CONFIDENCE


def _report_period(
    dates: Sequence[DateMention], clusters: Sequence[Sequence[tuple[int, int]]]
) -> DateMention | None:
    """The period a daily report covers, told in its first operation ("During the past
    day, ..."), or None."""
    first = clusters[0][0] if clusters and clusters[0] else None
    if first is None:
        return None
    return next(
        (d for d in dates if d.evidence.start < first[1] and PAST_DAY.search(d.evidence.text)),
        None,
    )
