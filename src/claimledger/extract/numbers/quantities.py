"""Number expressions of a sentence: spaCy ``Doc`` -> ``Expr`` spans with parsed values.

Takes the token bounds of one sentence (cut at line breaks by
:func:`sent_bounds`) and gives every number expression in it, left to right,
glued across "twenty - five", "10 to 15", "a hundred and twelve", and with its
qualifier prefix ("at least", "up to") parsed by
:func:`~claimledger.resources.numwords.parse_quantity`. :func:`not_a_count`
tells measures, dates, ages, times, addresses and labels from counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, is_person
from claimledger.extract.numbers.lexicon import (
    MONTHS,
    PERSON,
    SPEECH,
    UNIT_AFTER,
    UNIT_BEFORE,
    VAGUE_WORDS,
)
from claimledger.extract.numbers.words import doc_words
from claimledger.resources.numwords import PREFIXES, parse_quantity

__all__ = ["Expr", "expressions", "is_num", "not_a_count", "sent_bounds"]

# "12-15" is one token when no space surrounds the dash.
_RANGE_TOKEN = re.compile(r"^\d{1,4}[-–]\d{1,4}$")
# Counts said with "a": "a dozen", "a couple", "a few", "a hundred".
A_COUNTS = frozenset({"dozen", "couple", "few", "handful", "hundred", "thousand"})
# Qualifier prefixes as word tuples, longest first ("no fewer than" before "fewer than").
PREFIX_TEXTS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p, _ in PREFIXES)
PREFIX_LAST = frozenset(words[-1] for words in PREFIX_TEXTS)


# Words before "number" in "a number of", "an unknown number of" (a plural without a count).
_NUMBER_OF_BEFORE = frozenset({"a", "an", "unknown", "unspecified", "undetermined"})


def _number_of(tok: Token) -> bool:
    """ "number" in "a number of", "an unknown number of" (not "a phone number")."""
    doc = tok.doc
    # '"a number" of people': the quoted words keep their reading
    nxt = tok.i + 2 if tok.i + 2 < len(doc) and doc[tok.i + 1].is_quote else tok.i + 1
    return (
        0 < tok.i < len(doc) - 1
        and doc[nxt].lower_ == "of"
        and doc[tok.i - 1].lower_ in _NUMBER_OF_BEFORE
    )


def _many_more(tok: Token) -> bool:
    """ "many" as a count of its own only in "many more", "many others" after a count or a
    verb ("killing 15 soldiers and wounding many more"; not "how many", "many of them")."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ in ("more", "others")
        and tok.i > 0
        and doc[tok.i - 1].lower_ not in ("how", "so", "too", "as")
    ) or _many_conjoined(tok)


def _many_conjoined(tok: Token) -> bool:
    """ "many" alone as the subject or object of a casualty verb conjoined to another verb:
    "eight people were killed and many injured", "killed five and injured many" (the
    conjunct's own vague count; not "many of them", "many fled", "many say")."""
    head = tok.head
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return (
        tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and nxt != "of"
        and head.pos_ == "VERB"
        and head.dep_ == "conj"
        and head.head.pos_ in ("VERB", "AUX")
        and casualty(head) is not None
    )


def is_num(tok: Token) -> bool:
    """A token that can be (part of) a count."""
    return _is_num_word(tok.doc, tok.i, tok.lower_, tok.like_num)


