"""Chaos: `python -m claims.cli score` in a child process, killed with SIGKILL at random points and
resumed each time; the final output equals an uninterrupted run's, and rows in = rows out + rejects
(also with --only-flagged, where the output holds fewer rows than were scored).

Marked slow: a dozen child processes take 20-60 s (each imports the CLI). Run it with
``pytest -m slow tests/batch/test_chaos.py``; ``CHAOS_SEED=N`` replays one sequence of kills.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .batch_helpers import catalog, leftovers, out_rows, rejects, write_jsonl
from .chaos_fake import QuickAnalyzer

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
# the test's own entry point: the product has no hook for a fake analyzer
ENTRY = ("import sys; sys.path[:0] = [{root!r}, {tests!r}]; from batch.chaos_fake import install; "
         "install({delay}); from claims.cli.main import main; sys.exit(main(sys.argv[1:]))")
ROWS = 400


def hostile_catalog(path: Path) -> Path:
    rows = catalog(ROWS, bad_every=11)
    raw = {57: b'{"id": "sur", "title": "Eco \\ud800", "description": ""}\n',
           180: b'{"id": "deep", "title": "t", "description": "", "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n",
           250: b"[1, 2]\n", 301: b'{"id": "cut", "title": \n'}
    return write_jsonl(path, rows, raw)


def child(inp: Path, out: Path, delay: float, *extra: str) -> subprocess.Popen[bytes]:
    code = ENTRY.format(root=str(ROOT), tests=str(TESTS), delay=delay)
    return subprocess.Popen([sys.executable, "-c", code, "score", str(inp), "-o", str(out), "--batch-size", "8",
                             "-q", *extra], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def rows_done(manifest: Path) -> int:
    try:
        return int(json.loads(manifest.read_text())["progress"]["rows_in"])
    except (OSError, ValueError, KeyError):
        return -1


@pytest.mark.slow
@pytest.mark.parametrize("ext, options", [(".jsonl", ()), (".parquet", ()), (".csv", ("--only-flagged",))])
def test_kill_9_at_random_points_then_resume(tmp_path, cli, monkeypatch, ext, options):
    """With --only-flagged the output holds only the medium and high rows: resuming must not count
    them to find its place (the manifest's counts say where to go on)."""
    from claims.scoring.analyzer import Analyzer

    inp = hostile_catalog(tmp_path / "in.jsonl")
    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: QuickAnalyzer()))
    ref = tmp_path / f"reference{ext}"
    assert cli("score", inp, "-o", ref, "--batch-size", "8", "-q", *options)[0] == 0

    out = tmp_path / f"out{ext}"
    manifest = tmp_path / f"out{ext}.partial.json"
    seed = int(os.environ.get("CHAOS_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    kills, landed = 5, 0
    for attempt in range(kills):
        start = max(rows_done(manifest), 0)
        proc = child(inp, out, 0.02, *options, *(["--resume"] if attempt else []))
        deadline = time.monotonic() + 60
        while rows_done(manifest) <= start and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)  # until this child has committed a batch of its own
        time.sleep(rng.uniform(0, 0.15))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            landed += 1
        proc.wait(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), (seed, proc.stderr.read() if proc.stderr else "")
        if proc.returncode == 0:
            break
        if out.exists():  # only if the kill came after the final rename: then it is the whole output
            assert not manifest.exists() and out_rows(out) == out_rows(ref), seed
    proc = child(inp, out, 0.0, *options, "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, (seed, err.decode())
    assert landed >= 1, f"seed {seed}: no kill landed during the run"
    if ext != ".parquet":
        assert out.read_bytes() == ref.read_bytes(), seed
    else:
        assert out_rows(out) == out_rows(ref), seed
    ref_rej = ref.with_name(ref.name + ".rejects.jsonl").read_bytes()
    assert out.with_name(out.name + ".rejects.jsonl").read_bytes() == ref_rej, seed
    got, rej = out_rows(out), rejects(out)
    assert len({r["id"] for r in got}) == len(got), seed
    if options:
        assert {r["risk_level"] for r in got} == {"medium", "high"}, seed
        assert 0 < len(got) < ROWS - len(rej), seed
    else:
        assert len(got) + len(rej) == ROWS, seed
    assert {r["row"] for r in rej} >= {58, 181, 251, 302}
    assert leftovers(out) == []
