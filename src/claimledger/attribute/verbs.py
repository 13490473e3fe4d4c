"""Reporting-verb rules: a cue verb of the parse -> a ``Found`` statement.

Input: a token whose lemma is a speech or stance verb ("said", "told", "denied", "called
for"), the document and its quote spans. Output: the statement it heads, with its source
heads (the subject, inherited through conjunctions, or the speaker of "X quoted Y as saying"),
its content (the clausal complement, the words after a colon, the clause around a trailing
"police said", a quote close by), its cue and its relay ("told RT", "wrote on Facebook",
"citing rescue workers"). ``content_of_verb`` also serves the document verbs of ``cues``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.cited import cited as _cited
from claimledger.attribute.cited import relay_around
from claimledger.attribute.conj_that import conjunct_that
from claimledger.attribute.conjuncts import saying_above_subordinate
from claimledger.attribute.dated_subject import dated_subject
from claimledger.attribute.factions import tied_to_faction
from claimledger.attribute.heads import (
    DOCUMENT_NOUNS,
    RELATIVE_PRONOUNS,
    coordinated,
    floating_subjects,
    fronted_subject,
    is_post,
    named_in_apposition,
    np_text,
    past_dateline,
    real_source,
    source_ranges,
    speaker_in_quote,
    subject_in_relative_clause,
    subject_list,
    with_subject_of,
)
from claimledger.attribute.objects import (
    OBJECT_CONTENT_VERBS,
    bare_count,
    counted_lead,
    cut_off_clause,
    more_counts,
    object_content,
)
from claimledger.attribute.resolve import outlet_name
from claimledger.attribute.sources import CUE_VERBS, STANCE_VERBS, is_media_name, is_platform
from claimledger.attribute.spans import (
    Found,
    doc_text,
    np_range,
    sentence_of,
    subtree_span,
    trim,
)

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
# A passive subject is the addressee ("he was asked", "voters were told"), never the speaker.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
QUOTE_MARKS = '“”"'
_ANON_CONTEXT = re.compile(
    r"anonymity|anonymously|not authori[sz]ed to|declined to be (?:named|identified)|"
    r"asked not to be (?:named|identified)|did not want to be (?:named|identified)",
    re.I,
)

Quotes = list[tuple[int, int]]


# --- who speaks ---------------------------------------------------------------


# A statement made on a platform ("wrote in his Facebook post", "said on X/Twitter",
# "posted online"): a person who says it there is a social-media poster.
_ON_PLATFORM = re.compile(
    r"\b(?:[Oo]n|[Ii]n|[Vv]ia|[Tt]o)\s+(?:(?:his|her|their|a|an|the|its)\s+)?(?:own\s+)?"
    r"(?:Facebook|Twitter|X/Twitter|Twitter/X|Telegram|Instagram|TikTok|WhatsApp|YouTube"
    r"|social media|X)\b|\bposted online\b|\bFacebook (?:post|page|account)\b",
)


_QUOTE = ("quote", "cite")


def subject(verb: Token) -> tuple[Token | None, Token | None]:
    """Subject of a reporting verb, inherited through conj/advcl/xcomp chains.

    Returns (subject, relay): relay is set for "X quoted Y as saying".
    """
    tok: Token | None = saying_above_subordinate(verb) or verb
    for _ in range(4):
        if tok is None:
            break
        subs = [s for c in tok.children if c.dep_ in SUBJECT_DEPS if (s := past_dateline(c))]
        subs = subs or fronted_subject(tok)  # "X, reporting for Y, said"
        dated = None if subs else dated_subject(tok)  # "On 6 May the X Directorate reported"
        subs = [dated] if dated is not None else subs
        if subs and tok.tag_ == "VBG" and all(is_platform(c.text) for c in subs):
            subs = []  # "posted a tribute on Facebook mourning ...": Facebook is no speaker
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
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and tok.head.dep_ == "pobj"
            and is_platform(tok.head.text)
            and tok.head.head.head.pos_ == "VERB"
        ):
            # "posted the tribute on Facebook mourning ...": the poster mourns, not Facebook.
            tok = tok.head.head.head
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBG":
            return tok.head, None  # "voters saying ...", "a statement saying ..."
        with_subject = with_subject_of(tok)
        if with_subject is not None:
            return with_subject, None
        if _misparsed_that(tok) is not None:
            # "One source reported on Facebook that ...": a sentence the parse left without
            # a verb hangs the reporting verb on its subject.
            return tok.head, None
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head.pos_ in (
            "VERB",
            "AUX",
            "ADP",
        ):
            head = tok.head
            if head.pos_ == "ADP" and head.lower_ == "as" and head.head.lemma_.lower() in _QUOTE:
                # "X quoted (cited) Y as saying": Y speaks, X relays.
                quote_verb = head.head
                objs = [c for c in quote_verb.children if c.dep_ in ("dobj", "nsubjpass")]
                relay = [c for c in quote_verb.children if c.dep_ == "nsubj"]
                if objs:
                    return objs[0], relay[0] if relay else None
            tok = head if head.pos_ != "ADP" else head.head
            continue
        break
    return subject_in_relative_clause(verb), None


# --- what is said ---------------------------------------------------------------


def content_of_verb(doc: Doc, verb: Token, quotes: Quotes) -> tuple[int, int] | None:
    """Character span of what a reporting verb reports.

    The rules are tried in order; the first that finds a span wins.
    """
    return (
        _clausal_complement(doc, verb)
        or _clause_on_document_noun(doc, verb)
        or conjunct_that(doc, verb)
        or _mourned(doc, verb)
        or _reported_on_then_quoted(doc, verb, quotes)
        or _after_colon(doc, verb, quotes)
        or _clause_around_cue(doc, verb)
        or _stance_or_prep_content(doc, verb)
        or _reported_on(doc, verb)
        or object_content(doc, verb)
        or _quote_closing_before_cue(doc, verb, quotes)
        or _quote_before_own_sentence(doc, verb, quotes)
        or _passive_subject(doc, verb)
        or cut_off_clause(doc, verb)
    )


def _passive_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "The merger was first reported by the Planet": what the agent reported is the
    passive subject (never for "was asked / told by": that subject is the addressee)."""
    lemma = verb.lemma_.lower()
    if lemma in ("ask", "tell", "inform", "brief", "quote", "cite"):
        return None
    if lemma not in CUE_VERBS and lemma not in STANCE_VERBS:
        return None  # "was killed by an air strike": the agent did, it did not say
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    subs = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subs or subs[0].lower_ in RELATIVE_PRONOUNS:
        return None
    return subtree_span(doc, subs[0])


