"""Casualty words right after a count or its victims (for ``link``).

"37 wounded", "nine were injured" (past auxiliaries and adverbs), "Jane Doe, 34, of
Springfield, was killed" (past a short apposition), and phrases: "lost their lives",
"passed away", "had been taken", "with a gunshot wound", "in critical condition", "taken
to hospital". Split from ``link`` (module size); ``link`` re-exports what others import.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, is_person, lives_given
from claimledger.extract.numbers.lexicon import (
    BRIDGE,
    CASUALTY_NOUNS,
    CONDITION_ADJ,
    HOSPITAL_VERBS,
    KIN_MANY,
    LOST_PARTS,
    PHRASE_BRIDGE,
)

__all__ = [
    "buried_count",
    "buried_dead",
    "into_custody",
    "martyrs_of",
    "past_possessor",
    "phrase_casualty",
    "put_at",
    "right_casualty",
    "skip_bridge",
]


def skip_bridge(doc: Doc, k: int, hi: int, limit: int = 4) -> int:
    """Index of the first token at or after k that is not an auxiliary/adverb bridge."""
    n = 0
    while k < hi and n < limit:
        if doc[k].lower_ in BRIDGE or doc[k].tag_ == "RB" or doc[k].lower_ in ("may", "might"):
            k += 1
            n += 1
        elif _closes_label(doc, k):
            k += 1  # 'reports 18 "terrorists" killed': the quote marks a label, not a stop
        elif doc[k].lower_ == "," and (close := _apposition_end(doc, k, hi)) is not None:
            # an apposition: "Jane Doe, 34, of Springfield, was killed"; after a name its
            # closing comma may open the next ("Sepoy X, age 24, resident of Osk, embraced
            # shahadat"; not after a count: "On Feb. 6, X, Jr., 2, was shot" is no six)
            chained = doc[k - 1].pos_ == "PROPN" and _apposition_end(doc, close, hi) is not None
            k = close if chained else close + 1
        else:
            break
    return k


def _closes_label(doc: Doc, k: int) -> bool:
    """Whether the quote mark at ``k`` closes a quoted label of one or two words right
    after a count ('18 "terrorists"', "five 'martyrs'")."""
    if not doc[k].is_quote:
        return False
    for j in (k - 2, k - 3):
        if (
            j >= 1
            and doc[j].is_quote
            and doc[j - 1].like_num
            and all(t.is_alpha for t in doc[j + 1 : k])
        ):
            return True
    return False


def _apposition_end(doc: Doc, k: int, hi: int) -> int | None:
    """Index of the comma closing a short verbless apposition opened at ``k``; after the
    size of a group ("A family of five, parents and three children, died") the apposition
    may list the group's members (not after a count of its own: "Five soldiers, two
    police and a civilian were killed" lists more victims)."""
    members = k > 1 and doc[k - 1].like_num and doc[k - 1].dep_ == "pobj"
    members = members and doc[k - 1].head.lower_ == "of"
    for j in range(k + 1, min(k + 7, hi)):
        t = doc[j]
        if t.lower_ == ",":
            return j if j > k + 1 else None
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("or", "but"):
            return None
        if t.lower_ == "and" and not members:
            return None
    return None


def right_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """A casualty word at k (after bridge words), with typo tolerance."""
    k = skip_bridge(doc, k, hi)
    if k >= hi:
        return None
    tok = doc[k]
    if (lives := lives_given(doc, k, hi)) is not None:
        return lives  # "lost their lives", "laid down their lives", "gave his life"
    if tok.lower_ in ("passed", "passes") and k + 1 < hi and doc[k + 1].lower_ == "away":
        return doc[k + 1]
    if (held := taken_prisoner(doc, k, hi)) is not None:
        return held  # "were taken prisoner", "taken into custody": arrested
    if (phrased := verb_phrase(doc, k, hi)) is not None:
        return phrased
    if tok.lower_ == "taken" and _taken_captive(doc, k, hi):
        return tok  # figure_of reads it as abducted
    if tok.lower_ == "among" and k + 2 < hi and doc[k + 1].lower_ in ("the", "those"):
        # "his son and two nephews were among the dead", "three were among those wounded"
        among = doc[k + 2]
        return among if casualty(among) is not None else None
    if casualty(tok, fuzzy=True) is None:
        # "was attacked and beaten to death", "was abducted and killed"
        for c in tok.conjuncts:
            if tok.i < c.i <= tok.i + 4 and c.pos_ == "VERB" and casualty(c) is not None:
                return c
            if tok.i < c.i <= tok.i + 6 and (held := taken_prisoner(doc, c.i, hi)) is not None:
                # "surrendered and have been taken prisoner", "laid down their arms and
                # were taken prisoner"
                return held
        return phrase_casualty(doc, k, hi)
    if tok.lower_ in ("body", "bodies", "wound", "wounds") and tok.pos_ != "NOUN":
        return None
    return tok


