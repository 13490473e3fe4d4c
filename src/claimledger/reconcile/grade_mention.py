"""A source named in the text (``grade_sources`` reads who reports; this module reads what a
word names): its words, its head, whether it is a definite description that may refer back
("the channel"), sources counted but not named ("two news agencies"), and one plural noun
with coordinated modifiers naming several ("pro-government and opposition outlets")."""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.attribute.sources import source_kind
from claimledger.reconcile.grade_source_words import (
    DEFINITE,
    LISTING,
    NO_SOURCE,
    NUMBERS,
    SOURCE_NOUNS,
    THINGS,
    WHO_REPORTS,
)
from claimledger.reconcile.grade_tokens import Tok


@dataclass(frozen=True)
class Mention:
    """A source named in the text: its words, head lemma and whether it is a definite
    description with no name ("the channel") that may refer back."""

    name: str
    head: str
    definite: bool
    interviewed: bool = False  # the one an outlet interviewed or quoted ("a nurse interviewed by")

    @property
    def kind(self) -> str:
        """Its kind, as the claims' sources get theirs (the lexicon: attribute.sources.
        source_kind); read only for the sources the grade keeps."""
        return source_kind(self.name)


# Focus words before a name, no part of it.
_FOCUS = frozenset({"only", "just", "solely", "exclusively", "even", "also", "alone"})


def name_words(tok: Tok) -> list[Tok]:
    """The words of a source's name: its left modifiers, itself, "of" / "for" phrases."""
    left = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("punct", "cc", "preconj")]
    # not a word that says it is alone or one more ("Only the Sentinel", "even the army")
    left = [c for c in left if not (c.dep_ == "advmod" and c.lower_ in _FOCUS)]
    # not a count before a bracket: "four (Zalin Radio)" names Zalin Radio
    marks = [w for w in tok.sent[: tok.i] if w.text in ("(", ")")]
    if marks and marks[-1].text == "(":
        left = [c for c in left if c.i > marks[-1].i or c.dep_ != "nummod"]
    words = [w for c in left for w in c.subtree if w.dep_ != "punct"]
    right = [
        w
        for c in tok.children
        if c.i > tok.i
        and (
            (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            or (c.dep_ == "acl" and c.lemma_.lower() in ("identify", "name", "call"))
            or (c.dep_ == "nummod" and tok.pos_ == "PROPN")  # "Bosk 24"
        )
        for w in c.subtree
    ]
    # not a second "by" the parser coordinated with the "for" ("by the Tessar Observatory for
    # Human Rights and by Orvin Radio"): another source (grade_lists.broken_list)
    second = [c for c in right if c.dep_ == "conj" and c.pos_ == "ADP"]
    cut = {w.i for c in second for w in c.subtree}
    cut |= {d.i for c in second for d in c.head.children if d.dep_ == "cc" and d.i < c.i}
    return sorted([*words, tok, *(w for w in right if w.i not in cut)], key=lambda t: t.i)


# Nouns of origins that may be counted: sources, and outlets ("two international news
# agencies", "three local stations"; the names ``grade._SEVERAL`` counts as several).
_COUNTED = frozenset(
    {"source", "outlet", "agency", "channel", "station", "newspaper", "paper", "website",
     "broadcaster", "network"}
)  # fmt: skip


def _counted(tok: Tok) -> Mention | None:
    """Sources counted, not named ("came from at least three sources", "two news agencies"):
    several origins."""
    if tok.lemma_.lower() not in _COUNTED or not tok.lower_.endswith("s"):
        return None
    many = [
        c
        for c in tok.children
        if c.dep_ == "nummod" and (c.lower_ in NUMBERS or c.lower_.isdigit())
    ]
    if not many or (many[0].lower_.isdecimal() and int(many[0].lower_) < 2):
        return None
    return Mention(" ".join(w.text for w in name_words(tok)), "source", False)


def _appos_name(tok: Tok) -> Tok | None:
    """The name in apposition that names a source ("one outlet, Dalat FM"); not a name listed
    after a name ("by Vell Today, Ostra FM and ...")."""
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None and not (tok.pos_ == "PROPN" and appos.conjuncts):
        return appos
    return None


def _nominal(tok: Tok) -> bool:
    """A noun, or a word the tagger calls an adjective but a determiner or an owner makes a
    noun phrase's head ("The Tavrik fishermen's cooperative and the coast guard both gave")."""
    if tok.pos_ in ("PROPN", "NOUN"):
        return True
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("nsubj", "conj", "pobj")
        and any(c.dep_ in ("det", "poss") for c in tok.children)
    )


