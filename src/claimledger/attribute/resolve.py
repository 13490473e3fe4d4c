"""Attribution internals: statements under construction -> named, frozen records.

Input: the ``Found`` records that ``attribute`` reads off the parse (token
ranges of sources, character spans of cues and contents). Output: the
statements tidied (duplicates dropped, contents grown to their quotes or cut
at a headline break, quotes nobody covers given to the speaker before them)
and then frozen ``Attribution`` records, each source named and classified,
pronouns ("it said", "he added") resolved to the latest compatible named
source. Internal to ``attribute``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.anon_carry import carry_anonymity
from claimledger.attribute.context_kind import contextual_kinds
from claimledger.attribute.definite import body_named_before
from claimledger.attribute.head_kinds import agent_noun, doctor_kind
from claimledger.attribute.members import group_members
from claimledger.attribute.naming import name_span, named_before, role_apposition, unglued
from claimledger.attribute.official_names import lexicon_official
from claimledger.attribute.quotes import enclosing_quote, paragraph_bounds, quoted_in
from claimledger.attribute.sources import (
    PRONOUNS,
    PRONOUNS_FIRST,
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    bare_person_name,
    cites_posts,
    is_hedged,
    is_platform,
    source_kind,
)
from claimledger.attribute.spans import Found, doc_text, np_range
from claimledger.records import Attribution, Evidence, Source

EXTRACTOR = "claimledger.attribute.v1"

PERSON_NOUNS = frozenset(
    """officer soldier commander general colonel spokesman spokeswoman spokesperson medic
    doctor physician nurse paramedic minister president governor mayor official resident
    witness eyewitness mother father brother sister son daughter wife husband uncle aunt
    cousin relative leader chief head director survivor villager man woman activist
    journalist reporter correspondent analyst expert lawyer prosecutor judge senator
    lawmaker member source officials residents witnesses medics doctors officers
    soldiers commanders relatives survivors villagers activists""".split()  # noqa: SIM905
)
ORG_NOUNS = frozenset(
    """ministry army military coalition government police agency group militia forces
    department council observatory committee organization organisation company hospital
    office administration authorities command movement party channel newspaper network
    station embassy court parliament campaign""".split()  # noqa: SIM905
)


# Definite organisation nouns that point back to a named organisation: "the group".
DEFINITE_ORGS = frozenset(
    """group organisation organization network observatory monitor agency mission committee
    centre center council directorate ministry command society branch office department
    service foundation association initiative collective union league coalition commission
    bureau hospital clinic watch forum""".split()  # noqa: SIM905
)


# --- post-processing -----------------------------------------------------------


def dedupe(found: list[Found]) -> list[Found]:
    """Keep one statement per (cue, content); a cue inside another's content stays."""
    seen: set[tuple[tuple[int, int] | None, tuple[int, int]]] = set()
    out: list[Found] = []
    for item in found:
        key = (item.cue, item.content)
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def stretch_to_quote(item: Found, quotes: list[tuple[int, int]]) -> None:
    """Grow a content to the whole quote it ends or starts ("A. B,” he said)."""
    c_start, c_end = item.content
    for q_start, q_end in quotes:
        if q_end < c_start or q_start > c_end + 3:
            continue
        if item.cue is not None and q_start <= item.cue[0] < q_end:
            continue  # the quote holds the cue: it is not this statement's words
        inside = q_start <= c_start + 2 and c_end - 3 <= q_end
        closes_here = c_start - 2 <= q_end <= c_end + 3 and q_start < c_start
        opens_here = abs(q_start - c_start) <= 2
        if inside or closes_here or opens_here:
            item.content = (
                min(q_start, c_start),
                max(q_end, c_end) if opens_here or closes_here else c_end,
            )
            item.direct = True
            return
        if c_start < q_start and c_end <= q_end <= c_end + 3:
            # Mixed quote ('the candidate has “always run a lean campaign.”'): keep its mark.
            item.content = (c_start, q_end)
            return
        if c_start < q_start <= c_start + 6 and q_start < c_end < q_end:
            # 'reported that “... […] ... martyrs.”': the parse stopped inside the quote.
            item.content = (c_start, q_end)
            return