def _clausal_complement(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "said that X": the clause the verb governs."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "csubj")
        or (c.dep_ == "xcomp" and verb.lemma_ != "say")
        or (c.dep_ == "advcl" and c.i > verb.i and _opens_with_that(c))
    ]
    if not clauses:
        that = _misparsed_that(verb)
        return subtree_span(doc, that) if that is not None else None
    # Two clauses ("A; the user wrote that B") is a misparse: the one after the cue is said.
    later = [c for c in clauses if c.i > verb.i]
    start, end = subtree_span(doc, later[0] if later else clauses[0])
    # "said officers responding to the riot arrested 17": the parse split one clause in two
    # or hung a further count on the cue ("announced 11 dead and 24 wounded")
    split = later and later[0].dep_ == "ccomp"
    for c in (c for c in verb.children if split and c.i > later[0].i and more_counts(c)):
        gap = doc[later[0].right_edge.i + 1 : c.left_edge.i]
        if all(t.lower_ in (",", "and") for t in gap):  # not over a colon or a quote
            end = max(end, subtree_span(doc, c)[1])
    # "reported 13 killed and 40 injured": the parse makes "13" the verb's object
    # (or its subject a phrase on the verb: "tell us up to a dozen were wounded")
    nums = [c for c in verb.children if later and c.i < later[0].i and counted_lead(c, later[0])]
    return (min(start, nums[0].left_edge.idx), end) if nums else (start, end)


