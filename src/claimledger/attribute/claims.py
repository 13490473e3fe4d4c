"""Claims (stage 4, second half): figures + attributions -> ``Claim`` records.

Input: the casualty ``FigureMention``s of a document, its ``Attribution``s
(from ``attribute.find_attributions``) and its ``Segment``s. Output: one
``Claim`` per figure and source, plus assertion claims (statements without a
figure, the author's non-casualty numbers). Internal to ``attribute``, which
exports ``attribute_claims``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable

from spacy.tokens import Doc

from claimledger.attribute.carry_over import carried_over
from claimledger.attribute.claimed_after import claimers_after
from claimledger.attribute.corroborated import corroborator_claims, passive_agent_claims
from claimledger.attribute.described import self_described
from claimledger.attribute.issuer_header import issuer_as_poster
from claimledger.attribute.members import member_after
from claimledger.attribute.partitive import part_of_counted
from claimledger.attribute.posts import poster_claims
from claimledger.attribute.releases import issuer_as_author, poster_as_author
from claimledger.attribute.resolve import EXTRACTOR
from claimledger.attribute.sources import CUE_VERBS, STANCE_VERBS, is_hedged
from claimledger.attribute.spans import doc_text, sentence_of, trim
from claimledger.attribute.speaker_verbs import circumstance_only
from claimledger.attribute.statements import AUTHOR, own_statement_as_author
from claimledger.attribute.takeup import taken_up
from claimledger.records import Attribution, Claim, Evidence, FigureMention, Segment

_NON_FIGURE_ENTS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
_DISTANCE = re.compile(r"\b(?:miles?|km|kilomet(?:er|re)s?|meters?|metres?|feet|yards)\b", re.I)


def attribute_claims(
    doc: Doc,
    doc_id: str,
    figures: list[FigureMention],
    attributions: list[Attribution],
    segments: list[Segment],
) -> list[Claim]:
    """Attribute every figure, and every checkable assertion, to its source.

    Args:
        doc: the spaCy parse of the document text.
        doc_id: the document id.
        figures: casualty figures found by ``extract.numbers``.
        attributions: the output of ``find_attributions`` for this doc.
        segments: headline/reporting/quote/opinion spans; a quote segment is
            never the author's own assertion.

    Returns:
        One Claim per figure (per source when a statement has coordinated
        sources; the author's when no statement covers it), then one
        assertion Claim (figure None) per statement without a figure and per
        author sentence asserting a non-casualty number. Text order.
    """
    text = doc_text(doc)
    claims: list[tuple[int, Claim]] = []
    attributions = _speakers(text, attributions)
    groups = _group_attributions(attributions)
    contents = _Spans((g[0].content.start, g[0].content.end) for g in groups)
    for fig in figures:
        group = _figure_group(doc, groups, contents, fig, text)
        sent_text = fig.sentence.text.strip() or fig.evidence.text
        hedged_sentence = is_hedged(sent_text)
        sources = [a.source for a in group] if group else [AUTHOR]
        hedged_att = any(a.hedged for a in group) if group else False
        for src in sources:
            claims.append(
                (
                    fig.evidence.start,
                    Claim(
                        figure=fig.figure,
                        statement=sent_text,
                        low=fig.low,
                        high=fig.high,
                        qualifier=fig.qualifier,
                        source=src,
                        hedged=hedged_att or hedged_sentence,
                        evidence=fig.evidence,
                        victims=fig.victims,
                        civilian=fig.civilian,
                    ),
                )
            )
    figure_spans = _Spans((f.evidence.start, f.evidence.end) for f in figures)
    for group in groups:
        content = group[0].content
        if any(
            e <= content.end + _FIGURE_OVERHANG
            for _, e, _ in figure_spans.starting_in(content.start, content.end)
        ):
            continue
        if _not_an_assertion(doc, group, groups, contents):
            continue
        for att in group:
            claims.append(
                (
                    content.start,
                    Claim(
                        figure=None,
                        statement=content.text.strip(),
                        low=None,
                        high=None,
                        qualifier=None,
                        source=att.source,
                        hedged=att.hedged,
                        evidence=content,
                    ),
                )
            )
    claims.extend(_author_assertions(doc, doc_id, text, figures, attributions, segments))
    return _finish(doc, doc_id, claims)


def _speakers(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The statements that have a source, each given the member its group source names
    right after it ("Local sources, including a relative of X, ..."; ``members.member_after``)
    and a relative's kind when the source's clause makes it one (``described``)."""
    out: list[Attribution] = []
    for att in attributions:
        if _no_source(att.source.name):
            if not _reports_of_no_one(text, att, attributions):
                continue
            source = dataclasses.replace(att.source, kind="anonymous")
            att = dataclasses.replace(att, source=source, hedged=True)  # reports: a hedge
        att = self_described(att)
        member = member_after(text, att.source)
        out.append(att if member is None else dataclasses.replace(att, source=member))
    return out


def _finish(doc: Doc, doc_id: str, claims: list[tuple[int, Claim]]) -> list[Claim]:
    """Add the claims of corroborating lists, sort, and give a release's issuer to the author
    (a header's non-state issuer the author's claims: ``issuer_header``)."""
    text = doc_text(doc)
    claims = claimers_after(text, passive_agent_claims(text, claims))
    claims = claims + corroborator_claims(text, [pc for pc in claims if pc[1].figure is not None])
    claims.sort(key=lambda pc: pc[0])
    claims = carried_over(doc, claims)  # "..., villagers told us. Two more are ..."
    claims = taken_up(text, own_statement_as_author(text, issuer_as_author(text, claims)))
    claims = part_of_counted(text, poster_as_author(text, claims))
    # a header's issuer last: the post readers' described posters keep their kinds
    return [c for _, c in issuer_as_poster(doc, doc_id, poster_claims(text, claims))]


# --- claims helpers -------------------------------------------------------------


# A source that is no one ("Nobody in the town", "No one here") asserts nothing.
# A source that is no one: "Nobody", "None of us", "No group", "Neither side" (not "No 10").
_NO_ONE = re.compile(r"(?:nobody|no[ -]one|none|neither)\b|no\s+[a-z]", re.I)
# Reports of no one named ("Initial reports indicate", "early assessments suggest") hedge
# what the speaker around them says; they are not a source of their own (docs/claims-gold.md:
# "it has been reported that" is the author's, hedged). "Unconfirmed reports on Telegram"
# name where they come from and stay a source.
# The same pattern as ``reconcile.origin.unnamed_reports`` (the grade's and the corpus's):
# a stage does not import a later one, and origin must not load spaCy, so each keeps it.
_HEDGE_REPORTS = re.compile(
    r"(?:the\s+)?(?:initial|early|preliminary|first)\s+(?:reports?|assessments?|indications?)",
    re.I,
)
# Data no one is said to hold ("according to confirmed data", "according to the latest
# figures") are the writer's own: a release's "according to confirmed data" is the issuer's.
# Claims only: PolNeAR annotates them as sources and the attributions keep them.
_OWNERLESS_DATA = re.compile(
    r"(?:the\s+)?(?:(?:confirmed|available|preliminary|initial|latest|verified|updated"
    r"|operational|current)\s+)?(?:data|information|figures|estimates)",
    re.I,
)


# A record or a review no body is named for ("hospital records", "an initial review"): no
# speaker, the one who cites it holds the claim (docs/claims-gold.md, *Cited documents*);
# "Kemar Hospital records" name their body (a second capitalised word) and stay a source.
_OWNERLESS_RECORD = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Za-z][a-z-]*\s+)?(?:[a-z][a-z-]*\s+)?"
    r"(?:records?|registers?|registry|logs?|files|archives?|documents?|review|investigation"
    r"|assessment|audit|study|survey|analysis|census|tally|count)"
)


