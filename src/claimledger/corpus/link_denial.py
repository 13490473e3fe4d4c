"""A sentence denying that its shooting is another's, read by its structure.

Input: a document's text. Output: whether a sentence of it denies a connection between
two shootings (``denies_connection``), read as **a connection word** (connect, link,
relate, tie, associate; "unrelated to", "separate from", "nothing to do with") **governed
by a negation in its clause** (not, n't, never, nothing, "no evidence/indication/sign/
reason/known/apparent...", "ruled out", unlikely), **about two shootings** (a plural or
"two" events, two event nouns, or a connection noun whose object is one: "ruled out any
connection to Saturday's killing").

Why: issue 13's hand-made linking sets missed a new wording of "not linked" every session
("have found nothing to connect the incident to the killing", "appears unrelated to",
"no evidence linking"), when ``link_apart`` read a list of wordings. The clause's
structure generalises where the list did not, and its opposite is read the same way:

* a question or a doubt is no denial: "investigating whether the two are connected",
  "not known if", "did not say whether", "it is not clear the shootings are linked";
* a negated ruling-out is an affirmation: "have not ruled out a connection",
  "could not rule out a link";
* "in connection with" is no connection word ("no one has been arrested in connection
  with the killing"); "no" counts only before a word of evidence ("no arrests" does not);
* a round-up's "in a separate shooting" or "an isolated incident" denies nothing
  (only "separate from" and "unrelated to" a shooting, or a predicate "are unrelated").

No dependency parse: ``link_apart`` runs in the writer on the stored text, where none is
kept; the clause is the words back to the last clause boundary (a semicolon, "but",
"whether", "if", "said"), at most ``SCOPE`` words.
"""

from __future__ import annotations

import re

# Words back from a connection word within which its negation is looked for.
SCOPE = 12
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[;:,]")
_SENTENCE = re.compile(r"[^.!?]+")


def _w(words: str) -> frozenset[str]:
    """A set of words written in one string."""
    return frozenset(words.split())


_CONNECT = _w(
    "connect connected connecting connects connection connections link linked linking links "
    "related relation relationship tie tied ties tying associated association"
)
# Nouns of a connection whose object (to/with/between ...) names the other shooting.
_NOMINAL = _w("connection connections link links tie ties relation association")
_EVENT = _w(
    "shooting shootings killing killings homicide homicides slaying slayings murder murders "
    "death deaths"
)
_TWO_OF = _w("events incidents cases attacks") | _EVENT
# Words ending a clause scanned back from the connection word (or making it a question).
_BOUNDARY = _w(
    "; : but whether if who whom whose which although though while because said says say told"
)
_NOT = _w("not never cannot nothing unlikely")
# After "no"/"none": a word of evidence ("no indication", "no known connection").
_EVIDENCE = (
    _w(
        "evidence indication indications sign signs reason known apparent immediate obvious "
        "clear direct suggestion information belief"
    )
    | _NOMINAL
)
# Between a "not" and the connection word: a doubt, not a denial ("not clear", "not say").
_DOUBT = _w(
    "clear known sure certain determined decided say confirm confirmed release released "
    "disclose disclosed comment know yet"
)
_BE = _w("be is are was were been being appear appears appeared seem seems seemed")
# "related to" a person is kinship ("the victim was not related to the suspect").
_PEOPLE = _w(
    "suspect suspects victim victims gunman shooter him her them man woman boy girl family"
)
# Words between a predicate's subject and its connection word ("the shootings were not
# believed to be related", "it did not appear to be connected").
_AUX = _BE | _w(
    "not never do does did have has had to also likely directly necessarily in any way "
    "believed thought considered ,"
)
# A predicate's subject telling a shooting ("the shooting", "it", "the two cases").
_SUBJECT = _EVENT | _w("it this that incident")
_PARTICIPLE = _w("related connected linked tied associated unrelated")
_PREPOSITION = _w("to with from between")
_DETERMINER = _w("the a an this that his her their its any either")


def denies_connection(text: str | None) -> bool:
    """Whether a sentence of the text denies a connection between two shootings.

    Args:
        text: the document text.

    Returns:
        True for "Investigators have found nothing to connect the incident to the
        killing", "The two homicides are not related", "ruled out any connection to
        Saturday's killing"; False for "investigating whether the two are connected",
        "have not ruled out a connection", "believe the shootings are linked".
    """
    if not text:
        return False
    return any(_sentence_denies(s.group(0)) for s in _SENTENCE.finditer(text))


def _sentence_denies(sentence: str) -> bool:
    """Whether one sentence denies a connection between two shootings."""
    toks = [t.lower().replace("’", "'") for t in _TOKEN.findall(sentence)]
    for i, t in enumerate(toks):
        if t in _CONNECT:
            if i and toks[i - 1] == "in" and t in ("connection", "relation", "association"):
                continue  # "arrested in connection with the killing"
            if t == "related" and _kin(toks[i + 1 : i + 4]):
                continue
            if _negated(toks, i) and _about_shootings(toks, i):
                return True
        elif _inherent(toks, i) and _about_shootings(toks, i):
            return True
    return False


