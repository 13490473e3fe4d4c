"""Issue 12: Latin-1 / windows-1252 text is decoded as itself, other encodings still are.

Byte strings written here by hand (\\xNN escapes), so each test states the exact bytes.
"""

from __future__ import annotations

import pytest

from claimledger.read.decode import decode_bytes


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Se\xf1or", "Señor"),  # the reported failure: was "Seńor" (windows-1250)
        (
            b"El Se\xf1or Garc\xeda dijo que murieron 12 personas.",
            "El Señor García dijo que murieron 12 personas.",
        ),
        (b"\xbfQu\xe9 pas\xf3? \xa1D\xedmelo!", "¿Qué pasó? ¡Dímelo!"),
        (
            b"Le pr\xe9sident a \xe9t\xe9 \xe9lu \xe0 Paris, o\xf9 il f\xeate No\xebl.",
            "Le président a été élu à Paris, où il fête Noël.",
        ),
        (
            b"Gr\xf6\xdfere St\xe4dte m\xfcssen die Stra\xdfen r\xe4umen.",
            "Größere Städte müssen die Straßen räumen.",
        ),
        (
            b"A popula\xe7\xe3o n\xe3o est\xe1 informada; as opera\xe7\xf5es continuam.",
            "A população não está informada; as operações continuam.",
        ),
        (
            b"\x93Twelve killed\x94 \x96 the ministry\x92s figure",
            "“Twelve killed” – the ministry’s figure",
        ),
    ],
)
def test_latin1_is_not_decoded_as_something_else(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # windows-1251 Cyrillic (read as windows-1252 it would be "Ñåãîäíÿ...")
        (
            b"\xd1\xe5\xe3\xee\xe4\xed\xff \xe2 \xe3\xee\xf0\xee\xe4\xe5 \xef\xee\xe3\xe8\xe1\xeb\xe8 "
            b"\xe4\xe2\xe5\xed\xe0\xe4\xf6\xe0\xf2\xfc \xf7\xe5\xeb\xee\xe2\xe5\xea.",
            "Сегодня в городе погибли двенадцать человек.",
        ),
        # windows-1250 Polish: \xbf is "ż", \xb3 is "ł" (never ¿ after a letter, never ³ in a word)
        (
            b"\xafo\xb3nierze zgin\xeali w pobli\xbfu miasta, powiedzia\xb3 rzecznik.",
            "Żołnierze zginęli w pobliżu miasta, powiedział rzecznik.",
        ),
        # windows-1254 Turkish: \xfe is "ş", \xfd is "ı" (þ and ý in windows-1252)
        (
            b"\xdeehirde on iki ki\xfei \xf6ld\xfc, bakanl\xfdk s\xf6zc\xfcs\xfc a\xe7\xfdklad\xfd.",
            "Şehirde on iki kişi öldü, bakanlık sözcüsü açıkladı.",
        ),
        # real UTF-8 and UTF-16 with its BOM keep their decoding
        (b"Se\xc3\xb1or \xd0\x9f\xd1\x80\xd0\xb8", "Señor При"),
        (b"\xff\xfeS\x00e\x00\xf1\x00o\x00r\x00", "Señor"),
    ],
)
def test_latin1_check_leaves_other_encodings_alone(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected
