"""The words of a parsed document, read once for the number readers' per-token passes.

Several readers of ``figures`` look at every token of every sentence (the trigger gate,
the number expressions, the victim phrases' gate) for its lowercase form, lemma or
number-likeness only. Making a Python ``Token`` for each costs more than the test: the
three columns are read as arrays (``Doc.to_array``) the first time any reader asks and
cached in the Doc's ``user_data`` (as ``nlp.text`` caches the text). A Doc is not changed
after parsing, so the cache stays true.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LIKE_NUM, LOWER
from spacy.tokens import Doc

__all__ = ["Words", "doc_words"]

# Where the words are cached inside the Doc.
WORDS_KEY = "cl_num_words"

# Per token: ``Token.lower_``, ``Token.lemma_``, ``Token.like_num``.
Words = tuple[list[str], list[str], list[bool]]


def doc_words(doc: Doc) -> Words:
    """Each token's lowercase form, lemma and number-likeness, read once per Doc."""
    cached = doc.user_data.get(WORDS_KEY)
    if isinstance(cached, tuple):
        return cached
    if len(doc):
        strings = doc.vocab.strings
        lowers, lemmas, likes = doc.to_array([LOWER, LEMMA, LIKE_NUM]).T.tolist()
        words: Words = (
            [strings[h] for h in lowers],
            [strings[h] for h in lemmas],
            [bool(x) for x in likes],
        )
    else:
        words = ([], [], [])
    doc.user_data[WORDS_KEY] = words
    return words
