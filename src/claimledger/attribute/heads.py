"""Source heads: a token of the parse -> the token of whoever speaks.

Input: a subject, an object of "according to" or the owner of a document
noun, as the finding rules meet them. Output: the token that heads the real
source (through relative pronouns and "a statement from X"), its coordinated
conjuncts, and the platform it was posted on when one is named. Shared by the
reporting-verb rules (``verbs``) and the other cues (``cues``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.attribute.sources import is_platform, lexicon_knows
from claimledger.attribute.spans import np_range

# Nouns that carry somebody else's words: the real source is their owner.
DOCUMENT_NOUNS = frozenset(
    """statement report post tweet video message communique communiqué release letter
    interview poll survey study analysis data figures records document memo transcript
    footage bulletin update article results numbers statistics estimates census research
    findings tally count review investigation audit assessment record result number
    figure estimate statistic finding announcement note account""".split()  # noqa: SIM905
)
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def is_dateline(tok: Token) -> bool:
    """ "BAGHDAD —": an upper-case place opening a story, which parsers take for a subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_upper and len(tok.text) > 2 and nxt is not None and nxt.text in ("—", "–", "-", "--")
    )


def past_dateline(tok: Token) -> Token | None:
    """The subject a dateline hides ("WASHINGTON -- President Obama, ..., said": the parse
    makes the place the subject and the name its apposition), the token itself when it is no
    dateline, None for a dateline alone."""
    if not is_dateline(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1), None)


# Quantifiers floating after coordinated subjects, parsed as one more conjunct.
_FLOATING = frozenset({"both", "all", "each"})


def coordinated(tok: Token) -> list[Token]:
    """A subject head and its conjuncts ("the army and the police")."""
    heads = [tok]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.text in ("Today", "Now", "Tonight") and after.dep_ != "compound":
        # "Harsa Today and Sanad reported": the parse hangs "and Sanad" on the adverb "Today"
        heads.extend(c for c in after.conjuncts if c.i > after.i and c.pos_ == "PROPN")
    for conj in tok.conjuncts:
        if conj.lower_ in _FLOATING:
            continue  # "A and B both said": "both" is no third source
        if conj.i > tok.i and (conj.pos_ in ("NOUN", "PROPN", "PRON") or conj.text[:1] == "@"):
            heads.append(conj)
    if len(heads) > 1 and not _coordinating(heads):
        # "..., which cited the agency KNA, the Ministry of Health said": no "and" joins
        # them; the parse made the end of the relative clause one more subject.
        heads = heads[-1:]
    for partner in _comitative(tok):
        heads.extend(t for t in [partner, *partner.conjuncts] if t not in heads)
    if len(heads) > 2 and _umbrella(tok):
        return heads[1:]  # "Two sources, A and B, said": A and B speak, not a third
    return heads


def _coordinating(heads: list[Token]) -> bool:
    """Whether a coordinating word joins the heads ("and", "or", "&", "as well as")."""
    doc = heads[0].doc
    words = doc[heads[0].i : heads[-1].i + 1]
    return any(t.dep_ in ("cc", "preconj") or t.lower_ in ("and", "or", "&", "plus") for t in words)


def _umbrella(tok: Token) -> bool:
    """A counted plural that the names after its comma spell out: "two sources, A and B"."""
    return (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() in ("source", "outlet", "agency", "organisation", "organization")
        and any(c.dep_ == "nummod" or c.lower_ == "both" for c in tok.children)
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ in (",", ":", "—", "(")
    )


