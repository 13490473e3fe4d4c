"""A source's loose identity: "@ShehabAgency" = "Shehab News Agency".

Input: a source or outlet name as a text gives it. Output: a key two spellings of
one origin share (:func:`origin_key`) and the words that tell it apart
(:func:`origin_words`). The grade (``reconcile.grade``), the estimates and the
corpus's independent sources (``corpus.independence``) all compare names by it.

The module imports nothing but ``re`` and ``functools``: the commands that only
read a store (``claimledger show``, ``export``, ``serve``) compare stored source
names with it and must not load spaCy or the readers.
"""

from __future__ import annotations

import functools
import re

# Words that do not tell two outlets apart ("Shehab News Agency" = "@ShehabAgency").
NAME_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "user",
        "account",
        "page",
        "channel",
        "official",
        "news",
        "agency",
        "agencies",
        "tv",
        "network",
        "newspaper",
        "website",
        "outlet",
        "media",
        "of",
        "on",
        "via",
        "'s",
        "alone",  # "the Ketha Network alone reported": the Ketha Network
    ]
)
SUFFIXES = ("agency", "news", "tv", "network", "online")


def name_words(name: str) -> list[str]:
    """A source name's words, case-folded, as ``origin_key`` and ``origin_words`` read them."""
    return re.findall(r"[a-z0-9]+", name.casefold().replace("’", "'"))


@functools.lru_cache(maxsize=4096)
def origin_words(name: str) -> tuple[str, ...]:
    """The words of a source name that tell it apart, each as ``origin_key`` reads it
    ("the Ressa farmers' union": ressa, farmers, union; "Ressa News Network": ressa)."""
    words = name_words(name)
    # "of" and "on" kept: they open what follows a name's head ("the bulletin of the army")
    kept = tuple(origin_key(w) for w in words if w not in NAME_STOP - {"of", "on"} and w != "s")
    return kept or (origin_key(name),)


@functools.lru_cache(maxsize=4096)
def origin_key(name: str) -> str:
    """A loose identity of a source or outlet name: "@ShehabAgency" = "Shehab News Agency"."""
    words = name_words(name)
    joined = "".join(w for w in words if w not in NAME_STOP)
    for suffix in SUFFIXES:
        if joined.endswith(suffix) and len(joined) > len(suffix) + 2:
            joined = joined[: -len(suffix)]
    return joined or "".join(words)


# Reports no one is named for ("Initial reports suggest ...", "early indications"): the
# attribute stage (``attribute.claims``, which keeps a copy of this pattern: a stage does
# not import a later one) gives their hedged figure to an anonymous source "Initial
# reports", but they are no origin of their own: the grade (``reconcile.grade``), the estimates and the corpus
# (``corpus.independence``) count them as the writer's own account, as before.
_UNNAMED_REPORTS = re.compile(
    r"(?:the\s+)?(?:initial|early|preliminary|first)\s+(?:reports?|assessments?|indications?)",
    re.I,
)


def unnamed_reports(name: str) -> bool:
    """Whether a source name is reports no one is named for ("Initial reports")."""
    return _UNNAMED_REPORTS.fullmatch(" ".join(name.split())) is not None


def writers_own(kind: str, name: str) -> bool:
    """Whether a claim of this source kind and name is the writer's own account: the
    author's, or reports no one is named for (:func:`unnamed_reports`)."""
    return kind == "author" or unnamed_reports(name)


# Source names that are not a reporting source (pronouns, the text's own phrases).
_NOT_A_SOURCE = re.compile(
    r"^(?:it|he|she|they|we|i|you|nobody|no one|someone|one|others?|the victims?|"
    r"neighbou?rs|people|residents|sources?|reports?|local sources|only one \w+|"
    r"(?:a|an|one|the|another) (?:\w+ )?(?:source|post|tweet|report|account|video)s?|"
    # the incident itself ("did not find this incident reported elsewhere")
    r"(?:this|that|the|these|those) (?:incident|strike|attack|event|killing|bombing|case)s?|"
    r"(?:on )?(?:\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday).*)$",
    re.IGNORECASE,
)


# An outlet's own name ends like a generic phrase: "the Osk Post", "The Brill Report".
# Not "a Facebook Post", "One Source": an indefinite or a platform before it.
_TITLED = re.compile(
    r"^(?!(?:a|an|one|another|some)\b)(?i:the\s+)?(?:[A-Z][\w'’.-]*\s+)*"
    r"(?!(?:Facebook|Telegram|Twitter|X|Instagram|YouTube|TikTok|One)\b)[A-Z][\w'’.-]*\s+"
    r"(?:Post|Report|Source|Tweet|Account|Video)s?$",
)


def is_reporting_source(name: str) -> bool:
    """Whether a source name names someone who reports (not "nobody", "the victims"; "the
    Osk Post" is an outlet, "a Facebook post" is not)."""
    name = name.strip()
    if _TITLED.search(name):
        return bool(origin_key(name))
    return not _NOT_A_SOURCE.match(name) and bool(origin_key(name))
