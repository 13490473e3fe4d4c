"""Statements cued by a phrase that names the source: "according to X", "per X".

Input: the parse and the "according"/"per" token; output: the statement (``Found``),
its content the clause outside the phrase. Also ``clause_outside``, the clause of a
head without a phrase set in it, which the other cue readers (``cues``) use too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.cited import cited_after
from claimledger.attribute.heads import coordinated, np_text, real_source
from claimledger.attribute.resolve import outlet_name
from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import Found, doc_text, np_range, sentence_of, tok_span, trim
from claimledger.attribute.trailing import listed_sources


def clause_outside(doc: Doc, head: Token, phrase: Token) -> tuple[int, int] | None:
    """The clause of ``head`` without the phrase ``phrase`` (at its start or end)."""
    text = doc_text(doc)
    left, right = head.left_edge.i, head.right_edge.i
    p_left, p_right = phrase.left_edge.i, phrase.right_edge.i
    if p_left <= left:
        start, end = tok_span(doc, p_right + 1, right + 1) if p_right < right else (0, 0)
    elif p_right >= right:
        start, end = tok_span(doc, left, p_left)
    else:
        # In the middle: the clause it closes when a new one follows ("..., and"), else the longer.
        nxt = doc[p_right + 1] if p_right + 1 < len(doc) else None
        closes = nxt is not None and nxt.text in (",", ";", "and", "but")
        # "Sham Pulse (Telegram): According to X, ...": what stands before a colon is a header
        header = doc[p_left - 1].text.endswith(":")
        # "As of Wednesday, according to X, 17 people had been killed": a fronted adverbial
        # (no verb) before the phrase is no clause; the clause follows
        fronted = head.pos_ in ("VERB", "AUX") and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[left:p_left]
        )
        if not header and not fronted and (closes or p_left - left >= right - p_right):
            start, end = tok_span(doc, left, p_left)
        else:
            start, end = tok_span(doc, p_right + 1, right + 1)
    if end <= start:
        return None
    span = trim(text, start, end)
    return span if span[1] - span[0] >= 3 else None


# What "per" divides by, never a source ("per day", "per cent").
_PER_UNITS = frozenset(
    "day week month year hour cent capita person head household km".split()  # noqa: SIM905
)


def per_source(doc: Doc, per: Token) -> Found | None:
    """ "Per the ambulance service, another 6 people died": "per X" opening a sentence or
    set off by a comma is "according to X"."""
    objs = [c for c in per.children if c.dep_ == "pobj"]
    opens = per.i == sentence_of(per).start or doc[per.i - 1].text[-1:] in (",", "(", "—", ":", "/")
    if per.dep_ != "prep" or not objs or not opens:
        return None
    obj = objs[0]
    if obj.lower_ in _PER_UNITS or obj.like_num or obj.ent_type_ in ("DATE", "TIME", "PERCENT"):
        return None
    sent = sentence_of(per)
    if all(
        t.is_punct or t.is_space or t.text.rstrip("/.)").isdigit() for t in doc[sent.start : per.i]
    ):
        # "Per X, ..." opening its sentence (a list marker "2/" may come first)
        content = _clause_outside_sent(doc, sent, doc[sent.start], obj)
    else:
        head = per.head
        while (
            head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and head.head is not head
        ):
            head = head.head
        content = clause_outside(doc, head, per) if head.i != per.i else None
    if content is None:
        return None
    source, via = real_source(obj)
    relayed = cited_after(obj)
    if relayed is not None:  # "Per radio X, citing the health office, ...": X relays
        via, source = outlet_name(np_text(source)), relayed
    return Found(
        sources=[np_range(h, full=True) for h in coordinated(source)],
        content=content,
        cue=(per.idx, per.idx + len(per.text)),
        sent_start=sentence_of(per).start_char,
        context=doc[obj.left_edge.i : obj.right_edge.i + 1].text,
        via=via,
    )


def _closes_sentence(according: Token) -> bool:
    """Whether "according to X" ends its sentence (a name or punctuation may follow)."""
    sent = sentence_of(according)
    after = according.doc[according.right_edge.i + 1 : sent.end]
    return all(t.is_punct or t.pos_ == "PROPN" or t.is_space for t in after)


def according_to(doc: Doc, according: Token) -> Found | None:
    """ "According to X, ..." and "..., according to X"."""
    to = doc[according.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    source, via = real_source(objs[0])
    relayed = cited_after(objs[0])
    if relayed is not None:
        # "According to X, citing Y, ...": the cited speak, X relays.
        start, end = np_range(source)
        end = next((t.i for t in doc[start:end] if t.tag_ == "VBG"), end)  # "X citing Y"
        via = outlet_name(doc[start:end].text.strip(" ,"))
        source = relayed
    head = according.head
    while (
        head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis")
        and head.head is not head
    ):
        head = head.head
    if head.dep_ != "relcl" and head.head is not head and _relative_subject(head):
        head = head.head  # "According to X, who spoke to Y, ...": the parse hung X's clause there
    while (
        head.dep_ == "conj"
        and head.head.i < according.i
        and not any(t.lemma_.lower() in CUE_VERBS for t in (head.head, head.head.head))
        and _closes_sentence(according)
    ):
        head = head.head  # "killed 14 and wounded 37, according to X": X gives both
    if head.i == according.i:
        sent = sentence_of(according)
        content = _clause_outside_sent(doc, sent, according, objs[0])
    else:
        content = clause_outside(doc, head, according)
    counted = _counted_tail(objs[0], head if according.i < head.i else None)
    if counted is not None and according.i < head.i:
        # "According to X, 11 civilians, among them ..., were killed": the parse took the
        # count into X's phrase; what is said starts at the count
        content = (counted.idx, max(content[1] if content else 0, head.right_edge.idx))
        content = trim(doc_text(doc), *content)
    if content is None:
        return None
    cue = (according.idx, to.idx + len(to.text))
    if content[0] < cue[1] and cue[0] < content[1]:
        return None
    heads = coordinated(source)
    # "..., according to A, B and C": the parse may make B an apposition of A
    listed = listed_sources(doc, to.i + 1, sentence_of(according).end) if relayed is None else None
    ranges = listed or [np_range(h, full=True) for h in heads]
    if len(ranges) == 1 and relayed is None:
        ranges = [(ranges[0][0], _name_set_off(doc, ranges[0][1], according))]
    if counted is not None:  # the source's name stops before the count ("X, 36 injuries")
        cut = counted.i - 1 if doc[counted.i - 1].text == "," else counted.i
        ranges = [(a, min(b, cut)) if a < cut else (a, b) for a, b in ranges]
    return Found(
        sources=ranges,
        content=content,
        cue=cue,
        sent_start=sentence_of(according).start_char,
        context="" if listed else doc[source.left_edge.i : source.right_edge.i + 1].text,
        via=via,
    )


def _name_set_off(doc: Doc, end: int, according: Token) -> int:
    """The end of a source phrase stretched over the person's name set off after it when
    the name closes the sentence ("..., according to the head of the rescue service, Dr.
    Ilan Maro."): the parse may hang the name on the verb, away from its role."""
    sent_end = sentence_of(according).end
    if end >= sent_end or doc[end].text != ",":
        return end
    stop = end + 1
    while stop < sent_end and (doc[stop].pos_ == "PROPN" or doc[stop].text in ("-", ".")):
        stop += 1
    last = stop - 1 if doc[stop - 1].text == "." else stop
    name = doc[end + 1 : last]
    if not 2 <= len(name) <= 5:
        return end
    closes = stop == sent_end or doc[stop].is_punct
    lead = name[0].lower_
    titled = lead.rstrip(".") == "dr" or lead in _NAME_LEADS  # "Dr.", "Dr", "General"
    if not closes or doc[end - 1].pos_ == "PROPN":
        return end
    if not (titled or any(t.ent_type_ == "PERSON" for t in name)):
        return end
    return last


def _relative_subject(verb: Token) -> bool:
    """Whether a verb's subject is a relative pronoun ("who spoke to Y"): a relative clause."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in verb.children)


_NAME_LEADS = frozenset("dr doctor general colonel major captain sheikh".split())  # noqa: SIM905


def _counted_tail(obj: Token, head: Token | None = None) -> Token | None:
    """The first token of a count the parse hung on a source as an apposition after a
    comma ("the monitoring group X, 11 civilians, ..."), or of the subject of ``head``
    (the verb after the phrase) the parse hung there ("According to the victims' uncle, who
    spoke to the X Herald, a mother and her two daughters were killed": "mother" an
    apposition of "Herald", "killed" left with no subject); else None."""
    for tok in obj.subtree:
        if tok.dep_ != "appos" or tok.i <= obj.i or tok.doc[tok.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ == "nummod" and c.like_num for c in tok.children):
            return tok.doc[tok.left_edge.i]
        if head is not None and _subject_of(tok, head):
            return tok.doc[tok.left_edge.i]
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _subject_of(tok: Token, head: Token) -> bool:
    """Whether an apposition closing a phrase is the subject the verb right after it lacks:
    nothing but the verb's auxiliaries or adverbs stands between them."""
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in head.children):
        return False
    if tok.pos_ not in ("NOUN", "PROPN", "NUM") or tok.right_edge.i >= head.i:
        return False
    between = tok.doc[tok.right_edge.i + 1 : head.i]
    return all(t.head.i == head.i and t.dep_ in _BEFORE_VERB for t in between)


def _clause_outside_sent(
    doc: Doc, sent: Span, according: Token, obj: Token
) -> tuple[int, int] | None:
    """Fallback when "according to" heads its own fragment: the rest of the sentence."""
    end_phrase = obj.right_edge.i
    if according.i - sent.start <= 1:
        start, end = (
            tok_span(doc, end_phrase + 1, sent.end) if end_phrase + 1 < sent.end else (0, 0)
        )
    else:
        start, end = tok_span(doc, sent.start, according.i)
    if end <= start:
        return None
    span = trim(doc_text(doc), start, end)
    return span if span[1] - span[0] >= 3 else None
