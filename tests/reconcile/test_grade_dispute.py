"""The contested detector (reconcile/grade_dispute.py), read from the parse.

Sentences of ours, with invented places and parties (Veld, Marro, the Skarn
Brigades, the Liberation Front). Each detector has its hits and near-misses
that must not count: a party's denial of another matter, "did not comment",
negated casualty words, one party's blame alone.
"""

from __future__ import annotations

import pytest

from claimledger.attribute.parsed import parse_sentences
from claimledger.corpus.independence import read_text_cues
from claimledger.reconcile.grade import decide, independent_sources
from claimledger.reconcile.grade_dispute import Dispute, Finding, read_parsed
from claimledger.reconcile.grade_dispute import find_disputes as find_parsed_disputes
from claimledger.reconcile.grade_gate import worth_keeping
from claimledger.reconcile.grade_parties import Party
from claimledger.records import Claim, Evidence, Source

pytestmark = pytest.mark.integration


def _two() -> tuple:  # type: ignore[type-arg]
    def claim(name: str) -> Claim:
        return Claim(
            "killed", "3 killed", 3, 3, "exact", Source(name, "media"), False,
            Evidence(0, 1, "x", "d", "test", 1.0),
        )  # fmt: skip

    return independent_sources([claim("Veld Post"), claim("Marro Radio")])


def find_disputes(sentences: list[str]) -> list[Dispute]:
    """The disputes of sentences of ours, each parsed alone (as a stored text's are)."""
    return find_parsed_disputes(parse_sentences(sentences), " ".join(sentences))


def read_sentence(sentence: str) -> list[Finding]:
    """The findings of one sentence that passes the gate (none otherwise)."""
    return read_parsed(parse_sentences([sentence])) if worth_keeping(sentence) else []


def _kinds(sentence: str) -> list[tuple[str, str | None, str]]:
    return [(f.kind, f.party.side, f.party.text) for f in read_sentence(sentence)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # blame verbs: the accused is the object, or the object of "on" / "to"
        (
            "The government blamed the attack on separatists, who in turn accused the police "
            "of opening fire.",
            {"nonstate", "state"},
        ),
        # an attack verb's agent, said by someone; a place a party holds
        (
            "Witnesses said the projectile came from the rebel-held hills, while the Liberation "
            "Front insisted it had been launched by government troops.",
            {"nonstate", "state"},
        ),
        # the owner of the weapon; a coalition is a side of its own
        (
            "Some residents said the missile was fired by the coalition, while others said it "
            "was a government missile.",
            {"coalition", "state"},
        ),
        # "held ... responsible"; another sentence gives it to the other side
        (
            "The Skarn Brigades held the national army responsible. Army officers said "
            "insurgents had planted the device.",
            {"state", "nonstate"},
        ),
    ],
)
def test_two_parties_given_the_harm_are_a_dispute(text: str, parties: set[str]) -> None:
    found = find_disputes([s.strip() + "." for s in text.split(". ")])
    assert found and found[0].kind == "two accounts"
    assert {f.party.side for f in found[0].findings} == parties
    grade, reasons = decide(read_text_cues(text, _two()))
    assert grade == "contested" and "given the harm" in reasons[0]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("A spokeswoman for the Veld air force dismissed the reports as baseless.", "state"),
        ("The defence ministry described the allegations as lies.", "state"),
        (
            "A commander of the Skarn Brigades refuted claims that his men had fired on the "
            "convoy.",
            "nonstate",
        ),  # fmt: skip
        ("The militia denied that its fighters had attacked the bus.", "nonstate"),
        ("The air force rejected the accusation.", "state"),
        ("A coalition spokesman said that none of its aircraft had flown over Marro.", "coalition"),
        ("The army said it had not fired in the area that day.", "state"),
        ("The rebels said they were not responsible for the blast.", "nonstate"),
    ],
)
def test_a_party_denying_the_harm(sentence: str, party: str) -> None:
    assert ("deny", party) in [(k, side) for k, side, _ in _kinds(sentence)]
    grade, reasons = decide(read_text_cues(sentence, _two()))
    assert grade == "contested" and "denial" in reasons[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was injured in the blast, the army said.",
        "The army did not comment on the strike.",
        "The army denied entry to aid convoys on Tuesday.",  # another matter
        "The rebels denied reports that they had recruited children.",  # another matter
        "The government rejected calls for a ceasefire.",
        "The coalition dismissed the governor of Veld last year.",
        "No civilians were killed, according to the Skarn Brigades.",
        "The rebels said they had not received any warning before the strike.",
        "The ministry said the victims had not been identified.",
        "Marro police said the gunman did not fire at the officers.",  # no belligerent
    ],
)
def test_near_misses_deny_nothing(sentence: str) -> None:
    assert not [k for k, _, _ in _kinds(sentence) if k == "deny"]
    assert decide(read_text_cues(sentence, _two()))[0] == "fair"


