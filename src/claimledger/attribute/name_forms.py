"""What a source's name says by its form alone, before any lexicon word: an outlet's name
("Quds News Network", "Hadrin 24", "Al-Fajr", "KestrelAgency"), a civil body's ("... Society",
"... Volunteers"), a rights group or monitor, a body of families, an outlet's handle.

Pure patterns, read by ``sources.source_kind`` and its helpers (moved out of sources.py,
which was at its 600-line limit).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# A lower-cased name's words, for the lexicon tables ("military's" reads as "military").
WORD = re.compile(r"[a-z][a-z0-9.-]*")

# A name opening on the Arabic article and a capitalised word: an outlet's title, not a person.
ARABIC_TITLE = re.compile(r"(?:[Tt]he\s+)?[Aa]l[- ][A-Z][\w'’-]+(?:\s+[A-Z\d][\w'’.-]*)*$")


# One-word outlet names: a web address or a name closed by an outlet word in camel case.
ONE_WORD_OUTLET = re.compile(
    r"\w\.(?:net|tv|ps|com|org|info|ps)$|[a-z](?:Agency|News|TV|Net|Press|Media|Network)$"
)


# Civil-society bodies the lexicon does not name: ``ngo``.
CIVIL_BODY = re.compile(
    r"\b(?:organi[sz]ation|foundation|association|society|charity|syndicate|guild)\b"
    r"|(?:volunteers|relief|rescue|watch|(?:press|media|journalists'?)\s+(?:union|club))$"
)


# A body of families ("the Tahrir Families Network", "the victims' families association", "the
# Families of the Missing Association": its head noun, a few words after "families")
# is civil society (``ngo``), not a relative speaking; one of the rights groups below too.
_FAMILIES_BODY = (
    r"\bfamilies\b['’]?(?:\s+[\w'’]+){0,3}?\s+(?:network|association|union|committee|forum"
    r"|league|council)\b"
)
FAMILIES_BODY = re.compile(_FAMILIES_BODY)
# Human-rights organisations and monitors ("the Palestinian Center for Human Rights",
# "Al Mezan", "Euro-Med Monitor"): ``ngo``.
RIGHTS_GROUP = re.compile(
    r"\bhuman[ -]rights\b|\brights (?:activists?|group|organi[sz]ation|centre|center|initiative|network"
    r"|watch|defenders?|league|coalition|project|committee|forum)\b|\bcivil liberties\b"
    # a body of people named by them ("the X Teachers' Federation", "the Y Women's Union")
    r"|\b[a-z]+(?:s['’]|['’]s)\s+(?:federation|forum|union|league|alliance|syndicate|association)\b"
    r"|\bal[ -]mezan\b"
    r"|\bb'?tselem\b|\bpress[ -]freedom\b|\bobservatory\b|\bmonitor\b|\bdocumentation\b|\bcent(?:er|re) for\b"
    # ("Volunteer Rescue", "a volunteer rescue team"; a "volunteer rescuer" is a person)
    r"|\b(?:volunteers?|rescue) (?:group|organi[sz]ation|network|rescue(?!rs?\b)\w*)\b"
    r"|\b(?:relief|aid) (?:committee|council|society|network)\b"
    r"|" + _FAMILIES_BODY,
)
# A news outlet by its name: "Quds News Network", "Palestine Today", "Shehab Agency".
OUTLET_NAME = re.compile(
    r"(?<!\w)(?:[A-Z][\w'-]*\s+){1,3}(?:News|news|Network|Agency|TV|Television|Today|Times"
    r"|Post|Radio|FM|Channel|Press|Gazette|Herald|Tribune|Daily|Live|Voice|Online|Observer|Courier"
    r"|Chronicle|Journal|Dispatch|Bulletin|Direct|Net|Info|Express|Mirror|Insider|Wire|Sentinel"
    r"|Telegraph|Review|Weekly|Magazine)\b"
    # (not a body of its people: "the X Press Union", "the Y Media Syndicate")
    r"(?!\s+(?:Union|Syndicate|Guild|Association|Federation|Club)\b)"
    r"|^(?:WAFA|Wafa|Shehab|Safa|Wattan|Watan|Nabd|Palsawa|Quds|Palinfo|Al[ -]Mayadeen|Al[ -]Jazeera|Al[ -]Araby|Al[ -]Quds|Maan"
    r"|Ma'an|Anadolu|Al[ -]Hadath|TRT(?: Arabic)?|Al[ -]Aqsa(?: TV| Voice)?)$"
    # A name with a channel number: "France 24", "Hadrin 24".
    r"|^(?:[A-Z][\w'-]*\s+){1,2}\d{1,2}$"
)
# Words in an account's handle that make it an outlet's ("@ShehabAgency", "@AJArabic").
_HANDLE_OUTLET = re.compile(
    r"agency|news|tv|live|channel|radio|press|media|network|today|times|post|voice|sawt|info|arabic"
    r"|mubasher|^aj|^palinfo|^shehab|^shebab|^alaqsa|^almayadeen|^alaraby|^alhadath|^trt|^wafa"
    r"|^quds|^paltoday|^palpost|^maan|^qnn|^eekad",
    re.I,
)

_HANDLE_BODY = re.compile(r"monitor|observatory|medic|hospital|clinic|doctors", re.I)


# An account's handle written without its "@": one word joined by underscores ("river_watch").
_BARE_HANDLE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]*)+")


def is_handle(low: str) -> bool:
    """Whether a lowered source name is an account's handle: "@x", or "river_watch" as a
    post's "Posted by river_watch:" writes it (an unknown one-word name is no handle)."""
    return low.startswith("@") or _BARE_HANDLE.fullmatch(low) is not None


def handle_kind(handle: str, words: Mapping[str, str] | None = None) -> str:
    """An account's kind by its handle: an outlet's account is ``media``, a person's ``social_media``.

    "@ShehabAgency", "@AJArabic", "@AlMayadeenLive" are outlets; "@Yasser_Gaza" is a person.
    ``words`` (the source lexicon's word kinds) reads the handle's own words: a medic's or a
    monitor's word in it ("@tendral_nurse", "@KelvoSurgeon") gives that body's kind.
    """
    name = handle.lstrip("@").replace("_", "")
    if _HANDLE_OUTLET.search(name):
        return "media"
    # a monitor's or a medic's account ("@PetrinMonitor", "@LyndorMedic") speaks as its body
    body = _HANDLE_BODY.search(name)
    if body is not None:
        return "ngo" if body.group(0).lower() in ("monitor", "observatory") else "medical"
    for word in _HANDLE_WORD.findall(handle.lstrip("@")):
        kind = (words or {}).get(word.lower())
        if kind in ("medical", "ngo"):
            return kind
    return "social_media"


# The words of a handle: split at underscores, digits and capitals ("tendral_nurse", "KelvoSurgeon").
_HANDLE_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


# Words that show a text drawing on posts: "a Facebook post", "tweeted", "on X/Twitter".
_POST_WORDS = re.compile(
    r"\b(?:Facebook|Twitter|Telegram|Instagram|TikTok|tweet(?:s|ed)?|posts?|posted)\b"
)


def cites_posts(text: str, at_least: int = 3) -> bool:
    """Whether a text draws on social-media posts (``at_least`` mentions of posts or platforms).

    A monitor's assessment or a relay that cites posts names its posters bare ("Rana
    Aziz reported that ..."): such a name is a poster (``social_media``), not a witness.
    """
    return any(k + 1 >= at_least for k, _ in enumerate(_POST_WORDS.finditer(text)))
