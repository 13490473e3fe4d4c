"""Builders shared by the reconcile tests: claims of one figure, sentences per line, dates."""

from __future__ import annotations

from claimledger.records import Claim, DateMention, Evidence, Source


def killed_claim(
    low: int,
    victims: str | None = None,
    name: str = "author",
    kind: str = "author",
    hedged: bool = False,
) -> Claim:
    """An exact "killed" claim of ``low`` by the source ``name`` of ``kind``."""
    return killed_range(low, low, "exact", name, kind, hedged, victims)


def killed_range(
    low: int | None,
    high: int | None,
    qualifier: str,
    name: str = "author",
    kind: str = "author",
    hedged: bool = False,
    victims: str | None = None,
) -> Claim:
    """A "killed" claim of ``low``..``high`` with its qualifier ("more_than", "vague")."""
    return Claim(
        figure="killed",
        statement="",
        low=low,
        high=high,
        qualifier=qualifier,
        source=Source(name, kind),
        hedged=hedged,
        evidence=Evidence(0, 1, "x"),
        victims=victims,
    )


def line_sentences(text: str) -> list[tuple[int, int]]:
    """One sentence per line (no spaCy)."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def dated(text: str, value: str, words: str) -> DateMention:
    """A day-precise mention of ``value`` on the first occurrence of ``words``."""
    start = text.index(words)
    return DateMention(value, "day", Evidence(start, start + len(words), words), relative=True)


def operation_starts(text: str, width: int) -> list[str]:
    """The first ``width`` characters of each operation of a text, one sentence per line."""
    from claimledger.reconcile.operations import operation_spans

    return [text[s:e][:width] for [(s, e)] in operation_spans(text, line_sentences(text))]


def per_incident(text: str, published: str | None = None) -> list[dict[str, object]]:
    """Each incident of the analysed text as its date and its estimates' best figures."""
    from claimledger import analyze

    doc = analyze(text, published=published)
    return [
        {"date": inc.date.value if inc.date else None}
        | {k: v.best for k, v in inc.estimates.items()}
        for inc in doc.incidents
    ]
