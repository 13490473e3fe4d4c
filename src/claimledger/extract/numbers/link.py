"""Tie a number to its casualty word (helpers of ``extract/numbers.py``).

Works on one sentence of a spaCy ``Doc`` (token bounds ``lo``/``hi``) and
returns tokens and plain values; nothing here leaves ``extract/``. The order of
tests in :func:`link_count`, cheapest first:

1. a casualty participle between the number and its noun: "20 injured soldiers";
2. right-adjacent: the number (or its victim noun) is followed, after at most a
   few auxiliaries/adverbs, by a casualty word: "37 wounded", "25 soldiers were
   killed", "nine were injured", "three people dead", "12 fatalities";
3. left-adjacent: a casualty verb right before it ("killing three", "killed 12
   militants"), "bodies of five", or a toll phrase ("the death toll rose to 12");
4. the dependency parse: the number or its noun is the passive subject, the
   subject of an intransitive casualty verb ("died"), or the object of an active
   one, following ``conj`` to the first conjunct;
5. a part of a count just stated: "including two children", "9 children among
   them" take the casualty word of their clause.

Right-adjacent words include phrases: "with a gunshot wound", "in critical
condition", "taken to hospital" (injured), "lost their lives", "passed away"
(killed), "had been taken" (abducted). Casualty verbs that are negated or
counterfactual ("was not hurt", "would have died") do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.lexicon import (
    BRIDGE,
    CASUALTY,
    CASUALTY_NOUNS,
    CIVILIAN,
    CONDITION_ADJ,
    GUNFIRE,
    HIT_VERBS,
    HOSPITAL_VERBS,
    INTRANSITIVE,
    KILL_CUES,
    MONTHS,
    NONPERSON,
    OF_NOUNS,
    PERSON,
    PHRASE_BRIDGE,
    SPEECH,
    TOLL_BRIDGE,
    TOLL_WORDS,
    TYPOS,
    UNIT_AFTER,
    UNIT_BEFORE,
    VAGUE_WORDS,
)
from claimledger.resources.numwords import PREFIXES, parse_quantity

__all__ = [
    "Expr",
    "active_with_object",
    "age_start",
    "casualty",
    "dep_casualty",
    "expressions",
    "figure_of",
    "is_person",
    "link_count",
    "not_a_count",
    "resolve_shoot",
    "right_casualty",
    "sent_bounds",
    "speaker",
]

# "12-15" is one token when no space surrounds the dash.
_RANGE_TOKEN = re.compile(r"^\d{1,4}[-–]\d{1,4}$")
# Qualifier prefixes as word tuples, longest first ("no fewer than" before "fewer than").
LOSE = frozenset({"lost", "lose", "losing", "loses"})
FLEE = frozenset({"fled", "flee", "fleeing", "flees"})
# Auxiliaries of things that did not happen; "may"/"might" stay (hedged claims are claims).
COUNTERFACTUAL = frozenset({"would", "could", "should", "will", "wo", "ca", "'d", "must"})
# Counts said with "a": "a dozen", "a couple", "a few", "a hundred".
A_COUNTS = frozenset({"dozen", "couple", "few", "handful", "hundred", "thousand"})
PREFIX_TEXTS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p, _ in PREFIXES)
PREFIX_LAST = frozenset(words[-1] for words in PREFIX_TEXTS)


def casualty(tok: Token, fuzzy: bool = False) -> str | None:
    """The figure a token names (``shoot`` for "shot"), or None."""
    low = tok.lower_
    if low in ("condition", "hospital", "hospitals"):
        return "injured"
    fig = CASUALTY.get(low)
    if fig is None and fuzzy:
        fig = TYPOS.get(low)
    if fig is None and tok.pos_ == "VERB" and _to_death(tok):
        fig = "killed"  # "fatally assaulted", "beaten to death"
    if fig is not None and tok.pos_ in ("VERB", "ADJ", "AUX") and _unreal(tok):
        return None
    if fig is None:
        if low in HIT_VERBS and (by_gunfire(tok) or _hits_person(tok)):
            return "shoot"
        if low in ("lives", "life") and _lost_lives(tok):
            return "killed"
        if low == "away" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("passed", "passes"):
            return "killed"  # "passed away"
        return None
    # "body"/"wound" as nouns of other things ("body armour") need a number next to them,
    # which the callers ensure; "shot" as a noun ("a shot was fired") is not an injury.
    if fig == "shoot" and tok.pos_ == "NOUN":
        return None
    if low in ("kill", "kills", "die", "dies") and tok.pos_ == "NOUN":
        return None
    return fig


def _to_death(tok: Token) -> bool:
    """A verb made lethal by its modifier: "fatally assaulted", "beaten to death"."""
    doc = tok.doc
    i = tok.i
    if i > 0 and doc[i - 1].lower_ in ("fatally", "mortally"):
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].lower_ == "death"


def _unreal(tok: Token) -> bool:
    """Negated or counterfactual: "was not hurt", "he would die", "could have been killed"."""
    heads = [tok, tok.head] if tok.dep_ in ("acomp", "oprd", "attr", "xcomp") else [tok]
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # an intention: "tried to kill", "threatened to shoot"
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL)
        for h in heads
        for c in h.children
    )


def _lost_lives(tok: Token) -> bool:
    """'lost their lives', 'lost his life'."""
    doc = tok.doc
    return any(doc[j].lower_ in LOSE for j in range(max(tok.i - 2, 0), tok.i))


def _hits_person(tok: Token) -> bool:
    """'the gun went off, hitting a bystander': a hit person is a shot person."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (is_person(c) or c.lower_ in ("him", "her", "himself", "herself"))
        for c in tok.children
    )


