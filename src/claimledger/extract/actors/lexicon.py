"""The actor lexicon: ``data/actors.json`` and the demonym table -> compiled patterns.

Takes the alias lexicon (named groups, state templates, bare nouns, role
words; documented in ``docs/taxonomy.md``) and the countries of
``resources/demonyms.py``, and gives one :class:`Lexicon` of compiled regular
expressions, compiled once per process, plus look-ups from a match to its
actor or country.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias

from claimledger.resources import data_text
from claimledger.resources.demonyms import countries, state_words


def role_words(key: str) -> list[str]:
    """A word list of ``role_words`` in the actor lexicon (read at import)."""
    raw = json.loads(data_text("actors.json"))
    return list(raw["role_words"][key])


# Lemmas of verbs whose subject does harm to their object.
VIOLENT_VERBS = frozenset(role_words("violent_verbs"))
# Nouns naming an attack: "X's airstrike", "an airstrike by X", "coalition airstrikes".
ATTACK_NOUNS = frozenset(role_words("attack_nouns"))
# Two-sided fighting: both sides are "other" parties, not perpetrator and target.
MUTUAL = frozenset(role_words("mutual"))


# One named actor's scan: literal words one of which must occur (None: always
# scan), and its regex.
NamedScan: TypeAlias = tuple[tuple[str, ...] | None, re.Pattern[str]]


@dataclass(frozen=True)
class Entry:
    """One canonical actor."""

    name: str
    category: str
    acled: str | None


@dataclass(frozen=True)
class Lexicon:
    """The compiled actor lexicon."""

    entries: tuple[Entry, ...]
    named_scan: tuple[NamedScan, ...]
    named_each: tuple[re.Pattern[str], ...]
    templates: tuple[tuple[re.Pattern[str], str, str], ...]
    template_any: re.Pattern[str]
    bare: tuple[tuple[re.Pattern[str], dict[str, Any]], ...]
    possessive: re.Pattern[str]
    demonyms: dict[str, str]  # lower-cased demonym or country, dots removed -> country
    merge_if_present: dict[str, str]
    by_name: dict[str, Entry]


def _alt(cues: list[str]) -> str:
    """Alternation; an alias that starts upper-case stays case-sensitive."""
    return "|".join(f"(?-i:{c})" if c[:1].isupper() else f"(?:{c})" for c in cues)


def bounded(pattern: str) -> str:
    """Whole-word match."""
    return r"(?<![\w-])(?:" + pattern + r")(?![\w-])"


def _demonym_key(text: str) -> str:
    """Lookup key of a demonym or country as written."""
    return text.replace(".", "").lower()


_OPTIONAL_GROUP = re.compile(r"\((?:[^()\\]|\\.)*\)[?*]")
_OPTIONAL_CHAR = re.compile(r"\\?.[?*]")


def _alias_anchor(alias: str) -> str | None:
    """A lower-case word every match of ``alias`` contains (None when there is none)."""
    text = re.sub(r"\(\?(?:-i)?:", "(", alias)  # "(?:" and "(?-i:" are plain groups here
    while True:
        reduced = _OPTIONAL_GROUP.sub(" ", text)
        if reduced == text:
            break
        text = reduced
    text = _OPTIONAL_CHAR.sub(" ", text)
    depth, top = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
            top.append(" ")  # a group breaks the word around it
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            if ch == "|":
                return None  # a top-level alternation: no single required word
            top.append(ch)
    runs = re.findall(r"[A-Za-z]{2,}", re.sub(r"\\.|\[[^\]]*\]", " ", "".join(top)))
    return max(runs, key=len).lower() if runs else None


def _actor_anchors(aliases: list[str]) -> tuple[str, ...] | None:
    """The anchor words of an actor's aliases; None if one alias has none."""
    anchors = [_alias_anchor(a) for a in aliases]
    if any(a is None for a in anchors):
        return None
    return tuple(sorted({a for a in anchors if a is not None}))


