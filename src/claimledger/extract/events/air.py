"""Air/drone strikes named without "air" or "drone strike": a text -> an override, or None.

ACLED notes name the weapon ("drone strike", "airstrike", "warplanes bombed"),
and both the rules (``rules.py``) and the learned model (``model.py``) learned
from them. News and monitors' summaries of air campaigns often do not: "a US
strike", "a CIA Predator struck a car", "missiles hit a compound", "killed in
an attack on a house and car". :func:`implicit_air` reads such phrasing:

* an air platform acting: drones, Predator/Reaper, UAVs, unmanned aircraft
  that strike, hit, kill, fire or destroy, or something done "by a drone";
* "strike" as a noun with a target or a casualty ("strike on a compound",
  "killed in a strike", "a CIA strike"), never a labour or hunger strike;
* bombing by a state force ("US forces bombed", "government bombing raids");
* an attack on a house, compound or vehicle, or one "struck", with no
  attacker, gun, blade or fire named (the house style of strike summaries).

Missiles alone are not a cue: the codebook codes a missile that no aircraft
fired as Shelling/artillery/missile attack, and so do the ACLED notes
(``docs/models.md``). Missiles that hit a house, compound or vehicle and kill
someone, with no ground-launched weapon (rockets, artillery, ballistic or
anti-tank missiles) and no ground force firing them named, are the targeted
killings of an air campaign ("two missiles destroyed a compound"); so are
"US missiles" and "CIA missiles". Everything but the platform needs the text to be free of ground-fighting cues
(clashes, gunfights, ambushes, gunmen). Labour strikes ("went on strike",
"hunger strike", "strike action", "workers ... strike"), lightning and sport
("his strike hit the post") veto the strike noun.
:func:`override` gives the callers (``classify.py``, ``model.py``) the type
that wins over their own answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.extract.events.anchors import guarded, plain_lower
from claimledger.extract.events.reading import Reading
from claimledger.extract.events.rules import brought_down, classify_sub

AIR = "Air/drone strike"
# Answers the codebook puts before an air strike: they are kept.
_OUTRANK = frozenset({AIR, "Suicide bomb", "Chemical weapon"})

_AGENT_VERB = (
    r"(?:struck|strikes?|hit|hits|killed|kills|destroyed|destroys|fired|fires|launched|"
    r"targeted|targets|attacked|bombed|dropped)"
)
_PLATFORM = r"(?:drones?|(?-i:Predators?|Reapers?)|UAVs?|unmanned (?:aerial )?(?:vehicles?|aircraft|planes?))"
_PLATFORM_ACT = re.compile(
    rf"(?<![\w-]){_PLATFORM}\s+(?:[\w'-]+\s+){{0,3}}?{_AGENT_VERB}(?![\w-])"
    # The CIA acting ("the CIA targeted a compound"); "a CIA strike" is the strike noun.
    r"|(?<![\w-])(?-i:CIA)\s+(?:(?!strikes?\b)[\w'-]+\s+){0,2}?(?:struck|hit|targeted|fired|launched|"
    r"bombed|attacked|destroyed|killed)(?![\w-])"
    r"|(?<![\w-])(?:drone|UAV)-(?:fired|launched)(?![\w-])"
    rf"|(?<![\w-])(?:by|from) (?:an? |the )?(?:[\w'.-]+ ){{0,2}}?{_PLATFORM}(?![\w-])",
    re.IGNORECASE,
)
_STATE = (
    r"(?:US|U\.S\.|American|CIA|coalition|NATO|Nato|Israeli|Russian|Saudi(?:-led)?|Turkish|"
    r"Emirati|French|British)"
)
_STRIKE_NOUN = re.compile(
    # A text or sentence opening on the noun ("Strike on a house ...", "Strike with ...").
    r"(?:^|(?<=[.!?]\s))(?-i:Strikes?)\s+(?:on|with|in|near|kill\w*|hit\w*)(?![\w-])"
    r"|(?<![\w-])strikes?\s+(?:on|against|at|targeting|targeted|hit|hits|struck|killed|kills|"
    r"destroyed|destroys|reportedly|that|which|in which)(?![\w-])"
    r"|(?<![\w-])strikes?\s+(?:[\w-]+\s+){1,4}?(?:that|which)\s+(?:killed|hit|destroyed|targeted)"
    r"(?![\w-])"
    r"|(?<![\w-])(?:killed|wounded|injured|died|dead)\s+(?:\w+\s+){0,2}?(?:in|by)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?strikes?(?![\w-])"
    rf"|(?<![\w-])(?:{_STATE}|missile|precision|double|evening|night-?time|dawn|morning|"
    r"targeted|second|third|first|last|follow-up)\s+strikes?(?![\w-])",
    re.IGNORECASE,
)
_BOMBED_BY_STATE = re.compile(
    rf"(?<![\w-])(?:{_STATE}|government|regime|military|army|air force|jets?|planes?)\s+"
    r"(?:forces\s+|troops\s+)?(?:bombed|bombing raids?|bombings?)(?![\w-])",
    re.IGNORECASE,
)
# "attack on a house": only where the word before "attack" names no attacker.
_ATTACK_ON = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<![\w-])(?:[Aa]n?|[Tt]he|in|In|second|another)\s+)[Aa]ttacks?\s+on\s+"
    r"(?:a|an|the|two|three|their|his)?\s*(?:[\w'-]+\s+){0,2}?"
    r"(?:house|home|compound|car|vehicle|madrassa|seminary)s?(?![\w-])"
    r"|(?<![\w-])[Aa]n? attack (?:which|that) (?:destroyed|hit|struck|targeted)(?![\w-])",
)
_STRUCK = re.compile(
    r"(?<![\w-])(?:house|compound|car|vehicle|truck)s?\s+(?:was\s+|were\s+)?struck"
    r"(?!\s+(?:a|an|by an?)\s)",
    re.IGNORECASE,
)
# "four dead when car destroyed", "the car was completely destroyed": a house or
# vehicle destroyed with people killed and no attacker or weapon named (see _ATTACKER).
_DESTROYED = re.compile(
    r"(?<![\w-])(?:house|compound|car|vehicle|truck)s?\s+(?:was\s+|were\s+|had\s+been\s+)?"
    r"(?:completely\s+|totally\s+|entirely\s+)?destroyed(?![\w-])",
    re.IGNORECASE,
)
# "their car was hit near the village": hit by nothing named (not "hit by a bus").
_HIT = re.compile(
    r"(?<![\w-])(?:house|compound|car|vehicle|truck)s?\s+(?:was|were|had been)\s+hit"
    r"(?!\s+by\s)(?![\w-])",
    re.IGNORECASE,
)
_KILLED = re.compile(r"(?<![\w-])(?:killed|dead|died|killing)(?![\w-])", re.IGNORECASE)
# "strike(s)" as a noun anywhere ("Unclear who was responsible for the strikes"),
# read as an air strike where the text also names an air weapon or a state that
# strikes from the air (_AIR_CONTEXT).
_STRIKE_ANY = re.compile(
    r"(?<![\w-])(?:the|a|an|two|three|four|several|separate|multiple|further|more|both|"
    r"these|those|of)\s+(?:[\w-]+\s+)?strikes?(?![\w-])",
    re.IGNORECASE,
)
_AIR_CONTEXT = re.compile(
    r"(?<![\w-])(?:missiles?|drones?|(?-i:CIA|US|U\.S\.)|American|aircraft|jets?|warplanes?|"
    r"(?-i:Predators?|Reapers?)|UAVs?)(?![\w-])",
    re.IGNORECASE,
)
_LABOUR = re.compile(
    r"(?<![\w-])(?:on strike|hunger[- ]strik\w*|general strikes?|strike action|strikers|"
    r"sit-down strikes?|labou?r strikes?|went on strike|go on strike|stage[sd]? a strike|"
    r"called (?:a|off the) strike|"
    r"(?:teachers|doctors|nurses|workers|drivers|traders|staff|employees|trade unions?|"
    r"labou?r unions?)\b[^.]{0,60}strikes?|strikes?\b[^.]{0,60}(?:workers|teachers|doctors|"
    r"nurses|drivers|traders|employees|trade unions?|salar(?:y|ies)|wages|pay rise)|"
    # Strikes as protest and shutdowns (fifth turn): "went on a strike", "continued their
    # strike", "a 48-hour strike", "an indefinite strike", "defying the strike", "hartal".
    r"(?:went|go|going|are|were|was|is) on (?:a|an|their|its|the) (?:[\w-]+ )?strike|"
    r"(?:continued|continues|continuing|observed|observes|observing|enforced|enforcing|"
    r"declared|announced|staged|staging|defying|defied|defy|ended|ending|withdrew|called off|"
    r"called for|joined|joining|support(?:ed|ing)? (?:for )?)\s+(?:a|an|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?strikes?|"
    r"(?:\d+|one|two|three|[\w-]+)-(?:hour|day|week)s? (?:[\w-]+ )?strikes?|"
    r"(?:indefinite|nation-?wide|country-?wide|state-?wide|token|transport|shutter-?down|"
    r"wheel-?jam|students'?|shutdown) strikes?|strikes?\b[^.]{0,60}\b(?:demands?|to protest|"
    r"in protest|press(?:ing)? for)|hartals?|bandhs?)",
    re.IGNORECASE,
)
# Strikes that are no weapon: lightning, football and cricket, bowling.
_NOT_WEAPON = re.compile(
    r"(?<![\w-])(?:lightning|thunder|on goal|the goal|goalkeeper|keeper|crossbar|"
    r"(?:hit|struck|rattled|off) the (?:post|bar|woodwork)|penalty|striker|bowling|bowler|"
    r"batsman|wickets?|strike rates?|(?:first|pre-emptive) strike capabilit\w+)(?![\w-])",
    re.IGNORECASE,
)
_GROUND = re.compile(
    r"(?<![\w-])(?:clash(?:ed|es)?|gun ?fights?|fire ?fights?|gun ?battles?|exchange of fire|"
    r"exchanged fire|ground (?:assault|offensive|raid)|stormed|ambush(?:ed)?|shot dead|gunmen|"
    r"opened fire)(?![\w-])",
    re.IGNORECASE,
)
# Missiles that hit the targets of an air campaign's targeted killings (a
# compound, a house, a car, a motorbike, a madrassa), or missiles of the US or
# the CIA, with someone killed: "two missiles destroyed a compound", "a car was
# hit by missiles". Vetoed where the text names a ground-launched weapon
# (_SURFACE) or a ground force firing them (_SHOOTER): "Russian forces fired
# missiles at a house", "an anti-tank missile hit an army vehicle" stay a
# missile attack, as the codebook codes a missile no aircraft fired.
_TARGET = (
    r"(?:house|home|compound|car|vehicle|motor ?(?:cycle|bike)|motorbike|pick-?up|truck|"
    r"madrassa|seminary|hideout|farmhouse)s?"
)
_MISSILE_AT = re.compile(
    rf"(?<![\w-])missiles?(?![\w-])[^.;]{{0,60}}?(?<![\w-]){_TARGET}(?![\w-])"
    rf"|(?<![\w-]){_TARGET}(?![\w-])[^.;]{{0,40}}?\b(?:by|with)\s+(?:[\w-]+\s+){{0,2}}?missiles?(?![\w-])"
    r"|(?<![\w-])(?-i:US|U\.S\.|CIA)\s+missiles?(?![\w-])|(?<![\w-])American\s+missiles?(?![\w-])",
    re.IGNORECASE,
)
_SURFACE = re.compile(
    r"(?<![\w-])(?:rockets?|artillery|mortars?|shell(?:s|ed|ing)?|ballistic|cruise|anti-tank|"
    r"ATGMs?|launchers?|Grads?|MLRS|Katyushas?|surface-to-\w+|ground-to-\w+|Tochka|Iskander|"
    r"Kalibr|Scuds?|HIMARS|Tomahawks?|warships?|navy|naval)(?![\w-])",
    re.IGNORECASE,
)
_SHOOTER = re.compile(
    r"(?<![\w-])(?:Russian|Ukrainian|Houthis?|rebels?|insurgents?|militants?|militia|Hamas|"
    r"Hezbollah|forces|army|military|troops|soldiers|fighters|group)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:fired|fires|launched|launches|shot)(?![\w-])",
    re.IGNORECASE,
)
_ATTACKER = re.compile(
    r"(?<![\w-])(?:gunmen|armed (?:men|group)|assailants|attackers|soldiers|troops|police|"
    r"shot|shooting|guns?|firearms?|machetes?|knives|knife|stabbed|hacked|set (?:on )?fire|"
    r"burn(?:ed|t)|mob|grenades?|explosives?|IEDs?|bomb|suicide)(?![\w-])",
    re.IGNORECASE,
)

# (name, pattern, confidence), most telling first.
_CUES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("platform", _PLATFORM_ACT, 0.85),
    ("strike", _STRIKE_NOUN, 0.8),
    ("bombed", _BOMBED_BY_STATE, 0.75),
    ("attack-on-target", _ATTACK_ON, 0.7),
    ("struck", _STRUCK, 0.7),
    ("destroyed", _DESTROYED, 0.65),
    ("hit", _HIT, 0.65),
    ("strike-in-context", _STRIKE_ANY, 0.65),
    ("missile-at-target", _MISSILE_AT, 0.65),
)
# A suicide attack that is planned, not carried out: it does not outrank an air strike
# ("militants on the verge of launching a suicide attack" hit by strikes).
_PLANNED_SUICIDE = re.compile(
    r"(?<![\w-])(?:plann\w*|plott\w*|prepar\w*|verge of|about to|intend\w*|would-be)\s+"
    r"(?:[\w-]+\s+){0,3}?suicide(?![\w-])",
    re.IGNORECASE,
)
_SUICIDE = re.compile(r"(?<![\w-])suicide(?![\w-])", re.IGNORECASE)


def implicit_air(text: str) -> tuple[str, str, float] | None:
    """The first cue of an air/drone strike named without "air" or "drone strike".

    Args:
        text: a short text (a note, a summary, an incident's sentences).

    Returns:
        ``(cue name, matched text, confidence)``, or None when no cue holds.
    """
    low = plain_lower(text)  # each regex runs only where one of its pieces is (anchors.py)
    ground = guarded(_GROUND).search(text, low) is not None
    for name, pattern, conf in _CUES:
        m = guarded(pattern).search(text, low)
        if m is None:
            continue
        if name == "platform":
            return name, m.group(0), conf
        if ground:
            return None
        if not _vetoed(name, text, low):
            return name, m.group(0), conf
    return None


# Cues that hold only where no attacker or other weapon is named; all but the
# first also need someone killed.
_UNNAMED_ATTACKER = ("attack-on-target", "destroyed", "hit", "missile-at-target")


def _vetoed(name: str, text: str, low: str | None) -> bool:
    """Whether the text rules out the cue ``name`` (other than by ground fighting);
    ``low`` is ``anchors.plain_lower(text)``."""

    def found(pattern: re.Pattern[str]) -> bool:
        return guarded(pattern).search(text, low) is not None

    if name in ("strike", "strike-in-context") and (found(_LABOUR) or found(_NOT_WEAPON)):
        return True
    if name in _UNNAMED_ATTACKER and found(_ATTACKER):
        return True
    if name in _UNNAMED_ATTACKER[1:] and not found(_KILLED):
        return True
    if name == "missile-at-target":
        return found(_SURFACE) or found(_SHOOTER)
    return name == "strike-in-context" and not found(_AIR_CONTEXT)


def override(text: str, sub_event_type: str | None) -> tuple[str, float] | None:
    """``(AIR, confidence)`` when an implicit air cue should replace ``sub_event_type``.

    The codebook's earlier weapons (a suicide bomb, a chemical weapon), an
    answer that already is an air strike, and a drone or missile brought down
    (Disrupted weapons use, ``rules.brought_down``) are kept (None).
    """
    if sub_event_type in _OUTRANK and not (
        sub_event_type == "Suicide bomb" and _only_planned_suicide(text)
    ):
        return None
    if sub_event_type == "Disrupted weapons use" and brought_down(text):
        # "Air defences intercepted two drones launched towards the city".
        return None
    found = implicit_air(text)
    return (AIR, found[2]) if found else None


def _only_planned_suicide(text: str) -> bool:
    """Every "suicide" of the text is planned or prepared, none carried out."""
    planned = len(_PLANNED_SUICIDE.findall(text))
    return planned > 0 and planned == len(_SUICIDE.findall(text))


# Answers of an incident's own sentences that name no means of violence of their
# own: the document may tell that the killing was an air strike.
_UNNAMED_MEANS = frozenset({None, "Attack"})


def from_context(own_text: str, sub_event_type: str | None, context: str) -> float | None:
    """A confidence for Air/drone strike when the document tells what its own text does not.

    An incident's own sentences ("three others were killed in the attack") may
    name no weapon while the document names the air strike elsewhere ("killed
    in the first CIA strike"). When the own reading is an Attack or none, the
    own text names no attacker, gun, blade, fire or bomb and no ground
    fighting, and the document reads as an air strike (``air_cue``), the
    incident is read as one.

    Args:
        own_text: the incident's own sentences.
        sub_event_type: the answer read from them.
        context: the whole document.

    Returns:
        The confidence (below the cue's own), or None.
    """
    if sub_event_type not in _UNNAMED_MEANS or not context or context == own_text:
        return None
    low = plain_lower(own_text)
    if guarded(_ATTACKER).search(own_text, low) or guarded(_GROUND).search(own_text, low):
        return None
    conf = air_cue(context)
    return round(0.8 * conf, 3) if conf is not None else None


@lru_cache(maxsize=32)
def air_cue(text: str) -> float | None:
    """The confidence with which a text names an air/drone strike, with or without the word."""
    sub, conf = classify_sub(Reading(text))
    if sub == AIR:
        return conf
    found = implicit_air(text)
    return found[2] if found else None
