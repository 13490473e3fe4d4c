"""Attribution internals: statements under construction and how their sources are named.

Input: the ``Found`` records that ``attribute`` reads off the parse (token
ranges of sources, character spans of cues and contents). Output: frozen
``Attribution`` records, each source named and classified, pronouns ("it
said", "he added") resolved to the latest compatible named source. Also the
span helpers shared by the finding rules. Internal to ``attribute``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.quotes import enclosing_quote, paragraph_bounds
from claimledger.attribute.sources import (
    PRONOUNS,
    PRONOUNS_FIRST,
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    is_hedged,
    is_platform,
    load_lexicon,
    source_kind,
)
from claimledger.records import Attribution, Evidence, Source

EXTRACTOR = "claimledger.attribute.find.v1"
# Where the joined text is cached inside the Doc for this stage's own use.
_TEXT_KEY = "cl_attribute_text"

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
_TRIM = " \t\n,;:.-—–"


@dataclass
class Found:
    """A statement under construction (mutable until resolved)."""

    sources: list[tuple[int, int]]  # token ranges [start, end), one per coordinated source
    content: tuple[int, int]  # character span
    cue: tuple[int, int] | None  # character span
    sent_start: int  # character offset of the cue's sentence (for recency)
    context: str = ""  # words said about the source (apposition, relative clause)
    via: str | None = None
    anonymous: bool = False
    direct: bool = False
    kinds: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    # Token range naming the source when ``sources`` holds a relative pronoun ("who said").
    antecedent: tuple[int, int] | None = None
    social: bool = False  # posted or tweeted: an unknown author is a social-media account


# --- spans ----------------------------------------------------------------------


def doc_text(doc: Doc) -> str:
    """The document text, built once: ``Doc.text`` re-joins every token on each access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


def sentence_of(tok: Token) -> Span:
    """The sentence of a token (``Token.sent`` rescans the whole document each call)."""
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    j = tok.i + 1
    while j < len(doc) and not doc[j].is_sent_start:
        j += 1
    return doc[i:j]