def orphan_quotes(text: str, found: list[Found], quotes: list[tuple[int, int]]) -> list[Found]:
    """Quotes no statement covers, given to the latest preceding speaker nearby."""
    out: list[Found] = []
    paras = paragraph_bounds(text)
    for q_start, q_end in quotes:
        words = text[q_start:q_end].split()
        if len(words) < 5:
            continue  # scare quotes and titles, not speech
        if any(f.content[0] < q_end and q_start < f.content[1] for f in found):
            continue
        prior = [f for f in found if f.cue is not None and f.cue[1] <= q_start and f.sources]
        if not prior:
            continue
        last = max(prior, key=lambda f: f.cue[1] if f.cue else 0)
        assert last.cue is not None
        if _paragraph_distance(paras, last.cue[1], q_start) > 1:
            continue
        out.append(
            Found(
                sources=list(last.sources),
                content=(q_start, q_end),
                cue=None,
                sent_start=q_start,
                context=last.context,
                via=last.via,
                anonymous=last.anonymous,
                direct=True,
            )
        )
    return out


def _paragraph_distance(paras: list[tuple[int, int]], a: int, b: int) -> int:
    """How many paragraph breaks separate offsets a <= b."""
    return sum(1 for p_start, _ in paras if a < p_start <= b)


# --- resolving sources ------------------------------------------------------------


@dataclass
class _Named:
    """A resolved, named source seen earlier in the text (for pronouns); a text mention's
    name (its noun phrase, ``head``) is read only when a candidate is looked at."""

    pos: int  # character offset
    sent: int  # sentence index
    given: str  # the name ("" for a text mention until asked)
    kind: str  # "" until needed (text mentions are classified only when chosen)
    person: bool
    org: bool
    plural: bool
    head: Token | None = None

    @property
    def name(self) -> str:
        if not self.given and self.head is not None:
            start, end = np_range(self.head)
            self.given = self.head.doc[start:end].text
        return self.given

    def resolved(self) -> tuple[str, str]:
        """(name, kind), classifying the name on first use."""
        return self.name, self.kind or source_kind(self.name, person=self.person)


def _traits(tok: Token) -> tuple[bool, bool, bool]:
    """(person, organisation, plural) guesses for a noun-phrase head."""
    lemma = tok.lemma_.lower()
    person = tok.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS
    org = (
        tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
        or lemma in ORG_NOUNS
        or tok.lower_ in ORG_NOUNS
    ) and tok.ent_type_ != "PERSON"
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "authorities", "forces")
    return person, org, plural


def _compatible(pronoun: str, cand: _Named) -> bool:
    """Whether a pronoun can point to a candidate source."""
    if pronoun in PRONOUNS_PERSON:
        return cand.person and not cand.plural
    if pronoun in PRONOUNS_ORG:
        return cand.org and not cand.person and not cand.plural
    if pronoun in PRONOUNS_PLURAL:
        return cand.plural or (cand.org and not cand.person)
    return False


def _mentions(doc: Doc, sent_of: list[int]) -> list[_Named]:
    """Person and organisation noun phrases of the text, as pronoun antecedents."""
    out: list[_Named] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "amod"):
            continue
        person, org, plural = _traits(tok)
        if not (person or org):
            continue
        out.append(_Named(tok.idx, sent_of[tok.i], "", "", person, org, plural, tok))
    return out


