"""Fixtures of the HTTP-service tests: a throwaway PostgreSQL server, a database per test
(parametrized over SQLite and PostgreSQL), an app with keys of every role, and a real uvicorn
server on 127.0.0.1.

PostgreSQL: ``initdb`` refuses root, so as root the server runs as the ``postgres`` user via
``runuser``; it listens on 127.0.0.1 on a free port, fsync off, and is stopped by its PID at the
end of the session. Without PostgreSQL binaries the PostgreSQL cases are skipped, unless
``CLAIMS_REQUIRE_POSTGRES=1`` (CI), which makes them fail instead.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

REQUIRE_POSTGRES = os.environ.get("CLAIMS_REQUIRE_POSTGRES") == "1"

LISTINGS = [
    {"id": "g1", "title": "Eco-friendly yoga mat", "description": "Good for the planet and for you!",
     "brand": "Acme", "category": "sports"},
    {"id": "g2", "title": "Ceramic mug 350 ml", "description": "Dishwasher safe. Forest green glaze.",
     "brand": "Potter", "category": "kitchen"},
    {"id": "g3", "title": "Organic cotton tee",
     "description": "<ul><li>100% organic cotton, GOTS certified (licence CU 817263)</li></ul>", "brand": "Acme",
     "category": "apparel"},
    {"id": "g4", "title": "Carbon neutral sneakers", "brand": "Stride", "category": "apparel",
     "description": "Every pair is carbon neutral: we offset all emissions by planting trees."},
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name), reverse=True)
    return next((Path(d) for d in dirs if (Path(d) / "initdb").exists()), None)


@dataclass
class PgServer:
    port: int
    proc: subprocess.Popen
    workdir: Path
    _n: int = 0

    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        import psycopg

        self._n += 1
        name = f"claims_test_{os.getpid()}_{self._n}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


def _unavailable(why: str) -> None:
    if REQUIRE_POSTGRES:
        pytest.fail(f"PostgreSQL is required (CLAIMS_REQUIRE_POSTGRES=1) but {why}")
    pytest.skip(f"no PostgreSQL: {why}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bindir()
    if bindir is None:
        _unavailable("initdb is not installed (apt-get install postgresql)")
    assert bindir is not None
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    workdir = Path(tempfile.mkdtemp(prefix="claims-pg-"))
    data = workdir / "data"
    if as_root:
        shutil.chown(workdir, "postgres", "postgres")
    res = subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                          "-E", "UTF8", "--no-sync", "--no-instructions"], capture_output=True, text=True)
    if res.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        _unavailable(f"initdb failed: {res.stderr.strip()[-300:]}")
    port = free_port()
    log = open(workdir / "postgres.log", "wb")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen([*prefix, str(bindir / "postgres"), "-D", str(data), "-p", str(port),
                             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={workdir}",
                             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                             "-c", "max_connections=200"],
                            stdout=subprocess.DEVNULL, stderr=log)
    server = PgServer(port, proc, workdir)
    try:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = (workdir / "postgres.log").read_text(errors="replace")[-300:]
                    _unavailable(f"the server did not start: {err}")
                time.sleep(0.2)
        yield server
    finally:
        _stop(proc, data)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _stop(proc: subprocess.Popen, data: Path) -> None:
    """Stop the server we started: the postmaster by the PID it wrote, then our child by its PID."""
    pidfile = data / "postmaster.pid"
    with contextlib.suppress(OSError, ValueError, IndexError):
        os.kill(int(pidfile.read_text().splitlines()[0]), signal.SIGQUIT)  # immediate: the data is thrown away
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: SQLite in tmp_path, or a new database on the throwaway server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'claims.db'}"
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture
def sessions(db_url: str) -> Iterator[Any]:
    """A session factory over a migrated database (SQLite and PostgreSQL, as ``db_url``)."""
    from claims.moderation.store import make_engine, session_factory, upgrade

    engine = make_engine(db_url)
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


@dataclass
class Service:
    client: Any  # fastapi.testclient.TestClient
    url: str
    keys: dict[str, str]
    key_ids: dict[str, str]
    app: Any

    def h(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}


def make_keys(url: str) -> tuple[dict[str, str], dict[str, str]]:
    from claims.moderation.keys import ROLES, create_key
    from claims.moderation.store import make_engine, session_factory, upgrade

    engine = make_engine(url)
    upgrade(engine)
    keys, ids = {}, {}
    with session_factory(engine)() as session:
        for role in ROLES:
            info, keys[role] = create_key(session, role, f"test {role}")
            ids[role] = info.id
    engine.dispose()
    return keys, ids


@contextlib.contextmanager
def running_service(url: str, analyzer: Any, **overrides: Any) -> Iterator[Service]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from claims.config import get_service_settings

    recommender = overrides.pop("recommender", None)
    keys, ids = make_keys(url)
    settings = replace(get_service_settings(), database_url=url, **overrides)
    app = create_app(settings, analyzer=analyzer, recommender=recommender, load_index=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Service(client, url, keys, ids, app)


@pytest.fixture
def service(db_url: str, fake_analyzer: Any) -> Iterator[Service]:
    """The app over a fresh database (SQLite and PostgreSQL), with a key of each role."""
    with running_service(db_url, fake_analyzer, max_listings_per_call=8, max_text_chars=5000,
                         max_body_bytes=200_000) as svc:
        yield svc


@contextlib.contextmanager
def uvicorn_server(app: Any, lifespan: str = "on") -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 (a free port) in a thread; yields the base URL.
    ``lifespan="off"`` serves an app already started elsewhere (e.g. by a TestClient)."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan=lifespan, limit_concurrency=200))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def build_recommender(analyzer: Any, listings: list[dict[str, Any]], index_dir: Path) -> Any:
    """A tiny real index: the listings scored by the given analyzer, embedded by its encoder,
    built and saved through the recommender's own API."""
    from claims.recommend.recommender import Recommender

    rec = Recommender.build(analyzer.score(listings), listings, index_dir=index_dir, encoder=analyzer.encoder)
    rec.save()
    return rec


@pytest.fixture(scope="module")
def recommender_for_schemathesis(fake_analyzer: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The recommender the schemathesis run serves: a tiny index over the test listings."""
    return build_recommender(fake_analyzer, LISTINGS, tmp_path_factory.mktemp("index"))
