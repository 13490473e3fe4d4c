"""Actor names: a name as written or as ACLED writes it -> its canonical form.

Used to compare actors across sources (our mentions against ACLED's actor
columns); reads the same lexicon as the extractor.
"""

from __future__ import annotations

import re

from claimledger.extract.actors.lexicon import country_of, lexicon, named_entry

_ACLED_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
_ACLED_COUNTRY = re.compile(r"\s*\(([^()]*)\)\s*$")
STATE_FORCES = ("Military Forces", "Police Forces")
CIVILIANS = "Civilians"
UNIDENTIFIED = "Unidentified Armed Group"
PROTESTERS, RIOTERS = "Protesters", "Rioters"
# Sides named by a coding convention rather than by who they are: the civilians
# harmed, the crowd of a protest or riot, an attacker nobody identifies
# (reconcile/sides.py adds them; ACLED names them after the country).
CONVENTIONAL_SIDES = frozenset({CIVILIANS, UNIDENTIFIED, PROTESTERS, RIOTERS})
# Generic names (no group of their own) whose ACLED country suffix is dropped.
_GENERIC = CONVENTIONAL_SIDES | {"Unidentified Gang", "Unidentified Military Forces", *STATE_FORCES}


def state_of(name: str, bodies: tuple[str, ...] = STATE_FORCES) -> tuple[str, str] | None:
    """A state body's name read as (body, country): "Military Forces of Iraq" ->
    ("Military Forces", "Iraq"); None for a name of no such body (the generic
    "Military Forces" included). ``bodies`` adds others ("Government")."""
    for body in bodies:
        prefix = body + " of "
        if name.startswith(prefix):
            return body, name[len(prefix) :]
    return None


def normalize_actor(name: str) -> str | None:
    """The canonical name of an actor name, for comparing actors across sources.

    Accepts free text ("ISIS fighters", "Iraqi troops") and ACLED actor names
    ("Military Forces of Iraq (2014-)", "Protesters (India)", "QSD: Syrian
    Democratic Forces"): years, sub-units after the years, and the country of
    generic groups are dropped.

    Args:
        name: an actor name.

    Returns:
        The canonical name, or None for an empty name.
    """
    text = " ".join(name.split())
    if not text:
        return None
    lex = lexicon()
    for entry in lex.entries:
        if entry.acled and entry.acled.lower() == text.lower():
            return entry.name
    years = _ACLED_YEARS.search(text)
    if years:
        text = text[: years.start()]  # "Military Forces of Yemen (2016-) Supreme Political Council"
    country = _ACLED_COUNTRY.search(text)
    if country:
        head = text[: country.start()].strip()
        if head in _GENERIC or named_entry(lex, head) is None:
            text = head if head in _GENERIC or head.startswith(("Military", "Police")) else text
    for candidate in _candidates(text):
        found = _canonical(candidate)
        if found is not None:
            return found
    return text


def _canonical(candidate: str) -> str | None:
    """The canonical name ``candidate`` is written as: a named actor, state forces, a bare noun."""
    lex = lexicon()
    named = named_entry(lex, candidate)
    if named is not None:
        return named.name
    for pattern, template, _ in lex.templates:
        m = pattern.fullmatch(candidate)
        if m:
            found = country_of(lex, m)
            if found:
                return template.format(country=found)
    for pattern, spec in lex.bare:
        if pattern.fullmatch(candidate):
            return str(spec["fallback"])
    return None


def _candidates(text: str) -> list[str]:
    """``text`` and, for "ABBR: Full Name", each part."""
    out = [text]
    if ": " in text:
        abbr, _, full = text.partition(": ")
        out += [full.strip(), abbr.strip()]
    return out
