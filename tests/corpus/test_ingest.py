"""Batch ingest: idempotence, crash safety (SIGKILL), bad input, workers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claimledger.corpus.ingest import content_hash, expand_paths, ingest, ingest_documents
from claimledger.options import Options
from claimledger.store import Store
from tests.fixtures.corpus.handmade import (
    CORPUS,
    build_store,
    corpus_incident_of,
    generated_raws,
    handmade_analyzer,
    load_raws,
)

ROOT = Path(__file__).resolve().parents[2]


def _table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_ingest_handmade_corpus_report(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        report = ingest_documents(load_raws(), store, Options(), analyzer=handmade_analyzer)
        assert (report.read, report.stored, report.already_stored, report.errors) == (13, 13, 0, 0)
        assert (report.duplicates, report.incidents, report.new_corpus_incidents) == (1, 12, 4)
        assert report.changed
        assert report.store_seconds <= report.seconds
        counts = store.counts()
        assert (counts.documents, counts.corpus_incidents, counts.duplicates) == (13, 4, 1)


def test_ingest_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    build_store(db).close()
    before = _table_counts(db)
    with Store.open(db) as store:
        again = ingest_documents(load_raws(), store, Options(), analyzer=handmade_analyzer)
    assert (again.stored, again.already_stored, again.incidents, again.changed) == (0, 13, 0, False)
    assert _table_counts(db) == before


def test_ingest_same_text_under_another_id_becomes_an_alias(tmp_path: Path) -> None:
    raws = load_raws()[:2]
    twin = type(raws[0])(**{**raws[0].__dict__, "id": "mirror-of-wire-1"})
    with Store.open(tmp_path / "c.db") as store:
        report = ingest_documents([*raws, twin], store, Options(), analyzer=handmade_analyzer)
        assert (report.stored, report.already_stored) == (2, 1)
        pk = store.find_by_hash(content_hash(raws[0].text))
        assert pk is not None
        assert store.get_document(pk).external_ids == ("kirkuk-wire-1", "mirror-of-wire-1")


def test_ingest_analysis_failure_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    raws = load_raws()
    bad = type(raws[0])(id="explode-1", text="This one makes the analyser raise.")
    with Store.open(tmp_path / "c.db") as store:
        report = ingest_documents(
            [raws[0], bad, raws[1]], store, Options(), analyzer=handmade_analyzer
        )
        assert (report.stored, report.errors) == (2, 1)
        (err,) = store.errors()
        assert err.source == "explode-1"
        assert err.reason == "analysis failed: ValueError: cannot analyse explode-1"


def test_ingest_two_workers_give_the_same_store(tmp_path: Path) -> None:
    one = build_store(tmp_path / "one.db")
    with Store.open(tmp_path / "two.db") as two:
        report = ingest_documents(
            load_raws(), two, Options(batch_size=2), workers=2, analyzer=handmade_analyzer
        )
        assert report.stored == 13
        for ext in ("kirkuk-local-2", "idlib-witness-3", "borno-source-2", "baghdad-2"):
            assert corpus_incident_of(two, ext) == corpus_incident_of(one, ext)
        assert two.counts() == one.counts()


def test_ingest_expand_paths_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.txt", "a/b/three.html", "a/.hidden"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert expand_paths([str(tmp_path / "a")]) == [
        str(tmp_path / "a/b/three.html"),
        str(tmp_path / "a/b/two.txt"),
        str(tmp_path / "a/one.txt"),
    ]
    assert expand_paths([str(tmp_path / "a/**/*.txt")]) == [
        str(tmp_path / "a/b/two.txt"),
        str(tmp_path / "a/one.txt"),
    ]
    assert expand_paths(["-", "missing.txt"]) == ["-", "missing.txt"]


def test_ingest_bad_input_is_reported_and_the_rest_goes_in(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (src / "empty.txt").write_bytes(b"")
    (src / "latin1.txt").write_bytes("Caf\xe9 owners in Mosul counted 3 hurt.".encode("latin-1"))
    lines = [
        json.dumps(
            {"id": "ok-1", "text": "Two men were shot dead in Lagos on Monday, police said."}
        ),
        '{"id": "broken", "text": ',
        json.dumps({"id": "ok-2", "text": "A grenade wounded four traders in Goma market."}),
    ]
    (src / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "page.html").write_text(
        "<html><head><title>Clash</title><script>var tracker = 'do-not-keep';</script></head>"
        "<body><article><p>Fighting near Kidal killed six soldiers on Sunday, the army said in a "
        "statement released late in the evening.</p></article></body></html>",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "c.db") as store:
        report = ingest([str(src)], store, Options(), analyzer=handmade_analyzer)
        errors = {(Path(e.source).name, e.line): e.reason for e in store.errors()}
        assert ("image.txt", 0) in errors and "binary" in errors[("image.txt", 0)]
        assert ("empty.txt", 0) in errors and "empty" in errors[("empty.txt", 0)]
        assert ("lines.jsonl", 2) in errors and "JSON" in errors[("lines.jsonl", 2)]
        stored = {store.get_document(d).external_id for d in store.document_ids()}
        assert {"ok-1", "ok-2"} <= stored
        page = next(
            d
            for d in store.document_ids()
            if store.get_document(d).external_id.endswith("page.html")
        )
        assert "do-not-keep" not in store.document_text(page)
        assert "Kidal" in store.document_text(page)
        # Undecodable UTF-8 is either read through the fallback decoder or reported, never fatal.
        latin = [
            d
            for d in store.document_ids()
            if store.get_document(d).external_id.endswith("latin1.txt")
        ]
        assert latin or any(name == "latin1.txt" for name, _ in errors)
        assert report.errors == len(errors) == len(report.problems) == 3
        assert any("lines.jsonl:2: not valid JSON" in p for p in report.problems)
        assert report.stored == len(stored) == 4 - (0 if latin else 1)


_KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.options import Options
    from claimledger.store import Store
    from tests.fixtures.corpus.handmade import generated_raws, handmade_analyzer

    store = Store.open({db!r})
    ingest_documents(generated_raws({n}), store, Options(batch_size=4),
                     analyzer=handmade_analyzer, commit_every=4)
    """
)