# The writer speaking as "we"/"our" outside quotes: an issuer's own text ("We are aware of
# ...", "no casualties among our sailors"), whose "initial reports" are its own findings.
_WRITER_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _reports_of_no_one(text: str, att: Attribution, attributions: list[Attribution]) -> bool:
    """Whether "Initial reports suggest/indicate ..." is a statement of its own: reports or
    indications no one is named for (not "initial assessments", an evaluation), hedging,
    with no speaker around them ("..., the X group said" keeps them the group's) and not in a
    text whose writer speaks as "we" (a release's "initial reports" are the issuer's own). Such reports are an anonymous source, not the author
    (docs/claims-gold.md, *Anonymity*: "Initial reports suggest as many as 12 people may have
    died" is `anonymous`)."""
    name = " ".join(att.source.name.split())
    if not _HEDGE_REPORTS.fullmatch(name) or name.casefold().endswith(
        ("assessment", "assessments")
    ):
        return False  # "Initial assessments indicate ...": an evaluation, the writer's own
    start, end = att.content.start, att.content.end
    for other in attributions:
        if other is att or _no_source(other.source.name):
            continue
        if other.content.start <= start and end <= other.content.end:
            return False  # the reports are what another speaker says
    return not _WRITER_FIRST_PERSON.search(_QUOTED.sub(" ", text))


