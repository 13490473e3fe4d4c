"""The SQL dialects of the store backends: one portable SQL text, translated per backend.

Input: the statements written once in ``store/sqlite_write.py``,
``store/sqlite_read.py`` and ``store/schema.py`` (SQLite spelling, ``?``
placeholders). Output: the same statements for the backend in use. SQLite runs
them as written; PostgreSQL gets a translation (cached per statement text):

* ``?`` becomes ``%s`` and a literal ``%`` becomes ``%%`` (psycopg's style);
* ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores ASCII case, PostgreSQL's not);
* ``x = y COLLATE NOCASE`` becomes ``LOWER(x) = LOWER(y)``;
* ``ORDER BY`` items get SQLite's NULL order (``NULLS FIRST`` ascending,
  ``NULLS LAST`` descending; PostgreSQL's default is the reverse);
* ``INSERT OR IGNORE`` becomes ``INSERT ... ON CONFLICT DO NOTHING``;
  ``IFNULL`` becomes ``COALESCE``; ``GROUP_CONCAT`` becomes ``string_agg``;
  two-argument ``MAX``/``MIN`` become ``GREATEST``/``LEAST``;
  ``ROUND(x, n)`` rounds ``x`` as a NUMERIC; ``CAST(x AS REAL)`` is a double;
* in DDL, SQLite's 64-bit ``INTEGER`` is ``BIGINT``, its 8-byte ``REAL`` is
  ``DOUBLE PRECISION`` and an ``INTEGER PRIMARY KEY`` (SQLite's auto-numbered
  row id) is ``BIGSERIAL PRIMARY KEY``.

String literals are never rewritten (only their ``%`` is doubled). The
``Connection`` and ``Cursor`` protocols are what the shared query mixins use of
a connection: ``sqlite3`` objects satisfy them, and so does the PostgreSQL
adapter of ``store/postgres_connection.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol


class Cursor(Protocol):
    """The part of a DB-API cursor the store's queries use."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of a DB-API connection the store's queries use."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Cursor: ...