@pytest.mark.slow
def test_ingest_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    n = 150
    db = tmp_path / "kill.db"
    script = tmp_path / "run.py"
    script.write_text(_KILL_SCRIPT.format(root=str(ROOT), db=str(db), n=n), encoding="utf-8")
    env = {**os.environ, "CLAIMLEDGER_TEST_SLEEP": "0.03"}
    proc = subprocess.Popen([sys.executable, str(script)], env=env)
    committed = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=1)
                    committed = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    committed = 0
            if committed >= 20:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 20 <= docs < n
    # Every stored document is whole: its incident, claim and link are there too.
    assert con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == docs
    assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == docs
    assert con.execute("SELECT COUNT(*) FROM incident_links").fetchone()[0] == docs
    assert con.execute("SELECT COUNT(*) FROM document_terms").fetchone()[0] == docs
    con.close()

    with Store.open(db) as store:
        report = ingest_documents(
            generated_raws(n), store, Options(batch_size=4), analyzer=handmade_analyzer
        )
        assert (report.stored, report.already_stored) == (n - docs, docs)
        counts = store.counts()
        assert (counts.documents, counts.incidents, counts.claims) == (n, n, n)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM incident_links").fetchone()[0] == n
    orphans = con.execute(
        "SELECT COUNT(*) FROM corpus_incidents c WHERE n_documents <> "
        "(SELECT COUNT(DISTINCT i.document_id) FROM incident_links k JOIN incidents i "
        "ON i.id = k.incident_id WHERE k.corpus_incident_id = c.id)"
    ).fetchone()[0]
    assert orphans == 0


def test_ingest_corpus_fixture_is_the_documented_one() -> None:
    ids = [json.loads(line)["id"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == 13 and len(set(ids)) == 13


@pytest.mark.integration
@pytest.mark.slow
def test_ingest_test_corpus_with_the_real_pipeline(tmp_path: Path) -> None:
    """The written corpus through read -> spaCy pipeline -> store: 4 incidents, right documents."""
    with Store.open(tmp_path / "real.db") as store:
        report = ingest([str(CORPUS)], store, Options())
        assert (report.stored, report.duplicates, report.errors) == (13, 1, 0)
        groups = {}
        for ext in [json.loads(x)["id"] for x in CORPUS.read_text(encoding="utf-8").splitlines()]:
            groups.setdefault(corpus_incident_of(store, ext), set()).add(ext.split("-")[0])
        assert groups.pop(None, {"unrelated"}) == {"unrelated"}
        assert sorted(sorted(g) for g in groups.values()) == [
            ["baghdad"],
            ["borno"],
            ["idlib"],
            ["kirkuk"],
        ]
        from claimledger.corpus.summary import get_incident

        def killed(ext: str) -> tuple[int | None, int | None, int | None]:
            inc = get_incident(store, corpus_incident_of(store, ext))  # type: ignore[arg-type]
            assert inc is not None
            f = inc.figures["killed"]
            return f.low, f.best, f.high

        # Figures as the pipeline reads them (every source's claim kept).
        assert killed("baghdad-1") == (3, 3, 3)
        assert killed("idlib-monitor-1")[::2] == (8, 9)
        assert killed("borno-army-1")[::2] == (5, 11)
        # Kirkuk: the ministry's 12 revised to 17 the next day, police at least 10, a doctor 14.
        assert killed("kirkuk-wire-1") == (10, 14, 17)


def test_ingest_reads_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:3]
    stdin = io.TextIOWrapper(io.BytesIO(("\n".join(lines) + "\n").encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    with Store.open(tmp_path / "c.db") as store:
        report = ingest(["-"], store, Options(), analyzer=handmade_analyzer)
        assert (report.stored, report.errors) == (3, 0)
        ids = {store.get_document(d).external_id for d in store.document_ids()}
        assert ids == {"kirkuk-wire-1", "kirkuk-local-2", "kirkuk-wire-3"}
