"""Coordinated sources after the clause they report: "Four people were killed in the
strike, the Osk Post and the Tarrow Observer reported", "..., local sources and the Fenn
Daily said", "..., the Osk Post, the Tarrow Observer and Brill TV reported on Monday".

The parse of such a sentence varies (the list hung on the last noun of the clause as
conjuncts, one outlet made a modifier of the next, the verb a conjunct of the clause's
verb), so the list is read from the words: noun phrases joined by commas and one "and"
between the clause's closing comma and a reporting verb that ends the sentence. Each
phrase is one source of the whole clause before the list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.cited import outlet_of
from claimledger.attribute.spans import Found, np_range, sentence_of, trim
from claimledger.attribute.spans import doc_text as _doc_text
from claimledger.extract.numbers.casualty_words import casualty

__all__ = ["listed_sources", "split_at_semicolons", "trailing_list"]

# Reporting verbs that close a sentence after its source list.
_VERBS = frozenset({"say", "report", "write", "post", "confirm", "state", "claim", "add", "tweet"})
# Words a source phrase is made of (besides nouns and proper nouns).
_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PART", "NUM"})
# Adverbs between the list and its verb ("A and B both reported", "also said").
_BEFORE_VERB = frozenset({"both", "all", "also", "separately", "later", "each", "too"})
_CITING = frozenset({"citing", "quoting"})
# Prepositions inside a source phrase ("the mayor of Tarsk", "doctors at Vell Hospital").
_INNER_PREPS = frozenset({"of", "at", "in", "from"})
# Places are no sources ("killed in Vell, Osk and Tarrow, officials said").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _phrase_start(doc: Doc, end: int, lo: int) -> int:
    """Start of the source phrase ending before ``end`` (``end`` when there is none)."""
    i = end - 1
    while i >= lo:
        t = doc[i]
        hyphened = t.text in ("-", "–") or (i > lo and doc[i - 1].text in ("-", "–"))
        if t.pos_ in _PHRASE_POS or hyphened or t.text[:1] == "@":
            i -= 1  # "the Osk Post", "local sources", "state-run TV", "@OskNews"
        elif t.lower_ in _INNER_PREPS and i + 1 < end and doc[i + 1].pos_ in ("PROPN", "DET"):
            i -= 1  # "the mayor of Tarsk", "a source at Vell Hospital"
        else:
            break
    start = i + 1
    while start < end and doc[start].pos_ in ("PART", "PUNCT"):
        start += 1
    return end if start < end and doc[start].pos_ == "ADP" else start


def _ends_on_name(doc: Doc, start: int, end: int) -> bool:
    """The phrase ends on a noun, or on a number after a proper noun ("France 24",
    "Hadrin 24": an outlet named with its channel number)."""
    last = doc[end - 1]
    if last.pos_ in ("NOUN", "PROPN"):
        return True
    return last.pos_ == "NUM" and end - start >= 2 and doc[end - 2].pos_ == "PROPN"


def _is_source(doc: Doc, start: int, end: int) -> bool:
    """A phrase that can name a source: its head (before an inner preposition) ends on a
    noun and is not a place or a date."""
    if end - start < 1 or not _ends_on_name(doc, start, end):
        return False
    end = next((t.i for t in doc[start:end] if t.lower_ in _INNER_PREPS), end)
    if end - start < 1 or not _ends_on_name(doc, start, end):
        return False
    names = [t for t in doc[start:end] if t.pos_ == "PROPN"]
    if names and all(t.ent_type_ in _PLACE_ENTS for t in names):
        return False
    return not (doc[end - 1].ent_type_ in _PLACE_ENTS and doc[end - 1].pos_ == "PROPN")


def _walk(doc: Doc, end: int, lo: int) -> tuple[list[tuple[int, int]], list[str], bool]:
    """Source phrases joined by commas and "and", read leftwards from ``end`` (last first),
    the joints before each ("and" or ","), and whether the list runs back to ``lo``."""
    items: list[tuple[int, int]] = []
    joints: list[str] = []
    k = end
    while k > lo:
        start = _phrase_start(doc, k, lo)
        if not _is_source(doc, start, k):
            return items, joints, False
        items.append((start, k))
        j = start - 1
        if j < lo:
            break
        if doc[j].lower_ in ("and", "&"):
            joints.append("and")
            k = j - 1 if j - 1 >= lo and doc[j - 1].text == "," else j
        elif doc[j].text == ",":
            joints.append(",")
            k = j
        else:
            return items, joints, False
    return items, joints, True


def _items(doc: Doc, end: int, lo: int, least: int) -> tuple[list[tuple[int, int]], int] | None:
    """The source phrases of a list ending before ``end`` and the index of the comma that
    closes the clause before it; None unless ``least`` or more phrases (several with one
    "and", the last joint) and that comma are found."""
    items, joints, _ = _walk(doc, end, lo)
    # Keep the longest prefix (from the verb leftwards) shaped "A, B and C".
    for n in range(len(items), least - 1, -1):
        used = joints[: n - 1]
        closing = joints[n - 1] if n - 1 < len(joints) else None
        listed = not used or (used[0] == "and" and "and" not in used[1:])
        if n >= 1 and listed and closing == ",":
            comma = items[n - 1][0] - 1
            return items[:n][::-1], comma
    return None


def listed_sources(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The source phrases when doc[start:end] is a whole list "A, B and C" ("according to
    the Osk Post, the Tarrow Observer and Brill TV": the parse makes B an apposition)."""
    while end > start and doc[end - 1].is_punct:
        end -= 1
    items, joints, whole = _walk(doc, end, start)
    if not whole or len(items) < 2 or joints[0] != "and" or "and" in joints[1:]:
        return None
    return items[::-1]