def resolve_sources(
    doc: Doc, doc_id: str, found: list[Found], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Name and classify every source, resolving pronouns; build the records.

    Args:
        doc: the parse the statements were found in.
        doc_id: the id carried into every evidence span.
        found: the statements, in text order; their names, kinds and relays
            are filled in here.
        quotes: the quote spans of the text.

    Returns:
        One Attribution per source of each statement, in text order.
    """
    sent_of, sent_starts = _sentence_index(doc)
    resolver = _Resolver(doc, found, quotes, sent_of, sent_starts)
    for k in sorted(range(len(found)), key=resolver.first_person_last):
        resolver.resolve(found[k])
    if any(item.anonymous for item in found):
        carry_anonymity(doc, found, sent_of)
    return _records(doc, doc_id, found, quotes)


def _sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    """(sentence index of every token, start offset of every sentence)."""
    sent_of = [0] * len(doc)
    sent_starts: list[int] = []
    for k, sent in enumerate(doc.sents):
        sent_starts.append(sent.start_char)
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    return sent_of, sent_starts


@dataclass
class _Resolver:
    """What naming the sources remembers from one statement to the next."""

    doc: Doc
    found: list[Found]
    quotes: list[tuple[int, int]]
    sent_of: list[int]
    sent_starts: list[int]
    history: list[_Named] = field(default_factory=list)
    mentions: list[_Named] | None = None  # built on the first pronoun
    vias: dict[str, str] = field(default_factory=dict)  # source name -> the outlet that relayed it
    resolved: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    posts: bool | None = None  # the document draws on social-media posts

    def first_person_last(self, k: int) -> tuple[bool, int]:
        """Order: third-person sources in text order, then "I"/"we" (they need the speaker)."""
        item = self.found[k]
        if not item.sources:
            return False, 0
        s, e = item.sources[0]
        return e - s == 1 and self.doc[s].lower_ in PRONOUNS_FIRST, s

    def resolve(self, item: Found) -> None:
        """Fill in the name and kind of every source of a statement."""
        for s, e in item.sources:
            name, kind = self._name(item, s, e)
            if item.via is None and item.cue is None and name in self.vias:
                item.via = self.vias[name]  # a quote continued from an interview keeps its relay
            kind = self._adjust_kind(item, s, name, kind)
            item.names.append(name)
            item.kinds.append(kind)
        contextual_kinds(self.doc, item)

    def _name(self, item: Found, s: int, e: int) -> tuple[str, str]:
        """(name, kind) of the source at tokens [s, e), once per range."""
        if (s, e) in self.resolved:
            return self.resolved[(s, e)]
        span = self.doc[s:e]
        low = span.text.lower()
        if len(span) == 1 and low in PRONOUNS and low not in PRONOUNS_FIRST:
            name, kind = self._third_person(item, span, low)
        elif len(span) == 1 and low in PRONOUNS_FIRST:
            name, kind = _first_person(
                span.text, span.start_char, self.found, self.resolved, self.quotes
            )
        else:
            name, kind = self._named(item, s, e)
        self.resolved[(s, e)] = (name, kind)
        return name, kind

    def _third_person(self, item: Found, span: Span, low: str) -> tuple[str, str]:
        """ "it"/"he"/"they": the antecedent, and its relay when the statement has none."""
        if self.mentions is None:
            self.mentions = _mentions(self.doc, self.sent_of)
        reporter = self._reporter(item, span, low)
        if reporter is not None:
            return reporter
        # Recency counts from the start of what is said ("“A. B. C,” he said").
        pos = min(span.start_char, item.content[0])
        sent_k = bisect_right(self.sent_starts, pos) - 1
        name, kind = _antecedent(low, pos, sent_k, self.history, self.mentions)
        if name == low and (quote := self._led_quote(pos, span.start_char)) is not None:
            # "A resident of X posted a video: “I saw ...,” he says": the statement's words
            # were read from the sentence's start; the speaker is named before the quote
            pos = quote
            sent_k = bisect_right(self.sent_starts, pos) - 1
            name, kind = _antecedent(low, pos, sent_k, self.history, self.mentions)
        if item.via is None and name in self.vias:
            # "he said" after "X told RT": the same interview, the same relay.
            item.via = self.vias[name]
        return name, kind

    def _led_quote(self, start: int, end: int) -> int | None:
        """Where the first quote between ``start`` and ``end`` opens when a lead-in's colon or
        dash comes right before it (``self.quotes``), or None."""
        text = doc_text(self.doc)
        for q_start, _ in self.quotes:
            if start <= q_start < end and text[max(0, q_start - 8) : q_start].rstrip().endswith(
                (":", "\u2014", "-")
            ):
                return q_start
        return None

    def _reporter(self, item: Found, span: Span, low: str) -> tuple[str, str] | None:
        """ "X says it has confirmed ...": a pronoun opening what another source says is
        that source, when its number and person fit (``None`` otherwise)."""
        text = doc_text(self.doc)
        for other in self.found:
            if other is item or not other.names or not other.sources:
                continue
            if other.content[0] > span.start_char:
                continue
            lead = text[other.content[0] : span.start_char].strip()
            # Lower-casing never shortens a text: a longer lead is no "that".
            if len(lead) > 4 or lead.lower() not in ("", "that"):
                continue
            root = self.doc[slice(*other.sources[0])].root
            person, org, plural = _traits(root)
            person = person or other.kinds[0] in ("witness", "family")
            if (
                (low in PRONOUNS_ORG and not person and not plural)
                or (low in PRONOUNS_PERSON and person and not plural)
                or (low in PRONOUNS_PLURAL and plural)
            ):
                return other.names[0], other.kinds[0]
        return None

    def _named(self, item: Found, s: int, e: int) -> tuple[str, str]:
        """A source named in the text: classified and remembered for later pronouns."""
        role = role_apposition(self.doc[s:e]) if item.antecedent is None else None
        span = role[0] if role is not None else name_span(self.doc, item, s, e)
        earlier = self._definite_org(span) or named_before(self.found, span, bare=role is None)
        if earlier is not None:
            return earlier
        person, org, plural = _traits(span.root)
        name = unglued(span.text)
        # "the journalist Nadia Fares", "a cousin of the family, Yusuf Darwa": the person is
        # named, the role says its kind; a witness by a trade ("a farmer") is one for "he"
        kind = doctor_kind(name, role[1].text) if role else None  # "the head of X, Dr. Y"
        kind = kind or source_kind(role[1].text if role else name, item.context, person=person)
        person = person or (kind == "witness" and agent_noun(span.root.lower_))
        at = span.start_char
        self.history.append(_Named(at, self.sent_of[s], name, kind, person, org, plural))
        if item.via is not None:
            self.vias[name] = item.via
        return name, kind

    def _definite_org(self, span: Span) -> tuple[str, str] | None:
        """ "the group" after "the Lantern Rights Group", "the centre" after "Tovel Centre
        for Civil Rights": the body named earlier whose head is that noun (<= 3 sentences)."""
        if len(span) != 2 or span[0].lower_ != "the" or span[1].lower_ not in DEFINITE_ORGS:
            return None
        if self.mentions is None:
            self.mentions = _mentions(self.doc, self.sent_of)
        noun, pos, sent = span[1].lower_, span.start_char, self.sent_of[span.start]
        for cand in (*reversed(self.history), *reversed(self.mentions)):
            name = re.sub(r"^the\s+", "", cand.name, flags=re.I)
            words = name.split()
            if (
                cand.pos < pos
                and sent - cand.sent <= 3
                and len(words) > 1
                and words[0][:1].isupper()
                and re.split(r"\s(?:of|for|at|in)\s", name)[0].split()[-1].lower() == noun
            ):
                return name, cand.resolved()[1]
        # "the agency" after "the X Civil Defence": the latest body, when of the noun's kind
        cands = (*self.history, *self.mentions)
        return body_named_before(cands, noun, pos, sent, source_kind)

    def _adjust_kind(self, item: Found, s: int, name: str, kind: str) -> str:
        """The kind as this statement shows it: anonymous, a relative, or posted on social media."""
        text, end = doc_text(self.doc), item.content[1]
        k = bisect_right(self.sent_starts, end - 1)
        # what the speaker says after it in the sentence's quotes ("..., writing 'my cousins'")
        content = text[item.content[0] : end] + quoted_in(
            text, self.quotes, end, k, self.sent_starts
        )
        if kind in ("witness", "social_media") and (
            _OWN_KIN.search(content)
            or (_THIRD_KIN.match(content) and not _WITNESS_GROUP.search(name))
        ):
            # "My cousin was killed", "we buried my nephew", "X confirmed his brother's
            # passing" (one person speaking of their own relative): a relative speaks.
            return "family"
        if item.anonymous and kind not in ("family", "author"):
            kind = "anonymous"
            # Later pronouns for this speaker stay anonymous ("he added").
            self.history.append(_pronoun_named(self.doc[s], name, kind, self.sent_of[s]))
        # An outlet's own account stays ``media``; relatives stay ``family``; residents,
        # neighbours and eyewitnesses stay ``witness`` wherever they post.
        if (
            (item.social or (item.via is not None and is_platform(item.via)))
            and kind in ("witness", "official")
            and not (kind == "witness" and _WITNESS_GROUP.search(name))
        ):
            # an official by name or by the role said of the person ("the head of the X
            # district administration, Ivan Pell, said on Telegram"; "He said" after it too)
            role = " ".join([*(f.context for f in self.found if name in f.names), item.context])
            official = lexicon_official(name) or (
                lexicon_official(role) and source_kind(role) == "official"
            )
            kind = "social_media" if kind != "official" or not official else kind
        elif kind == "witness" and bare_person_name(name) and self.cites_posts():
            kind = "social_media"  # a bare name in a text built on posts is a poster
        return kind

    def cites_posts(self) -> bool:
        """Whether the document draws on social-media posts (computed once)."""
        if self.posts is None:
            self.posts = cites_posts(doc_text(self.doc))
        return self.posts


# What a person says opening on their own relative: "his brother's passing".
_THIRD_KIN = re.compile(
    r"(?:that\s+)?(?:(?:the\s+)?(?:death|loss|passing|killing|martyrdom)\s+of\s+|losing\s+)?"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mother|father|brother|sister|son|daughter|wife|husband|cousin|uncle|aunt|nephew|niece"
    r"|grand(?:son|daughter|father|mother))(?:'s|’s|s)?\b",
    re.IGNORECASE,
)
# People who are witnesses by what they are, not by where they write ("a volunteer rescuer").
_WITNESS_GROUP = re.compile(
    r"\b(?:residents?|neighbou?rs?|eye-?witness(?:es)?|witness(?:es)?|locals|villagers|inhabitants"
    r"|passers-?by|bystanders?|volunteer\s+(?:first\s+)?[a-z]+(?:er|man|men)s?)\b",
    re.IGNORECASE,
)
# A speaker's own relative named in what they say: "my nephew", "my cousins", "our son".
_OWN_KIN = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mother|father|brother|sister|son|daughter|wife|husband|cousin|uncle|aunt|nephew|niece"
    r"|grand(?:son|daughter|father|mother|child|children)|child|children|parents|family"
    r"|relatives?)s?\b",
    re.IGNORECASE,
)


