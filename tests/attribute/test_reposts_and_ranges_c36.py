"""Helper C, thirty-sixth session: reposted statements, volunteer rescuers, bounds.

* "X reposted a statement by the Y Union: two teachers were killed": the statement's text
  after the colon is the union's, X relaying (``relayed_doc``). The lemmatiser reads
  "reposted", "retweeted" as "reposte", "retweete" (``relayed_doc.passing_lemma`` undoes the
  stray "e"); a possessive's mark in the owner's name ("Teachers' Union:") no longer pushes
  the colon out of reach. Not when no colon opens the statement's text.
* "a volunteer rescuer", "volunteer firefighters": no public service's agents but people who
  were there, ``witness`` (``head_kinds.public_agent``; ``docs/claims-gold.md``: a public
  service's agents, "rescuers", stay ``official``); "Volunteer Rescue", "a volunteer rescue
  team" stay civil society (``ngo``), "a volunteer medic" ``medical``. A later "he" is such
  a witness named by a noun of what they do (``resolve._named``: "a farmer", "a volunteer
  rescuer"); a service's agent stays as it was.
* "no more than nine people had been hurt" is "up to 9" (``numwords.PREFIXES``), also where
  the tagger reads the words as MONEY (``quantities.not_a_count``); "more than nine" stays
  low 9, ``more_than``.
* "at least ten and as many as twelve", "at least 11 and up to 15": one range, low and high
  (``quantities._upper_bound_after``); "at least 12 killed and up to 40 injured" stays two.

Designed on fresh20..fresh31 and our own gold; every text here was written for these tests
(invented places, outlets, people and numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", "via", published="2027-03-08")
_bounds = claims_reader("figure", "low", "high", "qualifier", "name", published="2027-03-08")


# --- reposted statements ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Varnik 1 reposted a statement by the Ostrel Teachers' Union: three teachers were "
            "killed and 11 pupils injured when a shell hit School No. 9. The union called for "
            "an inquiry.",
            [
                ("killed", 3, 3, "the Ostrel Teachers' Union", "ngo", "Varnik 1"),
                ("injured", 11, 11, "the Ostrel Teachers' Union", "ngo", "Varnik 1"),
            ],
        ),
        (
            "The Dolmar Community Page retweeted a post by the Kessin Nurses' Association: "
            "four people were killed at the clinic.",
            [
                (
                    "killed",
                    4,
                    4,
                    "the Kessin Nurses' Association",
                    "ngo",
                    "The Dolmar Community Page",
                )
            ],
        ),
    ],
)
def test_a_reposted_statement_is_its_owners(text: str, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    got = _claims(text)
    for row in rows:
        assert row in got


def test_a_repost_without_the_statements_text_keeps_the_next_sentence_the_authors() -> None:
    text = (
        "The Dolmar Community Page reposted a statement by the Kessin Teachers' Union. Four "
        "people were killed in the strike on the school."
    )
    assert ("killed", 4, 4, "author", "author", None) in _claims(text)


# --- volunteer rescuers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a volunteer rescuer in Murrask", "witness"),
        ("volunteer rescuers", "witness"),
        ("a volunteer firefighter at the scene", "witness"),
        # must not fire: a service's agents, civil-society bodies, a medic
        ("a rescuer", "official"),
        ("The rescuers", "official"),
        ("a first responder", "official"),
        ("Torvalde Volunteer Rescue", "ngo"),
        ("a volunteer rescue team", "ngo"),
        ("A volunteer medic", "medical"),
    ],
)
def test_a_volunteer_rescuer_is_a_witness(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_a_volunteer_rescuers_count_is_a_witness_claim() -> None:
    text = (
        "In a video shared on Telegram, a volunteer rescuer in Ostrel says he helped pull "
        "seven bodies from the ruins of the market."
    )
    rows = _claims(text)
    assert [(r[0], r[1], r[4]) for r in rows] == [("killed", 7, "witness")]
    assert "volunteer rescuer" in rows[0][3]


# --- bounds ------------------------------------------------------------------------------


def test_no_more_than_is_up_to() -> None:
    text = (
        "Ostrel civil protection reported that no more than six people had been hurt when a "
        "drone hit a tram depot on 6 March 2027."
    )
    assert _bounds(text) == [("injured", None, 6, "up_to", "Ostrel civil protection")]


def test_not_more_than_and_more_than() -> None:
    assert _bounds("Police said not more than 12 people were injured.") == [
        ("injured", None, 12, "up_to", "Police")
    ]
    assert _bounds("Police said more than 12 people were injured.") == [
        ("injured", 12, None, "more_than", "Police")
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "At least ten and as many as twelve civilians were killed in the strike on the "
            "Varnik bakery, local sources said.",
            ("killed", 10, 12, "exact", "local sources"),
        ),
        (
            "The Ostrel Monitoring Group said the strike killed at least 11 and up to 15 "
            "members of one family.",
            ("killed", 11, 15, "exact", "The Ostrel Monitoring Group"),
        ),
    ],
)
def test_at_least_and_up_to_is_one_range(text: str, row: tuple) -> None:  # type: ignore[type-arg]
    assert _bounds(text) == [row]


def test_at_least_one_figure_and_up_to_another_stay_two() -> None:
    rows = _bounds("Police said at least 12 people were killed and up to 40 injured.")
    assert ("killed", 12, None, "at_least", "Police") in rows
    assert ("injured", None, 40, "up_to", "Police") in rows


def test_he_after_a_volunteer_rescuer_is_the_rescuer() -> None:
    text = (
        "A volunteer rescuer in Ostrel says he helped pull seven bodies from the ruins. "
        '"There are dozens more injured," he says.'
    )
    rows = _claims(text)
    assert ("injured", 12, None, "A volunteer rescuer in Ostrel", "witness", None) in rows


def test_he_after_a_service_rescuer_is_left_as_it_was() -> None:
    # must not fire: a service's agent (``official``) is no witness by the pronoun's rule
    text = (
        "A rescuer in Ostrel says he helped pull seven bodies from the ruins. "
        '"There are dozens more injured," he says.'
    )
    rows = _claims(text)
    assert ("killed", 7, 7, "A rescuer in Ostrel", "official", None) in rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a role before the poster's name says who they are
        (
            "Hill Post shared a message from the resident Omar Venn: three people were killed "
            "near the mill.",
            ("killed", 3, 3, "Omar Venn", "witness", "Hill Post"),
        ),
        # must not fire: a bare name's post is a poster's
        (
            "Hill Post shared a message from Omar Venn: three people were killed near the mill.",
            ("killed", 3, 3, "Omar Venn", "social_media", "Hill Post"),
        ),
    ],
)
def test_a_shared_posts_owner_by_role_or_name(text: str, row: tuple) -> None:  # type: ignore[type-arg]
    assert row in _claims(text)
