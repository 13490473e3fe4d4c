"""Whole-text classification: a short text -> one ACLED type, or one CASE 2021 label.

:func:`classify_event` gives one (event type, sub-event type, confidence) for
a whole short text (an ACLED note, a snippet) with the precedence rules of
``rules.py``, which follow the ACLED codebook; :func:`classify_case2021` maps
that onto the CASE 2021 Task 2 labels, including the types outside ACLED.
The look-ups from a sub-event type to its labels (``lexicon.py``) are
re-exported here for the benchmarks that score these readings.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimledger.extract.events.air import override
from claimledger.extract.events.features import strip_markup
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.lexicon import (
    case2021_label,
    event_type_of,
    lexicon,
    old_event_type,
    taxonomy,
)
from claimledger.extract.events.reading import WEAPON_GROUPS, Reading
from claimledger.extract.events.rules import classify_sub, strong_ied

__all__ = [
    "case2021_label",
    "classify_case2021",
    "classify_event",
    "event_type_of",
    "old_event_type",
    "taxonomy",
]


def classify_event(text: str, doc: Doc | None = None) -> tuple[str | None, str | None, float]:
    """Give a short text (an ACLED note, a snippet) one ACLED type and sub-event type.

    ACLED's own coder markup in a raw note (a leading ``Arrests:`` tag, a
    ``[size=...]`` remark: the coder's labels, not reporting) is removed
    first and never read. The precedence follows the ACLED codebook: a
    demonstration is a protest or a riot whatever
    else happens in it (protesters killed by forces is Excessive force, a
    dispersal with tear gas is Protest with intervention, crowd violence is a
    Violent demonstration, or Mob violence without a demonstration);
    otherwise the weapon decides (suicide > chemical > air > IED > grenade >
    shelling), then territory changes, armed clashes, sexual violence,
    abductions, attacks, and only without violence the strategic
    developments. An air strike named without "air" or "drone strike" ("a
    CIA strike", "missiles hit a compound", ``air.py``) overrides the answer
    unless a suicide bomb or a chemical weapon outranks it. A weak reading of
    news of another kind (a disaster's deaths, a match won, a rate rise:
    ``gate.not_political``) is none.

    Args:
        text: the text to classify.
        doc: its parse, if already made; unused for now (the rules read the
            text) and accepted so callers holding a Doc need not re-parse.

    Returns:
        ``(event_type, sub_event_type, confidence)``; ``(None, None, 0.0)``
        when no cue names an event.
    """
    del doc  # the rules are lexical; kept for a stable signature
    text = strip_markup(text)
    sub, conf = classify_sub(Reading(text))
    air = override(text, sub)
    if air is not None:
        sub, conf = air
    if sub is None or not_political(text, sub):
        return None, None, 0.0
    return lexicon().taxonomy[sub], sub, conf


# --- CASE 2021 Task 2 ---------------------------------------------------------

_ARMED_AGENT = re.compile(
    r"(?<![\w-])(?:gunmen|militants?|insurgents?|rebels?|soldiers?|troops?|army|forces|"
    r"militia\w*|jihadists?|terrorists?|attackers?|assailants?|armed)(?![\w-])",
    re.IGNORECASE,
)


def classify_case2021(text: str) -> str:
    """The CASE 2021 Task 2 label of a snippet (ACLED-based or one of the unseen types).

    Responsibility claims (ATTRIB) come first, then the ACLED reading; the
    unseen types (NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME, DIPLO) take
    over where their cues are present and the ACLED reading is weak, not
    violent, or names no armed perpetrator.

    Args:
        text: one snippet.

    Returns:
        A label from the CASE 2021 inventory; ``OTHER`` when nothing matches.
    """
    r = Reading(text)
    if r.has("attrib"):
        return "ATTRIB"
    sub, _ = classify_sub(r)
    armed = _ARMED_AGENT.search(text) is not None
    event_type = event_type_of(sub) if sub else None
    # Demonstrations stay demonstrations whatever they are about (a pandemic, sanctions).
    if event_type in ("Protests", "Riots"):
        return r.lex.case_labels[str(sub)]
    weak = sub is None or event_type == "Strategic developments"
    unarmed_attack = sub == "Attack" and not armed
    if r.has("natural_disaster") and (weak or unarmed_attack):
        return "NATURAL_DISASTER"
    accident = sub == "Remote explosive/landmine/IED" and not strong_ied(r) and not armed
    if r.has("manmade_disaster") and (weak or unarmed_attack or accident):
        return "MAN_MADE_DISASTER"
    if r.has("diplo") and (weak or r.first("diplo") < _first_violent(r)):
        return "DIPLO"
    if r.has("org_crime") and weak and sub != "Looting/property destruction":
        return "ORG_CRIME"
    if sub is None:
        return "OTHER"
    return r.lex.case_labels[sub]


def _first_violent(r: Reading) -> int:
    """Offset of the first cue naming violence."""
    groups = (*WEAPON_GROUPS, "clash", "attack", "abduction", "sexual")
    return min(r.first(g) for g in groups)
