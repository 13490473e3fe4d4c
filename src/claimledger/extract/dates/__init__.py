"""Dates (stage 5): ``RawDocument`` -> the document date; spaCy ``Doc`` -> ``DateMention``.

Two jobs:

* :func:`find_document_date` settles the date the document claims for itself
  (``document.py``): the caller's or the page metadata's date, else a dateline
  near the top of the text, else the user's fallback.
* :func:`extract_dates` reads the date expressions of the text and resolves
  them against that date (``mentions.py``, ``resolution.py``).

:func:`incident_date` picks, among the mentions, the date of the event itself
(``incident.py``). ``forms.py`` holds the written forms of a date they share.
"""

from claimledger.extract.dates.document import find_dateline, find_document_date
from claimledger.extract.dates.forms import EXTRACTOR, parse_absolute, parse_iso
from claimledger.extract.dates.incident import incident_date
from claimledger.extract.dates.mentions import extract_dates
from claimledger.extract.dates.resolution import ResolvedDate, resolve

__all__ = [
    "EXTRACTOR",
    "ResolvedDate",
    "extract_dates",
    "find_dateline",
    "find_document_date",
    "incident_date",
    "parse_absolute",
    "parse_iso",
    "resolve",
]
