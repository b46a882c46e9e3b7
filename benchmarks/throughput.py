"""Batch throughput of ``claims score`` against the naive fp32 encoding roofline (a script, not a test).

    nice -n 10 .venv/bin/python benchmarks/throughput.py                 # corpus listings, JSON on stdout
    nice -n 10 .venv/bin/python benchmarks/throughput.py --input corpora/listings/h1.jsonl
    nice -n 10 .venv/bin/python benchmarks/throughput.py --stream 50000  # streaming: RSS curve only

One run, on the same input (default: every ``corpora/listings/*.jsonl``, concatenated), each
case in its own subprocess (wall time from the parent, model loading and imports included; peak
RSS from ``wait4``'s ``ru_maxrss``):

- ``naive_fp32``: sentence-transformers fp32 (torch) encoding of every listing segment
  (:func:`claims.text.prep.listing_segments`), model load included: the roofline of issue 14;
- ``score_reviews``: ``claims score`` on the file as it is (listings with reviews get the
  contradiction check);
- ``score_no_reviews``: ``claims score`` on the same listings with the ``reviews`` field removed.

For each: seconds, listings/s, ratio of its time to ``naive_fp32``'s, peak RSS, and for the
``claims score`` cases the share of time per stage from the Analyzer's stage timers
(``Analyzer.timings``: segments (language, segmentation, rule features), encoding, heads,
evidence, findings), ``model_load`` (``Analyzer.load`` + loading the encoder) and ``io_other``
(the rest of the run: reading, validating, writing, committing, process start). The
``claims score`` child is the real command (``claims.cli.main.main``); the child only switches
the timers on. The encoder backend is the configured one (``CLAIMS_ENCODER_BACKEND``).

``--stream N`` generates N synthetic listings from the demo catalog (``corpora/demo``: a base
listing with a unique model number and variant in its title, its description sentences
shuffled and an extra sentence from other listings, a review on every fifth), written lazily to a
file, scores them with ``claims score`` and samples the process's RSS every ``--sample-s``
seconds: the curve shows whether memory stays bounded (target: peak under 2 GB at 1M).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# --- children ------------------------------------------------------------------------------------

def _child_naive(path: str) -> None:
    """Encode every segment of every listing with sentence-transformers fp32 (model load included)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    from claims.config import get_settings
    from claims.scoring.encoder import model_path, set_threads
    from claims.text.prep import listing_segments

    set_threads()
    settings = get_settings()
    texts: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts += [s.text for s in listing_segments(json.loads(line), settings.max_segment_chars)]
    model = SentenceTransformer(str(model_path()), device="cpu")
    model.encode(texts, batch_size=settings.encode_batch_size, normalize_embeddings=True, convert_to_numpy=True)
    print(json.dumps({"segments": len(texts)}))


def _child_score(inp: str, out: str, timings_path: str) -> None:
    """``claims score INP -o OUT -q`` in this process, with the Analyzer's stage timers on."""
    from claims.cli.main import main
    from claims.scoring.analyzer import Analyzer

    extra: dict[str, float] = {}
    real_load = Analyzer.load.__func__  # type: ignore[attr-defined]

    def load(cls: type[Analyzer], *a: Any, **kw: Any) -> Analyzer:
        t0 = time.perf_counter()
        analyzer = real_load(cls, *a, **kw)
        analyzer.encoder.model  # noqa: B018 - the encoder loads here, not inside the first batch's timer
        extra["model_load"] = time.perf_counter() - t0
        analyzer.timings = timings = {}
        extra_ref.append(timings)
        return analyzer

    extra_ref: list[dict[str, float]] = []
    Analyzer.load = classmethod(load)  # type: ignore[method-assign, assignment]
    t0 = time.perf_counter()
    rc = main(["score", inp, "-o", out, "-q"])
    total = time.perf_counter() - t0
    stages = dict(extra_ref[0]) if extra_ref else {}
    Path(timings_path).write_text(json.dumps({"rc": rc, "main_s": total, "stages": stages, **extra}), encoding="utf-8")
    sys.exit(rc)


# --- parent --------------------------------------------------------------------------------------

