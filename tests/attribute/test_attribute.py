"""Tests of stage 4, attribution: find_attributions, attribute_claims, source_kind, is_hedged.

Every text here is written for these tests; the reference text is only read
at run time through the ``fallujah_text`` fixture.
"""

from __future__ import annotations

import pytest

from claimledger.attribute.find import attribute_claims, find_attributions, is_hedged, source_kind
from claimledger.attribute.quotes import find_quotes
from claimledger.records import Attribution, Evidence, FigureMention, Segment
from tests.claims_helpers import claims_of_figures

pytestmark = pytest.mark.integration


def _atts(nlp, text: str) -> list[Attribution]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    atts = find_attributions(doc, "t")
    for a in atts:  # the evidence contract: offsets give back the text
        for ev in (a.content, a.cue, a.source.evidence):
            if ev is not None:
                assert text[ev.start : ev.end] == ev.text
                assert ev.doc_id == "t"
    return atts


def _by_source(atts: list[Attribution], name: str) -> Attribution:
    found = [a for a in atts if a.source.name == name]
    assert found, [a.source.name for a in atts]
    return found[0]


def _figure(text: str, phrase: str, figure: str, low: int, **kw) -> FigureMention:  # type: ignore[no-untyped-def]
    start = text.index(phrase)
    ev = Evidence(start, start + len(phrase), phrase, "t")
    dot = text.rfind(". ", 0, start)
    s_start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    s_end = text.find(".", start)
    s_end = len(text) if s_end < 0 else s_end + 1
    sent = Evidence(s_start, s_end, text[s_start:s_end], "t")
    return FigureMention(
        figure=figure,
        low=low,
        high=kw.pop("high", low),
        qualifier=kw.pop("qualifier", "exact"),
        evidence=ev,
        sentence=sent,
        **kw,
    )


# --- find_attributions: one pattern per test ------------------------------------


def test_attribute_according_to_fronted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to the provincial health office, 14 people died in the flooding."
    (att,) = _atts(nlp, text)
    assert att.source.name == "the provincial health office"
    assert att.source.kind == "official"
    assert att.cue is not None and att.cue.text == "According to"
    assert att.content.text == "14 people died in the flooding"
    assert not att.direct and not att.hedged


def test_attribute_trailing_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Seven fishermen are still missing, a coast guard spokesman said on Sunday."
    (att,) = _atts(nlp, text)
    assert att.source.name == "a coast guard spokesman"
    assert att.source.kind == "official"
    assert att.content.text == "Seven fishermen are still missing"
    assert att.cue is not None and att.cue.text == "said"


def test_attribute_said_in_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The interior ministry said in a statement that three guards were wounded."
    (att,) = _atts(nlp, text)
    assert att.source.name == "The interior ministry"
    assert att.source.kind == "official"
    assert att.cue is not None and att.cue.text == "said in a statement"
    assert att.content.text == "that three guards were wounded"


