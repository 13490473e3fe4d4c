"""Property-based tests (Hypothesis) of the reader, numbers, dates, places and the pipeline.

For any input: no exception; every Evidence span inside the text and equal to
its text; every estimate with low <= best <= high. The generated texts mix
report-like sentences (odd figures, dates, places) with arbitrary Unicode.
The fuzz benchmark (``claimledger bench fuzz``) runs the same checks at scale.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.bench import task_fuzz
from claimledger.errors import ReadError
from claimledger.extract import dates, numbers, places
from claimledger.options import Options
from claimledger.pipeline import analyze_each, parse_texts
from claimledger.read import read_paths
from claimledger.reconcile.estimates import estimate
from claimledger.records import Claim, Document, Evidence, RawDocument, Source

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300)
NUMBER = st.one_of(
    st.integers(min_value=-10, max_value=10**30).map(str),
    st.integers(min_value=0, max_value=999).map(lambda n: f"{n:,}000,000"),
    st.sampled_from(["dozens of", "a few", "hundreds", "1.5", "IV", "9" * 5000, "12-15"]),
)
DATE = st.sampled_from(
    ["on Friday", "last week", "yesterday", "next month", "on 12 March 2015", "on 2015-13-45",
     "on 31 February", "in 9999", "on 1 January 0001", ""]
)  # fmt: skip
PUBLISHED = st.sampled_from([None, "2015-03-20", "0001-01-01", "9999-12-31", "2024-02-29"])
PLACE = st.sampled_from(["Mosul", "kabul", "São Paulo", "Springfield", "Gao", "X", ""])
SENTENCE = st.builds(
    lambda who, n, place, when, junk: f"{who} killed {n} people in {place} {when}.{junk}",
    st.sampled_from(["Rebels", "A gunman", "Police", "The army"]),
    NUMBER,
    PLACE,
    DATE,
    UNICODE.map(lambda s: s[:20]),
)
TEXT = st.one_of(
    st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join),
    UNICODE.filter(str.strip),
    st.tuples(SENTENCE, UNICODE).map(" ".join),
)


def _nlp():  # type: ignore[no-untyped-def]
    from claimledger.nlp import load_nlp

    return load_nlp()


@SETTINGS
@given(data=st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8"))))
def test_property_reader_never_raises_and_yields_storable_text(data: bytes) -> None:
    for item in read_paths(["-"], Options(), stdin=io.BytesIO(data)):
        assert isinstance(item, (RawDocument, ReadError))
        if isinstance(item, RawDocument):
            assert item.text.strip()
            item.text.encode("utf-8")


@SETTINGS
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=30),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=10,
    ),
    text=TEXT,
)
def test_property_jsonl_reader_never_raises(value: object, text: str) -> None:
    lines = json.dumps(value).encode() + b"\n" + json.dumps({"text": text}).encode() + b"\n"
    items = list(read_paths(["-"], Options(), stdin=io.BytesIO(lines)))
    assert all(isinstance(i, (RawDocument, ReadError)) for i in items)


@SETTINGS
@given(text=TEXT, published=PUBLISHED)
def test_property_numbers_dates_places_spans_are_inside_and_equal_to_the_text(
    text: str, published: str | None
) -> None:
    (doc,) = parse_texts(_nlp(), [text])
    assert not isinstance(doc, Exception)
    raw = RawDocument(id="p", text=text, published=published)
    stated = dates.find_document_date(raw, None)[0]
    found = [
        numbers.extract_figures(doc, "p"),
        dates.extract_dates(doc, "p", stated),
        places.extract_places(doc, "p", Options()),
    ]
    assert task_fuzz.broken_invariants(text, found) == []
    for figure in found[0]:
        assert figure.low is None or figure.high is None or figure.low <= figure.high


@SETTINGS
@given(texts=st.lists(TEXT, min_size=1, max_size=3), published=PUBLISHED)
def test_property_pipeline_never_raises_and_keeps_its_invariants(
    texts: list[str], published: str | None
) -> None:
    raws = [RawDocument(id=f"p{i}", text=t, published=published) for i, t in enumerate(texts)]
    results = list(analyze_each(raws, Options()))
    assert [r.id for r, _ in results] == [r.id for r in raws]
    for raw, doc in results:
        assert isinstance(doc, Document), repr(doc)
        assert doc.text == raw.text
        assert task_fuzz.broken_invariants(raw.text, doc) == []


@SETTINGS
@given(
    ranges=st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 10**6) | st.none()), min_size=1, max_size=6
    )
)
def test_property_estimates_have_low_best_high_in_order(
    ranges: list[tuple[int, int | None]],
) -> None:
    ev = Evidence(0, 1, "x", "d", "test", 1.0)
    claims = [
        Claim(
            "killed",
            "x",
            low,
            None if high is None else max(low, high),
            "exact",
            Source("s", "official"),
            False,
            ev,
        )
        for low, high in ranges
    ]
    est = estimate(claims)
    nums = [v for v in (est.low, est.best, est.high) if v is not None]
    assert nums == sorted(nums)


def test_property_fuzz_bench_small_run_has_no_exception_and_no_broken_invariant(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimledger.bench.core import BenchContext

    result = task_fuzz.run(BenchContext(data_dir=tmp_path, limit=40, out_dir=tmp_path))
    rows = {(m.system, m.metric): m.value for m in result.metrics}
    for stage in task_fuzz.STAGES:
        assert rows[(stage, "inputs")] == 40
    failures = [e for e in result.errors]
    assert failures == []
