"""Whether an official's kind comes from the lexicon, not from the fallback for unknown names.

A speaker posting on a platform is a poster (``social_media``) unless the lexicon says who it
is: an authority by a word of its name ("the Orsk police"), by its name's head noun (the heads
table: "the Orsk Health Directorate"), or by the role said of a person ("the head of the X
district administration, Ivan Pell, said on Telegram"; ``resolve``).
"""

from __future__ import annotations

from claimledger.attribute.sources import head_word, load_lexicon, named_official


def lexicon_official(name: str) -> bool:
    """Whether the lexicon gives ``name`` the ``official`` kind by a word or by its head noun
    (``sources.head_word``, as the source lexicon reads it)."""
    head = head_word(name)
    return named_official(name) or (
        head is not None and load_lexicon().heads.get(head) == "official"
    )
