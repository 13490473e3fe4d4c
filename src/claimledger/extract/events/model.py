"""The learned event classifier: a text -> ACLED sub-event type, or "none".

A linear model (one weight row per sub-event type) over the hashed n-grams of
``features.py`` plus one feature per answer of the rule classifier
(``rules.py``): the model learned, from about 25,000 ACLED notes, when the
rules are right and what they miss. Trained by ``claimledger train events``
(:mod:`claimledger.train.events`); the weights ship as plain arrays in
``resources/models/events.npz`` (no pickle) and are read with numpy here.

:func:`classify_learned` gives ``(event_type, sub_event_type, confidence)``,
or ``(None, None, confidence)`` when the rules find no cue of an event and
the best score is under the model's "none" threshold (chosen on dev data, see
``docs/models.md``): text that is not political violence or protest is not
forced into a class.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from claimledger.extract.events.air import from_context, override
from claimledger.extract.events.features import clean_note, featurize, mask_specifics
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.lexicon import lexicon
from claimledger.extract.events.main_event import (
    abduction_told,
    agreement_is_main,
    arrest_before_protest,
    curfew_is_main,
    nobody_harmed,
)
from claimledger.extract.events.reading import Reading
from claimledger.extract.events.rules import classify_sub

MODEL_FILE = "events.npz"
FORMAT = "claimledger-events-linear-1"
# A rule answer outside the taxonomy (no cue) takes the last rule slot.
NO_RULE = "(none)"
AIR = "Air/drone strike"
CHANGE = "Change to group/activity"
_PROTESTS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
)
# The weapons the codebook puts first: a rule cue naming one wins over the scores.
FIRST_WEAPONS = frozenset({"Suicide bomb", "Chemical weapon", AIR})
# Territory changes: the rules read who took control and whether there was fighting
# ("rebels seized", "without a shot"); their answer wins over a score for another
# territory change, a strategic development or none (sixth turn, docs/models.md).
TERRITORY = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)
ABDUCTION = "Abduction/forced disappearance"
# A detention by the state (police, security services, the army) with no armed group,
# kidnapper or disappearance named: the rules' Arrests wins over an Abduction score
# (seventh turn; the model learned "detained" as an abduction from CAR's armed groups).
_STATE_ARRESTER = re.compile(
    r"(?<![\w-])(?:police\w*|security (?:forces|services|agents|officers|personnel)|"
    r"authorities|gendarm\w*|intelligence (?:services|agents|officers)|army|military|"
    r"soldiers|troops|border guards|customs officers|prosecutors?)(?![\w-])",
    re.IGNORECASE,
)
_NOT_STATE_ARREST = re.compile(
    r"(?<![\w-])(?:rebels?|militia\w*|insurgents?|militants?|jihadists?|armed (?:group|men)|"
    r"gunmen|fighters|kidnap\w*|abduct\w*|disappear\w*|hostages?|ransoms?|unknown "
    r"(?:location|destination)|unmarked|plain-?clothes?|whereabouts|incommunicado)(?![\w-])",
    re.IGNORECASE,
)
# Answers that a taking of people told in other words overrides (main_event.abduction_told):
# none, a protest read from "demanding", a development, and an Attack in which no one was
# harmed ("gunmen took away a surveyor"); not an arrest or a clash.
_NOT_TAKING = frozenset(
    {None, "Peaceful protest", "Protest with intervention", "Other", "Change to group/activity"}
)
_STRATEGIC = frozenset(
    {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Other",
    }
)


@dataclass(frozen=True)
class EventModel:
    """Weights of the linear event classifier and how to featurise for it."""

    classes: tuple[str, ...]  # sub-event types, one per weight row
    weights: npt.NDArray[np.float32]  # (n_classes, n_buckets + len(rule_slots))
    bias: npt.NDArray[np.float32]  # (n_classes,)
    n_buckets: int
    rule_slots: tuple[str, ...]  # rule answers given a feature column after the buckets
    rule_weight: float
    threshold: float  # best score under this and no rule cue: "none"
    meta: dict[str, Any]
    mask: bool = False  # names and numbers -> placeholders before the n-grams (features.py)
    # The event-type head (fifth turn): one weight row per event type over the same
    # features; each sub-event score gets type_weight x the score of its own type.
    type_classes: tuple[str, ...] = ()
    type_weights: npt.NDArray[np.float32] | None = None  # (n_types, n_features)
    type_bias: npt.NDArray[np.float32] | None = None  # (n_types,)
    class_type: tuple[int, ...] = ()  # the row of type_classes of each class
    type_weight: float = 0.0

    def scores(self, text: str) -> tuple[npt.NDArray[np.float32], str | None]:
        """The class scores of a text (cleaned of ACLED markup first), and the
        rules' answer (None when they find no cue)."""
        idx, val = feature_row(
            clean_note(text), self.n_buckets, self.rule_slots, self.rule_weight, mask=self.mask
        )
        cols = np.asarray(idx, dtype=np.int64)
        x = np.asarray(val, dtype=np.float32)
        out: npt.NDArray[np.float32] = self.weights[:, cols] @ x + self.bias
        if self.type_weights is not None and self.type_bias is not None:
            types = self.type_weights[:, cols] @ x + self.type_bias
            out = self.with_types(out, types)
        rule = self.rule_slots[idx[-1] - self.n_buckets]
        return out, None if rule == NO_RULE else rule

    def with_types(self, sub: Any, types: Any) -> Any:
        """Sub-event scores plus ``type_weight`` times the score of each one's event type
        (a vector, or a matrix with one row per text)."""
        if not self.class_type or self.type_weight == 0.0:
            return sub
        return sub + self.type_weight * types[..., np.asarray(self.class_type, dtype=np.int64)]

    def predict(self, text: str) -> tuple[str | None, float]:
        """The best sub-event type and its score; None ("none") when the rules find
        no cue of an event and the best score is under the threshold. A rule cue
        of a weapon the codebook puts first (a suicide bomb, a chemical weapon, an
        air/drone strike: "a suicide bomber blew himself up", "chlorine gas
        attack", "warplanes struck") wins over the scores; a rule answer of a
        territory change wins over a score for another territory change, a
        strategic development or none; the rules' Arrests wins over an Abduction
        score when the state detains (:func:`state_arrest`)."""
        s, rule = self.scores(text)
        best = int(np.argmax(s))
        score = float(s[best])
        answer = self.classes[best] if rule or score >= self.threshold else None
        label = decide(rule, answer, text)
        if label == answer or label not in self.classes:
            # Chemical weapons have no row (no training note names one): the best score.
            return label, score
        return label, float(s[self.classes.index(label)])


