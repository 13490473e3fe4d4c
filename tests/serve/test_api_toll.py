"""The API's toll over time and merge redirects, on the hand-made corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from claimledger.corpus import merge
from claimledger.serve import create_app
from claimledger.store import Store
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, int, int]]:
    path = tmp_path_factory.mktemp("toll") / "corpus.db"
    store = build_store(path)
    kirkuk = corpus_incident_of(store, "kirkuk-wire-1")
    baghdad = corpus_incident_of(store, "baghdad-1")
    assert kirkuk is not None and baghdad is not None
    store.close()
    with Store.open(path) as s:
        merge.merge(s, kirkuk, baghdad, note="test merge")
    with TestClient(create_app(path)) as c:
        yield c, kirkuk, baghdad


def test_api_toll_marks_the_ministrys_revised_toll(ids: tuple[TestClient, int, int]) -> None:
    client, kirkuk, _ = ids
    body = client.get(f"/api/incidents/{kirkuk}").json()
    killed = body["toll"]["killed"]
    revised = [p for p in killed["points"] if p["revision"]]
    assert [(p["date"], p["value"], p["revises"], p["source_name"]) for p in revised] == [
        ("2024-03-11", 17, 12, "Iraqi health ministry")
    ]
    assert revised[0]["claim_id"] in killed["latest"]
    assert body["redirected_from"] is None and body["merged_from"] == [ids[2]]


def test_api_absorbed_id_answers_with_the_survivor(ids: tuple[TestClient, int, int]) -> None:
    client, kirkuk, baghdad = ids
    body = client.get(f"/api/incidents/{baghdad}").json()
    assert body["id"] == kirkuk and body["redirected_from"] == baghdad
    (decision,) = body["curation"]
    assert decision["action"] == "merge" and decision["manual"] is True
    assert (decision["corpus_incident_id"], decision["other_id"]) == (kirkuk, baghdad)
    listed = [i["id"] for i in client.get("/api/incidents").json()["items"]]
    assert baghdad not in listed and kirkuk in listed
