"""Attribution (stage 4): spaCy ``Doc`` + mentions -> ``Attribution`` and ``Claim`` records.

``find_attributions(doc, doc_id)`` finds every reported statement: who speaks
(``Source``), the cue ("said", "according to", "told", "in a statement") and
what is reported (the content span). It reads the dependency parse once:
the subject of a reporting verb, the object of "according to", the clausal
complement, quote marks for direct speech and multi-sentence quotes, pronoun
sources resolved to the latest compatible named source.

``attribute_claims(doc, doc_id, figures, attributions, segments)`` gives one
``Claim`` per figure (to the source whose content covers it, else to the
author), plus assertion claims: statements without figures, and the author's
quantitative sentences that are not casualty counts.

The work is split over ``attribute_sources`` (lexicon, kinds, hedges),
``attribute_quotes`` (quote spans), ``attribute_resolve`` (naming sources,
pronouns) and ``attribute_claims`` (claims). spaCy objects stay inside these
modules: only frozen records from ``models`` leave them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

# The claim builder lives in its own module (size); it is part of this stage's API.
from claimledger.attribute.claims import attribute_claims
from claimledger.attribute.quotes import find_quotes, paragraph_bounds
from claimledger.attribute.resolve import (
    Found,
    cut_at_headline_break,
    dedupe,
    doc_text,
    np_range,
    orphan_quotes,
    outlet_name,
    resolve_sources,
    sentence_of,
    stretch_to_quote,
    subtree_span,
    tok_span,
    trim,
)
from claimledger.attribute.sources import (
    CUE_VERBS,
    STANCE_VERBS,
    is_hedged,
    is_media_name,
    is_platform,
    load_lexicon,
    source_kind,
)
from claimledger.records import Attribution

__all__ = ["attribute_claims", "find_attributions", "is_hedged", "source_kind"]


# Stance verbs: PolNeAR-style attributions of a position ("wants to", "backs",
# "called X a liar"). Found like speech, but ``attribute_claims`` makes no
# assertion claim of them: a position is not a checkable statement.
COGNITION_VERBS = frozenset(
    """think believe hope fear know see want feel guess suppose expect wonder""".split()  # noqa: SIM905
)
# Verbs whose content follows a preposition ("called for", "pointed to").
PREP_CONTENT_VERBS = frozenset(
    """call refer warn accuse point respond""".split()  # noqa: SIM905
)
# Verbs whose direct object is the content when they have no clause ("denied the report").
OBJECT_CONTENT_VERBS = frozenset(
    """deny confirm announce report claim acknowledge admit reveal predict estimate allege
    disclose dispute reiterate affirm describe tweet release answer""".split()  # noqa: SIM905
)
# "show"/"find"/"suggest" report only when their subject is a document ("the poll shows").
DOCUMENT_VERBS = frozenset(["show", "find", "suggest", "indicate", "estimate"])
# Nouns that carry somebody else's words: the real source is their owner.
DOCUMENT_NOUNS = frozenset(
    """statement report post tweet video message communique communiqué release letter
    interview poll survey study analysis data figures records document memo transcript
    footage bulletin update article results numbers statistics estimates census research
    findings tally count review investigation audit assessment record result number
    figure estimate statistic finding announcement note account""".split()  # noqa: SIM905
)
# A passive subject is the addressee ("he was asked", "voters were told"), never the speaker.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
QUOTE_MARKS = '“”"'
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
_ANON_CONTEXT = re.compile(
    r"anonymity|anonymously|not authori[sz]ed to|declined to be (?:named|identified)|"
    r"asked not to be (?:named|identified)|did not want to be (?:named|identified)",
    re.I,
)
_HEADLINE_LABELS = frozenset(
    """update updated breaking news exclusive watch video photos live analysis opinion
    editorial read more related note correction editor's summary latest""".split()  # noqa: SIM905
)
_HEADLINE_NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "NUM", "PART"})


# --- public API ------------------------------------------------------------


