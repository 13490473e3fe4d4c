"""Exports read back as users read them: pandas, columns against the data sets' lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.export import export_file
from claimledger.export.claims_csv import COLUMNS as CLAIM_COLUMNS
from claimledger.export.parquet import COLUMNS as PARQUET_COLUMNS
from tests.export.fields import ACLED_COLUMNS, GED_FIELDS
from tests.fixtures.corpus.handmade import build_store

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("exports")
    store = build_store(tmp / "c.db")
    out = {}
    for fmt, name in (
        ("acled-csv", "acled.csv"),
        ("ucdp-csv", "ged.csv"),
        ("claims-csv", "claims.csv"),
        ("parquet", "incidents.parquet"),
    ):
        export_file(store, fmt, tmp / name)
        out[fmt] = tmp / name
    export_file(store, "acled-csv", tmp / "excel.csv", excel=True)
    out["excel"] = tmp / "excel.csv"
    store.close()
    return out


def test_roundtrip_acled_csv_loads_with_acled_columns_and_types(exported: dict[str, Path]) -> None:
    df = pd.read_csv(exported["acled-csv"])
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == 4
    for col in ("data_id", "iso", "year", "time_precision", "geo_precision", "fatalities"):
        assert pd.api.types.is_integer_dtype(df[col]), col
    assert pd.api.types.is_float_dtype(df["latitude"])
    assert sorted(df["fatalities"]) == [3, 5, 8, 10]
    assert set(df["iso3"]) == {"IRQ", "SYR", "NGA"}
    assert all(df["event_id_cnty"] == df["iso3"] + df["data_id"].astype(str))


def test_roundtrip_ged_csv_loads_with_ged_fields_and_types(exported: dict[str, Path]) -> None:
    df = pd.read_csv(exported["ucdp-csv"])
    assert tuple(df.columns) == GED_FIELDS
    for col in ("id", "year", "where_prec", "date_prec", "best", "low", "high", "priogrid_gid"):
        assert pd.api.types.is_integer_dtype(df[col]), col
    assert df["where_prec"].between(1, 7).all()
    assert df["date_prec"].between(1, 5).all()
    assert (df["low"] <= df["best"]).all() and (df["best"] <= df["high"]).all()
    deaths = df[["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]].sum(axis=1)
    assert (deaths == df["best"]).all()


def test_roundtrip_claims_csv_one_row_per_figure_claim(exported: dict[str, Path]) -> None:
    df = pd.read_csv(exported["claims-csv"])
    assert tuple(df.columns) == CLAIM_COLUMNS
    assert len(df) == 18  # every figure of every source in the hand-made corpus
    assert (df["evidence_end"] - df["evidence_start"] == df["evidence_text"].str.len()).all()
    doctor = df[df["source_name"] == "a doctor at Azadi hospital"].iloc[0]
    assert (doctor["document"], doctor["figure"], doctor["low"], doctor["source_kind"]) == (
        "kirkuk-local-2",
        "killed",
        14,
        "medical",
    )
    hedged = df[df["hedged"] == 1]
    assert list(hedged["source_name"]) == ["a resident"]


def test_roundtrip_parquet_is_typed(exported: dict[str, Path]) -> None:
    df = pd.read_parquet(exported["parquet"])
    assert tuple(df.columns) == tuple(PARQUET_COLUMNS)
    assert str(df["killed_best"].dtype) in ("Int64", "int64")
    kirkuk = df[df["location"] == "Kirkuk"].iloc[0]
    assert (kirkuk["killed_low"], kirkuk["killed_best"], kirkuk["killed_high"]) == (10, 14, 17)
    assert (kirkuk["iso3"], kirkuk["geo_precision"], bool(kirkuk["contested"])) == ("IRQ", 1, True)
    baghdad = df[df["location"] == "Baghdad"].iloc[0]
    assert baghdad["injured_best"] == 1
    assert pd.isna(df[df["location"] == "Damboa"].iloc[0]["injured_best"])


def test_roundtrip_excel_csv_has_a_bom_and_loads_with_utf8_sig(exported: dict[str, Path]) -> None:
    assert exported["excel"].read_bytes()[:3] == b"\xef\xbb\xbf"
    df = pd.read_csv(exported["excel"], encoding="utf-8-sig")
    assert tuple(df.columns) == ACLED_COLUMNS


def test_roundtrip_export_file_failing_midway_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimledger.export as ex

    store = build_store(tmp_path / "c.db")
    calls = {"n": 0}
    real = ex.acled_csv.acled_row

    def flaky(inc):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(inc)

    monkeypatch.setattr(ex.acled_csv, "acled_row", flaky)
    with pytest.raises(OSError, match="disk full"):
        export_file(store, "acled-csv", tmp_path / "out.csv")
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.db"]
