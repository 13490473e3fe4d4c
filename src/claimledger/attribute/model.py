"""The learned half of attribution: a linear model over the rules' candidates.

Input: a parsed ``Doc`` and the rules' ``Attribution`` list (``find_attributions``).
Output: the attributions to keep, plus statements the rules left out.

Two logistic-regression scorers over hashed features, each blended with a small
gradient-boosted tree ensemble over the frequent features (``model_trees``; numpy
inference only, every candidate of a document scored at once),
trained on PolNeAR train by ``claimledger train attribution``
(``train/attribution.py``); the weights ship in ``resources/models/attribution.npz``
and the card is in ``docs/models.md``:

* ``add``: every verb that heads no rule statement is read by the reporting-verb
  rule (``verbs.from_verb``: its subject, its complement); the model scores the
  statement so made (PolNeAR also annotates beliefs and positions: "supports",
  "wants", "figures that"), and those scoring at least ``add_threshold`` are added,
  their sources named by the same resolver as the rules' (``resolve.resolve_sources``).
  Since the eleventh session the add candidates also include the non-verb shapes of
  ``model_shapes`` ("X is wary of Y", "her support for Y", "Name: ..."), their kind
  a feature.
* ``keep``: every rule statement that names its source is scored, and those under
  ``keep_threshold`` are dropped.

Since the twelfth session the added statements are settled best score first
(:func:`settle_adds`): one inside an added statement's content is left out, and a
source mention already named with other bounds keeps those bounds.

Since the thirty-third session the add scorer can also read a contextual encoder
(``model_encoder``: all-MiniLM-L6-v2's first layers in numpy, a head over its vectors at
the cue and the source's head, for candidates whose score lies in a band); its model is
``ENCODER_MODEL_PATH``, read when the encoder is on (``ENCODER_ON``: on since the
thirty-fifth session, when it came to run once per parse batch, ``model_batch``; the
environment variable ``ENCODER_ENV`` set to "0" turns it off).

Features (:func:`features`): the cue verb's lemma, tag, dependency and head, its
children's dependencies, the subject's part of speech, entity type and pronoun,
whether the verb is in the rules' lexicons, the content's length and quoting, the
cue's words; for ``add`` also the dependency path from the source to the cue and the
others of ``model_features``. Hashed with CRC-32 into ``n_buckets`` columns, each
counted once per candidate.
"""

from __future__ import annotations

import bisect
import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import IDX, POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

from claimledger.attribute.content_cuts import cut_at_glued_sentence, cut_at_headline_break
from claimledger.attribute.model_context import RuleContext
from claimledger.attribute.model_encoder import EncoderHead
from claimledger.attribute.model_features import more_features
from claimledger.attribute.model_readings import bare_statement as bare_statement
from claimledger.attribute.model_readings import plain_statement as plain_statement
from claimledger.attribute.model_settle import settle_adds as settle_adds
from claimledger.attribute.model_shapes import shape_candidates
from claimledger.attribute.model_trees import Trees, from_arrays, to_arrays
from claimledger.attribute.quotes import find_quotes
from claimledger.attribute.sources import CUE_VERBS, STANCE_VERBS
from claimledger.attribute.spans import Found, doc_text, sentence_of
from claimledger.attribute.verbs import from_verb
from claimledger.extract.numbers.casualty_words import casualty
from claimledger.records import Attribution
from claimledger.resources.numwords import DOZEN
from claimledger.resources.trees import write_npz