def decide(rule: str | None, answer: str | None, text: str) -> str | None:
    """The model's answer after the rules' overrides (see :meth:`EventModel.predict`).

    Args:
        rule: the rules' answer (None: no cue).
        answer: the best-scoring class, or None under the threshold with no cue.
        text: the text read (for :func:`state_arrest`).
    """
    if rule in FIRST_WEAPONS:
        return rule
    if answer != "Agreement" and rule not in TERRITORY and agreement_is_main(text):
        # "signed a ceasefire agreement ..., committing both sides to halt hostilities";
        # not a territory handed over "under a local deal" (a transfer of territory)
        return "Agreement"
    if answer != CHANGE and rule not in TERRITORY and curfew_is_main(text):
        # "imposed a curfew in the capital after overnight clashes": the measure, not the clash
        return CHANGE
    if answer in _PROTESTS and arrest_before_protest(text):
        # "detained 40 opposition activists ahead of a planned rally": no protest took place
        return "Arrests"
    taking = answer in _NOT_TAKING or (answer == "Attack" and nobody_harmed(text))
    if taking and abduction_told(text):
        # "took away a road engineer and his driver and are demanding a ransom"
        return ABDUCTION
    if rule in TERRITORY and (answer is None or answer in TERRITORY | _STRATEGIC):
        return rule
    if rule == "Arrests" and answer == ABDUCTION and state_arrest(text):
        return rule
    return answer


def state_arrest(text: str) -> bool:
    """A detention by the state: police, security services or the army named, and no
    armed group, kidnapper, ransom or disappearance ("Security services detained five
    students"; not "militiamen detained two traders", not "taken to an unknown location")."""
    return bool(_STATE_ARRESTER.search(text)) and not _NOT_STATE_ARREST.search(text)


def feature_row(
    cleaned: str,
    n_buckets: int,
    rule_slots: tuple[str, ...],
    rule_weight: float,
    *,
    mask: bool = False,
) -> tuple[list[int], list[float]]:
    """The sparse features of a cleaned text: its hashed n-grams, then the rules' answer.

    Args:
        cleaned: the text after :func:`clean_note`.
        n_buckets: the hashed feature space.
        rule_slots: the rule answers with a column of their own after the buckets
            (:data:`NO_RULE` among them for "no cue").
        rule_weight: the value of the rule column, times the rule's confidence.
        mask: featurise the text with names and numbers masked
            (:func:`~claimledger.extract.events.features.mask_specifics`); the
            rules always read the text as written.

    Returns:
        ``(indices, values)``.
    """
    idx, val = featurize(mask_specifics(cleaned) if mask else cleaned, n_buckets)
    rule_sub, rule_conf = classify_sub(Reading(cleaned))
    slot = rule_slots.index(rule_sub if rule_sub in rule_slots else NO_RULE)
    idx.append(n_buckets + slot)
    val.append(rule_weight * (rule_conf or 1.0))
    return idx, val


