"""Source lexicon and hedge cues for attribution: str -> source kind, str -> hedged.

Input: a source name as written ("the Iraqi Defense Ministry", "a military medic") or a span
of text. Output: one of ``models.SOURCE_KINDS`` (``source_kind``) or whether the text carries
a hedge cue (``is_hedged``). No spaCy here: plain string rules, shared by ``attribute``.

The lexicon lives in ``data/sources.json`` so it can be extended without code. Decisions
(documented there too): a health ministry is ``official`` (it is a ministry); a medic, doctor,
nurse or hospital is ``medical``; an unnamed source ("a source", "officials", "an officer who spoke
on condition of anonymity") is ``anonymous``; a person named without a role is a ``witness``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.attribute.factions import named_for_the_people, tied_to_faction
from claimledger.attribute.head_kinds import formed_kind, public_agent, public_by_head, served_kind
from claimledger.attribute.head_kinds import looks_like_person_name as _looks_like_person_name
from claimledger.attribute.name_forms import (
    ARABIC_TITLE,
    CIVIL_BODY,
    FAMILIES_BODY,
    ONE_WORD_OUTLET,
    OUTLET_NAME,
    RIGHTS_GROUP,
    is_handle,
)
from claimledger.attribute.name_forms import WORD as _WORD
from claimledger.attribute.name_forms import cites_posts as cites_posts
from claimledger.attribute.name_forms import handle_kind as _handle_kind
from claimledger.attribute.unnamed_roles import body_place, role_kind
from claimledger.attribute.victim_counters import counts_victims as counts_victims
from claimledger.resources import data_text

# Words that end the head noun phrase of a source name: the head is the last
# word before them ("the head of the hospital" -> "head", then "hospital" as modifier).
# (and place words: "Residents near the hospital", "people outside the base" are people)
_HEAD_STOP = re.compile(
    r",|\b(?:of|at|from|in|on|for|with|who|which|that|whose"
    r"|near|outside|inside|beside|behind|opposite)\b",
    re.I,
)

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_ORG = frozenset({"it"})
PRONOUNS_PLURAL = frozenset({"they", "them"})
PRONOUNS_FIRST = frozenset({"i", "we"})
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_ORG | PRONOUNS_PLURAL | PRONOUNS_FIRST

# Reporting verbs (lemmas). Cognition verbs ("believe", "think") are kept: a
# stated belief is attributed too (PolNeAR annotates them), and they are rare
# in incident reporting outside quotes.
CUE_VERBS = frozenset(
    """say tell add report write claim deny confirm state announce allege insist explain
    note warn acknowledge admit argue assert declare estimate reveal tweet post predict
    testify stress emphasize emphasise maintain contend concede disclose conclude
    caution complain reply respond recall suggest believe think charge comment mention
    observe remark learn quote vow pledge promise accuse ask describe fear hope speculate
    continue dispute reiterate affirm inform brief announce assure answer point release
    hop""".split()  # noqa: SIM905
)
# Verbs of stance rather than speech ("praised X", "called X a liar"): attributions
# for PolNeAR-style coverage, never assertion claims. Verbs that were right less
# than 40% of the time on PolNeAR train ("want", "support", "see", "know") are left out.
STANCE_VERBS = frozenset(
    """endorse criticize criticise praise defend discuss express denounce dismiss blame refuse
    call joke accuse thank demand propose vow promise hope fear decline mention cite refer
    highlight recommend applaud lament urge slam blast""".split()  # noqa: SIM905
)

_HEDGES = (
    r"initial reports?\s+(?:indicate|suggest|show)",
    r"early reports?\s+(?:indicate|suggest|show)",
    r"(?:initial|early|preliminary|first) (?:assessments?|indications?|information)\s+(?:indicates?|suggests?|shows?)",
    r"possibility",
    r"possibly",
    r"could (?:be|have)",
    r"may (?:have|be)",
    r"might",
    r"reportedly",
    r"allegedly",
    r"it is (?:believed|thought|feared|understood)",
    r"(?:is|are|were|was) (?:believed|thought|feared) to",
    r"unconfirmed",
    r"unverified",
    r"preliminary",
    r"appears? to",
    r"appeared to",
    r"apparently",
    r"suspected",
    r"perhaps",
    r"maybe",
    r"presumably",
    r"not (?:yet )?(?:been )?(?:independently )?(?:confirmed|verified)",
    r"could not (?:be )?(?:independently )?(?:confirm|verify|verified|confirmed)",
)
HEDGE_RE = re.compile(r"\b(?:" + "|".join(_HEDGES) + r")\b", re.I)


@dataclass(frozen=True)
class Lexicon:
    """The parsed ``data/sources.json``."""

    priority: tuple[str, ...]
    anonymous: re.Pattern[str]
    anonymous_said: re.Pattern[str]  # the patterns that do not open a name ("anonymity")
    phrases: re.Pattern[str]  # every phrase, longest first, in one alternation
    phrase_kinds: dict[str, str]  # phrase -> kind
    words: dict[str, str]  # word -> kind (first kind in priority order wins)
    roles: dict[str, str]
    platforms: frozenset[str]  # platforms by name and other places of publishing ("his blog")
    platform_names: tuple[str, ...]  # the social platforms by name ("facebook", "x")
    media_names: frozenset[str]
    titles: dict[str, str]  # title or rank before a person's name -> kind
    heads: dict[str, str]  # head noun of a body's name -> kind ("of": the body after "of")
    modifiers: dict[str, str]  # modifier before a role or title -> kind (overrides it)


def _table(rows: list[dict[str, object]]) -> dict[str, str]:
    """word -> kind of a table whose rows give a kind, a reason and words (first row wins)."""
    out: dict[str, str] = {}
    for row in rows:
        for w in row["words"]:  # type: ignore[attr-defined]
            out.setdefault(str(w).lower(), str(row["kind"]))
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and index the source lexicon once per process."""
    raw = json.loads(data_text("sources.json"))
    priority = tuple(raw["priority"])
    anonymous = re.compile("|".join(f"(?:{p})" for p in raw["anonymous_patterns"]), re.I)
    said = [p for p in raw["anonymous_patterns"] if not p.startswith("^")]
    anonymous_said = re.compile("|".join(f"(?:{p})" for p in said), re.I)
    pairs = [(p.lower(), kind) for kind, plist in raw["phrases"].items() for p in plist]
    pairs.sort(key=lambda pk: -len(pk[0]))
    phrase_kinds: dict[str, str] = {}
    for p, kind in pairs:
        phrase_kinds.setdefault(p, kind)
    phrases = re.compile(
        r"(?<![\w@-])(?:" + "|".join(re.escape(p) for p, _ in pairs) + r")(?![\w-])"
    )
    words: dict[str, str] = {}
    for kind in priority:
        for w in raw["words"].get(kind, []):
            words.setdefault(w.lower(), kind)
    return Lexicon(
        priority=priority,
        anonymous=anonymous,
        anonymous_said=anonymous_said,
        phrases=phrases,
        phrase_kinds=phrase_kinds,
        words=words,
        roles={k.lower(): v for k, v in raw["roles"].items()},
        platforms=frozenset(p.lower() for p in raw["platforms"] + raw["platform_phrases"]),
        platform_names=tuple(p.lower() for p in raw["platforms"]),
        media_names=frozenset(m.lower() for m in raw["media_names"]),
        titles=_table(raw["titles"]),
        heads=_table(raw["heads"]),
        modifiers=_table(raw["modifiers"]),
    )