@pytest.mark.parametrize(
    "text",
    [
        # one side given the harm, by several
        "Residents said the army shelled the market. Neighbours said government troops fired "
        "on the crowd; the Veld Post reported the same.",
        # a target is not an accused party
        "The air force said its jets struck a rebel command post, killing four fighters.",
        "There were conflicting reports about the death toll.",
        "Where reports differed, an age range has been provided.",
    ],
)
def test_one_party_or_figures_in_doubt_contest_nothing(text: str) -> None:
    assert not find_disputes([s.strip() for s in text.split(". ")])


def test_a_denial_beside_another_cause_and_a_denial_the_sources_overrule() -> None:
    # another cause that is no party's attack: stored munitions, a landmine, a misfire
    text = (
        "Local sources attributed the explosion to an airstrike; the Veld air force said it had "
        "conducted no strike and suggested that stored munitions had detonated."
    )
    found = find_disputes([text])
    assert found[0].kind == "denial" and {f.kind for f in found[0].findings} == {"deny", "cause"}
    # every source gives it to the denier: the denial alone contests nothing
    overruled = [
        "All sources attributed the strike to the Veld army.",
        "The army said it had not struck the clinic.",
    ]
    assert not find_disputes(overruled)
    assert find_disputes(overruled[1:])


def test_accounts_said_to_conflict_and_blame_traded() -> None:
    for text in (
        "Responsibility for the strike remains disputed.",
        "Accounts differ on who fired the rocket.",
        "The two sides blamed one another for the shelling of the market.",
        "The army and the rebels traded blame for the blast.",
    ):
        found = find_disputes([text])
        assert found and found[0].kind == "accounts conflict", text


def test_the_reason_names_parties_cues_and_sentences() -> None:
    text = (
        "The Liberation Front blamed government artillery. The defence ministry said the shell "
        "was fired from rebel lines."
    )
    grade, reasons = decide(read_text_cues(text, _two()))
    assert grade == "contested"
    assert "government artillery (The Liberation Front) given the harm [blamed]" in reasons[0]
    assert "rebel lines" in reasons[0] and "from lines" in reasons[0]
    assert "2 independent sources" in reasons[1]


@pytest.mark.parametrize(
    "text",
    [
        # an attack beside a blast of the victims' own explosives
        "Relatives said an army drone fired the missile. The army said the car exploded "
        "because the men inside were carrying explosives.",
        # a denial in a relative clause, by "the group"
        "Officials of the Veld government said the mortar round was fired by the Skarn "
        "Brigades, a claim the group denied.",
        "Each side pointed the finger at the other.",
        "Marro journalists reported that coalition warplanes bombed the school; Veld's "
        "defence ministry said its own artillery was responsible.",
        # a denial in a participle hung on the statement; the blame it gives
        "The rebels issued a statement rejecting responsibility and blaming the army.",
        "Two versions of events emerged: residents said soldiers opened fire, while the army "
        "said the gunmen were insurgents.",
        "Contrary to the residents' account, the air force said it had only targeted an empty "
        "warehouse.",
    ],
)
def test_other_wordings_of_a_dispute(text: str) -> None:
    assert find_disputes([s.strip() + "." for s in text.rstrip(".").split(". ")]), text


