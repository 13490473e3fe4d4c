"""Which sentences can state a figure without a number (a speed gate for ``figures``).

``figures`` asks every token of a sentence whether it names one victim
(``single_victim.RULES``), a counted event ("double shooting") or a negated subject ("no
one was killed"). Every one of those answers ends on a casualty word found through the
parse or next to the token, so a sentence holding none of the words below can answer
nothing and is skipped whole. The tables list every word a rule or a casualty test reads:

* the casualty table, its misspellings, and the words :func:`casualty_words.casualty`
  reads a figure from in context ("fatally assaulted", "lost their lives", "passed away",
  "sent to hell", "put out of action", "held for questioning", "handed themselves in",
  "hit by a stray bullet"), and the lemmas of the verb classes (``verb_classes``:
  "netted five", "picked up", "is in police custody", "wiped out", "lost one of its");
* the phrases ``adjacent.right_casualty`` reads after a victim ("taken prisoner", "made
  the supreme sacrifice", "embraced shahadat", "did not make it", "rose as martyrs", "in
  intensive care", "admitted with burns", "lost a leg", "had been taken");
* the rules' own words: "martyr(ed)", "body", "victims" ("among the victims were"),
  "gone" ("... are gone."), the nouns of a death or an arrest with "of" and a mourned
  "passing" or "loss", the mourning verbs, "double"/"triple" ... and "murder-suicide",
  "harmed" ("no civilians were harmed"), "left" ("our comrade X left us").

A test reads the parse of the whole spaCy sentence, so the gate looks at the spaCy
sentence of each sentence ``figures`` cuts (and a few tokens either side, which the
adjacency tests may read). Outputs are the same with and without the gate.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.antecedents import PLURAL_PRONOUNS
from claimledger.extract.numbers.casualty_words import (
    DESTROY,
    GIVE,
    LAY,
    LEFT,
    LOSE,
    SENT_TO,
    by_gunfire,
    fell_in_battle,
    gives_self_up,
    left_us,
)
from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    HIT_VERBS,
    MULTIPLE,
    NEG_SUBJECTS,
    OF_NOUNS,
    TYPOS,
)
from claimledger.extract.numbers.negation import ANYONE, NEGATED_NOUNS
from claimledger.extract.numbers.single_victim import may_name
from claimledger.extract.numbers.verb_classes import CUSTODY_NOUNS, ENDING, JAILS, TAKING
from claimledger.extract.numbers.victim_roles import self_destroyed
from claimledger.extract.numbers.words import doc_words

__all__ = ["TRIGGER_LEMMAS", "TRIGGER_WORDS", "may_state", "quiet_tokens"]

# "shot", "shooting", "stabbing" (and their misspellings) name no figure as nouns ("shots
# were fired", "the shooting happened at 2 a.m."): see ``_WHEN``.
_SHOOT = frozenset(w for w, f in (*CASUALTY.items(), *TYPOS.items()) if f == "shoot")
# Words that are triggers wherever they stand.
TRIGGER_WORDS = frozenset(
    (CASUALTY.keys() | TYPOS.keys()) - _SHOOT
    # casualty(): "in critical condition", "taken to hospital", "fatally assaulted"
    | {"condition", "hospital", "hospitals", "fatally", "mortally"}
    # _phrase_casualty(): "paid the supreme price", "25 militants were destroyed", "sent to
    # hell", "rounded up", "securing two persons", "held for questioning"
    | DESTROY
    | SENT_TO
    | LOSE
    | {"price", "sacrifice", "rounded", "rounding", "secured", "securing"}
    | {"questioning", "interrogation", "custody", "detention"}
    # right_casualty(): "taken prisoner", "embraced shahadat", "rose as martyrs", "in
    # intensive care", "with burns"
    | {"prisoner", "prisoners", "captive", "captives"}
    | {"shahadat", "shahadah", "martyrdom", "martyr", "martyrs", "shaheed"}
    | {"intensive", "burns", "amputation", "amputations"}
    # the rules: "his brother's passing", "double shooting"
    | {"passing"}
    | MULTIPLE.keys()
)
# Lemmas (lowercased) that are triggers wherever they stand: the verb classes ("netted
# five", "remain in detention", "held the owner", "lost one of its sepoys", "terminated",
# "wiped out", "booked into the county jail"), the mourning verbs ("I mourn my niece", "we buried my nephew", "mourning
# the loss of"), "no one was harmed".
TRIGGER_LEMMAS = frozenset(
    TAKING
    | ENDING
    | CUSTODY_NOUNS
    | JAILS
    | {"hold", "lose", "wipe", "mourn", "bury", "eulogize", "eulogise", "grieve", "lament"}
    | {"harm"}
)


def _of_or_owner(tok: Token) -> bool:
    """ "the shooting of a teenager", "the murder of X", "the woman's murder"."""
    return any(c.lower_ == "of" or c.dep_ == "poss" for c in tok.children)


def _next(tok: Token, *words: str) -> bool:
    """Whether the next token is one of ``words``."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in words


