"""How the learned attribution model settles the statements it adds (``model.py``).

Input: the statements kept so far and the added ones, each group a cue's statements with
the add score. Output: the statements kept, the added ones taken best score first.
"""

from __future__ import annotations

from dataclasses import replace

from claimledger.records import Attribution, Evidence


def settle_adds(
    kept: list[Attribution], added: list[tuple[float, list[Attribution]]]
) -> list[Attribution]:
    """The kept statements plus the added ones, taken best score first (each a cue's
    statements, one per coordinated source).

    An added statement whose cue lies inside the content of one taken before it is part
    of that report and is left out ("Trump said he was sure that she wanted ...": one
    statement); one whose source span overlaps a different source span already named
    takes that span (the same mention read with other bounds, "Donald Trump, the
    nominee," after "Trump": PolNeAR counts a source mention once).
    """
    out = list(kept)
    named = [a.source.evidence for a in kept if a.source.evidence is not None]
    taken: list[tuple[int, int]] = []
    for _, group in sorted(added, key=lambda sg: -sg[0]):
        cue = group[0].cue
        if cue is not None and any(s <= cue.start < e for s, e in taken):
            continue
        for att in group:
            ev = att.source.evidence
            same = _overlapping(named, ev) if ev is not None else None
            if same is None and ev is not None:
                named.append(ev)
            elif same is not None and same != ev:
                att = replace(att, source=replace(att.source, evidence=same))
            out.append(att)
        taken.append((group[0].content.start, group[0].content.end))
    return out


def _overlapping(named: list[Evidence], ev: Evidence) -> Evidence | None:
    """The first named source span that shares a character with ``ev``."""
    return next((n for n in named if n.start < ev.end and ev.start < n.end), None)
