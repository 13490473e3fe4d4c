"""Error classes found on the fresh claims gold of 2026-12-04 (`fresh-gold.jsonl`, written
after the rules and measured once before these fixes): parts of a count named after it,
displaced people who were killed, a command as a military source, a count by a counting
verb, the hedging reports of no one, the detention of N. Texts written for these tests."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures
from tests.claims_helpers import claims_reader


def _rows(nlp, text: str) -> list[tuple[str, int | None, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t1")]


_claims = claims_reader("figure", "low", "name", "kind", "hedged")


def test_among_them_names_a_part_of_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The clinic said six people were killed, among them two nurses.")
    assert rows == [("killed", 6, 6, "exact"), ("killed", 2, 2, "exact")]


def test_n_of_them_names_a_part_of_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Officials said 31 villagers were killed, 12 of them children, near Oreth.")
    assert rows == [("killed", 31, 31, "exact"), ("killed", 12, 12, "exact")]
    rows = _rows(nlp, "Nine people died in the fire; at least four of them were pupils.")
    assert rows == [("killed", 9, 9, "exact"), ("killed", 4, None, "at_least")]


def test_of_whom_a_state_is_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The shelling killed eight women, two of whom were pregnant, in Vell.")
    assert rows == [("killed", 8, 8, "exact")]


def test_displaced_people_who_were_killed_are_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Eleven displaced people sheltering in a mosque in Harnet were killed on Monday."
    assert _rows(nlp, text) == [("killed", 11, 11, "exact")]
    assert _rows(nlp, "The raid killed 14 displaced farmers.") == [("killed", 14, 14, "exact")]
    # displacement alone stays displacement
    text = "About 2,500 people were displaced by the floods and fighting near Harnet."
    assert _rows(nlp, text) == [("displaced", 2500, 2500, "about")]


def test_the_detention_of_n_is_an_arrest_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The raid on the farm led to the detention of six suspects."
    assert _rows(nlp, text) == [("arrested", 6, 6, "exact")]


def test_a_command_is_military_and_a_police_command_official() -> None:
    assert _claims("The Western Command said five soldiers were wounded at Brask.") == [
        ("injured", 5, "The Western Command", "military", False)
    ]
    assert _claims("The Brask Police Command said five officers were wounded.") == [
        ("injured", 5, "The Brask Police Command", "official", False)
    ]


def test_a_counting_verb_gives_the_count_its_subject() -> None:
    assert _claims("The district hospital counted nine dead after the strike on Brask.") == [
        ("killed", 9, "The district hospital", "medical", False)
    ]


def test_initial_reports_hedge_the_author_and_are_no_source() -> None:
    claims = _claims("Initial assessments indicate the strike near Brask killed four fighters.")
    assert claims == [("killed", 4, "author", "author", True)]
    # reports that say where they come from are a source
    claims = _claims("Unconfirmed reports on Telegram said two more people died in Brask.")
    assert [(c[0], c[1], c[4]) for c in claims] == [("killed", 2, True)]
    assert claims[0][2] != "author"


def test_a_person_noun_before_an_apposition_is_one_victim() -> None:
    claims = _claims("The agency said a strike near Brask killed a paramedic, Adan Pell.")
    assert [(c[0], c[1]) for c in claims] == [("killed", 1)]


def test_a_possessed_leader_killed_is_one_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The network's commander, known as Abu Sarim, was killed in a raid near Brask."
    assert _rows(nlp, text) == [("killed", 1, 1, "exact")]


def test_another_is_one_more_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Three guards were killed and another was wounded at the Brask gate.")
    assert rows == [("killed", 3, 3, "exact"), ("injured", 1, 1, "exact")]


def test_the_group_points_back_to_the_named_organisation() -> None:
    text = (
        "Monitors of the Harel Rights Group visited the site in Brask. According to the "
        "group, 17 people were killed."
    )
    assert _claims(text) == [("killed", 17, "Harel Rights Group", "ngo", False)]
    # a one-word name is no antecedent of "the group": it stays the group
    text = "Velkar fighters entered Brask. According to the group, 4 soldiers were killed."
    assert [c[2] for c in _claims(text)] == ["the group"]


def test_a_victim_joined_to_the_first_ones_name_is_counted_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Her uncle Samir and Samir's son Fadi were killed when the shell hit Brask."
    assert _rows(nlp, text) == [("killed", 2, 2, "exact")]


def test_a_role_with_a_name_in_apposition_is_named_by_the_name() -> None:
    text = "A nephew of the victims, Karim Tal, wrote on Facebook that three people were killed."
    assert _claims(text) == [("killed", 3, "Karim Tal", "family", False)]
    text = "The reporter Lina Vos said that a shell killed two farmers near Brask."
    assert _claims(text) == [("killed", 2, "Lina Vos", "media", False)]


def test_counted_sources_spelled_out_are_the_named_ones() -> None:
    text = (
        "Two sources, the Brask Monitor and the journalist Omar Sel, said that a strike "
        "killed five people."
    )
    assert [(c[2], c[3]) for c in _claims(text)] == [
        ("the Brask Monitor", "ngo"),
        ("Omar Sel", "media"),
    ]


def test_posts_by_a_news_page_are_the_pages_claim() -> None:
    claims = _claims("Posts by a local news page spoke of six dead in Brask.")
    assert [(c[0], c[1], c[2], c[3]) for c in claims] == [
        ("killed", 6, "a local news page", "media")
    ]


def test_a_descriptor_with_a_proper_name_is_named_by_the_name() -> None:
    text = "The aid group Hands Across Brask said it had treated 19 wounded children."
    assert [(c[0], c[1], c[2], c[3]) for c in _claims(text)] == [
        ("injured", 19, "Hands Across Brask", "ngo")
    ]
    text = "Another outlet, Brask Morning, reported seven dead."
    assert [(c[2], c[3]) for c in _claims(text)] == [("Brask Morning", "media")]


def test_quoting_a_source_makes_it_the_source() -> None:
    text = "The Oren agency, quoting a hospital source, said six people were killed in Brask."
    assert _claims(text) == [("killed", 6, "a hospital source", "medical", False)]


def test_those_of_the_injured_who_died_are_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Medics said that three of the wounded later died in Brask.")
    assert rows == [("killed", 3, 3, "exact")]
    rows = _rows(nlp, "Four people were hurt; two of the injured are in critical condition.")
    assert rows == [("injured", 4, 4, "exact"), ("injured", 2, 2, "exact")]


def test_a_part_of_a_body_count_and_a_part_a_speaker_adds(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The clinic received 14 bodies overnight, among them five women.")
    assert rows == [("killed", 14, 14, "exact"), ("killed", 5, 5, "exact")]
    text = "The strike killed 12 villagers; the mayor said four of them were children."
    assert _rows(nlp, text) == [("killed", 12, 12, "exact"), ("killed", 4, 4, "exact")]


def test_a_numbered_release_without_a_dateline_speaks_as_the_author() -> None:
    text = (
        "Release 2026-114. The Southern Command confirms that a strike near Orvel killed "
        "three members of a mortar team. Residents said two farmers were wounded."
    )
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [
        ("killed", 3, "author"),
        ("injured", 2, "Residents"),
    ]
    # a news text opening on "release" is no release
    text = "Release of the detainees was delayed after the army said four soldiers were killed."
    assert [(c[2], c[3]) for c in _claims(text)] == [("the army", "military")]


def test_counted_outlets_named_in_apposition_are_the_sources() -> None:
    text = (
        "Two local outlets, Radio Brask and the Brask Herald, reported that shelling killed "
        "three farmers."
    )
    assert [(c[2], c[3]) for c in _claims(text)] == [
        ("Radio Brask", "media"),
        ("the Brask Herald", "media"),
    ]


def test_a_centre_for_and_volunteers_are_civil_society() -> None:
    text = "The Olm Center for Victims' Rights said that four civilians were killed in Brask."
    assert [c[3] for c in _claims(text)] == ["ngo"]
    text = "The volunteer group Brask Aid said that nine people were wounded."
    assert [(c[2], c[3]) for c in _claims(text)] == [("Brask Aid", "ngo")]


def test_among_the_dead_is_a_casualty_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Three guards were among those wounded in the Brask blast.") == [
        ("injured", 3, 3, "exact")
    ]
    assert _rows(nlp, "Four nurses were among the dead, the clinic said.") == [
        ("killed", 4, 4, "exact")
    ]
    # among people who are not casualties: no figure
    assert _rows(nlp, "Five teachers were among the protesters in Brask.") == []


def test_a_parent_named_in_apposition_speaks_as_family() -> None:
    text = "The mother of the boy, Hala Mour, said four children were killed in Brask."
    assert [(c[2], c[3]) for c in _claims(text)] == [("Hala Mour", "family")]


def test_a_groups_name_for_its_members_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Four Taliban were killed in the raid near Brask.") == [
        ("killed", 4, 4, "exact")
    ]
    assert _rows(nlp, "3-4 alleged Taliban killed in a strike on a Brask compound.") == [
        ("killed", 3, 4, "exact")
    ]


def test_killing_a_bill_kills_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "The Brask council killed the bill on Monday.") == []


# --- fourth batch (fresh4-gold.jsonl, scored once before these rules) ----------------


def test_a_count_spacy_tags_a_time_or_a_percentage_is_still_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The governor said the toll stood at 9 and that dozens were wounded.")
    assert rows == [("killed", 9, 9, "exact"), ("injured", 12, None, "vague")]
    rows = _rows(nlp, "A video from Brask spoke of no fewer than 15 martyrs.")
    assert rows == [("killed", 15, None, "at_least")]
    # a time and a percentage that say so stay out
    assert _rows(nlp, "The shelling began at 4 pm and killed two farmers.") == [
        ("killed", 2, 2, "exact")
    ]
    assert _rows(nlp, "Turnout was 40 percent and three voters were hurt.") == [
        ("injured", 3, 3, "exact")
    ]


def test_put_the_dead_or_their_number_at_n(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A farmer from Brask put the dead at eleven.") == [
        ("killed", 11, 11, "exact")
    ]
    text = "The rebels said the dead were civilians and put their number at nine."
    assert _rows(nlp, text) == [("killed", 9, 9, "exact")]
    # their number with no casualty word before it is no toll
    assert _rows(nlp, "The ministry put their number at 40 schools.") == []


def test_a_named_victim_and_one_more_add_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A guard, Omar Tel, and a cook were killed at the Brask gate."
    assert _rows(nlp, text) == [("killed", 2, 2, "exact")]
    text = "The raid killed the cell's financier, Abu Nasr, and two couriers."
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]
    # a clause of its own after the name is not a companion
    text = "Gunmen killed a teacher, Ali Omar, and wounded three pupils."
    assert _rows(nlp, text) == [("killed", 1, 1, "exact"), ("injured", 3, 3, "exact")]
    text = "The unit killed the cell's emir, Abu Dar, and three of his guards were killed too."
    assert _rows(nlp, text) == [("killed", 1, 1, "exact"), ("killed", 3, 3, "exact")]


def test_relatives_listed_after_a_lost_relative_add_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She wrote that she had lost her father, her father's brother and their three sons."
    assert _rows(nlp, text) == [("killed", 5, 5, "exact")]
    text = "We buried my sister Dana and my two nephews in Brask yesterday."
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]
    # a relative who survived is not listed with the dead
    assert _rows(nlp, "She lost her husband and her two sons survived.") == [
        ("killed", 1, 1, "exact")
    ]


def test_custody_and_prisoners_taken_are_arrests(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police took three of the gang's members into custody in Brask."
    assert _rows(nlp, text) == [("arrested", 3, 3, "exact")]
    assert _rows(nlp, "Six fighters were taken prisoner near Brask.") == [
        ("arrested", 6, 6, "exact")
    ]
    assert _rows(nlp, "Two guards surrendered and were taken prisoner.") == [
        ("arrested", 2, 2, "exact")
    ]
    assert _rows(nlp, "Troops detained a weapons supplier at the Brask market.") == [
        ("arrested", 1, 1, "exact")
    ]


def test_martyrdom_of_n_and_wounds_after_admitted_or_escaped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The front announced the martyrdom of three of its fighters near Brask."
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]
    assert _rows(nlp, "Nine were admitted with shrapnel wounds in Brask.") == [
        ("injured", 9, 9, "exact")
    ]
    assert _rows(nlp, "Two robbers escaped with gunshot wounds.") == [("injured", 2, 2, "exact")]


def test_recovering_bodies_and_giving_a_figure_name_the_source() -> None:
    claims = _claims("A strike hit Brask. The civil defence recovered nine bodies from the rubble.")
    assert [(c[0], c[1], c[2], c[3]) for c in claims] == [
        ("killed", 9, "The civil defence", "official")
    ]
    claims = _claims("Shelling hit Brask. The district clinic gave a figure of 7 dead.")
    assert [(c[0], c[1], c[2], c[3]) for c in claims] == [
        ("killed", 7, "The district clinic", "medical")
    ]


def test_both_after_coordinated_sources_is_no_source() -> None:
    text = "Radio Brask and the Brask Herald both reported that shelling killed four farmers."
    assert [(c[2], c[3]) for c in _claims(text)] == [
        ("Radio Brask", "media"),
        ("the Brask Herald", "media"),
    ]
    text = "@BraskNews and @OrelLive both posted that shelling killed four farmers."
    assert [c[2] for c in _claims(text)] == ["@BraskNews", "@OrelLive"]


def test_an_officials_name_in_apposition_names_the_source() -> None:
    text = "A shell hit Brask. The governor of Brask, Tamer Vell, said nine people were wounded."
    assert [(c[2], c[3]) for c in _claims(text)] == [("Tamer Vell", "official")]


def test_we_outside_a_quote_is_the_author() -> None:
    # A faction's statement header names who speaks: the faction, ``partisan`` (the gold of
    # the fifteenth and sixteenth batches, fresh15-r03 and fresh16-r03; it was the author's).
    text = (
        "Statement of the Brask Front: our fighters attacked a checkpoint near Orel. "
        "We mourn the martyrdom of four of our fighters."
    )
    assert [(c[0], c[1], c[2], c[3]) for c in _claims(text)] == [
        ("killed", 4, "the Brask Front", "partisan")
    ]
    text = "Our fighters attacked a checkpoint near Orel. We mourn the martyrdom of four of them."
    assert [(c[0], c[1], c[2], c[3]) for c in _claims(text)] == [("killed", 4, "author", "author")]


def test_newspaper_names_and_bodies_of_families() -> None:
    assert [c[3] for c in _claims("The Brask Observer reported that six people were killed.")] == [
        "media"
    ]
    text = "The Brask Families Association said ten people were killed in the shelling."
    assert [(c[2], c[3]) for c in _claims(text)] == [("The Brask Families Association", "ngo")]
    # a family still speaks as family
    assert [c[3] for c in _claims("His family said two people were killed in Brask.")] == ["family"]


def test_a_platforms_allegations_are_its_posters_claim() -> None:
    text = (
        "Troops raided Brask. Officers dismissed Facebook allegations that six farmers were killed."
    )
    assert [(c[0], c[1], c[3]) for c in _claims(text)] == [("killed", 6, "social_media")]


def test_the_names_of_those_killed_count_once_with_named_relatives(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The names of the dead are Sami Oran, his wife Lina, their sons Adel and Tamer."
    assert _rows(nlp, text) == [("killed", 4, 4, "exact")]
    text = "The names of those killed, as the council listed them, were Rami Sol and Dina Sol."
    assert _rows(nlp, text) == [("killed", 2, 2, "exact")]
    assert _rows(nlp, "The names of the streets were Oran Road and Bazz Lane.") == []


def test_people_destroyed_are_killed_and_things_destroyed_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Artillery destroyed up to 30 militants near Velyn.") == [
        ("killed", None, 30, "up_to")
    ]
    assert _rows(nlp, "About 20 fighters were destroyed in the strike on Orel.") == [
        ("killed", 20, 20, "about")
    ]
    assert _rows(nlp, "Aviation destroyed four tanks and two depots near Orel.") == []


def test_intensive_care_and_burns_are_injuries(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Three people are in intensive care after the strike on Orel.") == [
        ("injured", 3, 3, "exact")
    ]
    assert _rows(nlp, "His sister is in intensive care in Orel.") == [("injured", 1, 1, "exact")]
    assert _rows(nlp, "Nine were admitted with burns in Orel.") == [("injured", 9, 9, "exact")]
    assert _rows(nlp, "Take care with the burns on the stove.") == []


def test_a_count_verb_inside_a_report_stays_the_reporters_claim() -> None:
    text = "Shelling hit Orel. The reporter Dana Vos wrote that the morgue had received 14 bodies."
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [("killed", 14, "Dana Vos")]
    text = "Shelling hit Orel. The morgue in Orel received 14 bodies."
    assert [(c[0], c[1], c[2], c[3]) for c in _claims(text)] == [
        ("killed", 14, "The morgue in Orel", "medical")
    ]


def test_according_to_data_no_one_holds_is_the_writers_own() -> None:
    text = (
        "Aviation struck a depot near Orel; according to confirmed data, 12 militants were killed."
    )
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [("killed", 12, "author")]
    text = "Shelling hit Orel. According to figures from the health ministry, 14 people died."
    assert [(c[1], c[2], c[3]) for c in _claims(text)] == [(14, "the health ministry", "official")]


def test_a_post_header_names_the_poster_of_the_text() -> None:
    text = (
        "Posted on Facebook by Lina Haddad: This morning the shell killed my brother and "
        "his two sons. Our neighbour was wounded."
    )
    assert [(c[0], c[1], c[2], c[3]) for c in _claims(text)] == [
        ("killed", 3, "Lina Haddad", "family"),
        ("injured", 1, "Lina Haddad", "family"),
    ]
    text = "Telegram post by @orel_watch: shelling in Orel killed three people tonight."
    assert [(c[2], c[3]) for c in _claims(text)] == [("@orel_watch", "social_media")]
    # a sentence that only starts like a header is no post
    text = "Posted by the Orel municipality at noon, the update said 4 people were killed."
    assert [c[2] for c in _claims(text)] == ["the update"]


def test_a_part_after_a_stated_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "A teacher put the dead at nine, including three pupils.")
    assert rows == [("killed", 9, 9, "exact"), ("killed", 3, 3, "exact")]
    rows = _rows(nlp, "The injury toll rose to 40, including 12 children.")
    assert rows == [("injured", 40, 40, "exact"), ("injured", 12, 12, "exact")]
    # a part of things is no casualty
    assert _rows(nlp, "Four houses were hit in Orel, including two schools.") == []