def _kin(after: list[str]) -> bool:
    """Whether "related" is followed by a person ("to the suspect"): kinship."""
    return after[:1] == ["to"] and any(w in _PEOPLE for w in after[1:])


def _inherent(toks: list[str], i: int) -> bool:
    """A word denying a connection by itself, not negated: "unrelated", "separate from",
    "nothing to do with"."""
    t, after = toks[i], toks[i + 1 : i + 4]
    if t == "unrelated":
        said = True
    elif t == "separate":
        said = after[:1] == ["from"]
    elif t == "nothing":
        said = after == ["to", "do", "with"]
    else:
        return False
    back = toks[max(0, i - 4) : i]
    return said and not any(w in _NOT or w.endswith("n't") for w in back)


def _negated(toks: list[str], i: int) -> bool:
    """Whether the connection word at ``i`` is governed by a negation in its clause."""
    for j in range(i - 1, max(-1, i - 1 - SCOPE), -1):
        w = toks[j]
        if w in _BOUNDARY or (w == "and" and set(toks[j + 1 : j + 2]) & _BE):
            return False  # a clause's end, or "not random and appears connected"
        if w == "out" and j and toks[j - 1] in ("ruled", "rule", "rules", "ruling"):
            # "ruled out a connection": a denial, unless the ruling-out is negated
            # ("have not ruled out", "could not rule out", "has yet to rule out").
            back = toks[max(0, j - 5) : j - 1]
            return not any(b in _NOT or b.endswith("n't") or b == "yet" for b in back)
        if w in ("no", "none"):
            if set(toks[j + 1 : j + 3]) & _EVIDENCE or j + 1 == i:
                return True
            continue
        if w in _NOT or w.endswith("n't"):
            return not (set(toks[j + 1 : i]) & _DOUBT) and not _other_verb(toks, j, i)
    return False


def _other_verb(toks: list[str], j: int, i: int) -> bool:
    """Whether a be-verb between a negation (``j``) and the connection word (``i``)
    heads another predicate ("did not name, was arrested on ... murder related to"):
    the words from it to the connection word are not all auxiliaries."""
    return any(toks[k] in _BE and not all(w in _AUX for w in toks[k:i]) for k in range(j + 1, i))


def _events(toks: list[str]) -> int:
    """Event nouns among words, a plural or "two" events counting as two."""
    n = sum(t in _EVENT for t in toks)
    if any(t in _EVENT and t.endswith("s") for t in toks):
        n += 1
    if any(a == "two" and b in _TWO_OF for a, b in zip(toks, toks[1:], strict=False)):
        n += 1
    return n


def _subject(toks: list[str], i: int) -> list[str]:
    """A predicate's subject: the two words before the auxiliaries ahead of ``i``."""
    j = i - 1
    while j >= 0 and (toks[j] in _AUX or toks[j].endswith("n't")):
        j -= 1
    return toks[max(0, j - 1) : j + 1]


def _about_shootings(toks: list[str], i: int) -> bool:
    """Whether the connection word at ``i`` is said of two shootings.

    A noun ("any connection to Saturday's killing", "a link between the shootings"):
    its object. A verb with its object ("nothing to connect the incident to the killing",
    "have not linked the killing to last week's shooting"): two events in what follows.
    A predicate ("the shooting appears unrelated to the killing", "the two homicides
    are not related"): its subject a shooting, and its object one or itself plural.
    A participle after a noun ("charges related to the shooting") is said of that noun.
    """
    t, nxt = toks[i], toks[i + 1 : i + 2]
    obj = toks[i + 2 : i + 9]
    prep = nxt[0] if nxt and nxt[0] in _PREPOSITION else None
    if prep == "between":
        return _events(obj) >= 2
    if t in _NOMINAL and (prep or not nxt):
        return prep is not None and (_events(obj) >= 1 or "other" in obj[:3])
    if t in _PARTICIPLE and nxt and nxt[0] in _DETERMINER:
        t = "linking"  # an active verb and its object ("have not linked the killing to")
    if t in _PARTICIPLE or t == "separate" or t == "nothing":
        subject = _subject(toks, i)
        if not subject or not (set(subject) & (_SUBJECT | _TWO_OF)):
            return False  # "charges related to", "an unrelated weapons charge"
        if prep:
            return _events(obj) >= 1 or "other" in obj[:3] or "each" in obj[:1]
        return _events(subject) >= 2 or "two" in subject
    span = toks[i + 1 : i + 11]
    return _events(span) + ("incident" in span) >= 2
