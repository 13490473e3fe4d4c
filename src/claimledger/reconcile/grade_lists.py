"""Lists of sources read from the parse, also those the parser broke up (``grade_sources.py``).

A list of who reports ("reported by X, Y and Z", "X, Y and Z all published", "according to
X and to Y") is one phrase to a reader and often several to the parser: the names after the
first hung in apposition, on a place's "at", on the verb, or on a second "by". These read
each name of such a list, whatever the parser hung it on.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.reconcile.grade_source_words import LISTING, NUMBERS, SOURCE_NOUNS
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_tokens import pobjs as _pobjs


def with_conjuncts(toks: Sequence[Tok]) -> list[Tok]:
    """The tokens with their conjuncts and the names the parser hung beside or after them."""
    out = [*toks]
    for t in toks:
        out += [c for c in t.conjuncts if c not in out]
        out += [c for c in _beside(t) if c not in out]
        out += [c for c in _names_after(t) if c not in out]
        out += [c for c in _list_after(t) if c not in out]
        out += [c for c in _appos_list(t) if c not in out]
    return out


def _appos_list(tok: Tok) -> list[Tok]:
    """A list of common nouns in apposition after a noun ("came from two local journalists,
    the shelter's director and the Rudova branch of the Red Crescent"): each one of the list;
    two or more sources whether it names who the noun counts or more of them."""
    if tok.pos_ != "NOUN":
        return []
    return [
        t
        for c in tok.children
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.conjuncts
        for t in (c, *c.conjuncts)
    ]


def _list_after(tok: Tok) -> list[Tok]:
    """The rest of a list the parser broke off after a name and a comma ("according to a
    local monitoring group, Oskel Today and the municipal administration": "Oskel Today" hung
    on the verb, the administration its conjunct): the phrase just after the comma, hung on a
    verb as a stray noun, with conjuncts of its own (not an apposition of the name)."""
    if tok.conjuncts:
        return []
    sent = tok.sent
    end = max(w.i for w in tok.subtree)
    if end + 2 >= len(sent) or sent[end + 1].text != ",":
        return []
    head = sent[end + 2]
    while head.head is not head and head.head.i > end + 1 and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    stray = head.dep_ in ("npadvmod", "dep", "nmod", "appos") and head.head.pos_ in ("VERB", "AUX")
    if not stray or head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [head, *head.conjuncts] if head.conjuncts else []


def _names_after(tok: Tok) -> list[Tok]:
    """Names listed after a name that the parser hung on it in apposition ("by Vell Today,
    Ostra FM and the Pemma Observer": Ostra FM, in apposition, and its conjunct)."""
    if tok.pos_ == "NOUN":  # "two channels, Velmar Online and Quist Radio": the noun is the
        # first name (grade_mention.mention), the others are its conjuncts; after one noun
        # ("a rescue team, Vasko Today and the district council") a noun of the list too
        one = tok.lower_ == tok.lemma_.lower() and not any(c.dep_ == "nummod" for c in tok.children)
        return [
            t
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN"
            for t in c.conjuncts
            # the last of words the parser made conjuncts one by one ("Quist", "Radio")
            if (t.pos_ == "PROPN" or (one and t.pos_ == "NOUN"))
            and not (t.i + 1 < len(t.sent) and t.sent[t.i + 1] in c.conjuncts)
        ]
    if tok.pos_ != "PROPN":
        return []
    return [
        t
        for c in tok.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts
        for t in (c, *c.conjuncts)
    ]


def _beside(tok: Tok) -> list[Tok]:
    """A second source the parser hung inside the first one's "at" phrase ("medical staff at
    Vay General and the Vay civil defence gave the same toll"): a conjunct of a named place
    with a determiner of its own and a head that reports."""
    at = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for o in _pobjs(c)]
    return [
        c
        for o in at
        if o.pos_ == "PROPN"
        for c in o.conjuncts
        if any(d.dep_ == "det" for d in c.children) and c.lemma_.lower() in SOURCE_NOUNS
    ]


def list_head(verb: Tok, subj: Tok) -> list[Tok]:
    """The first name of a listed subject that the parser hung on the verb ("Velno Today, the
    Ostra Gazette and Radio Brisk all published ..."): a name just before the subject, with a
    comma between, when the subject is itself a list."""
    if not any(c.dep_ == "conj" for c in subj.children):
        return []
    return [
        c
        for c in verb.children
        if c.i < subj.i
        and c.pos_ == "PROPN"
        and c.dep_ in ("npadvmod", "dep", "nmod", "appos")
        and any(t.text == "," for t in c.sent[c.i + 1 : c.i + 2])
    ]


def broken_list(agent: Tok) -> list[Tok]:
    """The rest of a list of "by" agents the parser hung elsewhere: a "by" coordinated with
    the verb ("reported by the Kell Gazette and by two agencies"), or a chain "by X and by Y"
    broken off after a name in apposition ("by her employer, Qasrin Daily, by the union and
    by two agencies")."""
    verb = agent.head
    within = {w.i for w in agent.subtree}
    return [
        o
        for t in agent.sent
        if t.i > agent.i and t.lower_ == "by" and t.head.dep_ != "agent"
        if (t.dep_ == "conj" and t.head is verb)
        or (t.dep_ == "prep" and any(d.dep_ == "conj" and d.lower_ == "by" for d in t.children))
        # "by the Tessar Observatory for Human Rights and by Orvin Radio": on the "for"
        or (t.dep_ == "conj" and t.head.dep_ == "prep" and t.head.i in within)
        for o in _pobjs(t)
    ]


def listed(subj: Tok) -> list[Tok]:
    """A list the parser hung in apposition ("Local journalists, an emergency doctor ... and
    the family's lawyer"): an appositive with conjuncts of its own."""
    listed = [c for c in subj.children if c.dep_ == "appos" and c.conjuncts]
    # "Two journalists, one from Jask Online and one from the Gaul Daily Mirror": the outlets
    ones = [t for c in subj.children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
    froms = [o for t in ones if t.lower_ in ("one", "another") for o in _from(t)]
    # "..., one from Radio Ostin and one from Drava Daily": the second "one" may hang on the first
    # outlet
    froms += [
        o
        for f in list(froms)
        for c in f.conjuncts
        if c.lower_ in ("one", "another")
        for o in _from(c)
    ]
    return froms or listed


def _from(tok: Tok) -> list[Tok]:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in _pobjs(c)]


def out_of_clause(subj: Tok) -> list[Tok]:
    """A second subject the parser put inside the first one's relative clause ("The charity
    that employed them and the Yarmil Rights Group both reported it": the group hung as a
    conjunct of "them"): a conjunct in the clause that "both", "all" or "each" follows, which
    counts the subjects of the verb."""
    clause = [c for c in subj.children if c.dep_ == "relcl" and c.i > subj.i]
    return [
        t
        for c in clause
        for t in c.subtree
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and _counted_after(t, subj)
    ]


def _counted_after(tok: Tok, subj: Tok) -> bool:
    """ "both", "all" or "each" just after a word, on it or on the subject."""
    return any(
        d.lower_ in LISTING and d.dep_ in ("appos", "det", "advmod") and d.i > tok.i
        for d in (*tok.children, *subj.children)
    )


def _a_count(tok: Tok) -> bool:
    """A number that counts ("four", "12"), not a year ("2024")."""
    if tok.lower_.isdigit():
        return len(tok.lower_) < 4
    return tok.lower_ in NUMBERS or tok.lower_ in ("one", "eleven", "twelve", "dozen")


def bracketed(tok: Tok) -> list[Tok]:
    """Who gave a figure, in brackets after it ("put the toll at four (Zalin Radio) or five
    (the Ondrava Monitor)"): the head of a bracket that opens just after a count, when it is
    a name or a word of one who reports."""
    sent = tok.sent
    if tok.text != "(" or tok.i == 0 or not _a_count(sent[tok.i - 1]):
        return []
    close = next((t.i for t in sent[tok.i + 1 :] if t.text in (")", "(")), None)
    if close is None or sent[close].text != ")" or close - tok.i > 8:
        return []
    inside = sent[tok.i + 1 : close]
    heads = [t for t in inside if not tok.i < t.head.i < close or t.head is t]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return []
    return heads


_COUNTING = frozenset({"both", "all", "each"})


def _split_list(subjs: list[Tok]) -> bool:
    """Subjects that are one list the parser split ("A, B and C all gave"): each next to the
    one before it, a comma between, the last with its "and" conjunct."""
    if not subjs[-1].conjuncts:
        return False
    for a, b in zip(subjs, subjs[1:], strict=False):
        end = max(w.i for w in a.subtree if w.text != ",")
        if b.subtree[0].i != end + 2 or a.sent[end + 1].text != ",":
            return False
    return True


def counted_list(verb: Tok) -> list[Tok]:
    """The subjects of a reporting verb listed and counted ("the Dorvek Herald and the
    farmers' cooperative both named the men", "Both X and Y reported it", "A, B and C all
    carried reports"): each one reports, whatever its noun (``grade_mention.mention`` of a
    speaker), as the count says there are several who did. A list the parser split into two
    subjects ("The Nask boatmen's cooperative, the harbour master and the hospital all gave
    the toll": "cooperative" and "master" each an nsubj) is one list."""
    subjs = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _COUNTING]
    if len(subjs) > 1 and not _split_list(subjs):
        subjs = subjs[:1]
    listed = [t for s in subjs for t in (s, *s.conjuncts)]
    if len(listed) < 2:
        return []
    near = [*verb.children, *(d for t in listed for d in t.children)]
    # the counting word may be the verb's second subject ("The Kelso cooperative and the
    # coast guard both gave the toll, ...": "both" an nsubj beside "cooperative")
    if not any(d.lower_ in _COUNTING and d not in listed for d in near):
        return []
    return listed


def co_subjects(verb: Tok, subj: Tok) -> list[Tok]:
    """Others the subject reports with, set off by commas: a "like" / "together with" / "along
    with" phrase on it ("The Vosk Herald, like the regional hospital, put the toll at five";
    not "Customers like Hayes said"), and a first subject the parser split off at an adverb,
    its "and" left dangling ("The Vosk Herald and, separately, the regional hospital
    reported five deaths")."""
    sent = verb.sent
    out = []
    for c in subj.children:
        if c.dep_ != "prep" or c.i < subj.i + 2:
            continue
        before = sent[c.i - 1]
        like = c.lower_ == "like" and before.text == ","
        joint = c.lower_ == "with" and before.lower_ in ("together", "along")
        if like or (joint and sent[c.i - 2].text == ","):
            out += _pobjs(c)
    for c in verb.children:
        cc = [d for d in c.children if d.dep_ == "cc" and d.i + 2 < len(sent)]
        if c.dep_ != "nsubj" or c.i >= subj.i or c.conjuncts or not cc:
            continue
        if sent[cc[-1].i + 1].text == "," and sent[cc[-1].i + 2].pos_ == "ADV":
            out.append(c)
    return out