def by_gunfire(tok: Token) -> bool:
    """'hit'/'struck' followed by 'by a stray bullet', 'by gunfire'."""
    doc = tok.doc
    window = doc[tok.i + 1 : min(tok.i + 5, len(doc))]
    return any(t.lower_ == "by" for t in window[:2]) and any(t.lower_ in GUNFIRE for t in window)


def is_num(tok: Token) -> bool:
    """A token that can be (part of) a count."""
    low = tok.lower_
    if low in VAGUE_WORDS or low in ("dozen", "couple", "few", "handful"):
        return True
    if not tok.like_num:
        # "12-15" is one token when no space surrounds the dash
        return _RANGE_TOKEN.match(low) is not None
    # like_num accepts ordinals such as "101st" and "3rd"
    return low[-2:] not in ("st", "nd", "rd", "th") or not low[:-2].isdigit()


def is_person(tok: Token) -> bool:
    """A noun that names people."""
    return tok.lemma_.lower() in PERSON or tok.lower_ in PERSON or tok.ent_type_ in ("NORP",)


def sent_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence token bounds (start, end), also cut at line breaks.

    The parser often glues a headline or a dateline to the next paragraph; a
    line break never continues a casualty statement, so it ends the sentence.
    """
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    bounds.append((start, tok.i))
                start = tok.i + 1
        if sent.end > start:
            bounds.append((start, sent.end))
    return bounds


class Expr:
    """A number expression: token span [start, end), its parsed value and its head token."""

    __slots__ = ("start", "end", "low", "high", "qual", "head")

    def __init__(
        self, start: int, end: int, low: int | None, high: int | None, qual: str, head: int
    ) -> None:
        self.start, self.end, self.low, self.high, self.qual, self.head = (
            start,
            end,
            low,
            high,
            qual,
            head,
        )


def expressions(doc: Doc, lo: int, hi: int) -> Iterator[Expr]:
    """Yield the number expressions of the sentence doc[lo:hi], left to right."""
    # One pass builds the lowercase texts and number flags; Token objects are then
    # made only around numbers (indexing a Doc is the costly part of this stage).
    sent = doc[lo:hi]
    lows = [t.lower_ for t in sent]
    nums = [is_num(t) for t in sent]
    n_tok = hi - lo
    i = 0
    while i < n_tok:
        if not nums[i]:
            i += 1
            continue
        j = i + 1
        # glue "twenty - five", "10 - 15", "10 to 15", "a hundred and twelve", "two dozen"
        while j < n_tok:
            if nums[j] and lows[j] not in VAGUE_WORDS:
                j += 1
                continue
            if (
                lows[j] in ("-", "–", "to", "or", "and")
                and j + 1 < n_tok
                and nums[j + 1]
                and lows[j + 1] not in VAGUE_WORDS
            ):
                joined = doc[lo + i : lo + j + 2].text
                between = i > 0 and lows[i - 1] == "between"
                if lows[j] == "and" and not between and parse_quantity(joined) is None:
                    break
                if lows[j] in ("to", "or") and parse_quantity(joined) is None:
                    break
                j += 2
                continue
            break
        start = i
        # left context: "between", qualifiers ("at least", "up to"), "a" ("a dozen"), "no one"
        prev = lows[start - 1] if start > 0 else ""
        if prev == "between":
            start -= 1
        elif prev in ("a", "an", "half") and lows[i] in A_COUNTS:
            start -= 1
            if start > 0 and lows[start - 1] == "half":
                start -= 1
        elif prev in ("no", "not") and lows[i] == "one":
            start -= 1
        if start > 0 and lows[start - 1] in PREFIX_LAST:
            for words in PREFIX_TEXTS:
                n = len(words)
                if start - n >= 0 and tuple(lows[start - n : start]) == words:
                    start -= n
                    break
        parsed = parse_quantity(doc[lo + start : lo + j].text)
        if parsed is None and start != i:
            parsed = parse_quantity(doc[lo + i : lo + j].text)
            start = i if parsed is not None else start
        if parsed is not None:
            yield Expr(lo + start, lo + j, parsed[0], parsed[1], parsed[2], lo + j - 1)
        i = j


def not_a_count(doc: Doc, e: Expr, lo: int, hi: int) -> bool:
    """True when the expression is a measure, date, age, time, address or label."""
    first_num = e.start
    while first_num < e.end and not is_num(doc[first_num]):
        first_num += 1
    tok = doc[e.head]
    low = tok.lower_
    nxt = doc[e.end] if e.end < hi else None
    prev = doc[first_num - 1] if first_num > lo else None
    if ":" in low or tok.ent_type_ in ("MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY"):
        return True
    if nxt is not None:
        nl = nxt.lower_
        if nl in UNIT_AFTER or nl in MONTHS:
            return True
        # "25-year-old", "a 6-foot wall"
        if nl in ("-", "–") and e.end + 1 < hi and doc[e.end + 1].lower_ in UNIT_AFTER:
            return True
        if nl.startswith("-year") or nl.startswith("-month"):
            return True
    if prev is not None:
        pl = prev.lower_
        if pl in UNIT_BEFORE or pl in MONTHS or pl in ("$", "#"):
            return True
        # "John Smith, 45," and "(45)": an age after a name
        if pl in (",", "(") and nxt is not None and nxt.lower_ in (",", ")", ";"):
            before = doc[first_num - 2] if first_num - 2 >= lo else None
            if before is not None and (before.pos_ == "PROPN" or is_person(before)):
                return True
    # a year ("in 2014"), unless people follow ("2000 people")
    if low.isdigit() and len(low) == 4 and 1900 <= int(low) <= 2099 and e.start == e.end - 1:
        return not (nxt is not None and (is_person(nxt) or casualty(nxt) is not None))
    # phone numbers and codes: "555-1234"
    return bool(
        nxt is not None
        and nxt.lower_ == "-"
        and e.end + 1 < hi
        and doc[e.end + 1].like_num
        and len(doc[e.end + 1].text) >= 4
    )


def find_victim(doc: Doc, e: Expr, hi: int) -> Token | None:
    """The noun the number counts ("25 Iraqi soldiers" -> soldiers; "five of the men" -> men)."""
    j = e.end
    # "dozens of people", "five of the victims"
    if j < hi and doc[j].lower_ == "of":
        k = j + 1
        while k < hi and k < j + 5 and doc[k].pos_ in ("DET", "ADJ", "PROPN", "NUM", "PRON"):
            if doc[k].lower_ in ("them", "us", "whom", "those", "these"):
                return doc[k]
            k += 1
        if k < hi and doc[k].pos_ == "NOUN":
            return doc[k]
        return None
    k = j
    while k < hi and k < j + 5:
        t = doc[k]
        if t.pos_ == "NOUN" or (
            t.pos_ == "PROPN" and t.ent_type_ in ("NORP",) and t.dep_ != "compound"
        ):
            # a compound noun continues: "Taliban militants", "police officers"
            if k + 1 < hi and doc[k + 1].pos_ == "NOUN" and t.dep_ == "compound":
                k += 1
                continue
            return t
        if (
            t.pos_ in ("ADJ", "PROPN")
            or t.lower_ in ("-",)
            or (t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ == "amod")
        ):
            k += 1
            continue
        break
    return None


def skip_bridge(doc: Doc, k: int, hi: int, limit: int = 4) -> int:
    """Index of the first token at or after k that is not an auxiliary/adverb bridge."""
    n = 0
    while k < hi and n < limit:
        if doc[k].lower_ in BRIDGE or doc[k].tag_ == "RB" or doc[k].lower_ in ("may", "might"):
            k += 1
            n += 1
        elif doc[k].lower_ == "," and (close := _apposition_end(doc, k, hi)) is not None:
            k = close + 1  # an apposition: "Jane Doe, 34, of Springfield, was killed"
        else:
            break
    return k


def _apposition_end(doc: Doc, k: int, hi: int) -> int | None:
    """Index of the comma closing a short verbless apposition opened at ``k``."""
    for j in range(k + 1, min(k + 7, hi)):
        t = doc[j]
        if t.lower_ == ",":
            return j if j > k + 1 else None
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "or", "but"):
            return None
    return None


def active_with_object(tok: Token) -> bool:
    """An active transitive use ("gunmen killed two"): its subject is not a victim."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    sent = tok.sent
    # "had shot himself" is active too: VBN with a perfect "have"
    perfect = tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children
    )
    return (tok.tag_ in ("VBD", "VBZ", "VBP", "VBG") or perfect) and any(
        c.dep_ == "dobj"
        and c.ent_type_ not in ("DATE", "TIME")
        and not any(
            t.is_space and "\n" in t.text for t in tok.doc[min(c.i, tok.i) : max(c.i, tok.i)]
        )
        for c in tok.children
        if sent.start <= c.i < sent.end
    )