# A participle after a head noun ("waiting", "returning"); nouns in -ing are kept.
_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
_KNOWN_ING = frozenset(re.findall(r"\w+", "briefing building meeting ruling morning evening"))
_KNOWN_ING |= {"something", "nothing", "anything", "this", "that", "these", "the", "a", "an"}


def head_word(name: str) -> str | None:
    """The head noun of a name: the last word before 'of', 'who', a comma... or before a
    participle after it ("Truckers waiting at the crossing", "Pilgrims returning from X")."""
    words: list[str] = _WORD.findall(_HEAD_STOP.split(name, maxsplit=1)[0].lower())
    if len(words) > 1 and _PARTICIPLE.fullmatch(words[-1]) and _KNOWN_ING.isdisjoint(words[-2:]):
        return words[-2]
    return words[-1] if words else None


def _rank(kind: str, lex: Lexicon) -> int:
    """Position of a kind in the priority order (lower wins)."""
    return lex.priority.index(kind) if kind in lex.priority else len(lex.priority)


# Who writes in to an outlet: one of its public.
_AUDIENCE = frozenset({"reader", "readers", "listener", "listeners", "viewer", "viewers"})


def handle_kind(handle: str) -> str:
    """An account's kind by its handle, its own words read with the lexicon (``name_forms``)."""
    return _handle_kind(handle, load_lexicon().words)