@pytest.mark.parametrize(
    "text",
    [
        # one side blaming another, and no one else: one account
        "The Veld army said the rocket had been launched by militants from a nearby orchard.",
        # a denial of civilian harm says who the dead were, not who struck
        "The army denied that any civilians had been harmed in the raid.",
        "Residents disputed the official death toll, saying at least 12 people were killed.",
        "The governor rejected the resignation of the police chief after the attack.",
        "The coalition said it was investigating the report.",
        "Tweets from two accounts said the army struck the house.",  # social-media accounts
        "A photo posted by the group carries the names of the dead.",  # "carries" is no attack
    ],
)
def test_other_near_misses(text: str) -> None:
    assert not find_disputes([text]), text


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Tarrow said the explosion followed the sound of an aircraft. The Northern "
        "Front later claimed that a government jet had dropped the bomb, while state television "
        "said the rebels had booby-trapped the building.",
        # a denial by having no weapon there, quoted "as saying"; "his men" are the speaker's
        "Osk FM quoted a militia commander as saying that his men had no artillery in the "
        "area. Local officials had accused the militia of shelling the district.",
        # "was behind", "claimed responsibility": two parties
        "According to the Veld Post, the army was behind the attack. A rebel spokesman claimed "
        "responsibility for the attack the same evening.",
        # "placed the blame on", "held ... accountable"
        'The ministry placed the blame on "foreign-backed gunmen". The opposition council '
        "instead held the presidential guard accountable.",
        # the accusation said to be untrue, by the accused's officer
        "A coalition press officer said the claim that its aircraft had struck the clinic was "
        '"categorically untrue".',
        "Rebel media reported that the village had been shelled from a government outpost. "
        "Government media said rebels had fired the shells to stage an atrocity.",
        "The armed forces issued a denial.",
        "The Skarn Brigades did not accept responsibility, saying the drone belonged to the army.",
        "Two local outlets said the blast was caused by an airstrike; a third said a fuel tanker "
        "had exploded after a traffic accident.",
    ],
)
def test_a_third_set_of_wordings(text: str) -> None:
    assert find_disputes([s.strip() + "." for s in text.rstrip(".").split(". ")]), text


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had targeted a rebel weapons store and that no civilians were present.",
        "The rebels denied that they had a base in the village.",
        "The police denied permission for a funeral march.",
        "The Liberation Front accused the government of failing to provide aid to the displaced.",
        "The ministry rejected the figures published by the monitoring group.",
        "No group has claimed responsibility for the bombing.",
        # the maker of a weapon is no party; a malfunction caused by the strike is no cause
        "Amnesty found that US-made munitions were used in the Israeli strike.",
        "The bombardment also caused the hospital's pumps to malfunction.",
        # a denial clears the speaker, not another party
        "Marro police said the gunman did not fire at the officers.",
    ],
)
def test_a_third_set_of_near_misses(text: str) -> None:
    assert not find_disputes([text]), text


@pytest.mark.parametrize(
    "text",
    [
        # an attack by a weapon beside a shell left over: two accounts of the cause
        "Teachers told the Kell Herald that a drone had dropped a grenade; the interior ministry "
        "attributed the explosion to an unexploded shell from last year's fighting.",
        # "came from" any party's units
        "The army's press service said the shells came from rebel mortar teams east of the town. "
        "Witnesses blamed the army.",
        "Neither the coalition nor the national air force acknowledged the strike, and each "
        "accused the other in statements the next day.",
        # a negated presence said by the party of itself
        "Local media attributed the killings to border troops; the border command said its "
        "patrols had not been in the sector since May.",
        "Responsibility could not be established: the militia and the army each claimed the "
        "other had fired.",
        # a party's own store blowing up against another party's missile
        "The army said a militant bomb-making workshop in the basement had blown up; the "
        "militants said an army missile hit the building.",
    ],
)
def test_a_fourth_set_of_wordings(text: str) -> None:
    assert find_disputes([s.strip() + "." for s in text.rstrip(".").split(". ")]), text


@pytest.mark.parametrize(
    "text",
    [
        "The government denied that civilians lived in the village, saying it was a rebel camp.",
        "The army rejected criticism of its drone programme in a statement the following week.",
        "Relatives said no one had warned them, and the army declined to comment.",
        "The army said its soldiers were not in danger during the raid on the rebel camp.",
    ],
)
def test_a_fourth_set_of_near_misses(text: str) -> None:
    assert not find_disputes([text]), text


