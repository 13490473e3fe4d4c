"""Stage "critical reading": does the text fit the date it claims? (anachronism checks)

Loaded language is marked per segment by the segment stage, which needs it to
tell the author's commentary from reporting.
"""

from claimledger.critical.anachronisms import check_anachronisms

__all__ = ["check_anachronisms"]
