"""Actors (stage 7): spaCy ``Doc`` -> ``list[ActorMention]``; a name -> its canonical form.

Armed and political actors are found with the alias lexicon ``data/actors.json``
(documented in ``docs/taxonomy.md``) and normalised to one readable canonical
name with an ACLED-like category:

* named groups and their aliases ("IS" = "ISIS" = "Daesh" -> "Islamic State";
  "the U.S.-led coalition", "coalition planes" -> "US-led coalition");
* state forces built from a demonym or country ("Iraqi troops", "Iraq's army"
  -> "Military Forces of Iraq"; "Kenyan police" -> "Police Forces of Kenya");
* bare nouns ("the soldiers", "police") resolved to the nearest state named
  before them in the document, and "its forces" resolved to the actor the
  sentence reports about;
* collective actors: protesters, rioters, an unidentified armed group
  ("gunmen", "unknown assailants"), civilians.

The role comes from the dependency parse the pipeline already made: the agent
of a violent verb or noun (subject of "hit"/"attacked", "by X", "X's
airstrike", "coalition planes") is the perpetrator; its object, the subject of
a passive ("soldiers were killed") or "on X" is the target; sides of a
two-sided fight ("clashes with X") and everything else are "other".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimledger.records import ActorMention, Evidence
from claimledger.resources import data_text

EXTRACTOR = "actors.v1"


def _role_words(key: str) -> list[str]:
    """A word list of ``role_words`` in the actor lexicon (read at import)."""
    raw = json.loads(data_text("actors.json"))
    return list(raw["role_words"][key])


# Lemmas of verbs whose subject does harm to their object.
_VIOLENT_VERBS = frozenset(_role_words("violent_verbs"))
# Nouns naming an attack: "X's airstrike", "an airstrike by X", "coalition airstrikes".
_ATTACK_NOUNS = frozenset(_role_words("attack_nouns"))
# Two-sided fighting: both sides are "other" parties, not perpetrator and target.
_MUTUAL = frozenset(_role_words("mutual"))
_TARGET_PREPS = frozenset({"on", "against", "at", "upon"})


@dataclass(frozen=True)
class _Entry:
    """One canonical actor."""

    name: str
    category: str
    acled: str | None


@dataclass(frozen=True)
class _Match:
    """A raw lexicon match before resolution."""

    start: int
    end: int
    name: str | None  # None for bare nouns and "its forces", resolved later
    category: str
    kind: str  # named | state | bare | possessive
    priority: int
    bare_state: str | None = None  # template like "Military Forces of {country}"
    fallback: str | None = None
    nonstate: bool = False


@dataclass(frozen=True)
class _Lexicon:
    """The compiled actor lexicon."""

    entries: tuple[_Entry, ...]
    # Per actor: literal words one of which must occur (None: always scan), and its regex.
    named_scan: tuple[tuple[tuple[str, ...] | None, re.Pattern[str]], ...]
    named_each: tuple[re.Pattern[str], ...]
    templates: tuple[tuple[re.Pattern[str], str, str], ...]
    template_any: re.Pattern[str]
    bare: tuple[tuple[re.Pattern[str], dict[str, Any]], ...]
    possessive: re.Pattern[str]
    demonyms: dict[str, str]  # lower-cased demonym or country, dots removed -> country
    merge_if_present: dict[str, str]
    by_name: dict[str, _Entry]


def _alt(cues: list[str]) -> str:
    """Alternation; an alias that starts upper-case stays case-sensitive."""
    return "|".join(f"(?-i:{c})" if c[:1].isupper() else f"(?:{c})" for c in cues)


def _bounded(pattern: str) -> str:
    """Whole-word match."""
    return r"(?<![\w-])(?:" + pattern + r")(?![\w-])"


def _demonym_key(text: str) -> str:
    """Lookup key of a demonym or country as written."""
    return text.replace(".", "").lower()


_OPTIONAL_GROUP = re.compile(r"\((?:[^()\\]|\\.)*\)[?*]")
_OPTIONAL_CHAR = re.compile(r"\\?.[?*]")


def _alias_anchor(alias: str) -> str | None:
    """A lower-case word every match of ``alias`` contains (None when there is none)."""
    text = re.sub(r"\(\?(?:-i)?:", "(", alias)  # "(?:" and "(?-i:" are plain groups here
    while True:
        reduced = _OPTIONAL_GROUP.sub(" ", text)
        if reduced == text:
            break
        text = reduced
    text = _OPTIONAL_CHAR.sub(" ", text)
    depth, top = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
            top.append(" ")  # a group breaks the word around it
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            if ch == "|":
                return None  # a top-level alternation: no single required word
            top.append(ch)
    runs = re.findall(r"[A-Za-z]{2,}", re.sub(r"\\.|\[[^\]]*\]", " ", "".join(top)))
    return max(runs, key=len).lower() if runs else None


def _actor_anchors(aliases: list[str]) -> tuple[str, ...] | None:
    """The anchor words of an actor's aliases; None if one alias has none."""
    anchors = [_alias_anchor(a) for a in aliases]
    if any(a is None for a in anchors):
        return None
    return tuple(sorted({a for a in anchors if a is not None}))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load and compile ``data/actors.json`` once per process."""
    raw: dict[str, Any] = json.loads(data_text("actors.json"))
    entries = tuple(_Entry(a["name"], a["category"], a.get("acled")) for a in raw["actors"])
    named_each = tuple(
        re.compile(r"(?:" + _alt(a["aliases"]) + r")\Z", re.IGNORECASE) for a in raw["actors"]
    )
    named_scan = tuple(
        (
            _actor_anchors(a["aliases"]),
            re.compile(_bounded(_alt(sorted(a["aliases"], key=len, reverse=True))), re.IGNORECASE),
        )
        for a in raw["actors"]
    )
    demonyms: dict[str, str] = {}
    dem_patterns: list[str] = []
    country_patterns: list[str] = []
    for country, dems in raw["countries"].items():
        bare_country = re.sub(r"^the ", "", country)
        demonyms[_demonym_key(bare_country)] = country
        country_patterns.append(re.escape(bare_country))
        for dem in dems:
            demonyms[_demonym_key(dem.replace("\\", ""))] = country
            dem_patterns.append(dem)
    dem_re = "(?-i:" + "|".join(sorted(dem_patterns, key=len, reverse=True)) + ")"
    country_re = "(?-i:" + "|".join(sorted(country_patterns, key=len, reverse=True)) + ")"

    def fill(pattern: str, i: int | str) -> str:
        """A template with its demonym and country slots as named groups."""
        return pattern.replace("{demonym}", f"(?P<dem{i}>{dem_re})").replace(
            "{country}", f"(?P<cty{i}>{country_re})"
        )

    templates = tuple(
        (
            re.compile(_bounded(fill(t["pattern"], "")), re.IGNORECASE),
            str(t["name"]),
            str(t["category"]),
        )
        for t in raw["state_templates"]
    )
    # All templates in one pass over the text (group t<i> tells which matched).
    template_any = re.compile(
        _bounded(
            "|".join(
                f"(?P<t{i}>{fill(t['pattern'], i)})" for i, t in enumerate(raw["state_templates"])
            )
        ),
        re.IGNORECASE,
    )
    bare = tuple((re.compile(_bounded(b["pattern"]), re.IGNORECASE), dict(b)) for b in raw["bare"])
    return _Lexicon(
        entries=entries,
        named_scan=named_scan,
        named_each=named_each,
        templates=templates,
        template_any=template_any,
        bare=bare,
        possessive=re.compile(_bounded(raw["possessive_forces"]), re.IGNORECASE),
        demonyms=demonyms,
        merge_if_present=dict(raw["merge_if_present"]),
        by_name={e.name: e for e in entries},
    )


def _named_entry(lex: _Lexicon, text: str) -> _Entry | None:
    """The named actor whose alias is exactly ``text``."""
    for entry, pattern in zip(lex.entries, lex.named_each, strict=True):
        if pattern.match(text):
            return entry
    return None


def _country_of(lex: _Lexicon, m: re.Match[str]) -> str | None:
    """The country of a template match (from its demonym or country group)."""
    for group, value in m.groupdict().items():
        if value and group.startswith(("dem", "cty")):
            return lex.demonyms.get(_demonym_key(value))
    return None


def _raw_matches(lex: _Lexicon, text: str) -> list[_Match]:
    """All lexicon matches, overlapping ones resolved: longest first, then named > state > bare."""
    found: list[_Match] = []
    lowered = text.lower()
    for entry, (anchors, pattern) in zip(lex.entries, lex.named_scan, strict=True):
        # A substring test is far cheaper than running an actor's regex over the text.
        if anchors is not None and not any(a in lowered for a in anchors):
            continue
        for m in pattern.finditer(text):
            found.append(_Match(m.start(), m.end(), entry.name, entry.category, "named", 3))
    for m in lex.template_any.finditer(text):
        country = _country_of(lex, m)
        if country is None or m.lastgroup is None:
            continue
        _, template, category = lex.templates[int(m.lastgroup[1:])]
        name = template.format(country=country)
        found.append(_Match(m.start(), m.end(), name, category, "state", 2))
    for pattern, spec in lex.bare:
        for m in pattern.finditer(text):
            found.append(
                _Match(
                    m.start(),
                    m.end(),
                    None,
                    str(spec["category"]),
                    "bare",
                    1,
                    bare_state=spec.get("state"),
                    fallback=str(spec["fallback"]),
                    nonstate=bool(spec.get("nonstate", False)),
                )
            )
    for m in lex.possessive.finditer(text):
        found.append(_Match(m.start(), m.end(), None, "state", "possessive", 4))
    found.sort(key=lambda x: (-(x.end - x.start), -x.priority, x.start))
    kept: list[_Match] = []
    for cand in found:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda x: x.start)
    return kept


# --- roles -------------------------------------------------------------------


def _lemma(token: Token) -> str:
    """Lower-cased lemma."""
    return token.lemma_.lower()


def _is_violent(token: Token) -> bool:
    """A verb of harm, or a noun naming an attack."""
    lemma = _lemma(token)
    if token.pos_ in ("VERB", "AUX"):
        return lemma in _VIOLENT_VERBS
    return token.lower_ in _ATTACK_NOUNS or lemma in _ATTACK_NOUNS


def _passive_like(verb: Token) -> bool:
    """A participle used passively: "soldiers were killed", headline "25 soldiers killed"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    has_have = any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
    return verb.tag_ == "VBN" and not has_have and verb.dep_ in ("acl", "ROOT", "conj", "ccomp")


