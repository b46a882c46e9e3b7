"""The pair cross-encoder of the evidence model: combination with the feature model, the cheap
filter, the fallback without an adapter, the shipped adapter, and a tiny training run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claims.evidence.model import EvidenceModel, combine, most_contradicting, review_pair_probs, with_cross
from claims.scoring.encoder import DIM

MODELS = Path(__file__).resolve().parents[2] / "models"


class _FakeEncoder:
    def encode(self, texts, **kw):
        rng = np.random.default_rng(len(texts))
        v = rng.normal(size=(len(texts), DIM)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


class _FakeCross:
    def __init__(self):
        self.seen = 0

    def predict_proba(self, claims, texts):
        self.seen += len(texts)
        return np.tile(np.array([[0.0, 0.0, 1.0]], np.float32), (len(texts), 1))


def _feature_model(n_features: int, thresholds: dict[str, float], directory: Path | None = None) -> EvidenceModel:
    return EvidenceModel(np.zeros((3, n_features), np.float32), np.zeros(3, np.float32), thresholds,
                         directory=directory)


def test_combine_and_most_contradicting():
    P = np.array([[0.8, 0.1, 0.1], [0.2, 0.2, 0.6], [0.1, 0.8, 0.1]], np.float32)
    C = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], np.float32)
    assert np.allclose(combine(P, None, 0.5), P) and np.allclose(combine(P, C, 0.0), P)
    mixed = combine(P, C, 0.5)
    assert np.allclose(mixed.sum(axis=1), 1.0) and np.isclose(mixed[0, 2], 0.55)
    top = most_contradicting(mixed, [2, 1])
    assert top.shape == (2, 3) and np.isclose(top[0, 2], 0.55) and np.isclose(top[1, 1], 0.9)


def test_with_cross_scores_only_rows_past_the_filter():
    model = _feature_model(1, {"cross_weight": 0.5, "cross_min": 0.2})
    fake = _FakeCross()
    model.cross = fake
    P = np.array([[0.9, 0.0, 0.1], [0.5, 0.0, 0.5]], np.float32)
    out = with_cross(model, ["c", "c"], ["a", "b"], P)
    assert fake.seen == 1  # the first row (p = 0.1 < 0.2) never reaches the cross-encoder
    assert np.allclose(out[0], P[0]) and np.isclose(out[1, 2], 0.75)


def test_without_an_adapter_the_feature_model_alone_decides(tmp_path):
    from claims.evidence.pairs import pair_features

    n = pair_features(np.zeros((1, DIM), np.float32), np.zeros((1, DIM), np.float32), ["a"], ["b"]).shape[1]
    model = _feature_model(n, {"cross_weight": 0.5, "review_pair": 0.5}, directory=tmp_path)
    assert model.cross_model() is None  # no crossenc/ under tmp_path
    P = review_pair_probs(model, _FakeEncoder(), ["Plastic-free packaging"],
                          ["Lovely soap. But it came in bubble wrap."])
    assert P.shape == (1, 3) and np.allclose(P, 1 / 3)


def test_the_shipped_cross_encoder_loads_lazily_and_scores_pairs():
    from claims.evidence.crossenc import CrossEncoder, CrossEnsemble

    ev = EvidenceModel.load(MODELS / "evidence")
    assert ev is not None and ev.cross is None  # nothing loaded before first use
    if ev.cross_weight <= 0:
        pytest.skip("the shipped evidence model does not use a cross-encoder")
    cross = ev.cross_model()
    assert isinstance(cross, (CrossEncoder, CrossEnsemble))
    P = cross.predict_proba(["Plastic-free packaging", "Built to last"],
                            ["It arrived wrapped in bubble wrap inside a plastic bag.", "Runs a size small."])
    assert P.shape == (2, 3) and np.allclose(P.sum(axis=1), 1.0, atol=1e-5)
    assert P[0, 2] > P[1, 2]


@pytest.mark.slow
def test_cross_encoder_trains_two_steps_saves_and_loads(tmp_path):
    from claims.evidence.crossenc import CrossConfig, CrossEncoder
    from claims.evidence.pairs import NOT_CONTRADICT
    from claims.training.crossenc import train_cross_encoder

    claims = ["Plastic-free packaging"] * 4
    texts = ["came in bubble wrap", "paper tape only, great", "runs small", "no plastic anywhere"]
    cfg = CrossConfig(n_top=1, epochs=2, batch_size=4, threads=1)
    ce = train_cross_encoder((claims, texts, [2, 1, 0, NOT_CONTRADICT]), (claims[:2], texts[:2]),
                             lambda P: float(P[0, 2]), cfg, log=lambda m: None)
    assert ce.meta["best_epoch"] in (1, 2) and len(ce.meta["history"]) == 2
    ce.save(tmp_path / "ce")
    again = CrossEncoder.load(tmp_path / "ce", threads=1)
    assert again is not None
    assert np.allclose(again.predict_proba(claims, texts), ce.predict_proba(claims, texts), atol=1e-5)
    assert CrossEncoder.load(tmp_path / "nothing") is None


@pytest.mark.slow
def test_seed_ensemble_averages_its_members(tmp_path):
    from claims.evidence.crossenc import CrossConfig, CrossEncoder, CrossEnsemble, saved_in
    from claims.training.crossenc import train_cross_encoder

    claims = ["Plastic-free packaging"] * 3
    texts = ["came in bubble wrap", "paper tape only, great", "runs small"]
    members = []
    for seed in (0, 1):
        cfg = CrossConfig(n_top=1, epochs=1, batch_size=4, threads=1, seed=seed)
        ce = train_cross_encoder((claims, texts, [2, 1, 0]), (claims, texts), lambda P: float(P[0, 2]), cfg,
                                 log=lambda m: None, device="cpu")
        ce.save(tmp_path / "ens" / f"s{seed}")
        members.append(ce)
    assert saved_in(tmp_path / "ens") and not saved_in(tmp_path / "nothing")
    ens = CrossEncoder.load(tmp_path / "ens", threads=1)
    assert isinstance(ens, CrossEnsemble) and ens.meta["seeds"] == [0, 1]
    each = [m.predict_proba(claims, texts) for m in members]
    assert not np.allclose(each[0], each[1], atol=1e-4)  # the seeds differ, so averaging means something
    assert np.allclose(ens.predict_proba(claims, texts), np.mean(each, axis=0), atol=1e-5)
