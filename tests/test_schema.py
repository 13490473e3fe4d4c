"""Every document the pipeline produces validates against the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import claimledger

GOLD = sorted((Path(__file__).parent / "fixtures" / "gold").glob("*.json"))

pytestmark = pytest.mark.integration


def test_schema_every_gold_reading_validates() -> None:
    validator = jsonschema.Draft202012Validator(claimledger.schema())
    raws = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    assert len(raws) >= 30
    for raw in raws:
        doc = claimledger.analyze(raw["text"], published=raw.get("published"), doc_id=raw["id"])
        errors = [e.message for e in validator.iter_errors(claimledger.to_dict(doc))]
        assert errors == [], (raw["id"], errors[:3])


def test_schema_rejects_a_claim_without_evidence() -> None:
    doc = claimledger.analyze(
        "Two soldiers were killed in Mosul on Friday.", published="2016-10-24"
    )
    data = claimledger.to_dict(doc)
    del data["incidents"][0]["claims"][0]["evidence"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, claimledger.schema())
