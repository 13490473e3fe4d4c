"""A statement restated by a list of sources gives one claim per source (issue 15).
Texts written for these tests."""

from __future__ import annotations

from claimledger import analyze
from claimledger.attribute.corroborated import members


def _killed(text: str) -> list[tuple[int | None, str, str]]:
    doc = analyze(text)
    return [
        (c.low, c.source.name, c.source.kind)
        for inc in doc.incidents
        for c in inc.claims
        if c.figure == "killed"
    ]


def test_which_was_corroborated_by_a_list() -> None:
    text = (
        "Radio Osk reported the death of a farmer in Dovra, with Kelm Press also reporting "
        "a total of four deaths, which was corroborated by Wattan Daily, Nabad and New Post."
    )
    rows = _killed(text)
    fours = sorted((name, kind) for low, name, kind in rows if low == 4)
    assert fours == [
        ("Kelm Press", "media"),
        ("Nabad", "media"),
        ("New Post", "media"),
        ("Wattan Daily", "media"),
    ]
    # The farmer's death is Radio Osk's: the list restates the clause after ", with".
    assert [name for low, name, _ in rows if low == 1] == ["Radio Osk"]


def test_this_was_reported_by_restates_the_sentence_before() -> None:
    text = (
        "Kelm Press reported on Monday that two farmers were killed in the shelling of Dovra. "
        "This was reported by other sources as well, including Nabd Daily, and Twitter/X "
        "users @dovra_now and @osk_updates."
    )
    rows = sorted(_killed(text))
    assert rows == [
        (2, "@dovra_now", "social_media"),
        (2, "@osk_updates", "social_media"),
        (2, "Kelm Press", "media"),
        (2, "Nabd Daily", "media"),
    ]


def test_without_a_list_nothing_is_added() -> None:
    text = "Kelm Press reported on Monday that two farmers were killed in the shelling of Dovra."
    assert _killed(text) == [(2, "Kelm Press", "media")]


def test_members_read_descriptors() -> None:
    listed = "journalist Sami Odeh and by local outlets such as Osk Today and @osk_radio"
    assert members(listed) == [
        ("Sami Odeh", "media"),
        ("Osk Today", "media"),
        ("@osk_radio", "media"),
    ]


def test_a_lowercase_group_is_not_a_member() -> None:
    assert members("numerous other sources as well, including Nabd Daily") == [
        ("Nabd Daily", "media")
    ]


def test_a_figure_reported_by_passive_agents_is_theirs() -> None:
    text = (
        "Two boys were reportedly killed in a strike on a house in Dovra on Tuesday. The "
        "killing of the two boys was reported by a local resident (@karam_x) on Twitter/X and "
        "further corroborated by journalist Hadi Mansour and by local news outlets such as "
        "the Lumen Agency and NorthPost."
    )
    second = sorted((name, kind) for low, name, kind in _killed(text)[1:] if low == 2)
    assert second == [
        ("@karam_x", "social_media"),
        ("Hadi Mansour", "media"),
        ("Lumen Agency", "media"),
        ("NorthPost", "media"),
    ]
    assert _killed(text)[0] == (2, "author", "author")


def test_a_passive_report_after_another_clause_is_not_the_figures_source() -> None:
    rows = _killed("Four farmers were killed in Dovra and the strike was reported by Lumen News.")
    assert rows == [(4, "author", "author")]


def test_a_handle_in_a_list_of_sources_is_no_anonymous_source() -> None:
    from claimledger.attribute.sources import source_kind

    assert source_kind("@dovranews", "other sources, including") == "media"
    assert source_kind("@rami_k", "other sources, including") == "social_media"
    assert source_kind("a source", "other sources") == "anonymous"


def test_an_outlets_handle_among_users_is_media() -> None:
    assert members("Nabd Daily, and Twitter/X users @yara_k, @dovraradio and @rami_k") == [
        ("Nabd Daily", "media"),
        ("@yara_k", "social_media"),
        ("@dovraradio", "media"),
        ("@rami_k", "social_media"),
    ]


def test_a_channel_close_to_a_militia_is_partisan() -> None:
    from claimledger.attribute.sources import source_kind

    assert source_kind("A Telegram channel close to the militia") == "partisan"
    assert source_kind("an account affiliated with the Dovra Front") == "partisan"
    assert source_kind("a source close to the militia") == "anonymous"