# A fifth probe (thirteenth session), written before the detector read it: 11 of 24 disputes
# found and 15 of 16 near-misses left alone by the code of cb753b4; every one after 'or'
# alternatives, "nowhere near", "had nothing to do with", "which the army denied", weapons
# heard, "the army's work", "in dispute", "disagreed on who", groups told apart by name.
@pytest.mark.parametrize(
    "text",
    [
        "Conflicting reports attributed the missile either to the Dalmir army or to the Sable"
        " Front.",
        "Local outlets attributed the strike either to Dalmiri jets or to a Sable Front rocket.",
        "A spokesman for the Sable Front said its fighters were nowhere near the area at the time.",
        "The Dalmiri air force said it had no aircraft operating over Tarsen that night.",
        "The army claimed the blast was an accident, but survivors said they heard jets "
        "overhead moments before.",
        "Residents blamed the Horvat Legion, while the Quill Herald, citing military sources,"
        " blamed a Sable Front mortar.",
        "The Sable Front's media office said the army had shelled the market; the army said "
        "the market had been hit by a stray Sable Front rocket.",
        "The Dalmiri defence ministry insisted that its forces were not operating in Tarsen "
        "district.",
        "Officials of the Horvat Legion said the claims of their involvement were pure "
        "fabrication.",
        "The army said the explosion was caused by a car bomb planted by the Sable Front, an "
        "account the group rejected.",
        "The Sable Front said the army's version was a lie, insisting the houses were "
        "destroyed by an army airstrike.",
        "Witnesses said the drone came from the direction of the army base, though the "
        "military said none of its drones were airborne.",
        "The cause of the blast remains in dispute: the army says a weapons cache exploded, "
        "while residents say a drone struck the house.",
        "Qill Radio attributed the blast to a Dalmiri drone. The Dalmiri army has said its "
        "drones did not strike Tarsen that day.",
        "The Horvat Legion said it had nothing to do with the attack.",
        "An army spokesman said its units had not carried out any operations in the area on "
        "the day.",
        "The Sable Front accused the army of the attack, which the army denied.",
        "Sources disagreed on who was behind the strike.",
        "The army dismissed responsibility, saying the building had been rigged by Sable "
        "Front fighters.",
        "The Sable Front said the shelling was the army's work; Dalmiri officers put the "
        "blame on the Front's own gunners.",
        "Some residents said an army tank fired the round, others that it came from Sable "
        "Front positions on the ridge.",
        "The army rejected the Front's account and said the Front's fighters had detonated "
        "the bridge themselves.",
        "The Front said none of its units had been in Tarsen for weeks.",
        "Whether the blast came from an army shell or a Front mine is still unclear.",
    ],
)
def test_a_fifth_set_of_wordings(text: str) -> None:
    sentences = [s.strip() + "." for s in text.rstrip(".").split(". ")]
    assert decide(read_text_cues(" ".join(sentences), _two()))[0] == "contested", text


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had struck a Sable Front weapons depot in Tarsen.",
        "The Sable Front denied reports that it had recruited children.",
        "Conflicting reports gave the death toll as 4 or 7.",
        "Residents said they heard jets overhead before the blast.",
        "The army said no soldiers were injured in the attack.",
        "The Sable Front claimed responsibility for the attack on the army checkpoint.",
        "A spokesman for the army declined to comment on the strike.",
        "The Quill Herald and Tarsen Radio both attributed the strike to Dalmiri jets.",
        "The army said the fighters killed were all members of the Sable Front.",
        "Police said the gunman had not fired at the officers before he was arrested.",
        "The militia said it was not aware of any casualties.",
        "The army was nowhere to be seen when the market burned, residents said.",
        "The ministry denied entry to journalists seeking to visit Tarsen.",
        "The Sable Front said the army had no right to strike civilian homes.",
        "Reports differ on how many people were in the house.",
        "The army said its jets struck the depot at dawn and that no civilians were present.",
    ],
)
def test_a_fifth_set_of_near_misses(text: str) -> None:
    assert decide(read_text_cues(text, _two()))[0] != "contested", text


def test_armed_groups_are_told_apart_by_their_names() -> None:
    legion = Party("nonstate", None, "the Horvat Legion", "horvat legion")
    front = Party("nonstate", None, "the Sable Front", "sable front")
    assert legion.conflicts(front) and front.conflicts(legion)
    assert not front.conflicts(Party("nonstate", None, "the Front", "front"))  # one group
    assert not front.conflicts(Party("nonstate", None, "the rebels"))  # no name: unknown
    army = Party("state", None, "the Dalmir army", "dalmir")
    assert not army.conflicts(Party("state", None, "the army"))  # states go by country


