"""Content shapes of a reporting verb beyond its clause: its direct object ("denied the report",
"reported eleven civilians dead, 21 injured and 16 missing"), a count conjoined to the cue,
and a trailing cue the parse cut off from its clause. Split from ``verbs`` (module size)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import doc_text, subtree_span, trim
from claimledger.resources.numwords import DOZEN

# Verbs whose direct object is the content when they have no clause ("denied the report").
OBJECT_CONTENT_VERBS = frozenset(
    """deny confirm announce report claim acknowledge admit reveal predict estimate allege
    disclose dispute reiterate affirm describe tweet release answer""".split()  # noqa: SIM905
)


def object_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "denied the report": the direct object, for verbs that report one."""
    if verb.lemma_.lower() in OBJECT_CONTENT_VERBS:
        # (a count after the verb the parse set in apposition to its subject: "Ambulance
        # crews reported on Tuesday, in an update ..., seven deaths")
        apposed = [c for s in verb.lefts if s.dep_ == "nsubj" for c in s.rights if c.i > verb.i]
        for child in [*verb.children, *apposed]:
            if child.dep_ == "dobj" or _counted_object(verb, child):
                start, end = subtree_span(doc, child)
                if _bound_before(verb, child):  # "report up to a dozen wounded"
                    start = doc[child.left_edge.i - 1].idx
                for more in verb.rights:
                    if more.i > child.i and (object_goes_on(more) or _predicate_of(child, more)):
                        end = max(end, subtree_span(doc, more)[1])
                return start, end
    return None


