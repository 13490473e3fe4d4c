"""Where a report's new part starts: the openers, numbered paragraphs and first sentences
that name their own time or operation.

One reading of each, shared by the number reader (``people.add_further``: counts said to
be "more" add up only inside one part) and ``reconcile/operations`` (a release's sentence
opening on "Meanwhile," or a numbered item after the first is another operation).
"""

from __future__ import annotations

import re

from claimledger.extract.dates.forms import MONTH, WEEKDAY

__all__ = ["NEW_PART", "NUMBERED", "PART_OPENERS"]

# Openers of another part of a report ("Meanwhile, police arrested ...", "Elsewhere, ..."):
# the one list of them; reconcile/operations reads a release's sentence opening on one as
# another operation.
PART_OPENERS = r"meanwhile|in\s+the\s+meantime|elsewhere"
# A numbered paragraph, "2. Special forces carried out ..." (its item number, 1-99, is ``n``);
# reconcile/operations takes an item after the first for another operation.
NUMBERED = re.compile(r"\s*(?P<n>[1-9]\d?)[.)]\s+\S")
# A paragraph whose first sentence names its own time or operation ("On Sunday, ...",
# "Police in Mombasa detained four others early today", "In a separate raid, ...", "2. ..."):
# its counts start anew. Weekdays and months are the dates reader's (forms.WEEKDAY, MONTH),
# in the case they are written: "May" is the month, the modal "may" is not, nor "sat".
NEW_PART = re.compile(
    rf"\b(?:{WEEKDAY}|{MONTH})(?!\w)"
    r"|(?i:\b(?:today|yesterday|tonight|overnight|last\s+night|separate(?:ly)?|"
    + PART_OPENERS
    + r"|(?:following|next|same|previous)\s+(?:day|morning|evening|night)|on\s+\d{1,2}\b))"
)