def right_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """A casualty word at k (after bridge words), with typo tolerance."""
    k = skip_bridge(doc, k, hi)
    if k >= hi:
        return None
    tok = doc[k]
    if tok.lower_ in LOSE:  # "lost their lives"
        for j in (k + 1, k + 2):
            if j < hi and doc[j].lower_ in ("lives", "life"):
                return doc[j]
    if tok.lower_ in ("passed", "passes") and k + 1 < hi and doc[k + 1].lower_ == "away":
        return doc[k + 1]
    if tok.lower_ == "taken" and _taken_captive(doc, k, hi):
        return tok  # figure_of reads it as abducted
    if casualty(tok, fuzzy=True) is None:
        # "was attacked and beaten to death", "was abducted and killed"
        for c in tok.conjuncts:
            if tok.i < c.i <= tok.i + 4 and c.pos_ == "VERB" and casualty(c) is not None:
                return c
        return phrase_casualty(doc, k, hi)
    if tok.lower_ in ("body", "bodies", "wound", "wounds") and tok.pos_ != "NOUN":
        return None
    return tok


def _taken_captive(doc: Doc, k: int, hi: int) -> bool:
    """'30 students had been taken.', 'taken hostage', 'taken from their homes' (not 'to hospital')."""
    nxt = doc[k + 1].lower_ if k + 1 < hi else "."
    return nxt in (".", ",", ";", "hostage", "hostages", "captive", "away", "from", "by")


