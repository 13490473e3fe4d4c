"""Who a relaying statement cites: "X reported ..., citing rescue workers", "Relaying a
report by Radio Dunmore, the page Y wrote" (the cited speak, the reporter relays)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.head_kinds import agent_noun
from claimledger.attribute.heads import coordinated, np_text
from claimledger.attribute.sources import CUE_VERBS, is_platform, lexicon_knows, source_kind
from claimledger.attribute.spans import Found, np_range, sentence_of

__all__ = ["cited", "cited_after", "heard_from", "outlet_of", "relay_around"]

# Nouns of a relayed text whose author a "by"/"from" phrase names ("relaying a report by X").
_RELAYED_NOUNS = frozenset("report statement account post tweet bulletin figure".split())  # noqa: SIM905


def _author_of(obj: Token) -> Token | None:
    """The author of a relayed text ("a report by X": X), else the object itself; None for
    a record with no author named ("citing hospital records": no speaker, the citer keeps
    the claim; docs/claims-gold.md, *Cited documents*)."""
    if obj.lemma_.lower() in _RELAYED_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    if _is_record(obj):
        return _record_owner(obj)
    return obj if _speaks(obj) else None


# Entity types of names that can speak.
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _speaks(obj: Token) -> bool:
    """Whether a cited phrase names someone who can speak: a name, a pronoun, an entity, or
    a noun the source lexicon knows or of an agent's form ("hospital officials", "local
    residents", "rescuers"); not a thing or a fact ("citing the release of prisoners",
    "citing the strategic importance of X": the citer keeps the statement)."""
    if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in _SPEAKER_ENTS:
        return True
    head = obj.doc[obj.left_edge.i : obj.i + 1].text
    return lexicon_knows(head) or agent_noun(obj.lower_) or obj.lower_.startswith("@")


# Records and counts that speak for no one by themselves ("citing hospital records",
# "citing official data"): the words of heads.DOCUMENT_NOUNS that are a body's files and
# figures, not a person's words (a statement, a post, a letter have an author who speaks).
_RECORD_NOUNS = frozenset(
    """record data figure number statistic estimate census tally count result finding
    register registry log list file archive document study survey analysis audit review
    investigation assessment research""".split()  # noqa: SIM905
)


def _is_record(obj: Token) -> bool:
    return obj.pos_ == "NOUN" and (
        obj.lemma_.lower() in _RECORD_NOUNS or obj.lower_.rstrip("s") in _RECORD_NOUNS
    )


def _record_owner(obj: Token) -> Token | None:
    """The body whose records are cited: a possessive ("the ministry's figures"), a
    "by"/"from" phrase or "of" a name ("records from Salma Hospital"), a proper name before the noun
    ("Tovel Hospital records"); None when the record names no body ("hospital records")."""
    for child in obj.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
        objs = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        if objs and (
            child.lower_ in ("by", "from")
            # "records of the dead" name whom they count: "of" needs a name
            or (child.lower_ == "of" and any(t.pos_ == "PROPN" for t in objs[0].subtree))
        ):
            return objs[0]
    names = [
        c
        for c in obj.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()  # not "morgue"
    ]
    return names[-1] if names else None


def _citing(tok: Token) -> bool:
    return tok.lemma_.lower() in ("cite", "quote", "relay") and tok.tag_ == "VBG"


def _under_other_speaker(tok: Token, verb: Token) -> bool:
    """Whether another reporting verb stands between ``tok`` and ``verb`` ("X says ...,
    while Y, citing Z, reports ...": Z is cited by Y, not by X)."""
    node = tok.head
    while node.i != verb.i and node.head.i != node.i:
        if node.lemma_.lower() in CUE_VERBS and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _past_clause_break(tok: Token, verb: Token) -> bool:
    """Whether a semicolon or a contrasting "while"/"whereas" stands between ``verb`` and
    the "citing" phrase after it ("X says three died; Y, quoting Z, reports five": Y cites)."""
    between = verb.doc[verb.i + 1 : tok.i]
    return any(
        t.text == ";" or (t.lower_ in ("while", "whereas") and t.dep_ == "mark") for t in between
    )


def cited_after(phrase: Token) -> Token | None:
    """ "According to X, citing Y, ..." / "..., according to X citing Y": the Y of a
    "citing" phrase right after the phrase ``phrase`` heads (or modifying it)."""
    doc = phrase.doc
    i = phrase.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    nxt = [doc[i]] if i < len(doc) else []
    for tok in [*nxt, *(c for c in phrase.children if c.dep_ in ("acl", "relcl"))]:
        if _citing(tok) or _which_cited(tok):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return _author_of(objs[0])
    return None


def _which_cited(tok: Token) -> bool:
    """ "..., according to X, which cited local residents": a relative clause citing."""
    return (
        tok.dep_ == "relcl"
        and tok.lemma_.lower() in ("cite", "quote")
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in tok.children)
        and not any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in tok.children)
    )


