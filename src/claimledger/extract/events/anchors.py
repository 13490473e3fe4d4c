"""Which cue groups can match a text at all, from one scan: cue groups -> an anchor index.

Every match of a cue group (``lexicon.py``) starts at a word start with one of the
literal prefixes its cues begin with ("suicide", "blew", "air strike" ...). The
:class:`AnchorIndex` scans a text once for those prefixes (one trie-shaped regex)
and tells the groups none of whose prefixes occurs: their own regex cannot match
there, so ``reading.Reading`` skips scanning the text with it. A group with a cue
whose prefix is shorter than ``MIN_ANCHOR`` characters, or cannot be read off the
regex (or a cue with the demonym slot), is always scanned. Only a superset of the groups that match is given, so
the hits found are the same as scanning every group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Any

# The regex parser of the standard library (its parse tree and opcodes; no public API).
sre_parse: Any = import_module("re._parser")
sre: Any = import_module("re._constants")

# Shorter prefixes ("no", "IS") rule out too little to pay for their scan.
MIN_ANCHOR = 3
# Prefixes are read this far at most ("shot in the dark", not "shot in the chest").
MAX_PREFIX = 14
# A cue whose alternatives multiply into more prefixes than this is not anchored.
MAX_PREFIXES = 256
# A cue without prefixes is tested by a literal piece of at least this many characters.
MIN_PIECE = 2
# A run joined with the prefixes of the group after it, when they are at most this many.
MAX_JOINED = 24
# A character class of at most this many single characters is spelt out in prefixes.
MAX_CLASS = 4
# Non-ASCII characters that match ASCII letters when case is ignored (the Kelvin sign,
# the long s, dotted and dotless i): a text holding one is scanned by every group.
_FOLDS_TO_ASCII = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def cue_prefixes(pattern: str) -> set[str] | None:
    """The lower-case literal prefixes that every match of a cue regex starts with.

    Args:
        pattern: one cue's regex (as ``lexicon._alternative`` wraps it).

    Returns:
        The prefixes (ASCII, each ``MIN_ANCHOR`` characters or more), or None when
        some match may start otherwise (an optional or open first word, a prefix
        too short, too many alternatives).
    """
    found = _prefixes(list(sre_parse.parse(pattern, re.IGNORECASE)), "")
    if found is None or not found or min(len(p) for p in found) < MIN_ANCHOR:
        return None
    return found


def cue_pieces(pattern: str) -> set[str] | None:
    """Literal pieces one of which every match of a cue regex holds somewhere (lower case):
    a run of literal characters it always has, or the prefixes of a group it always has,
    the one whose shortest piece is longest (None when none has ``MIN_PIECE`` characters).
    """
    items = list(sre_parse.parse(pattern, re.IGNORECASE))
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    options: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            run = ""
        if op in (sre.BRANCH, sre.SUBPATTERN):
            found = _prefixes([(op, av)], "")
            if found:
                options.append(found)
    options = [o for o in options if min(len(p) for p in o) >= MIN_PIECE]
    return max(options, key=lambda o: min(len(p) for p in o)) if options else None


def search_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literal pieces one of which every match of a compiled regex holds (each
    ``MIN_PIECE`` characters or more), or None when none can be read off it."""
    found = _pieces(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    return None if found is None else _shortest(found)


def _pieces(items: list[Any]) -> set[str] | None:
    """Pieces one of which every match of the parsed ``items`` holds: of a run of literal
    characters, or of a group it always has (the set whose shortest piece is longest)."""
    options: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            if op in (sre.SUBPATTERN, sre.BRANCH):
                joined = _prefixes([(op, av)], run)  # the run and how the group goes on
                if joined and len(joined) <= MAX_JOINED:
                    options.append(joined)
            run = ""
        if op is sre.SUBPATTERN:
            inner = _pieces(list(av[3]))
        elif op is sre.BRANCH:
            inner = _union(_pieces(list(branch)) for branch in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _pieces(list(av[2]))
        else:
            inner = None
        if inner:
            options.append(inner)
    options = [o for o in options if min(len(p) for p in o) >= MIN_PIECE]
    return max(options, key=lambda o: min(len(p) for p in o)) if options else None


@dataclass(frozen=True)
class Guarded:
    """A regex and pieces one of which every match of it holds: a text holding none of them
    is not searched (``search`` gives what ``pattern.search`` gives)."""

    pattern: re.Pattern[str]
    pieces: tuple[str, ...] | None

    def search(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """``pattern.search(text)``; ``lowered`` is ``plain_lower(text)``."""
        if (
            self.pieces is not None
            and lowered is not None
            and not any(p in lowered for p in self.pieces)
        ):
            return None
        return self.pattern.search(text)


@lru_cache(maxsize=256)
def guarded(pattern: re.Pattern[str]) -> Guarded:
    """The guard of a compiled regex (read once per pattern)."""
    return Guarded(pattern, search_pieces(pattern))


def plain_lower(text: str) -> str | None:
    """The text in lower case, or None when it holds a character that folds into ASCII
    (then no piece test is made)."""
    return None if folds_to_ascii(text) else text.lower()


def _prefixes(items: list[Any], acc: str) -> set[str] | None:
    """The prefixes of the matches of the parsed ``items`` after the literal ``acc``."""
    if not items or len(acc) >= MAX_PREFIX:
        return {acc}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        char = chr(av)
        return _prefixes(rest, acc + char.lower()) if char.isascii() else {acc}
    if op is sre.IN:
        chars = _class_chars(av)
        return {acc} if chars is None else _or_stop((_prefixes(rest, acc + c) for c in chars), acc)
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[3]) + rest, acc)
    if op is sre.BRANCH:
        return _or_stop((_prefixes(list(branch) + rest, acc) for branch in av[1]), acc)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = av
        if low == 0 and high == 1:
            return _or_stop((_prefixes(rest, acc), _prefixes(list(item) + rest, acc)), acc)
        if low >= 1:
            return _prefixes(list(item), acc)  # what follows the first repeat is unknown
        return {acc}
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _prefixes(rest, acc)  # zero-width: the match starts with what follows
    return {acc}


def _class_chars(items: Any) -> list[str] | None:
    """The lower-case characters of a small class of single ASCII characters."""
    if len(items) > MAX_CLASS or any(op is not sre.LITERAL for op, _ in items):
        return None
    chars = [chr(av) for _, av in items]
    return [c.lower() for c in chars] if all(c.isascii() for c in chars) else None


def _or_stop(parts: Iterable[set[str] | None], acc: str) -> set[str]:
    """The union of the ways a match goes on after ``acc``, or ``acc`` alone (a match
    surely starts with it) when they are too many."""
    found = _union(parts)
    return {acc} if found is None else found


def _union(parts: Iterable[set[str] | None]) -> set[str] | None:
    """The union of prefix sets (None when one is unknown or they are too many)."""
    out: set[str] = set()
    for part in parts:
        if part is None:
            return None
        out |= part
        if len(out) > MAX_PREFIXES:
            return None
    return out


@dataclass(frozen=True)
class AnchorIndex:
    """One scan for the prefixes of many cue groups."""

    scan: re.Pattern[str]  # a prefix at a word start, captured inside a lookahead
    groups_of: dict[str, frozenset[str]]  # a prefix -> the groups of it and its own prefixes
    anchored: frozenset[str]  # the groups it tells of (any other is always scanned)
    # Groups with cues that have no prefixes: for each such cue, pieces one of which it holds.
    pieces: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()

    def may_match(self, group: str, text: str) -> bool:
        """Whether the group's regex may match somewhere in ``text``."""
        if group not in self.anchored:
            return True
        present = self.present(text)
        return present is None or group in present

    def present(self, text: str) -> frozenset[str] | None:
        """The anchored groups one of whose prefixes starts a word of ``text`` (None: the
        text holds a character that folds into ASCII, so every group is to be scanned)."""
        if folds_to_ascii(text):
            return None
        found: set[str] = set()
        for m in self.scan.finditer(text):
            found |= self.groups_of[m.group(1).lower()]
        if self.pieces:
            lowered = text.lower()
            for group, cues in self.pieces:
                if group not in found and any(p in lowered for cue in cues for p in cue):
                    found.add(group)
        return frozenset(found)


def folds_to_ascii(text: str) -> bool:
    """Whether the text holds a non-ASCII character that matches an ASCII one when case is
    ignored (then prefixes read in ASCII may miss a match)."""
    return any(_FOLDS_TO_ASCII.match(c) for c in set(_NON_ASCII.findall(text)))


def iter_matches(
    pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``starts`` (:func:`start_scan` of the
    pattern's cues) finds one of their prefixes: the same matches, in the same order.
    """
    if starts is None or folds_to_ascii(text):
        yield from pattern.finditer(text)
        return
    end = 0
    for s in starts.finditer(text):
        if s.start() < end:
            continue
        m = pattern.match(text, s.start())
        if m is not None:
            yield m
            end = max(m.end(), s.start() + 1)


def start_scan(cues: Sequence[str]) -> re.Pattern[str] | None:
    """A scan for where a match of any of ``cues`` may start (a word start holding one of
    their prefixes), or None when some cue has no prefixes."""
    found = [cue_prefixes(c) for c in cues]
    words: set[str] = set()
    for prefixes in found:
        if prefixes is None:
            return None
        words |= prefixes
    return re.compile(rf"(?<![\w-])(?={_trie(sorted(words))})", re.IGNORECASE)


def build_index(groups: dict[str, Sequence[str]]) -> AnchorIndex:
    """The anchor index of cue groups.

    Args:
        groups: each group's cue regexes (as compiled, case ignored unless a cue's own
            ``(?-i:...)`` says otherwise).

    Returns:
        The index; a group any of whose cues has no prefixes is not ``anchored``.
    """
    owners: dict[str, set[str]] = {}
    anchored: set[str] = set()
    pieces: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    for name, cues in groups.items():
        found = [cue_prefixes(c) for c in cues]
        loose = [cue_pieces(c) for c, f in zip(cues, found, strict=True) if f is None]
        if not cues or any(p is None for p in loose):
            continue
        anchored.add(name)
        if loose:
            pieces.append((name, tuple(_shortest(p or set()) for p in loose)))
        for prefixes in found:
            for prefix in prefixes or ():
                owners.setdefault(prefix, set()).add(name)
    groups_of = {
        prefix: frozenset(
            g for k in range(MIN_ANCHOR, len(prefix) + 1) for g in owners.get(prefix[:k], ())
        )
        for prefix in owners
    }
    body = _trie(sorted(owners)) if owners else "(?!)"
    scan = re.compile(rf"(?<![\w-])(?=({body}))", re.IGNORECASE)
    return AnchorIndex(scan, groups_of, frozenset(anchored), tuple(pieces))


def _shortest(pieces: set[str]) -> tuple[str, ...]:
    """The pieces that hold no other piece (a text holding one of them is what counts)."""
    ordered = sorted(pieces, key=lambda p: (len(p), p))
    kept: list[str] = []
    for piece in ordered:
        if not any(k in piece for k in kept):
            kept.append(piece)
    return tuple(kept)


def _trie(words: list[str]) -> str:
    """A regex matching the longest of ``words`` that starts where it is tried."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict[str, Any]) -> str:
    """The regex of a trie node: its branches, optional where a word ends here."""
    branches = [re.escape(c) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
