"""`claimledger incidents` reads a store without importing spaCy, the readers or the grade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.fixtures.corpus.handmade import build_store

_RUN = """
import sys
from claimledger.cli.main import main
sys.argv = ["claimledger", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = ("spacy", "claimledger.attribute", "claimledger.extract", "claimledger.reconcile")
print("LOADED", [m for m in heavy if m in sys.modules])
"""


def _loaded(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _RUN, *args], capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def test_lazy_incidents_command_imports_no_model_code(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    build_store(db).close()
    assert _loaded("incidents", "--db", str(db)) == "LOADED []"


def test_lazy_corpus_package_imports_no_model_code() -> None:
    code = (
        "import sys; from claimledger.corpus import list_incidents, get_incident; "
        "print('spacy' in sys.modules, 'claimledger.reconcile' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