def _is_num_word(doc: Doc, i: int, low: str, like_num: bool) -> bool:
    """:func:`is_num` of token ``i`` from its lowercase form and ``like_num`` flag (its Token
    is made only for "many" and "number")."""
    if low in VAGUE_WORDS or low in ("dozen", "couple", "few", "handful"):
        return True
    if low == "many":
        return _many_more(doc[i])
    if low == "number":
        return _number_of(doc[i])
    if not like_num:
        # "12-15" is one token when no space surrounds the dash
        return _RANGE_TOKEN.match(low) is not None
    # like_num accepts ordinals such as "101st" and "3rd"
    return low[-2:] not in ("st", "nd", "rd", "th") or not low[:-2].isdigit()


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
    """Yield the number expressions of a sentence, left to right.

    Args:
        doc: the parsed document.
        lo: first token of the sentence.
        hi: end of the sentence (exclusive).

    Yields:
        One Expr per number expression that parses, with its qualifier prefix.
    """
    # The lowercase texts and number flags come from the words read once per Doc; Token
    # objects are made only around numbers (indexing a Doc is the costly part of this stage).
    words, _, likes = doc_words(doc)
    lows = words[lo:hi]
    nums = [_is_num_word(doc, lo + k, low, likes[lo + k]) for k, low in enumerate(lows)]
    n_tok = hi - lo
    i = 0
    while i < n_tok:
        if not nums[i]:
            if lows[i] == "both" and _both_counts(doc[lo + i]):
                yield Expr(lo + i, lo + i + 1, 2, 2, "exact", lo + i)
            i += 1
            continue
        j = _glued_end(doc, lo, lows, nums, i)
        start = _left_start(lows, i)
        parsed = parse_quantity(doc[lo + start : lo + j].text)
        if parsed is None and start != i:
            parsed = parse_quantity(doc[lo + i : lo + j].text)
            start = i if parsed is not None else start
        if parsed is not None:
            low, high, qual = parsed
            if qual == "exact" and low == high and i > 0 and lows[i - 1] in EXCEED_WORDS:
                high, qual = None, "more_than"  # "the dead exceed 20": low 20, more than
            elif qual == "exact" and low == high and start == i and _higher_than(lows, i):
                start, high, qual = i - 2, None, "more_than"  # "was higher than 20"
            if qual == "exact" and low == high and _plus_after(doc, lo + j, hi):
                high, qual = None, "at_least"  # "10+ injured": 10 or more
                j += 1
            top = _upper_bound_after(doc, lo, lows, nums, j) if qual == "at_least" else None
            if top is not None and low is not None and top[1] > low:
                j, high, qual = top[0], top[1], "exact"  # "at least 11 and up to 15": 11-15
            yield Expr(lo + start, lo + j, low, high, qual, lo + j - 1)
        i = j


# "at least 11 and up to 15", "at least ten, and as many as twelve": the range's top.
_TOP_PREFIXES = (("up", "to"), ("as", "many", "as"), ("at", "most"), ("possibly",))


def _upper_bound_after(
    doc: Doc, lo: int, lows: list[str], nums: list[bool], j: int
) -> tuple[int, int] | None:
    """(end, value) of an upper bound joined to an "at least" count ending at offset ``j``
    ("and up to 15", ", and as many as twelve"), or None."""
    k = j + (j < len(lows) and lows[j] == ",")
    if k >= len(lows) or lows[k] not in ("and", "but", "or"):
        return None
    k += 1 + (k + 1 < len(lows) and lows[k + 1] == ",")
    for words in _TOP_PREFIXES:
        at = k + len(words)
        if tuple(lows[k:at]) == words and at < len(lows) and nums[at]:
            end = _glued_end(doc, lo, lows, nums, at)
            parsed = parse_quantity(doc[lo + at : lo + end].text)
            if parsed is not None and parsed[0] is not None and parsed[0] == parsed[1]:
                return end, parsed[0]
    return None