def _records(
    doc: Doc, doc_id: str, found: list[Found], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """The frozen records of resolved statements, in text order."""
    text = doc_text(doc)
    out: list[Attribution] = []
    for item in found:
        out.extend(_item_records(doc, doc_id, text, item, quotes))
    out.sort(
        key=lambda a: (
            min(a.content.start, a.cue.start if a.cue else a.content.start),
            a.content.start,
        )
    )
    return out


def _item_records(
    doc: Doc, doc_id: str, text: str, item: Found, quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """One Attribution per source of a resolved statement."""
    content = Evidence(
        item.content[0],
        item.content[1],
        text[item.content[0] : item.content[1]],
        doc_id,
        EXTRACTOR,
        0.8,
    )
    cue = None
    if item.cue is not None:
        cue = Evidence(
            item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]], doc_id, EXTRACTOR, 0.9
        )
    out: list[Attribution] = []
    for (s, e), name, kind in zip(item.sources, item.names, item.kinds, strict=True):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        lo = min(start, item.cue[0]) if item.cue else start
        hi = max(end, item.cue[1]) if item.cue else end
        hedged = is_hedged(content.text) or is_hedged(text[lo:hi])
        direct = item.direct or _inside_quote(quotes, item, start)
        for source in _sources_of(text, start, end, name, kind, item.via, doc_id):
            out.append(Attribution(source, cue, content, hedged, direct))
    return out


