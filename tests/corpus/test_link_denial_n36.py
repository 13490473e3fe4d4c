"""A sentence denying a connection between two shootings, read by its structure
(``corpus/link_denial.py``, helper N, thirty-sixth session): new wordings of the class
the held-out linking sets missed each session ("have found nothing to connect the
incident to the killing"), and their opposites (a question, a doubt, a ruling-out
negated, kinship, "in connection with", one shooting and something else), which must
not read as a denial. Invented sentences."""

from __future__ import annotations

import types
from typing import Any

import pytest

from claimledger.corpus import link_apart
from claimledger.corpus.link_denial import denies_connection


@pytest.mark.parametrize(
    "text",
    [
        "Investigators have found nothing to connect the incident to the killing on Wilson Avenue SW earlier that night.",
        "Police said the shooting appears unrelated to the killing on Bramlett Street a few hours earlier.",
        "A police spokesperson said detectives have ruled out any connection to Saturday's killing in Hilltop.",
        "Investigators do not see a link between the two shootings, Capt. Erin Voss said.",
        "It was the city's second homicide in three days. The two homicides are not related, police said.",
        "There is nothing to suggest the two incidents are linked, a police spokeswoman said, referring to Tuesday's killing in Mountain View.",
        "Police described it as an isolated incident, separate from Thursday's killing on Mobile Highway.",
        "Police said they had no reason to think the shooting was tied to Saturday's killing on East Colfax Avenue.",
        "A man was found shot on Corliss Avenue. Police said they did not believe the two shootings were related.",
        "There was no indication the shooting was connected to Tuesday night's killing.",
        "Police have not linked the killing to last week's shooting.",
        "The two shootings are not believed to be connected, police said.",
        "There is no evidence that the two shooting are related.",
        "Police said the shooting does not appear to be related to a killing on Orchard Street hours earlier.",
        "Detectives said there was no evidence linking the shooting to an earlier killing in the same neighborhood.",
        "The shooting does not seem to be connected to the homicide reported Friday, police said.",
        "The shooting had nothing to do with Friday's homicide, police said.",
        "Police said the two shootings were unrelated.",
        "The killing is unrelated to the shooting on Elm Street, police said.",
        "Police see no connection between the shootings.",
        "Detectives ruled out a link between the two shootings.",
        "Police said it is unlikely the shootings are connected.",
        "The shootings aren't connected, the chief said.",
    ],
)
def test_a_denied_connection_is_read(text: str) -> None:
    assert denies_connection(text)
    assert link_apart.says_unrelated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Detectives are investigating whether the killing and a drive-by shooting on the Eastside early Sunday that wounded a teenager are connected.",
        "Police have not ruled out a connection between his death and a shooting on Fayetteville Street on Sunday night that wounded a teenager.",
        "Police said they had not ruled out a link to a shooting in Southeast Raleigh hours later that left a man dead.",
        "Police said they are looking into whether his killing is related to a shooting on Havana Street the next day.",
        "Police believe the shootings are linked.",
        "Police said the gunman is not related to the victims.",
        "He was already held on an unrelated weapons charge.",
        "Police do not believe the farm is related to the crime.",
        "The bomb threats are not believed to be connected to the shooting.",
        "There is no indication that these incidents are related.",
        "Police believe the two shootings are related.",
        "The bomb threats do not appear to be related to the shooting, police said.",
        "There is no evidence linking the suspect to the robbery, his lawyer said.",
        "Police said the shooting appears to be related to a killing on Orchard Street.",
        "No one has been arrested in connection with either shooting.",
        "No arrests have been made in connection with the killing or the earlier shooting.",
        "It is not clear whether the shootings are connected.",
        "It is not clear the two shootings are linked.",
        "Police did not say if the shootings were related.",
        "Investigators could not rule out a connection between the two killings.",
        "Police have yet to rule out a link between the shootings.",
        "In a separate shooting, a man was wounded on Elm Street.",
        "Police believe it was an isolated incident and there is no danger to the public after the shooting.",
        "No suspects have been linked to the shooting or the killing.",
        "Police did not release the name of the man linked to the shootings.",
        "Police are not sure whether the two shootings are connected.",
        "Detectives are trying to determine if the homicides are related.",
        "The victim was not related to the suspect in the shootings.",
        "Police have not determined whether the shooting is connected to the killing.",
        "Police said the shooting was not random and appears connected to a killing last week.",
    ],
)
def test_no_denial_is_read_where_none_is_said(text: str) -> None:
    assert not denies_connection(text)


