"""A document passed on, its text after a colon: "X's Telegram account relayed a statement by
the Y hospital: 17 wounded were admitted ...", "The Z family's page published the names of the
dead: A, B and C". The verb (relay, share, publish, post, forward, ...) says nothing itself;
what follows the colon is the document's: its owner's ("a statement by Y", "from Y", "Y's
statement"), the one passing it on relaying (``via``), else the one who published it.
Read by the parse: the verb's direct object is a document noun (``heads.DOCUMENT_NOUNS``, or
a list of names), and a colon closes the object's phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.heads import DOCUMENT_NOUNS, document_owner, np_text
from claimledger.attribute.spans import Found, np_range, sentence_of, trim
from claimledger.attribute.spans import doc_text as _doc_text

__all__ = ["PASSING_VERBS", "passing_lemma", "relayed_document"]

# Verbs that pass a document on without saying anything of their own ("the site carried a
# statement from X:", "the TV aired a statement by Y:", as a paper runs a story).
PASSING_VERBS = frozenset(
    {
        "relay",
        "share",
        "publish",
        "post",
        "forward",
        "circulate",
        "repost",
        "retweet",
        "release",
        "issue",
        "carry",
        "run",
        "air",
        "broadcast",
    }
)
# Objects that are documents for these verbs besides the document nouns: a list of names.
_LISTS = frozenset({"name", "list"})
_POSTS = frozenset({"post", "tweet", "retweet", "repost", "message"})


def passing_lemma(tok: Token, verbs: frozenset[str] = PASSING_VERBS) -> str:
    """The lemma of a verb, with the lemmatiser's stray "e" of an "-ed"/"-ing" form undone when
    that gives one of ``verbs`` ("reposted", "retweeting" -> "reposte", "retweete")."""
    lemma = tok.lemma_.lower()
    if lemma.endswith("e") and lemma not in verbs and lemma[:-1] in verbs:
        return lemma[:-1]
    return lemma


def relayed_document(doc: Doc, verb: Token) -> Found | None:
    """The statement of a document a verb passes on, its text after a colon (module doc)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    subs = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not objs or not subs:
        return None
    obj = objs[0]
    if obj.lemma_.lower() not in DOCUMENT_NOUNS | _LISTS and obj.lower_ not in DOCUMENT_NOUNS:
        return None
    colon = _colon_after(doc, verb, obj)
    if colon is None:
        return None
    last = sentence_of(verb).end - 1
    while last > colon.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= colon.i:
        return None
    text = _doc_text(doc)
    # "the names of the dead: A, B": the count of the list is read with its lead, keep it in
    said = obj.left_edge.idx if obj.lemma_.lower() in _LISTS else doc[colon.i + 1].idx
    content = trim(text, said, doc[last].idx + len(doc[last].text))
    # a list's "of the dead" names whom it lists, not its owner
    owner = document_owner(obj) if obj.lemma_.lower() not in _LISTS else None
    if owner is not None and owner.i == subs[0].i:
        owner = None  # ("X issued a statement": the subject, read as the owner)
    owner = owner or _by_after(verb, obj)
    speaker = owner if owner is not None else subs[0]
    start, end = np_range(speaker, full=True)
    if start < verb.i < end:
        end = verb.i  # the parse hung the verb inside the subject's phrase
    return Found(
        sources=[(start, end)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sentence_of(verb).start_char,
        context=doc[speaker.left_edge.i : speaker.right_edge.i + 1].text,
        via=np_text(subs[0]) if owner is not None else None,
        # a post's owner is a poster, unless a role before the name says who ("the resident X")
        social=obj.lemma_.lower() in _POSTS and not _role_before(speaker),
    )


def _role_before(name: Token) -> bool:
    """A common noun before a proper name in its phrase: "the resident Omar Saleh" (the
    parse makes either word the head)."""
    if name.pos_ == "NOUN":
        return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in name.rights)
    return name.pos_ == "PROPN" and any(
        t.pos_ == "NOUN" and t.is_lower for t in name.lefts if t.dep_ in ("compound", "amod")
    )


def _by_after(verb: Token, obj: Token) -> Token | None:
    """ "forwarded a statement | by the X office": the owner the parse hung on the verb, right
    after the object."""
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i == obj.right_edge.i + 1:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _colon_after(doc: Doc, verb: Token, obj: Token) -> Token | None:
    """The colon closing the object's phrase ("a statement by the X hospital:", "the names of
    the dead:"; at most eight tokens after the object, a possessive's mark one of them: "by
    the X Teachers' Union:", no verb between), or None."""
    end = min(obj.i + 9, sentence_of(verb).end)
    for tok in doc[obj.i + 1 : end]:
        if tok.text == ":":
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";"):
            return None
    return None
