"""The grade's independent sources: the claims' sources joined with those the parse names.

``grade_sources.read_sources`` reads who reports the harm from the parse; ``merge_sources``
(``grade.grade_text``) joins them to the claims' sources (``grade.independent_sources``),
leaving out the monitor, the relays, a platform, one said not to have spoken or to have been
harmed, and a definite description or a name said twice that refers to a source already kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimledger.reconcile.grade_source_words import DEFINITE, OUTLET_WORDS, PLATFORMS
from claimledger.reconcile.grade_sources import ReadSources
from claimledger.records import SourceGroup

_LAST_WORD = re.compile(r"(\w+)\W*$")


def _head_word(name: str) -> str:
    m = _LAST_WORD.search(name.casefold())
    word = m.group(1) if m else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _refers_back(name: str, earlier: Sequence[str]) -> bool:
    """ "The channel" after "a lone Telegram channel": a definite description with no name
    whose head word is an earlier source's."""
    words = name.split()
    if (
        len(words) > 3
        or words[0].casefold() not in DEFINITE
        or any(w[:1].isupper() for w in words[1:])
    ):
        return False
    head = _head_word(name)
    # the one referred to says more, or is no definite description itself: "the ministry"
    # after "The health ministry" is that ministry, not the other way round (each read as
    # the other's, both were dropped)
    others = [
        e
        for e in earlier
        if e.casefold() != name.casefold()
        and (len(e.split()) > len(words) or e.split()[0].casefold() not in DEFINITE)
    ]
    if head in OUTLET_WORDS:  # "the newspaper" after "the Ilvan Courier": the outlet named
        return any(any(w[:1].isupper() for w in e.split()[1:] or e.split()) for e in others)
    return any(_head_word(e) == head for e in others)


# Words after a name that still name its outlet or body: "Sorra TV reporters", "the army's
# spokesman" are Sorra TV and the army; "the Ressa farmers' union" is not Ressa News Network.
_ROLES = frozenset(
    {"reporter", "journalist", "correspondent", "crew", "staff", "editor", "team", "spokesman",
     "spokeswoman", "spokesperson", "official", "source", "statement", "report", "website",
     "page", "account", "office", "desk", "service", "bureau"}
)  # fmt: skip


# Words that open what follows a name's head ("Doctors at Al-Shifa hospital": doctors;
# "Shopkeepers who talked to three news sites": shopkeepers, a relative clause).
# A participle opening a reduced relative clause ends the head too: "A blog run by exiled
# activists" holds "A blog" (the parse's name for its subject), one origin.
_AFTER_HEAD = frozenset(
    {"at", "of", "on", "from", "in", "for", "with", "near", "inside", "who", "whom", "which",
     "that", "run", "based", "operated", "owned", "managed", "linked", "affiliated", "close",
     "loyal", "aligned"}
)  # fmt: skip


def _holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """One name's words hold the other's as its head: a run that ends it, or that only a
    role or a preposition's phrase follows ("A Facebook page called Nerra Today" holds "Nerra
    Today"; "Sorra TV reporters" holds "Sorra TV"; "Doctors at Al-Shifa hospital" holds
    "Doctors"; "the Ressa farmers' union" does not hold "Ressa News Network")."""
    n = len(short)
    if not n or len(long) <= n or len("".join(short)) < 3:
        return False
    return any(
        long[i : i + n] == short and _head_ends(long[i + n :]) for i in range(len(long) - n + 1)
    )


def _head_ends(rest: tuple[str, ...]) -> bool:
    """What follows a name's head: nothing, roles only, or a preposition's phrase."""
    return not rest or rest[0] in _AFTER_HEAD or all(w.rstrip("s") in _ROLES for w in rest)


def _word_keys(key: Callable[[str], str]) -> Callable[[str], tuple[str, ...]]:
    """A name's words, each by ``key`` (what ``merge_sources`` reads when given no
    ``words``)."""
    return lambda name: tuple(k for w in re.findall(r"[\w'’]+", name) if (k := key(w)))


class _Names:
    """Loose identities of source names: the joined key (``grade.origin_key``) and the words."""

    def __init__(
        self, key: Callable[[str], str], words: Callable[[str], tuple[str, ...]] | None
    ) -> None:
        self._key = key
        self._words = words or _word_keys(key)
        self.words: dict[str, tuple[str, ...]] = {}

    def __call__(self, name: str) -> str:
        k = self._key(name)
        self.words.setdefault(k, self._words(name))
        return k

    def known(self, key: str, keys: Sequence[str]) -> bool:
        """One origin: the same loose key, or one name's words holding the other's."""
        mine = self.words.get(key, (key,))
        for k in keys:
            theirs = self.words.get(k, (k,))
            if k == key or _holds(mine, theirs) or _holds(theirs, mine):
                return True
        return False


_ARTICLES = frozenset({"a", "an", "the", "one"})


def _described(name: str) -> bool:
    """A description, not a name: an article, then no capital ("A medic", "the teacher")."""
    words = name.split()
    return (
        len(words) > 1
        and words[0].casefold() in _ARTICLES
        and not any(w[:1].isupper() for w in words[1:])
    )


