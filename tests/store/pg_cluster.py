"""A throw-away PostgreSQL cluster for the tests (or the server named by $CLAIMLEDGER_TEST_PG).

``PGCluster.start()`` uses ``$CLAIMLEDGER_TEST_PG`` (a conninfo URL) when it is
set; otherwise it runs ``initdb`` and ``pg_ctl`` (found on PATH or in Debian's
``/usr/lib/postgresql/*/bin``) on a temporary directory, listening only on a
Unix socket in that directory, as the ``postgres`` user when the tests run as
root (``initdb`` refuses root). Each ``new_url()`` is an empty schema of its own
(the URL sets ``search_path``), so tests never see each other's tables.
``stop()`` drops the schemas, or stops the cluster and deletes its directory.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

ENV_URL = "CLAIMLEDGER_TEST_PG"
ENV_REQUIRE = "CLAIMLEDGER_REQUIRE_PG"
_DB = "claimledger_test"


def bindir() -> Path | None:
    """The directory of ``initdb`` and ``pg_ctl``, if PostgreSQL is installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    dirs = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2].split(".")[0])
    )
    return Path(dirs[-1]) if dirs and (Path(dirs[-1]) / "initdb").exists() else None


def with_options(url: str, schema: str) -> str:
    """``url`` with ``search_path`` set to ``schema``."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-c search_path={schema}')}"


class PGCluster:
    """A PostgreSQL server for one test session."""

    def __init__(self, url: str, directory: Path | None, run_as: list[str]) -> None:
        self.url = url  # the test database
        self.directory = directory  # the throw-away cluster's, None for $CLAIMLEDGER_TEST_PG
        self.run_as = run_as
        self._schemas: list[str] = []
        self._n = itertools.count()

    @classmethod
    def start(cls) -> PGCluster | None:
        """The server to test against, or None when there is none (see the module doc)."""
        if os.environ.get(ENV_URL):
            return cls(os.environ[ENV_URL], None, [])
        bins = bindir()
        if bins is None:
            return None
        run_as: list[str] = []
        directory = Path(tempfile.mkdtemp(prefix="clpg-"))
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")  # the Debian package creates it
            os.chown(directory, user.pw_uid, user.pw_gid)
            run_as = ["runuser", "-u", "postgres", "--"]
        data = directory / "data"
        cls._run([*run_as, str(bins / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync"])  # fmt: skip
        settings = f"-c listen_addresses='' -k {directory} -c fsync=off -c max_connections=60"
        cls._run([*run_as, str(bins / "pg_ctl"), "-D", str(data), "-l",
                  str(directory / "log"), "-w", "-t", "60", "-o", settings, "start"])  # fmt: skip
        base = f"postgresql:///postgres?host={directory}&user=postgres"
        import psycopg

        with psycopg.connect(base, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {_DB}")
        cluster = cls(f"postgresql:///{_DB}?host={directory}&user=postgres", directory, run_as)
        cluster.bins = bins
        return cluster

    bins: Path | None = None

    @staticmethod
    def _run(cmd: list[str]) -> None:
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def new_url(self, name: str = "t") -> str:
        """The URL of a new empty schema in the test database."""
        import psycopg

        schema = f"{name}_{os.getpid()}_{next(self._n)}".lower()
        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {schema}")
        self._schemas.append(schema)
        return with_options(self.url, schema)

    def stop(self) -> None:
        """Remove what the session made: the schemas, or the whole cluster."""
        if self.directory is None:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as con:
                for schema in self._schemas:
                    con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            return
        assert self.bins is not None
        subprocess.run(
            [*self.run_as, str(self.bins / "pg_ctl"), "-D", str(self.directory / "data"),
             "-m", "immediate", "-w", "stop"],
            check=False, capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.rmtree(self.directory, ignore_errors=True)