def _sources_of(
    text: str, start: int, end: int, name: str, kind: str, via: str | None, doc_id: str
) -> list[Source]:
    """The source a span names, or each named member of a group ("sources, including X")."""
    members = group_members(text[start:end])
    if not members:
        src_ev = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.8)
        return [Source(name=name, kind=kind, via=via, evidence=src_ev)]
    out: list[Source] = []
    for m_start, m_end, m_kind in members:
        a, b = start + m_start, start + m_end
        ev = Evidence(a, b, text[a:b], doc_id, EXTRACTOR, 0.8)
        out.append(Source(name=text[a:b], kind=m_kind, via=via, evidence=ev))
    return out


def _inside_quote(quotes: list[tuple[int, int]], item: Found, source_start: int) -> bool:
    """Whether the content is quoted speech (a quote that does not also hold the source)."""
    quote = enclosing_quote(quotes, item.content[0], item.content[1])
    if quote is None:
        return False
    cue_start = item.cue[0] if item.cue else item.content[0]
    return not (quote[0] <= source_start < quote[1] or quote[0] <= cue_start < quote[1])


def _pronoun_named(tok: Token, name: str, kind: str, sent: int) -> _Named:
    """A resolved pronoun source, remembered as the latest mention of its speaker."""
    low = tok.lower_
    person = low in PRONOUNS_PERSON or (low not in PRONOUNS_ORG and _traits(tok)[0])
    return _Named(tok.idx, sent, name, kind, person, low in PRONOUNS_ORG, low in PRONOUNS_PLURAL)