def _before(rng: tuple[int, int], verb: Token) -> tuple[int, int]:
    """A source's token range cut before its own cue ("One source | reported on X that"),
    when the parse hung the cue on the sentence's subject or on the source noun itself."""
    start, end = rng
    misparsed = verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ != "VBG"
    # "reports alleging that ...", "a statement saying ...": the noun is the source
    gerund = verb.dep_ == "acl" and verb.tag_ == "VBG" and start <= verb.head.i < verb.i
    return (start, verb.i) if (misparsed or gerund) and start < verb.i < end else rng


def _misparsed_that(verb: Token) -> Token | None:
    """ "One source reported on Facebook, on May 4, that ...": a sentence the parse left
    without a verb hangs the cue on its subject and the "that" clause on either."""
    if not (verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN")):
        return None
    for c in [*verb.children, *verb.head.children]:
        if c.i > verb.i and c.dep_ in ("ccomp", "advcl", "acl") and _opens_with_that(c):
            return c
    return None


def _opens_with_that(clause: Token) -> bool:
    """ "reported, after the strike, that six were killed": a "that" clause the parse
    took for an adverbial one."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _clause_on_document_noun(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "said in a statement that ...": the clause hangs on the document noun."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            for obj in child.children:
                for sub in obj.children if obj.lower_ in DOCUMENT_NOUNS else ():
                    if sub.dep_ in ("acl", "relcl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in sub.children
                    ):
                        return subtree_span(doc, sub)
    return None


def _after_colon(doc: Doc, verb: Token, quotes: Quotes) -> tuple[int, int] | None:
    """ "He said: ...": a quote opening just after the colon, else the rest of the sentence."""
    colon = [c for c in verb.rights if c.text == ":"]
    if not colon:
        return None
    after = colon[0].idx + 1
    sent = sentence_of(verb)
    for q_start, q_end in quotes:
        if after <= q_start <= after + 3:
            return q_start, q_end
    if sent.end_char > after + 1:
        return trim(doc_text(doc), after, sent.end_char)
    return None


def _clause_around_cue(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "The toll rose, police said" / "“A,” I said, “B”": the clause around the cue."""
    if not (verb.dep_ in ("parataxis", "advcl") and verb.head.pos_ in ("VERB", "AUX")):
        return None
    if verb.lemma_.lower() in OBJECT_CONTENT_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "..., while others reported up to six injuries": the object is reported
    head = verb.head
    pre = (head.left_edge.idx, verb.left_edge.idx)
    after_tok = verb.right_edge.i + 1
    post = (
        (doc[after_tok].idx, _end(doc[head.right_edge.i]))
        if after_tok <= head.right_edge.i
        else (0, 0)
    )
    side = pre if pre[1] - pre[0] >= post[1] - post[0] else post
    if side == post and after_tok < len(doc) and doc[after_tok].lower_ in ("while", "whereas"):
        side = pre  # "A, X said, while Y put the toll at B": the clause after is Y's
    if side[1] > side[0]:
        return trim(doc_text(doc), *side)
    return None


def _stance_or_prep_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The content of a stance verb or a verb whose content follows a preposition."""
    lemma = verb.lemma_.lower()
    if lemma in STANCE_VERBS or lemma in PREP_CONTENT_VERBS:
        return _stance_content(doc, verb)
    return None


# "reported on the death of two women", "wrote about the killing of three": the phrase
# after the preposition is what is reported, when it tells of a death, an injury, a count.
_ON_VERBS = frozenset({"report", "write", "post", "tweet", "comment"})
_ON_NOUNS = frozenset(
    "death deaths killing killings injury injuries martyrdom casualties toll number".split()  # noqa: SIM905
)


# "X mourned the death of her cousin": a post mourning a death states it.
MOURN_VERBS = frozenset({"mourn", "grieve"})
_DEATH_NOUNS = frozenset({"death", "deaths", "loss", "passing", "killing", "martyrdom"})


def _mourned(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The death a mourning verb names ("mourned the loss of X"); None otherwise."""
    if verb.lemma_.lower() not in MOURN_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _DEATH_NOUNS:
            return subtree_span(doc, child)
    return None


def _reported_on_then_quoted(doc: Doc, verb: Token, quotes: Quotes) -> tuple[int, int] | None:
    """ "posted about the death of her husband: “...”": the death and the quote after it."""
    on = _reported_on(doc, verb)
    colon = _after_colon(doc, verb, quotes) if on is not None else None
    if on is None or colon is None or colon[0] < on[1]:
        return None
    return on[0], colon[1]


def _reported_on(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The content of "X reported on <the death of N>"; None for "reported on Monday"."""
    if verb.lemma_.lower() not in _ON_VERBS:
        return None
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ not in ("on", "about"):
            continue
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if (
            objs
            and objs[0].lemma_.lower() in _ON_NOUNS
            and objs[0].ent_type_ not in ("DATE", "TIME")
        ):
            start, end = subtree_span(doc, child)
            return _after_word(doc_text(doc), start, end, child)
    return None


def _quote_closing_before_cue(doc: Doc, verb: Token, quotes: Quotes) -> tuple[int, int] | None:
    """ "“...,” Ramos, 58, told AFP": a quote closing shortly before the cue in its sentence."""
    text = doc_text(doc)
    sent = sentence_of(verb)
    for q_start, q_end in quotes:
        between = text[q_end : verb.idx] if q_end <= verb.idx else ""
        if (
            sent.start_char <= q_end <= verb.idx
            and len(between.split()) <= 12
            and not any(ch in between for ch in QUOTE_MARKS)
        ):
            return q_start, q_end
    return None


def _quote_before_own_sentence(doc: Doc, verb: Token, quotes: Quotes) -> tuple[int, int] | None:
    """ "“...,” he said." split into its own sentence: the quote just before is the content."""
    sent = sentence_of(verb)
    before = doc_text(doc)[: sent.start_char].rstrip()
    if verb.i - sent.start <= 3 and before.endswith(("”", '"', "”,", '",')):
        end = len(before)
        for q_start, q_end in quotes:
            if q_end == end or q_end == end - 1:
                return q_start, q_end
    return None


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


# --- cue and relay ----------------------------------------------------------------


def _via_of_verb(verb: Token) -> str | None:
    """The outlet or platform a statement was relayed by ("told RT", "wrote on Facebook")."""
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "dative")
            and verb.lemma_.lower() == "tell"
            and (
                is_media_name(np_text(child))
                or (child.pos_ == "PROPN" and child.ent_type_ != "PERSON")
            )
        ):
            return np_text(child)
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "to", "with"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if is_platform(np_text(obj)) or is_platform(obj.text):
                    return obj.text
                if child.lower_ == "to" and is_media_name(np_text(obj)):
                    return np_text(obj)
                if obj.lower_ == "interview":
                    for sub in obj.children:
                        if sub.dep_ == "prep" and sub.lower_ == "with":
                            inner = [c for c in sub.children if c.dep_ == "pobj"]
                            if inner:
                                return np_text(inner[0])
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    for sub in obj.subtree:
                        if sub.dep_ == "pobj" and is_platform(sub.text):
                            return sub.text
    return None


def _cue_span(verb: Token) -> tuple[int, int]:
    """The cue: the verb, stretched over "in a statement" when it follows closely."""
    start, end = verb.idx, verb.idx + len(verb.text)
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i - verb.i <= 3:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.lower_ in DOCUMENT_NOUNS]
            if objs:
                end = objs[0].idx + len(objs[0].text)
    return start, end


def _described(head: Token) -> Span:
    """The source's phrase, with a descriptor the parse made a second subject before it
    ("The human rights group | Open Ledger reported": the group says what it is)."""
    start = head.left_edge.i
    before = head.doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ == "nsubj"
        and before.head.i == head.head.i
        and head.pos_ == "PROPN"
    ):
        start = before.left_edge.i
    return head.doc[start : head.right_edge.i + 1]


def _relay_of(noun: Token) -> str | None:
    """The relay of "X quoted Y, which reported ...": X, subject of the verb governing Y."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ("quote", "cite"):
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if subs:
            return np_text(subs[0])
    return None


# --- the statement ----------------------------------------------------------------
_CONTENT = frozenset({"ccomp", "parataxis", "conj"})  # a clause that is what a verb says


def _no_statement(verb: Token, subj: Token) -> bool:
    """Whether a verb with this subject quotes nobody ("I think", "let's say", "there is")."""
    if verb.lemma_.lower() in COGNITION_VERBS and subj.lower_ in ("i", "we", "you"):
        return True  # "I think" inside a quote is the speaker's hedge, not a new statement
    if subj.lower_ in ("'s", "’s", "us", "you", "one") and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "might", "may", "let")
        for c in verb.children
    ):
        return True  # "let's say", "you could say": a figure of speech, nobody is quoted
    if any(c.lower_ in ("let", "let's") and c.dep_ not in _CONTENT for c in verb.children):
        return True  # "He said, let me be clear": not '"Let them fight," he said' (content)
    return (
        subj.lower_ in ("there", "this", "that", "what", "which")
        and subj.lower_ not in RELATIVE_PRONOUNS
    )


