"""Word classes of the grade's source reader (``grade_sources.py``) and of the merge of its
sources with the claims' (``grade_merge.py``): verbs of reporting, nouns of reports and of
those who report, platforms, and the words that name no one."""

from __future__ import annotations

from claimledger.attribute.sources import PLATFORM_NAMES, load_lexicon

REPORTING = frozenset(
    {
        "report", "carry", "publish", "name", "confirm", "say", "tell", "post", "cite", "give",
        "broadcast", "air", "release", "announce", "state", "document", "record", "list",
        "quote", "share", "circulate", "write", "tweet", "cover", "verify", "corroborate",
        "mention", "describe", "speak", "put", "count", "identify", "upload",
        "photograph", "film", "talk", "echo", "blame", "accuse",
    }
)  # fmt: skip

# Nouns of a report, whose "by" / "from" is its source ("a post by a news account").
REPORT_NOUNS = frozenset(
    {
        "post", "report", "statement", "video", "tweet", "article", "story", "message",
        "broadcast", "bulletin", "claim", "footage", "account", "reporting", "coverage",
    }
)  # fmt: skip

# Words that name someone who reports (a proper name does too).
SOURCE_NOUNS = frozenset(
    {
        "outlet", "channel", "page", "station", "radio", "tv", "television", "newspaper",
        "paper", "website", "site", "agency", "group", "organisation", "organization", "ngo",
        "committee", "society", "council", "ministry", "directorate", "office", "department",
        "defence", "defense", "authority", "observatory", "monitor", "hospital", "official",
        "spokesman", "spokeswoman", "spokesperson", "resident", "relative", "witness",
        "eyewitness", "activist", "journalist", "reporter", "correspondent", "doctor", "medic",
        "paramedic", "nurse", "survivor", "neighbour", "neighbor", "villager", "family",
        "cousin", "brother", "sister", "father", "mother", "son", "daughter", "uncle", "wife",
        "husband", "account", "media", "press", "broadcaster", "network", "union", "mayor",
        "municipality", "worker", "volunteer", "rescuer", "blogger", "user", "gazette",
        "herald", "chronicle", "observer", "service", "centre", "center", "school",
        "clinic", "medics", "teacher", "elder", "chief", "leader", "head", "lawyer", "staff",
        "administration",
    }
)  # fmt: skip

# What a report gives: a verb with one of these as its object reports ("ran photographs of
# the funerals", "followed with the same figures").
REPORT_OBJECTS = frozenset(
    {
        "toll", "figure", "name", "photograph", "photo", "picture", "image", "footage", "video",
        "detail", "story", "report", "statement", "list", "obituary", "testimony", "interview",
    }
)  # fmt: skip

# Verbs of passing on another's report: their subject relays it ("Bosk 24 later republished
# the post").
REPEAT = frozenset(
    {"republish", "repost", "reshare", "retweet", "forward", "relay", "reprint", "rebroadcast"}
)

# Verbs of one who was there: their subject reports what it saw ("the Tiva Observer's
# correspondent saw the bodies", "a neighbour witnessed the strike").
WITNESS = frozenset({"see", "witness"})

# Verbs whose object is the origin and whose subject relays it ("Radio Tamsin interviewed a
# neighbour", "quoted the village head as saying").
QUOTE = frozenset({"quote", "interview", "cite"})

# Verbs of the monitor's own assessment: their subject is the monitor ("Airwars graded the
# incident as ...", "Airwars geolocated the strike").
ASSESS = frozenset(
    {"grade", "assess", "classify", "categorise", "categorize", "geolocate", "evaluate", "judge"}
)

# Verbs of looking for sources: their subject is the monitor ("Airwars identified no
# further sources", "could not find the claim in any other source").
SEARCH = frozenset({"find", "identify", "locate", "trace", "uncover", "see"})

SEARCHED = frozenset({"source", "report", "outlet", "reporting", "claim", "account", "mention"})

TOLD = frozenset({"tell", "speak", "talk", "describe", "give"})

# Nouns of things, not speakers ("the report said", "the footage showed").
THINGS = REPORT_NOUNS | REPORT_OBJECTS | frozenset(
    {"incident", "strike", "attack", "death", "evidence", "data", "imagery", "analysis",
     "investigation", "page", "document", "sign", "photo", "explosion", "blast", "leak",
     "fire", "collapse", "accident"}
)  # fmt: skip