def _no_source(name: str) -> bool:
    """Reports, data or records no one is said to hold: the speaker around them holds the
    claim."""
    return bool(
        _HEDGE_REPORTS.fullmatch(name)
        or _OWNERLESS_DATA.fullmatch(name)
        or _OWNERLESS_RECORD.fullmatch(" ".join(name.split()))
    )


# How far a figure's evidence may run past the content that holds its number.
_FIGURE_OVERHANG = 12
_BREAK = re.compile(r"[.;:!?\n\"“”]")
# Stance verbs that report a figure when their content holds a number.
_REPORTING_STANCE = frozenset({"refer", "cite", "mention"})
_NUMBER_RX = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores"
    r"|hundreds?)\b",
    re.I,
)


def _not_an_assertion(
    doc: Doc, group: list[Attribution], groups: list[list[Attribution]], contents: _Spans
) -> bool:
    """Statements that give no assertion claim: nested in another, a stance only, or said
    by no one ("Nobody in the town believes that number": the writer's doubt)."""
    return (
        _nested_in_other(group, groups, contents)
        or _stance_only(doc, group[0])
        or bool(_NO_ONE.match(group[0].source.name))
    )


def _stance_only(doc: Doc, att: Attribution) -> bool:
    """Whether a statement's cue is a stance verb ("praised", "called X a liar"), not speech."""
    if att.cue is None:
        return False
    span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    if span is None:
        return False
    lemma = span[0].lemma_.lower()
    # "referred to more than 20 injured", "cited 12 dead": a report of a figure.
    if lemma in _REPORTING_STANCE and _NUMBER_RX.search(att.content.text):
        return False
    return lemma in STANCE_VERBS and lemma not in CUE_VERBS


def _group_attributions(attributions: list[Attribution]) -> list[list[Attribution]]:
    """Attributions sharing one cue and content (coordinated sources) grouped together."""
    groups: dict[tuple[int, int, int, int], list[Attribution]] = {}
    for att in attributions:
        cue = (att.cue.start, att.cue.end) if att.cue else (-1, -1)
        groups.setdefault((*cue, att.content.start, att.content.end), []).append(att)
    return list(groups.values())


class _Spans:
    """Character spans indexed by start, for the spans that start in or overlap a range.

    A lookup reads only the spans starting at most the longest span's length before
    the range, so a document's claims cost about linear time, not quadratic.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._items = sorted((s, e, i) for i, (s, e) in enumerate(spans))
        self._starts = [s for s, _, _ in self._items]
        self.longest = max((e - s for s, e, _ in self._items), default=0)

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """(start, end, index) of the spans with ``lo <= start < hi``."""
        return self._items[
            bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)
        ]

    def covering(self, start: int) -> list[tuple[int, int, int]]:
        """(start, end, index) of the spans with ``span start <= start`` that may reach it."""
        return [
            item for item in self.starting_in(start - self.longest, start + 1) if item[1] > start
        ]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (``s < end and start < e``)."""
        near = self.starting_in(start - self.longest, max(end, start + 1))
        return any(s < end and start < e for s, e, _ in near)


_PART_OF = re.compile(r"[\w-]+\s+of\s+(?:them|whom)\b", re.I)
_PART_LEAD = re.compile(r"\s*,\s*(?:among\s+(?:them|whom)|of\s+(?:whom|them))\s+", re.I)