def _comitative(tok: Token) -> list[Token]:
    """ "A along with B", "A alongside B", "A together with B": B speaks with A."""
    out: list[Token] = []
    for prep in tok.rights:
        if prep.dep_ != "prep":
            continue
        prev = tok.doc[prep.i - 1].lower_ if prep.i > 0 else ""
        if prep.lower_ in ("along", "together"):
            # the parse may hang "with" on "along": "A along | with B"
            prep = next((c for c in prep.children if c.lower_ == "with"), prep)
            prev = "along"
        if prep.lower_ == "alongside" or (prep.lower_ == "with" and prev in ("along", "together")):
            out.extend(c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN"))
    return out


def source_ranges(heads: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of coordinated source heads (full noun phrases).

    "Orlo and other sources on social media including Brindle Today": the parse hangs
    "including" on the first conjunct; it names the members of the last one, a group.
    """
    ranges = [np_range(h, full=True) for h in heads]
    doc = heads[0].doc if heads else None
    for k, (a, b) in enumerate(ranges):
        while doc is not None and b - 1 > a and doc[b - 1].lower_ in _FLOATING:
            b -= 1  # "@A and @B both posted", parsed with "both" under @B
        ranges[k] = (a, b)
    if len(heads) > 1:
        first, last = heads[0], heads[-1]
        for c in first.rights:
            if c.dep_ == "prep" and c.lower_ in ("including", "like") and c.i > last.i:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], c.right_edge.i + 1))
                break
    return ranges


# Nouns for what reports or coverage came from ("initial reportage from A, B and C").
_REPORT_NOUNS = frozenset({"report", "reports", "reportage", "reporting", "coverage"})


def subject_list(subj: Token) -> tuple[int, int] | None:
    """One source range for subjects the parse split ("Reportage from A, B, and sources
    on social media stated": "reportage" and "sources" both subjects of "stated").

    Only when the first subject is a report noun with "from"/"by" and only commas and
    "and" stand between the subjects.
    """
    verb, doc = subj.head, subj.doc
    if verb.dep_ == "conj" and verb.head.lower_ in _REPORT_NOUNS and verb.head.i < subj.i:
        # "Reportage from A, B, and sources on social media stated": the parse made the
        # report noun the root and "stated" its conjunct; only names stand between.
        first = verb.head
        between = doc[first.i + 1 : subj.left_edge.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        subs = [first, subj]
    else:
        subs = sorted(c for c in verb.children if c.dep_ == "nsubj")
        if len(subs) < 2:
            return None
        for a, b in zip(subs, subs[1:], strict=False):
            gap = doc[a.right_edge.i + 1 : b.left_edge.i]
            if not all(t.is_punct or t.lower_ == "and" for t in gap):
                return None
    if subs[0].lower_ not in _REPORT_NOUNS or not any(
        c.dep_ == "prep" and c.lower_ in ("from", "by") for c in subs[0].children
    ):
        return None
    return subs[0].left_edge.i, subs[-1].right_edge.i + 1


# Heads that stand for a speaker an apposition names ("a source on Facebook, X,").
_STAND_IN_NOUNS = frozenset({"source", "account", "user", "page", "poster"})


def floating_subjects(subj: Token) -> list[tuple[int, int]] | None:
    """ "@A and @B now both report ...", parsed with "both" as the subject: the token
    ranges of the names (handles or proper nouns) coordinated before it, or None."""
    if subj.lower_ not in _FLOATING or any(True for _ in subj.children):
        return None
    doc = subj.doc
    i = subj.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1  # "now", "also"
    ranges: list[tuple[int, int]] = []
    while i >= 0:
        if doc[i].text[:1] == "@" and len(doc[i].text) > 1:
            ranges.append((i, i + 1))
            i -= 1
        elif doc[i].pos_ == "PROPN":
            end = i + 1
            while i >= 0 and doc[i].pos_ == "PROPN":
                i -= 1
            ranges.append((i + 1, end))
        else:
            break
        if i < 0 or doc[i].lower_ not in ("and", ","):
            break
        i -= 1
    return ranges[::-1] if len(ranges) >= 2 else None


def speaker_in_quote(head: Token, verb: Token) -> Token | None:
    """'X on X: "The governor, Rashid Amer, just told me that ..."': a parse that hangs
    the quoted speaker on the poster as an apposition after the colon or quote mark; the
    speaker inside the quote speaks (the poster relays), or None."""
    doc = head.doc
    for app in head.children:
        if app.dep_ != "appos" or not head.i < app.i < verb.i:
            continue
        # the colon may be glued to a bracket ("Sahel Pulse (Telegram): Medics ... say")
        # (which the parse may take into the apposition: "Telegram" a modifier of "Medics")
        gap = [t for t in doc[head.i + 1 : app.i] if t.i < app.left_edge.i or t.head.i != app.i]
        if any(t.text in (":", "):", '"', "\u201c") for t in gap):
            return app
    return None


def named_in_apposition(head: Token) -> Token | None:
    """The name an apposition gives a stand-in source ("a source on Facebook, Rana Aziz,",
    "a local source, the Kestrel Network,"), or None."""
    if head.lemma_.lower() not in _STAND_IN_NOUNS and not _umbrella(head):
        return None
    for tok in head.subtree:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN":
            continue
        if tok.head.i == head.i or (tok.head.dep_ == "pobj" and is_platform(tok.head.text)):
            return tok
    return None


def real_source(tok: Token) -> tuple[Token, str | None]:
    """Look through a relative pronoun or a document noun to whoever speaks.

    Returns the source head and the platform it was posted on, if named.
    """
    via: str | None = None
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    ascribed = ascribed_to(tok)
    if ascribed is not None:
        return ascribed
    if tok.lower_ in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
        for child in tok.children:
            if child.dep_ == "compound" and is_platform(child.text):
                via = child.text
        owner = document_owner(tok)
        if owner is not None:
            return owner, via
    return tok, via


# Verbs that give a text or a picture its author: "attributed by X to Y", "credited to Y".
_ASCRIBING = frozenset({"attribute", "ascribe", "credit"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def ascribed_to(tok: Token) -> tuple[Token, str | None] | None:
    """ "Screenshots circulating on X, attributed by the Herald to a police officer, said
    ...": the one a text is ascribed to speaks and whoever ascribes it relays; also "the
    Herald, which attributed them to a doctor". Returns (the speaker, the relay's text or
    None), or None when no participle or relative clause of ascribing hangs on ``tok``."""
    if tok.dep_ != "pobj" and (tok.pos_ == "PROPN" or lexicon_knows(tok.text)):
        return None  # a speaker's own name or role: "The ministry, credited ... to ..."
    verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj"]
    for verb in verbs:
        if verb.lemma_.lower() not in _ASCRIBING or verb.tag_ not in ("VBN", "VBD"):
            continue
        if verb.i < tok.i:
            continue
        # "the Herald, which attributed them to Y" (the noun ascribes) or "footage, which the
        # Herald attributed to Y" (the noun is ascribed, the clause's subject relays)
        pronoun = [c for c in verb.children if c.lower_ in ("which", "who", "that")]
        if verb.dep_ == "relcl" and not pronoun:
            continue
        to = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
        # whom it is ascribed to speaks: a name, or a word the lexicon knows ("an officer")
        to = [
            o
            for o in to
            if o.dep_ == "pobj"
            and (o.pos_ == "PROPN" or o.ent_type_ in _SPEAKER_ENTS or lexicon_knows(np_text(o)))
        ]
        if not to:
            continue
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        if verb.dep_ == "relcl" and pronoun[0].dep_ == "nsubj":
            return to[0], np_text(tok)
        if verb.dep_ == "relcl":
            agents = [c for c in verb.children if c.dep_ == "nsubj"]
        return to[0], np_text(agents[0]) if agents else None
    return None


# Document nouns that are posts on a platform: their author is a social-media poster.
_POST_NOUNS = frozenset({"post", "tweet", "retweet", "repost"})


def is_post(tok: Token) -> bool:
    """Whether a subject is a post ("a post from X", "a tweet by @X", "X's Facebook post")."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by"):
            tok = tok.head.head  # "a post from X, which put ...": the clause is the post's
    return tok.lemma_.lower() in _POST_NOUNS and tok.pos_ == "NOUN"


# Nouns of a body's counts: "X figures, published on D, gave 3 dead".
FIGURE_NOUNS = frozenset({"figure", "number", "data", "statistic", "tally", "count", "record"})


def document_owner(noun: Token) -> Token | None:
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
    if noun.lemma_.lower() in FIGURE_NOUNS:
        # "Petrovar Health Directorate figures", "UN data": the named body's figures
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return names[-1]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "X provided an estimate stating ...", "X issued a statement saying ...".
        subs = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subs and subs[0].lower_ not in RELATIVE_PRONOUNS:
            return subs[0]
    return None


def np_text(tok: Token) -> str:
    """Text of a noun phrase (see ``np_range``)."""
    start, end = np_range(tok)
    return tok.doc[start:end].text


def with_subject_of(verb: Token) -> Token | None:
    """ "..., with Safa and other outlets later updating the toll to eight": the object of
    "with" before a participle is its subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "pcomp", "acl"):
        return None
    for prep in [*verb.head.children, verb.head] if verb.dep_ == "pcomp" else verb.head.children:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.i > verb.i:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if objs:
            return objs[0]
    return None


def subject_in_relative_clause(verb: Token) -> Token | None:
    """ "According to X, which quoted the agency Y, the ministry said": the parse hangs the
    speaker on the relative clause as an apposition of Y; set off by a comma and ending
    right before the subjectless verb, it is the subject."""
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    while tok.dep_ not in ("appos", "ROOT") and tok.head.i < verb.i:
        tok = tok.head
    start = tok.left_edge.i
    if (
        tok.dep_ == "appos"
        and tok.pos_ in ("NOUN", "PROPN")
        and tok.right_edge.i == verb.i - 1
        and start > 0
        and verb.doc[start - 1].text == ","
        and any(a.dep_ in ("relcl", "acl") for a in tok.ancestors)
    ):
        return tok
    return None


# Verbs whose object is whom one speaks to ("told", "asked"), never the speaker.
_ADDRESSING = frozenset({"tell", "ask", "warn", "urge", "inform", "remind", "assure", "brief"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "''", "\u2019", "'"})


def inverted_speaker(verb: Token) -> list[Token]:
    """'"It is over," added another Tarn Democrat': after a closing quote the parse may make
    the speaker of an inverted verb its object; that object speaks (not of "told X")."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _CLOSING_QUOTES:
        return []
    if verb.dep_ not in ("ROOT", "parataxis") or verb.tag_ == "VBG":
        return []  # a conjunct or a participle has its own subject up the tree
    if verb.lemma_.lower() in _ADDRESSING or any("subj" in c.dep_ for c in verb.children):
        return []
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "attr") and verb.i < c.i <= verb.i + 4 and c.pos_ in ("PROPN", "NOUN")
    ][:1]


def fronted_subject(verb: Token) -> list[Token]:
    """ "Journalist Omar Dalla, reporting for Sella Today, said ...": the parse hung the
    speaker on the participle before the verb (a clause of it); that subject speaks. "On
    Facebook, Omar Talen, a spokesman for X, wrote ...": the parse made the speaker a
    conjunct of the platform in the fronted phrase; the speaker speaks. An inverted
    speaker the parse made the object: ``inverted_speaker``."""
    return (
        inverted_speaker(verb)
        or [
            s
            for c in verb.children
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i < verb.i
            for s in c.children
            if s.dep_ == "nsubj"
        ]
        or [
            s
            for c in verb.children
            if c.dep_ == "prep" and c.i < verb.i
            for o in c.children
            if o.dep_ == "pobj" and is_platform(o.text)
            for s in o.conjuncts
            if s.i > o.i and s.pos_ == "PROPN"
        ]
    )