def role_of(span: Span) -> str:
    """The role of an actor span from the parse: perpetrator, target or other."""
    tok = span.root
    # "coalition planes", "Iraqi army's shelling", "coalition airstrike": the actor
    # modifies a noun; an attack noun makes it the agent, otherwise read the noun.
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
            if tok.head.lower_ in _ATTACK_NOUNS or _lemma(tok.head) in _ATTACK_NOUNS:
                return "perpetrator"
            tok = tok.head
        else:
            break
    return _role_from_head(tok)


def _role_from_head(tok: Token) -> str:
    """Role of a noun from its syntactic function."""
    head = tok.head
    dep = tok.dep_
    if dep in ("conj", "appos") and head.i != tok.i:
        return _role_from_head(head)
    if dep == "nsubj" and head.pos_ in ("VERB", "AUX"):
        if _lemma(head) in _MUTUAL:
            return "other"
        if _is_violent(head):
            return "target" if _passive_like(head) else "perpetrator"
        # "X conducted/launched/carried out airstrikes"
        if any(c.dep_ == "dobj" and _is_violent(c) for c in head.children):
            return "perpetrator"
        xcomp = [c for c in head.children if c.dep_ == "xcomp" and _is_violent(c)]
        if xcomp:
            return "perpetrator"
    if dep == "nsubjpass" and _is_violent(head):
        return "target"
    if dep == "dobj" and _is_violent(head):
        return "other" if _lemma(head) in _MUTUAL else "target"
    if dep == "pobj":
        prep = head
        governor = prep.head
        word = prep.lower_
        if word == "of" and governor.pos_ in ("NOUN", "PROPN") and governor.i != prep.i:
            # "the positions of the Azerbaijani army": the owner shares its noun's role.
            if governor.lower_ in _ATTACK_NOUNS or _lemma(governor) in _ATTACK_NOUNS:
                return "perpetrator"  # "an attack of X" is rare; "strikes of the coalition"
            return _role_from_head(governor)
        if word == "by" and (prep.dep_ == "agent" or _is_violent(governor)):
            return "perpetrator" if _is_violent(governor) else "other"
        if word in ("with", "between", "against") and (
            _lemma(governor) in _MUTUAL or governor.lower_ in _MUTUAL
        ):
            return "other"
        if word in _TARGET_PREPS and _is_violent(governor):
            return "target"
        if word == "from" and _is_violent(governor):
            return "target"  # "recaptured three villages from ISIL": the loser
    if dep in ("agent",):
        return "perpetrator"
    return "other"