def find_attributions(doc: Doc, doc_id: str) -> list[Attribution]:
    """Every reported statement of a parsed document.

    Args:
        doc: the spaCy parse of the document text.
        doc_id: the id carried into every evidence span.

    Returns:
        Attributions in text order. Coordinated sources ("the army and the
        police said") give one Attribution each, sharing cue and content.
        Pronoun sources ("it said") carry the resolved name in ``source.name``
        and the pronoun itself in ``source.evidence``.
    """
    text = doc_text(doc)
    quotes = find_quotes(text)
    found: list[Found] = []
    for tok in doc:
        item: Found | None = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            item = _according_to(doc, tok)
        elif (
            tok.lemma_.lower() in CUE_VERBS or tok.lemma_.lower() in STANCE_VERBS
        ) and tok.pos_ in ("VERB", "AUX"):
            item = _from_verb(doc, tok, quotes)
        elif tok.lemma_.lower() in DOCUMENT_VERBS and tok.pos_ == "VERB":
            item = _from_document_verb(doc, tok)
        elif tok.lower_ in DOCUMENT_NOUNS and tok.dep_ == "pobj":
            item = _in_a_post(doc, tok)
        if item is not None:
            found.append(item)
    found.extend(_colon_headlines(doc, text))
    found = dedupe(found)
    for item in found:
        stretch_to_quote(text, item, quotes)
        cut_at_headline_break(text, item)
    found.extend(orphan_quotes(text, found, quotes))
    found.sort(key=lambda f: (f.content[0], f.cue or (0, 0)))
    return resolve_sources(doc, doc_id, found, quotes)


# --- finding statements ------------------------------------------------------


def _is_dateline(tok: Token) -> bool:
    """ "BAGHDAD —": an upper-case place opening a story, which parsers take for a subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_upper and len(tok.text) > 2 and nxt is not None and nxt.text in ("—", "–", "-", "--")
    )


def _coordinated(tok: Token) -> list[Token]:
    """A subject head and its conjuncts ("the army and the police")."""
    heads = [tok]
    for conj in tok.conjuncts:
        if conj.i > tok.i and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            heads.append(conj)
    return heads


def _real_source(tok: Token) -> tuple[Token, str | None]:
    """Look through a relative pronoun or a document noun to whoever speaks.

    Returns the source head and the platform it was posted on, if named.
    """
    via: str | None = None
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.lower_ in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
        for child in tok.children:
            if child.dep_ == "compound" and is_platform(child.text):
                via = child.text
        owner = _document_owner(tok)
        if owner is not None:
            return owner, via
    return tok, via


def _document_owner(noun: Token) -> Token | None:
    """The author of "its statement", "a statement from X", "a post shared by @X"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent":
                    objs = [c for c in agent.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def _subject(verb: Token) -> tuple[Token | None, Token | None]:
    """Subject of a reporting verb, inherited through conj/advcl/xcomp chains.

    Returns (subject, relay): relay is set for "X quoted Y as saying".
    """
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            break
        subs = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not _is_dateline(c)]
        if subs:
            # Two subjects means a misparse (a dateline, a fronted phrase): the nearest speaks.
            at = tok.i
            return min(subs, key=lambda c: abs(c.i - at)), None
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            objs = [c for c in agent[0].children if c.dep_ == "pobj"]
            if objs and tok.lemma_.lower() in ("quote", "cite"):
                return None, objs[0]
            if objs:
                return objs[0], None  # "it was announced by the ministry"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBG":
            return tok.head, None  # "voters saying ...", "a statement saying ..."
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head.pos_ in (
            "VERB",
            "AUX",
            "ADP",
        ):
            head = tok.head
            if head.pos_ == "ADP" and head.lower_ == "as" and head.head.lemma_.lower() == "quote":
                # "X quoted Y as saying": Y speaks, X relays.
                quote_verb = head.head
                objs = [c for c in quote_verb.children if c.dep_ in ("dobj", "nsubjpass")]
                relay = [c for c in quote_verb.children if c.dep_ == "nsubj"]
                if objs:
                    return objs[0], relay[0] if relay else None
            tok = head if head.pos_ != "ADP" else head.head
            continue
        break
    return None, None


