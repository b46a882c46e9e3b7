"""Acceptance for issue 13, batch half: replay every batch case of the issue against `claims score`
and print a JSON table (case, inputs tried, faults injected, rows in, rows out, rejects, rows
kept, rows lost; rows lost must be 0 everywhere, and rows in = out + rejects + kept + lost).

    python benchmarks/batch_faults.py            # about a minute; --kills N (default 5) per format

The scorer is a quick deterministic stand-in for the model (a hash of the listing gives a
well-formed result): the cases are about reading, writing and resuming, not about what the model
finds, and the stand-in lets the kill -9 cases kill child processes within seconds. Everything
else is the real command (`claims.cli.main.main`, in-process or as a child process), on real
files in a temporary folder. Faults: files that are not what their name says, hostile lines,
`OSError(ENOSPC)` / `PermissionError` injected into the partial file's writes, SIGKILL.
A row is *lost* when it is in neither the output nor the rejects (or, for a refused run, when the
input or an earlier output no longer holds it: otherwise it counts as *kept*); a resumed run
must also equal an uninterrupted run's (JSONL and CSV bytes; rows for Parquet). Exit status 1
when any case fails.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import hashlib
import io
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LEVELS = ("none", "low", "medium", "high")


class QuickAnalyzer:
    version = "batch-faults-stand-in"

    def __init__(self, delay: float = 0.0, fail_on: Sequence[str] = ()):
        self.delay = delay
        self.fail_on = tuple(fail_on)

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.delay:
            time.sleep(self.delay)
        out = []
        for x in listings:
            if any(word in x["title"] for word in self.fail_on):
                raise ValueError(f"the model failed on {x['id']}")
            h = int(hashlib.sha256((x["title"] + "\n" + x["description"]).encode()).hexdigest(), 16)
            level = LEVELS[h % 4]
            findings = [{"code": "GENERIC_CLAIM"}] if level == "high" else []
            out.append({"id": x["id"], "eco_attributes": [], "claims": [],
                        "greenwashing": {"level": level, "score": (h % 1000) / 1000, "findings": findings},
                        "eco_score": (h % 997) / 997, "model_version": self.version})
        return out


def use_analyzer(analyzer: QuickAnalyzer) -> None:
    from claims.scoring.analyzer import Analyzer

    Analyzer.load = classmethod(lambda cls, *a, **k: analyzer)  # type: ignore[method-assign,assignment]


def claims(*args: Any) -> tuple[int, str]:
    """Run `claims ARGS` in this process: (exit code, stderr)."""
    from claims.cli.main import main

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:
            code = int(e.code or 0)
    return code, err.getvalue()


# ----------------------------------------------------------------------------- inputs

def catalog(n: int) -> list[dict[str, Any]]:
    words = ["Eco-friendly yoga mat", "Ceramic mug", "Carbon neutral sneakers", "Organic cotton tee", "Steel spoon"]
    rows: list[dict[str, Any]] = [{"id": f"p{i}", "title": f"{words[i % 5]} #{i}",
                                   "description": "Good for the planet.", "sku": i} for i in range(n)]
    for i in range(12, n, 23):
        rows[i]["id"] = f"p{i // 2}"  # duplicates of earlier ids
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]], raw: dict[int, bytes] | None = None) -> Path:
    raw = raw or {}
    with path.open("wb") as fh:
        for i, row in enumerate(rows):
            fh.write(raw[i] if i in raw else json.dumps(row).encode() + b"\n")
    return path


def count_lines(path: Path) -> int:
    return sum(1 for line in path.open("rb") if line.strip()) if path.exists() else 0


def rows_of(path: Path) -> list[Any]:
    if not path.exists():
        return []
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_table(path).to_pylist())
    if path.suffix == ".csv":
        import csv

        with path.open(encoding="utf-8-sig", newline="") as fh:  # written with a byte-order mark
            return list(csv.DictReader(fh))
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def rejects_of(out: Path) -> list[dict[str, Any]]:
    return rows_of(out.with_name(out.name + ".rejects.jsonl"))


def same_run(a: Path, b: Path) -> bool:
    ra, rb = (p.with_name(p.name + ".rejects.jsonl") for p in (a, b))
    same = rows_of(a) == rows_of(b) if a.suffix == ".parquet" else a.read_bytes() == b.read_bytes()
    return same and ra.read_bytes() == rb.read_bytes()


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(out.name + ".partial")
                  or p.name.startswith(out.name + ".rejects.jsonl.partial"))


# ----------------------------------------------------------------------------- faults

class Killed(BaseException):
    """kill -9 in-process: no cleanup runs."""


@contextlib.contextmanager
def failing_write(on_call: int, exc: BaseException) -> Iterator[None]:
    """The partial file's ``on_call``-th write gets half its bytes to disk, then raises ``exc``."""
    from claims.io.partial import AppendFile

    real = AppendFile.write
    calls = {"n": 0}

    def write(self: AppendFile, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == on_call:
            self.fh.write(data[: len(data) // 2])
            raise exc
        real(self, data)

    AppendFile.write = write  # type: ignore[method-assign]
    try:
        yield
    finally:
        AppendFile.write = real  # type: ignore[method-assign]


def row(case: str, tried: int, faults: int, rows_in: int, rows_out: int, rejects: int, lost: int,
        ok: bool, kept: int = 0, **extra: Any) -> dict[str, Any]:
    """One line of the table; ``kept``: rows of a refused run, still in the input or earlier output."""
    return {"case": case, "inputs_tried": tried, "faults_injected": faults, "rows_in": rows_in,
            "rows_out": rows_out, "rejects": rejects, "rows_kept": kept, "rows_lost": lost,
            "ok": ok and lost == 0 and rows_in == rows_out + rejects + kept + lost, **extra}


def one_line(err: str) -> bool:
    lines = [x for x in err.splitlines() if x.strip()]
    return len(lines) == 1 and "Traceback" not in err


# ----------------------------------------------------------------------------- cases

def case_same_file(d: Path) -> dict[str, Any]:
    inp = write_jsonl(d / "same.jsonl", catalog(50))
    before = inp.read_bytes()
    (d / "sub").mkdir()
    (d / "link.jsonl").symlink_to(inp)
    os.link(inp, d / "hard.jsonl")
    rej_named = write_jsonl(d / "o.jsonl.rejects.jsonl", catalog(5))
    rej_before = rej_named.read_bytes()
    tries = [(inp, inp), (inp, d / "sub" / ".." / "same.jsonl"), (inp, d / "link.jsonl"), (inp, d / "hard.jsonl"),
             (rej_named, d / "o.jsonl")]
    results = [claims("score", i, "-o", o) for i, o in tries]
    intact = inp.read_bytes() == before and rej_named.read_bytes() == rej_before
    ok = all(code == 2 and one_line(err) for code, err in results)
    return row("same file in and out (also via ../, symlink, hard link, rejects path)", len(tries), len(tries), 55,
               0, 0, 0 if intact else 55, ok, kept=55 if intact else 0, exit_codes=sorted({c for c, _ in results}))


def case_unreadable_input(d: Path) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = d / "scored.jsonl"
    good = write_jsonl(d / "good.jsonl", catalog(60))
    claims("score", good, "-o", out)
    kept_out, kept_rej = count_lines(out), count_lines(out.with_name(out.name + ".rejects.jsonl"))
    before = out.read_bytes()
    bad = {"corrupt.parquet": b"PAR1" + os.urandom(4000), "text.parquet": good.read_bytes(),
           "binary.csv": b"\xff\xfe\x00\x01" * 100, "nocols.csv": b"sku,name\n1,mug\n"}
    for name, data in bad.items():
        (d / name).write_bytes(data)
    pq.write_table(pa.table({"sku": ["1"], "name": ["mug"]}), d / "nocols.parquet")
    results = [claims("score", d / name, "-o", out) for name in [*bad, "nocols.parquet"]]
    ok = all(code == 2 and one_line(err) for code, err in results) and not leftovers(out)
    intact = out.read_bytes() == before
    return row("unreadable input (corrupt/mislabelled Parquet, binary CSV, missing columns) over an earlier output",
               len(results), len(results), kept_out + kept_rej, 0, 0, 0 if intact else kept_out + kept_rej, ok,
               kept=kept_out + kept_rej if intact else 0, exit_codes=sorted({c for c, _ in results}))


def case_rerun_after_crash(d: Path) -> dict[str, Any]:
    inp = write_jsonl(d / "in.jsonl", catalog(300))
    ref, out = d / "ref.jsonl", d / "out.jsonl"
    claims("score", inp, "-o", ref, "--batch-size", "16")
    claims("score", inp, "-o", out, "--batch-size", "16")
    before = out.read_bytes()
    kept = True
    for k in (2, 7):
        with failing_write(k, Killed()), contextlib.suppress(Killed):
            claims("score", inp, "-o", out, "--batch-size", "16")
        kept &= out.read_bytes() == before  # the earlier output survives each crash
    code, _ = claims("score", inp, "-o", out, "--batch-size", "16", "--resume")
    n_out, n_rej = count_lines(out), len(rejects_of(out))
    return row("re-run after a crash keeps the earlier output; --resume completes", 3, 2, 300, n_out, n_rej,
               300 - n_out - n_rej, code == 0 and kept and same_run(out, ref), same_as_uninterrupted=same_run(out, ref))


def hostile(d: Path, name: str, n: int, raw: dict[int, bytes], expect_rejected: set[int],
            analyzer: QuickAnalyzer | None = None) -> dict[str, Any]:
    inp = write_jsonl(d / f"{name}-in.jsonl", catalog(n), raw)
    total = {"out": 0, "rej": 0, "lost": 0, "ok": True}
    for ext in (".jsonl", ".csv", ".parquet"):
        out = d / f"{name}{ext}"
        if analyzer:
            use_analyzer(analyzer)
        code, err = claims("score", inp, "-o", out, "--batch-size", "32")
        use_analyzer(QuickAnalyzer())
        got, rej = rows_of(out), rejects_of(out)
        total["out"] += len(got)
        total["rej"] += len(rej)
        total["lost"] += n - len(got) - len(rej)
        total["ok"] = bool(total["ok"] and code == 0 and expect_rejected <= {r["row"] for r in rej})
    return {"tried": 3, "out": total["out"], "rej": total["rej"], "lost": total["lost"], "ok": total["ok"], "n": 3 * n}


def case_hostile_rows(d: Path) -> list[dict[str, Any]]:
    cases = []
    h = hostile(d, "surrogate", 6, {2: b'{"id": "s", "title": "Eco tee \\ud800", "description": "x"}\n'}, {3})
    cases.append(row("lone surrogate line (6 rows), JSONL/CSV/Parquet out", h["tried"], 3, h["n"], h["out"], h["rej"],
                     h["lost"], h["ok"]))
    deep = b'{"id": "deep", "title": "t", "description": "", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    h = hostile(d, "deep", 250, {179: deep}, {180})
    cases.append(row("deeply nested JSON at row 180 of 250", h["tried"], 3, h["n"], h["out"], h["rej"], h["lost"],
                     h["ok"]))
    odd = {1: b"[1, 2]\n", 2: b'"text"\n', 3: b"null\n", 4: b"42\n", 5: b'{"id": "x", "title": \n',
           6: b'{"id": "y", "title": "caf\xe9", "description": ""}\n',
           7: b'{"id": "z", "title": "t", "description": "", "k": {"\\udc80": 1}}\n'}
    h = hostile(d, "odd", 40, odd, {2, 3, 4, 5, 6, 7, 8})
    cases.append(row("non-object JSON, cut line, invalid UTF-8, surrogate in a nested key", h["tried"], 3 * len(odd),
                     h["n"], h["out"], h["rej"], h["lost"], h["ok"]))
    h = hostile(d, "scorer", 120, {}, {33, 91}, QuickAnalyzer(fail_on=("#32", "#90")))
    cases.append(row("the model raises on two listings (their batches re-scored row by row)", h["tried"], 6, h["n"],
                     h["out"], h["rej"], h["lost"], h["ok"]))
    return cases


def case_bad_output(d: Path) -> dict[str, Any]:
    inp = write_jsonl(d / "in.jsonl", catalog(40))
    folder = d / "folder.jsonl"
    folder.mkdir()
    afile = d / "plain.txt"
    afile.write_text("x")
    tries: list[tuple[int, str]] = [claims("score", inp, "-o", folder), claims("score", inp, "-o", afile / "o.jsonl")]
    out = d / "ro.jsonl"
    out.write_text("earlier\n")
    with failing_write(1, PermissionError(errno.EACCES, "Permission denied")):
        tries.append(claims("score", inp, "-o", out))
    real_access = os.access
    os.access = lambda p, mode, **k: False if str(p) == str(out) else real_access(p, mode)  # type: ignore[assignment]
    try:
        tries.append(claims("score", inp, "-o", out))
    finally:
        os.access = real_access
    ok = all(code == 2 and one_line(err) for code, err in tries) and out.read_text() == "earlier\n"
    ok = ok and list(folder.iterdir()) == [] and afile.read_text() == "x"
    return row("output is a folder, below a file, not writable (EACCES), a read-only file", len(tries), len(tries),
               40, 0, 0, 0, ok, kept=40, exit_codes=sorted({c for c, _ in tries}))


def case_disk_full(d: Path) -> list[dict[str, Any]]:
    inp = write_jsonl(d / "in.jsonl", catalog(400), {99: b'{"id": "s", "title": "\\ud800", "description": ""}\n'})
    cases = []
    for ext in (".jsonl", ".csv", ".parquet"):
        ref, out = d / f"ref{ext}", d / f"full{ext}"
        claims("score", inp, "-o", ref, "--batch-size", "16")
        out.write_text("earlier\n")
        failures = 0
        codes = []
        for k in (3, 5, 2):  # the disk fills up three times; each time some space is freed and the run resumed
            with failing_write(k, OSError(errno.ENOSPC, "No space left on device")):
                code, err = claims("score", inp, "-o", out, "--batch-size", "16", *(["--resume"] if failures else []))
            failures += 1
            codes.append(code)
            if not (code == 2 and one_line(err) and "disk full" in err and out.read_text() == "earlier\n"):
                codes.append(-1)
        code, _ = claims("score", inp, "-o", out, "--batch-size", "16", "--resume")
        got, rej = rows_of(out), rejects_of(out)
        same = same_run(out, ref)
        cases.append(row(f"disk full (ENOSPC) three times, then --resume, {ext[1:]} out", 4, failures, 400, len(got),
                         len(rej), 400 - len(got) - len(rej), code == 0 and same and set(codes) == {2},
                         same_as_uninterrupted=same))
    return cases


def case_kill(d: Path, kills: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    inp = write_jsonl(d / "in.jsonl", catalog(600), {150: b'{"id": "s", "title": "\\ud800", "description": ""}\n'})
    cases = []
    # commit interval: after every batch, every 0.1 s, the default (1 s)
    for ext, interval in ((".jsonl", "0"), (".csv", "0.1"), (".parquet", None)):
        ref, out = d / f"ref{ext}", d / f"killed{ext}"
        claims("score", inp, "-o", ref, "--batch-size", "8")
        manifest = d / f"killed{ext}.partial.json"
        landed = 0
        looked_complete = False
        for attempt in range(kills):
            start = progress_of(manifest)
            proc = child(inp, out, 0.02, attempt > 0, interval)
            deadline = time.monotonic() + 60
            while progress_of(manifest) <= start and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.2))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                landed += 1
            proc.wait(timeout=60)
            if proc.returncode == 0:
                break
            # a file named OUTPUT must be the whole output (a kill may land after the final rename)
            looked_complete |= out.exists() and not same_run(out, ref)
        proc = child(inp, out, 0.0, True, interval)
        proc.wait(timeout=120)
        got, rej = rows_of(out), rejects_of(out)
        same = same_run(out, ref)
        ids = [r["id"] for r in got]
        every = {"0": "commit after every batch", None: "default commit interval (1 s)"}.get(
            interval, f"commit every {interval} s")
        cases.append(row(f"kill -9 at random points ({landed} landed), --resume each time, {ext[1:]} out, {every}",
                         landed + 1, landed, 600, len(got), len(rej), 600 - len(got) - len(rej),
                         proc.returncode == 0 and same and not looked_complete and len(set(ids)) == len(ids),
                         same_as_uninterrupted=same, duplicates=len(ids) - len(set(ids)), seed=seed))
    return cases


def progress_of(manifest: Path) -> int:
    try:
        return int(json.loads(manifest.read_text())["progress"]["rows_in"])
    except (OSError, ValueError, KeyError):
        return -1


def child(inp: Path, out: Path, delay: float, resume: bool, interval: str | None) -> subprocess.Popen[bytes]:
    args = [sys.executable, __file__, "--child", str(delay), "score", str(inp), "-o", str(out), "--batch-size", "8",
            "-q", *(["--resume"] if resume else [])]
    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_COMMIT_INTERVAL_S"}
    if interval is not None:
        env["CLAIMS_COMMIT_INTERVAL_S"] = interval
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:  # a child process of the kill cases: `claims ARGS` with the stand-in scorer
        use_analyzer(QuickAnalyzer(float(argv[1])))
        from claims.cli.main import main as claims_main

        return claims_main(argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=5, help="kill -9 per output format (default 5)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    logging.getLogger("claims").addHandler(logging.NullHandler())  # the CLI would log to our stderr
    # in-process runs take a fraction of a second: commit after every batch, so that faults land
    # between many resume points (the kill cases set their children's interval themselves)
    os.environ["CLAIMS_COMMIT_INTERVAL_S"] = "0"
    use_analyzer(QuickAnalyzer())
    table: list[dict[str, Any]] = []
    steps: list[Callable[[Path], Any]] = [case_same_file, case_unreadable_input, case_rerun_after_crash,
                                          case_hostile_rows, case_bad_output, case_disk_full,
                                          lambda d: case_kill(d, args.kills, args.seed)]
    for step in steps:
        with tempfile.TemporaryDirectory(prefix="batch-faults-") as tmp:
            got = step(Path(tmp))
            table.extend(got if isinstance(got, list) else [got])
    total = {"case": "total", "inputs_tried": sum(r["inputs_tried"] for r in table),
             "faults_injected": sum(r["faults_injected"] for r in table),
             "rows_in": sum(r["rows_in"] for r in table), "rows_out": sum(r["rows_out"] for r in table),
             "rejects": sum(r["rejects"] for r in table), "rows_kept": sum(r["rows_kept"] for r in table),
             "rows_lost": sum(r["rows_lost"] for r in table),
             "ok": all(r["ok"] for r in table)}
    print(json.dumps([*table, total], indent=1, ensure_ascii=False))
    return 0 if total["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
