"""Chaos: `claims serve` (a real subprocess, the fake analyzer through a launcher) killed with
SIGKILL at random points of a stream of scoring calls and decisions, 3 times, on SQLite and
PostgreSQL; then every acknowledged decision must be in its audit trail and every acknowledged
listing stored, in the queue when the answer said so, and in the recommender index (served and
saved). The runner is benchmarks/service_chaos.py."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import pytest  # noqa: E402
import service_chaos  # noqa: E402


@pytest.mark.slow  # four server starts: about 30 s on an idle machine, 90 s on a busy one
def test_nothing_acknowledged_is_lost_across_kill_9(db_url, tmp_path):
    report = service_chaos.run(tmp_path / "chaos", db_url, kills=3, seed=13, min_s=0.5, max_s=1.5)
    assert report.kills == 3 and report.restarts == 4
    assert report.scores_acked > 0 and report.decisions_acked > 0, report  # the faults hit real traffic
    assert report.decisions_lost == [], report
    assert report.scores_lost == [] and report.queue_lost == [], report
    assert report.index_lost == [] and report.index_lost_on_disk == [], report
    assert report.index_unreadable_restarts == 0, report
    assert report.lost == 0