# Where a post was put, not who posted it ("wrote on Facebook", "a post on X", "on Bluesky"):
# the lexicon's one table of the social platforms (attribute.sources.PLATFORM_NAMES), as the
# loose keys the grade compares names by ("truth social" -> "truthsocial").
PLATFORMS = frozenset(p.replace(" ", "") for p in PLATFORM_NAMES)

# Verbs of speech: their subject speaks, whatever noun names it ("the imam said").
SPEECH = frozenset(
    {
        "say", "tell", "report", "confirm", "describe", "announce", "state", "publish", "post",
        "tweet", "write", "broadcast", "mention", "speak", "quote", "interview", "cite",
        "talk",
    }
)  # fmt: skip

LISTING = frozenset({"both", "all", "either", "neither", "each"})  # "Both X and Y named them"

DEFINITE = frozenset({"the", "this", "that", "these", "those"})

NO_SOURCE = frozenset(
    {"some", "others", "other", "source", "sources", "report", "reports", "one", "all", "who"}
)

NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})

# What one gives who speaks ("gave separate accounts", "gave a statement").
SPOKEN = frozenset(
    {"account", "statement", "testimony", "interview", "description", "version", "detail"}
)

# A definite one of these refers to the outlet the text named ("the newspaper", "the station").
OUTLET_WORDS = frozenset(
    {"newspaper", "paper", "station", "broadcaster", "outlet", "website", "daily", "weekly"}
)

# Nouns of several sources, whose list names them ("several sources, including X and Y").
MANY = frozenset({"source", "outlet", "organisation", "organization", "group", "medium", "media"})

# What news is, when it comes from someone ("information on the strike came from ...").
NEWS = frozenset({"information", "news", "word", "detail", "figure", "toll"})

MEDIA = frozenset(
    {"reporter", "journalist", "correspondent", "outlet", "channel", "station", "newspaper",
     "paper", "radio", "tv", "television", "network", "agency", "website", "site", "crew",
     "broadcaster", "media", "press", "times", "news", "online", "herald", "post", "gazette",
     "chronicle", "daily", "fm", "voice"}
)  # fmt: skip

SOLE_NOUNS = REPORT_NOUNS | frozenset({"source", "record", "outlet", "mention", "evidence"})

# What an only report may be said to report: the incident itself, not one of its details.
INCIDENT = frozenset(
    {
        "it",
        "this",
        "incident",
        "strike",
        "attack",
        "death",
        "killing",
        "story",
        "claim",
        "event",
        "casualty",
        "harm",
    }
)

# Verbs of speaking up, whose negated subject said nothing ("the army has not commented",
# "the ministry declined to comment", "the IDF did not respond").
SILENT = frozenset({"comment", "respond", "reply", "speak", "say"})

# Verbs of the harm: who they harm is a victim, not a source.
HARM = frozenset({"kill", "injure", "wound"})


# Words of the package's source lexicon (``attribute/data/sources.json``: the words of every
# kind, the roles, the titles and the heads of bodies' names) that name someone who reports
# ("the clinic's director", "a shopkeeper", "the headmaster"), single words, less the things
# it lists (a post, a statement), places and people at large, and words of a rank or party
# a text uses of no one ("general", "front").
_NOT_WHO = frozenset(
    {"people", "man", "woman", "state", "province", "border", "court", "documentation", "aid",
     "humanitarian", "humanitarians", "medical", "front", "party", "general", "major",
     "private", "daily", "post", "posts", "tweet", "tweets", "accounts", "statement",
     "pages", "source", "sources", "command", "division", "cabinet", "kremlin"}
)  # fmt: skip


# Parties' words (an army, a militia, their ranks): a party blaming another is no reporter.
_PARTY_KINDS = frozenset({"military", "partisan"})


def _lexicon_words() -> frozenset[str]:
    lex = load_lexicon()
    tables = (lex.words, lex.roles, lex.titles, lex.heads)
    words = {w for t in tables for w, kind in t.items() if kind not in _PARTY_KINDS}
    words -= {p for p in lex.platform_names} | THINGS | NO_SOURCE | _NOT_WHO
    return frozenset(w for w in words if w.isalpha() and (len(w) > 3 or w in lex.media_names))


# Who may report: the grade's own source nouns and the lexicon's.
WHO_REPORTS = SOURCE_NOUNS | _lexicon_words()