# Verbs of "rose/fell as martyrs" (a faction's wording of its dead).
_ROSE_AS = frozenset({"rose", "rise", "risen", "rises", "ascended", "fell", "fallen"})


def martyrs_of(verb: Token) -> Token | None:
    """The "martyrs" of "rose/fell as martyrs" when ``verb`` is that verb, else None."""
    if verb.lower_ not in _ROSE_AS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in ("martyr", "martyrs", "shaheed"):
                    return obj
    return None


def verb_phrase(doc: Doc, k: int, hi: int) -> Token | None:
    """The casualty word of a verb phrase at ``k``: "paid the supreme price", "made the
    supreme sacrifice", "embraced shahadat" (killed),
    "were identified as killed", "fled with bullet wounds" (hurt, not displaced)."""
    low = doc[k].lower_
    if (
        low in ("paid", "pay", "pays", "paying")
        and k + 3 < hi
        and doc[k + 2].lower_ in ("supreme", "ultimate")
        and doc[k + 3].lower_ == "price"
    ):
        return doc[k + 3]  # figure_of reads killed
    if (
        low in ("made", "make", "makes", "making")
        and k + 3 < hi
        and doc[k + 2].lower_ in ("supreme", "ultimate")
        and doc[k + 3].lower_ == "sacrifice"
    ):
        return doc[k + 3]  # "made the supreme sacrifice": killed
    if (
        low in ("embraced", "embrace", "embraces", "attained", "achieved")
        and k + 1 < hi
        and doc[k + 1].lower_ in ("shahadat", "shahadah", "martyrdom")
        and (k + 2 >= hi or doc[k + 2].lower_ != "as")  # not "embraced martyrdom as an idea"
    ):
        return doc[k + 1]  # "embraced shahadat", "attained martyrdom": killed
    if low in _PULLED_OUT:  # "five people were pulled out injured"
        j = k + 1
        while j < hi and doc[j].lower_ in ("out", "alive"):
            j += 1
        if j > k + 1 and j < hi and casualty(doc[j]) == "injured":
            return doc[j]
    if (made := _did_not_make_it(doc, k, hi)) is not None:
        return made  # "Two of them did not make it": figure_of reads killed
    if low in _ROSE_AS and k + 2 < hi and doc[k + 1].lower_ == "as":
        return martyrs_of(doc[k])  # "four of its fighters rose as martyrs": killed
    if (
        low in ("identified", "listed", "confirmed", "named", "registered")
        and k + 2 < hi
        and doc[k + 1].lower_ == "as"
        and casualty(doc[k + 2]) in ("killed", "injured")
    ):
        return doc[k + 2]
    if low in ("fled", "escaped"):
        return phrase_casualty(doc, k + 1, hi)
    if low in ("survived", "survives"):
        # "only one child survived, badly injured", "two survived with burns"
        j = k + 1 + (k + 1 < hi and doc[k + 1].text == ",")
        while j < hi and doc[j].tag_ == "RB":
            j += 1
        if j < hi and casualty(doc[j]) == "injured":
            return doc[j]
        return phrase_casualty(doc, k + 1, hi)
    return None


# Verbs of people brought out of rubble or a wreck: "pulled out injured", "dug out alive, injured".
_PULLED_OUT = frozenset({"pulled", "dug", "brought", "carried", "rescued"})


