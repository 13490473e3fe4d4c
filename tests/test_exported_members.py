"""The public API is what ``claimledger.__all__`` exports; this guards it."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

import claimledger


def test_exported_members_all_public_names_are_exported() -> None:
    included_private = ["__version__"]
    defined = {
        m
        for m in vars(claimledger)
        if (not m.startswith("_") or m in included_private)
        and not isinstance(vars(claimledger)[m], types.ModuleType)
    }
    public = sorted(defined | set(claimledger._LAZY), key=str.casefold)
    assert sorted(claimledger.__all__, key=str.casefold) == public
    assert sorted(dir(claimledger)) == sorted(set(dir(claimledger)) | set(claimledger.__all__))


def test_exported_members_resolve_on_first_use() -> None:
    assert claimledger.EXPORT_FORMATS is __import__("claimledger.export").export.FORMATS
    assert claimledger.Claim.__module__ == "claimledger.records"
    assert callable(claimledger.analyze_documents) and callable(claimledger.open_store)
    with pytest.raises(AttributeError, match="no attribute 'analyse'"):
        _ = claimledger.analyse


def test_exported_members_import_loads_no_model_code() -> None:
    # ``import claimledger`` (and so ``claimledger --help``) must not import spaCy.
    code = "import sys, claimledger; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_exported_members_schema_is_a_json_schema() -> None:
    schema = claimledger.schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["required"]) >= {
        "id",
        "stated_date",
        "date_warnings",
        "segments",
        "incidents",
    }