def trailing_list(doc: Doc, verb: Token) -> Found | None:
    """The statement of a list of sources after its clause, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERBS and lemma != "tell" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    sent = sentence_of(verb)
    # "..., A and B reported, citing medics": the cited speak, the list relays them
    citing = next(
        (t for t in doc[verb.i + 2 : sent.end] if t.lower_ in _CITING and doc[t.i - 1].text == ","),
        None,
    )
    cited = [c for c in citing.children if c.dep_ == "dobj"] if citing is not None else []
    if citing is not None and not cited:
        return None
    after = [t for t in doc[verb.i + 1 : citing.i if citing else sent.end] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_quote or t.lower_ == "that" for t in after):
        return None  # "..., A and B said, citing ...": another rule reads what follows
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    if len(after) > 5 or (told and lemma != "tell") or (lemma == "tell" and not told):
        return None
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    end = verb.i
    while end > sent.start and doc[end - 1].lower_ in _BEFORE_VERB:
        end -= 1
    found = _items(doc, end, sent.start, 1)
    if found is None:
        return None
    items, comma = found
    # One source only when the parse gave the verb no subject in it ("..., a source at the
    # hospital tells us": "tells" took the clause's subject, or none); else a list.
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(items) < 2 and any(items[0][0] <= i < end for i in subjects):
        return None
    text = _doc_text(doc)
    content = trim(text, sent.start_char, doc[comma].idx)
    if content[1] - content[0] < 3:
        return None
    relays = " and ".join(doc[a:b].text for a, b in items)
    return Found(
        sources=[np_range(cited[0], full=True)] if cited else items,
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sent.start_char,
        # "..., a nurse told the Osk Post."
        via=relays if cited else (outlet_of(told[0]) if told else None),
        social=verb.lemma_.lower() in ("post", "tweet"),
    )


def split_at_semicolons(doc: Doc, found: list[Found]) -> None:
    """Keep each statement's content inside its own semicolon clause when the clauses have
    speakers of their own ("Radio Osk says three died; the Osk Gazette, quoting an officer,
    reports five dead": the parse may run either clause into the other speaker's)."""
    text = _doc_text(doc)
    cues = [f.cue[0] for f in found if f.cue is not None]
    for item in found:
        if item.cue is None:
            continue
        sent = sentence_of(doc[_token_at(doc, item.cue[0])])
        _cut_at_contrast(doc, item, found)
        _count_after_cue(doc, item, sent.end)
        _conjunct_of_quoting(doc, item)
        semis = [t.idx for t in sent if t.text == ";"]
        if not semis:
            continue
        _continued_count(doc, item, sent, semis, cues)
        left = max((p for p in semis if p < item.cue[0]), default=sent.start_char - 1)
        right = min((p for p in semis if p > item.cue[1]), default=sent.end_char)
        start, end = item.content
        if left >= sent.start_char and end <= left:
            # the content is the clause before: what follows the cue is said
            after = trim(text, item.cue[1], right)
            first = min((doc[s].idx for s, _e in item.sources), default=item.cue[0])
            before = trim(text, left + 1, min(first, item.cue[0]))
            if after[1] - after[0] >= 3:
                item.content = after
            elif before[1] - before[0] >= 3:
                item.content = before  # "A; B, the Osk Post reported": B
        elif left >= sent.start_char and start < left < end:
            item.content = trim(text, left + 1, end)  # "A; B, the Osk Post reported": B
        elif start < right < end and any(right < c < end for c in cues):
            item.content = trim(text, start, right)  # another speaker's clause follows


_CONTRAST = frozenset({"while", "whereas"})
# What opens a clause that goes on with the count said before it: "; dozens more were
# wounded", "; 14 others were hurt", "; another two died".
_GOES_ON = frozenset({"more", "other", "others", "another"})


def _continued_count(doc: Doc, item: Found, sent: Span, semis: list[int], cues: list[int]) -> None:
    """ "Local sources, including X, reported that nine died; dozens more were wounded": a
    semicolon clause with no speaker of its own that goes on with more of the dead or the
    wounded is said by the same speaker (its content runs on to the clause's end)."""
    if item.cue is None or item.cue[1] > item.content[0]:
        return
    semi = min((p for p in semis if p >= item.content[1]), default=None)
    if semi is None or any(p < semi for p in semis if p > item.cue[1]):
        return
    end = min((p for p in semis if p > semi), default=sent.end_char)
    if any(semi < c < end for c in cues) or _doc_text(doc)[item.content[1] : semi].strip(" ,"):
        return
    clause = [t for t in sent if semi < t.idx < end]
    if any(t.lower_ in _GOES_ON for t in clause[:4]) and any(casualty(t) for t in clause):
        item.content = trim(_doc_text(doc), item.content[0], end)


def _cut_at_contrast(doc: Doc, item: Found, found: list[Found]) -> None:
    """ "Radio Osk said 15 died, while the health office put the toll at 16": a clause set
    against what is said, with a speaker of its own, is no part of it."""
    start, end = item.content
    if item.cue is None or item.cue[1] > start:
        return
    for other in found:
        if other is item or other.cue is None or not other.sources:
            continue
        if not start < other.cue[0] < end or doc[other.sources[0][0]].idx <= start:
            continue
        first = doc[other.sources[0][0]]
        marks = [
            t
            for t in doc[_token_at(doc, start) : first.i]
            if t.lower_ in _CONTRAST and t.i > 0 and doc[t.i - 1].text == ","
        ]
        if marks and start < marks[-1].idx:
            cut = trim(_doc_text(doc), start, marks[-1].idx)
            if cut[1] - cut[0] >= 3:
                item.content = cut
                return


def _count_after_cue(doc: Doc, item: Found, end: int) -> None:
    """ "My cousin lives near the school, he says 4 dead": a count right after the cue is
    what is said, not the clause before it the parse made the verb's complement."""
    if item.cue is None or item.content[1] > item.cue[0]:
        return
    j = _token_at(doc, item.cue[1])
    while j < end and doc[j].idx < item.cue[1]:
        j += 1
    if j < end and doc[j].lower_ == "that":
        j += 1
    said = doc[j + 1 : min(j + 4, end)]
    if j < end and doc[j].like_num and any(casualty(t) is not None for t in said):
        last = next((t.i for t in doc[j:end] if t.text == ";"), end)
        item.content = trim(_doc_text(doc), doc[j].idx, doc[last - 1].idx + len(doc[last - 1]))


def _conjunct_of_quoting(doc: Doc, item: Found) -> None:
    """ "X quoted Y as saying nine people had died and 14 were wounded": the parse hangs
    the second clause on "quoted"; it is said too (when it has no speaker of its own)."""
    if item.cue is None:
        return
    saying = doc[_token_at(doc, item.cue[0])]
    as_ = saying.head
    if saying.dep_ != "pcomp" or as_.lower_ != "as" or as_.head.lemma_.lower() not in _QUOTE:
        return
    for conj in as_.head.children:
        said = conj.dep_ == "conj" and conj.idx >= item.content[1]
        if said and not any(c.dep_ == "nsubj" and c.pos_ != "NUM" for c in conj.children):
            last = conj.right_edge
            while last.i > conj.i and last.is_punct:
                last = last.doc[last.i - 1]
            item.content = (item.content[0], last.idx + len(last.text))


_QUOTE = frozenset({"quote", "cite"})


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token at character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