def _did_not_make_it(doc: Doc, k: int, hi: int) -> Token | None:
    """The "it" of "did not make it" / "never made it" said of people counted before, where
    the clause ends or goes on "through" ("did not make it through the night"); not "did
    not make it to the wedding"."""
    low = doc[k].lower_
    if low in ("did", "does") and k + 1 < hi and doc[k + 1].lower_ in ("not", "n't"):
        k += 2
    elif low == "never":
        k += 1
    elif not (low == "made" and k > 0 and doc[k - 1].lower_ == "never"):  # (skipped as RB)
        return None
    if k + 1 >= hi or doc[k].lower_ not in ("make", "made") or doc[k + 1].lower_ != "it":
        return None
    nxt = doc[k + 2] if k + 2 < hi else None
    if nxt is None or nxt.is_punct or nxt.lower_ in ("through", "and", "but"):
        return doc[k + 1]
    return None


def _taken_captive(doc: Doc, k: int, hi: int) -> bool:
    """'30 students had been taken.', 'taken hostage', 'taken from their homes' (not 'to hospital')."""
    nxt = doc[k + 1].lower_ if k + 1 < hi else "."
    return nxt in (".", ",", ";", "hostage", "hostages", "captive", "away", "from", "by")


_BE = frozenset({"is", "are", "was", "were"})
_WHEN_AFTER = frozenset({"after", "on", "since", "following", "overnight", "today", "tonight"})


def _be_in_hospital(doc: Doc, k: int, hi: int) -> bool:
    """'9 people were in hospital', 'three are in the hospital': a form of "be" right
    before "in (the) hospital" bridges the count to it as "remained" does (thirty-sixth
    session)."""
    j = k - 1 if k > 0 and doc[k - 1].lower_ in _BE else k
    if j >= hi or doc[j].lower_ not in _BE or j + 2 >= hi or doc[j + 1].lower_ != "in":
        return False
    nxt = j + 3 if doc[j + 2].lower_ == "the" else j + 2
    if nxt >= hi or doc[nxt].lower_ not in ("hospital", "hospitals"):
        return False
    # the clause ends there or goes on with when ("9 people were in hospital, citing the
    # mayor", "in hospital after the blast"); not "two doctors were in hospital visiting
    # patients" or "in the hospital with their families": there for something else
    after = doc[nxt + 1] if nxt + 1 < hi else None
    return after is None or after.is_punct or after.lower_ in _WHEN_AFTER


def phrase_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """'with a gunshot wound', 'in critical condition', 'taken to hospital' after a victim."""
    # "58 people remained in hospital": the verb is a bridge word, skipped before ``k``
    seen_hospital_verb = k > 0 and doc[k - 1].lower_ in HOSPITAL_VERBS
    seen_hospital_verb = seen_hospital_verb or _be_in_hospital(doc, k, hi)
    for j in range(k, min(k + 9, hi)):
        t = doc[j]
        low = t.lower_
        if low in ("wound", "wounds", "injuries", "injury") and j > k:
            return t
        if low == "condition" and doc[j - 1].lower_ in CONDITION_ADJ:
            return t
        if (low == "care" and doc[j - 1].lower_ == "intensive") or (
            low in ("burns", "amputation", "amputations") and j > k
        ):
            return t  # "in intensive care", "admitted with burns", "required amputations"
        if low in ("hospital", "hospitals") and seen_hospital_verb:
            return t
        if (part := _lost_part(doc, j, hi)) is not None:
            return part  # "one of them lost a leg": figure_of reads injured
        if low in HOSPITAL_VERBS:
            seen_hospital_verb = True
        elif low not in PHRASE_BRIDGE and not (
            t.ent_type_ == "ORG" or t.pos_ == "PROPN" or _wound_modifier(t)
        ):
            return None
    return None


_WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries"})
# Body parts a wound noun may be compounded with: "a head injury" tells where a picture shows
# a wound ("a girl with a head injury" in a video), not a toll's kind of wound.
_BODY_PARTS = LOST_PARTS | {"head", "chest", "neck", "face", "back", "abdomen", "stomach"}


def _wound_modifier(t: Token) -> bool:
    """A noun the parse compounds with a wound noun after it: the kind of wound ("with fatal
    stab wounds", "with knife injuries", "with blast wounds to the chest"); not an
    adjective ("with a visible injury" tells of a picture, not a toll) nor a body part
    ("with a head injury")."""
    return (
        t.dep_ == "compound"
        and t.lower_ not in _BODY_PARTS
        and t.head.i > t.i
        and t.head.lower_ in _WOUND_NOUNS
    )


_LOST_DET = frozenset({"a", "an", "one", "both", "his", "her", "their"})