def phrase_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """'with a gunshot wound', 'in critical condition', 'taken to hospital' after a victim."""
    seen_hospital_verb = False
    for j in range(k, min(k + 9, hi)):
        t = doc[j]
        low = t.lower_
        if low in ("wound", "wounds", "injuries", "injury") and j > k:
            return t
        if low == "condition" and doc[j - 1].lower_ in CONDITION_ADJ:
            return t
        if low in ("hospital", "hospitals") and seen_hospital_verb:
            return t
        if low in HOSPITAL_VERBS:
            seen_hospital_verb = True
        elif low not in PHRASE_BRIDGE and not (t.ent_type_ == "ORG" or t.pos_ == "PROPN"):
            return None
    return None


def left_casualty(doc: Doc, e: Expr, lo: int) -> tuple[Token, str] | None:
    """A casualty word before the number: "killing three", "bodies of five", "toll rose to 12"."""
    s = e.start
    if s - 1 >= lo:
        prev = doc[s - 1]
        if prev.is_quote and s - 2 >= lo:
            prev = doc[s - 2]  # 'troops "neutralised" about 20 attackers'
        fig = casualty(prev, fuzzy=True)
        if fig is not None and prev.pos_ in ("VERB", "AUX") and prev.lower_ not in ("dead",):
            return prev, fig
        if prev.lower_ == "of" and s - 2 >= lo and doc[s - 2].lower_ in OF_NOUNS:
            return doc[s - 2], OF_NOUNS[doc[s - 2].lower_]
    k = s - 1
    steps = 0
    while k >= lo and steps < 8:
        t = doc[k]
        if t.lower_ == "coded" and any(
            doc[j].lower_.startswith("fatalit") or doc[j].lower_ == "deaths"
            for j in range(max(lo, k - 6), k)
        ):
            return t, "killed"  # an annotator's note: "unknown fatalities coded as 10"
        if t.lower_ in TOLL_WORDS:
            # "injury toll" names the injured, every other toll the dead
            fig = (
                "injured"
                if k > lo and doc[k - 1].lower_ in ("injury", "wounded", "injured")
                else "killed"
            )
            return t, fig
        if t.lower_ not in TOLL_BRIDGE:
            break
        k -= 1
        steps += 1
    return toll_subject(doc[e.head])


