"""Tests of the read stage: files, HTML, JSONL, stdin -> RawDocument | ReadError."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read import (
    decode_bytes,
    make_doc_id,
    make_raw_document,
    read_html,
    read_jsonl_lines,
    read_paths,
)
from claimledger.records import RawDocument

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "read"


def _read(*names: str, options: Options | None = None) -> list[RawDocument | ReadError]:
    return list(read_paths([str(FIX / n) for n in names], options or Options()))


def _one_doc(name: str) -> RawDocument:
    (result,) = _read(name)
    assert isinstance(result, RawDocument), result
    return result


def _one_error(name: str, options: Options | None = None) -> ReadError:
    (result,) = _read(name, options=options)
    assert isinstance(result, ReadError), result
    return result


# --- text files ------------------------------------------------------------------


def test_read_text_file_id_is_path_as_given() -> None:
    path = str(FIX / "report.txt")
    (doc,) = list(read_paths([path], Options()))
    assert isinstance(doc, RawDocument)
    assert doc.id == path
    assert doc.path == path
    assert doc.title is None
    assert doc.published is None and doc.published_source is None
    assert doc.text.startswith("Shelling hits market in river town\n\nThree traders died")
    assert doc.body_start == 0


def test_read_crlf_newlines_become_lf() -> None:
    doc = _one_doc("crlf.txt")
    assert "\r" not in doc.text
    assert doc.text == (
        "Roadside bomb\nA roadside bomb wounded two police officers, the provincial governor said.\n"
    )


def test_read_latin1_file_is_detected() -> None:
    doc = _one_doc("latin1.txt")
    assert "préfet a déclaré" in doc.text
    assert "blessés près de la caserne à Besançon" in doc.text


def test_read_utf16_file_with_bom() -> None:
    doc = _one_doc("utf16.txt")
    assert doc.text == "Officials in Kraków said that three people were injured — one seriously.\n"


def test_read_binary_file_is_refused() -> None:
    err = _one_error("image.bin")
    assert err.reason == "binary file, not text"
    assert str(err).endswith("image.bin: binary file, not text")


def test_read_empty_and_blank_files_are_refused() -> None:
    assert _one_error("empty.txt").reason == "empty file"
    assert _one_error("blank.txt").reason == "empty file"


def test_read_too_large_file_names_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(12_300_000)  # sparse: the size is checked before any reading
    (err,) = list(read_paths([str(big)], Options()))
    assert isinstance(err, ReadError)
    assert err.reason == "file is 12.3 MB, larger than the 5.0 MB limit (--max-bytes)"


def test_read_small_limit_message_uses_bytes() -> None:
    err = _one_error("report.txt", options=Options(max_bytes=100))
    assert err.reason == "file is 247 bytes, larger than the 100 bytes limit (--max-bytes)"


def test_read_missing_file_and_directory_are_errors_not_exceptions(tmp_path: Path) -> None:
    results = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path)], Options()))
    assert [r.reason for r in results if isinstance(r, ReadError)] == [
        "no such file",
        "is a directory, not a file",
    ]


def test_read_errors_do_not_stop_the_other_files() -> None:
    results = _read("empty.txt", "image.bin", "report.txt", "scripts-only.html", "crlf.txt")
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["ReadError", "ReadError", "RawDocument", "ReadError", "RawDocument"]


def test_read_text_is_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 owner wounded".encode()  # e + combining acute
    path = tmp_path / "nfd.txt"
    path.write_bytes(decomposed)
    (doc,) = list(read_paths([str(path)], Options()))
    assert isinstance(doc, RawDocument)
    assert doc.text == "Caf\u00e9 owner wounded"


# --- decode_bytes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "déjà vu\r\n".encode(), "déjà vu\n"),
        ("two wounded\r\nthree dead".encode("utf-16-be"), None),  # no BOM: binary
        (codecs.BOM_UTF16_BE + "three dead".encode("utf-16-be"), "three dead"),
        ("line one\rline two".encode("utf-32"), "line one\nline two"),
    ],
)
def test_read_decode_bytes_boms(data: bytes, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(ReadError, match="binary file, not text"):
            decode_bytes(data)
    else:
        assert decode_bytes(data) == expected


def test_read_decode_bytes_control_characters_are_binary() -> None:
    blob = bytes([1, 2, 3, 4, 5, 6, 7, 14, 15, 16]) * 20 + b"some words"
    with pytest.raises(ReadError, match="binary"):
        decode_bytes(blob)


def test_read_decode_bytes_cp1252_quotes() -> None:
    text = "The mayor said \u201cfour people died\u201d in the fire at the caf\u00e9 on the square."
    assert decode_bytes(text.encode("cp1252")) == text


# --- HTML ------------------------------------------------------------------------


def test_read_html_main_text_title_and_date() -> None:
    doc = _one_doc("page.html")
    assert doc.title == "Gunmen attack checkpoint near border crossing"
    assert doc.published == "2021-03-09"
    assert doc.published_source == "metadata"
    assert "killing four officers and wounding six others" in doc.text
    assert "investigation had been opened" in doc.text
    for junk in ("SCRIPT_SHOULD_NOT_APPEAR", "font-family", "Subscribe now", "Sport"):
        assert junk not in doc.text
    # The page repeats its title as the first line: it is marked, not duplicated.
    assert doc.text.count("Gunmen attack checkpoint") == 1
    assert doc.text[: doc.body_start].strip() == doc.title
    assert doc.text[doc.body_start :].startswith("Armed men on motorbikes")


def test_read_broken_html_does_not_crash() -> None:
    doc = _one_doc("broken.html")
    assert doc.text.startswith("Two fishermen were reported missing")
    assert "Search teams were sent at dawn." in doc.text


def test_read_html_without_text_is_an_error() -> None:
    assert _one_error("scripts-only.html").reason == "no text found in HTML"


def test_read_html_fragment_falls_back_to_lxml_text() -> None:
    doc = read_html("<div><b>Three</b> wounded <i>near the port</i></div>", "frag")
    assert doc.text == "Three wounded near the port"
    assert doc.id == "frag"
    assert doc.published is None


def test_read_html_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>A guard was shot at the gate '
        "of the depot overnight, officials said.</p></body></html>"
    )
    doc = read_html(page, "x")
    assert doc.text == "A guard was shot at the gate of the depot overnight, officials said."


# --- JSONL -------------------------------------------------------------------------


def test_read_jsonl_good_lines_and_errors_with_line_numbers() -> None:
    path = str(FIX / "docs.jsonl")
    results = list(read_paths([path], Options()))
    docs = [r for r in results if isinstance(r, RawDocument)]
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [d.id for d in docs] == ["a1", f"{path}:4", "a8"]
    assert [(e.line, e.path) for e in errors] == [
        (2, path),
        (5, path),
        (6, path),
        (7, path),
        (8, path),
    ]
    assert errors[0].reason.startswith("not valid JSON")
    assert errors[1].reason == "a line must be a JSON object, not list"
    assert errors[2].reason == 'missing or empty "text"'
    assert errors[3].reason == '"id" must be a non-empty string'
    assert errors[4].reason == "bad \"published\" date '2019-02-30' (expected YYYY-MM-DD)"
    assert str(errors[0]).startswith(f"{path}:2: not valid JSON")


def test_read_jsonl_fields_and_title_as_headline() -> None:
    path = str(FIX / "docs.jsonl")
    first = next(iter(read_paths([path], Options())))
    assert isinstance(first, RawDocument)
    assert first.title == "Air strike on village"
    assert first.text == (
        "Air strike on village\n\nFive villagers were killed in an air strike, a local elder said."
    )
    assert first.body_start == len("Air strike on village\n\n")
    assert first.published == "2019-07-02"
    assert first.published_source == "given"
    assert first.url == "https://example.org/a1"
    assert first.source == "Example Wire"
    assert first.path == path


def test_read_jsonl_options_published_is_not_applied() -> None:
    results = list(read_paths([str(FIX / "docs.jsonl")], Options(published="2000-01-01")))
    no_date = [r for r in results if isinstance(r, RawDocument) and r.id.endswith(":4")]
    assert no_date[0].published is None
    assert no_date[0].published_source is None


def test_read_jsonl_line_limit_is_per_line() -> None:
    lines = [b'{"id": "s", "text": "short"}\n', b'{"id": "l", "text": "' + b"x" * 200 + b'"}\n']
    results = list(read_jsonl_lines(lines, Options(max_bytes=100), path="feed.jsonl"))
    assert isinstance(results[0], RawDocument) and results[0].id == "s"
    assert isinstance(results[1], ReadError)
    assert str(results[1]) == (
        "feed.jsonl:2: line is 224 bytes, larger than the 100 bytes limit (--max-bytes)"
    )


def test_read_jsonl_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"\n  \n")
    assert [str(r) for r in read_paths([str(path)], Options())] == [f"{path}: empty file"]


def test_read_jsonl_non_string_optional_field_is_an_error() -> None:
    lines = [b'{"id": "t", "text": "a text", "title": 5}\n']
    (err,) = list(read_jsonl_lines(lines, Options(), path="f.jsonl"))
    assert isinstance(err, ReadError)
    assert err.reason == '"title" must be a string, not int'


# --- stdin ---------------------------------------------------------------------------


def _stdin(data: bytes, options: Options | None = None) -> list[RawDocument | ReadError]:
    return list(read_paths(["-"], options or Options(), stdin=io.BytesIO(data)))


def test_read_stdin_sniffs_jsonl() -> None:
    results = _stdin(b'{"id": "one", "text": "first"}\n\n{"text": "second"}\n')
    assert [r.id for r in results if isinstance(r, RawDocument)] == ["one", "<stdin>:3"]


def test_read_stdin_sniffs_html() -> None:
    (doc,) = _stdin(
        b"<html><body><p>Police said a cashier was shot during a robbery.</p></body></html>"
    )
    assert isinstance(doc, RawDocument)
    assert doc.text == "Police said a cashier was shot during a robbery."
    assert doc.path is None


def test_read_stdin_plain_text_gets_content_id() -> None:
    (doc,) = _stdin(b"Two guards died.\r\n")
    assert isinstance(doc, RawDocument)
    assert doc.text == "Two guards died.\n"
    assert doc.id == make_doc_id("Two guards died.\n")


def test_read_stdin_text_with_a_brace_line_is_text() -> None:
    (doc,) = _stdin(b"{aside} a note\nThen four soldiers were killed.\n")
    assert isinstance(doc, RawDocument)
    assert doc.text.startswith("{aside}")


def test_read_stdin_empty_and_binary() -> None:
    assert [str(r) for r in _stdin(b"   \n")] == ["<stdin>: empty file"]
    assert [str(r) for r in _stdin(b"\x00\x01\x02binary")] == ["<stdin>: binary file, not text"]


def test_read_stdin_too_large_text_and_streamed_jsonl() -> None:
    (err,) = _stdin(b"word " * 100, Options(max_bytes=50))
    assert isinstance(err, ReadError)
    assert err.reason == "input is 51 bytes, larger than the 50 bytes limit (--max-bytes) or more"
    lines = b"".join(b'{"id": "d%d", "text": "text %d"}\n' % (i, i) for i in range(10))
    results = _stdin(lines, Options(max_bytes=60))
    assert [r.id for r in results if isinstance(r, RawDocument)] == [f"d{i}" for i in range(10)]


# --- make_raw_document ---------------------------------------------------------------


def test_read_make_raw_document_title_rules() -> None:
    doc = make_raw_document("Body text.", title="Headline", doc_id="d")
    assert (doc.text, doc.body_start) == ("Headline\n\nBody text.", 10)
    same = make_raw_document("Headline\nBody text.", title="Headline", doc_id="d")
    assert (same.text, same.body_start) == ("Headline\nBody text.", 9)
    prefix = make_raw_document("Attack on a post", title="Attack", doc_id="d")
    assert (prefix.text, prefix.body_start) == ("Attack on a post", 0)
    no_id = make_raw_document("Some text", published="2020-01-02")
    assert no_id.id == make_doc_id("Some text")
    assert no_id.published_source == "given"
