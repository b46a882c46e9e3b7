"""Kill ``claims serve`` with SIGKILL at random points and check that nothing acknowledged is lost.

The server is the real ``claims serve`` (uvicorn, one process, 127.0.0.1, a free port) over a
SQLite file or a PostgreSQL URL and a recommender index folder, started through a tiny launcher
that swaps the model for the keyword fake of ``tests/fakes.py`` (the faults under test are the
service's, not the model's; the product has no fake mode). Each round: start, wait for
``/readyz``, send scoring calls (new listings) and moderator decisions from a few client threads,
SIGKILL the server after a random delay, and remember every call that was answered 200. At the
end: start once more and check every acknowledged decision is in its item's audit trail, every
acknowledged listing is stored (and in the queue when the answer said so) and in the recommender
index (``POST /v1/recommendations`` by its id), then stop gracefully and check the saved index
folder holds them too.

Used by ``tests/service/test_chaos.py`` (3 kills) and ``benchmarks/service_faults.py``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"

LAUNCHER = """\
import sys
sys.path.insert(0, {tests!r})
from fakes import FakeAnalyzer
from claims.scoring.analyzer import Analyzer
Analyzer.load = classmethod(lambda cls, *a, **k: FakeAnalyzer())
from claims.cli.main import main
sys.exit(main(sys.argv[1:]))
"""

SEED_LISTINGS = [
    {"id": "seed-1", "title": "Eco-friendly yoga mat", "description": "Good for the planet and for you!",
     "category": "sports"},
    {"id": "seed-2", "title": "Ceramic mug 350 ml", "description": "Dishwasher safe.", "category": "kitchen"},
    {"id": "seed-3", "title": "Organic cotton tee", "category": "apparel",
     "description": "100% organic cotton, GOTS certified (licence CU 817263)."},
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Acked:
    scores: dict[str, int | None] = field(default_factory=dict)  # listing id -> review item (None: not queued)
    decisions: list[tuple[int, str]] = field(default_factory=list)  # (item id, the note it carried)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class ChaosReport:
    kills: int
    restarts: int
    score_calls: int
    decision_calls: int
    scores_acked: int
    decisions_acked: int
    scores_lost: list[str]
    queue_lost: list[str]
    index_lost: list[str]
    index_lost_on_disk: list[str]
    decisions_lost: list[tuple[int, str]]
    index_unreadable_restarts: int

    @property
    def lost(self) -> int:
        return (len(self.scores_lost) + len(self.queue_lost) + len(self.index_lost) + len(self.index_lost_on_disk)
                + len(self.decisions_lost) + self.index_unreadable_restarts)


class Server:
    """``claims serve`` through the launcher; ended by its PID only."""

    def __init__(self, workdir: Path, db_url: str, index_dir: Path, env: dict[str, str]):
        self.workdir, self.db_url, self.index_dir = workdir, db_url, index_dir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90.0) -> dict[str, Any]:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        log = open(self.workdir / "server.log", "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(
            [sys.executable, str(self.workdir / "launch.py"), "serve", "--port", str(self.port), "--db", self.db_url,
             "--log-level", "warning"], cwd=self.workdir, env=self.env, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"claims serve exited with {self.proc.returncode}; see {self.workdir}/server.log")
            try:
                r = httpx.get(f"{self.base}/readyz", timeout=2)
                if r.status_code == 200:
                    return dict(r.json())
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError("claims serve did not become ready")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()


def prepare(workdir: Path) -> tuple[Path, dict[str, str]]:
    """The launcher, a model folder for `claims serve`'s check, and a small index built with the fake."""
    sys.path.insert(0, str(TESTS))
    from fakes import FakeAnalyzer

    from claims.recommend.recommender import Recommender

    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "launch.py").write_text(LAUNCHER.format(tests=str(TESTS)), encoding="utf-8")
    heads = workdir / "model" / "heads"
    heads.mkdir(parents=True, exist_ok=True)
    (heads / "meta.json").write_text("{}", encoding="utf-8")  # the fake loads nothing from it
    fake = FakeAnalyzer()
    index_dir = workdir / "index"
    Recommender.build(fake.score(SEED_LISTINGS), SEED_LISTINGS, index_dir=index_dir, encoder=fake.encoder).save()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMS_MODEL_DIR": str(workdir / "model"),
           "CLAIMS_INDEX_DIR": str(index_dir), "CLAIMS_INDEX_SAVE_INTERVAL_S": "0.5",
           "CLAIMS_INDEX_SYNC_INTERVAL_S": "0.5", "HF_HUB_OFFLINE": "1"}
    return index_dir, env


def make_keys(db_url: str) -> dict[str, str]:
    from claims.moderation.keys import create_key
    from claims.moderation.store import make_engine, session_factory, upgrade

    engine = make_engine(db_url)
    upgrade(engine)
    with session_factory(engine)() as session:
        keys = {role: create_key(session, role, f"chaos {role}")[1] for role in ("service", "moderator")}
    engine.dispose()
    return keys


def _scorer(base: str, key: str, acked: Acked, stop: threading.Event, counter: list[int], tag: str,
            rng: random.Random) -> None:
    h = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base, timeout=30) as c:
        while not stop.is_set():
            with acked.lock:
                counter[0] += 1
                n = counter[0]
            listings = [{"id": f"{tag}-{n}-{j}", "category": "bags",
                         "title": rng.choice(["Eco-friendly tote", "Canvas tote", "Green shopping bag"]) + f" {n}",
                         "description": rng.choice(["Good for the planet!", "Carbon neutral: we plant trees.",
                                                    "100% recycled cotton, GRS certified (licence CU 1187752)."])}
                        for j in range(rng.randint(1, 3))]
            try:
                r = c.post("/v1/score", json={"listings": listings}, headers=h)
            except httpx.HTTPError:
                return  # the server died: this call was not acknowledged
            if r.status_code == 200:
                with acked.lock:
                    for lst, item in zip(listings, r.json()["review_items"], strict=True):
                        acked.scores[lst["id"]] = item


