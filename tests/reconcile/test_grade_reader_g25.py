"""The grade's learned text reader of disputes, refitted in the twenty-fifth session with
sentences of one party's blame, alone (no dispute) and answered by another party or cause (a
dispute): one party's blame alone is read as no dispute. Invented town and outlet (Zell, the Zell
Observer); the blame with its answer is the hit beside it.
"""

from __future__ import annotations

import pytest

from claimledger.reconcile.grade_dispute_model import text_dispute

pytestmark = pytest.mark.integration


def test_the_text_reader_reads_one_partys_blame_as_no_dispute() -> None:
    one = (
        "On 3 May 2026 a shell hit the market in Zell, killing two. Residents blamed government "
        "artillery for the shell that hit the market, according to the Zell Observer."
    )
    assert text_dispute(one) is None
    two = one + " The army rejected the accusation and said a rebel mortar fired the shell."
    assert text_dispute(two) is not None
