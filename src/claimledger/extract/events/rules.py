"""The codebook's precedence: the cue hits of a text -> one ACLED sub-event type.

Takes a :class:`~claimledger.extract.events.reading.Reading` and gives
``(sub-event type, confidence)``, by precedence rules that follow the ACLED
codebook: a demonstration (a protest or a riot whatever else
happens in it), then the weapon (suicide > chemical > air > IED > grenade >
shelling) and territory changes, then armed clashes, sexual violence,
abductions and attacks, and only without violence the strategic developments.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

from claimledger.extract.events.lexicon import lexicon
from claimledger.extract.events.reading import Hit, Reading, victim_votes

_NON_STATE_AGENT = re.compile(
    r"(?:militants?|insurgents?|rebels?|jihadists?|Taliban|Al Shabaab|al-Shabaab|Boko Haram|"
    r"ISWAP|Islamic State|IS|ISIS|Houthis?|pro-Houthi|gunmen|gang|armed group|armed men|"
    r"militia(?:s|men)?|QSD|SDF|HTS|YPG|PKK|NPA|ADF|JNIM|ISGS|Maoists?|Naxals?|tribesmen)"
    r" (?:[\w'-]+ ){0,6}?(?:arrested|detained|apprehended)",
    re.IGNORECASE,
)

# What a stage of the precedence finds: a sub-event type and a confidence, or nothing.
_Found: TypeAlias = tuple[str, float] | None


def classify_sub(r: Reading) -> tuple[str | None, float]:
    """The sub-event type and a confidence, by the codebook's precedence."""
    stages: tuple[Callable[[Reading], _Found], ...] = (
        _demonstration,
        _weapon_or_territory,
        _violence,
    )
    for stage in stages:
        found = stage(r)
        if found is not None:
            return found
    return _classify_strategic(r)


def _demonstration(r: Reading) -> _Found:
    """A protest or a riot, unless armed violence (or an abduction) is the event."""
    armed_violence = (
        r.has("suicide")
        or r.has("air")
        or r.has("chemical")
        or r.has("ied")
        or (r.has("clash") and _armed_victim(r))
    )
    if r.has("protest") and not armed_violence and not r.has("abduction") and _protest_is_main(r):
        return _classify_demonstration(r)
    # Rioting, or crowds (youths, party cadres) clashing with each other or the police.
    strong_clash = any(not _is_weak_clash(r, h) for h in r.get("clash"))
    crowd_clash = strong_clash and (r.has("crowd_party") or r.has("mob"))
    if not armed_violence and not _armed_group_named(r) and (r.has("riot_words") or crowd_clash):
        return _classify_demonstration(r)
    return None


def _weapon_or_territory(r: Reading) -> _Found:
    """The weapon named, with territory changes, old ordnance and disrupted weapons between."""
    weapon = _classify_weapon(r)
    if _intercepted(r) and weapon in (
        None,
        "Air/drone strike",
        "Shelling/artillery/missile attack",
    ):
        # "Air defences shot down two drones": the drone is the disrupted weapon.
        return "Disrupted weapons use", 0.7
    if weapon in ("Suicide bomb", "Chemical weapon", "Air/drone strike"):
        return weapon, 0.85
    if r.has("territory"):
        return _territory(r), 0.7
    if r.has("erw"):
        # Old mines and unexploded ordnance: no one used them in this event.
        return "Other", 0.6
    if r.has("disrupted") and not r.has("harm"):
        return "Disrupted weapons use", 0.7
    if weapon == "Remote explosive/landmine/IED" and strong_ied(r):
        return weapon, 0.8
    if weapon == "Grenade":
        return weapon, 0.8
    if weapon == "Shelling/artillery/missile attack":
        # Small-arms fire or an exchange between two sides makes it a battle.
        if r.has("small_arms") or (r.has("clash") and _two_sided(r)):
            return "Armed clash", 0.6
        return weapon, 0.75
    if weapon == "Remote explosive/landmine/IED":
        return weapon, 0.6
    return None


