"""How a source is named: the words of its phrase that name it.

"the journalist Nadia Fares" is named Nadia Fares (the role gives the kind), "one
source, Shehab Agency," is Shehab Agency, "posts by a local page" are the page's, and a
name glued to the end of the sentence before it loses that end. Split from ``resolve``
(module size); ``resolve`` decides whose statement it is, this module how to call them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.sources import is_title
from claimledger.attribute.spans import Found, np_range

# Two sentences glued without a space ("... in Gaza, 2023.Safa News Agency reported"): the
# parser reads one sentence, so a statement of the second would take in the first.
GLUED = re.compile(r"(?<=[a-z0-9)\]\u201d\u2019\"'])\.(?=[A-Z@\u201c])")


def unglued(name: str) -> str:
    """A name without the end of the sentence glued before it ("2023.Safa" -> "Safa")."""
    m = GLUED.search(name)
    return name[m.end() :] if m is not None and m.end() < len(name) else name


def name_span(doc: Doc, item: Found, s: int, e: int) -> Span:
    """The words that name a source: the antecedent of "who", else the head phrase."""
    span = doc[s:e]
    if item.antecedent is not None:
        return doc[item.antecedent[0] : item.antecedent[1]]
    poster = _poster(span)
    if poster is not None:
        span = poster
    if len(span) > 1 and span[0].lower_ in ("both", "either") and span[1].pos_ == "PROPN":
        span = span[1:]  # "Both Sanad and the Harsa Times reported": "both" names nobody
    span = _after_flash(span)
    if len(span) > 1:
        named = _named_apposition(span) or _titled_after(span)
        if named is not None:
            return named
        # The evidence keeps the apposition; the name is the head phrase, when the span is
        # one phrase of the parse: a listed source read from the words ("according to the
        # Ilvar Times and Korvan Today", "Korvan" a conjunct, "Today" hung on "according")
        # is named whole.
        root = span.root
        last = span.end - 1  # the comma closing an apposition or a relative clause is no word
        while last > span.start and doc[last].is_punct:
            last -= 1
        one_phrase = root.left_edge.i <= span.start and root.right_edge.i >= last
        n_start, n_end = np_range(root)
        has_noun = any(t.pos_ in ("NOUN", "PROPN") for t in doc[n_start:n_end])
        if s <= n_start < n_end <= e and has_noun and one_phrase:
            # (not "the" of "the Fenn Daily" parsed as a modifier)
            return with_adverb_name(doc[n_start:n_end])
    return with_adverb_name(span)


# A post's opening flag set off by a dash or a colon ("Breaking - the Drusa health ministry
# reports 23 killed", "URGENT: the civil defence says"): it names nobody; the phrase after
# it (the parse's apposition or subject) is the source.
_FLASH = frozenset({"breaking", "urgent", "update", "updated", "alert", "developing", "flash"})
_FLASH_MARKS = frozenset({"-", "\u2013", "\u2014", ":", "|"})


def _after_flash(span: Span) -> Span:
    """The span without an opening flag and its mark ("Breaking -"), when words follow."""
    if len(span) > 2 and span[0].lower_ in _FLASH and span[1].text in _FLASH_MARKS:
        return span[2:]
    return span


# Words closing an outlet's or a page's name that the parse reads as adverbs of the verb
# ("Kessa Now reported", "according to Harsa Today and Sanad").
ADVERB_NAMES = frozenset({"Today", "Now", "Tonight"})


def with_adverb_name(span: Span) -> Span:
    """The span with a name-closing "Today"/"Now" after its proper noun, when the parse
    made that word an adverb instead of the name's last word."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if (
        nxt is not None
        and nxt.text in ADVERB_NAMES
        and nxt.dep_ in ("npadvmod", "advmod", "appos", "conj")
        and span[-1].pos_ == "PROPN"
    ):
        return doc[span.start : span.end + 1]
    return span


# Posts whose author is named after "by"/"from": "posts by a local page, X, spoke of".
_POST_HEADS = frozenset({"post", "tweet", "video", "message"})


def _poster(span: Span) -> Span | None:
    """The author of a post named after "by"/"from" inside the source phrase, if any."""
    root = span.root
    if root.lemma_.lower() not in _POST_HEADS:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and span.start <= obj.i < span.end:
                    return span.doc[obj.left_edge.i : min(obj.right_edge.i + 1, span.end)]
    return None


# Heads that say who speaks only in general: "one source, Shehab Agency,", "a spokesman,
# Major Ilan Verro,". The proper name in apposition names the source.
_GENERIC_HEADS = frozenset(
    "source sources spokesman spokeswoman spokesperson one user account page".split()  # noqa: SIM905
)