# --- resolution ---------------------------------------------------------------


@dataclass
class _Resolved:
    """A match with its final name."""

    start: int
    end: int
    name: str
    category: str
    kind: str


def _resolve(lex: _Lexicon, doc: Doc, text: str, matches: list[_Match]) -> list[_Resolved]:
    """Give bare nouns and "its forces" a name from the actors named before them."""
    out: list[_Resolved] = []
    last_state_country: str | None = None
    last_nonstate: str | None = None
    last_coalition: str | None = None
    countries_seen: list[str] = []
    for m in matches:
        if m.kind in ("named", "state") and m.name is not None:
            name = m.name
            if m.kind == "named" and name == "US-led coalition" and _bare_coalition(text, m):
                name = last_coalition or name
            if lex.by_name.get(name) and "coalition" in name.lower():
                last_coalition = name
            if m.kind == "state":
                country = _country_from_name(name)
                if country:
                    last_state_country = country
                    countries_seen.append(country)
            elif m.category in ("rebel", "political militia", "identity militia"):
                last_nonstate = name
            out.append(_Resolved(m.start, m.end, name, m.category, m.kind))
        elif m.kind == "bare":
            if m.nonstate:
                name = last_nonstate or str(m.fallback)
                category = _category(lex, name, m.category)
            elif last_state_country and m.bare_state:
                name = m.bare_state.format(country=last_state_country)
                category = "state"
            else:
                name, category = str(m.fallback), m.category
            out.append(_Resolved(m.start, m.end, name, category, "bare"))
        elif m.kind == "possessive":
            referent = _possessive_referent(doc, m, out)
            if referent is not None:
                out.append(_Resolved(m.start, m.end, referent.name, referent.category, "poss"))
    # A document about a coalition reads its leader's forces as the coalition's.
    present = {r.name for r in out}
    for member, group in lex.merge_if_present.items():
        if group in present:
            for r in out:
                if r.name == member:
                    r.name = group
                    r.category = _category(lex, group, r.category)
    return out