def save_model(model: EventModel, path: Path) -> None:
    """Write a model as plain arrays (``.npz``, float16 weights, JSON metadata)."""
    header = {
        "format": FORMAT,
        "classes": list(model.classes),
        "n_buckets": model.n_buckets,
        "rule_slots": list(model.rule_slots),
        "rule_weight": model.rule_weight,
        "threshold": model.threshold,
        "mask": model.mask,
        "meta": model.meta,
    }
    arrays: dict[str, npt.NDArray[Any]] = {
        "weights": model.weights.astype(np.float16),
        "bias": model.bias.astype(np.float32),
    }
    if model.type_weights is not None and model.type_bias is not None:
        header.update(type_classes=list(model.type_classes), type_weight=model.type_weight)
        header["class_type"] = list(model.class_type)
        arrays["type_weights"] = model.type_weights.astype(np.float16)
        arrays["type_bias"] = model.type_bias.astype(np.float32)
    head = np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        arrays["header"] = head
        save: Any = np.savez_compressed  # numpy's stub types **kwds like its allow_pickle
        save(fh, **arrays)


def read_model(path: Path) -> EventModel:
    """Read a model written by :func:`save_model` (never unpickles)."""
    with np.load(path, allow_pickle=False) as arrays:
        header = json.loads(arrays["header"].tobytes().decode("utf-8"))
        if header.get("format") != FORMAT:
            raise ValueError(f"{path}: not a claimledger event model ({header.get('format')})")
        return EventModel(
            classes=tuple(header["classes"]),
            weights=arrays["weights"].astype(np.float32),
            bias=arrays["bias"].astype(np.float32),
            n_buckets=int(header["n_buckets"]),
            rule_slots=tuple(header["rule_slots"]),
            rule_weight=float(header["rule_weight"]),
            threshold=float(header["threshold"]),
            meta=dict(header["meta"]),
            mask=bool(header.get("mask", False)),
            **_type_head(header, arrays),
        )


def _type_head(header: dict[str, Any], arrays: Any) -> dict[str, Any]:
    """The event-type head of a model file, or nothing (a model of an earlier turn)."""
    if "type_weights" not in arrays:
        return {}
    return {
        "type_classes": tuple(header["type_classes"]),
        "type_weights": arrays["type_weights"].astype(np.float32),
        "type_bias": arrays["type_bias"].astype(np.float32),
        "class_type": tuple(int(i) for i in header["class_type"]),
        "type_weight": float(header["type_weight"]),
    }


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> EventModel:
    """The model at ``path``, else the one shipped in the package (read once per process)."""
    if path:
        return read_model(Path(path))
    shipped = resources.files("claimledger.resources").joinpath("models", MODEL_FILE)
    with resources.as_file(shipped) as file:
        return read_model(file)


def confidence(score: float) -> float:
    """A score squashed into (0, 1) for Evidence (a margin, not a calibrated probability)."""
    return round(1.0 / (1.0 + math.exp(-2.0 * score)), 3)


def classify_learned(
    text: str, model_path: str | None = None, context: str | None = None
) -> tuple[str | None, str | None, float]:
    """Give a text one ACLED type and sub-event type with the learned model.

    Args:
        text: an ACLED note, a snippet, or an incident's sentences.
        model_path: a model trained by ``claimledger train events``; None for
            the shipped one.
        context: the whole document of an incident's sentences, or None. An
            Attack (or none) read from sentences that name no attacker or
            weapon becomes an Air/drone strike when the document names one
            (``air.from_context``: "three others were killed in the attack"
            after "killed in the first CIA strike").

    Returns:
        ``(event_type, sub_event_type, confidence)``; ``(None, None, c)`` when
        the text is not political violence or protest by the model's threshold.
        An air strike named without "air" or "drone strike" (``air.py``)
        overrides the model, with the rule's confidence.
    """
    model = load_model(model_path)
    sub, score = model.predict(text)
    air = override(clean_note(text), sub)
    if air is not None:
        # Phrasing ACLED notes never use ("a CIA strike on a compound"): the rule wins.
        return lexicon().taxonomy[air[0]], air[0], air[1]
    inherited = from_context(text, sub, clean_note(context)) if context else None
    if inherited is not None:
        return lexicon().taxonomy[AIR], AIR, inherited
    if sub is None or not_political(clean_note(text), sub):
        return None, None, confidence(score)
    return lexicon().taxonomy.get(sub), sub, confidence(score)