def _both_counts(tok: Token) -> bool:
    """ "both" as a count of two people: "doctors said both were in stable condition", "both
    of them died", "Both men were killed"; not "both the army and the police", "both legs",
    nor the speakers of "X and Y both report ..."."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return head.lemma_.lower() not in SPEECH  # "X and Y now both report 6 dead": speakers
    return tok.dep_ == "det" and head.tag_ == "NNS" and head.lemma_.lower() in PERSON


def _plus_after(doc: Doc, k: int, hi: int) -> bool:
    """Whether a "+" glued to the number before token ``k`` follows it ("10+ injured")."""
    return k < hi and doc[k].text == "+" and not doc[k - 1].whitespace_


# Comparatives before "than" that put a count past a number ("the number of dead was higher
# than 20"; "more than" is a prefix of ``numwords``).
HIGHER_WORDS = frozenset({"higher", "greater"})


def _higher_than(lows: list[str], i: int) -> bool:
    """Whether "higher than" / "greater than" stands right before the number at ``i``."""
    return i >= 2 and lows[i - 1] == "than" and lows[i - 2] in HIGHER_WORDS


# Verbs that put a count past a number ("the toll has exceeded 50", "the dead top 20").
EXCEED_WORDS = frozenset(
    """exceed exceeds exceeded exceeding surpass surpasses surpassed topped tops""".split()  # noqa: SIM905
)


def _glued_end(doc: Doc, lo: int, lows: list[str], nums: list[bool], i: int) -> int:
    """End (sentence offset) of the number words glued to the number at offset ``i``."""
    n_tok = len(lows)
    j = i + 1
    # glue "twenty - five", "10 - 15", "10 to 15", "a hundred and twelve", "two dozen"
    while j < n_tok:
        if nums[j] and lows[j] not in VAGUE_WORDS:
            if _year_then_word(lows[j - 1], lows[j]):
                break  # "On 10 April 2026 two children were killed": a year, then a count
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
    return j


def _year_then_word(prev: str, word: str) -> bool:
    """A year's digits and a count in words after it: two numbers, never one ("2026 two")."""
    return len(prev) == 4 and prev.isdigit() and word.isalpha()


def _left_start(lows: list[str], i: int) -> int:
    """Start (sentence offset) of a number at offset ``i`` with the words before it."""
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
    elif lows[i] == "number":  # "a number of", "an unknown number of"
        while start > 0 and lows[start - 1] in _NUMBER_OF_BEFORE:
            start -= 1
    if start > 0 and lows[start - 1] in PREFIX_LAST:
        for words in PREFIX_TEXTS:
            n = len(words)
            if start - n >= 0 and tuple(lows[start - n : start]) == words:
                start -= n
                break
    return start


# A bracketed digit string this long without separators is an identifier, not a count.
ID_DIGITS = 7


def _by_when(doc: Doc, end: int, hi: int) -> bool:
    """Whether "by <when>" follows the number: "rose to 40 by evening".

    spaCy often reads "40 by evening" as one TIME (or QUANTITY) entity; the
    number is a count reached by that time, not the time itself. "10 by 12
    feet" (a number after "by") stays a measure.
    """
    return (
        end + 1 < hi
        and doc[end].lower_ == "by"
        and not is_num(doc[end + 1])
        and doc[end + 1].is_alpha
    )


# Words that make a TIME entity a time and a PERCENT one a percentage: spaCy also reads
# "at 16 and that dozens" as a TIME and "no fewer than 20 martyrs" as a PERCENT.
_PERCENT_WORDS = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b", re.I)
_TIME_WORDS = re.compile(
    r"o'clock|\b[ap]\.?m\b|\bhours?\b|\bhrs\b|\bminutes?\b|\bseconds?\b|morning|afternoon"
    r"|evening|night|noon|midnight|dawn|dusk|\bgmt\b|\butc\b|\blocal\b|:|\d{4}",
    re.I,
)


def _entity_says_it(tok: Token) -> bool:
    """Whether the TIME or PERCENT entity holding ``tok`` says a time ("4 pm", "0300
    hours") or a percentage ("20 %"); other entity types are taken as tagged."""
    words = {"TIME": _TIME_WORDS, "PERCENT": _PERCENT_WORDS}.get(tok.ent_type_)
    ent = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
    if words is None or ent is None:
        return True
    # (a post's time, then a separator, then the count: "7:42 PM: URGENT - 5 dead" says
    # its time before the dash, the count after it)
    cut = max((t.i for t in ent if t.i < tok.i and t.text in _SEPARATORS), default=None)
    return words.search((ent if cut is None else tok.doc[cut + 1 : ent.end]).text) is not None