# A sixth probe, written before the detector read it: 10 of 20 disputes found and 12 of 12
# near-misses left alone by the code of 090e6ba; 16 of 20 after every 'by' agent, a weapon
# placed by a group, "killed by a drone strike", weapons of the air as a state's, "a helicopter
# firing", "had no presence", "refused to accept responsibility", "distanced itself from", a
# passive "it is disputed" no denier. Left: an unknown demonym's artillery against a group's
# rocket in a text naming one side, "pointing to each other" parsed as a noun, "not aware of
# any strike", and an attack and stored munitions told by one speaker.
@pytest.mark.parametrize(
    "text",
    [
        "According to the Quill Herald, the victims died when an explosive device placed by "
        "Horvat Legion fighters went off. Relatives insisted the family had been killed by a "
        "drone strike.",
        "The Sable Front's spokesman rejected any role in the bombing and accused Dalmiri "
        "intelligence of staging it.",
        "Witnesses described a helicopter firing on the crowd; the interior ministry blamed "
        "armed gangs.",
        "There are contradictory claims about who carried out the strike.",
        "The Dalmiri army denied carrying out any strike in the village that day.",
        "A Horvat Legion commander told reporters the group had no presence in the area.",
        "Officials in Tarsen said a stray army shell caused the deaths, but the army said the"
        " shell came from Sable Front positions.",
        "The Front described the army's statement as a fabrication meant to cover up the strike.",
        "The village was hit either by an army drone or by a Front anti-aircraft missile that"
        " fell back, according to conflicting local reports.",
        "Dalmiri forces said they were not operating in the area and that they had no "
        "knowledge of the incident.",
        "Residents blamed the explosion on a drone, while police said a gas cylinder had "
        "exploded in the kitchen.",
        "The Sable Front said the claim that its fighters fired the mortar was completely false.",
        "It is disputed whether the casualties were caused by the army's shelling or by a "
        "Front car bomb.",
        "The army refused to accept responsibility, saying its forces had only returned fire.",
        "The Horvat Legion distanced itself from the attack.",
        "Both the coalition and the army denied that their aircraft were operating over "
        "Tarsen that night, leaving the strike unclaimed.",
    ],
)
def test_a_sixth_set_of_wordings(text: str) -> None:
    sentences = [s.strip() + "." for s in text.rstrip(".").split(". ")]
    assert decide(read_text_cues(" ".join(sentences), _two()))[0] == "contested", text


@pytest.mark.parametrize(
    "text",
    [
        "The army said its artillery shelled Front positions near Tarsen overnight; residents"
        " confirmed hearing the barrage.",
        "The Sable Front denied that any of its commanders had been killed in the strike.",
        "The Quill Herald and two local pages attributed the strike to the Dalmiri army, "
        "which confirmed it had targeted a weapons depot.",
        "Reports of the number of dead were contradictory, ranging from three to nine.",
        "The Dalmiri army said it was investigating the reports.",
        "The Front said it did not know how many of its fighters were inside.",
        "The army accused the Front of using the school as a shield.",
        "No group has claimed responsibility for the bombing, which police blamed on the "
        "Sable Front.",
        "Relatives rejected the army's offer of compensation.",
        "The army did not respond to requests for comment.",
        "Witnesses said there were no soldiers in the street when the shooting began.",
        "The Front's leaders disputed the army's figures for the number of fighters killed.",
        "Mourners at the vigil held each other and prayed for the two boys.",
        "Witnesses gave conflicting descriptions of the car the shooter drove away in.",
    ],
)
def test_a_sixth_set_of_near_misses(text: str) -> None:
    assert decide(read_text_cues(text, _two()))[0] != "contested", text


# A seventh probe, written before the detector read it: 5 of 16 disputes found and 9 of 10
# near-misses left alone by the code of e3d890c; 12 of 16 after accounts contested or
# contradicted by anyone, sources split between two parties' weapons, "no consensus on who",
# "the shell was not theirs", "an accidental detonation", "set off the bomb", "not responsible"
# only for the harm. Left: an "enemy booby trap" and a "weapons cache" spoken of, "killed in
# crossfire between rival factions", "some say a mortar round, others a roadside bomb", and
# "a version the Front rejects" (the parser makes "rejects" a noun).
@pytest.mark.parametrize(
    "text",
    [
        "The military's account, that the house had been used to store rockets, was contested"
        " by relatives.",
        "No party has acknowledged the strike, and the sources are split between a Dalmiri "
        "missile and a Front rocket.",
        "Horvat Legion media accused coalition jets of the massacre. The coalition called the"
        " accusation categorically untrue and said its aircraft had struck a military target "
        "40 km away.",
        "The Front insists the explosion was an army drone strike; the army says it was an "
        "accidental detonation inside a Front workshop.",
        "Army officials told the Quill Herald that the shell was not theirs.",
        "Local activists held the Dalmiri government responsible, but state television showed"
        " footage it said proved Front fighters had set off the bomb.",
        "The army has not commented. The Sable Front, however, said its fighters had been "
        "nowhere near Tarsen, and blamed a Horvat Legion unit for the attack.",
        "There is no consensus on who was behind the attack.",
        "The Horvat Legion denied involvement through a statement on its Telegram channel.",
        "A coalition spokesperson stated that coalition forces did not conduct any strikes in"
        " the area on that date.",
        "Eyewitnesses contradicted the army's claim that its soldiers came under fire first.",
        "The army and the Front traded accusations over the shelling of the market.",
    ],
)
def test_a_seventh_set_of_wordings(text: str) -> None:
    sentences = [s.strip() + "." for s in text.rstrip(".").split(". ")]
    assert decide(read_text_cues(" ".join(sentences), _two()))[0] == "contested", text