def _covering_group(
    groups: list[list[Attribution]], contents: _Spans, start: int, end: int, text: str
) -> list[Attribution]:
    """The statement whose content holds a figure; the innermost (then the first) when nested."""
    best = (1 << 60, 1 << 60)
    for c_start, c_end, i in contents.starting_in(start - contents.longest - 24, start + 1):
        # A part set off after the content ("reported 5 killed |, among them two sisters").
        part = (
            c_end <= start
            and (
                _PART_LEAD.fullmatch(text[c_end:start]) is not None
                # "said that 23 others had been injured |, four of them critically"
                or (text[c_end:start].strip() == "," and _PART_OF.match(text, start) is not None)
            )
        )
        if c_end <= start and not part:
            continue
        # The figure's number inside the content; its casualty word may run a word past
        # it ("referred to more than 20 | injured" when the parse stops at the number), or
        # a short phrase past it in the same sentence ("that only one child survived |,
        # badly injured" when the parse hangs "injured" on the reporting verb).
        over = text[c_end:end]
        near = (
            part
            or len(over) <= _FIGURE_OVERHANG
            or (len(over) <= 30 and over.startswith(",") and not _BREAK.search(over))
        )
        if near and (c_end - c_start, i) < best:
            best = (c_end - c_start, i)
    return groups[best[1]] if best[1] < len(groups) else _opened_on_cue(groups, start, end)


def _figure_group(
    doc: Doc, groups: list[list[Attribution]], contents: _Spans, fig: FigureMention, text: str
) -> list[Attribution]:
    """The statement that holds a figure (``_covering_group``); none when the figure reaches
    its verb only through a circumstance ("charged two men after a robbery in which ...":
    the writer's; ``speaker_verbs``)."""
    start, end = fig.evidence.start, fig.evidence.end
    group = _covering_group(groups, contents, start, end, text)
    return [] if group and circumstance_only(doc, group[0], start, end) else group


# Cue verbs whose object is the dead ("mourned her husband", "buried my two sons").
_MOURNING = re.compile(r"(?i)mourn|griev|lament|eulog|buri|bury")


def _opened_on_cue(groups: list[list[Attribution]], start: int, end: int) -> list[Attribution]:
    """The statement whose cue verb a figure's evidence opens on and runs into the content
    right after it ("Samia Odeh mourned | her husband and their two children")."""
    for group in groups:
        cue, content = group[0].cue, group[0].content
        if (
            cue is not None
            and _MOURNING.match(cue.text)
            and cue.start <= start < cue.end
            and 0 <= content.start - cue.end <= 1
            and content.start < end <= content.end
        ):
            return group
    return []


def _nested_in_other(
    group: list[Attribution], groups: list[list[Attribution]], contents: _Spans
) -> bool:
    """Whether a statement is reported inside another statement's content."""
    content = group[0].content
    for o_start, o_end, i in contents.starting_in(
        content.start - contents.longest, content.start + 1
    ):
        if groups[i] is group or (o_start, o_end) == (content.start, content.end):
            continue
        if o_start <= content.start and content.end <= o_end:
            return True
    return False


def _author_assertions(
    doc: Doc,
    doc_id: str,
    text: str,
    figures: list[FigureMention],
    attributions: list[Attribution],
    segments: list[Segment],
) -> list[tuple[int, Claim]]:
    """The author's sentences that assert a number other than a casualty count."""
    taken: list[tuple[int, int]] = []
    for att in attributions:
        taken.append((att.content.start, att.content.end))
        if att.cue is not None:
            taken.append((att.cue.start, att.cue.end))
        if att.source.evidence is not None:
            taken.append((att.source.evidence.start, att.source.evidence.end))
    taken.extend((s.start, s.end) for s in segments if s.kind == "quote")
    taken_spans = _Spans(taken)
    fig_spans = _Spans((f.evidence.start, f.evidence.end) for f in figures)
    out: list[tuple[int, Claim]] = []
    seen: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in _NON_FIGURE_ENTS or ent.text.lower() in ("one", "a", "an"):
            continue
        if ent.label_ == "QUANTITY" and _DISTANCE.search(ent.text):
            continue
        if fig_spans.overlaps(ent.start_char, ent.end_char):
            continue
        sent = sentence_of(ent.root)
        if sent.start_char in seen:
            continue
        start, end = trim(text, sent.start_char, sent.end_char)
        start, end = start, max(end, start)
        if taken_spans.overlaps(start, end):
            continue
        seen.add(sent.start_char)
        sentence = text[start:end]
        # Keep the terminal period: the statement reads as a sentence.
        if end < len(text) and text[end] in ".!?":
            end += 1
            sentence = text[start:end]
        out.append(
            (
                start,
                Claim(
                    figure=None,
                    statement=sentence,
                    low=None,
                    high=None,
                    qualifier=None,
                    source=AUTHOR,
                    hedged=is_hedged(sentence),
                    evidence=Evidence(start, end, sentence, doc_id, EXTRACTOR, 0.7),
                ),
            )
        )
    return out