def bare_count(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether a content too short to be a statement is a count ("has so far confirmed 5.")."""
    return doc_text(doc)[content[0] : content[1]].isdigit()


def counted_lead(tok: Token, clause: Token) -> bool:
    """Whether a child of a reporting verb before its clause opens what is said: "reported 13
    killed and 40 injured" (the count made the verb's object), "tell us up to a dozen were
    wounded" (the clause's subject made a phrase on the verb; the clause has none)."""
    if tok.dep_ == "dobj" and tok.like_num:
        return True
    return (
        tok.dep_ == "prep"
        and tok.right_edge.i + 1 == clause.left_edge.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        and any(t.like_num or t.lower_ in DOZEN for t in tok.subtree)
    )


def _predicate_of(count: Token, tok: Token) -> bool:
    """ "report 11 dead under the rubble": a bare count's adjective or participle right after
    it, which the parse hung on the verb."""
    return (
        count.like_num
        and tok.i == count.right_edge.i + 1
        and (tok.pos_ == "ADJ" or tok.tag_ == "VBN")
        and tok.dep_ in ("advcl", "acomp", "xcomp", "oprd", "advmod", "amod", "dep")
    )


def _bound_before(verb: Token, obj: Token) -> bool:
    """ "report up to a dozen wounded": the parse made "up" a particle of the verb, and the
    object's subtree begins at "to"."""
    up = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > verb.i + 1 else None
    return up is not None and up.lower_ == "up" and up.dep_ == "prt" and up.head.i == verb.i


def _counted_object(verb: Token, tok: Token) -> bool:
    """ "reported on Monday, in a statement ..., one death and six injuries": a counted noun
    after the verb that the parse hung on it as an adverbial, or on its subject as an
    apposition, after a long phrase; "Locals report three dead": a counted adjective the
    parse made an adverb of the verb."""
    return (
        tok.dep_ in ("npadvmod", "appos", "advmod")
        and tok.i > verb.i
        and not any(c.dep_ == "dobj" for c in verb.children)
        # (or a bare count the parse took for an adverb: "has so far confirmed 5.")
        and (
            any(c.dep_ == "nummod" for c in tok.children)
            or (tok.like_num and tok.dep_ == "npadvmod")
        )
    )


def object_goes_on(tok: Token) -> bool:
    """ "reported eleven civilians dead, 21 injured and 16 missing": the parse hangs the
    object's predicate and its further counts on the verb; they are reported too."""
    if tok.dep_ == "oprd" or shown_with(tok):
        return True
    if tok.dep_ == "conj" and tok.i >= 2 and tok.doc[tok.i - 1].text == "+":
        return tok.doc[tok.i - 2].like_num  # "6 dead and 10+ injured": "+" misread as "and"
    return (
        tok.dep_ in ("advcl", "conj")
        and not any(opens_clause(c) and c.i < tok.i for c in tok.children)
        and any(t.like_num for t in tok.subtree)
    )


# What a report shows its counts with: "..., with photos showing four injured people".
SHOWN_WITH = frozenset("photos photographs images pictures footage video videos clips".split())  # noqa: SIM905


def shown_with(tok: Token) -> bool:
    """ "Shehab reported a number of casualties, with photos showing at least four injured
    people": what the images show is reported too (``with`` over a picture noun that a
    showing verb governs or that governs one, and a count under it)."""
    if tok.lower_ != "with" or tok.dep_ != "prep" or not any(t.like_num for t in tok.subtree):
        return False
    for c in tok.children:
        if c.dep_ == "pobj" and c.lower_ in SHOWN_WITH:
            return any(v.lemma_.lower() == "show" for v in c.children)
        if c.dep_ == "pcomp" and c.lemma_.lower() == "show":
            return any(s.dep_ == "nsubj" and s.lower_ in SHOWN_WITH for s in c.children)
    return False


def opens_clause(tok: Token) -> bool:
    """A mark or adverb opening a clause ("while", "then"), not "at least" of a count."""
    return tok.dep_ == "mark" or (tok.dep_ == "advmod" and tok.ent_type_ != "CARDINAL")


def more_counts(c: Token) -> bool:
    """A second clause of the cue's content the parse split off, or a count conjoined to it."""
    if c.left_edge.text in (";", ":") or c.left_edge.is_quote:
        return False
    # a clause with a subject of its own other than a count is no part ("and deputies found");
    # a counted subject is ("said 4 were killed and 11 people wounded"), unless it speaks
    if any(t.dep_ in ("nsubj", "nsubjpass") and not _counted(t) for t in c.children):
        return False
    if c.lemma_.lower() in CUE_VERBS:
        return False
    return c.dep_ == "ccomp" or (
        c.dep_ == "conj" and any(t.like_num or _counted(t) for t in c.children)
    )


def _counted(tok: Token) -> bool:
    """A count or a counted noun ("11", "11 people")."""
    return tok.like_num or any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def cut_off_clause(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "X on Facebook: 9 killed in Dalim as ..., the civil defence says.": a trailing cue
    whose clause the parse did not give it; what it says runs from the header's colon (or
    the sentence before, when the parse cut the cue off as a sentence of its own) to the
    comma before the cue's subject. "X quoted Y as saying the dead numbered six": a "saying"
    whose clause the parse broke up says the rest of its sentence."""
    sent, subj = verb.sent, [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        rest = [t for t in sent if t.i > verb.i and not t.is_punct]
        return trim(doc_text(doc), rest[0].idx, rest[-1].idx + len(rest[-1])) if rest else None
    # "..., the Kalo Herald says, citing police." / "..., a nurse told Radio Kessa.": the cited
    # phrase or the one told may close the sentence
    citing = {t.i for c in verb.rights if _citing_phrase(c) or _told(c) for t in c.subtree}
    after = [t for t in sent if t.i > verb.i and not t.is_punct and t.i not in citing]
    # "X happened, local outlet Y reports": the parse may make the cue a conjunct of the clause
    conj = verb.dep_ == "conj" and verb.head.i < verb.i and not _has_cc(verb)
    if (verb.dep_ != "ROOT" and not conj) or not subj or after:
        return None
    comma = subj[-1].left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or doc[comma].sent != sent:
        return None
    scope = doc[sent.start : comma] if comma > sent.start else doc[comma - 1].sent
    colons = [t.i for t in scope if t.text == ":"]
    start = doc[colons[-1] + 1].idx if colons else scope.start_char
    return trim(doc_text(doc), start, doc[comma].idx)


def _citing_phrase(tok: Token) -> bool:
    """ "citing police", "quoting a fire brigade official": a relay's cited source."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ("cite", "quote")


def _told(tok: Token) -> bool:
    """ "..., a teacher told the Sahil Voice channel.": whom a trailing "told" addresses."""
    told = tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"
    # not "told a meeting of leaders that ...": a clause under the one told is what is said
    return told and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


def _has_cc(verb: Token) -> bool:
    """Whether a conjoined verb is joined by a conjunction ("..., and police say")."""
    return any(c.dep_ == "cc" for c in verb.children) or verb.doc[verb.left_edge.i - 1].dep_ == "cc"
