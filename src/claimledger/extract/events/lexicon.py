"""The event cue lexicon: ``data/event_types.json`` -> compiled cue groups and the taxonomy.

Takes the cue file (documented in ``docs/taxonomy.md``) and the demonyms of
``resources/demonyms.py``, which fill the ``{demonym}`` slot of the cues
("{demonym} troops"), and gives one :class:`Lexicon` compiled once per
process, plus look-ups from a sub-event type to its ACLED event type, its
pre-2019 event type and its CASE 2021 label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimledger.extract.events.anchors import AnchorIndex, build_index, start_scan
from claimledger.resources import data_text
from claimledger.resources.demonyms import demonym_words


@dataclass(frozen=True)
class Lexicon:
    """The compiled cue lexicon."""

    taxonomy: dict[str, str]  # sub-event type -> event type
    case_labels: dict[str, str]  # sub-event type -> CASE 2021 label
    old_types: dict[str, str]  # sub-event type -> pre-2019 ACLED event type
    groups: dict[str, re.Pattern[str]]
    mention: re.Pattern[str]
    mention_types: tuple[tuple[str, float], ...]  # per named group m0, m1, ...
    anchors: AnchorIndex  # which groups can match a text at all (one scan)
    mention_starts: re.Pattern[str] | None  # where a mention may start (anchors.iter_matches)


def _alternative(cue: str) -> str:
    """A cue as a group; one that starts upper-case (acronym, name) stays case-sensitive."""
    return f"(?-i:{cue})" if cue[:1].isupper() else f"(?:{cue})"


def _cue_regex(cues: list[str]) -> str:
    """Whole-word alternation of cues."""
    return r"(?<![\w-])(?:" + "|".join(_alternative(c) for c in cues) + r")(?![\w-])"


def _fill_demonyms(cue: str) -> str:
    """A cue with its ``{demonym}`` slot filled with every demonym of the table."""
    if "{demonym}" not in cue:
        return cue
    # Longest first, so that no demonym stops short at a shorter one it begins with.
    words = sorted((re.escape(w) for w in demonym_words()), key=len, reverse=True)
    return cue.replace("{demonym}", "(?:" + "|".join(words) + ")")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile ``data/event_types.json`` once per process."""
    raw: dict[str, Any] = json.loads(data_text("event_types.json"))
    taxonomy = {sub: et for et, subs in raw["event_types"].items() for sub in subs}
    filled = {name: [_fill_demonyms(c) for c in cues] for name, cues in raw["cues"].items()}
    groups = {name: re.compile(_cue_regex(cues), re.IGNORECASE) for name, cues in filled.items()}
    mention_cues: list[list[Any]] = raw["mention_cues"]["cues"]
    # One boundary check around the whole alternation: the engine rejects a
    # position inside a word once instead of once per cue.
    alternatives = "|".join(
        f"(?P<m{i}>{_alternative(pattern)})" for i, (pattern, _, _) in enumerate(mention_cues)
    )
    mention = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return Lexicon(
        taxonomy=taxonomy,
        case_labels=dict(raw["case2021_labels"]),
        old_types={k: v for k, v in raw["old_taxonomy"].items() if not k.startswith("_")},
        groups=groups,
        mention=mention,
        mention_types=tuple((str(sub), float(conf)) for _, sub, conf in mention_cues),
        mention_starts=start_scan([_alternative(str(c[0])) for c in mention_cues]),
        anchors=build_index(
            {
                name: [_alternative(c) for c in cues]
                for name, cues in raw["cues"].items()
                if not any("{demonym}" in c for c in cues)  # too many prefixes: always scanned
            }
        ),
    )


def victim_words(kind: str) -> list[str]:
    """A word list of ``victim_words`` in the lexicon file (read at import)."""
    raw = json.loads(data_text("event_types.json"))
    return list(raw["victim_words"][kind])


def taxonomy() -> dict[str, str]:
    """The 25 ACLED sub-event types, each mapped to its event type."""
    return dict(lexicon().taxonomy)


def event_type_of(sub_event_type: str) -> str | None:
    """The ACLED event type of a sub-event type (None when unknown)."""
    return lexicon().taxonomy.get(sub_event_type)


def case2021_label(sub_event_type: str | None) -> str | None:
    """The CASE 2021 Task 2 label of an ACLED sub-event type."""
    if sub_event_type is None:
        return None
    return lexicon().case_labels.get(sub_event_type)


def old_event_type(sub_event_type: str | None) -> str | None:
    """The pre-2019 ACLED event type (2015 exports) of a current sub-event type."""
    if sub_event_type is None:
        return None
    return lexicon().old_types.get(sub_event_type)
