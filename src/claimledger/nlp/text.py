"""The text of a parsed document, joined once.

``Doc.text`` joins every token's text anew on each access (about a microsecond per
token); the pipeline's stages each need the whole string, so it is cached in the Doc's
``user_data`` the first time any stage asks. A Doc is not changed after parsing (long
texts are joined by ``Doc.from_docs`` before any stage runs), so the cache stays true.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Where the joined text is cached inside the Doc.
TEXT_KEY = "cl_text"


def doc_text(doc: Doc) -> str:
    """The document text, built once: ``Doc.text`` re-joins every token on each access."""
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text