# What is cited that is no source: "which cited the figure in its bulletin".
_FIGURE_NOUNS = frozenset("figure number toll count tally data statistic total".split())  # noqa: SIM905


def cited(verb: Token) -> Token | None:
    """The object of a "citing X" ("quoting X", "relaying a report by X") phrase under a
    reporting verb or its clause."""
    for tok in verb.subtree:
        # After the verb, or an aside of the verb before it ("X, citing Y, said").
        if (
            _citing(tok)
            and not _under_other_speaker(tok, verb)
            and not _past_clause_break(tok, verb)
            and (
                tok.i >= verb.i  # "X reported, quoting Y, that ...": "quoting" heads it
                or tok.head.i == verb.i
                # "X, quoting Y, said" parsed as a modifier of the subject X (also as
                # its adverbial clause: "X, citing a relative, put the toll at seven")
                or (
                    tok.dep_ in ("acl", "advcl")
                    and tok.head.dep_ == "nsubj"
                    and tok.head.head.i == verb.i
                )
            )
        ):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return _author_of(objs[0])
    return _quoted_as(verb) or _carried(verb)


# Verbs of an outlet running another's text: "Brill TV carried a statement by X saying".
_CARRY_VERBS = frozenset("carry publish run air broadcast release share relay circulate".split())  # noqa: SIM905


def _quoted_as(verb: Token) -> Token | None:
    """ "..., the Osk Post quoted a nurse as saying.": the quoted (the clause is before)."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    saying = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.tag_ == "VBG" and not any(True for _ in p.children)
    ]
    return objs[0] if objs and saying else None


def _carried(verb: Token) -> Token | None:
    """ "X carried a statement by Y saying ...": Y, the author of the text X runs."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    if head.dep_ == "dobj" and head.lemma_.lower() in _RELAYED_NOUNS:
        head = head.head  # "a statement by Y saying" parsed with "saying" on the noun
    if head.lemma_.lower() not in _CARRY_VERBS:
        return None
    for obj in head.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _RELAYED_NOUNS:
            author = _author_of(obj)
            if author is not None and author is not obj:
                return author
            for prep in head.children:  # "by Y" hung on the verb
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# Nouns of what a source said to an outlet ("in comments to X", "in an interview with X").
_SAID_TO_NOUNS = frozenset("comments remarks interview statement statements message".split())  # noqa: SIM905
_SPEAKING = frozenset({"speaking", "talking"})


def outlet_of(tok: Token) -> str | None:
    """The outlet or platform a noun names ("the Osk Post", "Facebook"), else None."""
    name = np_text(tok)
    if is_platform(name) or is_platform(tok.text):
        return name
    named = tok.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in tok.children)
    return name if named and source_kind(name) == "media" else None  # not "reporters"


