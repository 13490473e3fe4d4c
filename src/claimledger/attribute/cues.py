"""Cues other than a speaking subject: a token or a line -> a ``Found`` statement.

Input: the parse and the token that cues a statement without a reporting verb
of its own: a document verb with a document subject ("the survey shows", "a study
found"), a document noun on a non-reporting verb ("..., in a post shared by
@account"); or the text, for colon headlines ("Ministry: 5 killed in blast").
Output: the statement, its content being the clause outside the cue phrase.
"According to X" and "per X" are read in ``according`` (re-exported here).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.according import according_to as according_to
from claimledger.attribute.according import clause_outside
from claimledger.attribute.according import per_source as per_source
from claimledger.attribute.cited import cited
from claimledger.attribute.heads import (
    DOCUMENT_NOUNS,
    FIGURE_NOUNS,
    coordinated,
    document_owner,
    is_post,
    np_text,
    real_source,
    source_ranges,
)
from claimledger.attribute.own_clause import inside_report
from claimledger.attribute.quotes import paragraph_bounds
from claimledger.attribute.resolve import outlet_name
from claimledger.attribute.sources import CUE_VERBS, is_platform, load_lexicon
from claimledger.attribute.spans import (
    Found,
    doc_text,
    np_range,
    sentence_of,
    subtree_span,
    tok_span,
    trim,
)
from claimledger.attribute.verbs import content_of_verb, subject
from claimledger.extract.numbers.casualty_words import casualty

# "show"/"find"/"suggest" report only when their subject is a document ("the poll shows").
DOCUMENT_VERBS = frozenset(["show", "find", "suggest", "indicate", "estimate"])
_HEADLINE_LABELS = frozenset(
    """update updated breaking news exclusive watch video photos live analysis opinion
    editorial read more related note correction editor's summary latest""".split()  # noqa: SIM905
)
_HEADLINE_NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "NUM", "PART"})


