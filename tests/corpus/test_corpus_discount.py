"""The corpus incident's grade discounts as the document's does (thirty-fourth session):
those harmed described as combatants discount it only when no claim says a civilian was
harmed. Before, the corpus level passed no claims and discounted a strike whose residents
said a farmer and his son were also killed. Invented texts; the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from claimledger.corpus import summary as corpus
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.store import Store

FIGHTERS = (
    "An air strike on a compound near Harsel on 3 May 2026 killed four militants, the army said. "
    "The dead were all fighters of the Harsel Front, according to the army."
)
CIVILIANS_TOO = (
    FIGHTERS + " A farmer and his son were also killed in the strike, residents told Harsel FM "
    "and the Tarrow Observer."
)


def _grade(path: Path, text: str) -> str | None:
    store = Store.open(path)
    try:
        raw = RawDocument(id="harsel-1", text=text, published="2026-05-04")
        ingest_documents([raw], store, Options())
        (cid,) = store.corpus_incident_ids()
        inc = corpus.get_incident(store, int(cid))
        assert inc is not None
        return inc.grade
    finally:
        store.close()


def test_combatants_alone_are_discounted_at_the_corpus_level(tmp_path: Path) -> None:
    assert _grade(tmp_path / "a.db", FIGHTERS) == "discounted"


def test_combatants_beside_civilians_harmed_are_not_discounted(tmp_path: Path) -> None:
    # weak, as the document grade reads it: "residents" (and the outlets they told) are no
    # source at either level (thirty-fifth session: the corpus had counted them, "fair")
    assert _grade(tmp_path / "b.db", CIVILIANS_TOO) == "weak"
