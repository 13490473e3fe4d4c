"""What a news text reports when its words name two kinds of event: an agreement or an
abduction told with violence words around it.

The learned classifier (``model.py``) was trained on ACLED notes, where an agreement is
rare and told flatly ("a peace agreement was signed"), and a kidnapping names itself
("abducted", "kidnapped"). News copy tells both with other events' words around them:
"signed a ceasefire agreement ..., committing both sides to halt hostilities", "agreed to
return stolen cattle and end a feud that has killed dozens", "took away a road engineer
and his driver and are demanding a ransom". The model then reads the background (the
hostilities, the theft, the feud's dead, the "demanding" of a protest) as the event.

Four readings, used by :func:`claimledger.extract.events.model.decide` after the scores:

* :func:`agreement_is_main`: an agreement is *made* (signed, agreed, reached, brokered, a
  swap "in exchange for", a release "under a deal") before any word of violence in the
  text, and no "despite", "violating" or "collapsed" turns it into the background of
  fighting ("despite a ceasefire signed last week, militants attacked ...").
* :func:`curfew_is_main`: a curfew or a state of emergency imposed, the violence told
  after it or as its cause ("imposed a curfew ... after overnight clashes"): the measure is
  the event (Change to group/activity), as in the fixtures' convention.
* :func:`arrest_before_protest`: people detained "ahead of a planned rally" (a protest yet
  to come, no other protest word): Arrests, not a protest with intervention.
* :func:`abduction_told`: people are taken (a ransom demanded, people seized at gunpoint,
  people carried off or taken away) with no other weapon named first.

Both read the wording only (no parse): ``classify_learned`` reads bare texts (snippets,
notes) as well as an incident's sentences, and runs on every incident.
"""

from __future__ import annotations

import re

from claimledger.extract.events.reading import WEAPON_GROUPS, Reading

# A duration written in figures or words before the noun: "72-hour", "six-month", "week-long".
_LASTING = r"(?:(?:[\w]+-)?(?:hour|day|week|month|year)(?:-long)? )?"
_NOUN = (
    _LASTING
    + r"(?:(?:peace|ceasefire|cease-fire|truce|security|power-sharing|prisoner(?:-| )?(?:exchange|swap)|"
    r"evacuation|humanitarian|local|interim|final|new|\w+-point) )?"
    r"(?:deal|accord|agreement|pact|treaty|ceasefire|cease-fire|truce|armistice)s?"
)
# An agreement made: a verb of making one with its noun, "agreed to <end|halt|...>",
# a swap or a release under a deal.
_MADE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:sign(?:ed|s|ing)?|conclud(?:ed|es|ing)|reach(?:ed|es|ing)?|brokered|struck|"
    r"agree(?:d|s)?(?: on| upon)?|announc(?:ed|es)|seal(?:ed|s)?|(?:entered|enter) into|"
    r"accept(?:ed|s)?|endors(?:ed|es))(?: \w+){0,3}? (?:an? |the )?" + _NOUN + r"|"
    r"agree(?:d|s)? (?:[\w,'-]+ ){0,8}?to (?:end|halt|stop|cease|return|exchange|release|"
    r"share|lay down|withdraw|reopen|swap|hand over|free)|"
    r"in exchange for (?:[\w-]+ ){0,4}?(?:prisoners|detainees|captives|hostages|soldiers|"
    r"fighters|men|members|bodies|abductees|militants|officers|policemen|civilians)|"
    r"(?:under|as part of) (?:an? |the )?(?:\w+ )?(?:deal|agreement|accord|truce|ceasefire)"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Words that make the agreement the background of fighting, or no agreement at all.
_UNMADE = re.compile(
    r"(?<![\w-])(?:despite|violat\w+|breach\w*|broke|breaking|collaps\w+|rejected|"
    r"reject(?:s|ing)?|refused|failed|fail(?:s|ing)?|before|since|after|talks? (?:on|about|over))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# An agreement wanted, not made: "to reach an agreement", "pushing for signing a deal".
_WANTED = re.compile(r"(?<![\w-])(?:to|for|of)\s+$", re.IGNORECASE)
# Cue groups of the lexicon that tell violence done (the event an agreement would end);
# not "mob", whose cues also name the parties ("two clans", "warring factions"). A protest
# before the agreement is the event too.
_VIOLENT_GROUPS = (
    *WEAPON_GROUPS,
    "territory",
    "clash",
    "abduction",
    "sexual",
    "attack",
    "kill",
    "harm",
    "looting",
    "arrests",
    "crowd_violence",
    "protest",  # a demonstration "demanding authorities to reach an agreement"
)
# Control handed over (the lexicon's transfer cues want "handed over"): a transfer.
_HANDED = re.compile(
    r"(?<![\w-])(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?) (?:over )?control of(?![\w-])",
    re.IGNORECASE,
)
_HARMED = re.compile(
    r"(?<![\w-])(?:kill\w*|dead|died|death|bod(?:y|ies)|murder\w*|executed|wound\w*|"
    r"injur\w*|hurt|shot|beat(?:en|ing)?|stabb\w*|raped?|tortur\w*)(?![\w-])",
    re.IGNORECASE,
)

_PERSONS = (
    r"(?:\w+ ){0,3}?(?:men|women|people|persons|children|girls|boys|pupils|students|"
    r"schoolgirls|schoolboys|workers|villagers|farmers|passengers|travell?ers|engineers?|"
    r"drivers?|traders?|teachers?|priests?|nuns?|pastors?|imams?|doctors?|nurses?|"
    r"journalists?|officials?|tourists?|herders?|civilians?|residents?|worshippers|"
    r"[a-z]+(?:er|or|ist|ian)s?)"
)
_TAKEN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:demand\w*|ask(?:ed|ing)? for|seek\w*|paid|pay(?:ing)?|collect\w*) (?:\w+ ){0,3}?"
    r"(?:a|the) ransom|for (?:a )?ransom|ransom (?:demands?|payments?|of|for)|"
    r"(?:seized|grabbed|snatched|taken|took|marched|forced|abducted|held) (?:[\w'-]+ ){0,6}?at gunpoint|"
    r"(?:took|carried|led|dragged|whisked) (?:off|away) (?:an? |the |two |three |four |five |six |"
    r"seven |eight |nine |ten |\d+ |several |some |many |dozens of )?" + _PERSONS + r"|"
    r"(?:were|was|had been|have been|has been) (?:\w+ )?(?:carried|led|dragged|whisked|marched) "
    r"(?:off|away)"
    r")(?![\w-])",
    re.IGNORECASE,
)