def from_document_verb(doc: Doc, verb: Token) -> Found | None:
    """ "The survey shows ...", "a study found ...": only with a document subject."""
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subs or (verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
        return None  # "..., with footage showing three injured": the reporter's (objects)
    documentary = subs[0].lemma_.lower() in DOCUMENT_NOUNS or subs[0].lower_ in DOCUMENT_NOUNS
    named = subs[0].ent_type_ in ("ORG", "PERSON") and verb.lemma_.lower() == "find"
    if not (documentary or named):
        return None
    content = content_of_verb(doc, verb, [])
    if content is None:
        for child in verb.children:
            if child.dep_ == "dobj" and verb.lemma_.lower() in ("show", "find"):
                content = subtree_span(doc, child)
    if content is None:
        return None
    head, via = real_source(subs[0])
    sent = sentence_of(verb)
    return Found(
        sources=[np_range(head, full=True)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sent.start_char,
        context=doc[head.left_edge.i : head.right_edge.i + 1].text,
        via=via,
    )


def in_a_post(doc: Doc, noun: Token) -> Found | None:
    """ "..., in a post shared by @account" on a non-reporting verb."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in CUE_VERBS:
        return None
    owner = document_owner(noun)
    if owner is None:
        return None
    content = clause_outside(doc, verb, prep)
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


def colon_headlines(doc: Doc, text: str) -> list[Found]:
    """ "Ministry: 5 killed in blast": a short line whose head is a source and a colon."""
    found: list[Found] = []
    lex = load_lexicon()
    for p_start, p_end in paragraph_bounds(text):
        line_end = text.find("\n", p_start, p_end)
        line_end = p_end if line_end < 0 else line_end
        colon = text.find(":", p_start, line_end)
        if colon < 0 or colon - p_start > 60 or line_end - colon < 8:
            continue
        found += _later_colon_sources(doc, text, colon, line_end, lex.words)
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
        if len(pre) > 1 and pre[0].text in ("RT", "Via", "via"):
            pre = pre[1:]  # "RT @VellMedics: ...": the account retweeted speaks
        if not named or not (pre[0].is_title or pre[0].is_upper or pre[0].text[:1] == "@"):
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


def _later_colon_sources(
    doc: Doc, text: str, after: int, line_end: int, words: dict[str, str]
) -> list[Found]:
    """ "Harsa Now (Facebook page): URGENT. Sources at Harsa hospital: 7 martyrs": a sentence
    of the line opening on a source noun phrase ("sources", "medics", a hospital) and a colon."""
    colon = text.find(":", after + 1, line_end)
    stop = max(text.rfind(". ", after, colon), text.rfind("! ", after, colon))
    pre = doc.char_span(stop + 2, colon, alignment_mode="expand") if stop > 0 else None
    if pre is None or not 1 <= len(pre) <= 6 or line_end - colon < 6:
        return []
    root = pre.root
    known = root.lower_ in ("sources", "source") or words.get(root.lower_, "witness") != "witness"
    if not known or root.i != pre.start:
        return []
    return [Found(sources=[(pre.start, pre.end)], content=trim(text, colon + 1, line_end),
                  cue=(colon, colon + 1), sent_start=stop + 2, context=pre.text)]  # fmt: skip


# "Relatives put the toll at 22", "Safa updated the death toll to eight", "the ministry
# raised the number of dead to 15": the subject states the toll.
TOLL_VERBS = frozenset(
    "put place update raise revise lower bring set give estimate increase".split()  # noqa: SIM905
)
_TOLL_NOUNS = frozenset({"toll", "tally", "count"})
# "put the number of killed at 9", "raised the number of dead to 15": a number or figure
# is a toll when the verb sets it at or to a value.
_SET_NOUNS = frozenset({"number", "figure", "dead", "wounded", "injured"})
# "gave a combined figure of 4 dead": a figure or toll holding its number after "of".
_OF_NOUNS = frozenset({"figure", "toll", "tally", "count"})


def _toll_object(verb: Token) -> Token | None:
    """The toll a toll verb sets ("the death toll", "the number killed ... at N")."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        lemma = c.lemma_.lower()
        if lemma in _TOLL_NOUNS:
            return c
        # "at" may hang on the verb or on a participle inside the object ("number killed at").
        near = [*verb.children, *c.subtree]
        if lemma in _SET_NOUNS and any(
            t.dep_ == "prep" and t.lower_ in ("at", "to") and t.i > c.i for t in near
        ):
            return c
        if lemma in _OF_NOUNS and any(
            t.dep_ == "prep" and t.lower_ == "of" and any(x.like_num for x in t.subtree)
            for t in c.children
        ):
            return c
    return None


def _figures_given(verb: Token) -> Token | None:
    """The counts a named body's figures give: "Petrovar Health Directorate figures, published
    on 8 June, gave 3 dead and 14 injured" (the object holding a number)."""
    if verb.lemma_.lower() != "give":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in FIGURE_NOUNS or document_owner(subj) is None:
        return None
    objs = (c for c in verb.children if c.dep_ == "dobj")
    return next((c for c in objs if any(t.like_num for t in c.subtree)), None)


def toll_statement(doc: Doc, verb: Token) -> Found | None:
    """A statement of a toll by its subject ("X put the toll at N"); None otherwise.

    The subject may be shared with an earlier verb ("a post named the victims and put
    the toll at 20") or a relative pronoun ("a post from X, which put the number at 14").
    """
    if verb.lemma_.lower() not in TOLL_VERBS or verb.pos_ != "VERB":
        return None
    obj = _toll_object(verb) or _figures_given(verb)
    subj, _relay = subject(verb) if obj is not None else (None, None)
    if obj is None or subj is None or subj.lower_ in ("there", "this", "it", "we", "i"):
        return None
    start = obj.left_edge.i
    end = max(verb.right_edge.i, obj.right_edge.i) + 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    found = _subject_statement(doc, verb, subj, tok_span(doc, start, end))
    source = cited(verb)
    if source is not None:
        # "X, citing medical sources, put the toll at six": the cited speak, X relays
        found.via = outlet_name(doc[subj.left_edge.i : subj.i + 1].text)
        found.sources = source_ranges(coordinated(source))
        found.context = doc[source.left_edge.i : source.right_edge.i + 1].text
    return found


def _subject_statement(doc: Doc, verb: Token, subj: Token, content: tuple[int, int]) -> Found:
    """The statement of a verb's subject (through a relative pronoun or a document noun to
    whoever speaks, with its conjuncts) whose content is ``content``."""
    head, via = real_source(subj)
    return Found(
        sources=source_ranges(coordinated(head)),
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sentence_of(verb).start_char,
        context=doc[head.left_edge.i : head.right_edge.i + 1].text,
        via=via,
        social=is_post(subj),
    )


# Verbs of counting the dead: "the hospital counted eight dead", "the morgue registered
# 14 bodies", "civil defence teams recovered 12 bodies", "the hospital received nine
# dead", "the observatory documented the deaths of 19 civilians". Their subject states
# the count its object holds.
COUNT_VERBS = frozenset(
    {"count", "tally", "register", "recover", "retrieve", "pull", "receive", "document", "record"}
)
_COUNTED_DEPS = frozenset({"dobj", "advmod", "attr", "oprd", "npadvmod", "acomp"})


def _bodies_of(obj: Token) -> bool:
    """ "the bodies of a fisherman and his nephew": victims counted by their names or nouns."""
    return obj.lemma_.lower() == "body" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
        for p in obj.children
    )


def count_statement(doc: Doc, verb: Token) -> Found | None:
    """A count of victims by the verb's subject ("X counted N dead"); None otherwise."""
    if verb.lemma_.lower() not in COUNT_VERBS or verb.pos_ != "VERB":
        return None
    if inside_report(verb):
        return None  # "X tweeted that the morgue had received 23 bodies": X's claim
    # the parse may hang "nine dead" on the verb as an adverb: any object-like child counts
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ in _COUNTED_DEPS
            and c.i > verb.i
            and (any(t.like_num for t in c.subtree) or (verb.tag_ != "VBG" and _bodies_of(c)))
            and any(casualty(t) is not None for t in c.subtree)
        ),
        None,
    )
    if obj is None:
        return None
    subj, _relay = subject(verb)
    if subj is None or subj.lower_ in ("there", "this", "it", "we", "i", "they"):
        return None
    found = _subject_statement(
        doc, verb, subj, tok_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
    )
    relayed = cited(verb) if verb.lemma_.lower() in ("document", "record") else None
    if relayed is not None:
        # "X documented the deaths of three children, citing their father": the cited speak
        end = min(obj.right_edge.i, relayed.head.left_edge.i - 1)
        while end > obj.left_edge.i and doc[end].is_punct:
            end -= 1
        found.content = tok_span(doc, obj.left_edge.i, end + 1)
        found.via = outlet_name(np_text(real_source(subj)[0]))
        found.sources = [np_range(relayed, full=True)]
        found.context = np_text(relayed)
    return found