@lru_cache(maxsize=4096)
def source_kind(name: str, context: str = "", *, person: bool = False) -> str:
    """Classify a source name into one of ``models.SOURCE_KINDS``.

    Args:
        name: the source as written ("the Iraqi Defense Ministry", "his mother",
            "militia commander Hakim al-Zamili", "@account").
        context: optional words said about the source elsewhere (an apposition,
            a relative clause: "who spoke on condition of anonymity"); they can
            make it anonymous or give it a role but never override the name's
            own phrase or head noun.

    Returns:
        The kind. Names the lexicon does not know are ``witness`` when they
        look like a person's name and ``official`` otherwise (an unknown
        organisation that issues statements is most often an authority).
    """
    lex = load_lexicon()
    # "Witnesses speaking to the Harir Post": who speaks, not the outlet they spoke to.
    name = _SPOKE_TO.sub("", name)
    low = " ".join(name.lower().split())
    if not low:
        return "witness"
    if is_handle(low):
        # A named account: "other sources, including @x" does not make it anonymous.
        return handle_kind(name)
    unnamed = _unnamed_kind(name, low, context, lex)
    if unnamed is not None:
        return unnamed
    # "Zamil Voice, a channel linked to the X militia,": said of it, the tie to a faction wins
    tied = "partisan" if context and tied_to_faction(context) else None
    fixed = _fixed_kind(low) or tied or _owner_kind(name) or _descriptor_kind(name)
    # "a neighbour of the family", "Residents on a WhatsApp group": the public
    fixed = fixed or _public(name, low, lex)
    if fixed is not None:
        return fixed
    head = head_word(low)
    # A family word anywhere ("his mother", "the victim's brother") wins: the
    # relation, not the platform or the place, says who speaks.
    words = _WORD.findall(low)
    if any(lex.words.get(w) == "family" for w in words) and not FAMILIES_BODY.search(low):
        return "family"
    if RIGHTS_GROUP.search(low) and not re.search(r"\bministry\b|\bminister\b", low):
        return "ngo"
    found = _phrase_kind(low, lex)
    # the title and head tables, then the head's form ("a police colonel", "Farmers from the
    # village", "Dr. X": head_kinds)
    tabled = _tabled_kind(name, low, head, lex) or formed_kind(name, low, head, lex, found, context)
    if tabled is not None:
        return tabled
    if head is not None and head in lex.roles:
        return _role_kind(low, head, words, lex, found)
    if head is not None and head in lex.words:
        head_kind = lex.words[head]
        # (a medic of an aid body treats the wounded: "Red Crescent paramedics" medical)
        if found not in (None, "ngo" if head_kind == "medical" else None) and (
            _rank(found, lex) < _rank(head_kind, lex) or _phrase_ends_on(low, head, lex)
        ):
            # A phrase made on the head word names what it is ("civil defence": official).
            return found
        return head_kind
    if found is not None:
        return found
    by_word = _best_word_kind(words, lex, None)
    if by_word is not None:
        return by_word
    if context and _lexicon_knows(context, lex):
        # What is said about the source gives its kind, when the lexicon knows a word
        # of it ("Rana and Omar Haddad", unknown names alone, give none).
        ctx_kind = source_kind(context) if context != name else None
        if ctx_kind not in (None, "witness", "author", "anonymous"):
            return ctx_kind or "witness"
    return _unknown_kind(name, low, person or public_agent(name, head))