def _decider(base: str, key: str, acked: Acked, stop: threading.Event, counter: list[int], tag: str,
             rng: random.Random) -> None:
    h = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base, timeout=30) as c:
        while not stop.is_set():
            try:
                page = c.get("/v1/claims", params={"limit": 50}, headers=h)
                items = page.json()["items"] if page.status_code == 200 else []
                if not items:
                    time.sleep(0.05)
                    continue
                item = rng.choice(items)
                with acked.lock:
                    counter[0] += 1
                    note = f"{tag} decision {counter[0]}"
                action = rng.choice(["note", "approve", "reject"])
                r = c.post(f"/v1/claims/{item['id']}/decisions", headers=h,
                           json={"action": action, "expected_version": item["version"], "note": note})
            except httpx.HTTPError:
                return
            if r.status_code == 200:
                with acked.lock:
                    acked.decisions.append((int(item["id"]), note))


def run(workdir: Path, db_url: str, *, kills: int = 3, seed: int = 0, min_s: float = 0.3, max_s: float = 2.0,
        clients: int = 2) -> ChaosReport:
    """``kills`` rounds of traffic then SIGKILL, one final check; see the module docstring."""
    rng = random.Random(seed)
    index_dir, env = prepare(workdir)
    keys = make_keys(db_url)
    server = Server(workdir, db_url, index_dir, env)
    acked = Acked()
    counters = {"score": [0], "decision": [0]}
    unreadable = 0
    restarts = 0
    try:
        for round_ in range(kills):
            ready = server.start()
            restarts += 1
            unreadable += 0 if ready["checks"].get("recommender") else 1
            stop = threading.Event()
            threads = [threading.Thread(target=_scorer, args=(server.base, keys["service"], acked, stop,
                                                              counters["score"], f"r{round_}c{i}",
                                                              random.Random(rng.random())))
                       for i in range(clients)]
            threads += [threading.Thread(target=_decider, args=(server.base, keys["moderator"], acked, stop,
                                                                counters["decision"], f"r{round_}",
                                                                random.Random(rng.random())))]
            for t in threads:
                t.start()
            time.sleep(rng.uniform(min_s, max_s))
            server.kill()  # SIGKILL, mid-traffic
            stop.set()
            for t in threads:
                t.join(timeout=60)
        ready = server.start()
        restarts += 1
        unreadable += 0 if ready["checks"].get("recommender") else 1
        report = _check(server, keys, acked)
        server.stop()
        from claims.recommend.recommender import Recommender

        on_disk = set(Recommender.load(index_dir).catalog.items_index.ids())
        report["index_lost_on_disk"] = sorted(set(acked.scores) - on_disk)
    finally:
        server.kill()
    return ChaosReport(kills=kills, restarts=restarts, score_calls=counters["score"][0],
                       decision_calls=counters["decision"][0], scores_acked=len(acked.scores),
                       decisions_acked=len(acked.decisions), index_unreadable_restarts=unreadable, **report)


def _check(server: Server, keys: dict[str, str], acked: Acked) -> dict[str, Any]:
    hm = {"Authorization": f"Bearer {keys['moderator']}"}
    hs = {"Authorization": f"Bearer {keys['service']}"}
    scores_lost, queue_lost, index_lost = [], [], []
    decisions_lost = []
    with httpx.Client(base_url=server.base, timeout=60) as c:
        notes_of: dict[int, set[str]] = {}
        for item_id in {i for i, _ in acked.decisions} | {i for i in acked.scores.values() if i is not None}:
            r = c.get(f"/v1/claims/{item_id}", headers=hm)
            notes_of[item_id] = {d["note"] for d in r.json()["decisions"]} if r.status_code == 200 else set()
            if r.status_code != 200:
                notes_of[item_id] = set()
        for item_id, note in acked.decisions:
            if note not in notes_of.get(item_id, set()):
                decisions_lost.append((item_id, note))
        for listing_id, item_id in acked.scores.items():
            if item_id is not None:
                r = c.get(f"/v1/claims/{item_id}", headers=hm)
                if r.status_code != 200 or r.json()["listing_id"] != listing_id:
                    queue_lost.append(listing_id)
            r = c.post("/v1/recommendations", json={"item_id": listing_id, "k": 1}, headers=hs)
            if r.status_code == 404:
                index_lost.append(listing_id)
            elif r.status_code != 200:
                scores_lost.append(listing_id)
        export = c.get("/v1/decisions/export", params={"final_only": "false", "limit": 1000}, headers=hm)
        if export.status_code != 200:
            scores_lost.append(f"export answered {export.status_code}")
    return {"scores_lost": scores_lost, "queue_lost": queue_lost, "index_lost": index_lost,
            "decisions_lost": decisions_lost}


if __name__ == "__main__":
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", help="a database URL (default: a fresh SQLite file)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="claims-chaos-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'claims.db'}"
        rep = run(Path(tmp), url, kills=args.kills, seed=args.seed)
        print(json.dumps({**rep.__dict__, "lost": rep.lost}, indent=2))
