"""Hardening of the input half: one bad line, file or document never costs the others.

Each test is named after a failure found by trying hostile input on the reader,
the pipeline and ``ingest``; the inputs are written here, by hand.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import claimledger.pipeline as pipeline
from claimledger.corpus.ingest import content_hash, ingest
from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read import read_paths
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import handmade_analyzer

GOOD = {"id": "good", "text": "Gunmen killed four villagers near the market on Monday."}


def _jsonl(tmp_path: Path, *lines: bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def _read(path: Path) -> list[RawDocument | ReadError]:
    return list(read_paths([str(path)], Options()))


def _good_line() -> bytes:
    return json.dumps(GOOD).encode()


# --- 1. one bad JSONL line is that line's error ------------------------------


def test_hardening_jsonl_line_of_100000_nested_brackets_is_a_read_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, b'{"id": "deep", "x": ' + b"[" * 100_000, _good_line())
    items = _read(path)
    assert isinstance(items[0], ReadError)
    assert (items[0].line, items[0].reason) == (1, "not readable JSON: nested too deeply")
    assert isinstance(items[1], RawDocument) and items[1].id == "good"


def test_hardening_jsonl_number_of_5000_digits_does_not_stop_the_line(tmp_path: Path) -> None:
    huge = b"7" * 5000
    line = b'{"id": "big", "text": "Two people died.", "count": ' + huge + b"}"
    items = _read(_jsonl(tmp_path, line, _good_line()))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument"]
    assert isinstance(items[0], RawDocument) and items[0].text == "Two people died."


def test_hardening_jsonl_number_of_5000_digits_as_id_is_a_read_error(tmp_path: Path) -> None:
    items = _read(_jsonl(tmp_path, b'{"id": ' + b"9" * 5000 + b', "text": "x"}', _good_line()))
    assert isinstance(items[0], ReadError) and items[0].reason == '"id" must be a non-empty string'
    assert isinstance(items[1], RawDocument)


def test_hardening_jsonl_lone_surrogate_is_a_read_error(tmp_path: Path) -> None:
    line = b'{"id": "s", "text": "Three were hurt \\ud800 in the blast."}'
    pair = b'{"id": "pair", "text": "A pair \\ud83d\\ude00 is fine."}'
    items = _read(_jsonl(tmp_path, line, pair, _good_line()))
    assert isinstance(items[0], ReadError)
    assert items[0].reason == '"text" holds a lone surrogate (not valid Unicode)'
    assert isinstance(items[1], RawDocument) and items[1].text == "A pair \U0001f600 is fine."
    assert isinstance(items[2], RawDocument)


def test_hardening_content_hash_of_a_lone_surrogate_does_not_raise() -> None:
    assert content_hash("a\ud800b") != content_hash("ab")


def test_hardening_ingest_of_hostile_jsonl_stores_every_good_line(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        b'{"id": "deep", "x": ' + b"[" * 100_000,
        b'{"id": "s", "text": "bad \\ud800 text"}',
        b'{"id": ' + b"1" * 5000 + b"}",
        _good_line(),
        json.dumps({"id": "good-2", "text": "Another report of two wounded."}).encode(),
    )
    with Store.open(tmp_path / "c.db") as store:
        report = ingest([str(path)], store, Options(), analyzer=handmade_analyzer)
        errors = sorted((e.line, e.reason) for e in store.errors())
        ids = sorted(store.get_document(d).external_id for d in store.document_ids())
    assert (report.stored, report.errors) == (2, 3)
    assert ids == ["good", "good-2"]
    assert [line for line, _ in errors] == [1, 2, 3]
    assert errors[0][1] == "not readable JSON: nested too deeply"


# --- 1. a per-document failure in the pipeline costs only that document ------


def _explode_on(marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the numbers stage raise for texts containing ``marker``."""
    real = pipeline.numbers.extract_figures

    def extract(doc, doc_id):  # type: ignore[no-untyped-def]
        if marker in doc.text:
            raise OverflowError(f"boom in {doc_id}")
        return real(doc, doc_id)

    monkeypatch.setattr(pipeline.numbers, "extract_figures", extract)


