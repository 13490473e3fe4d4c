"""How far the reading of the inputs has got, in bytes, while it streams.

Input: the paths about to be read. Output: a :class:`ReadMeter` that the
readers advance (each file's position as it is read, then its whole size), so
that a progress bar can show bytes read of bytes to read without any input
being read twice or counted beforehand.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["ReadMeter"]


@dataclass
class ReadMeter:
    """Bytes read so far of ``bytes_total`` (the input files' sizes; stdin counts 0).

    Attributes:
        bytes_total: the sizes of the regular files among the inputs.
        finished: bytes of the files read to their end.
        position: the position in the file being read (compressed bytes for a
            compressed file), or None between files.
    """

    bytes_total: int = 0
    finished: int = 0
    position: Callable[[], int] | None = None

    @classmethod
    def for_paths(cls, paths: Iterable[str]) -> ReadMeter:
        """A meter whose total is the size of every regular file among ``paths``."""
        total = 0
        for p in paths:
            try:
                if p != "-" and os.path.isfile(p):
                    total += os.path.getsize(p)
            except OSError:
                continue  # the reader reports it
        return cls(bytes_total=total)

    @property
    def bytes_read(self) -> int:
        """Bytes read so far (never more than the total when it is known)."""
        here = 0
        if self.position is not None:
            try:
                here = self.position()
            except (OSError, ValueError):  # a closed or unseekable stream
                here = 0
        done = self.finished + here
        return min(done, self.bytes_total) if self.bytes_total else done

    def file_done(self, size: int) -> None:
        """The current file has been read to its end."""
        self.finished += size
        self.position = None