FORMAT = "claimledger-attribution-1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "models" / "attribution.npz"
# The model with the encoder head (``model_encoder``), read when the encoder is on.
ENCODER_MODEL_PATH = MODEL_PATH.with_name("attribution-encoder.npz")
KINDS = ("add", "keep")
# Whether ``apply_model`` reads the encoder head (``model_encoder``) by default: on since
# the thirty-fifth session (one layer, run once per parse batch: `bench speed` CPU ratio
# within ~0.01 of the encoder off; docs/models.md). The environment variable turns it off
# ("0") or on ("1").
ENCODER_ON = True
ENCODER_ENV = "CLAIMLEDGER_ATTRIBUTION_ENCODER"
_QUOTES = "\"'“”‘’«»"
# Parts of speech a learned cue may have (the reporting-verb rule reads verbs only).
CUE_POS = frozenset({"VERB"})
_QUOTES_KEY = "cl_attribute_quotes"
_TOLL_WORDS = frozenset({"toll", "tolls"})
_NOBODY = frozenset({"nobody", "noone", "no-one"})
# The non-verb candidate shapes (``model_shapes``) read as add candidates.
SHAPES = frozenset({"copula", "noun", "colon"})


@dataclass(frozen=True)
class AttributionModel:
    """Weights of the two scorers: ``weights[k]`` and ``bias[k]`` for ``KINDS[k]``."""

    weights: Any  # float32 array (len(KINDS), n_buckets)
    bias: Any  # float32 array (len(KINDS),)
    n_buckets: int
    add_threshold: float
    keep_threshold: float
    meta: dict[str, Any] = field(default_factory=dict)
    # Tree ensembles per kind (``model_trees``; empty: the linear scorers alone) and the
    # weight of each ensemble's probability in the blend with the linear scorer's.
    trees: tuple[Trees, ...] = ()
    tree_weight: tuple[float, ...] = (0.0, 0.0)
    # The add scorer's contextual reading (``model_encoder``; None: none).
    encoder: EncoderHead | None = None

    def score(self, kind: str, feats: list[str]) -> float:
        """The probability the scorer ``kind`` gives a candidate with features ``feats``."""
        return float(self.scores(kind, [feats])[0])

    def scores(
        self,
        kind: str,
        rows: list[list[str]],
        encoded: Callable[[np.ndarray], np.ndarray | None] | None = None,
    ) -> np.ndarray:
        """The probability the scorer ``kind`` gives each candidate (one feature list each).

        ``encoded``, for ``add``, gives the encoder head's probabilities for the rows at
        the given indices (or None): the head then reads the candidates whose score lies
        in its band, its probability replacing ``blend`` of the linear scorer's."""
        p, blended, logits = self.parts(kind, rows)
        if encoded is None:
            return blended
        at = self.gated(kind, blended)
        return self.headed(p, blended, logits, at, encoded(at) if at.size else None)

    def parts(self, kind: str, rows: list[list[str]]) -> Parts:
        """The linear scorer's probabilities, their blend with the trees' (the scores
        without the encoder head) and the trees' logits (None without trees)."""
        k = KINDS.index(kind)
        # Each bucket counts once, as the trainer fits them (0/1 columns): a feature a
        # candidate has twice ("c=prep" for two prepositions) is not weighed twice.
        z = np.asarray(
            [float(self.weights[k, sorted(set(hashed(f, self.n_buckets)))].sum()) for f in rows],
            np.float64,
        )
        p: np.ndarray = 1.0 / (1.0 + np.exp(-(float(self.bias[k]) + z)))
        w = self.tree_weight[k] if self.trees else 0.0
        if w > 0.0 and rows:
            logits = self.trees[k].logits(rows)
            return p, (1.0 - w) * p + w / (1.0 + np.exp(-logits)), logits
        return p, p, None

    def gated(self, kind: str, blended: np.ndarray) -> np.ndarray:
        """The indices of the candidates the encoder head reads (``add`` only)."""
        if kind != "add" or self.encoder is None or not len(blended):
            return np.zeros(0, np.int64)
        return np.flatnonzero(self.encoder.gate(blended))

    def headed(
        self, p: np.ndarray, blended: Any, logits: Any, at: np.ndarray, got: Any
    ) -> np.ndarray:
        """The add scores with the head's probabilities ``got`` for the rows ``at`` (the
        blend as it is when ``got`` is None)."""
        head = self.encoder
        if head is None or got is None or not at.size:
            return np.asarray(blended)
        lin = (1.0 - head.blend) * p[at] + head.blend * np.asarray(got, np.float64)
        out: np.ndarray = np.array(blended, np.float64)
        w = self.tree_weight[0] if self.trees else 0.0
        out[at] = lin if logits is None else (1.0 - w) * lin + w / (1.0 + np.exp(-logits[at]))
        return out