# Lower case only: "Brill TV" keeps its "TV" (a part of its name).
_OUTLET_NOUNS = re.compile(
    r"\s+(?:television|tv|channel|radio|newspaper|news agency|agency|daily)$"
)


def outlet_name(name: str) -> str:
    """ "Al Masirah television" -> "Al Masirah": the outlet, without its medium."""
    short = _OUTLET_NOUNS.sub("", name)
    return short if short and short[0].isupper() and short != name else name


def _antecedent(
    pronoun: str, pos: int, sent: int, history: list[_Named], mentions: list[_Named]
) -> tuple[str, str]:
    """Resolve "it"/"he"/"they": a recent named source, else a recent mention."""
    for cand in reversed(history):
        if cand.pos < pos and sent - cand.sent <= 2 and _compatible(pronoun, cand):
            return cand.resolved()
    for cand in reversed(mentions):
        if cand.pos < pos and sent - cand.sent <= 3 and _compatible(pronoun, cand):
            # A mention of a source already quoted ("Al-Zamili") takes that source's name.
            last = cand.name.split()[-1].lower()
            for known in reversed(history):
                if known.name.split()[-1].lower() == last and known.pos < pos:
                    return known.resolved()
            return cand.resolved()
    for cand in reversed(history):
        if cand.pos < pos and _compatible(pronoun, cand):
            return cand.resolved()
    return pronoun, "official" if pronoun in PRONOUNS_ORG else "witness"


def _first_person(
    word: str,
    pos: int,
    found: list[Found],
    resolved: dict[tuple[int, int], tuple[str, str]],
    quotes: list[tuple[int, int]],
) -> tuple[str, str]:
    """ "I"/"we": the speaker of the enclosing quote, else the author (named "author", as
    the author's own statements are: "We mourn the martyrdom of two" in a statement)."""
    quote = enclosing_quote(quotes, pos, pos + len(word))
    if quote is None:
        return "author", "author"
    for item in found:
        if item.content[0] <= quote[0] + 2 and quote[1] - 2 <= item.content[1] and item.sources:
            key = item.sources[0]
            if key in resolved:
                return resolved[key]
    return word, "witness"
