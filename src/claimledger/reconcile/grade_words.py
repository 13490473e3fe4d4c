"""Word classes of the contested detector (``reconcile/grade_dispute.py``): lemmas, not phrases."""

from __future__ import annotations

# Blame verbs that blame by themselves: "blamed X", "accused X", "attributed it to X".
BLAME_ALONE = frozenset({"blame", "accuse", "attribute", "ascribe", "pin"})
# "held X responsible / accountable / liable".
RESPONSIBLE = frozenset({"responsible", "accountable", "liable", "culpable"})
# Verbs that blame only with a word beside them: "held X responsible", "pointed the finger at
# X", "placed the blame on X".
BLAME_WITH: dict[str, frozenset[str]] = {
    "hold": RESPONSIBLE,
    "point": frozenset({"finger"}),
    # "laid the blame on X", "laid responsibility for the massacre on X"
    **{verb: frozenset({"blame", "responsibility"}) for verb in ("place", "put", "lay", "shift")},
}
BLAME = BLAME_ALONE | frozenset(BLAME_WITH)
# Taking or refusing responsibility: "claimed responsibility", "did not accept responsibility".
RESPONSIBILITY_VERBS = frozenset(
    {"claim", "accept", "take", "bear", "admit", "acknowledge", "assume"}
)
# A denial named as a noun: "the armed forces issued a denial".
DENIAL_NOUNS = frozenset({"denial", "rebuttal", "refutation"})
DENY = frozenset(
    {
        "deny", "reject", "dismiss", "refute", "rebut", "disavow", "disclaim", "dispute",
        "repudiate", "distance", "disown",
    }
)  # fmt: skip
# What a denial is about: the accusation or the party's part in the harm.
DENIED_THING = frozenset(
    {
        "involvement", "responsibility", "accusation", "allegation", "claim", "report", "version",
        "account", "charge", "role", "link", "participation", "blame", "it", "this", "that",
        "story", "narrative", "assertion", "suggestion", "statement", "attack", "strike",
        "bombing", "shelling", "raid",
    }
)  # fmt: skip
FALSE = frozenset(
    {
        "false", "fabricated", "fabricate", "fabrication", "baseless", "untrue", "unfounded",
        "groundless", "fake", "lie", "propaganda", "nonsense", "fiction", "invent", "invented",
        "slander", "absurd", "ridiculous", "invention", "hoax", "myth", "smear", "falsehood",
        "disinformation", "misinformation", "fantasy", "concoction",
    }
)  # fmt: skip
CALL = frozenset({"call", "describe", "label", "brand", "term", "dismiss", "reject"})
ATTACK = frozenset(
    {
        "fire", "launch", "strike", "shell", "bomb", "hit", "target", "attack", "conduct",
        "carry", "operate", "mine", "detonate", "drop", "shoot", "raid", "cause", "plant",
        "involve", "fly", "deploy", "trap", "rig", "ambush", "bombard",
    }
)  # fmt: skip
REPORT = frozenset(
    {
        "say", "tell", "claim", "insist", "report", "state", "allege", "add", "respond",
        "suggest", "announce", "maintain", "argue", "write", "post", "assert", "contend",
        "reply", "counter", "explain", "believe", "deny", "confirm", "acknowledge", "admit",
        "concede", "describe", "speak",
    }
) | BLAME  # fmt: skip
WEAPON = frozenset(
    {
        "airstrike", "strike", "raid", "shell", "mortar", "rocket", "missile", "bomb",
        "artillery", "drone", "aircraft", "jet", "warplane", "plane", "round", "projectile",
        "gunfire", "fire", "tank", "shelling", "bombardment", "munition", "helicopter",
        "interceptor", "gunship", "battery", "device", "ied",
    }
)  # fmt: skip
ORIGIN = frozenset(
    {
        "position",
        "line",
        "base",
        "side",
        "territory",
        "area",
        "outpost",
        "post",
        "checkpoint",
        "camp",
        "barracks",
        "hill",
        "direction",
    }
)
# Verbs a shot or a shell comes from a place by ("came from army positions").
FROM_VERBS = frozenset({"come", "originate", "fly", "land", "arrive"})
STATE = frozenset(
    {
        "government", "army", "military", "troop", "soldier", "regime", "navy", "ministry",
        "defence", "defense", "police", "gendarmerie", "junta", "authority", "guard", "command",
    }
)  # fmt: skip
NONSTATE = frozenset(
    {
        "rebel", "insurgent", "militant", "militia", "front", "guerrilla", "jihadist",
        "resistance", "faction", "separatist", "brigade", "movement", "hamas", "hezbollah",
        "taliban", "shabaab", "isis", "isil", "jihad", "gunman", "legion", "battalion",
        "organisation", "organization", "gang", "opposition", "terrorist",
    }
)  # fmt: skip
COALITION = frozenset({"coalition", "alliance", "nato"})
# Side words a crime report uses of no belligerent ("a gunman", "a gang", "a movement"): the
# gate's two-sides test leaves them out.
COMMON_DOERS = frozenset(
    {"gunman", "gang", "movement", "resistance", "organisation", "organization"}
)
# Craft and arms of war the detector's WEAPON leaves to the competing accounts reader
# (``grade_accounts``): naval craft, a sniper, a grenade.
ARMS_OF_WAR = frozenset({"warship", "gunboat", "sniper", "grenade"})
# Who speaks for a party: "the army's spokesman", "a spokesman for the coalition".
SPOKES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "commander", "officer",
        "representative", "minister", "office", "statement", "source", "leader", "chief",
        "general", "media", "agency", "channel", "website", "account", "wing", "unit",
    }
)  # fmt: skip
# Causes of the harm that are no party's attack: a mine, stored munitions, a misfire, an accident.
ALT_CAUSE = frozenset(
    {
        "landmine", "mine", "cylinder", "accident", "misfire", "misfired", "malfunction", "leak",
        "wiring", "circuit", "short-circuit",
    }
)  # fmt: skip
# Munitions are a cause of their own only when stored or left over and going off by themselves.
STORED = frozenset({"munition", "ammunition", "explosive", "ordnance", "weapon", "arm"})
GOING_OFF = frozenset(
    {
        "store",
        "stored",
        "stockpile",
        "cache",
        "detonate",
        "explode",
        "unexploded",
        "carry",
        "transport",
        "hide",
        "leftover",
        "old",
    }
)
# Accounts said to conflict: "conflicting accounts", "accounts of who fired remain disputed".
CONFLICTING = frozenset(
    {
        "conflicting", "contradictory", "competing", "disputed", "contested", "differing",
        "contradict", "conflict", "differ", "dispute", "contest", "inconsistent", "disagree",
        "disagreement", "split", "divided", "challenge", "debate", "contention",
    }
)  # fmt: skip
# "two versions of events", "rival accounts": accounts that differ by their number or kind.
RIVAL = frozenset({"two", "different", "opposing", "rival", "contrasting", "contradicting"})
ACCOUNT = frozenset(
    {
        "account",
        "claim",
        "version",
        "report",
        "narrative",
        "responsibility",
        "attribution",
        "blame",
        "cause",
        "origin",
        "source",
        "outlet",
        "witness",
        "explanation",
        "statement",
        "opinion",
        "view",
    }
)
# What accounts about the figures conflict on: not who did it.
FIGURES = frozenset({"toll", "number", "figure", "casualty", "death", "count", "injured", "dead"})
WHO = frozenset({"who", "responsibility", "responsible", "cause", "perpetrator", "belligerent"})
PRONOUN_PARTY = frozenset({"it", "they", "we", "its", "their", "theirs", "our", "ours", "us"})
NONE_WORDS = frozenset({"none", "no", "neither", "nobody", "nothing"})
# "the shelling was the army's work": a harm named as a party's doing.
WORK = frozenset({"work", "doing", "handiwork", "fault"})
# "none of its drones were airborne": a party's weapons or men said not to be there.
PRESENT = frozenset({"airborne", "present", "active", "operational", "deployed", "operating"})
# "survivors heard jets overhead": a weapon sensed is a weapon's attack, no party named.
SENSE = frozenset({"hear", "see", "spot", "watch", "notice", "show", "depict", "reveal"})
# Weapons of the air: with no party named, a state's (or a coalition's) arm, not a group's.
AIR = frozenset(
    {
        "airstrike", "aircraft", "jet", "warplane", "plane", "helicopter", "gunship", "drone",
        "bombardment", "air",
    }
)  # fmt: skip
# Weapons of armed groups: with no party named, a group's, not a state's ("a roadside bomb",
# "an IED", "a car bomb", "a suicide bomber", "a booby trap").
GROUP_WEAPON = frozenset({"roadside", "ied", "suicide", "improvised", "booby", "car"})
# Verbs of the harm whose agent did it: "killed by a drone strike", "wounded by army fire".
HARMED = frozenset({"kill", "injure", "wound", "destroy", "damage", "level", "flatten"})
# "had no presence in the area", "had no role in the attack": a part in it denied.
PART = frozenset({"presence", "role", "part", "involvement", "hand"})
# Verbs that set one account against another ("relatives contested the military's account",
# "eyewitnesses contradicted the army's claim"): a dispute whoever says it.
AGAINST = frozenset({"contest", "contradict", "dispute", "challenge", "question", "refute"})