Parts = tuple[np.ndarray, np.ndarray, "np.ndarray | None"]


def hashed(feats: list[str], n_buckets: int) -> list[int]:
    """The bucket of each feature (CRC-32, stable across runs and machines)."""
    return [zlib.crc32(f.encode("utf-8")) % n_buckets for f in feats]


@dataclass(frozen=True)
class Candidate:
    """A statement to score: its cue's head token, its source tokens and its content."""

    cue: Token
    cue_text: str
    source: tuple[int, int] | None  # token range
    content: tuple[int, int]  # character span
    rule: str = "rules"  # which reading made it: rules, verb (from_verb), plain


def features(doc: Doc, cand: Candidate) -> list[str]:
    """The hashed-feature names of one candidate statement."""
    v = cand.cue
    lemma = v.lemma_.lower()
    out = [
        f"l={lemma}",
        f"t={v.tag_}",
        f"d={v.dep_}",
        f"hl={v.head.lemma_.lower()}",
        f"hd={v.head.dep_}",
        f"l+d={lemma}|{v.dep_}",
        f"cue={cand.cue_text.lower()}",
        f"lex={lemma in CUE_VERBS}|{lemma in STANCE_VERBS}",
        f"rule={cand.rule}",
        f"l+rule={lemma}|{cand.rule}",
    ]
    for child in v.children:
        out += [f"c={child.dep_}", f"l+c={lemma}|{child.dep_}"]
        if child.dep_ == "neg":
            out.append("neg")
    if cand.source is not None:
        s, e = cand.source
        root = doc[s:e].root
        out += [
            f"s.p={root.pos_}",
            f"s.e={root.ent_type_ or '-'}",
            f"s.n={min(e - s, 6)}",
            f"s.d={root.dep_}",
            f"l+s.p={lemma}|{root.pos_}",
        ]
        out += [f"s.l={root.lemma_.lower()}", f"l+s.e={lemma}|{root.ent_type_ or '-'}"]
        if root.pos_ == "PRON":
            out.append(f"s.pron={root.lower_}")
    else:
        out.append("s=none")
    text = doc_text(doc)
    c0, c1 = cand.content
    body = text[c0:c1]
    first = doc.char_span(c0, c1, alignment_mode="expand")
    if first is not None and len(first):
        out += [f"c0={first[0].dep_}|{first[0].pos_}", f"l+c0={lemma}|{first[0].dep_}"]
    span = sentence_of(v)
    sent = text[span.start_char : span.end_char]
    inq = _in_quote(doc, v.idx)
    out += _context_features(doc, cand, first)
    out += [
        f"inq={inq}",
        f"l+inq={lemma}|{inq}",
        f"rule+inq={cand.rule}|{inq}",
        f"sq={any(q in sent for q in _QUOTES)}",
        f"clen={min(10, len(body) // 25)}",
        f"cq={bool(body) and body[0] in _QUOTES}",
        f"after={c0 >= v.idx}",
        f"l+after={lemma}|{c0 >= v.idx}",
    ]
    return out


def keep_features(doc: Doc, cand: Candidate, ctx: RuleContext, att: Attribution) -> list[str]:
    """The features the ``keep`` scorer reads: the candidate's own and its place among the
    rules' statements (``model_context``)."""
    return features(doc, cand) + ctx.keep_features(cand.cue.lemma_.lower(), att)