def _lost_part(doc: Doc, j: int, hi: int) -> Token | None:
    """The body part of "lost a leg", "lost both eyes" when ``j`` is "lost"."""
    if doc[j].lower_ not in ("lost", "lose", "loses", "losing") or j + 2 >= hi:
        return None
    det, part = doc[j + 1], doc[j + 2]
    return part if det.lower_ in _LOST_DET and part.lower_ in LOST_PARTS else None


def taken_prisoner(doc: Doc, k: int, hi: int) -> Token | None:
    """The word that makes "taken" an arrest: "taken prisoner", "taken into custody"."""
    if doc[k].lower_ not in ("taken", "took", "take", "taking") or k + 1 >= hi:
        return None
    nxt = doc[k + 1]
    if nxt.lower_ in ("prisoner", "prisoners"):
        return nxt
    if nxt.lower_ == "into" and k + 2 < hi and doc[k + 2].lower_ == "custody":
        return doc[k + 2]
    return None


def into_custody(verb: Token) -> Token | None:
    """The "custody" of "took two of his associates into custody" (an arrest), or None."""
    if verb.lemma_.lower() != "take":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "into":
            return next((x for x in c.children if x.lower_ == "custody"), None)
    return None


# Verbs that put a toll at a number: "a shopkeeper put the dead at six".
_PUT_VERBS = frozenset({"put", "puts", "putting", "placed", "place", "places", "set", "sets"})
_TOLL_ADJ = frozenset({"dead", "wounded", "injured", "killed"})


def put_at(doc: Doc, s: int, lo: int) -> tuple[Token, str] | None:
    """The casualty word of "put the dead at N" or, after the dead were named in the
    sentence, "put their number at N" (N starts at ``s``); None otherwise."""
    if s - 4 < lo or doc[s - 1].lower_ != "at" or doc[s - 4].lower_ not in _PUT_VERBS:
        return None
    noun, det = doc[s - 2], doc[s - 3]
    fig = casualty(noun)
    if det.lower_ in ("the", "their") and noun.lower_ in _TOLL_ADJ and fig is not None:
        return noun, fig
    if det.lower_ == "their" and noun.lower_ == "number":
        for j in range(s - 5, lo - 1, -1):
            fig = casualty(doc[j])
            if fig in ("killed", "injured"):
                return doc[j], fig
    return None


_BURIED = frozenset({"buried", "bury", "burying", "buries"})


def buried_dead(verb: Token, victim: Token | None) -> bool:
    """Whether a count after ``verb`` counts people buried dead ("residents buried 19
    people"; not "the blast buried 19 people under the rubble" nor "buried alive")."""
    return (
        verb.lower_ in _BURIED
        and verb.pos_ == "VERB"
        and victim is not None
        and (is_person(victim) or victim.lower_ in CASUALTY_NOUNS)
        and not any(t.lower_ in ("under", "beneath", "alive", "rubble") for t in verb.subtree)
    )


_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def past_possessor(doc: Doc, k: int, hi: int) -> int:
    """Past a possessor to the noun it owns: "four of the group's | fighters"."""
    if k + 2 < hi and doc[k].pos_ in ("NOUN", "PROPN") and doc[k + 1].tag_ == "POS":
        k += 2
        while k + 1 < hi and doc[k].pos_ == "ADJ":
            k += 1
    return k


def buried_count(doc: Doc, s: int, lo: int, victim: Token | None) -> Token | None:
    """The burying verb before a count of people buried dead: "residents buried 19
    people on Friday", "Omar buried his two sons" (relatives after a possessive)."""
    if buried_dead(doc[s - 1], victim):
        return doc[s - 1]
    kin = victim if victim is not None and victim.lower_ in KIN_MANY else None
    if doc[s - 1].lower_ in _POSSESSIVES and s - 2 >= lo and buried_dead(doc[s - 2], kin):
        return doc[s - 2]
    # "mourned the loss of her two sons"
    loss = doc[s - 3] if s - 3 >= lo and doc[s - 2].lower_ == "of" else None
    if (
        kin is not None
        and doc[s - 1].lower_ in _POSSESSIVES
        and loss is not None
        and loss.lower_ == "loss"
        and loss.head.lemma_.lower() in ("mourn", "grieve", "lament")
    ):
        return loss
    return None