def test_attribute_fronted_statement_and_partisan(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a statement, the rebel alliance confirmed that its fighters had withdrawn."
    (att,) = _atts(nlp, text)
    assert att.source.name == "the rebel alliance"
    assert att.source.kind == "partisan"
    assert att.cue is not None and att.cue.text == "confirmed"


def test_attribute_told_outlet_is_via(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor told Reuters that the bridge had collapsed under the weight of the trucks."
    (att,) = _atts(nlp, text)
    assert att.source.name == "The mayor"
    assert att.source.kind == "official"
    assert att.source.via == "Reuters"
    assert att.content.text.startswith("that the bridge had collapsed")


def test_attribute_quoted_relay_keeps_original_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # Decision: the one who reports is the source; the outlet that quotes it is the relay.
    text = "Reuters quoted the state news agency, which reported that 30 sailors were rescued."
    atts = _atts(nlp, text)
    att = _by_source(atts, "the state news agency")
    assert att.source.kind == "media"
    assert att.source.via == "Reuters"
    assert att.content.text == "that 30 sailors were rescued"
    assert att.source.evidence is not None and att.source.evidence.text == "which"


def test_attribute_medic_is_medical(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A nurse at the district clinic said she had treated nine children for burns."
    (att,) = _atts(nlp, text)
    assert att.source.kind == "medical"
    assert att.content.text == "she had treated nine children for burns"


def test_attribute_anonymous_officer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A police captain, who spoke on condition of anonymity because he was not allowed "
        "to brief journalists, said the attackers wore army uniforms."
    )
    (att,) = _atts(nlp, text)
    assert att.source.name == "A police captain"
    assert att.source.kind == "anonymous"
    # The evidence keeps the whole description, up to the comma that closes it.
    assert att.source.evidence is not None
    assert att.source.evidence.text.startswith("A police captain, who spoke on condition")
    assert att.source.evidence.text.endswith("journalists,")
    assert att.content.text == "the attackers wore army uniforms"


def test_attribute_relative_on_facebook_is_family(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "His sister wrote on Facebook that he was detained at a checkpoint near the border."
    (att,) = _atts(nlp, text)
    assert att.source.name == "His sister"
    assert att.source.kind == "family"
    assert att.source.via == "Facebook"
    assert att.cue is not None and att.cue.text == "wrote"


def test_attribute_post_shared_by_account(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two shops near the market were burned, in a post shared by @harbourwatch on Telegram."
    (att,) = _atts(nlp, text)
    assert att.source.name == "@harbourwatch"
    assert att.source.kind == "social_media"
    assert att.source.via == "Telegram"
    assert att.content.text == "Two shops near the market were burned"


def test_attribute_coordinated_sources_split(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army and the border police said that five smugglers were arrested."
    atts = _atts(nlp, text)
    assert [(a.source.name, a.source.kind) for a in atts] == [
        ("The army", "military"),
        ("the border police", "official"),
    ]
    assert atts[0].content == atts[1].content
    assert atts[0].cue == atts[1].cue


def test_attribute_pronoun_it_resolves_to_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry said the blast killed four people near the depot. "
        "It said the cause was under investigation."
    )
    atts = _atts(nlp, text)
    assert [a.source.name for a in atts] == ["The ministry", "The ministry"]
    assert atts[1].source.evidence is not None and atts[1].source.evidence.text == "It"
    assert atts[1].content.text == "the cause was under investigation"


def test_attribute_pronoun_he_skips_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The battalion lost contact with its patrol. Major Ilse Brandt led the search.\n\n"
        "“We found the vehicle burned out by the river,” she said."
    )
    atts = _atts(nlp, text)
    att = atts[-1]
    assert att.source.name == "Major Ilse Brandt"
    assert att.source.kind == "military"
    assert att.direct
    assert att.content.text == "“We found the vehicle burned out by the river,”"


def test_attribute_multi_paragraph_quote_named_at_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The camp was quiet by noon.\n\n"
        "“The shelling began at midnight and nobody slept.\n\n"
        "“By morning the clinic had run out of bandages,” said Amal Nasser, who runs the camp."
    )
    atts = _atts(nlp, text)
    att = _by_source(atts, "Amal Nasser")
    assert att.direct
    assert att.content.text.startswith("“The shelling began")
    assert att.content.text.endswith("bandages,”")


def test_attribute_quote_continued_in_next_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The road is closed,” the district governor said.\n\n"
        "“Trucks with food and medicine have been waiting for three days.”"
    )
    atts = _atts(nlp, text)
    assert len(atts) == 2
    orphan = atts[1]
    assert orphan.cue is None and orphan.direct
    assert orphan.source.name == "the district governor"
    assert orphan.content.text.startswith("“Trucks")


def test_attribute_colon_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police: Six dead after ferry capsizes\n\nThe ferry sank in the estuary on Monday."
    atts = _atts(nlp, text)
    (att,) = [a for a in atts if a.cue is not None and a.cue.text == ":"]
    assert att.source.name == "Police"
    assert att.source.kind == "official"
    assert att.content.text == "Six dead after ferry capsizes"


def test_attribute_headline_without_source_is_not_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Another bad night: Three killed in the harbour district\n\nRescuers worked until dawn."
    assert _atts(nlp, text) == []


def test_attribute_hedged_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army said the strike may have hit a school by mistake."
    (att,) = _atts(nlp, text)
    assert att.hedged
    assert att.source.kind == "military"


def test_attribute_denial_is_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The militia denied the allegations."
    (att,) = _atts(nlp, text)
    assert att.source.kind == "partisan"
    assert att.cue is not None and att.cue.text == "denied"
    assert att.content.text == "the allegations"


def test_attribute_passive_subject_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _atts(nlp, "The villagers were told to leave before dark.") == []


# --- source_kind, is_hedged, quotes -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Iraqi Defence Ministry", "official"),
        ("the health ministry", "official"),
        ("a hospital director", "medical"),
        ("a doctor at the health ministry", "medical"),
        ("the army", "military"),
        ("a coalition spokesman", "military"),
        ("a Taliban spokesman", "partisan"),
        ("militia commander Abu Karim", "partisan"),
        ("an army commander", "military"),
        ("sources", "anonymous"),
        ("a security source", "anonymous"),
        ("an official who spoke on condition of anonymity", "anonymous"),
        ("residents", "witness"),
        ("his mother", "family"),
        ("the Syrian Observatory for Human Rights", "ngo"),
        ("Human Rights Watch", "ngo"),
        ("the Red Cross", "ngo"),
        ("the Associated Press", "media"),
        ("@cityalerts", "social_media"),
    ],
)
def test_attribute_source_kind(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_attribute_source_kind_context_and_person() -> None:
    assert source_kind("the officer", "who spoke on condition of anonymity") == "anonymous"
    assert source_kind("Lena Sorensen", person=True) == "witness"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Initial reports indicate that the convoy was hit", True),
        ("the possibility that civilians died", True),
        ("it could be a mistake", True),
        ("the blast may have killed ten", True),
        ("reportedly killed", True),
        ("it is believed that six died", True),
        ("unconfirmed reports", True),
        ("preliminary figures", True),
        ("the strike appears to have missed", True),
        ("suspected militants", True),
        ("six people were killed", False),
        ("the mighty river", False),
    ],
)
def test_attribute_is_hedged(text: str, hedged: bool) -> None:
    assert is_hedged(text) is hedged