def _violence(r: Reading) -> _Found:
    """Sexual violence, armed clashes, abductions and attacks without a weapon named."""
    clash = r.has("clash")
    harm = r.has("harm")
    if r.has("sexual"):
        return "Sexual violence", 0.8
    weak_clash_only = clash and all(_is_weak_clash(r, h) for h in r.get("clash"))
    if weak_clash_only and r.has("attack") and not _armed_victim(r):
        # "fighting" in passing while civilians are the ones attacked.
        return "Attack", 0.55
    if clash or r.has("small_arms"):
        if not r.has("mob") or _armed_group_named(r):
            return "Armed clash", 0.7
        # Rival factions or villagers fighting, with at most police stepping in.
        return "Mob violence", 0.5
    if r.has("abduction") and not r.has("kill"):
        # A killing outranks the abduction that came with it.
        return "Abduction/forced disappearance", 0.75
    if r.has("attack") or r.has("abduction"):
        if r.has("looting") and not harm:
            return "Looting/property destruction", 0.6
        if _armed_victim(r):
            return "Armed clash", 0.6
        if r.has("arrests") and not harm:
            return _arrest_kind(r), 0.55
        return "Attack", 0.65
    return None


_WEAK_PROTEST = frozenset(
    {
        "demanding",
        "demanded",
        "to demand",
        "calling for",
        "to reject",
        "rejecting",
        "to condemn",
        "condemning",
        "slogans",
        "slogan",
        "banners",
        "banner",
        "placards",
        "placard",
        "stir",
        "in protest",
        "to denounce",
        "denouncing",
        "in solidarity",
        "chanted",
        "chanting",
    }
)


def _protest_is_main(r: Reading) -> bool:
    """Protest words name the event rather than a motive ("killed during a protest" still counts)."""
    return any(_strong_protest_word(h) for h in r.get("protest"))


def _strong_protest_word(hit: Hit) -> bool:
    """A word naming a demonstration, not only its motive ("demanding", "calling for")."""
    low = hit.text.lower()
    return low not in _WEAK_PROTEST and not low.startswith(("over ", "after ", "against "))


def _classify_demonstration(r: Reading) -> tuple[str, float]:
    """Protests and riots: excessive force > crowd violence > intervention > peaceful."""
    base = 0.7
    # Violence by the crowd makes a riot even when forces then fire on it.
    if r.has("crowd_violence"):
        if r.has("mob") or not r.has("protest"):
            return "Mob violence", base - 0.15
        return "Violent demonstration", base - 0.15
    if r.has("excessive") or (r.has("attack_on_protest") and r.has("harm")):
        return "Excessive force against protesters", base - 0.2
    if r.has("attack_on_protest"):
        return "Protest with intervention", base - 0.1
    if any(
        not _motive(r.text, h) and not _self_dispersal(r.text, h) for h in r.get("intervention")
    ):
        return "Protest with intervention", base - 0.1
    if not r.has("protest") and (r.has("attack") or r.has("clash")):
        return "Mob violence", base - 0.3
    return "Peaceful protest", base


_MOTIVE = re.compile(r"release|\bwho\b|\bwhich\b|against|demand", re.IGNORECASE)
_DETENTION = re.compile(r"arrest|detain|detention|fined|custody|apprehend", re.IGNORECASE)


def _motive(text: str, hit: Hit) -> bool:
    """An arrest that the protest is about ("demanded the release of activists who were detained")."""
    if not _DETENTION.search(hit.text):
        return False
    return _MOTIVE.search(text, max(0, hit.start - 60), hit.start) is not None


# "dispersed peacefully", "before dispersing": the crowd left by itself.
_SELF_DISPERSAL_AFTER = re.compile(
    r"\s*(?:peacefully|quietly|voluntarily|calmly|without (?:any )?incident|on their own|"
    r"of their own accord|later|afterwards|by (?:the )?(?:evening|afternoon|nightfall|noon))",
    re.IGNORECASE,
)
_SELF_DISPERSAL_BEFORE = re.compile(
    r"(?:before|then|and|later|eventually|finally)\s+$", re.IGNORECASE
)


