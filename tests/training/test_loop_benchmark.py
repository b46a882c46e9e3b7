"""benchmarks/learning_loop.py's parts: the simulated moderator, the queue it works through, the
paired comparison (no model: hand-made results)."""

from __future__ import annotations

import importlib.util
import json
import sys

import numpy as np
from conftest import ROOT

from claims.moderation import queue
from claims.training.decisions import read_decisions


def _loop():
    spec = importlib.util.spec_from_file_location("learning_loop", ROOT / "benchmarks" / "learning_loop.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["learning_loop"] = mod
    spec.loader.exec_module(mod)
    return mod


def _result(lid: str, level: str, score: float, codes: list[str]) -> dict:
    findings = [{"code": c, "severity": "high", "field": "description", "start": 0, "end": 3, "text": "Eco",
                 "references": [], "message": "m", "suggestion": "s"} for c in codes]
    claims = [{"field": "description", "start": 0, "end": 12, "text": "Eco friendly", "attributes": [],
               "specific": False, "score": 0.9}] if level != "none" else []
    return {"id": lid, "eco_attributes": [], "claims": claims,
            "greenwashing": {"level": level, "score": score, "findings": findings}, "eco_score": 0.0,
            "model_version": "t"}


def test_the_oracle_decides_from_the_gold_label():
    loop = _loop()
    right = _result("a", "high", 0.9, ["GENERIC_CLAIM"])
    assert loop.oracle(right, {"risk_level": "high", "findings": ["GENERIC_CLAIM"]}) == ("approve", None, None)
    assert loop.oracle(right, {"risk_level": "none", "findings": []}) == ("reject", "none", None)
    assert loop.oracle(right, {"risk_level": "low", "findings": []}) == ("reject", "low", None)
    assert loop.oracle(right, {"risk_level": "medium", "findings": ["VAGUE_FREE_OF"]}) == \
        ("change", "medium", ["VAGUE_FREE_OF"])


def test_simulated_moderators_work_through_the_queue_in_order(tmp_path):
    loop = _loop()
    scores = {"a": 0.99, "b": 0.85, "c": 0.9, "d": 0.75}
    pool = [{"id": i, "title": "Tote", "description": "Eco friendly tote", "risk_level": "high",
             "findings": ["GENERIC_CLAIM"] if i != "c" else ["UNCERTIFIED_LABEL"]} for i in scores]
    results = [_result(i, "high", s, ["GENERIC_CLAIM"]) for i, s in scores.items()]
    counts = loop.simulate(tmp_path / "q.db", pool, results, "uncertain", 0, 3, tmp_path / "e.jsonl")
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    by_uncertainty = sorted(scores, key=lambda i: -queue.uncertainty("high", scores[i]))
    assert [r["listing"]["id"] for r in records] == by_uncertainty[:3] == ["b", "c", "d"]
    assert counts == {"approve": 2, "reject": 0, "change": 1}
    assert records[1]["label"] == {"level": "high", "codes": ["UNCERTIFIED_LABEL"]}
    assert len(read_decisions(tmp_path / "e.jsonl").decisions) == 3  # the export trains as it is
    loop.simulate(tmp_path / "q.db", pool, results, "random", 1, 4, tmp_path / "r.jsonl")
    ids = [json.loads(x)["listing"]["id"] for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(scores)


def test_paired_delta_is_zero_for_the_same_predictions_and_signed_otherwise():
    loop = _loop()
    gold = [{"risk_level": lv, "findings": ["GENERIC_CLAIM"] if lv == "high" else []}
            for lv in ["none", "low", "medium", "high"] * 10]
    good = [_result("x", x["risk_level"], 0.5, x["findings"]) for x in gold]
    bad = [_result("x", "high", 0.5, ["GENERIC_CLAIM"]) for _ in gold]
    a_good, a_bad = loop._arrays(gold, good), loop._arrays(gold, bad)
    same = loop.paired_delta(a_good, a_good, rounds=50)
    assert same["level_macro_f1"] == {"delta": 0.0, "ci95": [0.0, 0.0]}
    better = loop.paired_delta(a_good, a_bad, rounds=50)
    assert better["level_macro_f1"]["delta"] > 0.5 and better["level_macro_f1"]["ci95"][0] > 0
    assert better["code_micro_f1"]["delta"] > 0


def test_the_pool_is_a_stable_hash_of_the_id():
    loop = _loop()
    rows = [{"id": f"h1-{i:04d}"} for i in range(400)]
    pool = loop.pool_ids(rows, 0.5)
    assert pool == loop.pool_ids(list(reversed(rows)), 0.5) and 150 < len(pool) < 250
    assert loop.pool_ids(rows, 0.0) == set() and np.isclose(len(loop.pool_ids(rows, 1.0)), 400)
