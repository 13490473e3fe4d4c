"""Stores for the serve tests: the hand-made corpus, and one of hostile documents.

The hostile documents carry script in every field that reaches the page: the
text, title, id, source, URL, a claim's source name and evidence, the place
and actor names and a date warning. A page that executes any of them sets
``window.__pwned``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimledger.options import Options
from claimledger.records import (
    Actor,
    Claim,
    DateWarning,
    Document,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
    Segment,
    Source,
)

PAYLOADS = (
    '<script>window.__pwned="script"</script>',
    "<img src=x onerror=\"window.__pwned='onerror'\">",
    'javascript:window.__pwned="js-url"',
    "<svg onload=\"window.__pwned='svg'\"><script>window.__pwned='svg-script'</script></svg>",
    '"><iframe src="javascript:top.__pwned=1"></iframe><a href="javascript:top.__pwned=2">x</a>',
)


def _hostile_raws() -> list[RawDocument]:
    out = []
    for i, payload in enumerate(PAYLOADS):
        text = f"{payload} Officials said {i + 3} people were killed in {payload}. {payload}"
        out.append(
            RawDocument(
                id=f"{payload}-{i}",
                text=text,
                title=f"Title {payload}",
                published=f"2024-05-{i + 1:02d}",
                url=payload if payload.startswith("javascript:") else f"javascript:{payload}",
                source=f"Outlet {payload}",
            )
        )
    return out


def _ev(text: str, part: str, doc_id: str) -> Evidence:
    start = text.index(part)
    return Evidence(start, start + len(part), part, doc_id, "test", 1.0)


def hostile_analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    """A reading that puts each document's payload into every field."""
    docs = []
    for raw in raws:
        payload = next(p for p in PAYLOADS if raw.id.startswith(p))
        count = int(raw.text.split(" said ")[1].split()[0])
        figure_text = f"{count} people were killed"
        claim = Claim(
            figure="killed",
            statement=figure_text,
            low=count,
            high=count,
            qualifier="exact",
            source=Source(f"Officials {payload}", "official", via=f"Wire {payload}"),
            hedged=False,
            evidence=_ev(raw.text, figure_text, raw.id),
        )
        loc = Location(payload, payload, payload, 33.3, 44.4, None, None, None, "IQ")
        incident = Incident(
            id=f"{raw.id}#1",
            event_type=payload,
            sub_event_type=payload,
            date=IncidentDate(raw.published or "2024-05-01", "day", 0.9),
            location=loc,
            actors=(Actor(payload, "perpetrator"),),
            claims=(claim,),
        )
        docs.append(
            Document(
                id=raw.id,
                text=raw.text,
                stated_date=raw.published,
                date_warnings=(DateWarning(f"warning {payload}"),),
                segments=(
                    Segment(0, len(payload), "opinion", loaded_terms=(payload,)),
                    Segment(len(payload), len(raw.text), "reporting"),
                ),
                incidents=(incident,),
                title=raw.title,
                url=raw.url,
                source=raw.source,
                stated_date_source="given",
            )
        )
    return docs


def build_hostile_store(path: Path) -> Any:
    """A store of the hostile documents (returns the open Store)."""
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.store import Store

    store = Store.open(path)
    ingest_documents(_hostile_raws(), store, Options(), analyzer=hostile_analyzer)
    return store
