"""Full names two reports share: the strongest sign that they report one event.

Input: a document's text (at ingest) or its stored terms (at linking). Output:
its **name terms** — two consecutive capitalised words that are neither stop
words nor place, street, institution or title words ("antwone comer", not
"mount sinai" or "police department") — and, for a pair of documents, the
names they share that are **decisive**.

Why: shooting reports name their victims and suspects; two reports sharing
"Antwone Comer" report one event, whatever their dates (a funeral, an arrest
or a trial months later) and whatever the place resolver made of them (a
namesake town in another country). The name terms are stored with the
document's content terms (a term joining two words by "_" is a name), so the store's
``incident_terms`` postings find the incidents sharing one without a pass
over any date window (``Store.link_candidates`` with terms and no country).

A name is decisive for a pair when it is rare (at most ``NAME_MAX_DF``
documents name it) and the candidates it finds fall in at most
``NAME_MAX_INCIDENTS`` corpus incidents: a police spokesman's or a mayor's
name recurs across many incidents and decides nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.corpus.link import TermIndex, _Docs
    from claimledger.store.base import LinkFeatures

# A name is looked up (and can decide a pair) when at most this many documents name it.
NAME_MAX_DF = 30
# ... and when the candidates naming it belong to at most this many corpus incidents.
NAME_MAX_INCIDENTS = 1
# How far back a shared name finds an earlier incident (trials come years later).
NAME_DAYS = 1100
MAX_NAMES = 60
# Whether a shared name may overrule both a far date and disagreeing places at once.
NAME_BOTH = False
# Beyond the date window one shared name needs this IDF cosine of the texts too
# (two names need none).
NAME_FAR_TEXT = 0.4
# Whether "First Middle Last" gives "first_last" too (a report naming "Kevin
# McQuilliams" and one naming "Kevin Michael McQuilliams" share it).
SKIP_MIDDLE = True

_SEQ = re.compile(
    r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Za-z][a-z]+)?"
    r"(?: (?:[A-Z]\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Za-z][a-z]+)?)+"
)
_TITLES = (
    r"(?:spokes(?:man|woman|person)|officer|sgt|sergeant|det|detective|lt|lieutenant|chief|"
    r"capt|captain|supt|cmdr|commander|mayor|prosecutor|attorney|reporter|editor|writer|director|"
    r"commissioner|sheriff|deputy|coroner|examiner|judge|superintendent|gov|governor|sen|"
    r"senator|rep|president|trooper|agent|cpl|corporal|pastor|rev|reverend|dr|activist|advocate|"
    r"ald|alderman|alderwoman|councilman|councilwoman|organizer|founder|minister|bishop|"
    r"principal|lawyer|defender|professor|chairman|chairwoman)"
)
_OFFICIAL_BEFORE = re.compile(r"\b" + _TITLES + r"\.?,?\s*$", re.IGNORECASE)
_OFFICIAL_AFTER = re.compile(
    r",? (?:(?:a|an|the|his|her)\s)?(?:[\w-]+\s){0,3}" + _TITLES + r"\b", re.IGNORECASE
)
_TITLE_WORD = re.compile(_TITLES)
# A name quoted as a speaker ("X said", "said X") is most often an official's or an
# activist's, who speak about many incidents; victims and suspects are not quoted.
_SAID_AFTER = re.compile(r",?\s(?:said|says|told|added|stated|wrote)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)\s$")
SKIP_SPEAKERS = True
# The surname "used alone" must stand apart from other capitalised words
# ("Roberson died"), not only recur inside longer names or offices ("Baton Rouge
# Police Chief" is no use of "Rouge" alone).
SURNAME_APART = True
# A capitalised word after an all-capitals one is not used apart ("MLK Day", "UCLA Health").
_AFTER_CAPS = re.compile(r"\b[A-Z]{2,}\.? [A-Z][a-z]+")
_AGE = re.compile(r",? (?:\d{1,2}|\(\d{1,2}\))\b")
# The victim's slot of a follow-up ("sentenced for the June killing of Marcus Hale",
# "in the shooting death of Jerome Tate"): the pair after it is a person's name, as an
# age after it tells (None/False: off). Helper N, thirty-sixth session.
VICTIM_SLOT = True
_VICTIM_BEFORE = re.compile(
    r"\b(?:killing|killings|death|deaths|murder|murders|slaying|slayings|homicide|"
    r"shooting|shootings)\s+of\s+$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Za-z][a-z]+)?")
_LOWER = re.compile(r"\b[a-z]+(?:['’][a-z]+)?\b")
# Words that make a capitalised pair a place, a street, an institution or a title.
_NOT_NAME_WORDS = """
    street st avenue ave road rd boulevard blvd drive dr lane ln court ct place pl way
    parkway pkwy highway hwy interstate route circle terrace trail square plaza alley county
    city town township village borough parish state states district region metro north south
    east west northern southern eastern western northeast northwest southeast southwest
    central downtown uptown upper lower new old fort saint san santa los las la le el del de
    des du van von mount mt lake river beach heights valley hill hills springs park gardens
    garden island bay creek point harbor port falls ridge grove woods field fields police
    department dept sheriff sheriffs office bureau agency division unit patrol hospital
    medical center centre clinic health university college school academy high elementary
    middle church mosque temple ministry news press associated channel station times post
    journal tribune herald gazette daily weekly radio tv television fire rescue emergency
    services service court courthouse jail prison correctional attorney prosecutor
    prosecutors district judge justice council commission committee officer officers sgt
    sergeant lt lieutenant det detective chief capt captain deputy cpl corporal trooper
    agent spokesman spokeswoman spokesperson mayor governor gov president senator sen rep
    representative commissioner superintendent director mr mrs ms dr miss sir reverend rev
    pastor father brother sister aunt uncle january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec monday tuesday wednesday thursday friday saturday sunday american america united
    african asian hispanic latino mexican black white company inc corp llc group club bar
    grill restaurant cafe lounge motel hotel inn apartments apartment mall store market shop
    center plaza complex tower building library museum airport bank shell walmart target
    mcdonald facebook twitter instagram youtube google national international federal
    regional memorial community public corporation media images photo photos coverage
    stories crime stoppers copyright caption close image ad skip hide transcript link copy
    sun chronicle gras samaritan
