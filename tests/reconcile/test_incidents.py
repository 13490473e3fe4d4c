"""Tests of reconcile: grouping claims into incidents and the low/best/high rule."""

from __future__ import annotations

import re

from claimledger.reconcile import build_incidents, estimate
from claimledger.records import ActorMention, Claim, EventMention, Evidence, Source

TEXT = (
    "Last week rebels shelled an army post near the town. "
    "On Sunday gunmen attacked the market of Kalto. "
    "Four traders were killed, the governor said. "
    "A nurse said nine people died."
)


def _ev(text: str, phrase: str, confidence: float = 1.0) -> Evidence:
    start = text.index(phrase)
    return Evidence(start, start + len(phrase), phrase, "d1", "test", confidence)


def _claim(figure: str | None, low: int | None, high: int | None, source: str, **kw) -> Claim:  # type: ignore[no-untyped-def]
    ev = kw.pop("evidence", Evidence(0, 1, "x", "d1", "test", 1.0))
    return Claim(
        figure=figure,
        statement="s",
        low=low,
        high=high,
        qualifier=kw.pop("qualifier", "exact"),
        source=Source(name=source, kind=kw.pop("kind", "official"), via=kw.pop("via", None)),
        hedged=kw.pop("hedged", False),
        evidence=ev,
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets, each sentence ending at . ! or ? (no spaCy needed)."""
    return [m.span() for m in re.finditer(r"\S[^.!?]*[.!?]?", text)]


def test_reconcile_estimate_contested_sources_keep_low_and_high() -> None:
    est = estimate(
        [
            _claim("killed", 1, 1, "the ministry"),
            _claim("killed", 25, 25, "an officer", kind="anonymous"),
            _claim("killed", 25, 25, "author", kind="author", qualifier="up_to"),
        ]
    )
    assert (est.low, est.best, est.high) == (1, 25, 25)


def test_reconcile_estimate_open_ended_counts_as_its_lower_bound() -> None:
    est = estimate(
        [
            _claim("injured", 9, 9, "the ministry"),
            _claim("injured", 37, 37, "an officer"),
            _claim("injured", 20, None, "a medic", qualifier="at_least", kind="medical"),
        ]
    )
    assert (est.low, est.best, est.high) == (9, 20, 37)


def test_reconcile_estimate_source_counts_once_at_its_highest_figure() -> None:
    # A ministry that revises 3 to 5 is one source saying 5, not two sources.
    est = estimate(
        [
            _claim("killed", 3, 3, "The Ministry"),
            _claim("killed", 5, 5, "the  ministry"),
            _claim("killed", 4, 4, "a witness", kind="witness"),
        ]
    )
    assert (est.low, est.best, est.high) == (4, 5, 5)


def test_reconcile_estimate_hedged_claims_do_not_set_best() -> None:
    est = estimate(
        [
            _claim("killed", 2, 2, "police"),
            _claim("killed", 40, 40, "a militia", kind="partisan", hedged=True),
        ]
    )
    assert (est.low, est.best, est.high) == (2, 2, 40)


def test_reconcile_estimate_range_keeps_both_ends() -> None:
    est = estimate([_claim("killed", 4, 7, "author", kind="author")])
    assert (est.low, est.best, est.high) == (4, 4, 7)


def test_reconcile_no_event_and_no_figure_gives_no_incident() -> None:
    text = "The council approved the budget on Monday."
    assert (
        build_incidents(
            text,
            _sentences(text),
            "d1",
            claims=[],
            events=[],
            dates=[],
            places=[],
            actors=[],
            segments=[],
            stated_date=None,
        )
        == []
    )


def test_reconcile_event_on_another_occasion_is_a_second_incident_without_figures() -> None:
    events = [
        EventMention(
            "Explosions/Remote violence", "Shelling/artillery/missile attack", _ev(TEXT, "shelled")
        ),
        EventMention("Violence against civilians", "Attack", _ev(TEXT, "attacked")),
    ]
    actors = [
        ActorMention("rebels", "perpetrator", _ev(TEXT, "rebels")),
        ActorMention("army", "target", _ev(TEXT, "army post")),
        ActorMention("gunmen", "perpetrator", _ev(TEXT, "gunmen")),
    ]
    claims = [
        _claim("killed", 4, 4, "the governor", evidence=_ev(TEXT, "Four traders were killed")),
        _claim("killed", 9, 9, "a nurse", kind="medical", evidence=_ev(TEXT, "nine people died")),
    ]
    incidents = build_incidents(
        TEXT,
        _sentences(TEXT),
        "d1",
        claims=claims,
        events=events,
        dates=[],
        places=[],
        actors=actors,
        segments=[],
        stated_date="2020-01-02",
    )
    # The shelling names a target found nowhere else, has no figures, and "last week"
    # places it on another occasion: a second incident without figures.
    assert [i.id for i in incidents] == ["d1#1", "d1#2"]
    main, side = incidents
    assert main.sub_event_type == "Attack"
    assert side.sub_event_type == "Shelling/artillery/missile attack"
    assert side.estimates == {}
    assert [a.name for a in side.actors] == ["rebels", "army"]
    assert main.estimates["killed"].low == 4
    assert main.estimates["killed"].high == 9
    assert main.date is not None and main.date.value == "2020-01-02"


def test_reconcile_accident_with_casualties_is_not_an_incident() -> None:
    text = "A ferry capsized on the lake on Sunday, killing nine passengers."
    claims = [_claim("killed", 9, 9, "author", kind="author", evidence=_ev(text, "killing nine"))]
    claims = [c.__class__(**{**c.__dict__, "statement": text}) for c in claims]
    incidents = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=claims,
        events=[],
        dates=[],
        places=[],
        actors=[],
        segments=[],
        stated_date="2021-05-03",
    )
    assert incidents == []


def test_reconcile_event_recalled_from_years_ago_is_not_an_incident() -> None:
    from claimledger.records import DateMention

    text = "Veterans met on Monday to remember the 1991 siege of the town, which killed 300 people."
    events = [EventMention("Battles", "Armed clash", _ev(text, "siege"))]
    dates = [DateMention("1991-01-01", "year", _ev(text, "1991"))]
    claims = [
        _claim("killed", 300, 300, "author", kind="author", evidence=_ev(text, "killed 300 people"))
    ]
    incidents = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=claims,
        events=events,
        dates=dates,
        places=[],
        actors=[],
        segments=[],
        stated_date="2019-04-08",
    )
    assert incidents == []


def _place(text: str, phrase: str, name: str, admin1: str, lat: float, lon: float):  # type: ignore[no-untyped-def]
    from claimledger.records import Place, PlaceMention

    place = Place(1, name, "AF", "Afghanistan", admin1, lat, lon, 1000, "P")
    return PlaceMention(place, _ev(text, phrase), relation="in")


def _segments(text: str):  # type: ignore[no-untyped-def]
    from claimledger.records import Segment

    out, start = [], 0
    for para in text.split("\n\n"):
        out.append(Segment(start, start + len(para), "reporting"))
        start += len(para) + 2
    return out


def test_reconcile_roundup_of_distant_towns_is_split_into_incidents() -> None:
    text = (
        "A bomb hit a bus in Zaranj on Monday, killing six people.\n\n"
        "In Faizabad, gunmen attacked a checkpoint on Tuesday, killing two guards.\n\n"
        "Zaranj police said the bus was full."
    )
    events = [
        EventMention(
            "Explosions/Remote violence", "Remote explosive/landmine/IED", _ev(text, "bomb")
        ),
        EventMention("Battles", "Armed clash", _ev(text, "attacked")),
    ]
    places = [
        _place(text, "Zaranj", "Zaranj", "Nimruz", 30.96, 61.86),
        _place(text, "Faizabad", "Faizabad", "Badakhshan", 37.12, 70.58),
    ]
    claims = [
        _claim("killed", 6, 6, "author", kind="author", evidence=_ev(text, "killing six people")),
        _claim("killed", 2, 2, "author", kind="author", evidence=_ev(text, "killing two guards")),
    ]
    incidents = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=claims,
        events=events,
        dates=[],
        places=places,
        actors=[],
        segments=_segments(text),
        stated_date="2022-03-09",
    )
    assert [(i.sub_event_type, i.estimates["killed"].low) for i in incidents] == [
        ("Remote explosive/landmine/IED", 6),
        ("Armed clash", 2),
    ]
    assert incidents[0].location is not None and incidents[0].location.name == "Zaranj"
    assert incidents[1].location is not None and incidents[1].location.name == "Faizabad"


def test_reconcile_nearby_towns_stay_one_incident() -> None:
    text = (
        "A bomb hit a bus in Zaranj on Monday, killing six people.\n\n"
        "Gunmen then attacked the hospital in Kang where the wounded were taken."
    )
    events = [
        EventMention(
            "Explosions/Remote violence", "Remote explosive/landmine/IED", _ev(text, "bomb")
        ),
        EventMention("Battles", "Armed clash", _ev(text, "attacked")),
    ]
    places = [
        _place(text, "Zaranj", "Zaranj", "Nimruz", 30.96, 61.86),
        _place(text, "Kang", "Kang", "Nimruz", 31.12, 61.88),
    ]
    incidents = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=[],
        events=events,
        dates=[],
        places=places,
        actors=[],
        segments=_segments(text),
        stated_date="2022-03-09",
    )
    assert len(incidents) == 1


def test_reconcile_statistics_over_a_period_are_listed_not_counted() -> None:
    text = (
        "A man was shot and killed on Elm Street on Sunday. "
        "So far this year 212 people have been killed in the city, police said."
    )
    stat = _claim("killed", 212, 212, "police", evidence=_ev(text, "212 people have been killed"))
    stat = stat.__class__(**{**stat.__dict__, "statement": text.split(". ")[1]})
    one = _claim("killed", 1, 1, "author", kind="author", evidence=_ev(text, "shot and killed"))
    events = [EventMention("Violence against civilians", "Attack", _ev(text, "shot"))]
    (incident,) = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=[one, stat],
        events=events,
        dates=[],
        places=[],
        actors=[],
        segments=[],
        stated_date="2017-05-01",
    )
    assert [c.aggregate for c in incident.claims] == [False, True]
    est = incident.estimates["killed"]
    assert (est.low, est.best, est.high) == (1, 1, 1)


def test_reconcile_report_without_event_words_is_classified_from_its_lead() -> None:
    text = "Demonstrators gathered outside the governor's office on Monday to demand the release of detained activists."
    (incident,) = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=[],
        events=[],
        dates=[],
        places=[],
        actors=[],
        segments=[],
        stated_date="2020-05-04",
    )
    assert (incident.event_type, incident.sub_event_type) == ("Protests", "Peaceful protest")
    assert incident.claims == () and incident.estimates == {}


def test_reconcile_uses_the_given_events_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from claimledger.extract.events.model import NO_RULE, EventModel, save_model
    from claimledger.train.events import rule_slots

    text = "Gunmen attacked the market of Kalto on Sunday."
    events = [EventMention("Violence against civilians", "Attack", _ev(text, "attacked"))]
    kwargs = dict(claims=[], dates=[], places=[], actors=[], segments=[], stated_date=None)
    shipped = build_incidents(text, _sentences(text), "d1", events=events, **kwargs)
    assert shipped[0].sub_event_type == "Attack"
    # A model whose bias always names Looting: the incident takes its answer.
    slots = rule_slots()
    assert slots[-1] == NO_RULE
    model = EventModel(
        classes=("Attack", "Looting/property destruction"),
        weights=np.zeros((2, 16 + len(slots)), dtype=np.float32),
        bias=np.array([0.0, 1.0], dtype=np.float32),
        n_buckets=16,
        rule_slots=slots,
        rule_weight=0.5,
        threshold=0.0,
        meta={},
    )
    path = tmp_path / "looting.npz"
    save_model(model, path)
    mine = build_incidents(
        text, _sentences(text), "d1", events=events, events_model=str(path), **kwargs
    )
    assert (mine[0].event_type, mine[0].sub_event_type) == (
        "Strategic developments",
        "Looting/property destruction",
    )


def test_incidents_up_to_claim_counts_in_the_estimate() -> None:
    """'up to four killed' (low open, high 4) is a source's figure of 4, not left out."""
    from claimledger.reconcile import estimate_figures
    from claimledger.records import Claim, Evidence, Source

    ev = Evidence(0, 10, "up to four", "d")
    up_to = Claim(
        "killed",
        "up to four were killed",
        None,
        4,
        "up_to",
        Source("police", "official"),
        False,
        ev,
    )
    exact = Claim(
        "killed", "two were killed", 2, 2, "exact", Source("medics", "medical"), False, ev
    )
    est = estimate_figures([up_to, exact])["killed"]
    assert (est.low, est.best, est.high) == (2, 4, 4)
    assert estimate_figures([up_to])["killed"].best == 4


def test_incidents_typed_from_a_sentence_point_at_that_sentence() -> None:
    """No event word, a figure: the incident's evidence is the figure's whole sentence."""
    from claimledger.reconcile.fields import make_incident

    text = "Soldiers killed six fighters near Kidal. The army said the area was calm."
    sents = [(s, e, text[s:e]) for s, e in _sentences(text)]
    killed = _claim("killed", 6, 6, "author", evidence=_ev(text, "killed six fighters"))
    inc = make_incident("d1#1", [], [killed], [], [], [], "2024-03-06", main=True, sentences=sents)
    assert inc.sub_event_type is not None
    assert inc.evidence is not None
    assert (inc.evidence.start, inc.evidence.end) == (
        0,
        len("Soldiers killed six fighters near Kidal."),
    )
    assert inc.evidence.extractor == "event_types.sentence"
    assert inc.evidence.confidence < 0.5


def test_incidents_side_occasion_without_event_word_keeps_its_sentence_as_evidence() -> None:
    from claimledger.reconcile.fields import make_incident

    sentence = (
        "Not long after coalition aircraft bombed army troops near the airport, rebels moved in."
    )
    span = Evidence(0, len(sentence), sentence, "d1", "event_types.sentence", 0.3)
    inc = make_incident(
        "d1#2",
        [],
        [],
        [],
        [],
        [],
        None,
        main=False,
        sentences=[(0, len(sentence), sentence)],
        fallback_text=sentence,
        fallback_evidence=span,
    )
    assert inc.sub_event_type == "Air/drone strike"  # read from the sentence, no event word given
    assert inc.evidence == span


def test_incidents_sentences_naming_no_means_read_the_document_as_context() -> None:
    """'killed in the attack' in its own paragraph, a drone named earlier: an air strike."""
    from claimledger.reconcile.fields import make_incident

    second = "Later, three others were killed in the attack."
    doc = "A drone fired two missiles at a compound near Miranshah, killing four people. " + second
    start = doc.index(second)
    sents = [(0, start - 1, doc[: start - 1]), (start, len(doc), second)]
    killed = _claim("killed", 3, 3, "author", evidence=Evidence(start, len(doc), second, "d1"))

    def read(context: str) -> str | None:
        inc = make_incident(
            "d1#2", [], [killed], [], [], [], None, main=True, sentences=sents, context=context
        )
        return inc.sub_event_type

    assert read("") == "Attack"  # its own sentence alone names no means
    assert read(doc) == "Air/drone strike"


def _collapse(text: str, figure: str, segments: list | None = None) -> list:  # type: ignore[type-arg]
    ev = _ev(text, figure)
    claim = _claim("killed", 3, 3, "author", kind="author", evidence=ev)
    claim = claim.__class__(**{**claim.__dict__, "statement": text[: text.index(".") + 1]})
    return build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=[claim],
        events=[],
        dates=[],
        places=[],
        actors=[],
        segments=segments or [],
        stated_date="2026-03-02",
    )


