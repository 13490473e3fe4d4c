"""CSV cells neutralised against formula injection (OWASP), numbers kept numeric."""

from __future__ import annotations

import csv
import io

import pytest

from claimledger.export import write_acled_csv, write_claims_csv, write_ucdp_csv
from claimledger.export._csv import neutralise
from tests.export.made import claim, incident


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("@Ahmed; Rebels", "'@Ahmed; Rebels"),
        ("+1 555 0100 call", "'+1 555 0100 call"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("-12.5000", "-12.5000"),
        ("-3", "-3"),
        ("+4", "+4"),
        ("1e-5", "1e-5"),
        ("Kirkuk", "Kirkuk"),
        (-7, -7),
        (None, ""),
        (True, 1),
    ],
)
def test_csv_injection_neutralise(cell: object, written: object) -> None:
    assert neutralise(cell) == written  # type: ignore[arg-type]


def test_csv_injection_cells_from_text_are_prefixed_in_every_csv_export() -> None:
    inc = incident(
        place=("=cmd", "Chile", None, "CL"),
        coords=(-33.45, -70.6667),
        actors=(("@Ahmed; Rebels", "perpetrator"),),
        claims=(claim(1, 4, source='=HYPERLINK("http://evil")', kind="witness"),),
        documents=({"title": "-bad title", "source": "+outlet"},),
    )
    for write in (write_acled_csv, write_ucdp_csv, write_claims_csv):
        buf = io.StringIO()
        write([inc], buf)
        rows = list(csv.reader(io.StringIO(buf.getvalue())))
        for cell in (c for row in rows[1:] for c in row):
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                float(cell)  # only plain numbers may start so
    buf = io.StringIO()
    write_acled_csv([inc], buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert (row["actor1"], row["location"], row["source"]) == (
        "'@Ahmed; Rebels",
        "'=cmd",
        "'+outlet",
    )
    assert (row["latitude"], row["longitude"]) == ("-33.4500", "-70.6667")