def agreement_is_main(text: str) -> bool:
    """Whether an agreement made is what ``text`` reports (see the module's doc)."""
    made = _MADE.search(text)
    if made is None:
        return False
    before = text[max(0, made.start() - 60) : made.start()]
    if _UNMADE.search(before.split(".")[-1]) or _WANTED.search(before):
        return False
    r = Reading(text)
    if r.has("nonviolent_transfer") or _HANDED.search(text):
        # "Under a local deal, the militia handed control of the airport to the army":
        # the territory handed over is the event (Non-violent transfer of territory).
        return False
    first_violence = min((r.first(g) for g in _VIOLENT_GROUPS), default=len(text))
    return made.start() < first_violence


def abduction_told(text: str) -> bool:
    """Whether people are taken (a ransom, "at gunpoint", "carried off") and no weapon
    of the codebook's first rank is named before it."""
    taken = _TAKEN.search(text)
    if taken is None:
        return False
    r = Reading(text)
    return all(r.first(g) > taken.start() for g in WEAPON_GROUPS)


# A curfew or a state of emergency imposed (the government's measure is the event; ACLED's
# Change to group/activity), and the words that make the violence its background.
_CURFEW = re.compile(
    r"(?<![\w-])(?:impos\w*|declar\w*|order\w*|announc\w*|extend\w*|introduc\w*|slapp\w*)"
    r"(?: [\w'-]+){0,5}? (?:curfews?|state of emergency)(?![\w-])",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"(?<![\w-])(?:after|following|amid|in the wake of|to (?:stop|stem|quell|prevent|curb|contain))"
    r"(?![\w-])[^.;]{0,80}$",
    re.IGNORECASE,
)


def curfew_is_main(text: str) -> bool:
    """Whether a curfew (or a state of emergency) imposed is what ``text`` reports: it is
    told before any word of violence, or the violence is told as its cause ("after overnight
    clashes", "following a week of unrest", "to quell the riots")."""
    made = _CURFEW.search(text)
    if made is None:
        return False
    r = Reading(text)
    for group in _VIOLENT_GROUPS:
        for hit in r.get(group):
            at = hit.start
            if at < made.start() and not _BACKGROUND.search(text[max(0, at - 80) : at]):
                return False
    return True


# People detained before a protest that has not happened ("detained 40 activists ahead of a
# planned rally", "arrested organisers to prevent a march"): the arrest is the event.
_DETAINED = re.compile(
    r"(?<![\w-])(?:arrest\w*|detain\w*|round(?:ed)? up|took \w+ into custody|taken into custody)(?![\w-])",
    re.IGNORECASE,
)
_BEFORE_PROTEST = re.compile(
    r"(?<![\w-])(?:ahead of|before|to (?:prevent|stop|block|thwart|foil|pre-?empt)|in the run-up to)"
    r"(?: (?:a|an|the|their|its|his|her|planned|scheduled|proposed|announced|upcoming|\w+-day|"
    r"nationwide|mass|opposition|anti-government|[\w-]+ed)){0,4} "
    r"(?:rally|rallies|protests?|demonstrations?|march(?:es)?|sit-ins?|strikes?)(?![\w-])",
    re.IGNORECASE,
)


def arrest_before_protest(text: str) -> bool:
    """Whether people are detained before a protest the text says is yet to come, and no
    other protest word is told outside that phrase (the protest did not happen)."""
    detained = _DETAINED.search(text)
    before = _BEFORE_PROTEST.search(text)
    if detained is None or before is None or detained.start() > before.start():
        return False
    r = Reading(text)
    return all(before.start() <= h.start < before.end() for h in r.get("protest"))


def nobody_harmed(text: str) -> bool:
    """Whether the text tells no one killed, wounded or beaten (an abduction read as an
    Attack because "gunmen" took the people is then an abduction)."""
    return _HARMED.search(text) is None