"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())


def name_terms(text: str, limit: int = MAX_NAMES) -> list[str]:
    """The person names of a text ("first_last", lower case), most frequent first.

    A pair of capitalised words is a person's name when the text uses its second
    word alone as well ("Jillian Roberson ... Roberson died"), gives an age
    after it ("Jillian Roberson, 24,") or puts it in a victim's slot ("the June
    killing of Marcus Hale": ``VICTIM_SLOT``), and it is nobody's title or office: not
    after "Officer", "spokesman", "Sgt." and the like, nor followed by ", a
    police spokesman". A word the text also writes in lower case is a common word
    of a title-case headline or caption ("Man Shot"), not a name.

    Args:
        text: the document text.
        limit: keep at most this many.

    Returns:
        Distinct terms of two words joined by "_" (the store keeps a document's
        terms space-separated); a middle initial is skipped ("John A. Smith" gives
        "john_smith").
    """
    from claimledger.corpus.link import _stop_words

    skip = _stop_words() | _NOT_NAME | {w.replace("’", "'") for w in _LOWER.findall(text)}
    # The surname alone: used apart from other capitalised words (else: more
    # uses of the second word than of the pair).
    alone = _apart_words(text) if SURNAME_APART else _all_words(text)
    least = 0 if SURNAME_APART else None
    counts: Counter[tuple[str, str]] = Counter()
    aged: set[tuple[str, str]] = set()
    for m in _SEQ.finditer(text):
        if _OFFICIAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _OFFICIAL_AFTER.match(text, m.end()):
            continue
        if SKIP_SPEAKERS and (
            _SAID_AFTER.match(text, m.end())
            or _SAID_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        words = [w.lower().replace("’", "'") for w in _WORD.findall(m.group(0))]
        if any(_TITLE_WORD.fullmatch(w) for w in words):
            continue
        pairs = list(zip(words, words[1:], strict=False))
        if SKIP_MIDDLE and len(words) == 3 and not skip.intersection(words):
            pairs.append((words[0], words[2]))
        for a, b in pairs:
            if len(a) < 2 or len(b) < 2 or a in skip or b in skip:
                continue
            counts[a, b] += 1
            if (
                b == words[-1]
                and _AGE.match(text, m.end())
                or (
                    VICTIM_SLOT
                    and (a, b) == (words[0], words[-1])
                    and _VICTIM_BEFORE.search(text, max(0, m.start() - 24), m.start())
                )
            ):
                aged.add((a, b))
    people = [
        (n, f"{a}_{b}")
        for (a, b), n in counts.items()
        if (a, b) in aged or alone[b] > (n if least is None else least)
    ]
    people.sort(key=lambda x: (-x[0], x[1]))
    return [t for _, t in people[:limit]]


def _all_words(text: str) -> Counter[str]:
    """Every capitalised word of a text, counted (lower case)."""
    return Counter(w.lower().replace("’", "'") for w in _WORD.findall(text))


def _apart_words(text: str) -> Counter[str]:
    """The capitalised words of a text used apart from other capitalised words
    ("Roberson died", not "Baton Rouge Police"), counted (lower case)."""
    covered = [m.span() for m in _SEQ.finditer(text)] + [
        m.span() for m in _AFTER_CAPS.finditer(text)
    ]
    apart = Counter(w.lower().replace("’", "'") for w in _WORD.findall(text))
    for start, end in covered:
        for w in _WORD.findall(text, start, end):
            apart[w.lower().replace("’", "'")] -= 1
    return apart


def names_of(terms: Iterable[str]) -> frozenset[str]:
    """The name terms among a document's stored terms (those joining two words by "_")."""
    return frozenset(t for t in terms if "_" in t)


def lookup_names(names: Iterable[str], df: Mapping[str, int]) -> list[str]:
    """The names rare enough to look candidates up by (``NAME_MAX_DF``), sorted."""
    return sorted(t for t in names if 0 < df.get(t, 0) <= NAME_MAX_DF)


def decisive(own: frozenset[str], hits: Mapping[str, set[int]], other: frozenset[str]) -> list[str]:
    """The names a pair shares that decide it.

    Args:
        own: the new document's lookup names (``lookup_names``).
        hits: per name, the corpus incidents of the candidates naming it.
        other: the candidate document's names.

    Returns:
        The shared names found in at most ``NAME_MAX_INCIDENTS`` corpus incidents, sorted.
    """
    return sorted(t for t in own & other if len(hits.get(t, ())) <= NAME_MAX_INCIDENTS)


# Whether a name one report gives ("first_last", a person by ``name_terms``'s test) and
# the other writes only as two capitalised words (no age, the surname never alone: "was
# identified as Ronnie Smith Jr., of") counts as shared (``one_sided``).
ONE_SIDED = True


def one_sided(
    own: Iterable[str], own_terms: Container[str], other: Iterable[str], other_terms: Container[str]
) -> list[str]:
    """The names one document gives as a person's whose two words the other writes
    as capitalised words though not as a name (``ONE_SIDED``), sorted.

    Args:
        own: one document's names among its lookup names (``lookup_names``: rare ones).
        own_terms: its content terms (capitalised words, lower case).
        other: the other document's rare names.
        other_terms: its content terms.
    """
    if not ONE_SIDED:
        return []
    found = {t for t in own if all(w in other_terms for w in t.split("_"))}
    found |= {t for t in other if all(w in own_terms for w in t.split("_"))}
    return sorted(found)


def one_sided_pairs(
    f: LinkFeatures,
    near: list[LinkFeatures],
    shared: dict[int, list[str]],
    index: TermIndex,
    docs: _Docs,
) -> None:
    """Add to ``shared`` (per candidate incident, its decisive names) the candidates of
    ``near`` (within the date window) whose document writes a rare name of the new one as
    two capitalised words, or the reverse (``one_sided``), when the name points to one
    corpus incident only (``NAME_MAX_INCIDENTS``)."""
    vectors, names = docs
    near = [c for c in near if c.incident_id not in shared]
    if not near:
        return
    mine = names.get(f.document_id, frozenset())
    index.load(mine.union(*(names.get(c.document_id, frozenset()) for c in near)))
    own = frozenset(lookup_names(mine, index.df))
    own_terms = vectors[f.document_id][0]
    found: dict[int, list[str]] = {}
    where: dict[str, set[int]] = {}
    for c in near:
        theirs = lookup_names(names.get(c.document_id, frozenset()), index.df)
        got = one_sided(own, own_terms, theirs, vectors[c.document_id][0])
        if got:
            found[c.incident_id] = got
            for t in got:
                where.setdefault(t, set()).add(c.corpus_incident_id or 0)
    for incident_id, got in found.items():
        kept = [t for t in got if len(where[t]) <= NAME_MAX_INCIDENTS]
        if kept:
            shared[incident_id] = kept