# Role nouns whose proper name in apposition names the source while the role gives its
# kind: "the journalist Nadia Fares", "a cousin of the family, Yusuf Darwa", "Orran's
# mayor, Hisham Dabbagh".
_ROLE_HEADS = frozenset(
    """journalist reporter correspondent photographer activist resident neighbour neighbor
    witness eyewitness cousin relative nephew niece uncle aunt brother sister son daughter
    father mother husband wife grandfather grandmother
    doctor nurse paramedic medic surgeon
    mayor governor minister director commissioner chairman chairperson councillor councilor
    commander friend colleague classmate head chief teacher blogger officer""".split()  # noqa: SIM905
)


# Descriptors of an organisation whose proper name in apposition names it while the
# descriptor gives its kind: "the aid group Relief Without Walls", "the local radio station
# Rima FM", "another outlet, Voice of Sahr", "the local page Tell Sur Today".
_DESCRIPTOR_HEADS = frozenset(
    """group station outlet network organisation organization agency channel monitor
    observatory centre center union page employer""".split()  # noqa: SIM905
)


def role_apposition(span: Span) -> tuple[Span, Span] | None:
    """(the person's name, the role phrase) of a role noun with a name in apposition."""
    root = span.root
    titled = _title_before(span)
    if titled is not None:
        return titled
    if root.ent_type_ == "PERSON" and span.start < root.left_edge.i:
        # "the head of the rescue service, Dr. Ilan Maro": the name hung away from its role
        comma = root.left_edge.i - 1
        if span.doc[comma].text == "," and span.start < comma:
            root = span.doc[span.start : comma].root
    if root.ent_type_ == "PERSON":
        # "the reporter Lina Vos" parsed with the role as a compound of the name
        roles = [c for c in root.children if c.dep_ == "compound" and c.lower_ in _ROLE_HEADS]
        first = roles[0].i + 1 if roles else span.end
        if roles and span.doc[first].ent_type_ == "PERSON" and first <= root.i < span.end:
            return span.doc[first : root.i + 1], span.doc[span.start : first]
        return None
    lemma = root.lemma_.lower()
    person_role = lemma in _ROLE_HEADS or root.lower_ in _ROLE_HEADS or _owned_spokes(root)
    if not (person_role or lemma in _DESCRIPTOR_HEADS or _common_noun(root)):
        return None
    # any other common noun is a role when a person's name stands beside it ("the regional
    # administrator, Pavel Ostrin,"; "the port's harbourmaster, Ana Rell,")
    person = person_role or lemma not in _DESCRIPTOR_HEADS
    name = _appos_name(span, person=person) or _name_after_comma(span, person=person)
    return (name, span.doc[span.start : name.start]) if name is not None else None


def _common_noun(root: Token) -> bool:
    """A lower-case common noun heading the phrase ("administrator", "harbourmaster"); not
    a generic head ("a spokesman, Major X,": the name's rank gives the kind)."""
    generic = root.lemma_.lower() in _GENERIC_HEADS or root.lower_ in _GENERIC_HEADS
    return root.pos_ == "NOUN" and root.text.islower() and not generic


def _owned_spokes(root: Token) -> bool:
    """A body's spokesperson ("the ministry's spokesman, Colonel X", "the spokesman of the
    interior ministry, Col. X"): the body gives the kind, not the rank of the name (a bare
    "a spokesman, Colonel X" keeps the rank's)."""
    return root.lower_ in ("spokesman", "spokeswoman", "spokesperson") and any(
        c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in root.children
    )


def _title_before(span: Span) -> tuple[Span, Span] | None:
    """(the name, its titles) of a person's name whose title the parse cut off as a sentence
    of its own ("Police Spokesperson Supt. | Daniel Okoro told reporters"): capitalised
    title, role and modifier words just before the name, one of them a title."""
    doc, j = span.doc, span.start
    if not all(t.pos_ == "PROPN" for t in span):
        return None
    if (
        j < 2
        or not doc[j].is_sent_start
        or doc[j - 1].text != "."
        or not is_title(doc[j - 2].text + ".")
    ):
        return None
    j -= 1
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("PROPN", "NOUN"):
        j -= 1
    return (span, doc[j : span.start]) if j < span.start - 1 else None


def _named_apposition(span: Span) -> Span | None:
    """The proper name in apposition to a generic head, if any."""
    root = span.root
    if root.lemma_.lower() not in _GENERIC_HEADS and root.lower_ not in _GENERIC_HEADS:
        return None
    return _appos_name(span, person=False) or _name_after_comma(span, person=False)


# Titles and ranks before a person's name ("Brigadier General Oleg Vasko", "Dr. Lena Marr").
_TITLES = frozenset(
    """dr dr. doctor gen gen. general brig brig. brigadier col col. colonel maj maj. major
    capt capt. captain lt lt. lieutenant sgt sgt. sergeant sheikh cmdr commander""".split()  # noqa: SIM905
)


_PERSON_LEADS = _TITLES | {"abu", "umm", "um", "bin", "ibn"}


