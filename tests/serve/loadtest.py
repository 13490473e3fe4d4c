"""Bounded load test of ``claimledger serve`` on loopback (not part of the unit tests).

Builds (once) a synthetic store of N documents through the store API with a
fast hand-written analyser (no spaCy): each document reports one incident in
one of 40 places over two years with one to three sources' figures, so
linking groups them into corpus incidents as real reporting would. Then it
starts ``claimledger serve`` in a subprocess on 127.0.0.1 and runs, for each
phase, C concurrent clients for S seconds against
  - list: ``GET /api/incidents`` with one or two random filters (country,
    type, since/until, contested, actor, bbox) and a random page;
  - list-q: the same with full-text words (``q``) and at most one other filter;
  - incident: ``GET /api/incidents/{id}`` for random ids.
Every loop is bounded by its deadline; the server is stopped at the end.

    .venv/bin/python -m tests.serve.loadtest --docs 10000 --seconds 30 --clients 20 [--workers 2]

The clients speak HTTP/1.1 over raw asyncio streams (``_Connection``): an HTTP
library would take CPU from the server on this 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

from claimledger.options import Options
from claimledger.records import (
    Actor,
    Claim,
    Document,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
    Segment,
    Source,
)

PLACES = [
    (f"Town{i}", c, f"Region{i % 7}", lat + (i % 5) * 0.7, lon + (i % 3) * 0.9, cc)
    for i, (c, cc, lat, lon) in enumerate(
        [
            ("Iraq", "IQ", 33.0, 43.0),
            ("Syria", "SY", 35.0, 37.5),
            ("Nigeria", "NG", 10.0, 8.0),
            ("Yemen", "YE", 15.0, 45.0),
            ("Somalia", "SO", 3.0, 45.0),
        ]
        * 8
    )
]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
]
SOURCES = [
    ("the health ministry", "official"),
    ("police", "official"),
    ("a hospital doctor", "medical"),
    ("the Observatory", "ngo"),
    ("residents", "witness"),
]
WORDS = [
    "market",
    "convoy",
    "checkpoint",
    "village",
    "bridge",
    "mosque",
    "school",
    "road",
    "camp",
    "farm",
]


def _spec(i: int) -> tuple[Any, ...]:
    rng = random.Random(i)
    event = i // 3  # about three reports per event
    erng = random.Random(event)
    place = PLACES[erng.randrange(len(PLACES))]
    day = 1 + (event * 7) % 700
    date = time.strftime("%Y-%m-%d", time.gmtime(1_672_531_200 + day * 86_400))
    kind = TYPES[erng.randrange(len(TYPES))]
    toll = erng.randint(1, 60) + rng.randint(0, 4)
    return place, date, kind, toll, rng


def raws(n: int) -> list[RawDocument]:
    out = []
    for i in range(n):
        place, date, _kind, toll, rng = _spec(i)
        src = SOURCES[rng.randrange(len(SOURCES))][0]
        filler = " ".join(rng.choice(WORDS) for _ in range(60))
        text = (
            f"Report {i} from {place[0]}: {src} said {toll} people were killed near the "
            f"{rng.choice(WORDS)}. {filler}."
        )
        out.append(RawDocument(id=f"load-{i}", text=text, title=f"{place[0]} {i}", published=date))
    return out


def analyzer(items: list[RawDocument], options: Options) -> list[Document]:
    docs = []
    for raw in items:
        i = int(raw.id.split("-")[1])
        place, date, kind, toll, rng = _spec(i)
        name, country, admin1, lat, lon, cc = place
        src = next(s for s in SOURCES if f"{s[0]} said" in raw.text)
        phrase = f"{toll} people were killed"
        start = raw.text.index(phrase)
        ev = Evidence(start, start + len(phrase), phrase, raw.id, "load", 1.0)
        claim = Claim("killed", phrase, toll, toll, "exact", Source(*src), False, ev)
        inc = Incident(
            id=f"{raw.id}#1",
            event_type=kind[0],
            sub_event_type=kind[1],
            date=IncidentDate(date, "day", 0.9),
            location=Location(name, country, admin1, lat, lon, None, None, None, cc),
            actors=(Actor(f"Group{rng.randrange(12)}", "perpetrator"),),
            claims=(claim,),
        )
        docs.append(
            Document(
                id=raw.id,
                text=raw.text,
                stated_date=raw.published,
                segments=(Segment(0, len(raw.text), "reporting"),),
                incidents=(inc,),
                title=raw.title,
                stated_date_source="given",
            )
        )
    return docs


def build(path: Path, n: int) -> float:
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.store import Store

    t0 = time.perf_counter()
    with Store.open(path) as store:
        ingest_documents(raws(n), store, Options(), analyzer=analyzer, commit_every=500)
    return time.perf_counter() - t0


def _list_query(rng: random.Random, words: bool) -> str:
    place = PLACES[rng.randrange(len(PLACES))]
    choices = [
        f"country={place[5]}",
        f"type={rng.choice(TYPES)[rng.randrange(2)]}",
        f"since=2023-{rng.randint(1, 12):02d}-01&until=2024-{rng.randint(1, 12):02d}-28",
        "contested=true",
        f"actor=group{rng.randrange(12)}",
        f"bbox={place[4] - 2},{place[3] - 2},{place[4] + 2},{place[3] + 2}",
    ]
    picked = rng.sample(choices, rng.randint(1, 2))
    if words:  # two full-text words (each in most texts) and at most one other filter
        picked = [f"q={rng.choice(WORDS)}%20{rng.choice(WORDS)}", *picked[:1]]
    return "&".join(picked) + f"&limit=50&offset={rng.choice([0, 0, 50, 100])}"


class _Connection:
    """One keep-alive HTTP/1.1 connection speaking just enough HTTP for GETs.

    The load generator shares the 2-core machine with the server: an HTTP
    library's CPU time per request (httpx: about 2.7 ms here, half the
    server's) would be taken from the server and show up in its latency.
    Load tools are written in C or Go for that reason (wrk, hey); this is the
    same idea in a few lines, so the test needs nothing installed.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        target = urllib.parse.quote(path, safe="/?&=,%:")  # as httpx would send it
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"
        self.writer.write(request.encode("ascii"))
        head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), 10)
        status = int(head.split(b" ", 2)[1])
        length = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            raise RuntimeError(f"{path}: answer without Content-Length")
        body = await asyncio.wait_for(self.reader.readexactly(length), 10)
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _client(base: str, kind: str, ids: list[int], deadline: float, seed: int) -> list[float]:
    rng = random.Random(seed)
    out: list[float] = []
    host, port = base.removeprefix("http://").split(":")
    http = _Connection(host, int(port))
    try:
        while time.monotonic() < deadline:
            path = (
                f"/api/incidents/{rng.choice(ids)}"
                if kind == "incident"
                else f"/api/incidents?{_list_query(rng, kind == 'list-q')}"
            )
            t0 = time.perf_counter()
            status, body = await http.get(path)
            out.append(time.perf_counter() - t0)
            if status != 200:
                raise RuntimeError(f"{path}: {status} {body[:200]!r}")
    finally:
        http.close()
    return out