# A community's notables ("a community leader", "village elders", "a religious figure"): local
# people who speak of what they saw (``witness``); the lexicon's role "leader" alone is a
# faction's (``partisan``).
_NOTABLE = re.compile(
    r"\b(?:community|village|tribal|tribe|clan|neighbou?rhood|religious)\s+"
    r"(?:leaders?|elders?|notables?|figures?)\b|^(?:an?\s+|the\s+)?(?:elders?|notables?)\b"
)


_ROLE_OF = re.compile(r"(?:the\s+|an?\s+)?[a-z-]+\s+of\s+(.+)")


def _role_kind(low: str, head: str, words: list[str], lex: Lexicon, found: str | None) -> str:
    """A role noun's kind: its body's ("the director of the Red Cross clinic": the clinic's,
    by the body's head noun), else its modifiers' when they have one, else the role's."""
    body = _ROLE_OF.match(low)
    if body is not None and (head_word(body[1]) or "") in lex.words:
        return source_kind(body[1])
    # the words of a phrase found ("fire brigade" official) do not vote one by one
    phrased = {w for m in lex.phrases.finditer(low) for w in _WORD.findall(m.group(0))}
    modifier = _best_word_kind([w for w in words if w != head and w not in phrased], lex, found)
    return modifier or lex.roles[head]


def _public(name: str, low: str, lex: Lexicon) -> str | None:
    """``witness`` for people a public word heads, whatever follows (``public_by_head``)."""
    parts, head = _HEAD_STOP.split(name, maxsplit=1), head_word(low)
    return served_kind(parts[0], head, lex) or (
        "witness" if public_by_head(parts, head, lex, source_kind) else None
    )


def _tabled_kind(name: str, low: str, head: str | None, lex: Lexicon) -> str | None:
    """One of an outlet's public (``witness``: "a reader in Osk"), an outlet's name (``media``),
    else the kind of the title or head tables, else None."""
    if head in _AUDIENCE:
        return "witness"
    if OUTLET_NAME.search(name):
        return "media"
    return _titled_kind(name, lex) or _head_table_kind(low, head, lex)


def _titled_kind(name: str, lex: Lexicon) -> str | None:
    """The kind a title gives a person ("Superintendent Musa Kile", "Police Spokesperson
    Supt.", "Inspector Lara Venn"): a title (``titles`` table) followed by a person's name
    only, or a role phrase of titles and modifiers only; a modifier before the title
    (``modifiers`` table: "Police Sergeant") overrides it. None otherwise ("Korat General
    Hospital": "Hospital" is no person's name; "President of the X": the body says)."""
    words = name.replace(",", " ").split()
    for i, word in enumerate(words):
        low = word.lower()
        pair = f"{low} {words[i + 1].lower()}" if i + 1 < len(words) else ""
        title = lex.titles.get(pair) or lex.titles.get(low) or lex.titles.get(low.rstrip("."))
        if title is None or not word[:1].isupper():
            continue
        rest = [w for w in words[i + 1 :] if w.lower().rstrip(".") not in lex.titles]
        before = [w.lower() for w in words[:i] if w.lower() not in ("the", "a", "an")]
        lexical = set(lex.words) | set(lex.roles) | set(lex.heads) | set(lex.modifiers)
        titled = all(w[:1].isupper() and w.lower() not in lexical for w in rest) and all(
            w in lex.modifiers or w in lex.titles or w in lex.roles or w[:1].isupper()
            for w in before
        )
        if titled and len(rest) <= 4:
            mods = [lex.modifiers[w] for w in before if w in lex.modifiers]
            return mods[-1] if mods else title
    return None


