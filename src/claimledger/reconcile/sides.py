"""The sides of an incident as conflict coders name them, completed from the incident.

Four conventions of ACLED's actor coding that the mentions alone do not give:

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
* **The crowd of a protest or a riot.** ACLED's actor 1 of every Protests event is
  ``Protesters (Country)`` and of every Riots event ``Rioters (Country)`` (780 of 780
  and 95 of 95 in the first 1,500 events of acled-2022h1-global), whoever the crowd
  is ("nurses", "residents", "members of union X": the union is an associated actor).
  An incident typed Protests or Riots takes the crowd read from the text (a crowd
  subject, :mod:`claimledger.extract.actors.crowds`), else the civilians the text names
  who are not harmed ("residents of X blocked the road": they are the crowd), else a
  crowd with the typing span as evidence, as its first perpetrator. In a protest a
  state force read as a perpetrator ("police dispersed them") is the other side, not
  the crowd's associate.
* **An unseen perpetrator.** Violence against civilians and remote violence with no
  party read but their targets are ACLED's ``Unidentified Armed Group (Country)`` (the
  attacker is not identified: "a man was shot dead in his shop"); the actor's evidence
  is the span that types the event. A named party the parse gave no role ("other")
  may be the attacker and keeps actor 1 (CAR 1,500: adding the group beside such a
  party replaced 60 right "Wagner Group" actor 1s). Battles are left: two sides
  fight, and which one is unseen is not known.

Added actors go after those read from the text, except the crowd (actor 1 of its
event): the first actor of an incident without a perpetrator stays the first party
the text names.

Input: the actors of one incident (from ``fields._actors``), its type, claims,
location and typing evidence. Output: the completed actors tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from claimledger.extract.actors.names import (
    CIVILIANS,
    CONVENTIONAL_SIDES,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    UNIDENTIFIED,
    state_of,
)
from claimledger.records import Actor, Claim, Evidence, Location
from claimledger.resources.demonyms import countries

VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
REMOTE_VIOLENCE = "Explosions/Remote violence"
CROWD_OF_EVENT = {"Protests": PROTESTERS, "Riots": RIOTERS}
_UNSEEN_PERPETRATOR = frozenset({VIOLENCE_AGAINST_CIVILIANS, REMOTE_VIOLENCE})
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


def _with_crowd(
    actors: list[Actor], event_type: str | None, event_evidence: Evidence | None
) -> list[Actor]:
    """The crowd of a protest or riot as its first perpetrator (see the module doc)."""
    crowd = CROWD_OF_EVENT.get(event_type or "")
    if crowd is None:
        return actors
    found = next((a for a in actors if a.name == crowd), None)
    if found is None:
        found = next((a for a in actors if a.name == CIVILIANS and a.role != "target"), None)
    if found is not None:
        first = replace(found, name=crowd, role="perpetrator")
        rest = [a for a in actors if a is not found and a.name != crowd]
    elif event_evidence is not None:
        first = Actor(name=crowd, role="perpetrator", evidence=event_evidence)
        rest = list(actors)
    else:
        return actors
    if crowd == PROTESTERS:
        rest = [_state_force_as_other(a) for a in rest]
    return [first, *rest]


def _state_force_as_other(actor: Actor) -> Actor:
    """A state force acting in a protest is the other side ("police dispersed them")."""
    is_state = actor.name in STATE_FORCES or state_of(actor.name) is not None
    return replace(actor, role="other") if is_state and actor.role == "perpetrator" else actor


def _with_unseen_perpetrator(
    actors: list[Actor], event_type: str | None, event_evidence: Evidence | None
) -> list[Actor]:
    """An unidentified armed group for an attack with no perpetrator read."""
    if event_type not in _UNSEEN_PERPETRATOR or event_evidence is None:
        return actors
    if any(
        a.role == "perpetrator" or (a.role == "other" and a.name not in CONVENTIONAL_SIDES)
        for a in actors
    ):
        return actors  # a perpetrator, or a named party the parse gave no role: it may be it
    return [*actors, Actor(name=UNIDENTIFIED, role="perpetrator", evidence=event_evidence)]


def complete_sides(
    actors: Sequence[Actor],
    *,
    event_type: str | None,
    claims: Sequence[Claim],
    location: Location | None,
    event_evidence: Evidence | None,
) -> tuple[Actor, ...]:
    """The incident's actors with the state forces' country, the civilian target, the
    crowd of a protest or riot and an unseen attacker.

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
    crowd = _with_crowd(named, event_type, event_evidence)
    targeted = _with_civilian_target(crowd, event_type, claims, event_evidence)
    return tuple(_with_unseen_perpetrator(targeted, event_type, event_evidence))