def test_the_sentence_bounds_the_reading() -> None:
    # The denial and the two shootings must be one sentence's.
    assert not denies_connection("Police do not believe it. The shootings are connected.")
    assert denies_connection("A man was hurt. Police said the two shootings were unrelated.")
    assert not denies_connection("")
    assert not denies_connection(None)


def test_one_toll_of_a_mass_shooting_keeps_its_reports_together(monkeypatch) -> None:
    assert link_apart._one_toll((1, 4), (1, 3))
    assert not link_apart._one_toll((1, 0), (1, 0))  # one killed: a city's night
    assert not link_apart._one_toll((1, 4), (0, 2))
    assert not link_apart._one_toll((None, 4), (None, 4))
    monkeypatch.setattr(link_apart, "TOLD_TOLL", None)
    assert not link_apart._one_toll((1, 4), (1, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Tampa police officers shot and killed a man who pointed a gun at them.",
        "A man was killed by Salt Lake City police during a traffic stop.",
        "A man was killed in an officer-involved shooting on Nepperhan Avenue.",
        "The coroner named the man fatally shot by a Gary officer on Broadway.",
        "The officer who returned fire has been placed on administrative leave.",
    ],
)
def test_a_police_shooting_is_read(text: str) -> None:
    assert link_apart.police_shooting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man shot his neighbor.",
        "Officers found the man shot in the chest.",
        "A woman was shot to death on North 22nd Street, police said.",
    ],
)
def test_a_shooting_police_only_tell_of_is_not_theirs(text: str) -> None:
    assert not link_apart.police_shooting(text)


class _Index:
    """A writer's index knowing two documents' texts, no tolls and no denial."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.store = self
        self.texts = texts

    def document_text(self, document_id: int) -> str:
        return self.texts[document_id]

    def tolls(self, document_id: int) -> tuple[int | None, int | None]:
        del document_id
        return (1, None)

    def unrelated(self, document_id: int) -> bool:
        del document_id
        return False

    def police(self, document_id: int) -> tuple[bool, bool]:
        text = self.texts[document_id]
        return link_apart.police_shooting(text), link_apart.police_any(text)


def _at(document_id: int) -> Any:
    return types.SimpleNamespace(document_id=document_id, date="2026-07-07", incident_id=9)


def test_a_police_shooting_and_another_killing_are_two(monkeypatch: pytest.MonkeyPatch) -> None:
    police = "Tampa police officers shot and killed a man in Sulphur Springs on Tuesday."
    other = "A woman was shot to death on North 22nd Street in East Tampa on Tuesday night."
    later = "The medical examiner named the man shot by Tampa police officers on Tuesday."
    index: Any = _Index({1: police, 2: other, 3: later})
    item = (_at(2), False, None, None, False)
    why = link_apart.told_apart(_at(1), item, index, False)
    assert why == "one text tells a police shooting, the other no police gunfire"
    # Both tell it; a name shared; beyond the window: no veto.
    assert link_apart.told_apart(_at(3), (_at(1), False, None, None, False), index, False) is None
    assert link_apart.told_apart(_at(1), item, index, True) is None
    assert link_apart.told_apart(_at(1), (_at(2), True, None, None, False), index, False) is None
    # The other text tells police gunfire too (a shootout, an officer hurt): one event.
    shootout = "An officer was wounded in a shootout in Sulphur Springs on Tuesday."
    index = _Index({1: police, 2: shootout})
    assert link_apart.told_apart(_at(1), item, index, False) is None
    # A police shooting told only far down a round-up is not the text's own.
    roundup = other + " " + "x " * 250 + "Elsewhere, officers shot and killed a man."
    assert not link_apart.police_shooting(roundup)
    index = _Index({1: police, 2: other})
    monkeypatch.setattr(link_apart, "POLICE_APART", False)
    assert link_apart.told_apart(_at(1), item, index, False) is None