def _prefix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """One name's words open the other's ("Deir Vell" and "Deir Vell Now")."""
    n = len(short)
    return 0 < n < len(long) and len("".join(short)) >= 3 and long[:n] == short


def _plain(name: str) -> tuple[str, ...]:
    """A name's words as written, casefolded, without a leading article (not the loose
    ``origin_words``: "Ressa News Network" is not "Ressa" opening "the Ressa farmers' union")."""
    words = re.findall(r"[\w'’]+", name.casefold())
    return tuple(words[1:] if words and words[0] in _ARTICLES else words)


def _truncated(name: str, kind: str, kept: Sequence[SourceGroup]) -> bool:
    """A name one with a kept source: a name that opens another name of the same kind in the
    text ("Deir Vell" beside "Deir Vell Now", a page named twice, once cut short), or a
    description that opens a longer one of any kind ("A medic" beside "A medic posting on
    X"); not a name that joins two ("the army" and "the army and the militia")."""
    mine = _plain(name)
    for other in kept:
        if other.kind == "author":
            continue
        theirs = _plain(other.name)
        same = kind == other.kind
        if _prefix(mine, theirs) and (same or _described(name)):
            return not _JOINED.search(other.name)
        if _prefix(theirs, mine) and (same or _described(other.name)):
            return not _JOINED.search(name)
    return False


_QUANTIFIERS = frozenset({"all", "both", "each", "some", "several", "many", "most", "none"})


# A name that joins two ("Medical staff at Vay General and the Vay civil defence").
_JOINED = re.compile(r"\s(?:and|&)(?:\s|$)")


def _lists(name: str, key: str, spoke: Sequence[str]) -> bool:
    """A claims' source whose name holds two the parse names apart ("Medical staff at Vay
    General and the Vay civil defence"): those two are the sources. Only a name that joins
    two: "A police officer in Vay" or "a doctor at Vay General Hospital" holds a place the
    parse may name apart, and is one source."""
    if not _JOINED.search(name):
        return False
    held = [k for k in spoke if len(k) >= 5 and k != key and k in key]
    # two apart, not one inside the other ("police" in "aspokesmanforlasvegasmetropolice")
    return len([k for k in held if not any(k != o and k in o for o in held)]) >= 2


def merge_sources(
    groups: Sequence[SourceGroup],
    read: ReadSources,
    key: Callable[[str], str],
    reporting: Callable[[str], bool],
    words: Callable[[str], tuple[str, ...]] | None = None,
) -> tuple[SourceGroup, ...]:
    """The claims' sources with those the parse names.

    Args:
        groups: the claims' independent sources (``grade.independent_sources``).
        read: what the parse names (``read_sources``).
        key: a source name's loose identity (``grade.origin_key``).
        reporting: whether a name names someone who reports (``grade.is_reporting_source``).
        words: a source name's words as ``key`` reads them (``grade.origin_words``); two
            names are one origin when their keys are equal or one's words hold the other's
            (none: each word by ``key``).

    Returns:
        The sources: the claims' less the monitor, the relays only told and the definite
        descriptions of an earlier source; then each source the parse adds.
    """
    key = _Names(key, words)
    _known = key.known
    monitors = [key(m) for m in read.monitors]
    # one said not to have spoken is no source of the claims, unless the parse has it speak
    spoke = [key(m.name) for m in read.sources]
    silent = [k for k in map(key, read.silent + read.harmed) if not _known(k, spoke)]
    relays = [key(r) for r in read.relays]  # one told relays, though it reports too
    names = [m.name for m in read.sources] + [g.name for g in groups if g.kind != "author"]
    out: list[SourceGroup] = []
    aliases: list[str] = []  # names one with a kept source ("Deir Vell" beside "Deir Vell Now")
    for g in groups:
        k = key(g.name)
        kept = [key(o.name) for o in out if o.kind != "author"] + aliases
        if g.kind != "author" and (
            _known(k, kept)  # "A Facebook page called Nerra Today" and "Nerra Today"
            or k in PLATFORMS
            or _known(k, monitors)
            or _known(k, relays)
            or _known(k, silent)
            or _lists(g.name, k, spoke)
            or k in _QUANTIFIERS  # "All reporting traces back to ...": "All" names no one
            or g.name.casefold().startswith("whose ")  # "one page, whose administrator said"
            or _refers_back(g.name, names)
        ):
            continue
        if g.kind != "author" and _truncated(g.name, g.kind, out):
            aliases.append(k)
            continue
        out.append(g)
    # the text's own account ("author") is no name: "the health authority" is not it
    keys = [key(n) for g in out if g.kind != "author" for n in (g.name, *g.relays)] + aliases
    seen: list[str] = []
    for m in read.sources:
        k = key(m.name)
        if (
            not k
            or k in PLATFORMS
            or not reporting(m.name)
            or _known(k, keys + relays)
            or _known(k, monitors)
        ):
            continue
        if m.definite and _refers_back(m.name, [*seen, *names]):
            continue
        if _truncated(m.name, m.kind, out):
            keys.append(k)
            continue
        keys.append(k)
        seen.append(m.name)
        out.append(SourceGroup(m.name, m.kind, (), 0))
    return tuple(out)