def test_incidents_collapse_with_a_strike_blamed_in_another_sentence_is_an_incident() -> None:
    # the figures read as a disaster; an armed attack named in a later sentence the report
    # tells (a cause in dispute) makes it an incident
    text = (
        "Three people died when a block of flats collapsed in Nerrow on Monday. "
        "Tenants blamed an air strike, while the city said a boiler had exploded."
    )
    assert len(_collapse(text, "Three people died")) == 1
    text = (
        "A blast in a Nerrow bakery killed three workers on Monday. "
        "Neighbours said they saw a drone moments before."
    )
    assert len(_collapse(text, "killed three workers")) == 1


def test_incidents_collapse_with_no_attack_word_or_one_in_the_headline_has_no_type() -> None:
    # (thirtieth session: a deadly event of no attack forms an incident of no conflict type,
    # its figures claims like any other; it formed none before. Transport accidents still
    # form none: test_reconcile_accident_with_casualties_is_not_an_incident)
    text = (
        "Three people died when a block of flats collapsed in Nerrow on Monday. "
        "The city said a boiler had exploded."
    )
    found = _collapse(text, "Three people died")
    assert [(i.event_type, i.sub_event_type) for i in found] == [(None, None)]
    assert found[0].estimates["killed"].best == 3
    from claimledger.records import Segment

    # an attack word in the headline only is not a sentence the report tells
    text = "Strike threat after flats fall. Three people died when a block collapsed in Nerrow."
    head = [Segment(0, text.index(".") + 1, "headline")]
    claim_text = "Three people died when a block collapsed in Nerrow."
    ev = _ev(text, "Three people died")
    claim = _claim("killed", 3, 3, "author", kind="author", evidence=ev)
    claim = claim.__class__(**{**claim.__dict__, "statement": claim_text})
    found = build_incidents(
        text,
        _sentences(text),
        "d1",
        claims=[claim],
        events=[],
        dates=[],
        places=[],
        actors=[],
        segments=head,
        stated_date="2026-03-02",
    )
    assert [(i.event_type, i.sub_event_type) for i in found] == [(None, None)]


def test_incidents_deadly_event_of_no_attack_and_transport_accidents() -> None:
    # a stampede's dead: an incident of no type
    text = "Medics treated 40 people after the stampede at the Orvan gate; 5 of them died."
    found = _collapse(text, "5 of them died")
    assert [(i.event_type, i.estimates["killed"].best) for i in found] == [(None, 3)]
    # a road accident: none (ACLED and UCDP code political violence only)
    text = "Three people died when a minibus overturned near Nerrow on Monday."
    assert _collapse(text, "Three people died") == []
