"""Not political violence or protest: a text and its weak reading -> "none".

Both classifiers read deaths, "beat" and "agreed" as events: an earthquake
"killing 30 people" is an Attack, a football side that "beat the champions
3-1" an Attack, two governments that "agreed to restore diplomatic
relations" an Agreement, an interest rate rise Other. CASE 2021 Task 2 gives
such news types outside ACLED (natural and man-made disasters, crime,
diplomacy; ``classify.classify_case2021``); the ACLED reading of issue 9 gives
it "none". :func:`not_political` is that gate: a reading that names no means
of political violence (:data:`WEAK`), in a text that names no armed or
crowd actor, with a cue of a disaster or an accident, sport, the economy, or
(for an Agreement) diplomacy or trade and no conflict.
"""

from __future__ import annotations

import re

from claimledger.extract.events.reading import Reading
from claimledger.extract.events.rules import strong_ied

# Readings that name no weapon, no demonstration, no fighting: a disaster's or a
# match's words can produce them.
WEAK = frozenset(
    {
        None,
        "Attack",
        "Other",
        "Agreement",
        "Remote explosive/landmine/IED",
        "Change to group/activity",
        "Looting/property destruction",
    }
)

_ACTOR = re.compile(
    r"(?<![\w-])(?:gunm[ae]n|militants?|insurgents?|rebels?|soldiers?|troops?|army|forces|"
    r"militia\w*|jihadists?|terrorists?|attackers?|assailants?|armed|(?<!traffic )police\w*|(?<!fire )officers?|"
    r"gangs?|mobs?|crowds?|protesters?|demonstrators?|rioters?|bandits?|kidnappers?|"
    r"killers?|suspects|(?:the|a|one|two|three) suspect|fighters?|bomb(?:s|ers?|ings?)?|shot|gunfire|rape[ds]?|youths|"
    r"vigilantes?|angry|angered|revenge|riot\w*|lynch\w*|storm(?:ed|s|ing)|planted|"
    r"open(?:ed|s)? fire|set (?:ablaze|alight|on fire)|beat(?:en|ing)? to death|assaulted|"
    r"hacked|raid(?:s|ed|ers?)?|rustl\w*|quell\w*|(?:land)?mines?|ordnance|grenades?|"
    r"rockets?|shells?|shelling|missiles?|drones?|airstrikes?|imambargah|mosque|church|"
    # a gun fired, even by accident: a shooting stays a shooting (GVA's accidental ones)
    r"shoot(?:s|ing|ings|er)?|gunshots?|guns?|firearms?|rifles?|pistols?|revolvers?|"
    r"handguns?|shotguns?|bullets?)(?![\w-])",
    re.IGNORECASE,
)
_SPORT = re.compile(
    r"(?<![\w-])(?:league|tournament|championship|striker|goalkeeper|scored|"
    r"stoppage[- ]time|half-?time|(?:beat|defeated|routed|thrashed|edged) (?:\w+ ){0,4}"
    r"\d{1,3}-\d{1,3}|\d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw))(?![\w-])",
    re.IGNORECASE,
)
# Accidents the disaster cues of the lexicon miss ("a fire at a textile factory").
_ACCIDENT = re.compile(
    r"(?<![\w-])(?:electrical fault|faulty wiring|firefighters|(?:a|the) (?:fire|blaze) (?:at|in) (?:a|an|the) "
    r"(?:\w+ )?(?:factory|warehouse|plant|market|building|hospital|school|mine)|"
    r"lost control|gas leak|mechanical (?:failure|fault))(?![\w-])",
    re.IGNORECASE,
)
_ECONOMY = re.compile(
    r"(?<![\w-])(?:interest rates?|inflation|central bank|GDP|stock (?:market|exchange)|"
    # markets told as news: "oil prices rose after the cartel announced output cuts" (not
    # elections: ACLED codes some election news Other)
    r"oil prices?|(?:output|production) cuts?|"
    r"budget deficit|exchange rate|bond yields?|(?:government|treasury|sovereign|[\w-]+-year) bonds?)(?![\w-])",
    re.IGNORECASE,
)
_DIPLOMACY = re.compile(
    r"(?<![\w-])(?:diplomatic (?:relations|ties)|embass(?:y|ies)|ambassadors?|investment|"
    r"trade|economic cooperation|energy cooperation|memorand(?:um|a))(?![\w-])",
    re.IGNORECASE,
)
# Epidemic measures (curfews, quarantines, masks) are strategic developments in ACLED.
_EPIDEMIC = re.compile(r"outbreaks?|epidemics?|pandemics?", re.IGNORECASE)
_CONFLICT = re.compile(
    r"(?<![\w-])(?:ceasefire|cease-fire|truce|peace|hostilities|fighting|conflict|war|"
    r"disarm\w*|prisoners?|clans?|feud|combatants?)(?![\w-])",
    re.IGNORECASE,
)


def not_political(text: str, sub_event_type: str | None) -> bool:
    """The reading ``sub_event_type`` of ``text`` is news of another kind: "none".

    Args:
        text: the text read.
        sub_event_type: its reading by either classifier (None: no type).

    Returns:
        True when the reading is weak (:data:`WEAK`), no armed or crowd actor
        is named, and a disaster/accident, sport or economy cue is present, or
        the reading is an Agreement of diplomacy or trade with no conflict word.
    """
    if sub_event_type not in WEAK or _ACTOR.search(text):
        return False
    r = Reading(text)
    if sub_event_type == "Remote explosive/landmine/IED" and strong_ied(r):
        return False
    if sub_event_type == "Agreement":
        return bool(_DIPLOMACY.search(text) or r.has("diplo")) and not _CONFLICT.search(text)
    disaster = [h for h in r.get("natural_disaster") if not _EPIDEMIC.fullmatch(h.text)]
    return bool(
        disaster
        or r.has("manmade_disaster")
        or _ACCIDENT.search(text)
        or _SPORT.search(text)
        or _ECONOMY.search(text)
    )