def _self_dispersal(text: str, hit: Hit) -> bool:
    """A dispersal of the crowd by itself ("before dispersing peacefully"), no intervention."""
    if not hit.text.lower().startswith("dispers") or _BY_FORCES.match(text, hit.end):
        return False
    if _PASSIVE.search(text, max(0, hit.start - 20), hit.start) or _CROWD_OBJECT.match(
        text, hit.end
    ):
        # "were dispersed peacefully by the UN", "dispersed the protesters without incident".
        return False
    return bool(
        _SELF_DISPERSAL_AFTER.match(text, hit.end)
        or _SELF_DISPERSAL_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    )


_PASSIVE = re.compile(r"(?:were|was|been|being|got|be)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CROWD_OBJECT = re.compile(
    r"\s+(?:the |a |an |all )?(?:\w+ )?(?:protesters|protestors|demonstrators|crowds?|them|"
    r"people|students|workers|gathering|rally|protest|march|sit-in)",
    re.IGNORECASE,
)
_BY_FORCES = re.compile(
    r"\s+by (?:the )?(?:\w+ )?(?:police|security|forces|officers|soldiers|troops|authorities)",
    re.IGNORECASE,
)
# A drone or missile brought down, a cache found: the weapon was disrupted, not used.
_INTERCEPT = re.compile(
    r"(?<![\w-])(?:intercept(?:ed|ing|s)?|shot down|shoots? down|downed)(?![\w-])", re.IGNORECASE
)
_CACHE = re.compile(
    r"(?<![\w-])(?:found|seized|destroyed|recovered|discovered|uncovered|captured)"
    r"(?: and \w+)? (?:a |an |the |\w+ )?(?:large |huge |big )?caches? of",
    re.IGNORECASE,
)


def brought_down(text: str) -> bool:
    """The text names a weapon intercepted, shot down or downed."""
    return _INTERCEPT.search(text) is not None


def _intercepted(r: Reading) -> bool:
    """A weapon brought down or a cache found, and no one hurt but by "shot" of "shot down"."""
    spans = [m.span() for m in _INTERCEPT.finditer(r.text)]
    if not spans and not _CACHE.search(r.text):
        return False
    return not any(not any(a <= h.start < b for a, b in spans) for h in r.get("harm"))


def _classify_weapon(r: Reading) -> str | None:
    """The weapon named, by codebook precedence."""
    if r.has("suicide"):
        return "Suicide bomb"
    if r.has("chemical"):
        return "Chemical weapon"
    if r.has("air"):
        return "Air/drone strike"
    if r.has("ied") and strong_ied(r):
        return "Remote explosive/landmine/IED"
    if r.has("grenade"):
        return "Grenade"
    if r.has("shelling"):
        return "Shelling/artillery/missile attack"
    if r.has("ied"):
        return "Remote explosive/landmine/IED"
    return None


_WEAK_IED = frozenset(
    {
        "blast",
        "blasts",
        "explosion",
        "explosions",
        "exploded",
        "detonated",
        "a bomb",
        "the bomb",
        "an bomb",
    }
)


def strong_ied(r: Reading) -> bool:
    """An explicit device (IED, mine, car bomb), not just "an explosion"."""
    return any(h.text.lower() not in _WEAK_IED for h in r.get("ied"))


def _armed_victim(r: Reading) -> bool:
    """Soldiers, police or fighters rather than civilians are the ones attacked."""
    armed, civilian = victim_votes(r.text)
    return armed > civilian


def _is_weak_clash(r: Reading, hit: Hit) -> bool:
    """A clash word that may name fighting elsewhere or earlier ("fighting", "battle")."""
    return any(w.start <= hit.start and hit.end <= w.end for w in r.get("weak_clash"))


def _armed_group_named(r: Reading) -> bool:
    """An armed party other than police or security officials is named."""
    police = {(h.start, h.end) for h in r.get("police_only")}
    return any(
        not any(ps <= h.start and h.end <= pe for ps, pe in police) for h in r.get("armed_party")
    )


def _two_sided(r: Reading) -> bool:
    """An exchange between armed sides rather than one side firing."""
    return any(
        re.search(r"clash|exchang|gun ?fight|fire ?fight|gun ?battle|fighting|fought", h.text, re.I)
        for h in r.get("clash")
    )


