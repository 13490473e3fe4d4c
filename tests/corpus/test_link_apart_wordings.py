"""More wordings of a report saying its shooting is not linked to another (thirty-fourth
session, from the last two held-out linking sets' misses): "does not appear to be related",
"does not seem to be connected", "no evidence linking the shooting to an earlier killing".
Two shootings must still be told ("the bomb threats do not appear to be related to the
shooting" is no such statement), and evidence linking a suspect to a crime is none either.
Invented sentences."""

from __future__ import annotations

import pytest

from claimledger.corpus.link_apart import says_unrelated


@pytest.mark.parametrize(
    "text",
    [
        "Police said the shooting does not appear to be related to a killing on Orchard Street "
        "hours earlier.",
        "Detectives said there was no evidence linking the shooting to an earlier killing in the "
        "same neighborhood.",
        "The shooting does not seem to be connected to the homicide reported Friday, police said.",
    ],
)
def test_a_new_wording_of_not_linked_is_read(text: str) -> None:
    assert says_unrelated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bomb threats do not appear to be related to the shooting, police said.",
        "There is no evidence linking the suspect to the robbery, his lawyer said.",
        "Police said the shooting appears to be related to a killing on Orchard Street.",
    ],
)
def test_what_tells_no_two_unlinked_shootings_is_not_read(text: str) -> None:
    assert not says_unrelated(text)
