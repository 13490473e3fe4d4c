"""More features of a learned-attribution ``add`` candidate: how its source and its cue
are joined in the parse, and what the source and the cue's sentence are like.

Input: a parsed ``Doc``, a candidate's cue token and its source token range (or None).
Output: feature names that ``attribute/model.py`` adds to the candidate's own
(:func:`claimledger.attribute.model.features`) before hashing.

Added in the twelfth session, chosen by cross-validation on PolNeAR train
(``docs/models.md``):

* ``path``: the dependency path from the source's head up to the common ancestor
  and down to the cue ("nsubj|" for a plain subject, "nsubj|xcomp" for "X wants to
  say", "pobj^agent|" for a passive's agent), alone and crossed with the cue lemma
  and the candidate's reading;
* ``dist``: the cue's distance from the source head in tokens (5 buckets, before or
  after) and whether both stand in one sentence;
* ``ent``: the entity types in the source, the source head's tag, a pronoun's word
  or a name's shape, the cue lemma crossed with the source head's lemma;
* ``lex``: the cue lemma crossed with its tag, the complementiser of its clause
  ("that", none), whether it is its sentence's root, and its prepositions;
* ``sent``: the cue's place in its sentence (quarters) and the sentence's verbs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_MAX_UP = 9  # steps from the cue to the root considered
_MAX_PATH = 6  # steps from the source head to the common ancestor


def _ancestors(tok: Token) -> dict[int, int]:
    """Token index -> steps up from ``tok`` (itself 0), at most ``_MAX_UP`` steps."""
    out = {tok.i: 0}
    for k in range(1, _MAX_UP + 1):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out[tok.i] = k
    return out


def dependency_path(source: Token, cue: Token) -> str:
    """The dependencies from ``source`` up to its common ancestor with ``cue`` ("^"
    between steps), "|", then down to ``cue`` ("v" between steps); "far" or "none" when
    no ancestor is near."""
    above = _ancestors(cue)
    up: list[str] = []
    tok = source
    while tok.i not in above:
        if len(up) >= _MAX_PATH:
            return "far"
        if tok.head.i == tok.i:
            return "none"
        up.append(tok.dep_)
        tok = tok.head
    down: list[str] = []
    step = cue
    for _ in range(above[tok.i]):
        down.append(step.dep_)
        step = step.head
    return "^".join(up) + "|" + "v".join(reversed(down))


def _distance(source: Token, cue: Token) -> str:
    """Five buckets of the cue's distance after (or before) the source head."""
    d = cue.i - source.i
    if d < 0:
        return "neg"
    return "1" if d <= 1 else "2-3" if d <= 3 else "4-8" if d <= 8 else "far"


def source_features(doc: Doc, cue: Token, source: tuple[int, int], rule: str) -> list[str]:
    """The ``path``, ``dist`` and ``ent`` features of a candidate with a source."""
    lemma = cue.lemma_.lower()
    s, e = source
    root = doc[s:e].root
    path = dependency_path(root, cue)
    dist = _distance(root, cue)
    ents = "+".join(sorted({t.ent_type_ for t in doc[s:e] if t.ent_type_})) or "-"
    word = (
        f"e.s.lower={root.lower_}"
        if root.pos_ in ("PRON", "DET")
        else f"e.s.shape={root.shape_[:4]}"
    )
    return [
        f"e.path={path}",
        f"e.l+path={lemma}|{path}",
        f"e.rule+path={rule}|{path}",
        f"e.dist={dist}",
        f"e.rule+dist={rule}|{dist}",
        f"e.ssame={root.sent.start == cue.sent.start}",
        f"e.ents={ents}",
        f"e.rule+ents={rule}|{ents}",
        f"e.s.tag={root.tag_}",
        word,
        f"e.l+s.l={lemma}|{root.lemma_.lower()}",
    ]


def cue_features(cue: Token, rule: str) -> list[str]:
    """The ``lex`` and ``sent`` features of a candidate's cue."""
    lemma = cue.lemma_.lower()
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    mark = "-"
    if comp is not None:
        mark = next((c.lower_ for c in comp.children if c.dep_ == "mark"), "none")
    sent = cue.sent
    where = (cue.i - sent.start) * 4 // max(1, len(sent))
    verbs = sum(1 for t in sent if t.pos_ == "VERB")
    out = [
        f"e.l+t={lemma}|{cue.tag_}",
        f"e.mark={mark}",
        f"e.l+mark={lemma}|{mark}",
        f"e.root={cue.dep_ == 'ROOT'}|{rule}",
    ]
    out += [
        f"e.l+prep={lemma}|{p}"
        for p in sorted({c.lower_ for c in cue.children if c.dep_ == "prep"})
    ]
    out += [f"e.spos={where}", f"e.rule+spos={rule}|{where}", f"e.nverb={min(verbs, 6)}"]
    return out


def more_features(doc: Doc, cue: Token, source: tuple[int, int] | None, rule: str) -> list[str]:
    """Every feature of this module for one candidate."""
    out = source_features(doc, cue, source, rule) if source is not None else []
    return out + cue_features(cue, rule)
