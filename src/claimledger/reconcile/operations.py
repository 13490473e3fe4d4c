"""Press releases that report several operations: sentence spans -> one span per operation.

Input: the document text and its sentence boundaries (character offsets).
Output: the spans of the operations the text reports one after the other, each
its own incident (``reconcile/incidents.py`` uses them as it uses the clusters
of a roundup); an empty list when the text reports one operation.

A military's or a ministry's release often tells several operations in one
text: "... killed three militants and detained two suspects. In a separate
operation near X, the force arrested a commander." An operation starts at

* a sentence that opens with a marker of another operation: "In a separate
  operation", "In a second raid", "In another strike", "Separately, ...";
* or, after a sentence announcing several ("Two operations were carried out on
  Friday", "conducted four operations in X province"), each sentence that
  opens on a place: "In Hallow Creek, troops killed ...", "In Kettle and Marn, ...".

Each operation runs to the sentence before the next one; what comes before the
first (the dateline, the announcement) stays with the first operation, which
is the main incident.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPERATION = (
    r"(?:operation|raid|strike|air ?strike|attack|assault|incident|ambush|clash|engagement)s?"
)
# "In a separate operation", "In a second raid", "During another strike", "Separately,".
NEW_OPERATION = re.compile(
    r"^\W*(?:(?:in|during|at)\s+(?:a|an|the)?\s*(?:separate|second|third|fourth|fifth|another"
    r"|later|subsequent|related|different|further)\s+(?:\w+\s+){0,2}?"
    + _OPERATION
    + r"\b|separately\b|in (?:a|an) (?:\w+\s+)?other\s+"
    + _OPERATION
    + r"\b)",
    re.IGNORECASE,
)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)"
# "Two operations were carried out", "conducted four raids", "in three separate strikes".
ANNOUNCES_SEVERAL = re.compile(
    rf"\b{_NUMBER}\s+(?:separate\s+|simultaneous\s+|different\s+)?" + _OPERATION + r"\b",
    re.IGNORECASE,
)
# "In Hallow Creek, ...", "In Kettle and Marn, ...", "Near the town of Orlo, ...".
OPENS_ON_PLACE = re.compile(
    r"^\W*(?i:in|near|at|outside|around)\s+(?:the\s+(?:\w+\s+)?(?:of\s+)?)?"
    r"[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3}\s*,"
)


def operation_spans(text: str, sentences: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The spans of a text's successive operations (empty when it reports one).

    Args:
        text: the document text.
        sentences: sentence boundaries (start, end), in text order.

    Returns:
        One single-span list per operation, in text order (the shape of
        ``incidents._place_clusters``), or [] when fewer than two start.
    """
    starts: list[int] = []
    announced = False
    for start, end in sentences:
        sentence = text[start:end]
        if NEW_OPERATION.search(sentence) or (announced and OPENS_ON_PLACE.search(sentence)):
            starts.append(start)
        elif ANNOUNCES_SEVERAL.search(sentence) and not starts:
            announced = True
    if not starts:
        return []
    first = next((s for s, _ in sentences), 0)
    # Without an announcement, the operation told before the first marker is the first one.
    bounds = starts if announced else [first, *starts]
    if len(bounds) < 2:
        return []
    ends = [*bounds[1:], len(text)]
    return [[(b, e)] for b, e in zip(bounds, ends, strict=True)]