def _before(tok: Token, words: frozenset[str], n: int = 1) -> bool:
    """Whether one of the ``n`` tokens before ``tok`` is one of ``words``."""
    return any(t.lower_ in words for t in tok.doc[max(tok.i - n, 0) : tok.i])


def _captive(tok: Token) -> bool:
    """ "30 students had been taken.", "taken hostage", "taken from their homes"."""
    doc, k = tok.doc, tok.i + 1
    if k >= len(doc) or doc[k].is_space or doc[k].is_sent_start:
        return True
    return doc[k].lower_ in (".", ",", ";", "hostage", "hostages", "captive", "away", "from", "by")


def _shoot(tok: Token) -> bool:
    """ "shot", "stabbing" as a verb or a name; as a noun only "the shooting of X"."""
    return tok.pos_ != "NOUN" or (tok.lower_ == "shooting" and _of_or_owner(tok))


def _hit(tok: Token) -> bool:
    """ "hit by a stray bullet", "the gun went off, hitting a bystander"."""
    return tok.pos_ == "VERB" or by_gunfire(tok)


_LIVES_BY = LOSE | LAY | GIVE


def _lives(tok: Token) -> bool:
    """ "lost their lives", "gave his life" (and "the lives of" as an ``OF_NOUNS`` word)."""
    return _before(tok, _LIVES_BY, 3) or (tok.lower_ in OF_NOUNS and _of_or_owner(tok))


def _murder(tok: Token) -> bool:
    """ "the murder of X", "the woman's murder", "murder-suicide"."""
    return _of_or_owner(tok) or _next(tok, "-")


# Words that are triggers only where the test the rules make of them may hold.
_WHEN: dict[str, Callable[[Token], bool]] = {
    **dict.fromkeys(_SHOOT, _shoot),
    **dict.fromkeys(HIT_VERBS, _hit),
    **dict.fromkeys(OF_NOUNS.keys() - CASUALTY.keys(), _of_or_owner),  # "the remains of"
    **dict.fromkeys(("life", "lives"), _lives),
    **dict.fromkeys(("murder", "murders", "homicide"), _murder),
    **dict.fromkeys(("fell", "fallen"), fell_in_battle),  # "fell in combat"
    **dict.fromkeys(LEFT, left_us),  # "our comrade X left us"
    **dict.fromkeys(
        ("himself", "herself", "themselves"),
        lambda t: gives_self_up(t.head) or self_destroyed(t.head),  # "blew himself up"
    ),
    "away": lambda t: _before(t, frozenset({"passed", "passes"})),  # "passed away"
    "action": lambda t: [x.lower_ for x in t.doc[max(t.i - 2, 0) : t.i]] == ["out", "of"],
    "taken": _captive,
    "victims": lambda t: t.head.lower_ == "among",  # "Among the victims were ..."
    "gone": lambda t: _before(t, frozenset({"are", "were"})),  # "... are gone."
    "it": lambda t: _before(t, frozenset({"make", "made"})),  # "did not make it"
}
# Lemmas of a verb and its particle ("picked up six", "taken in for questioning", "handed
# them over"): triggers with a particle among the verb's children or right after it.
_PARTICLES = frozenset({"up", "in", "over"})
_PARTICLE_LEMMAS = frozenset({"pick", "round", "take", "hand", "lock"})