@pytest.mark.parametrize(
    "text",
    [
        "The army acknowledged the strike, saying it had targeted a Front commander.",
        "Dalmiri officials disputed the casualty figures given by the Front.",
        "The Front denied that it had used the school to store weapons.",
        "Residents said they were unsure what had caused the explosion.",
        "The Horvat Legion claimed the attack in a statement and named the fighter who "
        "carried it out.",
        "Sources agree that a Dalmiri drone struck the car.",
        "The army rejected calls for an independent inquiry.",
        "Quill Radio and Tarsen Today both said the shell was fired by the army.",
        "The Front said it was not responsible for protecting the convoy.",
        "The army said no strikes were planned for the coming week.",
        "Outlets were divided over whether the house was hit by artillery or by military "
        "aircraft, but all of them blamed the army.",
    ],
)
def test_a_seventh_set_of_near_misses(text: str) -> None:
    assert decide(read_text_cues(text, _two()))[0] != "contested", text


# An eighth probe, written before the detector read it: 8 of 14 disputes found and 8 of 8
# near-misses left alone by the code of a1b97fd; 11 of 14 after "found no evidence that its
# forces were involved", "contradictory explanations", "contradicting the government's
# statement". Left: a stray interceptor against jets of the same country, "fired only warning
# shots", "Who fired the rocket remains contested" (the parser makes "remains" an auxiliary).
@pytest.mark.parametrize(
    "text",
    [
        "Neither side accepted blame: the militia said the mine was laid by government "
        "sappers, and the government said the militia had mined the road.",
        "Accounts of the incident vary, with some residents saying troops opened fire and "
        "others blaming masked gunmen from the Ashkan Movement.",
        "The Velmar military said its investigation found no evidence that its forces were "
        "involved in the killings.",
        "Ashkan Movement officials rejected the army's version of events as a cover-up.",
        "The governor blamed insurgents, but a military source told the Orla Courier that an "
        "army tank had fired the shell by mistake.",
        "Human rights monitors said the evidence pointed to a Velmar airstrike, contradicting"
        " the government's statement that a rebel bomb had gone off.",
        "A spokesperson for the rebels described the army's claims as absurd and said the "
        "rebels had withdrawn from Kessa days earlier.",
        "The military attributed the deaths to a rebel car bomb; witnesses interviewed by the"
        " Orla Courier said they saw a helicopter fire two missiles.",
        "Officials gave contradictory explanations for the explosion.",
        "The army said the blast was caused by explosives stored by the rebels, a claim the "
        "rebels called baseless.",
        "Rebel commanders said their men had not fired a single shot in Kessa that day.",
    ],
)
def test_an_eighth_set_of_wordings(text: str) -> None:
    sentences = [s.strip() + "." for s in text.rstrip(".").split(". ")]
    assert decide(read_text_cues(" ".join(sentences), _two()))[0] == "contested", text


@pytest.mark.parametrize(
    "text",
    [
        "The Velmar army said its jets struck a rebel arms depot near Kessa and that all "
        "those killed were fighters.",
        "The rebels denied reports that they were preparing a new offensive.",
        "Residents said the army had warned them to leave before the strike.",
        "Officials gave contradictory figures for the number of people killed.",
        "The army said it had opened an investigation into the strike on the market.",
        "The Orla Courier and two other outlets reported that a Velmar drone hit the car.",
        "The rebels rejected the ceasefire proposal on Tuesday.",
        "Police said they were not involved in the search for survivors.",
    ],
)
def test_an_eighth_set_of_near_misses(text: str) -> None:
    assert decide(read_text_cues(text, _two()))[0] != "contested", text