# --- noun cues: "in X's view", "in a poll", "X's claim that ..." ---------------------

# "in X's view", "in the words of X": the owner of the noun holds the clause around it.
VIEW_NOUNS = frozenset({"view", "views", "opinion", "words", "estimation", "judgment"})
# "In a Tribune poll released Monday, 48 percent ...": the poll itself is the source.
POLL_NOUNS = frozenset({"poll", "survey"})
# Nouns that carry a position or a statement of their owner ("the mayor's claim that ...",
# "her call for a ban", "criticism from the union of the plan").
CLAIM_NOUNS = frozenset(
    """claim claims assertion allegation allegations accusation accusations contention
    insistence suggestion pledge argument warning warnings critique criticism proposal
    promise vow denial admission assurance prediction belief theory""".split()  # noqa: SIM905
)
# A claim noun's children that carry its content ("claim that ...", "call for ...").
_CLAIM_CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl", "prep", "appos"})
_CLAIM_CONTENT_PREPS = frozenset({"for", "of", "on", "about", "to", "against", "that"})
_OWNER_PREPS = frozenset({"from", "by"})


def _without_possessive(owner: Token) -> tuple[int, int]:
    """The token range of an owner's noun phrase without its "'s" ("the mayor's" -> "the
    mayor"): the source is the mayor."""
    start, end = np_range(owner, full=True)
    if end - start > 1 and owner.doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def in_someones_view(doc: Doc, noun: Token) -> Found | None:
    """ "In X's view, ...", "in the words of X, ...", "In a Tribune poll, ..."."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    low = noun.lower_
    owner: Token | None = None
    if low in VIEW_NOUNS:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        for child in noun.children:
            if owner is None and child.dep_ == "prep" and child.lower_ == "of":
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
    elif low in POLL_NOUNS:
        owner = document_owner(noun) or noun
    if owner is None or owner.lower_ in ("my", "our", "me", "us"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in CUE_VERBS:
        return None
    content = clause_outside(doc, verb, prep)
    if content is None:
        return None
    cue_end = noun if owner is not noun else prep
    return Found(
        sources=[_without_possessive(h) for h in coordinated(owner)],
        content=content,
        cue=(prep.idx, cue_end.idx + len(cue_end.text)),
        sent_start=sentence_of(verb).start_char,
        context=doc[owner.left_edge.i : owner.right_edge.i + 1].text,
    )


def noun_holder(noun: Token, skip: frozenset[str] = frozenset()) -> Token | None:
    """Who holds a noun of saying by its possessor or its agent: "the mayor's claim", "a
    claim by the mayor", "support from X" (a possessor in ``skip`` does not count)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in skip:
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return objs[0]
    return None