def mention(tok: Tok, speaker: bool = False) -> Mention | None:
    """The source a word names, if it names someone who reports ("one outlet, Dalat FM": the
    name in apposition); ``speaker``: the subject of a verb of speech, where any noun but a
    thing's names a source ("an imam described the attack")."""
    tok = _appos_name(tok) or tok
    counted = _counted(tok)
    if counted is not None:
        return counted
    lemma = tok.lemma_.lower()
    if tok.lower_ == "media" and _coordinated(tok):  # "local and national media" (lemma medium)
        lemma = "media"
    if any(c.lower_ == "whose" for c in tok.children):  # "one local page, whose administrator"
        return None
    if tok.pos_ == "PRON" or tok.lower_ in NO_SOURCE or lemma in NO_SOURCE:
        return None
    if not _nominal(tok) and lemma not in SOURCE_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return None
    words = name_words(tok)
    named = any(w.pos_ == "PROPN" for w in words)
    if not named and lemma not in WHO_REPORTS and (not speaker or lemma in THINGS):
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    definite = not named and bool(dets) and dets[0] in DEFINITE
    name = " ".join(w.text for w in words if w.lower_ not in LISTING).replace(" 's", "'s")
    return Mention(name, lemma, definite)


def _coordinated(tok: Tok) -> list[Tok]:
    """A plural noun's coordinated modifiers ("pro-government and opposition outlets": two)."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    listed = [
        m for c in mods for m in (c, *c.conjuncts) if any(d.dep_ == "conj" for d in c.children)
    ]
    return listed if len(listed) >= 2 else []


def _capital(w: Tok) -> bool:
    """A word of a name: a proper noun, or a capitalised word the tagger calls a common noun
    ("Kest TV", "Orla News")."""
    return w.pos_ == "PROPN" or (w.pos_ == "NOUN" and w.text[:1].isupper() and w.i > 0)


def _split_names(tok: Tok, mention: Mention) -> list[Mention]:
    """Two names the parser joined into one ("The Pell Herald and Kemar TV": "Pell Herald", an
    ``nmod`` of "TV" with "Kemar" its conjunct): the first name, then the conjunct with the
    head's own words."""
    first = next(
        (
            c
            for c in tok.children
            if c.i < tok.i
            and c.dep_ in ("nmod", "compound")
            and c.pos_ == "PROPN"
            and any(d.dep_ == "cc" and d.lower_ == "and" for d in c.children)
        ),
        None,
    )
    if first is None:
        return [mention]
    cc = next(d for d in first.children if d.dep_ == "cc" and d.lower_ == "and")
    # "the Orsk Tribune and Radio Vell": "Radio" may hang on "Vell", not on "Tribune"
    one = [w for w in first.subtree if w.i < cc.i]
    two = [w for w in tok.subtree if cc.i < w.i <= tok.i and w.dep_ != "cc"]
    if len(one) < 2 or len(two) < 2 or not all(map(_capital, two)):
        return [mention]
    return [Mention(" ".join(w.text for w in words), mention.head, False) for words in (one, two)]


def split_mention(tok: Tok, mention: Mention | None) -> list[Mention]:
    """Sources named by one plural noun with coordinated modifiers ("pro-government and
    opposition outlets alike reported"): one per modifier."""
    plural = tok.lower_.endswith("s") or tok.lower_ == "media"
    if mention is not None and _capital(tok):  # "The Pell Herald and Kemar TV"
        return _split_names(tok, mention)
    named = _appos_name(tok)  # "two regional channels, Tevo Online and Radio Corra"
    if mention is not None and named is not None:
        return _split_names(named, mention)
    if mention is None or tok.pos_ != "NOUN" or not plural:
        return [mention] if mention else []
    listed = _coordinated(tok)
    if not listed:
        return [mention]
    return [Mention(f"{m.text} {tok.text}", mention.head, False) for m in listed]