def add_features(doc: Doc, cand: Candidate, ctx: RuleContext) -> list[str]:
    """The features the ``add`` scorer reads: the candidate's own and its place among the
    rules' statements (``model_context``)."""
    source = None
    if cand.source is not None:
        span = doc[cand.source[0] : cand.source[1]]
        source = (span.start_char, span.end_char)
    lemma = cand.cue.lemma_.lower()
    more = more_features(doc, cand.cue, cand.source, cand.rule)
    return features(doc, cand) + ctx.add_features(lemma, cand.cue.idx, source, cand.content) + more


def _context_features(doc: Doc, cand: Candidate, first: Span | None) -> list[str]:
    """The words around the cue: its auxiliaries, the head of its complement, the content's
    first word, and whether the source stands inside a quote."""
    v = cand.cue
    out = [f"aux={c.lower_}" for c in v.children if c.dep_ in ("aux", "auxpass")]
    comp = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
    if comp is not None:
        out.append(f"o.l={comp.dep_}|{comp.lemma_.lower()}")
    if first is not None and len(first):
        out.append(f"c0l={first[0].lower_}")
    if cand.source is not None:
        at = doc[cand.source[0]].idx
        out.append(f"sinq={_in_quote(doc, at)}")
    return out


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """The document's quote spans, found once per document (PolNeAR leaves statements
    nested inside a quote unannotated: the cue's place inside a quote is a feature)."""
    cached = doc.user_data.get(_QUOTES_KEY)
    if isinstance(cached, list):
        return cached
    quotes = sorted(find_quotes(doc_text(doc)))
    doc.user_data[_QUOTES_KEY] = quotes
    return quotes


def _in_quote(doc: Doc, at: int) -> bool:
    """Whether a character offset lies strictly inside one of the document's quotes
    (a binary search: long documents have thousands of quotes and candidates)."""
    quotes = _quotes(doc)
    k = bisect.bisect_left(quotes, (at, -1)) - 1
    # Quotes seldom overlap: the two that open last before ``at`` are the ones to look at.
    return any(quotes[j][0] < at < quotes[j][1] for j in range(max(0, k - 1), k + 1))