def _trigger(tok: Token) -> bool:
    """Whether ``tok`` is a word any unnumbered figure could start from."""
    low = tok.lower_
    if low in TRIGGER_WORDS or (test := _WHEN.get(low)) is not None and test(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma in TRIGGER_LEMMAS:
        return True
    return lemma in _PARTICLE_LEMMAS and (
        any(c.lower_ in _PARTICLES for c in tok.children) or _next(tok, *_PARTICLES)
    )


# Tokens the tests of a casualty word may read beyond its sentence ("fatally" before a
# verb, "to death" after it).
_REACH = 3


def quiet_tokens(doc: Doc) -> bytearray:
    """1 for each token whose spaCy sentence (and ``_REACH`` tokens either side) holds no
    trigger word: no token there can state a figure without a number.

    Words are read once per Doc (``words.doc_words``: a Python Token for every word would
    cost most of what the gate saves) and each distinct lemma is lowercased once; a Token
    is made only for a word whose test reads its context (``_WHEN``, a particle
    verb's lemma)."""
    quiet = bytearray(len(doc))
    if not len(doc):
        return quiet
    lowers, lemmas, _ = doc_words(doc)
    hits = []
    for i, (low, lem) in enumerate(zip(lowers, lemmas, strict=True)):
        kind = _LEMMA_KINDS.get(lem)
        if kind is None:
            kind = _lemma_kind(lem)
            if len(_LEMMA_KINDS) < 500_000:  # (a bound: the vocabulary of a long run)
                _LEMMA_KINDS[lem] = kind
        if low in TRIGGER_WORDS or kind == _HIT:
            hits.append(True)
        else:
            hits.append((low in _WHEN or kind == _TEST) and _trigger(doc[i]))
    marks = list(accumulate(hits, initial=0))
    for sent in doc.sents:
        lo, hi = max(sent.start - _REACH, 0), min(sent.end + _REACH, len(doc))
        if marks[hi] == marks[lo]:
            quiet[sent.start : sent.end] = b"\x01" * (sent.end - sent.start)
    return quiet


# What a lemma says by itself: no trigger, a test of its context to make (:func:`_trigger`
# on its Token), or a trigger. Cached by lemma.
_NONE, _TEST, _HIT = 0, 1, 2
_LEMMA_KINDS: dict[str, int] = {}


def _lemma_kind(lemma: str) -> int:
    """The kind of a lemma."""
    low = lemma.lower()
    return _HIT if low in TRIGGER_LEMMAS else _TEST if low in _PARTICLE_LEMMAS else _NONE


# The words besides ``single_victim.may_name``'s that ``figures._unnumbered`` reads a token
# for: a counted event ("double shooting", "murder-suicide"), a negated subject ("nobody",
# "no person") or noun ("no injuries"), a denied "anyone", a plural pronoun taken ("arresting
# them": ``antecedents``).
_UNNUMBERED = frozenset(
    MULTIPLE.keys()
    | {"murder", "homicide", "no"}
    | NEG_SUBJECTS
    | NEGATED_NOUNS
    | ANYONE
    | PLURAL_PRONOUNS
)


def may_state(tok: Token) -> bool:
    """Whether ``figures._unnumbered`` may find anything at ``tok`` (in a sentence that holds a
    trigger): a noun, a name, an adjective, or one of the words its rules read."""
    return may_name(tok) or tok.lower_ in _UNNUMBERED
