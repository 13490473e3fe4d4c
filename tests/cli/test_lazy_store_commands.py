"""The commands that read a store (`incidents`, `show`, `export`, the web service) import
neither spaCy nor the readers, the grade or the estimates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.corpus.handmade import build_store

# Modules that import spaCy (or are the readers that need it).
_HEAVY = (
    "spacy",
    "claimledger.nlp",
    "claimledger.pipeline",
    "claimledger.attribute",
    "claimledger.extract.numbers",
    "claimledger.extract.actors.mentions",
    "claimledger.reconcile.grade",
    "claimledger.reconcile.estimates",
)
_REPORT = f"""
heavy = {_HEAVY!r}
print("LOADED", sorted(m for m in sys.modules if m.startswith(heavy)))
"""
_RUN = (
    """
import sys
from claimledger.cli.main import main
sys.argv = ["claimledger", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
"""
    + _REPORT
)
_SERVE = (
    """
import sys
from fastapi.testclient import TestClient
from claimledger.serve import create_app
with TestClient(create_app(sys.argv[1])) as client:
    for path in sys.argv[2:]:
        assert client.get(path).status_code == 200, path
"""
    + _REPORT
)


def _loaded(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "c.db"
    build_store(path).close()
    return path


def test_lazy_incidents_command_imports_no_model_code(db: Path) -> None:
    assert _loaded(_RUN, "incidents", "--db", str(db)) == "LOADED []"


def test_lazy_show_command_imports_no_model_code(db: Path) -> None:
    # show compares the stored source names (reconcile.origin), without the grade
    assert _loaded(_RUN, "show", "1", "--db", str(db)) == "LOADED []"


@pytest.mark.parametrize("fmt", ["acled-csv", "ucdp-csv", "claims-csv", "json", "geojson"])
def test_lazy_export_command_imports_no_model_code(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert _loaded(_RUN, "export", "--format", fmt, "--db", str(db), "--out", str(out)) == (
        "LOADED []"
    )
    assert out.stat().st_size > 0


def test_lazy_web_service_reads_without_model_code(db: Path) -> None:
    paths = ("/api/incidents", "/api/incidents/1", "/api/incidents.csv", "/api/documents/1")
    assert _loaded(_SERVE, str(db), *paths) == "LOADED []"


def test_lazy_corpus_package_imports_no_model_code() -> None:
    code = (
        "import sys; from claimledger.corpus import list_incidents, get_incident; "
        "print('spacy' in sys.modules, 'claimledger.reconcile.grade' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_lazy_origin_key_is_one_function_wherever_imported() -> None:
    from claimledger.reconcile import grade, origin

    assert grade.origin_key is origin.origin_key
    assert grade.origin_words is origin.origin_words
    assert origin.origin_key("@ShehabAgency") == origin.origin_key("Shehab News Agency")
    assert origin.origin_key("Ressa Farmers Union") != origin.origin_key("Ressa News")


def test_lazy_reconcile_package_names_resolve_on_first_use() -> None:
    import claimledger.reconcile as reconcile
    from claimledger.reconcile.estimates import estimate

    assert reconcile.estimate is estimate
    assert "build_incidents" in dir(reconcile)
    with pytest.raises(AttributeError, match="no attribute 'grade_everything'"):
        _ = reconcile.grade_everything