def _cue_token(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of a cue's character span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range of a character span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def rule_candidates(doc: Doc, rules: list[Attribution]) -> list[tuple[int, Candidate]]:
    """(index in ``rules``, candidate) of every rule statement with a cue and a named source."""
    out: list[tuple[int, Candidate]] = []
    for k, att in enumerate(rules):
        if att.cue is None or att.source.evidence is None:
            continue
        tok = _cue_token(doc, att.cue.start, att.cue.end)
        if tok is None:
            continue
        src = _token_range(doc, att.source.evidence.start, att.source.evidence.end)
        if _cited_source(doc, src) or _quoted_figure(doc, att) or _toll_statement(doc, att):
            continue
        cand = Candidate(tok, att.cue.text, src, (att.content.start, att.content.end))
        out.append((k, cand))
    return out


def _quoted_figure(doc: Doc, att: Attribution) -> bool:
    """Whether a statement nested in a quote reports a number ("'Strikes hit a hospital,
    killing 12, according to the society', the poster quoted").

    PolNeAR leaves statements inside a quote unannotated, so the keep scorer learned to
    drop them; the claims need the source of a quoted figure, so the rules' reading stands.
    """
    if att.cue is None or not _in_quote(doc, att.cue.start):
        return False
    span = doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
    return span is not None and any(t.like_num for t in span)


def _toll_statement(doc: Doc, att: Attribution) -> bool:
    """Whether a statement reports a casualty count ("the police stated that 24 were injured").

    PolNeAR's political news has few of them, so the keep scorer dropped those with a cue
    it rarely saw ("provided the lowest estimate, stating that 12 ..."); a claim needs its
    figure's source, so the rules' reading stands, as for a quoted figure.
    Only the cue's own sentence counts: "Nobody believes them" after a quoted toll is no
    report of it. "A toll of more than 15" is a count too ("toll" names no figure of its own),
    and so is a stated zero ("claims nobody died").
    """
    span = doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
    cue = _cue_token(doc, att.cue.start, att.cue.end) if att.cue is not None else None
    if span is None or cue is None:
        return False
    # The cue's sentence is read once (``t.sent`` per token scanned the sentence starts).
    sent = cue.sent
    lo, hi = max(span.start, sent.start), min(span.end, sent.end)
    words = [doc[i] for i in range(lo, hi)]
    # a stated zero counts too ("the governor's office claims nobody died"), and "a dozen"
    return any(t.like_num or t.lower_ in _NOBODY or t.lower_ in DOZEN for t in words) and any(
        casualty(t) is not None or t.lower_ in _TOLL_WORDS for t in words
    )


def _cited_source(doc: Doc, src: tuple[int, int] | None) -> bool:
    """Whether the source is the object of "citing" or "quoting" ("X reported ..., citing Y").

    Such a statement is Y's, relayed by X: its source is not the cue's subject,
    the only shape the model learned from, so the model does not judge it (the
    rules' reading stands).
    """
    if src is None:
        return False
    for tok in doc[src[0] : src[1]]:
        if not src[0] <= tok.head.i < src[1] or tok.head.i == tok.i:
            return tok.head.lemma_ in ("cite", "quote")
    return False


def verb_candidates(
    doc: Doc, rules: list[Attribution], inside: list[tuple[int, int]] | None = None
) -> list[tuple[Found, Candidate]]:
    """(statement, candidate) of every verb that heads no rule statement, read as a cue;
    a cue token starting inside one of the character spans ``inside`` is not read."""
    taken: set[int] = _tokens_inside(doc, inside) if inside else set()
    for att in rules:
        if att.cue is not None:
            span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
    text = doc_text(doc)
    out: list[tuple[Found, Candidate]] = []
    for tok, found, rule in _readings(doc, taken):
        # As the rules' statements: a content stays on its cue's side of a glued
        # sentence break ("... 2023.@Agency reported") and stops at a headline's end.
        if not found.sources or not cut_at_glued_sentence(text, found):
            continue
        cut_at_headline_break(text, found)
        src = (found.sources[0][0], found.sources[-1][1])
        out.append((found, Candidate(tok, tok.text, src, found.content, rule)))
    return out


def _tokens_inside(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """The tokens whose first character lies in one of the character spans."""
    cuts = np.searchsorted(doc.to_array(IDX), np.asarray(spans, np.int64).ravel()).tolist()
    out: set[int] = set()
    for k in range(0, len(cuts), 2):
        out.update(range(cuts[k], cuts[k + 1]))
    return out


def _readings(doc: Doc, taken: set[int]) -> Iterator[tuple[Token, Found, str]]:
    """(cue token, statement, reading) of every verb not ``taken``, then of the shapes of
    ``model_shapes`` whose kind is in ``SHAPES``."""
    quotes = _quotes(doc)
    for i in np.flatnonzero(np.isin(doc.to_array(POS), [IDS[p] for p in CUE_POS])).tolist():
        if i in taken:
            continue
        tok = doc[i]
        found = from_verb(doc, tok, quotes)
        rule = "verb"
        if found is None or found.cue is None or not found.sources:
            found, rule = plain_statement(doc, tok), "plain"
        if found is None:
            found, rule = bare_statement(doc, tok), "bare"
        if found is not None:
            yield tok, found, rule
    if SHAPES:
        for tok, found, kind in shape_candidates(doc, taken):
            if kind in SHAPES:
                yield tok, found, kind


def apply_model(
    doc: Doc,
    doc_id: str,
    rules: list[Attribution],
    model: AttributionModel | None = None,
    encoder: bool | None = None,
) -> list[Attribution]:
    """The rules' attributions filtered by ``keep``, plus the verbs' statements ``add`` accepts.

    Args:
        doc: the spaCy parse.
        doc_id: the id carried into every evidence span.
        rules: ``find_attributions(doc, doc_id)``.
        model: the model (default: the shipped one).
        encoder: whether the add scorer reads the model's encoder head (default:
            ``ENCODER_ON``, unless the environment variable ``ENCODER_ENV`` is "0" or
            "1"). When
            on and no model is given, the model of ``ENCODER_MODEL_PATH`` is used; without
            the weights package the head is not read.

    Returns:
        Attributions in text order (content start, then cue). ``model_batch.apply_batch``
        gives the same for several documents, the encoder run once for all of them.
    """
    from claimledger.attribute.model_batch import apply_batch  # it imports this module

    return apply_batch([(doc, doc_id, rules)], model, encoder)[0]


def encoder_on() -> bool:
    """Whether the encoder head is read by default (``ENCODER_ENV`` "0" or "1", else
    ``ENCODER_ON``)."""
    flag = os.environ.get(ENCODER_ENV, "")
    return flag == "1" if flag in ("0", "1") else ENCODER_ON


def _order(att: Attribution) -> tuple[int, int]:
    """Text order of attributions: content start, then cue start."""
    return att.content.start, att.cue.start if att.cue else 0


def save_model(model: AttributionModel, path: Path) -> None:
    """Write a model as plain arrays in a ``.npz`` whose bytes depend only on the model."""
    header = {
        "format": FORMAT,
        "n_buckets": model.n_buckets,
        "add_threshold": model.add_threshold,
        "keep_threshold": model.keep_threshold,
        "meta": model.meta,
        "tree_weight": list(model.tree_weight) if model.trees else [0.0, 0.0],
    }
    head = model.encoder
    if head is not None:
        header["encoder"] = {
            "layers": head.layers,
            "band": list(head.band),
            "blend": head.blend,
            "bias": head.bias,
        }
    arrays: dict[str, Any] = {
        "weights": np.asarray(model.weights, np.float16),
        "bias": np.asarray(model.bias, np.float32),
        "header": np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), np.uint8),
    }
    for kind, trees in zip(KINDS, model.trees, strict=False):
        arrays.update(to_arrays(trees, f"trees_{kind}"))
    if head is not None:
        arrays["encoder_coef"] = np.asarray(head.coef, np.float32)
    write_npz(path, arrays)


