"""Load a PolNeAR split (brat standoff): folder -> ``PolnearDoc`` records.

Input: a split folder holding ``text/<name>.txt`` and
``attributions/<name>_<annotator>.ann`` (PolNeAR, Newell, Margolin & Ruths,
LREC 2018). Output: one :class:`PolnearDoc` per text with its gold
attributions (source, cue, content spans as character offsets into the text).

Rules:

* Some texts were annotated by several annotators (one ``.ann`` per annotator,
  the annotator id is the filename suffix). We use exactly one annotator per
  text, deterministically the first ``.ann`` file in sorted filename order,
  so that scores are reproducible and no attribution is counted twice.
* ``T`` lines of type Source, Cue, Content (and Content2, a second content
  part) are spans; a discontinuous span "start end;start end" keeps its
  fragments. ``Attribution``/``Attribution-no-source`` T lines are anchors;
  ``Discuss``/``Discard`` lines are annotator notes and are ignored.
* ``E`` lines tie an anchor to its Source, Cue and Content(s); ``R`` lines, if
  any, add role arguments by the type of the span they point to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROLES = ("source", "cue", "content")


@dataclass(frozen=True)
class GoldSpan:
    """A brat span: one or more (start, end) fragments and its text."""

    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution relation."""

    id: str
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan | None


@dataclass(frozen=True)
class PolnearDoc:
    """A PolNeAR text with the attributions of one annotator."""

    id: str  # the text's file stem
    text: str
    annotator: str | None
    ann_path: str | None
    attributions: tuple[GoldAttribution, ...]


def _parse_fragments(offsets: str) -> tuple[tuple[int, int], ...]:
    """ "12 30;35 40" -> ((12, 30), (35, 40)), sorted."""
    frags = []
    for part in offsets.split(";"):
        a, b = part.split()
        frags.append((int(a), int(b)))
    return tuple(sorted(frags))


def _merge(a: GoldSpan | None, b: GoldSpan) -> GoldSpan:
    """Join two spans of one role (Content + Content2) into one fragmented span."""
    if a is None:
        return b
    frags = tuple(sorted(set(a.fragments) | set(b.fragments)))
    return GoldSpan(frags, a.text + " " + b.text)


# Brat ``T`` lines: tag -> (span type, span); ``E`` lines: (tag, [(role, ref)]);
# ``R`` lines: the refs of their arguments.
_Spans = dict[str, tuple[str, GoldSpan]]
_Events = list[tuple[str, list[tuple[str, str]]]]
_Relations = list[list[str]]


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """Parse the text of a brat ``.ann`` file into attributions.

    Args:
        ann: the file's text.

    Returns:
        One GoldAttribution per ``E`` line (or per ``R``-linked anchor), in file order.
    """
    spans, events, relations = _read_lines(ann)
    out = [_event_attribution(tag, args, spans) for tag, args in events]
    for k, refs in enumerate(relations):
        roles = _relation_roles(refs, spans)
        if any(roles.values()):
            out.append(
                GoldAttribution(f"R{k + 1}", roles["source"], roles["cue"], roles["content"])
            )
    return tuple(out)


def _read_lines(ann: str) -> tuple[_Spans, _Events, _Relations]:
    """The ``T``, ``E`` and ``R`` lines of an ``.ann`` text, in file order."""
    spans: _Spans = {}
    events: _Events = []
    relations: _Relations = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        tag = fields[0]
        if tag.startswith("T") and len(fields) >= 2:
            head = fields[1]
            kind, _, offsets = head.partition(" ")
            try:
                frags = _parse_fragments(offsets)
            except ValueError:
                continue
            spans[tag] = (kind, GoldSpan(frags, fields[2] if len(fields) > 2 else ""))
        elif tag.startswith("E") and len(fields) >= 2:
            args = [(a.split(":", 1)[0], a.split(":", 1)[1]) for a in fields[1].split() if ":" in a]
            events.append((tag, args))
        elif tag.startswith("R") and len(fields) >= 2:
            relations.append([a.split(":", 1)[1] for a in fields[1].split()[1:] if ":" in a])
    return spans, events, relations


def _event_attribution(tag: str, args: list[tuple[str, str]], spans: _Spans) -> GoldAttribution:
    """The attribution of one ``E`` line: its arguments by their role name."""
    roles: dict[str, GoldSpan | None] = {"source": None, "cue": None, "content": None}
    for role, ref in args:
        if ref not in spans:
            continue
        key = role.lower().rstrip("0123456789")
        if key in roles:
            roles[key] = _merge(roles[key], spans[ref][1])
    return GoldAttribution(tag, roles["source"], roles["cue"], roles["content"])


def _relation_roles(refs: list[str], spans: _Spans) -> dict[str, GoldSpan | None]:
    """The roles of one ``R`` line: its arguments by the type of the span they point to."""
    roles: dict[str, GoldSpan | None] = {"source": None, "cue": None, "content": None}
    for ref in refs:
        if ref in spans:
            key = spans[ref][0].lower().rstrip("0123456789")
            if key in roles:
                roles[key] = _merge(roles[key], spans[ref][1])
    return roles


def annotation_files(folder: Path) -> dict[str, list[Path]]:
    """Text stem -> its ``.ann`` files, sorted by filename."""
    by_stem: dict[str, list[Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        stem, _, _annotator = path.stem.rpartition("_")
        by_stem.setdefault(stem or path.stem, []).append(path)
    return by_stem


def _read(path: Path) -> str:
    """File text with its line ends untouched: brat offsets count every character."""
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def load_split(folder: Path, limit: int | None = None) -> list[PolnearDoc]:
    """Read a PolNeAR split folder.

    Args:
        folder: a folder with ``text/`` and ``attributions/`` (e.g. ``data/dev``).
        limit: keep only the first N texts in name order.

    Returns:
        Documents sorted by name, each with the first annotator's attributions
        (texts without any ``.ann`` file get none).
    """
    anns = annotation_files(folder)
    texts = sorted((folder / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    docs: list[PolnearDoc] = []
    for path in texts:
        text = _read(path)
        files = anns.get(path.stem, [])
        chosen = files[0] if files else None
        atts = parse_ann(_read(chosen)) if chosen else ()
        annotator = chosen.stem.rpartition("_")[2] if chosen else None
        docs.append(PolnearDoc(path.stem, text, annotator, str(chosen) if chosen else None, atts))
    return docs
