"""Streamed inputs: gzip JSONL, Parquet and WARC files, read lazily with a byte meter."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read import ReadMeter, read_paths
from claimledger.records import RawDocument

LAGOS = "Two men were shot dead in Lagos on Monday, police said."
KANO = "A market in Kano was hit by a blast on 4 May 2021; nine people were hurt."
PAGE = """<!doctype html><html><head><title>Blast at the Kano market</title>
<meta property="article:published_time" content="2021-05-05T08:00:00Z"></head>
<body><article><h1>Blast at the Kano market</h1>
<p>A market in Kano was hit by a blast on Tuesday, and nine people were hurt, the state
police spokesman told reporters on Wednesday morning at the scene.</p>
<p>Traders said the explosion destroyed dozens of stalls near the main gate of the market.</p>
</article></body></html>"""


def _jsonl(rows: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")


def _docs(items: list[RawDocument | ReadError]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def test_gzip_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    rows = [
        {"id": "lagos-1", "text": LAGOS, "published": "2021-03-01"},
        {"id": "kano-1", "text": KANO, "title": "Kano blast"},
    ]
    path.write_bytes(gzip.compress(_jsonl(rows) + b"not json\n"))
    items = list(read_paths([str(path)], Options()))
    docs = _docs(items)
    assert [(d.id, d.published) for d in docs] == [("lagos-1", "2021-03-01"), ("kano-1", None)]
    assert docs[1].text.startswith("Kano blast\n\n") and docs[1].body_start == len("Kano blast\n\n")
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert (err.path, err.line) == (str(path), 3)
    assert err.reason.startswith("not valid JSON")


def test_gzip_cut_short_keeps_the_documents_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    rows = [{"id": f"doc-{i}", "text": f"{LAGOS} Report {i}."} for i in range(200)]
    whole = gzip.compress(_jsonl(rows))
    path.write_bytes(whole[: len(whole) * 2 // 3])
    items = list(read_paths([str(path)], Options()))
    docs = _docs(items)
    assert 0 < len(docs) < 200
    assert [d.id for d in docs] == [f"doc-{i}" for i in range(len(docs))]
    assert isinstance(items[-1], ReadError)
    assert items[-1].reason.startswith("compressed file cut short or corrupt")


def test_gzip_jsonl_is_streamed_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first document comes out before the reader has gone through the file."""
    path = tmp_path / "big.jsonl.gz"
    rows = [{"id": f"doc-{i}", "text": f"{KANO} Item {i}."} for i in range(5000)]
    path.write_bytes(gzip.compress(_jsonl(rows)))
    meter = ReadMeter.for_paths([str(path)])
    assert meter.bytes_total == path.stat().st_size
    it: Iterator[RawDocument | ReadError] = read_paths([str(path)], Options(), meter=meter)
    first = next(it)
    assert isinstance(first, RawDocument) and first.id == "doc-0"
    assert 0 < meter.bytes_read < meter.bytes_total
    assert sum(1 for _ in it) == 4999
    assert meter.bytes_read == meter.bytes_total


def test_parquet_rows_are_documents(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "news.parquet"
    table = pa.table(
        {
            "id": [101, 102, 103],
            "text": [LAGOS, KANO, ""],
            "published": [dt.date(2021, 3, 1), None, dt.date(2021, 5, 6)],
            "url": ["https://example.org/lagos", None, None],
            "extra": ["ignored", "ignored", "ignored"],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    items = list(read_paths([str(path)], Options()))
    docs = _docs(items)
    assert [(d.id, d.published, d.url) for d in docs] == [
        ("101", "2021-03-01", "https://example.org/lagos"),
        ("102", None, None),
    ]
    assert docs[0].text == LAGOS and docs[0].path == str(path)
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert (err.line, err.reason) == (3, 'missing or empty "text"')


def test_parquet_without_text_column_is_one_error(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"body": [LAGOS]}), path)
    (err,) = list(read_paths([str(path)], Options()))
    assert isinstance(err, ReadError) and err.reason == 'no "text" column'
    (bad := tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    (err,) = list(read_paths([str(bad)], Options()))
    assert isinstance(err, ReadError) and err.reason.startswith("not a readable Parquet file")


def _warc(path: Path, *, gz: bool) -> None:
    """A small crawl: a request, an HTML page, an image, a 404 page and a plain-text page."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-09-30T12:00:00Z"},
            )
            writer.write_record(rec)

        req = writer.create_warc_record(
            "https://news.example/kano",
            "request",
            payload=io.BytesIO(b"GET /kano HTTP/1.1\r\n\r\n"),
        )
        writer.write_record(req)
        response("https://news.example/kano", "200 OK", "text/html; charset=utf-8", PAGE.encode())
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<p>gone</p>")
        latin = PAGE.replace("Kano market", "Kano marché").encode("latin-1")
        response("https://news.example/fr", "200 OK", "text/html; charset=ISO-8859-1", latin)


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_are_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, gz=gz)
    items = list(read_paths([str(path)], Options()))
    assert all(isinstance(i, RawDocument) for i in items)
    docs = _docs(items)
    assert [d.id for d in docs] == ["https://news.example/kano", "https://news.example/fr"]
    kano = docs[0]
    assert kano.title == "Blast at the Kano market"
    assert "nine people were hurt" in kano.text and "Traders said" in kano.text
    # The page's own date, never the crawl's WARC-Date (2024-09-30).
    assert (kano.published, kano.published_source) == ("2021-05-05", "metadata")
    assert kano.url == "https://news.example/kano" and kano.path == str(path)
    assert docs[1].title == "Blast at the Kano marché"


def test_warc_page_too_large_and_not_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, gz=True)
    items = list(read_paths([str(path)], Options(max_bytes=200)))
    assert [(type(i).__name__, getattr(i, "line", None)) for i in items] == [
        ("ReadError", 2),
        ("ReadError", 5),
    ]
    assert all("larger than" in i.reason for i in items if isinstance(i, ReadError))
    (bad := tmp_path / "bad.warc").write_bytes(b"this is not a web archive\n" * 5)
    (err,) = list(read_paths([str(bad)], Options()))
    assert isinstance(err, ReadError) and err.reason.startswith("not a readable WARC file")


def test_ingest_streams_and_reports_bytes(tmp_path: Path) -> None:
    """ingest reads lazily: the first batch is written before the input is read to its end."""
    from claimledger.corpus.ingest import IngestProgress, ingest
    from claimledger.store import Store
    from tests.fixtures.corpus.handmade import handmade_analyzer, load_raws

    raws = load_raws()
    rows = [{"id": r.id, "text": r.text} for r in raws]
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(rows)))
    seen: list[IngestProgress] = []
    with Store.open(tmp_path / "c.db") as store:
        report = ingest(
            [str(path)],
            store,
            Options(batch_size=2),
            analyzer=handmade_analyzer,
            progress=seen.append,
        )
    assert (report.stored, report.errors) == (13, 0)
    assert seen[-1].done == seen[-1].total == 13 and not seen[-1].reading
    assert seen[-1].bytes_read == seen[-1].bytes_total == path.stat().st_size