def _state_slots() -> tuple[dict[str, str], str, str]:
    """The country of each demonym or country key, and the two slot patterns.

    Both come from the demonym table: ``{demonym}`` takes every word that
    stands for a country ("Iraqi", "U.S."), ``{country}`` its name ("Iraq").
    """
    demonyms: dict[str, str] = {}
    country_patterns: list[str] = []
    for country in countries():
        bare_country = re.sub(r"^the ", "", country.name)
        demonyms[_demonym_key(bare_country)] = country.name
        country_patterns.append(re.escape(bare_country))
    dem_patterns: list[str] = []
    for word, name in state_words().items():
        demonyms.setdefault(_demonym_key(word), name)
        dem_patterns.append(re.escape(word))
    # Longest first: "Serb" must not stop short of "Serbian", nor "Niger" of "Nigeria".
    dem_re = "(?-i:" + "|".join(sorted(dem_patterns, key=len, reverse=True)) + ")"
    country_re = "(?-i:" + "|".join(sorted(country_patterns, key=len, reverse=True)) + ")"
    return demonyms, dem_re, country_re


def _named_patterns(
    actors: list[dict[str, Any]],
) -> tuple[tuple[NamedScan, ...], tuple[re.Pattern[str], ...]]:
    """Per named actor: (anchors, scanning regex), and the regex matching one alias exactly."""
    named_scan = tuple(
        (
            _actor_anchors(a["aliases"]),
            re.compile(bounded(_alt(sorted(a["aliases"], key=len, reverse=True))), re.IGNORECASE),
        )
        for a in actors
    )
    named_each = tuple(
        re.compile(r"(?:" + _alt(a["aliases"]) + r")\Z", re.IGNORECASE) for a in actors
    )
    return named_scan, named_each


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile ``data/actors.json`` once per process."""
    raw: dict[str, Any] = json.loads(data_text("actors.json"))
    entries = tuple(Entry(a["name"], a["category"], a.get("acled")) for a in raw["actors"])
    named_scan, named_each = _named_patterns(raw["actors"])
    demonyms, dem_re, country_re = _state_slots()

    def fill(pattern: str, i: int | str) -> str:
        """A template with its demonym and country slots as named groups."""
        return pattern.replace("{demonym}", f"(?P<dem{i}>{dem_re})").replace(
            "{country}", f"(?P<cty{i}>{country_re})"
        )

    templates = tuple(
        (
            re.compile(bounded(fill(t["pattern"], "")), re.IGNORECASE),
            str(t["name"]),
            str(t["category"]),
        )
        for t in raw["state_templates"]
    )
    # All templates in one pass over the text (group t<i> tells which matched).
    template_any = re.compile(
        bounded(
            "|".join(
                f"(?P<t{i}>{fill(t['pattern'], i)})" for i, t in enumerate(raw["state_templates"])
            )
        ),
        re.IGNORECASE,
    )
    bare = tuple((re.compile(bounded(b["pattern"]), re.IGNORECASE), dict(b)) for b in raw["bare"])
    return Lexicon(
        entries=entries,
        named_scan=named_scan,
        named_each=named_each,
        templates=templates,
        template_any=template_any,
        bare=bare,
        possessive=re.compile(bounded(raw["possessive_forces"]), re.IGNORECASE),
        demonyms=demonyms,
        merge_if_present=dict(raw["merge_if_present"]),
        by_name={e.name: e for e in entries},
    )


def named_entry(lex: Lexicon, text: str) -> Entry | None:
    """The named actor whose alias is exactly ``text``."""
    for entry, pattern in zip(lex.entries, lex.named_each, strict=True):
        if pattern.match(text):
            return entry
    return None


def country_of(lex: Lexicon, m: re.Match[str]) -> str | None:
    """The country of a template match (from its demonym or country group)."""
    for group, value in m.groupdict().items():
        if value and group.startswith(("dem", "cty")):
            return lex.demonyms.get(_demonym_key(value))
    return None


def category_of(lex: Lexicon, name: str, default: str) -> str:
    """The category of a canonical name."""
    entry = lex.by_name.get(name)
    return entry.category if entry else default
