"""Load CASE 2021 Task 2 snippets and labels in their release formats.

Input, either:

* a TSV with the header line ``id<TAB>EventSnippet<TAB>SubType`` and one
  snippet per line; or
* the organisers' header-less pair ``sample_input.txt`` (``id<TAB>text``) and
  ``sample_output.txt`` (``id<TAB>label``): pass the input file; the labels are
  read from its sibling ``sample_output.txt`` (or the first sibling whose name
  contains ``output``).

Output: :class:`Snippet` records (id, text, gold label or None).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TSV_HEADER = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True)
class Snippet:
    """One snippet and its gold label (None when no label file was found)."""

    id: str
    text: str
    label: str | None


def _rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated rows, CRLF or LF, quotes taken literally."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and any(cell.strip() for cell in row):
                yield [cell.strip() for cell in row]


def label_file_for(path: Path) -> Path | None:
    """The labels beside an input file: ``sample_output.txt``, else a sibling named ``*output*``."""
    sibling = path.with_name("sample_output.txt")
    if sibling.exists() and sibling != path:
        return sibling
    candidates = sorted(
        p for p in path.parent.iterdir() if "output" in p.name.lower() and p != path and p.is_file()
    )
    return candidates[0] if candidates else None


def load_snippets(path: Path, limit: int | None = None) -> list[Snippet]:
    """Read snippets (and gold labels) from either release format.

    Args:
        path: the TSV with header, or the header-less input file.
        limit: keep the first N snippets.

    Returns:
        Snippets in file order.
    """
    rows = list(_rows(path))
    out: list[Snippet] = []
    if rows and tuple(c.lower() for c in rows[0][:3]) == tuple(h.lower() for h in TSV_HEADER):
        for row in rows[1:]:
            if len(row) >= 2:
                out.append(Snippet(row[0], row[1], row[2] if len(row) > 2 and row[2] else None))
    else:
        labels: dict[str, str] = {}
        label_path = label_file_for(path)
        if label_path is not None:
            labels = {r[0]: r[1] for r in _rows(label_path) if len(r) >= 2}
        for row in rows:
            if len(row) >= 2:
                out.append(Snippet(row[0], row[1], labels.get(row[0])))
    return out[:limit] if limit is not None else out