def test_attribute_quotes_multi_paragraph_and_repair() -> None:
    text = "“One. Two.\n\n“Three,” he said.\n\nNo opening mark here,” she said."
    quotes = find_quotes(text)
    assert [text[s:e] for s, e in quotes] == [
        "“One. Two.\n\n“Three,”",
        "No opening mark here,”",
    ]


# --- attribute_claims -------------------------------------------------------------


def test_attribute_claims_figure_goes_to_covering_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to the provincial health office, 14 people died in the flooding."
    fig = _figure(text, "14 people died", "killed", 14)
    (claim,) = claims_of_figures(nlp, text, [fig])
    assert (claim.figure, claim.low, claim.high, claim.qualifier) == ("killed", 14, 14, "exact")
    assert claim.source.name == "the provincial health office"
    assert claim.source.kind == "official"
    assert claim.evidence == fig.evidence
    assert claim.statement == text


def test_attribute_claims_unattributed_figure_is_the_authors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Eleven people were injured when the roof fell."
    fig = _figure(text, "Eleven people were injured", "injured", 11)
    (claim,) = claims_of_figures(nlp, text, [fig])
    assert claim.source.kind == "author" and claim.source.name == "author"
    assert not claim.hedged


def test_attribute_claims_coordinated_sources_give_one_claim_each(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army and the border police said that five smugglers were arrested."
    fig = _figure(text, "five smugglers were arrested", "arrested", 5)
    claims = claims_of_figures(nlp, text, [fig])
    assert [(c.source.name, c.figure, c.low) for c in claims] == [
        ("The army", "arrested", 5),
        ("the border police", "arrested", 5),
    ]


def test_attribute_claims_hedged_and_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry said no one was killed, but initial reports suggest two guards are missing."
    )
    dead = _figure(text, "no one was killed", "killed", 0, negated=True)
    missing = _figure(text, "two guards are missing", "missing", 2)
    claims = [c for c in claims_of_figures(nlp, text, [dead, missing]) if c.figure]
    by_fig = {c.figure: c for c in claims}
    assert by_fig["killed"].low == 0 and by_fig["killed"].high == 0
    assert by_fig["killed"].source.name == "The ministry"
    assert by_fig["missing"].hedged


def test_attribute_claims_assertions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The coalition said it had opened an inquiry into the raid. "
        "Nearly 40 % of the wells in the district are dry. "
        "The market reopened on 3 May."
    )
    claims = claims_of_figures(nlp, text, [])
    assert all(c.figure is None and c.low is None and c.qualifier is None for c in claims)
    assert [(c.source.name, c.source.kind) for c in claims] == [
        ("The coalition", "military"),
        ("author", "author"),
    ]
    assert claims[0].statement == "it had opened an inquiry into the raid"
    assert claims[1].statement == "Nearly 40 % of the wells in the district are dry."


