"""The sides of an incident as conflict coders name them, completed from the incident.

Two conventions of ACLED's actor coding that the mentions alone do not give:

* **Whose state forces.** "soldiers", "the police", "security forces" with no
  demonym name generic ``Military Forces`` / ``Police Forces``; ACLED names the
  state they serve ("Military Forces of Myanmar (2021-)"). A generic state force
  is the forces of the country the incident is located in, unless a state force
  of another country is named in the same incident (then the generic one may be
  that one, and it is left generic).
* **Civilians as the target.** ACLED codes the harmed side of violence against
  civilians, and of remote violence that harms civilians, as ``Civilians
  (Country)`` even when the text names no group ("a man was shot dead by two armed
  men", "the explosion injured two boys"). An incident with no target gets
  ``Civilians`` as its target when its event type is violence against civilians
  or one of its own killed/injured figures counts civilians (the figure's victim
  noun is a civilian word: ``extract/numbers/lexicon.CIVILIAN``). The actor's
  evidence is that figure's span, else the span that types the event. A
  ``Civilians`` actor already read as "other" (a bystander mention) becomes the
  target instead.

Added actors go after those read from the text: the first actor of an incident
without a perpetrator stays the first party the text names.

Input: the actors of one incident (from ``fields._actors``), its type, claims,
location and typing evidence. Output: the completed actors tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from claimledger.extract.actors.names import CIVILIANS, STATE_FORCES, state_of
from claimledger.records import Actor, Claim, Evidence, Location
from claimledger.resources.demonyms import countries

VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
_HARM = frozenset({"killed", "injured"})


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO code -> the country's name as actor names write it ("Iraq", "the Philippines")."""
    return {c.code: c.name for c in countries()}


def _with_country(actors: Sequence[Actor], location: Location | None) -> list[Actor]:
    """Generic state forces named after the incident's country (see the module doc)."""
    code = location.country_code if location else None
    country = _country_names().get(code) if code else None
    if country is None or not any(a.name in STATE_FORCES for a in actors):
        return list(actors)
    if any((s := state_of(a.name)) is not None and s[1] != country for a in actors):
        return list(actors)  # a foreign state force is named: the generic one may be it
    out: list[Actor] = []
    for a in actors:
        name = f"{a.name} of {country}" if a.name in STATE_FORCES else a.name
        if any(b.name == name for b in out):
            continue  # "Military Forces of Iraq" already read from a demonym
        out.append(replace(a, name=name))
    return out


def _civilian_figure(claims: Sequence[Claim]) -> Evidence | None:
    """The evidence of the incident's first own killed/injured figure counting civilians."""
    for c in claims:
        if c.figure in _HARM and c.civilian and not c.aggregate and (c.high or c.low):
            return c.evidence
    return None


def _with_civilian_target(
    actors: list[Actor],
    event_type: str | None,
    claims: Sequence[Claim],
    event_evidence: Evidence | None,
) -> list[Actor]:
    """Civilians as the target of violence against them (see the module doc)."""
    if any(a.role == "target" for a in actors):
        return actors
    evidence = _civilian_figure(claims)
    if evidence is None and event_type == VIOLENCE_AGAINST_CIVILIANS:
        evidence = event_evidence
    if evidence is None:
        return actors
    bystander = next((a for a in actors if a.name == CIVILIANS), None)
    if bystander is not None:
        rest = [a for a in actors if a is not bystander]
        return [*rest, replace(bystander, role="target")]
    return [*actors, Actor(name=CIVILIANS, role="target", evidence=evidence)]


def complete_sides(
    actors: Sequence[Actor],
    *,
    event_type: str | None,
    claims: Sequence[Claim],
    location: Location | None,
    event_evidence: Evidence | None,
) -> tuple[Actor, ...]:
    """The incident's actors with the state forces' country and the civilian target.

    Args:
        actors: the actors read from the incident's mentions, ordered.
        event_type: the incident's ACLED event type, if any.
        claims: the incident's claims.
        location: the incident's location (its country names generic state forces).
        event_evidence: the span that types the incident (an added target's evidence
            when no civilian figure gives one).

    Returns:
        The completed actors.
    """
    named = _with_country(actors, location)
    return tuple(_with_civilian_target(named, event_type, claims, event_evidence))
