"""Kinds a source's head noun and the words around it give where the lexicon's word table
alone reads it wrong (``sources.source_kind`` asks these before its word votes).

* A rank said after a word naming a body is that body's: "a police colonel", "a border
  guard colonel" ``official``, "a rebel colonel" ``partisan`` (the rank alone is
  ``military``; the ``modifiers`` table, then the word table); "a military medic" stays
  ``medical`` (no rank).
* A plural head whose singular the word table knows takes its kind: "Farmers from the
  village", "Shopkeepers at the market" ``witness`` (the table holds "farmer").
* An "agency" named by its public function ("the Kelvar civil protection agency", "the
  disaster management agency") is an authority's; only news, press or photo agencies,
  and an agency a proper name calls so ("Tamar agency"), are outlets.
* A "Group of Forces" ("of Troops") is a state's formation (``military``), not the armed
  group the word "group" alone makes it.
* "X General" after a place's name is a general hospital ("the director of Sadda General"),
  not the rank: offices called "... General" ("Director General", "Attorney General") aside.
* A doctor ("Dr. X") speaks as a medic unless their role is an administration's, a civil
  office or a rescue service's ("the directorate's spokesman, Dr. X", "head of the local
  rescue service, Dr. X" ``official``; "head of the local emergency service, Dr. X"
  ``medical``).

Plain string rules on the name, as ``sources`` is; ``lex`` is its ``Lexicon``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimledger.attribute.name_forms import WORD as _WORD

if TYPE_CHECKING:
    from claimledger.attribute.sources import Lexicon

__all__ = [
    "agent_noun",
    "doctor_kind",
    "formed_kind",
    "looks_like_person_name",
    "public_agent",
    "public_by_head",
]

_DETERMINERS = frozenset({"a", "an", "the", "one", "two", "three", "several", "some"})
# Kinds a body's word gives a rank said after it ("a police colonel", "a rebel colonel").
_BODY_KINDS = frozenset({"official", "military", "partisan"})

# Agencies of news: an "agency" after these words is an outlet.
_NEWS_AGENCY = frozenset({"news", "press", "photo", "media", "wire", "state", "information"})

# Offices named "... General": the word before "General" makes it a person's office.
_GENERAL_OFFICES = frozenset(
    """attorney secretary director inspector solicitor surgeon auditor consul postmaster
    governor adjutant accountant comptroller registrar paymaster procurator vicar
    commissioner prosecutor""".split()  # noqa: SIM905
)
_GROUP_OF_FORCES = re.compile(r"\bgroup(?:ing)?\s+of\s+(?:[a-z-]+\s+)?(?:forces|troops|armies)\b")
_GENERAL_HOSPITAL = re.compile(r"(?:^|\s)(?P<place>[A-Z][\w'’-]+)\s+General$")


def _plural_kind(head: str, lex: Lexicon) -> str | None:
    """ "farmers": the kind of "farmer" when the table knows the singular, not the plural."""
    if head in lex.words or head in lex.roles or len(head) < 4 or not head.endswith("s"):
        return None
    for single in (head[:-1], head[:-2] + "y" if head.endswith("ies") else ""):
        # (family plurals the table leaves out on purpose: "Sons of Bir Naqa" is a page)
        if single and lex.words.get(single, "family") != "family":
            return lex.words[single]
    return None


def _modified_title(low: str, head: str, lex: Lexicon) -> str | None:
    """ "a police colonel": a modifier right before a rank gives its kind (a rank is an armed
    force's only by default; "a military medic" stays a medic)."""
    if lex.titles.get(head) != "military":
        return None
    words = _WORD.findall(low)
    at = len(words) - 1 - words[::-1].index(head) if head in words else -1
    # the nearest word before it that names a body ("a border guard colonel": "border")
    for word in reversed(words[:at] if at > 0 else []):
        if word in _DETERMINERS:
            break
        kind = lex.modifiers.get(word) or lex.words.get(word)
        if kind in _BODY_KINDS:
            return kind
    return None


def _agency_kind(name: str, head: str, lex: Lexicon) -> str | None:
    """ "the Kelvar civil protection agency": official; "Tamar agency", "the UN refugee
    agency" (a word the table knows): None (the table's)."""
    if head != "agency":
        return None
    words = name.replace(",", " ").split()
    lows = [w.lower() for w in words]
    if "agency" not in lows:
        return None
    at = lows.index("agency")
    before = words[at - 1] if at > 0 else ""
    if not before.isalpha() or not before.islower() or before in _NEWS_AGENCY:
        return None
    known = any(w in _NEWS_AGENCY or lex.words.get(w, "official") != "official" for w in lows[:at])
    return None if known else "official"


def _general_hospital(name: str, lex: Lexicon) -> str | None:
    match = _GENERAL_HOSPITAL.search(name.strip())
    if match is None:
        return None
    place = match["place"].lower()
    known = set(lex.words) | set(lex.roles) | set(lex.titles) | set(lex.modifiers)
    if place in known or place in _GENERAL_OFFICES:
        return None
    return "medical"


def formed_kind(
    name: str, low: str, head: str | None, lex: Lexicon, found: str | None, context: str = ""
) -> str | None:
    """The kind the head's form gives (see the module's list), else None; ``found`` is the
    kind a lexicon phrase of the name gives (then only a doctor's is read)."""
    if found is not None:
        return None
    doctor = doctor_kind(name, context, lex)
    if doctor is not None or head is None:
        return doctor
    owner = _ROLE_OWNER.match(name.strip())
    if owner is not None:
        from claimledger.attribute.sources import source_kind  # (sources imports this module)

        kind = source_kind(f"the {owner['noun']}")  # "the agency's spokesman": "the agency"
        if kind in ("official", "medical"):  # a public body ("the command" may be police)
            return kind
    if _GROUP_OF_FORCES.search(low):
        return "military"  # "the Vostok Group of Forces": a state's formation, not a faction
    return (
        _general_hospital(name, lex)
        or _modified_title(low, head, lex)
        or _agency_kind(name, head, lex)
        or _plural_kind(head, lex)
    )


# A body's speaker named by a bare noun for a public body: "the agency's spokesman" speaks for
# an agency (``official``), not for a news agency (the word "agency" alone is an outlet's).
_ROLE_OWNER = re.compile(
    r"(?i:the)\s+(?P<noun>[a-z]+)['’]s\s+(?:spokes(?:man|woman|person)|press\s+officer|director"
    r"|head|chief)"
)
_DOCTOR = re.compile(r"^(?:the\s+)?Dr\.?\s+[A-Z]")
# Services of rescue and civil protection (an authority's), not of medicine.
_CIVIL_PROTECTION = re.compile(r"\b(?:rescue|civil\s+(?:defen[cs]e|protection)|fire)\b", re.I)


def doctor_kind(name: str, context: str, lex: Lexicon | None = None) -> str | None:
    """``medical`` for "Dr. X" whose role (``context``) names no administration or civil
    office ("head of the local emergency service"), else None (the role's kind decides)."""
    if _DOCTOR.match(name) is None:
        return None
    if lex is None:
        from claimledger.attribute.sources import load_lexicon  # (sources imports this module)

        lex = load_lexicon()
    if _CIVIL_PROTECTION.search(context):
        return None  # "head of the local rescue service, Dr. X": the service's kind
    for word in _WORD.findall(context.lower()):
        kind = lex.words.get(word) or lex.heads.get(word) or lex.titles.get(word)
        if kind not in (None, "medical") and word not in lex.roles:
            return None  # "the directorate's spokesman", "A ministry spokesman", "The Governor"
    return "medical"


# Agent nouns by their form: "fishermen", "herders", "motorists", "technicians", "vendors",
# "sailors", "shepherds", "merchants", "migrants", "pilgrims", "refugees", "evacuees" (not
# "-tor": "administrator", "investigator", "inspector" are an office's; not "committee").
_AGENT = re.compile(
    r"[a-z]{3,}(?:m[ae]n|ers?|(?<!t)ors?|ists?|ians?|herds?|ants?|ents?|ims?|(?<!tt)ees?)"
)
# Agents of a public service: the authority's people, not the public ("rescuers" official).
_SERVICE_AGENTS = frozenset(
    """rescuer firefighter fireman responder ranger lifeguard coastguard searcher diver
    trooper gunner sniper bomber commissioner controller lineman observer agent
    attendant assistant consultant""".split()  # noqa: SIM905
)
# People words of the table that say nothing of a tie: "a man whose son ...", "people close
# to the family" keep the words after them.
_ANY_PERSON = frozenset({"man", "woman", "people"})


def public_by_head(
    parts: list[str], head: str | None, lex: Lexicon, kind_of: Callable[[str], str]
) -> bool:
    """Whether people named by a head the word table calls the public (``witness``:
    "neighbour", "residents") stay the public whatever follows the head: "a neighbour of
    the family" is no relative, "Residents on a local WhatsApp group" are residents
    speaking where they can (the group is where, not who; docs/claims-gold.md). ``parts``
    is the name split once at its head's end ("of", "on", "who", a comma...); the head
    part alone must read ``witness`` too ("Residents' committee of X" does not)."""
    if len(parts) < 2 or head is None or head in _ANY_PERSON:
        return False
    if lex.words.get(head) != "witness" or not parts[1].strip():
        return False
    return kind_of(parts[0].strip()) == "witness"


def looks_like_person_name(name: str) -> bool:
    """Two or three capitalised words without a determiner ("Ali Hassan"); an acronym
    ("TNA", "HNN") is a body's name, not a person's."""
    parts = name.split()
    if len(parts) == 1 and re.fullmatch(r"[A-Z]{2,6}", parts[0]):
        return False
    return 1 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and parts[0] != "The"


def agent_noun(word: str) -> bool:
    """Whether a lower-case word has an agent noun's form ("rescuers", "vendors")."""
    return _AGENT.fullmatch(word) is not None


# Words that open a phrase of people no proper name follows ("a Mirov baker").
_INDEFINITE = frozenset("a an one another two three four five several some".split())  # noqa: SIM905


def public_agent(name: str, head: str | None) -> bool:
    """Whether a name the lexicon does not know names people by what they do ("Fishermen
    from the harbour", "a boatman", "motorists"): members of the public, ``witness``, as
    the table's "farmer" or "shopkeeper" are; not an agent of a public service ("rescuers",
    "firefighters" stay the authority's), not a proper name (a capitalised word after the
    first, up to the head: "Harbour Fishermen"; "Herders in Mesk" are people). After an
    indefinite article or a count a capitalised word is where they are from, no name: "a
    Mirov baker", "two Tessin vendors" are people."""
    if head is None or _AGENT.fullmatch(head) is None:
        return False
    words = name.split()
    at = next((k for k, w in enumerate(words) if w.lower() == head), len(words) - 1)
    placed = words[0].lower() in _INDEFINITE
    if not placed and any(w[:1].isupper() for w in words[1 : at + 1]):  # "Harbour Fishermen"
        return False
    stem = re.sub(r"men$", "man", head)
    stem = stem[:-1] if stem.endswith("s") else stem
    # "a volunteer rescuer", "volunteer firefighters": no service's agents, people who were there
    return stem not in _SERVICE_AGENTS or "volunteer" in (
        w.lower() for w in words[max(0, at - 2) : at]
    )


# Kinds of a service whose word before a trade names where the person works.
_SERVICES = frozenset({"medical", "official", "military"})
_TRADES = frozenset({"driver", "drivers", "worker", "workers"})


def served_kind(head_part: str, head: str | None, lex: Lexicon) -> str | None:
    """A worker named by the service the word before the trade names: "an ambulance driver",
    "hospital workers" (``medical``), "a municipal worker" by the word's kind; the trade
    alone or after a word of no service ("a taxi driver") is the public's (None here)."""
    if head not in _TRADES:
        return None
    words = re.findall(r"[a-z'-]+", head_part.lower())
    if len(words) < 2 or words[-1] != head:
        return None
    kind = lex.words.get(words[-2])
    return kind if kind in _SERVICES else None