def _head_table_kind(low: str, head: str | None, lex: Lexicon) -> str | None:
    """The kind a body's head noun gives (``heads`` table): "the Tessa Rights Collective"
    ``ngo``, "the Qalet health directorate" ``official``; members of a body ("Field
    researchers of the X", "staff at Korat Hospital") take the body's kind."""
    kind = lex.heads.get(head or "")
    if kind != "of":
        return kind
    body = re.split(r"\b(?:of|at|from|with)\s+", low, maxsplit=1)
    return source_kind(body[1]) if len(body) == 2 and body[1].strip() else None


_BODIES = frozenset({"official", "military"})


def _unnamed_kind(name: str, low: str, context: str, lex: Lexicon) -> str | None:
    """``anonymous`` for an unnamed source, the body's kind for one placed in a hospital or
    an authority ("a source at Salma Hospital", "a source in the local administration"), the
    role's for an unnamed role-holder (``unnamed_roles``); None for a named one."""
    at_body = _SOURCE_AT.match(low)
    if at_body is not None:
        placed = source_kind(at_body["place"])
        body = body_place(at_body["place"]) and _lexicon_knows(at_body["place"], lex)
        if placed == "medical" or (placed in _BODIES and body):
            return placed  # "a source in the local administration": the body's kind
    if lex.anonymous.search(low):
        return role_kind(name, source_kind, lex.anonymous) or "anonymous"
    if context and _anonymous_context(name, context, lex):
        return "anonymous"
    return None


def lexicon_knows(text: str) -> bool:
    """Whether the source lexicon gives a kind to a word, phrase or name of ``text``."""
    return _lexicon_knows(text, load_lexicon())


def _lexicon_knows(text: str, lex: Lexicon) -> bool:
    """Whether a text holds a word, phrase or name the source lexicon gives a kind."""
    low = text.lower()
    words = _WORD.findall(low)
    return (
        any(w in lex.words or w in lex.roles or w in lex.heads or w in lex.titles for w in words)
        or _phrase_kind(low, lex) is not None
        or OUTLET_NAME.search(text) is not None
        or RIGHTS_GROUP.search(low) is not None
        or CIVIL_BODY.search(low) is not None
        or tied_to_faction(low)
    )


def _anonymous_context(name: str, context: str, lex: Lexicon) -> bool:
    """Whether what is said about a source makes it anonymous.

    A proper name described as a source ("a local source, the Kestrel Network,") is
    named: only an explicit wish not to be named ("spoke on condition of anonymity")
    makes it anonymous.
    """
    if _PROPER.match(name.strip()):
        return lex.anonymous_said.search(context) is not None
    return lex.anonymous.search(context.lower()) is not None


# A participle naming whom a source spoke to or who quoted it ("residents speaking to X").
_SPOKE_TO = re.compile(
    r",?\s+(?:speaking|talking|writing)\s+(?:to|with|for)\s.*$"
    r"|,?\s+(?:interviewed|quoted|cited|contacted)\s+by\s.*$",
    re.I | re.S,
)


# "a source at Salma Hospital", "sources inside the morgue": an unnamed source placed in a body.
_SOURCE_AT = re.compile(
    r"^(?:an?|one|the|two|several)?\s*sources?\s+(?:at|in|inside|from)\s+(?P<place>.+)$"
)


