"""The JSON API through httpx's test client, on the hand-made corpus."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from claimledger.serve import create_app
from tests.fixtures.corpus.handmade import build_store, handmade_analyzer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "corpus.db"
    build_store(path).close()
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def _locations(client: TestClient, query: str) -> list[str]:
    body = client.get(f"/api/incidents?{query}").json()
    return [i["location"] for i in body["items"]]


def test_serve_list_is_sorted_by_date_with_total_and_figures(client: TestClient) -> None:
    body = client.get("/api/incidents").json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    rows = [(i["date"], i["location"]) for i in body["items"]]
    assert rows == [
        ("2024-03-10", "Kirkuk"),
        ("2024-03-11", "Baghdad"),
        ("2024-03-12", "Maarrat Misrin"),
        ("2024-04-02", "Damboa"),
    ]
    kirkuk = body["items"][0]
    killed = kirkuk["figures"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["contested"]) == (
        10,
        14,
        17,
        True,
    )
    assert (kirkuk["lat"], kirkuk["lon"], kirkuk["country_code"]) == (35.468, 44.392, "IQ")


def test_serve_list_pages_keep_the_total(client: TestClient) -> None:
    body = client.get("/api/incidents?limit=2&offset=1").json()
    assert body["total"] == 4
    assert [i["location"] for i in body["items"]] == ["Baghdad", "Maarrat Misrin"]
    assert client.get("/api/incidents?limit=2&offset=4").json()["items"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=Air/drone%20strike", ["Maarrat Misrin"]),  # a sub-event type
        ("type=battles", ["Baghdad", "Damboa"]),  # an event type, any case
        ("country=IQ", ["Kirkuk", "Baghdad"]),
        ("country=nigeria", ["Damboa"]),
        ("since=2024-03-11&until=2024-03-31", ["Baghdad", "Maarrat Misrin"]),
        ("actor=boko", ["Damboa"]),
        ("bbox=40,30,50,40", ["Kirkuk", "Baghdad"]),  # Iraq, not Syria at lon 36.7
        ("bbox=36,35,37,37", ["Maarrat Misrin"]),
        ("q=AZADI%20hospital", ["Kirkuk"]),  # words of a document, any case
        ("contested=true&country=IQ", ["Kirkuk"]),
        ("type=Protests", []),
        ("q=%25", []),  # LIKE wildcards in the words are literal
        ("q=_", []),
    ],
)
def test_serve_list_filters(client: TestClient, query: str, expected: list[str]) -> None:
    assert _locations(client, query) == expected
    assert client.get(f"/api/incidents?{query}").json()["total"] == len(expected)


def test_serve_incident_has_claims_by_source_with_evidence(client: TestClient) -> None:
    body = client.get("/api/incidents/1").json()
    assert body["location"] == "Kirkuk"
    killed = body["estimates"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["n_sources"]) == (10, 14, 17, 4)
    by_source = {s["name"]: s for s in body["sources"]}
    doctor = by_source["a doctor at Azadi hospital"]
    assert doctor["kind"] == "medical"
    (claim,) = doctor["claims"]
    assert (claim["figure"], claim["low"], claim["high"], claim["qualifier"]) == (
        "killed",
        14,
        14,
        "exact",
    )
    assert claim["document"]["external_id"] == "kirkuk-local-2"
    assert (
        claim["evidence"]["sentence"]
        == "A doctor at Azadi hospital said 14 bodies had been brought in."
    )
    text = client.get(f"/api/documents/{claim['document']['id']}").json()["text"]
    ev = claim["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"] == "14 bodies"
    ministry = by_source["Iraqi health ministry"]["claims"]
    assert [c["low"] for c in ministry if c["figure"] == "killed"] == [12, 12, 17]


def test_serve_incident_has_documents_links_timeline(client: TestClient) -> None:
    body = client.get("/api/incidents/1").json()
    ext = [d["external_id"] for d in body["documents"]]
    assert ext == ["kirkuk-wire-1", "kirkuk-local-2", "kirkuk-wire-3", "kirkuk-repost-4"]
    repost = body["documents"][3]
    assert repost["duplicate_of"] == body["documents"][0]["id"]
    reasons = {link["external_id"]: link["reason"] for link in body["links"]}
    assert reasons["kirkuk-wire-1"].startswith("new incident")
    assert reasons["kirkuk-repost-4"].startswith("near-duplicate of document")
    dates = [t["date"] for t in body["timeline"]]
    assert dates == sorted(dates) and dates[-1] == "2024-03-11"
    last = body["timeline"][-1]
    assert (last["figure"], last["low"], last["source"]["name"]) == (
        "killed",
        17,
        "Iraqi health ministry",
    )


def test_serve_incident_warnings(client: TestClient) -> None:
    baghdad = client.get("/api/incidents?country=IQ&type=battles").json()["items"][0]
    body = client.get(f"/api/incidents/{baghdad['id']}").json()
    assert [(w["external_id"], w["message"]) for w in body["warnings"]] == [
        ("baghdad-2", "hand-made warning for the test")
    ]


def test_serve_document_has_text_segments_and_claim_spans(client: TestClient) -> None:
    body = client.get("/api/documents/2").json()
    assert body["external_id"] == "kirkuk-local-2"
    assert [(s["kind"], s["start"]) for s in body["segments"]] == [("headline", 0)]
    spans = [(c["evidence"]["text"], c["source"]["name"]) for c in body["claims"]]
    assert spans == [
        ("10 people were killed", "Brigadier Saman Aziz"),
        ("14 bodies", "a doctor at Azadi hospital"),
    ]
    for c in body["claims"]:
        assert body["text"][c["evidence"]["start"] : c["evidence"]["end"]] == c["evidence"]["text"]
    assert body["claims"][1]["corpus_incident_id"] == 1


def test_serve_geojson_and_csv_follow_the_filter(client: TestClient) -> None:
    geo = client.get("/api/incidents.geojson?country=IQ")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert [f["properties"]["location"] for f in features] == ["Kirkuk", "Baghdad"]
    assert features[0]["geometry"]["coordinates"] == [44.392, 35.468]
    acled = client.get("/api/incidents.csv?type=battles")
    rows = list(csv.DictReader(io.StringIO(acled.text)))
    assert [r["location"] for r in rows] == ["Baghdad", "Damboa"]
    ucdp = client.get("/api/incidents.csv?country=SY&format=ucdp")
    assert len(list(csv.DictReader(io.StringIO(ucdp.text)))) == 1
    assert client.get("/api/incidents.csv?format=excel").status_code == 422


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/incidents/999", 404, "no incident 999"),
        ("/api/documents/999", 404, "no document 999"),
        ("/api/incidents?since=03/10/2024", 400, "since: '03/10/2024' is not a date"),
        ("/api/incidents?bbox=1,2,3", 400, "bbox: give four numbers"),
        ("/api/incidents?bbox=50,0,40,10", 400, "bbox: need"),
        ("/api/incidents?limit=5000", 422, "limit"),
        ("/api/incidents/abc", 422, "incident_id"),
        ("/api/nothing", 404, "Not Found"),
    ],
)
def test_serve_errors_are_json(client: TestClient, path: str, status: int, message: str) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    assert message in r.json()["error"]


def test_serve_crash_is_json_without_traceback(db: Path) -> None:
    app = create_app(db)

    class Broken:
        def get(self) -> Any:
            raise RuntimeError("secret internals")

        def close(self) -> None:
            pass

    app.state.pool = Broken()
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/incidents")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (see the server log)"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_serve_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/documents/{document_id}",
        "/api/incidents.geojson",
        "/api/incidents.csv",
    } <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/incidents"]["get"]["parameters"]}
    assert names == {
        "since",
        "until",
        "country",
        "type",
        "actor",
        "contested",
        "q",
        "bbox",
        "limit",
        "offset",
    }
    assert "/api/documents" not in spec["paths"]  # no write route without a token


def test_serve_headers_csp_and_no_cors(client: TestClient) -> None:
    r = client.get("/", headers={"origin": "https://elsewhere.example"})
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in r.headers
    api = client.get("/api/incidents", headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in api.headers
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    assert client.get("/static/vendor/world-110m.geojson").json()["type"] == "FeatureCollection"


def test_serve_writes_only_with_a_token(db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(db)) as c:
        assert c.post("/api/documents", json={"id": "x", "text": "y"}).status_code in (404, 405)
    copy = tmp_path / "copy.db"
    build_store(copy).close()
    app = create_app(copy, token="s3cret", analyzer=handmade_analyzer)
    doc = {"id": "new-1", "text": "A new report about nothing in particular.", "title": "New"}
    with TestClient(app) as c:
        assert c.post("/api/documents", json=doc).status_code == 401
        wrong = {"authorization": "Bearer nope"}
        assert (
            c.post("/api/documents", json=doc, headers=wrong)
            .json()["error"]
            .startswith("a valid bearer token")
        )
        auth = {"authorization": "Bearer s3cret"}
        r = c.post("/api/documents", json=doc, headers=auth)
        assert r.status_code == 200
        assert (r.json()["read"], r.json()["stored"]) == (1, 1)
        again = c.post("/api/documents", json=doc, headers=auth).json()
        assert (again["stored"], again["already_stored"]) == (0, 1)
        lines = '{"id": "n2", "text": "Second report."}\n{"id": "n3"}\n'
        batch = c.post(
            "/api/documents",
            content=lines,
            headers={**auth, "content-type": "application/x-ndjson"},
        ).json()
        assert (batch["stored"], batch["errors"]) == (1, 1)
        assert "request:2" in batch["problems"][0]
    from claimledger.store import Store

    with Store.open(copy) as store:
        last = store.document_ids()[-2:]
        assert [store.get_document(i).external_id for i in last] == ["new-1", "n2"]
    with TestClient(create_app(copy)) as c:
        assert c.get(f"/api/documents/{last[0]}").json()["text"] == f"New\n\n{doc['text']}"


def test_query_threads_default_to_the_cores_between_two_and_four(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    from claimledger.serve.app import default_threads

    for cores, threads in ((1, 2), (2, 2), (3, 3), (16, 4), (None, 2)):
        monkeypatch.setattr(os, "cpu_count", lambda c=cores: c)
        assert default_threads() == threads
