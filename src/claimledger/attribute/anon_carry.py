"""Anonymity said of a speaker later holds for what that speaker said before.

``docs/claims-gold.md`` (*Anonymity*, twenty-fourth session): a source whose anonymity the text
states is ``anonymous``. The statement may come after the speaker's first claim: "A senior
security official told the paper that six gunmen were killed. 'We lost two men,' the official
said, speaking on condition of anonymity." Both claims are the anonymous official's. The later
statement is marked anonymous where it is read (``verbs``); this pass carries the mark back to
the earlier statements of the same speaker: the same resolved name ("he said, speaking
anonymously"), or an unnamed role whose head the later "the <head>" repeats. Runs only on a
text holding an anonymous statement.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.attribute.spans import Found

_KEEP = frozenset({"family", "author", "anonymous"})
_MAX_SENTS = 3  # how far back the same speaker is looked for


def carry_anonymity(doc: Doc, found: list[Found], sent_of: list[int]) -> None:
    """Mark anonymous the earlier statements of a speaker a later statement calls anonymous."""
    for k, later in enumerate(found):
        if not (later.anonymous and later.sources and later.names):
            continue
        s, e = later.sources[0]
        head = _definite_head(doc, s, e)
        for item in found[:k]:
            if not item.sources or sent_of[s] - sent_of[item.sources[0][0]] > _MAX_SENTS:
                continue
            for i, name in enumerate(item.names):
                if item.kinds[i] in _KEEP:
                    continue
                if name == later.names[0] or (head and _unnamed_role(name, head)):
                    item.kinds[i] = "anonymous"


def _definite_head(doc: Doc, s: int, e: int) -> str:
    """ "the official" -> "official"; "" for any other source phrase."""
    span = doc[s:e]
    if len(span) == 2 and span[0].lower_ == "the" and span[1].pos_ == "NOUN":
        return span[1].lower_
    return ""


def _unnamed_role(name: str, head: str) -> bool:
    """ "A senior security official" for head "official": an indefinite phrase ending on it."""
    words = name.lower().split()
    return len(words) >= 2 and words[0] in ("a", "an") and words[-1] == head
