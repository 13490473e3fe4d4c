"""The text of a parsed document is joined once and shared by every stage (``nlp/text.py``)."""

from __future__ import annotations

from claimledger.attribute.spans import doc_text as attribute_doc_text
from claimledger.nlp.text import TEXT_KEY, doc_text


def test_doc_text_is_the_docs_text_and_cached(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two guards were killed at the Orvel depot.\n\nPolice arrested three men.")
    assert TEXT_KEY not in doc.user_data
    text = doc_text(doc)
    assert text == doc.text
    assert doc.user_data[TEXT_KEY] is text
    assert doc_text(doc) is text  # (the second call joins nothing)
    assert attribute_doc_text(doc) is text  # one cache for every stage