def _said_to(noun: Token) -> str | None:
    """The outlet of "comments to X", "an interview with X", "a statement carried by X"."""
    if noun.lemma_.lower() not in _SAID_TO_NOUNS and noun.lower_ not in _SAID_TO_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            return outlet_of(objs[0]) if objs else None
        if c.dep_ == "acl" and c.lemma_.lower() in _CARRY_VERBS | _QUOTE_VERBS:
            return _agent_outlet(c)
    return None


_QUOTE_VERBS = frozenset({"cite", "quote"})


def _agent(verb: Token) -> Token | None:
    """X of a passive verb's "by X" (parsed as the agent)."""
    for agent in verb.children:
        objs = [o for o in agent.children if o.dep_ == "pobj"]
        if agent.dep_ == "agent" and objs:
            return objs[0]
    return None


def _agent_outlet(verb: Token) -> str | None:
    """The outlet of a passive "carried by X", "cited by X"."""
    agent = _agent(verb)
    return outlet_of(agent) if agent is not None else None


def relay_around(verb: Token) -> str | None:
    """The outlet a statement reached the text through, told around its verb: "Speaking
    to X, Y said", "In comments to X, Y said", "Y said in a statement carried by X", "Y
    was quoted by X as saying", "X reported that Y said", "According to X, Y said"."""
    subjects = [a for c in verb.children if c.dep_ == "nsubj" for a in c.children]
    for c in [*verb.children, *subjects]:
        via = _relay_in(c)
        if via is not None:
            return via
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in _QUOTE_VERBS:
        agent = _agent(head.head)
        if agent is not None:
            return np_text(agent)  # "Y was quoted by X as saying"
    if verb.dep_ == "ccomp" and head.lemma_.lower() in CUE_VERBS and head.i < verb.i:
        subs = [c for c in head.children if c.dep_ == "nsubj"]
        if subs:
            return outlet_of(subs[0])  # "X reported that Y said"
    return None


def _relay_in(c: Token) -> str | None:
    """The outlet a child of a reporting verb (or of its subject) names as the relay."""
    if c.dep_ == "acl" and c.lemma_.lower() in _QUOTE_VERBS and c.head.dep_ == "nsubj":
        return _agent_outlet(c)  # "Local activists, cited by the Osk Post, said"
    if c.dep_ in ("advcl", "acl") and c.lower_ in _SPEAKING:
        # "Speaking to X, Y said"; "Y, speaking to X, said" (on the subject)
        for p in c.children:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if p.dep_ == "prep" and p.lower_ in ("to", "with") and objs:
                return outlet_of(objs[0])
    if c.dep_ == "prep" and c.lower_ in ("in", "during"):
        for o in c.children:
            if o.dep_ == "pobj" and (via := _said_to(o)) is not None:
                return via
    if c.dep_ == "prep" and c.lower_ == "according":
        to = [t for t in c.children if t.lower_ == "to"]
        objs = [o for t in to for o in t.children if o.dep_ == "pobj"]
        if objs:
            return np_text(objs[0])
    return None


def heard_from(doc: Doc, tok: Token) -> Found | None:
    """ "Hearing from doctors at X that at least 9 people were killed", "We heard from the
    hospital that ...": what a poster hears from Y is Y's statement (the poster relays it)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.lower_ not in ("hearing", "heard") or any(c.lower_ not in ("i", "we") for c in subjects):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    objs = [
        c for p in preps for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
    ]
    clauses = [
        c for c in tok.children
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip
    if not objs or not clauses:
        return None
    first = min(t.i for t in clauses[0].subtree if t.dep_ != "mark")
    last = clauses[0].right_edge
    said = doc[preps[0].i + 1 : first - 1]  # "doctors at Beit Arma hospital"
    return Found(
        sources=[np_range(h, full=True) for h in coordinated(objs[0])],
        content=(doc[first].idx, last.idx + len(last.text)),
        cue=(tok.idx, tok.idx + len(tok.text)),
        sent_start=sentence_of(tok).start_char,
        context=said.text,
    )