def test_attribute_claims_headline_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police: Six dead after ferry capsizes\n\nTwelve passengers were rescued."
    six = _figure(text, "Six dead", "killed", 6)
    twelve = _figure(text, "Twelve passengers were rescued", "injured", 12)
    head = Segment(0, text.index("\n"), "headline")
    claims = claims_of_figures(nlp, text, [six, twelve], [head])
    assert [(c.low, c.source.name) for c in claims if c.figure] == [(6, "Police"), (12, "author")]


def test_attribute_claims_quote_segment_is_not_an_author_assertion(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Half of 300 homes in the valley were flooded."
    quote = Segment(0, len(text), "quote")
    assert claims_of_figures(nlp, text, [], [quote]) == []
    assert len(claims_of_figures(nlp, text, [])) == 1


# --- reference text (read at run time, never copied) ---------------------------------


@pytest.mark.shared
def test_attribute_reference_text(nlp, fallujah_text: str) -> None:  # type: ignore[no-untyped-def]
    from claimledger.extract.numbers.figures import extract_figures
    from claimledger.segment.segments import segment_document

    doc = nlp(fallujah_text)
    figures = extract_figures(doc, "ref")
    atts = find_attributions(doc, "ref")
    claims = attribute_claims(doc, "ref", figures, atts, segment_document(doc, "ref"))

    def figs(kind: str) -> set[tuple[str | None, int | None, str | None]]:
        return {
            (c.figure, c.low, c.qualifier) for c in claims if c.source.kind == kind and c.figure
        }

    ministry = [c for c in claims if c.source.kind == "official" and c.figure]
    assert {(c.figure, c.low) for c in ministry} == {("killed", 1), ("injured", 9)}
    assert all("Defense Ministry" in c.source.name for c in ministry)
    assert {(f, lo) for f, lo, _ in figs("anonymous")} == {("killed", 25), ("injured", 37)}
    assert figs("medical") == {("injured", 20, "at_least")}
    coalition = [c for c in claims if c.source.kind == "military" and c.figure is None and c.hedged]
    assert any("initial reports indicate" in c.statement for c in coalition)
    zamili = [a for a in atts if a.source.kind == "partisan" and a.source.via == "RT"]
    assert zamili and "al-Zamili" in zamili[0].source.name
    # The headline's figures are the author's.
    head_end = fallujah_text.index("\n")
    head = [c for c in claims if c.figure and c.evidence.start < head_end]
    assert head and all(c.source.kind == "author" for c in head)
    # The share of sorties is the author's assertion, not a casualty figure.
    share = [c for c in claims if c.figure is None and "%" in c.statement]
    assert len(share) == 1 and share[0].source.kind == "author"


def test_attribute_claims_stance_makes_no_assertion(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator praised the rescue teams."
    atts = _atts(nlp, text)
    assert [a.cue.text for a in atts if a.cue] == ["praised"]
    assert claims_of_figures(nlp, text, []) == []


@pytest.mark.parametrize("doubter", ["No one in the town", "Nobody in the town", "None of us"])
def test_attribute_a_doubt_by_no_one_is_not_a_claim_of_anyone(doubter: str) -> None:
    """'Nobody believes that number' is the writer's doubt, not a statement by 'Nobody'."""
    import claimledger

    text = f"Posted by a reader: Six dead, says the ministry. {doubter} believes that number."
    doc = claimledger.analyze(text, doc_id="d1", published="2024-01-02")
    claims = [c for inc in doc.incidents for c in inc.claims]
    assert [(c.figure, c.low, c.source.name) for c in claims if c.figure] == [
        ("killed", 6, "the ministry")
    ]
    assert not [c for c in claims if c.source.name.lower().startswith(("no one", "nobody", "none"))]


@pytest.mark.parametrize("nobody", ["No group", "No militant organisation", "Neither side"])
def test_attribute_no_group_claiming_an_attack_is_no_source(nobody: str) -> None:
    """'No group has said it carried out the attack': no one asserts anything (nor counts as a source)."""
    import claimledger

    text = (
        "A car bomb killed four people at a checkpoint near Tarsin on Monday, the police said. "
        f"{nobody} has said it carried out the attack."
    )
    doc = claimledger.analyze(text, doc_id="d1", published="2024-01-02")
    claims = [c for inc in doc.incidents for c in inc.claims]
    assert [(c.figure, c.low, c.source.name) for c in claims if c.figure] == [
        ("killed", 4, "the police")
    ]
    assert not [c for c in claims if c.source.name.lower().startswith(("no ", "neither"))]
