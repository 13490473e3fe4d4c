"""Tests of the learned event classifier: features.py and model.py (texts written for these tests)."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from claimledger.extract.events.features import (
    clean_note,
    featurize,
    grams,
    mask_specifics,
    strip_markup,
)
from claimledger.extract.events.model import (
    NO_RULE,
    EventModel,
    classify_learned,
    feature_row,
    load_model,
    read_model,
    save_model,
)

# Non-conflict news sentences written for these tests (30, one a line); the "none"
# threshold was chosen on them (docs/models.md), so this pins its measured behaviour.
NOT_CONFLICT = Path(__file__).resolve().parents[1] / "fixtures" / "not_conflict.txt"


def test_event_model_clean_note_strips_acled_markup_and_date() -> None:
    note = "Looting: On 4 March 2021, men stole cattle from a farm near Oda town. [size=no report]"
    assert clean_note(note) == "men stole cattle from a farm near Oda town."
    around = "Around 12 May 2020 (as reported), residents marched to the office [coded as protest]."
    assert clean_note(around) == "residents marched to the office."
    # News text passes unchanged; a text that is only a date keeps its words.
    assert clean_note("Police fired tear gas at students.") == "Police fired tear gas at students."
    assert clean_note("On 4 March 2021") == "On 4 March 2021"


def test_event_model_strip_markup_keeps_the_date() -> None:
    note = "Arrests: On 4 March 2021, police detained two traders. [size=no report]"
    assert strip_markup(note) == "On 4 March 2021, police detained two traders."


def test_event_model_featurize_is_stable_and_normalised() -> None:
    idx, val = featurize("drone strike hit a car", 1 << 16)
    assert idx == sorted(idx) and len(idx) == len(set(idx))
    assert abs(sum(v * v for v in val) - 1.0) < 1e-9
    # crc32 hashing: the same buckets in every process (no salted hash()).
    assert featurize("drone strike hit a car", 1 << 16) == (idx, val)
    assert "w:drone strike" in grams("Drone strike")
    assert "c:<dr" in grams("drone") and "c:one>" in grams("drone")
    assert featurize("", 64) == ([], [])


def test_event_model_mask_specifics_hides_names_and_numbers() -> None:
    text = "Youths from Karura stoned two buses of the Red Line company, injuring 14 people."
    assert mask_specifics(text) == (
        "Youths from xname stoned two buses of the xname xname company, injuring xnum people."
    )
    # The first word of each sentence is kept; a place in brackets is masked.
    assert mask_specifics("Police shot 3 rioters in Tanu (Vell district). Soldiers fled.") == (
        "Police shot xnum rioters in xname (xname district). Soldiers fled."
    )
    assert mask_specifics('He said: "Troops left" on 4/11 and 1,250.5 fled') == (
        'He said: "Troops left" on xnum and xnum fled'
    )
    assert mask_specifics("") == "" and mask_specifics("  Gunmen fled") == "  Gunmen fled"


def test_event_model_masked_features_do_not_see_the_place() -> None:
    slots = ("Attack", NO_RULE)
    a = feature_row("Gunmen shot dead 4 farmers near Oruvi.", 1 << 12, slots, 0.5, mask=True)
    b = feature_row("Gunmen shot dead 11 farmers near Balamek.", 1 << 12, slots, 0.5, mask=True)
    c = feature_row("Gunmen shot dead 11 farmers near Balamek.", 1 << 12, slots, 0.5)
    assert a == b and a != c


def _toy_model(bias: list[float]) -> EventModel:
    """Three classes, no n-gram weights: the bias decides unless a rule cue overrides."""
    return EventModel(
        classes=("Air/drone strike", "Peaceful protest", "Suicide bomb"),
        weights=np.zeros((3, 16 + 2), dtype=np.float32),
        bias=np.asarray(bias, dtype=np.float32),
        n_buckets=16,
        rule_slots=("Air/drone strike", NO_RULE),
        rule_weight=0.5,
        threshold=0.0,
        meta={},
        mask=True,
    )


def test_event_model_rule_air_cue_wins_over_the_scores() -> None:
    text = "Warplanes struck a crowded bus depot in Tarvel, killing nine people."
    assert _toy_model([-1.0, 0.5, -2.0]).predict(text) == ("Air/drone strike", -1.0)
    # A rule cue of a codebook-first weapon wins whatever the scores say.
    assert _toy_model([-1.0, 0.5, 0.9]).predict(text) == ("Air/drone strike", -1.0)
    # No rule cue: the scores decide, and under the threshold the text is "none".
    calm = "The council approved the new budget for the library."
    assert _toy_model([-1.0, 0.5, -2.0]).predict(calm)[0] == "Peaceful protest"
    assert _toy_model([-1.0, -0.5, -2.0]).predict(calm) == (None, -0.5)


def test_event_model_shipped_model_is_small_plain_arrays() -> None:
    model = load_model()
    assert len(model.classes) >= 20
    assert model.weights.shape == (len(model.classes), model.n_buckets + len(model.rule_slots))
    shipped = Path(__file__).resolve().parents[2] / "src/claimledger/resources/models/events.npz"
    assert shipped.stat().st_size < 5_000_000
    with zipfile.ZipFile(shipped) as zf:
        assert sorted(zf.namelist()) == [
            "bias.npy",
            "header.npy",
            "type_bias.npy",
            "type_weights.npy",
            "weights.npy",
        ]
    assert model.meta["n_train"] > 20_000
    assert model.mask is True
    # The event-type head: one row per ACLED event type, each class mapped to its own.
    assert model.type_weights is not None and model.type_weights.shape[1] == model.weights.shape[1]
    assert len(model.type_classes) == 6 and model.type_weight == 0.3
    i = model.classes.index("Air/drone strike")
    assert model.type_classes[model.class_type[i]] == "Explosions/Remote violence"


def test_event_model_type_head_adds_the_score_of_each_class_type() -> None:
    model = replace(
        _toy_model([0.0, 0.0, 0.0]),
        type_classes=("Protests", "Violence against civilians"),
        class_type=(1, 0, 1),
        type_weight=0.5,
    )
    sub = np.array([0.1, 0.2, 0.3], dtype=np.float32)
    types = np.array([1.0, -1.0], dtype=np.float32)
    assert np.allclose(model.with_types(sub, types), [-0.4, 0.7, -0.2])
    # Rows of texts at once, as the bench scores a matrix.
    both = model.with_types(np.vstack([sub, sub]), np.vstack([types, -types]))
    assert np.allclose(both[1], [0.6, -0.3, 0.8])
    assert np.allclose(replace(model, type_weight=0.0).with_types(sub, types), sub)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A suspected US drone strike killed four militants travelling in a car.",
            "Air/drone strike",
        ),
        (
            "Hundreds of teachers marched peacefully to parliament demanding higher pay.",
            "Peaceful protest",
        ),
        ("Gunmen stormed the village at night and shot dead six farmers.", "Attack"),
        (
            "Government troops and rebel fighters exchanged fire for hours near the border post.",
            "Armed clash",
        ),
        (
            "A roadside bomb exploded under a police truck, wounding three officers.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_event_model_reads_news_sentences(text: str, sub: str) -> None:
    event_type, got, conf = classify_learned(text)
    assert got == sub
    assert event_type is not None and 0.0 < conf < 1.0


def test_event_model_gives_none_to_most_text_without_political_violence() -> None:
    texts = NOT_CONFLICT.read_text(encoding="utf-8").splitlines()
    got = [classify_learned(t)[1] for t in texts]
    assert len(texts) == 30
    assert sum(g is None for g in got) >= 26  # measured: 26 of 30
    assert classify_learned(texts[2])[:2] == (None, None)  # heavy rain expected


def test_event_model_save_and_read_round_trip(tmp_path: Path) -> None:
    model = EventModel(
        classes=("Attack", "Peaceful protest"),
        weights=np.arange(12, dtype=np.float32).reshape(2, 6) / 10,
        bias=np.array([0.1, -0.1], dtype=np.float32),
        n_buckets=4,
        rule_slots=("Attack", "(none)"),
        rule_weight=0.5,
        threshold=0.0,
        meta={"files": []},
    )
    path = tmp_path / "m.npz"
    save_model(model, path)
    back = read_model(path)
    assert back.classes == model.classes and back.n_buckets == 4 and back.threshold == 0.0
    assert back.mask is False
    save_model(replace(model, mask=True), path)
    assert read_model(path).mask is True
    assert read_model(path).type_weights is None  # no type head written, none read
    headed = replace(
        model,
        type_classes=("Protests", "Violence against civilians"),
        type_weights=np.ones((2, 6), dtype=np.float32),
        type_bias=np.array([0.5, -0.5], dtype=np.float32),
        class_type=(1, 0),
        type_weight=0.3,
    )
    save_model(headed, path)
    again = read_model(path)
    assert again.type_classes == headed.type_classes and again.class_type == (1, 0)
    assert again.type_weight == 0.3 and again.type_bias is not None
    assert np.allclose(again.type_bias, [0.5, -0.5])
    assert np.allclose(back.weights, model.weights, atol=1e-3)
    bad = tmp_path / "bad.npz"
    np.savez(bad, weights=np.zeros(1), bias=np.zeros(1), header=np.frombuffer(b"{}", np.uint8))
    with pytest.raises(ValueError, match="not a claimledger event model"):
        read_model(bad)


def test_event_model_a_chemical_weapon_cue_wins_though_the_model_has_no_such_row() -> None:
    # No training note names a chemical weapon: the shipped model has no row for it,
    # and the rules' cue (codebook-first, like suicide bombs and air strikes) decides.
    model = load_model()
    assert "Chemical weapon" not in model.classes
    text = "Dozens were treated for choking after a chlorine gas attack on the district."
    assert classify_learned(text)[:2] == ("Explosions/Remote violence", "Chemical weapon")
    bomber = "A suicide bomber blew himself up at the gate of the ministry, killing six."
    assert classify_learned(bomber)[1] == "Suicide bomb"