def _content_of_verb(
    doc: Doc, verb: Token, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Character span of what a reporting verb reports."""
    text = doc_text(doc)
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "csubj") or (c.dep_ == "xcomp" and verb.lemma_ != "say")
    ]
    if clauses:
        # Two clauses ("A; the user wrote that B") is a misparse: the one after the cue is said.
        later = [c for c in clauses if c.i > verb.i]
        return subtree_span(doc, later[0] if later else clauses[0])
    for child in verb.rights:
        # "said in a statement that ...": the clause hangs on the document noun.
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            for obj in child.children:
                for sub in obj.children if obj.lower_ in DOCUMENT_NOUNS else ():
                    if sub.dep_ in ("acl", "relcl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in sub.children
                    ):
                        return subtree_span(doc, sub)
    colon = [c for c in verb.rights if c.text == ":"]
    if colon:
        after = colon[0].idx + 1
        sent = sentence_of(verb)
        for q_start, q_end in quotes:
            if after <= q_start <= after + 3:
                return q_start, q_end
        if sent.end_char > after + 1:
            return trim(text, after, sent.end_char)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "The toll rose, police said" / "“A,” I said, “B”": the clause around the cue.
        head = verb.head
        pre = (head.left_edge.idx, verb.left_edge.idx)
        after_tok = verb.right_edge.i + 1
        post = (
            (doc[after_tok].idx, _end(doc[head.right_edge.i]))
            if after_tok <= head.right_edge.i
            else (0, 0)
        )
        side = pre if pre[1] - pre[0] >= post[1] - post[0] else post
        if side[1] > side[0]:
            return trim(text, *side)
    lemma = verb.lemma_.lower()
    if lemma in STANCE_VERBS or lemma in PREP_CONTENT_VERBS:
        stance = _stance_content(doc, verb)
        if stance is not None:
            return stance
    if lemma in OBJECT_CONTENT_VERBS:
        for child in verb.children:
            if child.dep_ == "dobj":
                return subtree_span(doc, child)
    sent = sentence_of(verb)
    # "“...,” Ramos, 58, told AFP": a quote closing shortly before the cue in its sentence.
    for q_start, q_end in quotes:
        between = text[q_end : verb.idx] if q_end <= verb.idx else ""
        if (
            sent.start_char <= q_end <= verb.idx
            and len(between.split()) <= 12
            and not any(ch in between for ch in QUOTE_MARKS)
        ):
            return q_start, q_end
    # "“...,” he said." split into its own sentence: the quote just before is the content.
    before = text[: sent.start_char].rstrip()
    if verb.i - sent.start <= 3 and before.endswith(("”", '"', "”,", '",')):
        end = len(before)
        for q_start, q_end in quotes:
            if q_end == end or q_end == end - 1:
                return q_start, q_end
    return None


def _via_of_verb(verb: Token) -> str | None:
    """The outlet or platform a statement was relayed by ("told RT", "wrote on Facebook")."""
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "dative")
            and verb.lemma_.lower() == "tell"
            and (
                is_media_name(_np_text(child))
                or (child.pos_ == "PROPN" and child.ent_type_ != "PERSON")
            )
        ):
            return _np_text(child)
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "to", "with"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if is_platform(_np_text(obj)) or is_platform(obj.text):
                    return obj.text
                if child.lower_ == "to" and is_media_name(_np_text(obj)):
                    return _np_text(obj)
                if obj.lower_ == "interview":
                    for sub in obj.children:
                        if sub.dep_ == "prep" and sub.lower_ == "with":
                            inner = [c for c in sub.children if c.dep_ == "pobj"]
                            if inner:
                                return _np_text(inner[0])
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    for sub in obj.subtree:
                        if sub.dep_ == "pobj" and is_platform(sub.text):
                            return sub.text
    return None


def _np_text(tok: Token) -> str:
    """Text of a noun phrase (see ``np_range``)."""
    start, end = np_range(tok)
    return tok.doc[start:end].text


def _cue_span(doc: Doc, verb: Token) -> tuple[int, int]:
    """The cue: the verb, stretched over "in a statement" when it follows closely."""
    start, end = verb.idx, verb.idx + len(verb.text)
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i - verb.i <= 3:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.lower_ in DOCUMENT_NOUNS]
            if objs:
                end = objs[0].idx + len(objs[0].text)
    return start, end


def _end(tok: Token) -> int:
    """Character offset just after a token."""
    return tok.idx + len(tok.text)


def _after_word(text: str, start: int, end: int, word: Token) -> tuple[int, int]:
    """A span with its leading word (a preposition) cut off."""
    cut = word.idx + len(word.text)
    return trim(text, cut, end) if start <= word.idx < cut < end else (start, end)


def _stance_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """What a stance verb is about: "wants to X", "called X a Y", "called for X", "backs X"."""
    children = list(verb.children)
    for child in children:
        if child.dep_ == "xcomp":
            return subtree_span(doc, child)
    dobj = [c for c in children if c.dep_ == "dobj"]
    extra = [c for c in children if c.dep_ in ("oprd", "ccomp") and dobj and c.i > dobj[0].i]
    if dobj and extra:
        start, _ = subtree_span(doc, dobj[0])
        _, end = subtree_span(doc, extra[-1])
        return start, end
    for child in children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("for", "on", "about", "to", "of")
            and verb.lemma_.lower() in PREP_CONTENT_VERBS
            and child.n_rights
        ):
            # "calling for the US to act": the whole phrase after the preposition.
            start, end = subtree_span(doc, child)
            return _after_word(doc_text(doc), start, end, child)
    if dobj:
        return subtree_span(doc, dobj[0])
    return None


def _from_verb(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """A statement headed by a reporting verb, or None when it has no source or content."""
    lemma = verb.lemma_.lower()
    if lemma in ("think", "believe", "hope", "fear") and verb.dep_ not in (
        "ROOT",
        "conj",
        "parataxis",
    ):
        return None
    if lemma == "cite" and verb.tag_ == "VBG":
        return None  # "citing X" names the source of another statement (see ``_cited``)
    subj, relay = _subject(verb)
    if subj is None:
        return None
    if lemma in COGNITION_VERBS and subj.lower_ in ("i", "we", "you"):
        return None  # "I think" inside a quote is the speaker's hedge, not a new statement
    if subj.lower_ in ("'s", "’s", "us", "you", "one") and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "might", "may", "let")
        for c in verb.children
    ):
        return None  # "let's say", "you could say": a figure of speech, nobody is quoted
    if any(c.lower_ in ("let", "let's") for c in verb.children):
        return None
    if (
        subj.lower_ in ("there", "this", "that", "what", "which")
        and subj.lower_ not in RELATIVE_PRONOUNS
    ):
        return None
    content = _content_of_verb(doc, verb, quotes)
    if content is None or content[1] - content[0] < 3:
        return None
    head, via = _real_source(subj)
    heads = _coordinated(head)
    antecedent = None
    if subj.lower_ in RELATIVE_PRONOUNS and head is not subj:
        # "officials who said": the pronoun is where it is said, the noun names the source.
        antecedent = np_range(head)
        heads = [subj]
    if relay is not None:
        via = _np_text(relay)
    elif via is None:
        via = _via_of_verb(verb)
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        via = via or _relay_of(head)
    cited = _cited(verb)
    if cited is not None:
        # "X reported ..., citing rescue workers": the cited speak, X relays.
        via = outlet_name(_np_text(head))
        head, heads, antecedent = cited, [cited], None
    cue = _cue_span(doc, verb)
    if cue[0] < content[1] and content[0] < cue[1]:
        return None
    sent = sentence_of(verb)
    context = " ".join(head.doc[h.left_edge.i : h.right_edge.i + 1].text for h in heads)
    rest = (
        doc_text(doc)[sent.start_char : content[0]]
        + " "
        + doc_text(doc)[content[1] : sent.end_char]
    )
    return Found(
        sources=[np_range(h, full=True) for h in heads],
        content=content,
        cue=cue,
        sent_start=sent.start_char,
        context=context,
        via=via,
        anonymous=_ANON_CONTEXT.search(rest) is not None,
        antecedent=antecedent,
        social=lemma in ("post", "tweet", "blog"),
    )


def _cited(verb: Token) -> Token | None:
    """The object of a "citing X" phrase under a reporting verb or its clause."""
    for tok in verb.subtree:
        if tok.lemma_.lower() == "cite" and tok.tag_ == "VBG" and tok.i > verb.i:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return objs[0]
    return None


def _relay_of(noun: Token) -> str | None:
    """The relay of "X quoted Y, which reported ...": X, subject of the verb governing Y."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ("quote", "cite"):
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if subs:
            return _np_text(subs[0])
    return None


def _from_document_verb(doc: Doc, verb: Token) -> Found | None:
    """ "The survey shows ...", "a study found ...": only with a document subject."""
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subs:
        return None
    documentary = subs[0].lemma_.lower() in DOCUMENT_NOUNS or subs[0].lower_ in DOCUMENT_NOUNS
    named = subs[0].ent_type_ in ("ORG", "PERSON") and verb.lemma_.lower() == "find"
    if not (documentary or named):
        return None
    content = _content_of_verb(doc, verb, [])
    if content is None:
        for child in verb.children:
            if child.dep_ == "dobj" and verb.lemma_.lower() in ("show", "find"):
                content = subtree_span(doc, child)
    if content is None:
        return None
    head, via = _real_source(subs[0])
    sent = sentence_of(verb)
    return Found(
        sources=[np_range(head, full=True)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sent.start_char,
        context=doc[head.left_edge.i : head.right_edge.i + 1].text,
        via=via,
    )


def _clause_outside(doc: Doc, head: Token, phrase: Token) -> tuple[int, int] | None:
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
        if closes or p_left - left >= right - p_right:
            start, end = tok_span(doc, left, p_left)
        else:
            start, end = tok_span(doc, p_right + 1, right + 1)
    if end <= start:
        return None
    span = trim(text, start, end)
    return span if span[1] - span[0] >= 3 else None


def _according_to(doc: Doc, according: Token) -> Found | None:
    """ "According to X, ..." and "..., according to X"."""
    to = doc[according.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    source, via = _real_source(objs[0])
    head = according.head
    while (
        head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis")
        and head.head is not head
    ):
        head = head.head
    if head.i == according.i:
        sent = sentence_of(according)
        content = _clause_outside_sent(doc, sent, according, objs[0])
    else:
        content = _clause_outside(doc, head, according)
    if content is None:
        return None
    cue = (according.idx, to.idx + len(to.text))
    if content[0] < cue[1] and cue[0] < content[1]:
        return None
    heads = _coordinated(source)
    return Found(
        sources=[np_range(h, full=True) for h in heads],
        content=content,
        cue=cue,
        sent_start=sentence_of(according).start_char,
        context=doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text,
        via=via,
    )


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


def _in_a_post(doc: Doc, noun: Token) -> Found | None:
    """ "..., in a post shared by @account" on a non-reporting verb."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in CUE_VERBS:
        return None
    owner = _document_owner(noun)
    if owner is None:
        return None
    content = _clause_outside(doc, verb, prep)
    if content is None:
        return None
    via = None
    for sub in noun.subtree:
        if sub.dep_ == "pobj" and is_platform(sub.text):
            via = sub.text
    cue = (prep.idx, noun.idx + len(noun.text))
    return Found(
        sources=[np_range(owner, full=True)],
        content=content,
        cue=cue,
        sent_start=sentence_of(verb).start_char,
        context=doc[noun.left_edge.i : noun.right_edge.i + 1].text,
        via=via,
    )


def _colon_headlines(doc: Doc, text: str) -> list[Found]:
    """ "Ministry: 5 killed in blast": a short line whose head is a source and a colon."""
    found: list[Found] = []
    lex = load_lexicon()
    for p_start, p_end in paragraph_bounds(text):
        line_end = text.find("\n", p_start, p_end)
        line_end = p_end if line_end < 0 else line_end
        colon = text.find(":", p_start, line_end)
        if colon < 0 or colon - p_start > 60 or line_end - colon < 8:
            continue
        pre = doc.char_span(p_start, colon, alignment_mode="expand")
        if pre is None or not 1 <= len(pre) <= 5:
            continue
        if any(t.pos_ not in _HEADLINE_NP_POS for t in pre):
            continue
        words = [t for t in pre if t.is_alpha]
        named = (
            any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in pre)
            or any(t.lower_ in lex.words for t in pre)
            or bool(words and all(t.is_title or t.is_upper for t in words))
        )
        if not named or not (pre[0].is_title or pre[0].is_upper):
            continue
        if {t.lower_ for t in words} & _HEADLINE_LABELS:
            continue  # "Update:", "Breaking news:" label a story, they do not speak
        content = trim(text, colon + 1, line_end)
        found.append(
            Found(
                sources=[(pre.start, pre.end)],
                content=content,
                cue=(colon, colon + 1),
                sent_start=p_start,
                context=pre.text,
            )
        )
    return found