def read_model(path: Path) -> AttributionModel:
    """Read a model written by :func:`save_model` (never unpickles)."""
    with np.load(path, allow_pickle=False) as arrays:
        header = json.loads(arrays["header"].tobytes().decode("utf-8"))
        names = set(arrays.files)
        if header.get("format") != FORMAT:
            raise ValueError(f"{path}: not a claimledger attribution model")
        return AttributionModel(
            weights=arrays["weights"].astype(np.float32),
            bias=arrays["bias"].astype(np.float32),
            n_buckets=int(header["n_buckets"]),
            add_threshold=float(header["add_threshold"]),
            keep_threshold=float(header["keep_threshold"]),
            meta=dict(header.get("meta", {})),
            trees=tuple(
                from_arrays(arrays, f"trees_{k}") for k in KINDS if f"trees_{k}_bias" in names
            ),
            tree_weight=tuple(float(w) for w in header.get("tree_weight", (0.0, 0.0))),
            encoder=_read_head(header.get("encoder"), arrays),
        )


def _read_head(info: dict[str, Any] | None, arrays: Any) -> EncoderHead | None:
    """The encoder head of a model file's header and arrays (None when it has none)."""
    if not info:
        return None
    lo, hi = info["band"]
    return EncoderHead(
        layers=int(info["layers"]),
        coef=arrays["encoder_coef"].astype(np.float32),
        bias=float(info["bias"]),
        band=(float(lo), float(hi)),
        blend=float(info["blend"]),
    )


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> AttributionModel:
    """The model at ``path`` (default: the one shipped in the package), read once."""
    return read_model(Path(path) if path else MODEL_PATH)