def _raws(*texts: str) -> list[RawDocument]:
    return [RawDocument(id=f"d{i}", text=t) for i, t in enumerate(texts)]


TEXTS = (
    "Rebels killed six soldiers in an ambush on Sunday.",
    "KABOOM: an airstrike killed ten people, officials said.",
    "Police said two protesters were injured in the clashes.",
)


def test_hardening_analysis_failure_costs_only_its_document_in_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _explode_on("KABOOM", monkeypatch)
    results = list(pipeline.analyze_each(_raws(*TEXTS), Options(batch_size=16)))
    assert [r.id for r, _ in results] == ["d0", "d1", "d2"]
    assert isinstance(results[0][1], Document) and isinstance(results[2][1], Document)
    assert isinstance(results[1][1], OverflowError)
    killed = [c.low for i in results[2][1].incidents for c in i.claims if c.figure == "injured"]
    assert killed == [2]


def test_hardening_analyze_paths_reports_a_failed_document_and_prints_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _explode_on("KABOOM", monkeypatch)
    lines = b"".join(
        json.dumps({"id": f"d{i}", "text": t}).encode() + b"\n" for i, t in enumerate(TEXTS)
    )
    out = list(pipeline.analyze_paths(["-"], Options(), stdin=io.BytesIO(lines)))
    assert [type(o).__name__ for o in out] == ["Document", "ReadError", "Document"]
    err = out[1]
    assert isinstance(err, ReadError)
    assert err.reason == "analysis failed: OverflowError: boom in d1"


def test_hardening_ingest_records_a_pipeline_failure_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _explode_on("KABOOM", monkeypatch)
    with Store.open(tmp_path / "c.db") as store:
        report = ingest_raws(store, _raws(*TEXTS))
        errors = [(e.source, e.reason) for e in store.errors()]
    assert (report.stored, report.errors) == (2, 1)
    assert errors == [("d1", "analysis failed: OverflowError: boom in d1")]


def ingest_raws(store: Store, raws: list[RawDocument]):  # type: ignore[no-untyped-def]
    from claimledger.corpus.ingest import ingest_documents

    return ingest_documents(raws, store, Options())


def test_hardening_number_of_5000_digits_in_the_text_does_not_stop_the_run() -> None:
    texts = ("Officials said " + "3" * 5000 + " people were killed.", TEXTS[0])
    results = list(pipeline.analyze_each(_raws(*texts), Options()))
    assert [r.id for r, _ in results] == ["d0", "d1"]
    assert isinstance(results[1][1], Document)
    killed = [c.low for i in results[1][1].incidents for c in i.claims if c.figure == "killed"]
    assert killed == [6]


# --- 6. long documents are parsed in pieces, offsets refer to the whole text --


def test_hardening_text_pieces_join_to_the_text_and_end_at_paragraphs() -> None:
    para = "Shelling hit the town. Five died.\n\n"
    text = para * 200 + "x" * 5
    pieces = pipeline.text_pieces(text, 1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    # A run without spaces is cut every MAX_WORD characters (spaCy's suffix search
    # is quadratic in it: 12,000 dashes took 21 s to tokenise).
    dashes = pipeline.text_pieces("Ok. " + "—" * 2500 + " end", 1000)
    assert "".join(dashes) == "Ok. " + "—" * 2500 + " end"
    assert max(len(p) for p in dashes) <= pipeline.MAX_WORD + len("Ok. ")
    assert len(dashes) == 2500 // pipeline.MAX_WORD + 1


def test_hardening_run_of_12000_dashes_is_read_as_one_document() -> None:
    text = "Shelling hit the town. " + "—" * 12_000 + " Five people died."
    ((raw, doc),) = pipeline.analyze_each([RawDocument(id="dash", text=text)], Options())
    assert isinstance(doc, Document) and doc.text == text
    killed = [c.low for i in doc.incidents for c in i.claims if c.figure == "killed"]
    assert killed == [5]


def test_hardening_long_document_in_pieces_keeps_whole_document_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paras = [
        f"Militants attacked a post in district {i} on Tuesday, killing {i + 2} soldiers, "
        f"the army said. Residents said {i + 1} civilians were wounded."
        for i in range(40)
    ]
    text = "\n\n".join(paras)
    whole = pipeline.analyze(text, "2021-03-04", doc_id="long")
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    assert len(pipeline.text_pieces(text, 700)) >= 8
    pieces = pipeline.analyze(text, "2021-03-04", doc_id="long")
    assert pieces.text == text
    claims = [c for i in pieces.incidents for c in i.claims]
    assert len(claims) >= 40
    for c in claims:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
    figures = sorted((c.figure, c.low, c.evidence.start) for c in claims)
    assert figures == sorted(
        (c.figure, c.low, c.evidence.start) for i in whole.incidents for c in i.claims
    )


def test_hardening_jsonl_line_over_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "word " * 400}).encode()
    items = list(read_paths([str(_jsonl(tmp_path, big, _good_line()))], Options(max_bytes=1000)))
    assert isinstance(items[0], ReadError) and "larger than the 1.0 KB limit" in items[0].reason
    assert isinstance(items[1], RawDocument)


