"""Runs ``claims`` commands against one local Ray, for tests/batch/test_ray_engine.py.

Ray binds to the host's non-loopback address whatever it is asked, so the test starts this
script inside a private network namespace that has only loopback (``unshare -n``). Starting Ray
costs 10-20 s, so the script starts it once and runs every command of its spec in it:

    python ray_run.py SPEC.json    # SPEC: [{"argv": [...], "env": {...}}, ...]

and prints, as its last line, a JSON list of {"code", "out", "err", "seconds"}, one per command.
The analyzer factories below (``batch.ray_run:fussy``) are what the scoring actors, in other
processes, build through ``CLAIMS_ANALYZER_FACTORY``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS)]

from fakes import FakeAnalyzer  # noqa: E402


class Fussy(FakeAnalyzer):
    """The keyword analyzer, except that it raises on a listing whose title says "explode" (the
    engine scores such a batch row by row and rejects the row with the exception's message)."""

    def score(self, listings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        for x in listings:
            if "explode" in x["title"]:
                raise ValueError(f"tokenizer exploded on {x['id']}")
        return super().score(listings)


def fussy() -> Fussy:
    return Fussy()


def main(spec_path: str) -> int:
    from claims.cli.main import main as claims
    from claims.io.ray_engine import ray_session

    spec = json.loads(Path(spec_path).read_text())
    answers = []
    with ray_session(None):
        for run in spec:
            saved = {k: os.environ.get(k) for k in run.get("env", {})}
            os.environ.update(run.get("env", {}))
            out, err = io.StringIO(), io.StringIO()
            t0 = time.monotonic()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = claims(run["argv"])
                except SystemExit as e:
                    code = int(e.code or 0)
            answers.append({"code": code, "out": out.getvalue(), "err": err.getvalue(),
                            "seconds": round(time.monotonic() - t0, 2)})
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    print(json.dumps(answers))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