_LITERAL = re.compile(r"'(?:[^']|'')*'")
_MASK = re.compile("\x00(\\d+)\x00")
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_END = re.compile(
    r"\b(?:LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|FOR|ROWS|RANGE|GROUPS)\b|;", re.IGNORECASE
)
_NOT_NULL_KEY = re.compile(r"(?:\w+\.)?id", re.IGNORECASE)  # NOT NULL: keep the index order
_NOCASE_CMP = re.compile(
    r"([\w.]+|\?)\s*(=|<>|!=)\s*([\w.]+|\?)\s+COLLATE\s+NOCASE\b", re.IGNORECASE
)
_NOCASE = re.compile(r"([\w.]+|\?)\s+COLLATE\s+NOCASE\b", re.IGNORECASE)
_FUNCTION = re.compile(r"\b(GROUP_CONCAT|MAX|MIN|ROUND)\s*\(", re.IGNORECASE)
_SIMPLE = (
    (re.compile(r"(?<![I\w])LIKE\b", re.IGNORECASE), "ILIKE"),
    (re.compile(r"\bIFNULL\s*\(", re.IGNORECASE), "COALESCE("),
    (re.compile(r"\bAS\s+REAL\b", re.IGNORECASE), "AS DOUBLE PRECISION"),
    (re.compile(r"\bAS\s+INTEGER\b", re.IGNORECASE), "AS BIGINT"),
)
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_DDL_TYPES = (
    (re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.IGNORECASE), "{serial}"),
    (re.compile(r"\bINTEGER\b", re.IGNORECASE), "BIGINT"),
    (re.compile(r"\bREAL\b", re.IGNORECASE), "DOUBLE PRECISION"),
    (re.compile(r"\{serial\}"), "BIGSERIAL PRIMARY KEY"),
)
_DDL_START = re.compile(r"^\s*(CREATE\s+TABLE|ALTER\s+TABLE)\b", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_SERIAL_TABLE = re.compile(
    r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(\s*id\s+BIGSERIAL\b", re.IGNORECASE
)


def _mask(sql: str) -> tuple[str, list[str]]:
    """``sql`` with its string literals replaced by numbered marks, and the literals."""
    literals: list[str] = []

    def keep(m: re.Match[str]) -> str:
        literals.append(m.group())
        return f"\x00{len(literals) - 1}\x00"

    return _LITERAL.sub(keep, sql), literals


def _unmask(sql: str, literals: list[str]) -> str:
    return _MASK.sub(lambda m: literals[int(m.group(1))], sql)


def _split_args(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose '(' is just before ``start``.

    Returns:
        The argument texts and the index just after the closing ')'.
    """
    depth, args, begin = 0, [], start
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                args.append(text[begin:i])
                return args, i + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[begin:i])
            begin = i + 1
    return [text[start:]], len(text)  # unbalanced: leave it to the server to complain


def _function(name: str, args: list[str]) -> str | None:
    """The PostgreSQL spelling of a SQLite call, or None to keep it."""
    name = name.upper()
    if name == "GROUP_CONCAT":
        first = args[0].strip()
        distinct = ""
        if first.upper().startswith("DISTINCT "):
            distinct, first = "DISTINCT ", first[9:]
        sep = args[1].strip() if len(args) > 1 else "','"
        return f"string_agg({distinct}CAST({first} AS TEXT), {sep})"
    if name in ("MAX", "MIN") and len(args) > 1:
        return ("GREATEST(" if name == "MAX" else "LEAST(") + ",".join(args) + ")"
    if name == "ROUND" and len(args) == 2:
        return f"ROUND(CAST({args[0]} AS NUMERIC),{args[1]})"
    return None


def _functions(sql: str) -> str:
    """``sql`` with SQLite-only function calls rewritten, innermost arguments too."""
    out, pos = [], 0
    for m in _FUNCTION.finditer(sql):
        if m.start() < pos:
            continue  # inside a call already rewritten
        args, end = _split_args(sql, m.end())
        args = [_functions(a) for a in args]
        new = _function(m.group(1), args)
        out.append(sql[pos : m.start()])
        out.append(new if new is not None else sql[m.start() : m.end()] + ",".join(args) + ")")
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def _order_item(item: str) -> str:
    bare = item.strip()
    if not bare or re.search(r"\bNULLS\s+(FIRST|LAST)\s*$", bare, re.IGNORECASE):
        return item
    if _NOT_NULL_KEY.fullmatch(bare):
        return item
    tail = " NULLS LAST" if re.search(r"\bDESC\s*$", bare, re.IGNORECASE) else " NULLS FIRST"
    return item.rstrip() + tail + item[len(item.rstrip()) :]


def _null_order(sql: str) -> str:
    """Every ORDER BY item with SQLite's NULL order made explicit."""
    out, pos = [], 0
    for m in _ORDER_BY.finditer(sql):
        if m.start() < pos:
            continue
        out.append(sql[pos : m.end()])
        depth, begin, i, items = 0, m.end(), m.end(), []
        while i < len(sql):
            ch = sql[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                items.append(sql[begin:i])
                begin = i + 1
            elif depth == 0 and _ORDER_END.match(sql, i):
                break
            i += 1
        items.append(sql[begin:i])
        out.append(",".join(_order_item(x) for x in items))
        pos = i
    out.append(sql[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def postgres_sql(sql: str) -> str:
    """A portable store statement in PostgreSQL's (and psycopg's) spelling.

    Args:
        sql: a statement in the store's SQLite spelling with ``?`` placeholders.

    Returns:
        The statement for psycopg: ``%s`` placeholders, ``%`` doubled in
        literals, and the rewrites listed in the module docstring.
    """
    masked, literals = _mask(sql)
    if _DDL_START.match(masked):
        for pattern, repl in _DDL_TYPES:
            masked = pattern.sub(repl, masked)
    if _OR_IGNORE.search(masked):
        masked = _OR_IGNORE.sub("INSERT INTO", masked)
        ret = _RETURNING.search(masked)
        at = ret.start() if ret else len(masked.rstrip().rstrip(";"))
        masked = masked[:at].rstrip() + " ON CONFLICT DO NOTHING " + masked[at:]
    masked = _NOCASE_CMP.sub(r"LOWER(\1) \2 LOWER(\3)", masked)
    masked = _NOCASE.sub(r"LOWER(\1)", masked)
    for pattern, repl in _SIMPLE:
        masked = pattern.sub(repl, masked)
    masked = _functions(masked)
    masked = _null_order(masked)
    masked = masked.replace("%", "%%").replace("?", "%s")
    return _unmask(masked, [lit.replace("%", "%%") for lit in literals])


def serial_tables(statements: Iterable[str]) -> frozenset[str]:
    """The tables whose ``id`` the database numbers (their inserts can return it).

    Args:
        statements: DDL in the store's spelling (``schema_statements()``).

    Returns:
        Lower-case table names.
    """
    out = set()
    for stmt in statements:
        m = _SERIAL_TABLE.search(postgres_sql(stmt))
        if m:
            out.add(m.group(1).lower())
    return frozenset(out)


def returning_id(sql: str, serial: frozenset[str]) -> str | None:
    """``sql`` (already translated) with ``RETURNING id`` added, when it inserts one row
    into a table with a numbered id and returns nothing yet; else None."""
    m = _INSERT_INTO.match(sql)
    if m is None or m.group(1).lower() not in serial or _RETURNING.search(sql):
        return None
    return sql.rstrip().rstrip(";") + " RETURNING id"
