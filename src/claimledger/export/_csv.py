"""CSV writing shared by the CSV exports: cells neutralised against formula injection.

Input: rows of cell values. Output: CSV text. A spreadsheet runs a cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a
formula; OWASP's rule ("CSV Injection") is to prefix such a cell with ``'``.
Numbers stay numbers: a cell that is a plain number (``-12``, ``-0.5``,
``+3``) is kept as written, since it cannot be a formula.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

Cell = str | int | float | bool | None


def neutralise(value: Cell) -> str | int | float:
    """The cell as written to CSV: ``'`` before a would-be formula, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class SafeWriter:
    """A ``csv.writer`` whose every cell is neutralised."""

    def __init__(self, fh: TextIO) -> None:
        self._w = csv.writer(fh)

    def writerow(self, row: Iterable[Cell]) -> None:
        """Write one row."""
        self._w.writerow([neutralise(v) for v in row])


def write_table(fh: TextIO, columns: Iterable[str], rows: Iterable[Iterable[Cell]]) -> int:
    """Write the header and every row through a :class:`SafeWriter`; the number of rows."""
    w = SafeWriter(fh)
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n
