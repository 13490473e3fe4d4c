"""One reader of claims for the tests: the fields a test compares, from ``analyze``'s output.

A test file that asserts on claims names the fields it compares once::

    _claims = claims_reader("figure", "low", "name", "kind", "via")
    assert ("killed", 4, "the Veld Post", "media", None) in _claims(text)

and gets one tuple per figure claim (every claim with ``figures_only=False``), in the
order of the document's incidents and their claims. Fields: those of ``FIELDS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from claimledger import analyze
from claimledger.attribute import attribute_claims, find_attributions
from claimledger.records import Claim, Document, FigureMention, Segment

Row = tuple[Any, ...]

FIELDS: dict[str, Callable[[Claim], Any]] = {
    "figure": lambda c: c.figure,
    "low": lambda c: c.low,
    "high": lambda c: c.high,
    "qualifier": lambda c: c.qualifier,
    "statement": lambda c: c.statement,
    "hedged": lambda c: c.hedged,
    "name": lambda c: c.source.name,
    "kind": lambda c: c.source.kind,
    "via": lambda c: c.source.via,
    "start": lambda c: c.evidence.start,
    "end": lambda c: c.evidence.end,
    "text": lambda c: c.evidence.text,
}


def claim_rows(doc: Document, fields: Sequence[str], *, figures_only: bool = True) -> list[Row]:
    """The fields of a document's claims, one tuple per claim (figure claims only unless
    ``figures_only`` is False)."""
    getters = [FIELDS[f] for f in fields]
    return [
        tuple(get(c) for get in getters)
        for inc in doc.incidents
        for c in inc.claims
        if c.figure is not None or not figures_only
    ]


def claims_reader(
    *fields: str, published: str | None = None, figures_only: bool = True
) -> Callable[[str], list[Row]]:
    """A test file's ``_claims(text)``: the text analysed (dated ``published``), the fields of
    its claims (``claim_rows``)."""
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise KeyError(f"no claim field {unknown}; known: {sorted(FIELDS)}")

    def read(text: str) -> list[Row]:
        return claim_rows(analyze(text, published), fields, figures_only=figures_only)

    return read


def sorted_rows(rows: Iterable[Row]) -> list[Row]:
    """Rows in a fixed order, a missing value (None) before any other in its column."""
    return sorted(rows, key=lambda row: tuple((v is not None, v) for v in row))


def claims_of_figures(
    nlp: Any, text: str, figures: list[FigureMention], segments: Sequence[Segment] = ()
) -> list[Claim]:
    """The claims the attribution stage makes of given figures in a text (no other stage
    runs): its rule-based attributions, as ``attribute_claims`` takes them."""
    doc = nlp(text)
    return attribute_claims(doc, "t", figures, find_attributions(doc, "t"), list(segments))