# A state-sounding word inside a non-state group's name ("the Northern Liberation Army").
_GROUP_NAME = re.compile(
    r"(?-i:[A-Z][\w'-]+ )*(?-i:(?:Liberation|Revolutionary|Resistance|Rebel|Salvation|Popular|"
    r"People's|Peoples'|Islamic|Defence|Defense|Freedom|Patriotic|Redemption|Mahdi|Free|Red|"
    r"Black) (?:[A-Z][\w'-]+ )*(?:Army|Forces|Militia))"
)
# A non-state actor as the subject of the verb of taking control, at most two words before it.
_NON_STATE_SUBJECT = re.compile(
    r"(?<![\w-])(?:rebels?|rebel forces|insurgents?|militants?|jihadists?|militia(?:s|men)?|"
    r"gunmen|separatists?|armed group|armed men)(?: [\w-]+){0,2} $",
    re.IGNORECASE,
)
# Where a sentence, a headline or a dateline ends: the taker is read after the last one.
_CLAUSE_START = re.compile(r"[.!?;]\s|\n|\s[-\u2013\u2014]\s")
# Taken over with no fighting: a non-violent transfer of territory.
_BLOODLESS = re.compile(
    r"without (?:a |any )?(?:single )?(?:shot|shots|fight|fighting|resistance|bloodshed|"
    r"clashes|a battle)|unopposed|peacefully|no (?:clashes|fighting|resistance) (?:was |were )?"
    r"(?:reported|recorded)",
    re.IGNORECASE,
)


def _territory(r: Reading) -> str:
    """Government regains territory when state forces take it, else a non-state actor does;
    a non-violent transfer when it was taken without a shot and no one was hurt."""
    if _BLOODLESS.search(r.text) and not r.has("harm") and not _strong_clash(r):
        return "Non-violent transfer of territory"
    first = r.get("territory")[0].start
    # The taker is named in the clause of the taking, not in a headline above it or an
    # earlier sentence ("Jihadists seize army base\nMOPTI - Fighters ... overran a camp").
    before = _CLAUSE_START.split(r.text[max(0, first - 160) : first])[-1]
    if r.has("regain") or r.has("nonstate_loser"):
        return "Government regains territory"
    if _NON_STATE_SUBJECT.search(before):
        # "Rebels seized the town", "the insurgents reportedly took over".
        return "Non-state actor overtakes territory"
    names = [m.span() for m in _GROUP_NAME.finditer(before)]
    # A state word inside a non-state group's name ("Liberation Army") names no state force.
    if any(
        not any(a <= m.start() < b for a, b in names)
        for m in lexicon().groups["gov_actor"].finditer(before)
    ):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _strong_clash(r: Reading) -> bool:
    """A clash word naming fighting here, not only "fighting" in passing."""
    return any(not _is_weak_clash(r, h) for h in r.get("clash"))


def _only_return(r: Reading) -> bool:
    """Every Other cue is "returned from" (a detail of an arrest: "detained as he returned from abroad")."""
    return all(h.text.lower() == "returned from" for h in r.get("other_strategic"))


def _arrest_kind(r: Reading) -> str:
    """Arrests by a non-state armed group are abductions in the codebook."""
    return "Abduction/forced disappearance" if _NON_STATE_AGENT.search(r.text) else "Arrests"


def _classify_strategic(r: Reading) -> tuple[str | None, float]:
    """Non-violent developments, the last resort."""
    if r.has("disrupted"):
        return "Disrupted weapons use", 0.6
    if r.has("other_strategic") and not (r.has("arrests") and _only_return(r)):
        return "Other", 0.45
    if r.has("hq"):
        return "Headquarters or base established", 0.6
    if r.has("nonviolent_transfer"):
        return "Non-violent transfer of territory", 0.5
    # A seizure or destruction is the event; arrests made during it are a detail.
    if r.has("looting"):
        return "Looting/property destruction", 0.6
    if r.has("arrests"):
        return _arrest_kind(r), 0.6
    if r.has("agreement"):
        return "Agreement", 0.55
    # People evacuated, displaced, fleeing or arriving as refugees, with no violence told:
    # ACLED's Other (its coders tag such notes "Displacement").
    if r.has("displacement"):
        return "Other", 0.45
    if r.has("change_group"):
        return "Change to group/activity", 0.45
    if r.has("protest"):
        return "Peaceful protest", 0.4
    return None, 0.0