# The social platforms by name, from the lexicon (its one table of them): a pattern for
# the rules of posts, pages and headers ("the Facebook page of X", "X on Telegram:").
PLATFORM_NAMES = frozenset(load_lexicon().platform_names)
PLATFORM = (
    "(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+")
        for p in sorted(PLATFORM_NAMES, key=lambda p: (-len(p), p))
    )
    + ")"
)
# An account or page named by its owner: "the Facebook page of X", "X's Telegram channel".
_ACCOUNT_OF = re.compile(
    rf"^(?:the|an?)\s+(?:official\s+)?(?:{PLATFORM}\s+)?(?:page|account|channel|feed|website)\s+of\s+"
    r"(?P<owner>.+)$",
    re.I,
)
_OWNERS_ACCOUNT = re.compile(
    # "the page's admin": who runs an account speaks as it does
    rf"^(?P<owner>.+?)['’]s?\s+(?:(?:official\s+)?{PLATFORM}\s+(?:page|account|channel|feed)"
    r"|admin(?:istrator)?s?|moderators?)$",
    re.I,
)


# A proper name: a capitalised word that is not an article or a quantity ("the" aside).
_PROPER = re.compile(
    r"(?:the\s+)?(?!(?:A|An|The|One|Another|Some|Several|Two|Three|Many|Other|Local|Sources?)\b)"
    r"[A-Z@]"
)


def _fixed_kind(low: str) -> str | None:
    """The author, a channel tied to an armed faction ("close to the militia": partisan), or a
    community's notable ("a community leader", "village elders": witness)."""
    if low in {"author", "the author"}:
        return "author"
    if tied_to_faction(low) or named_for_the_people(low):
        return "partisan"
    return "witness" if _NOTABLE.search(low) else None  # a community's people, not a faction's


# A descriptor before a proper name says what it is: "the page Harsa Martyrs" (a page:
# ``social_media``), "the outlet Abrak Now", "the news site Kessar Today" (``media``).
_DESCRIPTOR = re.compile(
    r"^(?:the|an?)\s+(?:(?:local|independent|popular|(?P<platform>facebook|telegram|instagram"
    r"|tiktok))\s+)?(?P<desc>page|outlet|news\s+(?:site|website|outlet|page)|website|newspaper)"
    r"\s+[\"“]?[A-Z@]",
    re.I,
)


def _descriptor_kind(name: str) -> str | None:
    """The kind a descriptor before a name gives (``_DESCRIPTOR``); None without one."""
    m = _DESCRIPTOR.match(name.strip())
    if m is None:
        return None
    return "social_media" if m["desc"].lower() == "page" else "media"


_OWNERS_DESK = re.compile(
    r"^(?P<owner>.+?)['’]s?\s+(?:press|media|information)\s+(?:office|service|centre|center|desk"
    r"|team|department|unit|wing)$",
    re.I,
)


def _owner_kind(name: str) -> str | None:
    """ "the Facebook page of the Ouda municipality": an account takes its owner's kind (a
    person's page is a poster's, ``social_media``); None when no owner is named."""
    owner = _ACCOUNT_OF.match(name.strip()) or _OWNERS_ACCOUNT.match(name.strip())
    if owner is None:
        desk = _OWNERS_DESK.match(name.strip())  # "the army's press office": the army's
        kind = source_kind(desk["owner"]) if desk is not None else None
        return kind if kind in ("military", "partisan") else None
    kind = source_kind(owner["owner"])
    return "social_media" if kind in ("witness", "author") else kind


def _phrase_ends_on(low: str, head: str, lex: Lexicon) -> bool:
    """Whether the name's head part ends on a lexicon phrase of several words whose last is
    ``head`` ("the civil defence in Harsa": its head part is "the civil defence")."""
    part = " ".join(_WORD.findall(_HEAD_STOP.split(low, maxsplit=1)[0]))
    return any(
        phrase.endswith(" " + head) and (part == phrase or part.endswith(" " + phrase))
        for phrase in lex.phrase_kinds
    )


