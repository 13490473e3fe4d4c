"""An account's handle written without its "@" ("Posted by river_watch:") is read as a handle:
a person's account is ``social_media``, an account whose words name a medic's body keeps
that kind, and a name with spaces or without an underscore is no handle
(attribute/name_forms.is_handle, attribute/sources.source_kind).

Every name was written for these tests.
"""

from __future__ import annotations

import pytest

from claimledger.attribute.name_forms import is_handle
from claimledger.attribute.sources import source_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("river_watch", "social_media"),
        ("@river_watch", "social_media"),
        ("velno_mum_77", "social_media"),
        ("telvar_nurse", "medical"),
        ("Telvar Watch", "ngo"),
    ],
)
def test_bare_handle_kinds(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_only_underscored_words_are_bare_handles() -> None:
    assert is_handle("river_watch") and is_handle("@river")
    assert not is_handle("telvar watch") and not is_handle("halvek") and not is_handle("a_ b")