def tok_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens [start, end)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def trim(text: str, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of a character span."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not keep_quotes:
        while start < end and text[start] in "\"“”‘’'":
            start += 1
    return start, end


def subtree_span(doc: Doc, tok: Token) -> tuple[int, int]:
    """Trimmed character span of a token's subtree."""
    start, end = tok_span(doc, tok.left_edge.i, tok.right_edge.i + 1)
    return trim(doc_text(doc), start, end)


def np_range(tok: Token, full: bool = False) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``.

    The short form (``full=False``) is a name: no relative clause, apposition
    or conjunct. The full form keeps an apposition or relative clause set off
    by commas, with its closing comma ("Chris Cox, who runs the lobby,"): the
    whole description of the source, as PolNeAR marks it. Neither crosses a
    dateline ("RENO (AP) —") or a line break.
    """
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("punct", "cc", "preconj"):
            continue
        start = min(start, child.left_edge.i)
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].text in ("—", "–", "--") or "\n" in doc[i].text:
            start = i + 1
            break
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("conj", "cc", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and any(is_platform(g.text) for g in child.children):
            break  # "@account on Telegram": the platform is the relay, not the name
        parenthetical = child.dep_ in ("relcl", "appos") or (
            child.dep_ == "acl" and any(t.text == "," for t in doc[tok.i : child.i])
        )
        if parenthetical and not full:
            break
        if child.dep_ == "punct" and not full:
            break
        if child.dep_ == "punct":
            continue
        end = max(end, child.right_edge.i + 1)
    if not full:
        for i in range(tok.i + 1, end):
            if doc[i].text == ",":
                end = i
                break
    elif end < len(doc) and doc[end].text == "," and any(t.text == "," for t in doc[tok.i : end]):
        end += 1  # the comma that closes the apposition belongs to it
    while end - 1 > start and doc[end - 1].is_punct and doc[end - 1].text not in ".,":
        end -= 1
    while end - 1 > start and (doc[end - 1].is_space or (doc[end - 1].text == "," and not full)):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


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


def stretch_to_quote(text: str, item: Found, quotes: list[tuple[int, int]]) -> None:
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
    count = 0
    for p_start, _ in paras:
        if a < p_start <= b:
            count += 1
    return count


# --- resolving sources ------------------------------------------------------------


@dataclass(frozen=True)
class _Named:
    """A resolved, named source seen earlier in the text (for pronouns)."""

    pos: int  # character offset
    sent: int  # sentence index
    name: str
    kind: str  # "" until needed (text mentions are classified only when chosen)
    person: bool
    org: bool
    plural: bool

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
        start, end = np_range(tok)
        name = doc[start:end].text
        out.append(_Named(tok.idx, sent_of[tok.i], name, "", person, org, plural))
    return out


def resolve_sources(
    doc: Doc, doc_id: str, found: list[Found], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Name and classify every source, resolving pronouns; build the records."""
    text = doc_text(doc)
    sent_of = [0] * len(doc)
    sent_starts: list[int] = []
    for k, sent in enumerate(doc.sents):
        sent_starts.append(sent.start_char)
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    history: list[_Named] = []
    mentions: list[_Named] | None = None
    vias: dict[str, str] = {}  # source name -> the outlet that relayed it
    resolved: dict[tuple[int, int], tuple[str, str]] = {}

    def first_person_last(k: int) -> tuple[bool, int]:
        """Order: third-person sources in text order, then "I"/"we" (they need the speaker)."""
        item = found[k]
        if not item.sources:
            return False, 0
        s, e = item.sources[0]
        return e - s == 1 and doc[s].lower_ in PRONOUNS_FIRST, s

    for k in sorted(range(len(found)), key=first_person_last):
        item = found[k]
        for s, e in item.sources:
            if (s, e) in resolved:
                name, kind = resolved[(s, e)]
            else:
                span = doc[s:e]
                low = span.text.lower()
                if len(span) == 1 and low in PRONOUNS and low not in PRONOUNS_FIRST:
                    if mentions is None:
                        mentions = _mentions(doc, sent_of)
                    # Recency counts from the start of what is said ("“A. B. C,” he said").
                    pos = min(span.start_char, item.content[0])
                    sent_k = bisect_right(sent_starts, pos) - 1
                    name, kind = _antecedent(low, pos, sent_k, history, mentions)
                    if item.via is None and name in vias:
                        # "he said" after "X told RT": the same interview, the same relay.
                        item.via = vias[name]
                elif len(span) == 1 and low in PRONOUNS_FIRST:
                    name, kind = _first_person(span.text, span.start_char, found, resolved, quotes)
                else:
                    if item.antecedent is not None:
                        span = doc[item.antecedent[0] : item.antecedent[1]]
                    elif len(span) > 1:
                        # The evidence keeps the apposition; the name is the head phrase.
                        n_start, n_end = np_range(span.root)
                        if s <= n_start < n_end <= e:
                            span = doc[n_start:n_end]
                    person, org, plural = _traits(span.root)
                    name = span.text
                    kind = source_kind(name, item.context, person=person)
                    history.append(
                        _Named(span.start_char, sent_of[s], name, kind, person, org, plural)
                    )
                    if item.via is not None:
                        vias[name] = item.via
                resolved[(s, e)] = (name, kind)
            if item.via is None and item.cue is None and name in vias:
                item.via = vias[name]  # a quote continued from an interview keeps its relay
            if item.anonymous and kind not in ("family", "author"):
                kind = "anonymous"
                # Later pronouns for this speaker stay anonymous ("he added").
                history.append(_pronoun_named(doc[s], name, kind, sent_of[s]))
            if (item.social or (item.via is not None and is_platform(item.via))) and kind in (
                "witness",
                "official",
                "media",
            ):
                kind = "social_media" if kind != "official" or not _named_official(name) else kind
            item.names.append(name)
            item.kinds.append(kind)
    out: list[Attribution] = []
    for item in found:
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
        for (s, e), name, kind in zip(item.sources, item.names, item.kinds, strict=True):
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            src_ev = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.8)
            lo = min(start, item.cue[0]) if item.cue else start
            hi = max(end, item.cue[1]) if item.cue else end
            hedged = is_hedged(content.text) or is_hedged(text[lo:hi])
            out.append(
                Attribution(
                    source=Source(name=name, kind=kind, via=item.via, evidence=src_ev),
                    cue=cue,
                    content=content,
                    hedged=hedged,
                    direct=item.direct or _inside_quote(quotes, item, start),
                )
            )
    out.sort(
        key=lambda a: (
            min(a.content.start, a.cue.start if a.cue else a.content.start),
            a.content.start,
        )
    )
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


_OUTLET_NOUNS = re.compile(
    r"\s+(?:television|tv|channel|radio|newspaper|news agency|agency|daily)$", re.I
)


def outlet_name(name: str) -> str:
    """ "Al Masirah television" -> "Al Masirah": the outlet, without its medium."""
    short = _OUTLET_NOUNS.sub("", name)
    return short if short and short[0].isupper() and short != name else name


def cut_at_headline_break(text: str, item: Found) -> None:
    """Stop a content at a line break that ends a headline (no final punctuation)."""
    start, end = item.content
    cue_at = item.cue[0] if item.cue else start
    colon = text.rfind(": ", start, end)
    if cue_at >= end and colon >= 0 and len(text[start:colon].split()) <= 6:
        # "Posted by X: Six dead, says the ministry": the words after the colon are said.
        start = colon + 2
        item.content = (start, end)
    if "\n" not in text[start:end]:
        return
    cue_start = item.cue[0] if item.cue else start
    if cue_start <= start:
        brk = text.index("\n", start, end)
        if text[start:brk].rstrip()[-1:] not in '.!?"”':
            item.content = trim(text, start, brk)
    else:
        brk = text.rindex("\n", start, end)
        if text[start:brk].rstrip()[-1:] not in '.!?"”:,':
            item.content = trim(text, brk + 1, end)


def _named_official(name: str) -> bool:
    """Whether an official kind came from the lexicon rather than the fallback."""
    low = name.lower()
    return any(w in load_lexicon().words for w in re.findall(r"[a-z]+", low))


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
    """ "I"/"we": the speaker of the enclosing quote, else the author."""
    quote = enclosing_quote(quotes, pos, pos + len(word))
    if quote is None:
        return word, "author"
    for item in found:
        if item.content[0] <= quote[0] + 2 and quote[1] - 2 <= item.content[1] and item.sources:
            key = item.sources[0]
            if key in resolved:
                return resolved[key]
    return word, "witness"
