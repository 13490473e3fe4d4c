"""Thirty-first session (helper A, issue 15): two forms of who holds a claim.

* Under a dated dateline ("KORVAN, Tessaly (March 3, 2026) —") a lead sentence that opens on
  the body and a verb of saying as a story tells it ("The army said ...", "The interior
  ministry announced that ...") is a news story: the body keeps its claims
  (``releases._told_of``); a release's lead says "reports"/"confirms" or puts the body last
  ("..., the Defence Staff said") and stays the author's.
* A closing signature may say who the poster is before the name ("— posted by Velmar
  resident Tomas Okoye", "— posted by nurse Ana Rus"): the poster is the name, the
  description gives its kind as a header's description does (``releases._SIGNED_POST``).

Every text was written for these tests (invented places, people, bodies, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.releases import _SIGNED_POST
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-03-10")

_DATELINE = "KORVAN, Tessaly (March 3, 2026) — "


@pytest.mark.parametrize(
    ("lead", "name", "kind"),
    [
        (
            "The interior ministry announced that at least 9 civilians died when a drone "
            "struck a bus near the border crossing.",
            "The interior ministry",
            "official",
        ),
        (
            "The army said its units killed 14 militants in the hills over the weekend.",
            "The army",
            "military",
        ),
        (
            "The Defence Ministry on Monday said its forces killed 14 militants.",
            "The Defence Ministry",
            "official",
        ),
    ],
)
def test_a_dated_story_lead_keeps_the_body(lead: str, name: str, kind: str) -> None:
    got = _claims(_DATELINE + lead)
    assert got and all(row[2:] == (name, kind) for row in got)


@pytest.mark.parametrize(
    "lead",
    [
        # hard cases beside them: a release's own voice stays the author's
        "An air strike on a depot killed 14 militants on Sunday, the Defence Staff said.",
        "The Northern Command reports that an air strike on a depot killed 14 militants.",
    ],
)
def test_a_release_lead_stays_the_authors(lead: str) -> None:
    got = _claims(_DATELINE + lead)
    assert got and all(row[2:] == ("author", "author") for row in got)


def test_a_signature_describing_its_poster() -> None:
    body = "Shelling hit the eastern quarter last night. At least 7 people were killed.\n"
    assert ("killed", 7, "Tomas Okoye", "social_media") in _claims(
        body + "— posted by Velmar resident Tomas Okoye"
    )
    assert ("killed", 7, "Ana Rus", "medical") in _claims(body + "— posted by nurse Ana Rus")


def test_a_described_poster_writing_of_kin_is_family() -> None:
    text = (
        "Shelling hit the eastern quarter last night. At least 7 people were killed near the "
        "bakery, among them my uncle.\n— posted by Velmar resident Tomas Okoye"
    )
    assert ("killed", 7, "Tomas Okoye", "family") in _claims(text)


def test_a_signature_naming_a_place_is_no_description() -> None:
    # hard case: "a user in X" names where the poster is, not who: no name is read
    assert _SIGNED_POST.match("— posted by a user in Tolmeryn") is None
    m = _SIGNED_POST.match("— posted by Velmar resident Tomas Okoye")
    assert m is not None and (m["desc"], m["name"]) == ("Velmar resident", "Tomas Okoye")