# Verbs a toll moves or stands with: "the toll ... has risen to 17", "... reached 40".
TOLL_VERBS = frozenset({"rise", "climb", "reach", "increase", "jump", "hit", "stand", "mount"})


def toll_subject(num: Token) -> tuple[Token, str] | None:
    """The parse's reading of a toll sentence with words between "toll" and its verb.

    "The death toll from Sunday's bombing has risen to 17": the number is the
    object of "to" (or of "reached") under a toll verb whose subject is "toll".
    """
    verb = num.head
    if verb.lower_ in ("to", "at") and verb.dep_ == "prep":
        verb = verb.head
    if verb.lemma_ not in TOLL_VERBS:
        return None
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.lower_ in TOLL_WORDS:
            injured = any(x.lower_ in ("injury", "wounded", "injured") for x in subj.lefts)
            return subj, "injured" if injured else "killed"
    return None


def dep_casualty(x: Token) -> tuple[Token, str] | None:
    """A casualty verb whose victim the parse says ``x`` is."""
    while x.dep_ == "conj" and x.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        x = x.head
    head = x.head
    dep = x.dep_
    fig = casualty(head, fuzzy=True)
    if dep in ("nsubjpass", "dobj", "nsubj") and head.lemma_ in (
        "pronounce",
        "declare",
        "find",
        "leave",
        "confirm",
        "report",
    ):
        # "was pronounced dead", "found dead", "left him dead", "reported killed"
        for c in head.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "conj") and (f := casualty(c)):
                return c, f
        return None
    if dep == "nsubj" and head.lemma_ == "be":
        for c in head.children:
            if c.dep_ in ("acomp", "attr") and (f := casualty(c)) is not None:
                return c, f
        return None
    if fig is None:
        return None
    if dep == "nsubjpass":
        return head, fig
    if dep == "nsubj":
        if head.lower_ in INTRANSITIVE or not active_with_object(head) and head.tag_ == "VBN":
            return head, fig
        return None
    if dep == "dobj" and head.pos_ == "VERB":
        return head, fig
    return None