def test_hardening_file_over_the_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: 3 GB that would not fit in memory
        fh.truncate(3_000_000_000)
    items = list(read_paths([str(path)], Options()))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].reason.startswith("file is 3000.0 MB, larger than the 5.0 MB limit")
    os.remove(path)


# --- 5. silent losses -----------------------------------------------------------


def test_hardening_html_nested_300_levels_keeps_its_article_text(tmp_path: Path) -> None:
    body = "<p>Gunmen killed four villagers near the market on Monday.</p>" * 3
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{'<div>' * 300}{body}{'</div>' * 300}</body></html>")
    (doc,) = _read(page)
    assert isinstance(doc, RawDocument)
    assert doc.text.count("Gunmen killed four villagers near the market on Monday.") == 3


def test_hardening_jsonl_without_extension_with_one_bad_line_is_still_jsonl(
    tmp_path: Path,
) -> None:
    path = tmp_path / "export"
    rows = [json.dumps(GOOD), "not json at all", json.dumps({"id": "b", "text": "Two died."})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadError", "RawDocument"]
    assert isinstance(items[1], ReadError) and items[1].line == 2


def test_hardening_plain_text_starting_with_a_brace_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "note"
    path.write_text("{draft} Two people died.\nMore text follows here.\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument) and doc.text.startswith("{draft}")


def test_hardening_broken_link_in_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    from claimledger.corpus.ingest import expand_paths

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Two people died.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    files = expand_paths([str(folder)])
    assert files == [str(folder / "a.txt"), str(folder / "gone.txt")]
    items = list(read_paths(files, Options()))
    assert isinstance(items[1], ReadError)
    assert items[1].reason == "broken link (its target does not exist)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_hardening_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    from claimledger.corpus.ingest import expand_paths

    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    locked.chmod(0)
    try:
        files = expand_paths([str(tmp_path / "in")])
        assert files == [str(locked)]
        (err,) = read_paths(files, Options())
        assert isinstance(err, ReadError) and err.reason.startswith("cannot read")
    finally:
        locked.chmod(0o700)


def test_hardening_second_document_with_an_existing_external_id_is_stored_with_a_warning(
    tmp_path: Path,
) -> None:
    from claimledger.corpus.ingest import ingest_documents

    first = [RawDocument(id="same", text="Two people died in the first report.")]
    second = [RawDocument(id="same", text="Five people died in another report.")]
    with Store.open(tmp_path / "c.db") as store:
        ingest_documents(first, store, Options(), analyzer=handmade_analyzer)
        report = ingest_documents(second, store, Options(), analyzer=handmade_analyzer)
        assert (report.stored, report.errors) == (1, 0)
        assert report.warnings == (
            "same: this id already names stored document 1 (another text); "
            "stored as document 2 under the same id",
        )
        assert [store.get_document(d).external_id for d in store.document_ids()] == [
            "same",
            "same",
        ]