def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_child(args: list[str], sample_s: float = 0.0) -> dict[str, Any]:
    """Run ``this script args`` as a subprocess: wall seconds, peak RSS (ru_maxrss), stdout, and the
    RSS sampled every ``sample_s`` seconds (when > 0)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(sample_s):
            rss = _rss_mb(proc.pid)
            if rss is not None:
                samples.append((round(time.perf_counter() - t0, 1), round(rss, 1)))

    sampler = threading.Thread(target=sample, daemon=True) if sample_s > 0 else None
    if sampler:
        sampler.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read()), daemon=True)  # type: ignore[misc]
               for s, c in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed (exit {proc.returncode}): {b''.join(err_chunks).decode()[-2000:]}")
    return {"seconds": round(wall, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "stdout": b"".join(out_chunks).decode(), "samples": samples}


def prepare_inputs(paths: list[Path], folder: Path) -> tuple[Path, Path, dict[str, int]]:
    """The listings of ``paths`` in one JSONL file, and the same without their ``reviews``."""
    with_r, without_r = folder / "with_reviews.jsonl", folder / "no_reviews.jsonl"
    n = reviewed = 0
    with with_r.open("w", encoding="utf-8") as a, without_r.open("w", encoding="utf-8") as b:
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                rec = json.loads(line)
                n += 1
                reviewed += bool(rec.get("reviews"))
                a.write(json.dumps(rec, ensure_ascii=False) + "\n")
                rec.pop("reviews", None)
                b.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return with_r, without_r, {"listings": n, "with_reviews": reviewed}


def score_case(inp: Path, folder: Path, name: str, n: int, base_s: float | None, sample_s: float = 0.0
               ) -> dict[str, Any]:
    timings = folder / f"{name}.timings.json"
    res = run_child(["_score", str(inp), str(folder / f"{name}.out.jsonl"), str(timings)], sample_s)
    t = json.loads(timings.read_text(encoding="utf-8"))
    stages = {k: round(v, 2) for k, v in t["stages"].items()}
    stages["model_load"] = round(t.get("model_load", 0.0), 2)
    stages["io_other"] = round(res["seconds"] - sum(stages.values()), 2)
    out: dict[str, Any] = {"seconds": res["seconds"], "listings_per_s": round(n / res["seconds"], 1),
                           "peak_rss_mb": res["peak_rss_mb"], "stage_seconds": stages,
                           "stage_share": {k: round(v / res["seconds"], 3) for k, v in stages.items()}}
    if base_s:
        out["ratio_to_naive"] = round(res["seconds"] / base_s, 3)
    if sample_s:
        out["rss_curve_mb"] = res["samples"]
    return out


def throughput(paths: list[Path], skip_naive: bool = False) -> dict[str, Any]:
    from claims.config import get_settings

    settings = get_settings()
    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        folder = Path(tmp)
        with_r, without_r, counts = prepare_inputs(paths, folder)
        n = counts["listings"]
        result: dict[str, Any] = {"input": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
                                            for p in paths], **counts,
                                  "encoder_backend": settings.encoder_backend, "threads": settings.threads,
                                  "cpus": os.cpu_count(), "load_avg_start": os.getloadavg()[0]}
        base_s = None
        if not skip_naive:
            naive = run_child(["_naive", str(with_r)])
            segments = json.loads(naive["stdout"].strip().splitlines()[-1])["segments"]
            base_s = naive["seconds"]
            result["naive_fp32"] = {"seconds": base_s, "listings_per_s": round(n / base_s, 1),
                                    "segments": segments, "segments_per_s": round(segments / base_s, 1),
                                    "peak_rss_mb": naive["peak_rss_mb"]}
        result["score_reviews"] = score_case(with_r, folder, "reviews", n, base_s)
        result["score_no_reviews"] = score_case(without_r, folder, "no_reviews", n, base_s)
        result["load_avg_end"] = os.getloadavg()[0]
    return result


# --- streaming -----------------------------------------------------------------------------------

_VARIANTS = ["Black", "Navy", "Olive", "Sand", "Grey", "Rust", "Teal", "White", "Small", "Large", "XL", "Twin Pack"]


def synthetic_listings(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` listings varied from the demo catalog (lazily)."""
    rng = random.Random(seed)
    base = [json.loads(line) for line in (ROOT / "corpora" / "demo" / "catalog.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    sentences = [s for rec in base for s in re.split(r"(?<=[.!?])\s+", str(rec.get("description", ""))) if s]
    for i in range(n):
        rec = dict(rng.choice(base))
        parts = [s for s in re.split(r"(?<=[.!?])\s+", str(rec.get("description", ""))) if s]
        rng.shuffle(parts)
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(sentences))
        rec["id"] = f"syn-{i:07d}"
        rec["title"] = f"{rec['title']} {rng.choice(_VARIANTS)} M{rng.randrange(10**6):06d}"
        rec["description"] = " ".join(parts)
        if i % 5 == 0:
            rec["reviews"] = [rng.choice(sentences)]
        yield rec


def stream(n: int, sample_s: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="throughput-stream-") as tmp:
        folder = Path(tmp)
        inp = folder / "synthetic.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for rec in synthetic_listings(n):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        res = score_case(inp, folder, "stream", n, None, sample_s)
    curve = [rss for _, rss in res["rss_curve_mb"]]
    half = curve[len(curve) // 2:] or curve
    from claims.config import get_settings

    return {"stream_listings": n, "encoder_cache_rows": get_settings().encoder_cache_rows, **res,
            "rss_first_half_max_mb": max(curve[: len(curve) // 2] or curve or [0.0]),
            "rss_second_half_max_mb": max(half or [0.0])}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_naive":
        _child_naive(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_score":
        _child_score(*sys.argv[2:5])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", nargs="*", help="JSONL files (default: corpora/listings/*.jsonl)")
    ap.add_argument("--skip-naive", action="store_true", help="no naive fp32 baseline (no ratios)")
    ap.add_argument("--stream", type=int, default=0, metavar="N", help="stream N synthetic listings instead")
    ap.add_argument("--sample-s", type=float, default=2.0, help="RSS sampling period for --stream (seconds)")
    args = ap.parse_args()
    if args.stream:
        print(json.dumps(stream(args.stream, args.sample_s)))
        return
    paths = [Path(p) for p in (args.input or sorted(glob.glob(str(ROOT / "corpora" / "listings" / "*.jsonl"))))]
    print(json.dumps(throughput(paths, args.skip_naive)))


if __name__ == "__main__":
    main()