def _claim_owner(noun: Token) -> Token | None:
    """Who holds a claim noun: "the mayor's claim", "a claim by the mayor"."""
    holder = noun_holder(noun)
    if holder is not None:
        return holder
    for child in noun.children:
        # "social media claims that ...", "Telegram reports that ...": the medium holds them
        phrase = " ".join(t.text for t in child.subtree)
        if child.dep_ == "compound" and (is_platform(phrase) or phrase.lower() == "social media"):
            return child
        # "claims circulating on social media that ...": where they circulate holds them
        if child.dep_ == "acl" and child.lemma_.lower() in _CIRCULATE:
            for prep in child.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
                if objs and prep.lower_ in ("on", "in") and _is_medium(objs[0]):
                    return objs[0]
    return None


# Verbs of claims going round a medium ("claims circulating on social media that").
_CIRCULATE = frozenset("circulate spread share post make".split())  # noqa: SIM905


def _is_medium(tok: Token) -> bool:
    """A platform or "social media" as the object of "on"."""
    phrase = " ".join(t.text for t in tok.subtree)
    return is_platform(phrase) or is_platform(tok.text) or phrase.lower() == "social media"


def claim_noun(doc: Doc, noun: Token) -> Found | None:
    """ "The mayor's claim that crime fell", "her call for a ban": owner, noun, content."""
    # "social media claims that": the tagger may read "claims" as a verb (VBZ)
    nominal = noun.pos_ == "NOUN" or (noun.tag_ == "VBZ" and noun.dep_ in ("pobj", "dobj", "nsubj"))
    if not nominal or noun.lower_ not in CLAIM_NOUNS:
        return None
    owner = _claim_owner(noun)
    if owner is None or owner.lower_ in ("its", "whose"):
        return None
    parts = [
        c
        for c in noun.rights
        if c.dep_ in _CLAIM_CONTENT_DEPS
        and (c.dep_ != "prep" or c.lower_ in _CLAIM_CONTENT_PREPS)
        and not (c.dep_ == "prep" and owner.head is c)
        and not (c.dep_ == "acl" and owner in c.subtree)
    ]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    text = doc_text(doc)
    start = first.left_edge.idx
    if first.dep_ == "prep":
        start = first.idx + len(first.text)
    elif first.left_edge.lower_ == "that" and first.left_edge.i > noun.i:
        start = first.left_edge.idx + 4
    end_tok = doc[last.right_edge.i]
    content = trim(text, start, end_tok.idx + len(end_tok.text))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[_without_possessive(h) for h in coordinated(owner)],
        content=content,
        cue=(noun.idx, noun.idx + len(noun.text)),
        sent_start=sentence_of(noun).start_char,
        context=doc[owner.left_edge.i : owner.right_edge.i + 1].text,
    )