_SEPARATORS = frozenset({":", "-", "\u2013", "\u2014", "|"})


# Nouns a number may count that are never people: the sources and media of a report.
NOT_PEOPLE_NOUNS = frozenset(
    """source outlet agency post report account user channel page site article tweet video
    photo image picture footage clip statement message""".split()  # noqa: SIM905
)


# Singular nouns of people that hold a count ("a family of five", "a crew of four").
_GROUPS = frozenset({"family", "crew", "team", "group", "unit", "squad", "party", "household"})


def _group_of_members(noun: Token) -> bool:
    """A group noun the members before it belong to ("four members of one family", "two
    children of the same household"): a number on it counts groups, not people."""
    of = noun.head
    return (
        noun.lower_ in _GROUPS
        and noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "NUM", "PRON")
        and of.head.i < noun.i
    )


def _one_person_of(doc: Doc, prev: Token | None, room: bool, nxt: Token | None) -> bool:
    """ "a boy of twelve", "a father of five": one person's age or brood, not a count
    (``prev``: the token before the number, "of"; ``room``: a token stands before it)."""
    if prev is None or prev.lower_ != "of" or not room:
        return False
    noun = doc[prev.i - 1]
    return (
        noun.tag_ == "NN"
        and noun.lower_ not in _GROUPS
        and is_person(noun)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))
    )


def not_a_count(doc: Doc, e: Expr, lo: int, hi: int) -> bool:
    """True when the expression is a measure, date, age, time, address or label."""
    first_num = e.start
    while first_num < e.end and not is_num(doc[first_num]):
        first_num += 1
    tok = doc[e.head]
    low = tok.lower_
    nxt = doc[e.end] if e.end < hi else None
    prev = doc[first_num - 1] if first_num > lo else None
    if ":" in low or (
        tok.ent_type_ in ("MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY")
        and not _by_when(doc, e.end, hi)
        and _entity_says_it(tok)
        and not (tok.ent_type_ in ("QUANTITY", "MONEY") and nxt is not None and is_person(nxt))
    ):
        # a QUANTITY of people ("around 40 attackers.") is still a count, as is the tagger's
        # MONEY before people ("no more than nine people")
        return True
    # An identity number in brackets after a name ("Barbakh (915605455)").
    if (
        low.isdigit()
        and len(low) >= ID_DIGITS
        and first_num > lo
        and doc[first_num - 1].text == "("
        and nxt is not None
        and nxt.text == ")"
    ):
        return True
    if tok.dep_ in ("nummod", "amod") and tok.head.lemma_.lower() in NOT_PEOPLE_NOUNS:
        return True  # "multiple news outlets", "four pictures": sources and media, not people
    if tok.dep_ == "nummod" and _group_of_members(tok.head):
        return True  # "three members of one family": the families, not the people
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
        # (a day is written in digits: "On 10 April two children were killed" counts two)
        month_day = pl in MONTHS and not (low.isalpha() and nxt is not None and nxt.pos_ == "NOUN")
        if pl in UNIT_BEFORE or month_day or pl in ("$", "#"):
            return True
        # "John Smith, 45," and "(45)": an age after a name
        if pl in (",", "(") and nxt is not None and nxt.lower_ in (",", ")", ";"):
            before = doc[first_num - 2] if first_num - 2 >= lo else None
            if before is not None and (before.pos_ == "PROPN" or is_person(before)):
                return True
    # a year ("in 2014"), unless people follow ("2000 people")
    if low.isdecimal() and len(low) == 4 and 1900 <= int(low) <= 2099 and e.start == e.end - 1:
        return not (nxt is not None and (is_person(nxt) or casualty(nxt) is not None))
    # phone numbers and codes: "555-1234"; "a boy of twelve"
    return _one_person_of(doc, prev, first_num - 2 >= lo, nxt) or bool(
        nxt is not None
        and nxt.lower_ == "-"
        and e.end + 1 < hi
        and doc[e.end + 1].like_num
        and len(doc[e.end + 1].text) >= 4
    )
