"""The public API is what ``claimledger.__all__`` exports; this guards it."""

from __future__ import annotations

import types

import claimledger


def test_exported_members_all_public_names_are_exported() -> None:
    included_private = ["__version__"]
    public = sorted(
        (
            m
            for m in vars(claimledger)
            if (not m.startswith("_") or m in included_private)
            and not isinstance(vars(claimledger)[m], types.ModuleType)
        ),
        key=str.casefold,
    )
    assert sorted(claimledger.__all__, key=str.casefold) == public


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