def resolve_shoot(c: Token) -> str:
    """'shot' means killed when the clause says the victim died, injured otherwise."""
    # modifiers count only next to the verb ("shot dead", "fatally shot"): in "four
    # were shot, one fatally" the adverb belongs to "one"
    near = [t for t in c.children if abs(t.i - c.i) <= 2]
    for t in (c, *near):
        if t.lemma_.lower() in KILL_CUES or t.lower_ in ("dead", "fatally", "mortally"):
            return "killed"
    for t in c.children:
        if t.dep_ == "conj" and casualty(t) == "killed":
            return "killed"
    doc = c.doc
    i = c.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ == "death":
        return "killed"
    if i < len(doc) and doc[i].lower_ in ("dead", "fatally"):
        return "killed"
    if c.i > 0 and doc[c.i - 1].lower_ in ("fatally", "mortally"):
        return "killed"
    return "injured"


def speaker(noun: Token) -> bool:
    """The noun is the subject of a speech verb ("One officer injured ... said")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH


def link_count(
    doc: Doc, e: Expr, lo: int, hi: int
) -> tuple[Token, str, Token | None, float] | None:
    """Find the casualty word, figure, victim noun and confidence of a count."""
    victim = find_victim(doc, e, hi)
    if victim is not None and casualty(victim) is not None and victim.lower_ in CASUALTY_NOUNS:
        # "12 fatalities", "five bodies", "37 wounded" parsed as a noun
        return victim, CASUALTY.get(victim.lower_, "killed"), None, 0.9
    conf = 0.9
    if victim is not None and not is_person(victim):
        if victim.lemma_.lower() in NONPERSON or victim.lower_ in NONPERSON:
            return None
        if victim.ent_type_ in (
            "DATE",
            "TIME",
            "MONEY",
            "PERCENT",
            "QUANTITY",
            "GPE",
            "LOC",
            "FAC",
        ):
            return None
        conf = 0.6
    # 2. "20 injured soldiers"
    if victim is not None:
        for k in range(e.end, victim.i):
            f = casualty(doc[k], fuzzy=True)
            if f is not None and doc[k].pos_ in ("VERB", "ADJ"):
                if speaker(victim):
                    return None
                return doc[k], f, victim, conf
    # 1. right-adjacent
    anchor = victim.i + 1 if victim is not None else e.end
    if victim is not None:
        # "4 militants or civilians killed": a conjoined noun without its own count
        j = victim.i + 1
        if (
            j + 1 < hi
            and doc[j].lower_ in ("or", "and", "/")
            and doc[j + 1].pos_ == "NOUN"
            and doc[j + 1].tag_ == "NNS"
            and casualty(doc[j + 1], fuzzy=True) is None
        ):
            anchor = j + 2
    right = right_casualty(doc, anchor, hi)
    if right is not None:
        if right.pos_ == "VERB" and active_with_object(right) and right.lower_ not in INTRANSITIVE:
            return None  # "three gunmen killed two men": the gunmen are not victims
        if victim is not None and right.dep_ == "acl" and right.head == victim and speaker(victim):
            return None
        fig = figure_of(right)
        if right.lower_ in FLEE and not (victim is not None and _uprooted(victim)):
            return None  # "three suspects fled": only civilians fleeing are displaced
        return right, fig, victim, conf
    # "four were shot, one fatally": the adverb alone carries the figure
    if (
        e.end < hi
        and doc[e.end].lower_ in ("fatally", "mortally")
        and (e.end + 1 >= hi or casualty(doc[e.end + 1]) is None)
    ):
        return doc[e.end], "killed", victim, conf - 0.1
    # 3. left-adjacent
    left = left_casualty(doc, e, lo)
    if left is not None:
        return left[0], left[1], victim, conf
    # 4. the parse
    x = victim if victim is not None else doc[e.head]
    dep = dep_casualty(x)
    if dep is not None:
        return dep[0], dep[1], victim, conf - 0.1
    # 5. a part of a count just stated: "killing 30, 9 children among them",
    # "five people, including two children, were killed"
    sub = _subset_casualty(doc, e, victim, lo, hi)
    if sub is not None:
        return sub, figure_of(sub), victim, 0.6
    return None


def _uprooted(victim: Token) -> bool:
    """Victims whose flight is displacement: civilians, villagers, families, people."""
    return victim.lemma_.lower() in CIVILIAN or victim.lower_ in (
        "people",
        "persons",
        "families",
        "households",
        "residents",
        "civilians",
        "villagers",
    )


def _subset_casualty(doc: Doc, e: Expr, victim: Token | None, lo: int, hi: int) -> Token | None:
    """The casualty word of the clause a subset count belongs to."""
    after = victim.i + 1 if victim is not None else e.end
    among = (
        after + 1 < hi
        and doc[after].lower_ == "among"
        and doc[after + 1].lower_ in ("them", "those", "the", "whom")
    )
    including = e.start > lo and doc[e.start - 1].lower_ in ("including", "includes")
    if not (among or including):
        return None
    # the nearest casualty word to the left, else (for "including") to the right
    for k in range(e.start - 1, max(lo, e.start - 15) - 1, -1):
        f = casualty(doc[k])
        if f is not None and doc[k].pos_ in ("VERB", "ADJ", "AUX"):
            return doc[k]
    if including:
        return right_casualty(doc, _after_clause(doc, after, hi), hi)
    return None


def _after_clause(doc: Doc, k: int, hi: int) -> int:
    """Index after the comma that closes an "including ..." phrase."""
    for j in range(k, min(k + 8, hi)):
        if doc[j].lower_ == ",":
            return j + 1
    return k


def age_start(doc: Doc, old: int, lo: int) -> int | None:
    """Start of an age phrase ending at ``old``: "a 16-year-old", "16 year old"; else None."""
    k = old - 1
    if k >= lo and doc[k].lower_ == "-":
        k -= 1
    if k < lo or doc[k].lower_ not in ("year", "month", "week", "day"):
        return None
    k -= 1
    if k >= lo and doc[k].lower_ == "-":
        k -= 1
    if k < lo or not doc[k].like_num:
        return None
    if k - 1 >= lo and doc[k - 1].lower_ in ("a", "an", "the", "another"):
        k -= 1
    return k


def figure_of(tok: Token) -> str:
    """The figure of a casualty token found to the right of a victim."""
    if tok.lower_ == "taken":
        return "abducted"  # right_casualty only returns "taken" when it means captive
    fig = casualty(tok, fuzzy=True) or "killed"
    if tok.lower_ in ("wound", "wounds", "injuries", "injury"):
        before = {t.lower_ for t in tok.doc[max(tok.i - 4, 0) : tok.i]}
        if before & {"fatal", "died", "succumbed", "dies"}:
            return "killed"
    return fig
