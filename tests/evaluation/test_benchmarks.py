"""Benchmarks, baselines, reports and model cards (issue 3): fast checks on small synthetic data,
plus one bounded fine-tuning round trip."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import TOOLS

from claims.evaluation import baselines, metrics

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def claims(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "claims.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


# ----------------------------------------------------------------------------- metrics

def test_binary_metrics_by_hand():
    y = np.array([1, 1, 1, 0, 0, 0, 0, 0])
    pred = np.array([1, 1, 0, 1, 0, 0, 0, 0])
    m = metrics.binary(pred, y)
    assert m["precision"] == pytest.approx(2 / 3) and m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(2 / 3)
    # negative class: precision 4/5, recall 4/5
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2)
    assert m["accuracy"] == pytest.approx(6 / 8)


def test_threshold_is_chosen_on_the_scores_given():
    p = np.array([0.1, 0.2, 0.35, 0.4, 0.8, 0.9])
    y = np.array([0, 0, 0, 1, 1, 1])
    t, f1 = metrics.best_f1_threshold(p, y)
    assert 0.35 < t <= 0.4 and f1 == 1.0
    assert 0.35 < baselines.best_accuracy_threshold(p, y) <= 0.4


def test_bootstrap_ci_brackets_the_estimate_and_narrows_with_n():
    rng = np.random.default_rng(1)
    small = rng.random(40) < 0.7
    big = rng.random(4000) < 0.7
    lo_s, hi_s = metrics.bootstrap_ci(lambda i: float(small[i].mean()), len(small), 300)
    lo_b, hi_b = metrics.bootstrap_ci(lambda i: float(big[i].mean()), len(big), 300)
    assert lo_s <= small.mean() <= hi_s and lo_b <= big.mean() <= hi_b
    assert hi_b - lo_b < (hi_s - lo_s) / 3


def test_reliability_of_a_calibrated_and_a_miscalibrated_score():
    rng = np.random.default_rng(0)
    p = rng.random(20000)
    y = (rng.random(20000) < p).astype(float)
    assert metrics.reliability(p, y)["ece"] < 0.02
    bad = metrics.reliability(np.full(1000, 0.9), np.zeros(1000))
    assert bad["ece"] == pytest.approx(0.9) and bad["bins"][0]["n"] == 1000


# ----------------------------------------------------------------------------- baselines

def test_text_baselines_learn_a_separable_task_and_keywords_fire():
    rng = np.random.default_rng(0)
    pos = ["we cut carbon emissions by {} percent", "our packaging is recyclable and made of recycled paper {}",
           "renewable solar power runs plant {}"]
    neg = ["quarterly revenue grew in segment {}", "the meeting is adjourned at {} pm", "shipping takes {} days"]

    def make(n: int) -> tuple[list[str], np.ndarray]:
        xs, ys = [], []
        for i in range(n):
            k = int(rng.integers(0, 3))
            lab = int(rng.integers(0, 2))
            xs.append((pos if lab else neg)[k].format(i))
            ys.append(lab)
        return xs, np.array(ys)

    tr, dv, te = make(120), make(40), make(40)
    s = baselines.tfidf_svm(tr[0], tr[1], dv[0], dv[1], {"test": te[0]})
    assert metrics.binary(s.predict("test"), te[1])["f1"] == 1.0
    assert s.params["C"] in baselines.C_GRID
    kw = baselines.keyword(dv[0], dv[1], {"test": te[0]})
    assert metrics.binary(kw.predict("test"), te[1])["recall"] == 1.0
    X = {k: np.column_stack([v[1] + rng.normal(0, 0.1, len(v[1])), rng.normal(0, 1, len(v[1]))])
         for k, v in (("tr", tr), ("dv", dv), ("te", te))}
    e = baselines.embedding_lr(X["tr"], tr[1], X["dv"], dv[1], {"test": X["te"]})
    assert metrics.binary(e.predict("test"), te[1])["accuracy"] == 1.0


# ----------------------------------------------------------------------------- corpus metrics

def _rows():
    gold = [{"id": "a", "eco_attributes": ["organic"], "risk_level": "low", "findings": []},
            {"id": "b", "eco_attributes": ["carbon_climate"], "risk_level": "high", "findings": ["OFFSET_NEUTRALITY"]},
            {"id": "c", "eco_attributes": [], "risk_level": "none", "findings": []},
            {"id": "d", "eco_attributes": ["recyclable", "organic"], "risk_level": "medium",
             "findings": ["VAGUE_RECYCLABLE"]}]

    def out(i, attrs, level, codes, score):
        return {"id": i, "eco_attributes": [{"label": a, "score": 0.9} for a in attrs], "claims": [],
                "greenwashing": {"level": level, "score": score, "findings": [{"code": c} for c in codes]},
                "eco_score": 0.0}

    pred = [out("a", ["organic", "recyclable"], "low", [], 0.2), out("b", ["carbon_climate"], "high",
                                                                      ["OFFSET_NEUTRALITY"], 0.9),
            out("c", [], "low", [], 0.2), out("d", ["organic"], "high", ["GENERIC_CLAIM"], 0.8)]
    return gold, pred


def test_point_metrics_equal_the_shared_listing_metrics_tool(tmp_path):
    from claims.evaluation.corpus_metrics import per_label, point_metrics

    if not (TOOLS / "listing_metrics.py").exists():
        pytest.skip("../shared/tools not present")
    gold, pred = _rows()
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gold))
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pred))
    res = subprocess.run([sys.executable, str(TOOLS / "listing_metrics.py"), str(tmp_path / "g.jsonl"),
                          str(tmp_path / "p.jsonl")], capture_output=True, text=True, cwd=TOOLS, check=True)
    ref = json.loads(res.stdout)
    mine = point_metrics(gold, pred)
    for k, v in mine.items():
        assert round(v, 3) == ref[k], k
    labels = per_label(gold, pred)
    assert labels["organic"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2}
    assert labels["recyclable"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert labels["carbon_climate"]["f1"] == 1.0


# ----------------------------------------------------------------------------- reports and cards

def _binary_result() -> dict:
    def sys_(f1, acc):
        return {"precision": 0.5, "recall": 0.6, "f1": f1, "macro_f1": 0.7, "accuracy": acc, "n": 265,
                "f1_ci95": [f1 - 0.05, f1 + 0.05], "accuracy_ci95": [acc - 0.05, acc + 0.05], "params": {"C": 1.0}}

    systems = {"keyword": sys_(0.659, 0.762), "tfidf_svm": sys_(0.738, 0.86), "embedding_lr": sys_(0.667, 0.823),
               "model": sys_(0.812, 0.9)}
    return {"benchmark": "environmental-claims", "split": "test", "model": "finetuned", "n": 265, "seed": 0,
            "systems": systems, **{k: systems["model"][k] for k in ("precision", "recall", "f1", "macro_f1")},
            "published_reference": {"system": "ClimateBERT", "f1": 0.85, "source": "issue"}}


def test_binary_report_writes_markdown_small_pngs_and_json(tmp_path):
    from claims.evaluation.reports import binary_benchmark_report

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 100)
    md = binary_benchmark_report(_binary_result(), tmp_path, {"model": (y + rng.normal(0, 0.5, 100), y)})
    text = md.read_text()
    assert "0.812 [0.762, 0.862]" in text and "beats every baseline on f1: **True**" in text
    for png in ("environmental-claims_systems.png", "environmental-claims_pr.png"):
        assert (tmp_path / png).read_bytes()[:4] == b"\x89PNG" and (tmp_path / png).stat().st_size < 150_000
    assert json.loads((tmp_path / "environmental-claims.json").read_text())["f1"] == 0.812


def test_cards_carry_the_saved_eval_numbers(tmp_path):
    from claims.evaluation.modelcard import write_all
    from claims.evaluation.reports import save_json

    result = _binary_result()
    result["systems"]["model"]["f1"] = 0.8137
    save_json(tmp_path / "reports", "environmental-claims", result)
    written = write_all(tmp_path / "reports", tmp_path / "models", tmp_path / "corpora")
    card = (tmp_path / "models" / "cards" / "environmental-claims.md").read_text()
    assert written == [tmp_path / "models" / "cards" / "environmental-claims.md"]
    assert "0.814 [0.762, 0.862]" in card and "CC BY-NC-SA" in card and "Known failure modes" in card


def test_model_card_command_without_results_is_a_user_error(tmp_path):
    res = claims("model-card", "--reports", str(tmp_path / "nothing"))
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "Traceback" not in res.stderr


def test_eval_without_the_shared_data_is_a_one_line_error(tmp_path):
    res = claims("eval", "greenclaims", "--json", env={"CLAIMS_SHARED_DIR": str(tmp_path)})
    assert res.returncode == 2 and "not found" in res.stderr and "Traceback" not in res.stderr


def test_fine_tune_refuses_to_overwrite_the_shipped_models():
    res = claims("train", "--fine-tune", "lora")
    assert res.returncode == 2 and "--out" in res.stderr


# ----------------------------------------------------------------------------- data splits

@pytest.mark.skipif(not (SHARED_DATA / "emerald_greenwashing").exists(), reason="../shared/data not present")
def test_emerald_declared_split_is_disjoint_and_stable():
    from claims.evaluation.benchmarks import emerald, greenclaims

    parts = {s: emerald.load(s) for s in ("train", "dev", "test")}
    assert [len(parts[s][0]) for s in ("train", "dev", "test")] == [433, 95, 92]
    texts = [set(parts[s][0]) for s in parts]
    assert not (texts[0] & texts[1] or texts[0] & texts[2] or texts[1] & texts[2])
    x, y, _ = greenclaims.load()
    assert len(x) == 51 and int(y.sum()) == 24


# ----------------------------------------------------------------------------- fine-tuning

@pytest.mark.slow
def test_lora_fine_tune_learns_saves_small_and_reloads_identically(tmp_path):
    from claims.scoring.finetuned import FineTuneConfig, FineTuned
    from claims.training.finetune import fine_tune

    texts = ["our factory runs on renewable solar power", "we cut carbon emissions by half",
             "revenue grew eight percent this quarter", "the board met on tuesday"] * 4
    y = np.array([1, 1, 0, 0] * 4)
    cfg = FineTuneConfig(epochs=3, lora=True, lr=2e-3, head_lr=1e-2, batch_size=8, seed=0)
    ft = fine_tune(texts, y, texts[:4], y[:4], ["c"], cfg, lambda p, t: metrics.binary(p[:, 0] >= 0.5, t[:, 0])["f1"],
                   device="cpu", log=lambda m: None, progress=False)
    p = ft.predict_proba(texts[:4])[:, 0]
    assert p[:2].min() > p[2:].max()  # learned the toy task
    ft.save(tmp_path / "ft")
    size = sum(f.stat().st_size for f in (tmp_path / "ft").rglob("*") if f.is_file())
    assert size < 3_000_000  # an adapter, not a copy of the encoder
    again = FineTuned.load(tmp_path / "ft", "cpu").predict_proba(texts[:4])[:, 0]
    assert np.allclose(p, again, atol=1e-5)
    assert ft.meta["best_epoch"] >= 1 and ft.meta["config"]["seed"] == 0


# ----------------------------------------------------------------------------- environmental-claims ensemble

def _fake_run(root: Path, name: str, dev: np.ndarray, test: np.ndarray, complete: bool = True) -> None:
    d = root / name
    d.mkdir(parents=True)
    (d / "probs.json").write_text(json.dumps({"dev": dev.tolist(), "test": test.tolist(), "cache": str(d),
                                              "meta": {"complete": complete, "best_epoch": 2,
                                                       "config": {"seed": int(name[-1]), "epochs": 2}}}))


def test_cached_runs_are_every_complete_run_of_the_right_size(tmp_path):
    from claims.evaluation.benchmarks.environmental_claims import cached_runs

    z = np.zeros(6)
    _fake_run(tmp_path, "minilm-ft-v2-e2-s0", z, z[:4])
    _fake_run(tmp_path, "minilm-ft-v2-e4-s1", z, z[:4])
    _fake_run(tmp_path, "minilm-ft-v2-e2-s2", z, z[:4], complete=False)  # interrupted
    _fake_run(tmp_path, "minilm-ft-v2-e2-s3", z[:5], z[:4])  # other data
    _fake_run(tmp_path, "minilm-ft-v1-e2-s4", z, z[:4])  # other version
    (tmp_path / "minilm-ft-v2-e2-s5").mkdir()  # still training: no probs.json
    assert [r["run"] for r in cached_runs(tmp_path, 6, 4)] == ["minilm-ft-v2-e2-s0", "minilm-ft-v2-e4-s1"]
    assert cached_runs(tmp_path / "nothing", 6, 4) == []


def test_ensemble_candidates_are_fixed_and_chosen_on_dev():
    from claims.evaluation.baselines import choose
    from claims.evaluation.benchmarks.environmental_claims import choose_model, ensemble_candidates

    rng = np.random.default_rng(0)
    dev_y = np.array([1, 0] * 40)
    test_y = np.array([1, 0] * 40)

    def noisy(y: np.ndarray, s: float) -> np.ndarray:
        return np.clip(y * 0.6 + 0.2 + rng.normal(0, s, len(y)), 0, 1)

    runs = [{"run": f"minilm-ft-v2-e2-s{i}", "dev": noisy(dev_y, 0.3), "test": noisy(test_y, 0.3), "meta": {}}
            for i in range(3)]
    head = choose("project_head", noisy(dev_y, 0.5), dev_y, {"test": noisy(test_y, 0.5)})
    cands = ensemble_candidates(runs, head, dev_y)
    assert list(cands) == ["head", "best_run", "mean", "mean+head"]
    assert np.allclose(cands["mean"].dev, np.mean([r["dev"] for r in runs], axis=0))
    assert np.allclose(cands["mean+head"].evals["test"],
                       0.75 * np.mean([r["test"] for r in runs], axis=0) + 0.25 * head.evals["test"])
    assert cands["mean"].params["runs"] == [r["run"] for r in runs]
    best = max(runs, key=lambda r: metrics.best_f1_threshold(r["dev"], dev_y)[1])
    assert cands["best_run"].params["runs"] == [best["run"]]
    chosen, dev_f1 = choose_model(cands, dev_y)
    assert dev_f1[chosen.name] == max(dev_f1.values()) and len(dev_f1) == 4
    assert chosen.threshold == metrics.best_f1_threshold(chosen.dev, dev_y)[0]  # threshold from dev, not test
    # averaging independent noise: the mean of the runs is better on dev than any single run here
    assert dev_f1[cands["mean"].name] >= dev_f1[cands["best_run"].name]
    # one run: no separate mean; with no run only the frozen head is left
    one = ensemble_candidates(runs[:1], head, dev_y)
    assert list(one) == ["head", "best_run", "mean+head"] and one["mean+head"].params["weight"] == 0.75
    assert list(ensemble_candidates([], head, dev_y)) == ["head"]


def test_choose_model_prefers_the_earlier_candidate_on_a_dev_tie():
    from claims.evaluation.baselines import choose
    from claims.evaluation.benchmarks.environmental_claims import choose_model

    y = np.array([1, 1, 0, 0])
    p = np.array([0.9, 0.8, 0.1, 0.2])
    a, b = choose("a", p, y, {"test": p}), choose("b", p * 0.5, y, {"test": p})
    assert choose_model({"best_run": a, "mean": b}, y)[0].name == "a"


# ----------------------------------------------------------------------------- greenwashing: rules and corporate data

def test_claim_rules_features_separate_the_rules_md_patterns():
    from claims.evaluation import claim_rules

    f = dict(zip(claim_rules.FEATURES, claim_rules.features("Fly greener with Aerolume: every flight is carbon "
                                                            "neutral thanks to our offsets."), strict=True))
    assert f["lesser_evil"] == 1.0 and f["offset_unverified"] == 1.0 and f["generic_unqualified"] == 1.0
    g = dict(zip(claim_rules.FEATURES, claim_rules.features("Scope 1 and 2 emissions fell 38% against 2019, "
                                                            "ISO 14064-3 verified."), strict=True))
    assert g["number_unit"] >= 1 and g["base_year"] == 1 and g["scope"] >= 1 and g["verified"] >= 1
    assert g["lesser_evil"] == g["generic_unqualified"] == g["offset_unverified"] == 0.0
    h = dict(zip(claim_rules.FEATURES, claim_rules.features("We will be net zero by 2040.*"), strict=True))
    assert h["future"] >= 1 and h["future_no_plan"] == 1.0 and h["fine_print"] >= 1
    assert claim_rules.matrix([]).shape == (0, claim_rules.N_FEATURES)
    assert claim_rules.matrix(["a", "b c"]).shape == (2, claim_rules.N_FEATURES)


def test_corporate_records_split_by_id_and_join_the_greenwashing_training(tmp_path, monkeypatch):
    from claims.evaluation.benchmarks import emerald
    from claims.training.corpus import split_of

    (tmp_path / "corporate").mkdir()
    rows = [{"id": f"c-t-{i:04d}", "claim": f"claim number {i}", "company": "X", "sector": "other", "form": "slogan",
             "label": "greenwashing" if i % 2 else "not_greenwashing", "rules": [], "note": "n"} for i in range(60)]
    (tmp_path / "corporate" / "t.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    parts = {s: emerald.corporate_load(s, tmp_path) for s in ("train", "dev", "test")}
    assert sum(len(p[0]) for p in parts.values()) == 60
    for s, (x, y) in parts.items():
        assert all(split_of(f"c-t-{int(t.split()[-1]):04d}") == s for t in x)
        assert list(y) == [int(t.split()[-1]) % 2 for t in x]
    monkeypatch.setattr(emerald, "load", lambda split: ([f"emerald {split} {i}" for i in range(3)],
                                                        np.array([1, 0, 0])))
    data = emerald.training_sets(tmp_path)
    assert len(data["train"][0]) == 3 + len(parts["train"][0]) and data["train"][0][:3] == ["emerald train 0",
                                                                                               "emerald train 1",
                                                                                               "emerald train 2"]
    assert list(data["dev_part"]).count("corporate") == len(parts["dev"][0]) == data["sizes"]["corporate_dev"]
    assert not set(data["train"][0]) & set(data["dev"][0])
    x, y = emerald.corporate_load("test", tmp_path / "none")
    assert x == [] and len(y) == 0


def test_model_card_never_writes_into_a_model_dir_of_another_checkout(tmp_path, monkeypatch):
    from claims.evaluation import modelcard

    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "corpus.json").write_text(json.dumps({"model_dir": str(tmp_path / "other" / "models")}))
    seen = []
    monkeypatch.setattr(modelcard, "write",
                        lambda out, result, model_dir, stats, real=None: seen.append((out, model_dir)))
    monkeypatch.setattr("claims.training.corpus.stats", lambda d: {})
    modelcard.write_all(tmp_path / "reports", tmp_path / "models", tmp_path / "corpora")
    assert seen == [(tmp_path / "models" / "README.md", tmp_path / "models")]