def _name_after_comma(span: Span, *, person: bool) -> Span | None:
    """ "The spokesman of the Armed Forces of Tiranor, Brigadier General Oleg Vasko", "A
    Telegram channel close to the militia, Medra Front": the proper name that closes the
    phrase after its last comma, wherever the parse hangs it (a person's name for a role)."""
    doc, end = span.doc, span.end
    while end > span.start and doc[end - 1].is_punct:
        end -= 1
    commas = [t.i for t in doc[span.start : end] if t.text == ","]
    if not commas or commas[-1] <= span.start or end - commas[-1] - 1 > 6:
        return None
    name = doc[commas[-1] + 1 : end]
    if not name or not all(t.pos_ == "PROPN" or t.text in ("-", ".") for t in name):
        return None
    if all(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for t in name):
        return None  # "the mayor of the district, Osk Province"
    if person and not (any(t.ent_type_ == "PERSON" for t in name) or name[0].lower_ in _TITLES):
        return None
    return name


# What owns a title in "a Facebook account titled 'X'", "a Telegram channel called X".
_TITLED_OWNERS = frozenset("account page channel group user blog website".split())  # noqa: SIM905
_TITLE_VERBS = frozenset({"titled", "entitled", "called", "named"})


def _titled_after(span: Span) -> Span | None:
    """ "One source, a Telegram channel called Sur Now, reported", "According to one
    source, a Facebook account titled 'X', ...": the account a generic source is set
    off by, when a title names it (the parse makes it an apposition or a new subject)."""
    root, doc = span.root, span.doc
    if root.lemma_.lower() not in ("source", "one"):
        return None
    appos = [c.i for c in root.children if c.dep_ == "appos"]
    after = span.end + 1 if span.end + 1 < len(doc) and doc[span.end].text == "," else -1
    first = appos[0] if appos else after
    if first < 0:
        return None
    for tok in doc[first : min(first + 6, len(doc))]:
        owner = tok.head
        if (
            tok.lower_ in _TITLE_VERBS
            and tok.dep_ == "acl"
            and owner.lemma_.lower() in _TITLED_OWNERS
            and (owner.i in appos or owner.left_edge.i == after)
        ):
            end = tok.right_edge.i + 1
            while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_quote):
                end -= 1
            return doc[owner.left_edge.i : end]
    return None


def _appos_name(span: Span, *, person: bool) -> Span | None:
    """The first name in apposition to the span's root, inside the span: a person's
    (``person``) or any proper noun's."""
    kids = list(span.root.children)
    if person:
        # "the governor of Brask, Tamer Vell,": the parse hangs the name on the place
        kids += [
            a
            for p in kids
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")
            for a in o.children
            if a.dep_ == "appos"
        ]
    for child in kids:
        if (
            child.dep_ == "appos"
            and span.start <= child.i < span.end
            and (
                (_personal(child) if person else child.pos_ == "PROPN")
                or (child.text.startswith("@") and len(child.text) > 2)  # "the blogger @x"
            )
        ):
            a_start, a_end = np_range(child)
            a_start, a_end = max(a_start, span.start), min(a_end, span.end)
            if a_end > a_start:
                return span.doc[a_start:a_end]
    return None


def _personal(tok: Token) -> bool:
    """Whether a proper noun in apposition to a role names a person: a PERSON, or two or
    more proper nouns the tagger gave another type ("Khalil Darwish" as NORP, "Abu Samer"
    as GPE) that are no organisation."""
    if tok.ent_type_ == "PERSON":
        return True
    start, end = np_range(tok)
    words = tok.doc[start:end]
    if words and words[0].lower_ in _PERSON_LEADS:
        return True
    return (
        tok.pos_ == "PROPN"
        and len(words) >= 2
        and all(t.pos_ == "PROPN" for t in words)
        and tok.ent_type_ not in ("ORG", "FAC", "LOC")
    )


def named_before(found: list[Found], span: Span, *, bare: bool) -> tuple[str, str] | None:
    """(name, kind) of an earlier statement's source that a bare proper name takes up:
    "Vasko added" after "The spokesman of the army, Gen. Oleg Vasko, said" (the latest
    such; not a place after a preposition, "Residents of Deir Mahla", nor part of a longer
    name, "Marsabah" of "the Marsabah Civil Defence"). ``bare``: no role names it."""
    if not bare or not 1 <= len(span) <= 3 or not all(t.pos_ == "PROPN" for t in span):
        return None
    doc, words = span.doc, [t.text for t in span]
    for other in reversed(found):
        for (s2, e2), name, kind in zip(other.sources, other.names, other.kinds, strict=False):
            for i in range(s2, min(e2, span.start) - len(words) + 1):
                end = i + len(words)
                first = doc[end - 1].left_edge.i
                after_prep = first > 0 and doc[first - 1].pos_ == "ADP"
                name_goes_on = end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN")
                if [t.text for t in doc[i:end]] == words and not (after_prep or name_goes_on):
                    return name, kind
    return None