def _bare_coalition(text: str, m: _Match) -> bool:
    """The alias is just "(the) coalition (...)", with no leader named."""
    return text[m.start : m.end].lower().startswith(("coalition", "the coalition"))


def _country_from_name(name: str) -> str | None:
    """ "Military Forces of Iraq" -> "Iraq"."""
    for prefix in ("Military Forces of ", "Police Forces of ", "Government of "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return None


def _category(lex: _Lexicon, name: str, default: str) -> str:
    """The category of a canonical name."""
    entry = lex.by_name.get(name)
    return entry.category if entry else default


def _possessive_referent(doc: Doc, m: _Match, before: list[_Resolved]) -> _Resolved | None:
    """Who "its/their forces" belong to: the nearest earlier actor in the sentence that is
    not the agent of the same verb (the reporting subject in "X said a strike hit its
    forces"), else the nearest earlier state actor."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    verb = span.root.head
    in_sentence = [r for r in before if sent.start_char <= r.start < m.start]
    for r in reversed(in_sentence):
        rspan = doc.char_span(r.start, r.end, alignment_mode="expand")
        if rspan is None:
            continue
        if _agent_of(rspan.root, verb):
            continue
        return r
    for r in reversed(before):
        if r.category == "state" and r.start < m.start:
            return r
    return None


def _agent_of(token: Token, verb: Token) -> bool:
    """``token`` is the doer of ``verb``: its subject, or the "by" agent of its subject."""
    node = token
    for _ in range(4):
        if node.head.i == verb.i and node.dep_ in ("nsubj", "agent"):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "by":
            node = node.head.head
            continue
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# --- public API -------------------------------------------------------------------


def extract_actors(doc: Doc, doc_id: str) -> list[ActorMention]:
    """Find the armed and political actors named in a document, with their roles.

    Args:
        doc: the parsed document (the pipeline's single spaCy pass).
        doc_id: the document id carried into every evidence span.

    Returns:
        Actor mentions in text order: canonical name, role (perpetrator,
        target or other), ACLED-like category and the evidence span.
    """
    lex = _lexicon()
    text = doc.text  # built from the tokens on every access: read it once
    resolved = _resolve(lex, doc, text, _raw_matches(lex, text))
    crowds = _crowd_subjects(doc, text)
    resolved = _merge_crowds(resolved, crowds)
    out: list[ActorMention] = []
    for r in resolved:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if r.kind == "crowd":
            # The crowd is the agent of its protest or riot (ACLED's actor1).
            role = "perpetrator"
        else:
            role = role_of(span) if span is not None and len(span) else "other"
        confidence = 0.9 if r.kind in ("named", "state") else 0.6
        evidence = Evidence(r.start, r.end, text[r.start : r.end], doc_id, EXTRACTOR, confidence)
        out.append(ActorMention(r.name, role, evidence, r.category))
    return out


_PROTEST_VERBS = frozenset(_role_words("protest_verbs"))
_PROTEST_NOUNS = frozenset(_role_words("protest_nouns"))
_HOLD_VERBS = frozenset(_role_words("hold_verbs"))
_RIOT_VERBS = frozenset(_role_words("riot_verbs"))
_NOT_CROWD = frozenset({"PRON", "DET"})
_NP_LEFT = frozenset({"amod", "compound", "det", "nummod", "quantmod", "poss", "nmod"})


def _crowd_subjects(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, "Protesters"|"Rioters") for the subjects of protest and riot verbs."""
    out: list[tuple[int, int, str]] = []
    for verb in _candidate_verbs(doc, text):
        lemma = _lemma(verb)
        name = None
        if lemma in _RIOT_VERBS:
            name = "Rioters"
        elif lemma in _PROTEST_VERBS or (
            (lemma in _HOLD_VERBS or verb.lower_ in _HOLD_VERBS) and _names_protest(verb)
        ):
            name = "Protesters"
        if name is None:
            continue
        tok = _crowd_subject(verb)
        if tok is None or tok.pos_ in _NOT_CROWD or _is_weapon(tok):
            continue
        end_tok = tok
        for child in tok.children:
            # "Hundreds of youths": keep the "of" phrase in the evidence.
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > tok.i:
                end_tok = child.right_edge
        start_tok = tok
        for child in tok.children:
            if child.i < start_tok.i and child.dep_ in _NP_LEFT:
                start_tok = child.left_edge
        out.append((start_tok.idx, end_tok.idx + len(end_tok.text), name))
    return out


# Word forms worth a look: protest and riot verbs, and the nouns of "held a protest".
_CROWD_WORDS = re.compile(
    r"(?<![\w-])(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|picket\w*|"
    r"gather\w*|assembl\w*|boycott\w*|chant\w*|riot\w*|pelt\w*|"
    r"vandali[sz]\w*|torch\w*|ransack\w*|smash\w*|lynch\w*|sit-ins?|vigils?|"
    r"processions?|blockades?|caravans?|motorcades?)(?![\w-])",
    re.IGNORECASE,
)


def _candidate_verbs(doc: Doc, text: str) -> list[Token]:
    """Verbs that may be protest or riot predicates, found from a regex, not a token loop."""
    verbs: dict[int, Token] = {}
    for m in _CROWD_WORDS.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        for _ in range(3):  # noun -> its verb ("held a protest", "took part in a march")
            if tok.pos_ == "VERB":
                verbs.setdefault(tok.i, tok)
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return [verbs[i] for i in sorted(verbs)]


def _is_weapon(token: Token) -> bool:
    """A device or an attack, not people: "a roadside bomb", "the strike"."""
    return token.lower_ in _ATTACK_NOUNS or _lemma(token) in _ATTACK_NOUNS or "bomb" in token.lower_


def _crowd_subject(verb: Token) -> Token | None:
    """The subject of a protest or riot verb."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    head = verb.head
    # The small parser often reads "interns protested in X" as a noun with an acl
    # verb: a past-tense verb hanging off the noun is still its predicate.
    if (
        verb.dep_ == "acl"
        and head.pos_ in ("NOUN", "PROPN")
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and head.dep_ == "ROOT"))
    ):
        return head
    return None


def _names_protest(verb: Token) -> bool:
    """The verb's object (or its preposition's object) is a protest noun: "held a sit-in"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and (
            child.lower_ in _PROTEST_NOUNS
            or any(g.dep_ == "compound" and g.lower_ in _PROTEST_NOUNS for g in child.children)
        ):
            return True
        if child.dep_ in ("prep", "prt"):
            if any(g.dep_ == "pobj" and g.lower_ in _PROTEST_NOUNS for g in child.children):
                return True
            if child.lower_ in _PROTEST_NOUNS:
                return True
    return False


_CROWD_REPLACES = frozenset({"civilians", "unidentified", "protesters", "rioters"})


def _merge_crowds(resolved: list[_Resolved], crowds: list[tuple[int, int, str]]) -> list[_Resolved]:
    """Name crowd subjects Protesters/Rioters; they replace civilian mentions they cover."""
    out = list(resolved)
    for start, end, name in crowds:
        category = "protesters" if name == "Protesters" else "rioters"
        inside = [r for r in out if start <= r.start and r.end <= end]
        if any(r.category not in _CROWD_REPLACES for r in inside):
            continue  # "Hamas supporters rallied": keep the named group
        out = [r for r in out if r not in inside]
        out.append(_Resolved(start, end, name, category, "crowd"))
    out.sort(key=lambda r: r.start)
    return out


_ACLED_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
_ACLED_COUNTRY = re.compile(r"\s*\(([^()]*)\)\s*$")
_GENERIC = frozenset(
    {
        "Protesters",
        "Rioters",
        "Civilians",
        "Unidentified Armed Group",
        "Unidentified Gang",
        "Unidentified Military Forces",
        "Military Forces",
        "Police Forces",
    }
)


def normalize_actor(name: str) -> str | None:
    """The canonical name of an actor name, for comparing actors across sources.

    Accepts free text ("ISIS fighters", "Iraqi troops") and ACLED actor names
    ("Military Forces of Iraq (2014-)", "Protesters (India)", "QSD: Syrian
    Democratic Forces"): years, sub-units after the years, and the country of
    generic groups are dropped.

    Args:
        name: an actor name.

    Returns:
        The canonical name, or None for an empty name.
    """
    text = " ".join(name.split())
    if not text:
        return None
    lex = _lexicon()
    for entry in lex.entries:
        if entry.acled and entry.acled.lower() == text.lower():
            return entry.name
    years = _ACLED_YEARS.search(text)
    if years:
        text = text[: years.start()]  # "Military Forces of Yemen (2016-) Supreme Political Council"
    country = _ACLED_COUNTRY.search(text)
    if country:
        head = text[: country.start()].strip()
        if head in _GENERIC or _named_entry(lex, head) is None:
            text = head if head in _GENERIC or head.startswith(("Military", "Police")) else text
    for candidate in _candidates(text):
        named = _named_entry(lex, candidate)
        if named is not None:
            return named.name
        for pattern, template, _ in lex.templates:
            m = pattern.fullmatch(candidate)
            if m:
                found = _country_of(lex, m)
                if found:
                    return template.format(country=found)
        for pattern, spec in lex.bare:
            if pattern.fullmatch(candidate):
                return str(spec["fallback"])
    return text


def _candidates(text: str) -> list[str]:
    """``text`` and, for "ABBR: Full Name", each part."""
    out = [text]
    if ": " in text:
        abbr, _, full = text.partition(": ")
        out += [full.strip(), abbr.strip()]
    return out
