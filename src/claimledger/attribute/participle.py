"""A speaker whose verb the parse hung on it as a participle.

"Fadi's sister, Nour Amer, posted on Facebook: "My brother Fadi is a martyr."": the
parse reads "posted" as a participle modifying "sister" (``acl``) and leaves the
sentence's quoted words to another verb, so no statement is found and the figure in the
quote goes to whoever spoke before. When such a participle of posting or writing is
followed by a colon, the noun it hangs on (with its apposition) is the speaker and what
follows the colon is what it says. Without a colon, a participle of posting whose own
words go on ("posted to Facebook mourning the loss of Y and reporting that ...") says
them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.heads import is_post
from claimledger.attribute.sources import PLATFORM_NAMES
from claimledger.attribute.spans import Found, doc_text, trim

_POST_LEMMAS = frozenset({"post", "write", "tweet", "share", "publish", "comment", "say"})
_WRITE_LEMMAS = frozenset({"post", "tweet", "write", "share"})
# What is posted rather than who posts: "A video posted on Telegram: ...".
_MEDIA_NOUNS = frozenset(
    "video footage photo picture image clip post tweet message statement recording".split()  # noqa: SIM905
)


def participle_speaker(doc: Doc, verb: Token) -> Found | None:
    """The statement of "<noun>, <name>, posted on Facebook: ..." (module doc), else None."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.lemma_.lower() not in _POST_LEMMAS
        or verb.tag_ not in ("VBN", "VBD")
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i > verb.i
        or head.lemma_.lower() in _MEDIA_NOUNS
    ):
        return None
    text = doc_text(doc)
    colon = verb.right_edge.i + 1
    if colon + 1 < len(doc) and doc[colon].text == ":":
        sent_end = doc[colon].sent.end_char
        content = trim(text, doc[colon].idx + 1, max(sent_end, doc[colon + 1].idx + 1))
    elif verb.lemma_.lower() in _WRITE_LEMMAS and any(
        t.tag_ == "VBG" or t.dep_ == "ccomp" for t in verb.subtree
    ):
        # "A colleague, X, posted to Facebook mourning the loss of Y and reporting that ..."
        content = trim(text, verb.idx + len(verb.text), verb.right_edge.idx + len(verb.right_edge))
    else:
        return None
    start, end = head.left_edge.i, verb.left_edge.i
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end <= start:
        return None
    platform = any(t.lower_ in PLATFORM_NAMES for t in verb.subtree)
    return Found(
        sources=[(start, end)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=doc[start].sent.start_char,
        context=doc[start:end].text,
        social=platform or verb.lemma_.lower() == "tweet" or is_post(head),
    )
