"""Whether an official's kind comes from the lexicon, not from the fallback for unknown names.

A speaker posting on a platform is a poster (``social_media``) unless the lexicon says who it
is: an authority by a word of its name ("the Orsk police"), by its name's head noun (the heads
table: "the Orsk Health Directorate"), or by the role said of a person ("the head of the X
district administration, Ivan Pell, said on Telegram"; ``resolve``).
"""

from __future__ import annotations

import re

from claimledger.attribute.sources import load_lexicon, named_official

# The head noun of a name: its last word before "of", "at", a comma or a clause (as the
# source lexicon reads it: ``sources._head_word``).
_HEAD_STOP = re.compile(r",|\b(?:of|at|from|in|for|with|who|which|that|whose)\b", re.I)
_WORD = re.compile(r"[a-z][a-z0-9.-]*")


def lexicon_official(name: str) -> bool:
    """Whether the lexicon gives ``name`` the ``official`` kind by a word or by its head noun."""
    words = _WORD.findall(_HEAD_STOP.split(name, maxsplit=1)[0].lower())
    head = words[-1] if words else ""
    return named_official(name) or load_lexicon().heads.get(head) == "official"