def _descendants(pid: int) -> list[int]:
    """A process and its live descendants (Linux ``/proc``)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                continue
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its children (the server's
    worker processes with ``--workers``; Linux ``/proc``; 0 elsewhere)."""
    total = 0
    for p in _descendants(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def phase(
    base: str, kind: str, ids: list[int], seconds: float, clients: int, server_pid: int = 0
) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    t0 = time.perf_counter()
    cpu0 = cpu_seconds(server_pid)
    own0 = time.process_time()
    runs = await asyncio.gather(*(_client(base, kind, ids, deadline, s) for s in range(clients)))
    wall = time.perf_counter() - t0
    cpu = cpu_seconds(server_pid) - cpu0
    own = time.process_time() - own0
    lat = sorted(x for run in runs for x in run)
    # inclusive: p99 never above the slowest request measured
    q = statistics.quantiles(lat, n=100, method="inclusive")
    return {
        "endpoint": kind,
        "requests": len(lat),
        "seconds": round(wall, 1),
        "requests_per_s": round(len(lat) / wall, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p90_ms": round(q[89] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(lat[-1] * 1000, 1),
        # the server's CPU time per request: what the machine's load does not inflate much
        "server_cpu_ms_per_request": round(cpu / len(lat) * 1000, 2),
        # the load generator's own CPU time per request (it shares the machine)
        "client_cpu_ms_per_request": round(own / len(lat) * 1000, 2),
    }


def _serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("claimledger")
    more = ["--workers", str(workers)] if workers > 1 else []  # an older serve has no --workers
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port), *more])
    import httpx2 as httpx

    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/incidents?limit=1", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("server did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-results/load-store.db"))
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--port", type=int, default=8799)
    ap.add_argument("--workers", type=int, default=1, help="serve --workers (processes)")
    ap.add_argument(
        "--phases",
        default="list,list-q,incident",
        help="Comma-separated phases to run, in order (list, list-q, incident).",
    )
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        print(f"building {args.docs} documents: {build(args.db, args.docs):.1f} s", flush=True)
    from claimledger.store import Store

    with Store.open(args.db, read_only=True) as store:
        counts = store.counts()
        ids = store.corpus_incident_ids()
    print(json.dumps(counts.__dict__), flush=True)
    proc = _serve(args.db, args.port, args.workers)
    try:
        base = f"http://127.0.0.1:{args.port}"
        for kind in args.phases.split(","):
            result = asyncio.run(phase(base, kind, ids, args.seconds, args.clients, proc.pid))
            print(json.dumps(result), flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(
        json.dumps(
            {
                "server_workers": args.workers,
                "clients": args.clients,
                "load_average": os.getloadavg(),
                "machine": platform.platform(),
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
            }
        )
    )


if __name__ == "__main__":
    main()