def from_verb(doc: Doc, verb: Token, quotes: Quotes) -> Found | None:
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
    subj, relay = subject(verb)
    if subj is None or _no_statement(verb, subj):
        return None
    content = content_of_verb(doc, verb, quotes)
    if content is None or (content[1] - content[0] < 3 and not bare_count(doc, content)):
        return None
    head, via = real_source(subj)
    quoted = speaker_in_quote(head, verb)
    if quoted is not None:
        via, head = np_text(head), quoted  # the poster relays the speaker it quotes
    named = named_in_apposition(head)
    # "A militia-aligned account, Harra Echo, wrote": the tie said of it names its kind
    tie = _described(head).text if named is not None else ""
    head = named or head
    heads = coordinated(head)
    antecedent = None
    if subj.lower_ in RELATIVE_PRONOUNS and head is not subj:
        # "officials who said": the pronoun is where it is said, the noun names the source.
        antecedent = np_range(head)
        heads = [subj]
    if relay is not None:
        via = np_text(relay)
    elif via is None:
        via = _via_of_verb(verb) or relay_around(verb)
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        via = via or _relay_of(head)
    cited = _cited(verb)
    if cited is not None:
        # "X reported ..., citing rescue workers": the cited speak, X relays.
        via = outlet_name(np_text(head))
        head, heads, antecedent = cited, [cited], None
    cue = _cue_span(verb)
    if cue[0] < content[1] and content[0] < cue[1]:
        return None
    listed = subject_list(subj) if cited is None and relay is None else None
    floating = floating_subjects(subj) if cited is None else None
    sent = sentence_of(verb)
    context = " ".join(_described(h).text for h in heads)
    context += f" {tie}" if tie and tied_to_faction(tie) else ""
    before, after = (
        doc_text(doc)[sent.start_char : content[0]],
        doc_text(doc)[content[1] : sent.end_char],
    )
    # Clauses joined by semicolons have their own speakers ("X says ...; accounts on
    # Telegram claim ..."): what is said of the others is not said of this one.
    rest = before.rsplit(";", 1)[-1] + " " + after.split(";", 1)[0]
    return Found(
        sources=floating
        or ([listed] if listed else [_before(r, verb) for r in source_ranges(heads)]),
        content=content,
        cue=cue,
        sent_start=sent.start_char,
        context=context,
        via=via,
        anonymous=_ANON_CONTEXT.search(rest) is not None,
        antecedent=antecedent,
        social=quoted is None
        and (
            lemma in ("post", "tweet", "blog")
            # "His colleagues posted his photograph and wrote that ...": the post's words
            or (verb.dep_ == "conj" and verb.head.lemma_.lower() in ("post", "tweet"))
            or is_post(subj)
            or _ON_PLATFORM.search(rest) is not None
        ),
    )
