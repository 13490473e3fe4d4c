"""Attribution (stage 4): spaCy ``Doc`` + mentions -> ``Attribution`` and ``Claim`` records.

``find_attributions(doc, doc_id)`` finds every reported statement: who speaks
(``Source``), the cue ("said", "according to", "told", "in a statement") and
what is reported (the content span). It reads the dependency parse once:
the subject of a reporting verb, the object of "according to", the clausal
complement, quote marks for direct speech and multi-sentence quotes, pronoun
sources resolved to the latest compatible named source.

``attribute_claims(doc, doc_id, figures, attributions, segments)`` gives one
``Claim`` per figure (to the source whose content covers it, else to the
author), plus assertion claims: statements without figures, and the author's
quantitative sentences that are not casualty counts.

This module is the driver: it walks the tokens once and hands each cue to
its rule. The rules live in ``verbs`` (reporting verbs: subject, content,
cue, relay), ``cues`` ("according to", document verbs, posts, colon
headlines) and ``heads`` (who really speaks); ``sources`` holds the lexicon,
kinds and hedges, ``quotes`` the quote spans, ``resolve`` the naming of
sources and pronouns, ``claims`` the claims. spaCy objects stay inside these
modules: only frozen records from ``records`` leave them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.cited import heard_from

# The claim builder lives in its own module (size); it is part of this stage's API.
from claimledger.attribute.claims import attribute_claims
from claimledger.attribute.clause_relay import with_relayed_clauses
from claimledger.attribute.content_cuts import (
    around_parenthetical_cue,
    cut_at_glued_sentence,
    cut_at_headline_break,
    run_on_conjunct,
)
from claimledger.attribute.cues import (
    COUNT_VERBS,
    DOCUMENT_VERBS,
    TOLL_VERBS,
    according_to,
    claim_noun,
    colon_headlines,
    count_statement,
    from_document_verb,
    in_a_post,
    in_someones_view,
    per_source,
    toll_statement,
)
from claimledger.attribute.header_relay import with_header_relays
from claimledger.attribute.header_speaker import speaker_after_header
from claimledger.attribute.heads import DOCUMENT_NOUNS
from claimledger.attribute.identified import IDENTIFY_VERBS, identified_by
from claimledger.attribute.noun_cue import cue_read_as_noun
from claimledger.attribute.noun_verb import verb_read_as_noun
from claimledger.attribute.participle import participle_speaker
from claimledger.attribute.quotes import find_quotes
from claimledger.attribute.relayed_doc import PASSING_VERBS, passing_lemma, relayed_document
from claimledger.attribute.resolve import (
    dedupe,
    orphan_quotes,
    resolve_sources,
    stretch_to_quote,
)
from claimledger.attribute.sources import CUE_VERBS, STANCE_VERBS, is_hedged, source_kind
from claimledger.attribute.spans import Found, doc_text, sentence_of, tok_span
from claimledger.attribute.trailing import split_at_semicolons, trailing_list
from claimledger.attribute.trailing_speaker import repair as closing_speaker
from claimledger.attribute.verbs import MOURN_VERBS, from_verb
from claimledger.records import Attribution

__all__ = ["attribute_claims", "find_attributions", "is_hedged", "source_kind"]


def find_attributions(doc: Doc, doc_id: str) -> list[Attribution]:
    """Every reported statement of a parsed document.

    Args:
        doc: the spaCy parse of the document text.
        doc_id: the id carried into every evidence span.

    Returns:
        Attributions in text order. Coordinated sources ("the army and the
        police said") give one Attribution each, sharing cue and content.
        Pronoun sources ("it said") carry the resolved name in ``source.name``
        and the pronoun itself in ``source.evidence``.
    """
    text = doc_text(doc)
    quotes = find_quotes(text)
    found: list[Found] = []
    for tok in doc:
        # "X relayed a statement by Y: ...": the document's text first, then the cue's reading
        passing = tok.pos_ == "VERB" and passing_lemma(tok) in PASSING_VERBS
        item = (relayed_document(doc, tok) if passing else None) or _cue_reading(doc, tok, quotes)
        if item is not None:
            found.append(item)
    headers = colon_headlines(doc, text)
    found.extend(headers)
    # "Channel admin: our sources in X report ...": the speaker the glued header hid
    found.extend(s for h in headers if (s := speaker_after_header(doc, text, h, found)))
    found = dedupe(with_header_relays(doc, with_relayed_clauses(doc, found)))
    split_at_semicolons(doc, found)
    found = [item for item in found if cut_at_glued_sentence(text, item)]
    for item in found:
        stretch_to_quote(item, quotes)
        cut_at_headline_break(text, item)
        run_on_conjunct(doc, item)  # "says 40 were injured and | 8 killed"
        around_parenthetical_cue(doc, item)  # "A, he said, and B": A and B are his
    found.extend(orphan_quotes(text, found, quotes))
    found.sort(key=lambda f: (f.content[0], f.cue or (0, 0)))
    return resolve_sources(doc, doc_id, found, quotes)


def _cue_reading(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """The statement a token cues, read by the rule for its word (verbs, "according to",
    document nouns), else by the readings of a verb the tagger made a noun."""
    item: Found | None = None
    # (each word's forms read once: a Token attribute is a string-store lookup per access)
    lower, lemma, pos = tok.lower_, tok.lemma_.lower(), tok.pos_
    if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        item = according_to(doc, tok)
    elif lower == "per":
        item = per_source(doc, tok)
    elif (lemma in CUE_VERBS or lemma in STANCE_VERBS) and pos in ("VERB", "AUX"):
        # "..., the Osk Post and Brill TV reported": a source list after its clause
        item = _from_cue_verb(doc, tok, quotes)
    elif lemma in MOURN_VERBS and pos == "VERB":
        item = from_verb(doc, tok, quotes)  # "X mourned the death of Y"
    elif lemma in DOCUMENT_VERBS and pos == "VERB":
        item = from_document_verb(doc, tok)
    elif lemma in TOLL_VERBS:
        item = toll_statement(doc, tok)
    elif lemma in COUNT_VERBS:
        item = count_statement(doc, tok)
    elif lemma in IDENTIFY_VERBS:
        item = identified_by(doc, tok)  # "identified by X as A and B"
    elif lower in DOCUMENT_NOUNS and tok.dep_ == "pobj":
        item = in_a_post(doc, tok)
    elif lower in ("hearing", "heard"):
        item = heard_from(doc, tok)  # "Hearing from doctors that ..."
    if item is None and (pos == "NOUN" or tok.tag_ == "VBZ"):  # "media claims"
        item = (
            in_someones_view(doc, tok)
            or verb_read_as_noun(doc, tok, quotes)  # "the office claims nobody died"
            or claim_noun(doc, tok)
            or cue_read_as_noun(doc, tok)
        )
    return item


def _from_cue_verb(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """The statement of a reporting verb; near the sentence's end, the speaker closing the
    sentence when the parse read another one ("..., the Group's spokesman, X, said.")."""
    item = (
        trailing_list(doc, verb)  # "..., the Osk Post and Brill TV reported"
        or from_verb(doc, verb, quotes)
        or participle_speaker(doc, verb)  # "X's sister, Y, posted on Facebook: ..."
    )
    if verb.i + 8 >= sentence_of(verb).end:
        item = closing_speaker(doc, verb, item)
    return None if item is not None and _speaks_inside(doc, verb, item) else item


def _speaks_inside(doc: Doc, verb: Token, item: Found) -> bool:
    """Whether a verb with no subject of its own took one from inside what it says: no
    speaker, a misparse ("Posted on a group on Telegram: "They killed ...," X wrote": the
    subjectless "Posted" climbed to the quote's own "They"; the quote is X's, closed by its
    writer). A cited speaker inside the content ("X is reporting, citing Y, that ...") stays."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    start, end = item.content
    return bool(item.sources) and all(
        start <= tok_span(doc, s, e)[0] and tok_span(doc, s, e)[1] <= end for s, e in item.sources
    )
