"""Seventeenth session (helper K): which source a figure belongs to, and its kind, by general
shapes of the parse and of a text's header, from the classes of the held-out claims batches
(described in the brief, not copied):

* a "citing" phrase the parse hangs on the subject as its adverbial clause ("X, citing a
  relative, put the toll at seven"): the cited speak, X relays;
* a second figure of the same clause with a counted subject of its own ("said 4 men were
  killed and 11 people wounded");
* a speaker after a "Name (Telegram):" header the parse hangs on the header as an apposition,
  named without the header;
* a release whose issuer stands above its header ("Ministry of X\\nPress release"); a civil
  issuer's ranked officer speaks for it (``official``); a body's spokesman with a rank;
* post headers "Post by X:", "X (Facebook):", "Shared from X, a pro-army channel:"; the
  writer's own people ("Our team counted ...") are the writer;
* "the centre" after "Y Centre for Z", "its director" after a hospital.

Every text was written for these tests (invented places, bodies, names and numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", "via", published="2026-06-10")


def test_citing_as_an_adverbial_clause_of_the_subject() -> None:
    got = _claims(
        "On 3 June 2026, a shell hit a shop in Barra. Ilmen Centre for Civil Liberties, "
        "citing a cousin, put the death toll at four."
    )
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [("killed", 4, "a cousin", "family")]
    assert (got[0][4] or "").startswith("Ilmen Centre")


def test_a_counted_second_clause_is_the_same_speakers() -> None:
    got = _claims(
        "On 5 June 2026, a rocket hit a bus stop in Sorra. The Sorra health directorate said "
        "6 men were killed and 14 people wounded."
    )
    assert got == [
        ("killed", 6, "The Sorra health directorate", "official", None),
        ("injured", 14, "The Sorra health directorate", "official", None),
    ]


def test_a_counted_clause_with_its_own_speaker_stays_its_own() -> None:
    got = _claims(
        "On 5 June 2026, a rocket hit a bus stop in Sorra. The Sorra health directorate said "
        "6 men were killed and 2 nurses said 14 people were wounded."
    )
    assert ("injured", 14, "2 nurses", "medical", None) in got


def test_a_speaker_after_a_bracketed_platform_header() -> None:
    got = _claims("Delta Wire Feed (Telegram): Doctors at the Rima clinic say 3 people died.")
    assert got == [("killed", 3, "Doctors at the Rima clinic", "medical", "Delta Wire Feed")]


def test_an_issuer_above_its_release_header_speaks_as_the_author() -> None:
    text = (
        "Ministry of Public Order\nPress release\n4 June 2026\nA gunman fired on a checkpoint "
        "near Vess this morning, killing one officer and wounding three passers-by, the "
        "ministry said."
    )
    assert [(g[0], g[1], g[2]) for g in _claims(text)] == [
        ("killed", 1, "author"),
        ("injured", 3, "author"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Coastal District Police\nMedia statement\n2 June 2026\nOfficers were attacked at a "
            "market. District Commander Ruth Okello said that three suspects were arrested.",
            ("arrested", 3, "Ruth Okello", "official", None),
        ),
        (
            "A grenade hit a bus depot in Amsel on Tuesday. Five suspects were detained later "
            "that day, the interior ministry's spokesman, Colonel Anton Bray, said.",
            ("arrested", 5, "Colonel Anton Bray", "official", None),
        ),
    ],
)
def test_a_civil_bodys_ranked_officer_is_official(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


def test_a_bare_spokesman_keeps_the_rank() -> None:
    got = _claims(
        "A grenade hit a bus depot in Amsel on Tuesday. A spokesman, Colonel Anton Bray, said "
        "five attackers were killed."
    )
    assert got == [("killed", 5, "Colonel Anton Bray", "military", None)]


def test_a_defence_ministrys_officer_stays_military() -> None:
    got = _claims(
        "Ministry of Defence\nPress release\n2 June 2026\nTroops were attacked near Orra. "
        "Colonel Ivo Marsh said that two attackers were killed."
    )
    assert got == [("killed", 2, "Colonel Ivo Marsh", "military", None)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Post by Samira Tull: Two people were killed on our road tonight.",
            ("killed", 2, "Samira Tull", "social_media", None),
        ),
        (
            "Post by Orchard Lane Volunteers: Our team counted 5 dead near the bakery.",
            ("killed", 5, "Orchard Lane Volunteers", "ngo", None),
        ),
        (
            "Kind Hands Relief (Facebook): Our crews took 8 wounded people to the clinic.",
            ("injured", 8, "Kind Hands Relief", "ngo", None),
        ),
        (
            "Shared from Steel Shield News, a pro-army channel: the enemy lost 20 militants "
            "near Kordo.",
            ("killed", 20, "Steel Shield News", "partisan", None),
        ),
    ],
)
def test_a_posts_header_names_its_poster(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


def test_our_team_without_a_header_is_the_writer() -> None:
    got = _claims("Field update, 6 June 2026. Our team counted 9 dead after the shelling of Marun.")
    assert got == [("killed", 9, "author", "author", None)]


def test_a_definite_body_takes_up_the_named_one() -> None:
    got = _claims(
        "On 2 June 2026, a strike hit Tell Omar. The Harun Centre for Documentation said 5 "
        "people were killed. The centre later said 3 more had died."
    )
    assert [(g[2], g[3]) for g in got] == [
        ("The Harun Centre for Documentation", "ngo"),
        ("Harun Centre for Documentation", "ngo"),
    ]


def test_its_director_is_the_hospitals() -> None:
    got = _claims(
        "On 4 June 2026, a bomb hit a house in Kesra. Six residents were treated for injuries "
        "at the Amal hospital, its director told the Ridge Rights Centre."
    )
    assert [(g[0], g[1], g[3]) for g in got] == [("injured", 6, "medical")]


def test_a_count_the_parse_hung_on_an_according_to_source() -> None:
    got = _claims(
        "On 7 June 2026, a strike hit a school in Varn. According to the monitoring group Orla "
        "Watch, 13 civilians, among them five children, were killed."
    )
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("killed", 13, "Orla Watch", "ngo"),
        ("killed", 5, "Orla Watch", "ngo"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Stone Gate (Telegram), sharing a post by Omar Kell: 3 soldiers were wounded near Ivsk.",
        "Repost from Omar Kell via Stone Gate: 3 soldiers were wounded near Ivsk.",
        "Stone Gate reposted a message from Omar Kell: 3 soldiers were wounded near Ivsk.",
    ],
)
def test_a_shared_post_is_its_original_posters(text: str) -> None:
    assert _claims(text) == [("injured", 3, "Omar Kell", "social_media", "Stone Gate")]


@pytest.mark.parametrize(
    "text",
    [
        # the issuer's name alone on the first line, no release header
        "Ministry of Defence of Orlan\n9 June 2026\nThe Ministry of Defence announced that its "
        "aircraft struck a depot near Vell, killing 7 militants.",
        # "Official statement of the X, <date>:" as the header
        "Official statement of the Orlan Ministry of Defence, 9 June 2026:\nThe ministry "
        "announced that its aircraft struck a depot near Vell, killing 7 militants.",
    ],
)
def test_a_body_named_in_its_own_statement_is_the_author(text: str) -> None:
    assert _claims(text) == [("killed", 7, "author", "author", None)]


def test_another_body_under_a_letterhead_keeps_its_claim() -> None:
    got = _claims("Orlan Health Ministry\n9 June 2026\nThe Vell hospital said 4 people died.")
    assert got == [("killed", 4, "The Vell hospital", "medical", None)]


def test_a_documented_count_citing_a_relative_is_the_relatives() -> None:
    got = _claims(
        "On 8 June 2026, a strike hit Ulm. The Ulm Rights Network documented the deaths of two "
        "brothers, citing their mother."
    )
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [("killed", 2, "their mother", "family")]
    assert got[0][4] == "The Ulm Rights Network"


def test_a_medic_of_an_aid_society_is_medical() -> None:
    got = _claims(
        "On 8 June 2026, a shell hit a square in Ulm. Red Crescent paramedics said 5 people "
        "were wounded. The Ulm Red Crescent branch said 2 people had died."
    )
    assert [(g[0], g[1], g[3]) for g in got] == [("injured", 5, "medical"), ("killed", 2, "ngo")]


def test_a_source_opening_a_later_sentence_of_a_header_line() -> None:
    got = _claims("Vell Today (Facebook page): URGENT. Medics at Vell clinic: 6 dead, 11 wounded.")
    assert got == [
        ("killed", 6, "Medics at Vell clinic", "medical", None),
        ("injured", 11, "Medics at Vell clinic", "medical", None),
    ]


def test_an_event_before_a_later_colon_is_no_source() -> None:
    got = _claims("Vell Today (Facebook page): URGENT. Shelling in Vell: 6 dead, 11 wounded.")
    assert [(g[2], g[3]) for g in got] == [("Vell Today", "media")] * 2


def test_the_count_is_no_part_of_the_according_to_sources_name() -> None:
    got = _claims(
        "On 8 June 2026, a strike hit a school in Ulm. According to a post on Facebook by the "
        "Ulm Youth Association, 14 injuries, many of them children, were recorded."
    )
    assert got == [("injured", 14, "the Ulm Youth Association", "ngo", None)]