def _unknown_kind(name: str, low: str, person: bool) -> str:
    """A name the lexicon does not know: a civil body, a person (``witness``) or an authority."""
    if CIVIL_BODY.search(low):
        # "Sabra Martyrs Organisation", "the Palestinian Red Crescent Society".
        return "ngo"
    if " " not in name.strip() and ONE_WORD_OUTLET.search(name):
        return "media"  # "Alwadi.tv", "KestrelAgency": an outlet's name written as one word
    if re.search(r"\s(?:Now|Updates|Alerts)$", name.strip()):
        return "social_media"  # "Deir Mahla Now", "Sefi Alerts": a local page or channel
    if ARABIC_TITLE.match(name.strip()):
        return "media"  # "Al Haqiqa Al Duwalia", "Al-Fajr": an unknown name under "Al" is a title
    return "witness" if person or _looks_like_person_name(name) else "official"


def _phrase_kind(low: str, lex: Lexicon) -> str | None:
    """The kind of the longest lexicon phrase found in a lower-cased name."""
    # The longest phrase found anywhere wins ("health ministry" over "ministry").
    best = max((m.group(0) for m in lex.phrases.finditer(low)), key=len, default=None)
    return lex.phrase_kinds.get(best) if best is not None else None


def _best_word_kind(words: list[str], lex: Lexicon, phrase_kind: str | None) -> str | None:
    """The highest-priority kind among the words (and a phrase kind), if any."""
    kinds = [lex.words[w] for w in words if w in lex.words]
    if phrase_kind is not None:
        kinds.append(phrase_kind)
    kinds = [k for k in kinds if k not in ("witness",)] or kinds
    if not kinds:
        return None
    return min(kinds, key=lambda k: _rank(k, lex))


def is_title(word: str) -> bool:
    """Whether a word is a title or rank before a name ("Supt.", "Inspector", "Gen.")."""
    low = word.lower()
    return low in load_lexicon().titles or low.rstrip(".") in load_lexicon().titles


def bare_person_name(name: str) -> bool:
    """A person's name with no word the lexicon knows ("Rana Aziz", not "resident Rana Aziz")."""
    words = load_lexicon().words
    return _looks_like_person_name(name) and not any(
        w in words for w in _WORD.findall(name.lower())
    )


def is_platform(text: str) -> bool:
    """Whether ``text`` names a social platform ("Facebook", "X", "Telegram")."""
    low = " ".join(text.lower().split())
    if low.startswith("the "):
        low = low[4:]
    return low in load_lexicon().platforms


def is_media_name(text: str) -> bool:
    """Whether ``text`` names a news outlet ("RT", "the Associated Press")."""
    low = " ".join(text.lower().split())
    lex = load_lexicon()
    return low in lex.media_names or low.removeprefix("the ") in lex.media_names


def is_hedged(text: str) -> bool:
    """Whether ``text`` (a sentence, clause or cue span) carries a hedge cue as whole words:
    "initial reports indicate", "possibility", "could be", "may have", "might", "possibly",
    "reportedly", "it is believed", "unconfirmed", "preliminary", "appears to", "suspected",
    "allegedly", "not confirmed"..."""
    return HEDGE_RE.search(text) is not None


def named_official(name: str) -> bool:
    """Whether an official kind came from the lexicon rather than the fallback."""
    low = name.lower()
    return any(w in load_lexicon().words for w in re.findall(r"[a-z]+", low))


def outlet_named(name: str) -> bool:
    """Whether a name is an outlet's by its words ("the Ilvar Times", "Brill TV", "RT")."""
    text = " ".join(name.split())
    return OUTLET_NAME.search(text) is not None or is_media_name(text)


def unknown_name(name: str) -> bool:
    """A proper name the lexicon gives no kind ("Zeyad Talal", "Kadra Sands"): its kind is
    only the fallback's guess (``witness`` for a person-like name, else ``official``)."""
    text = re.sub(r"^(?:the|The)\s+", "", " ".join(name.split()))
    words = [w for w in text.split() if len(w) > 3]
    if not _PROPER.match(text) or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False  # "The Tarva regional health bureau": common nouns say what it is
    lex = load_lexicon()
    return not (
        _lexicon_knows(text, lex)
        or ONE_WORD_OUTLET.search(text)
        or ARABIC_TITLE.match(text)
        or tied_to_faction(text)
    )
