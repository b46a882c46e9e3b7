"""The cheaper evidence path: the merged-adapter reader gives the old per-member probabilities,
listings read together give the same probabilities as one at a time (their review pairs in one
cross-encoder call), and the pre-filter keeps pairs away from the cross-encoder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from claims.evidence.model import EvidenceModel, contradiction_probs, contradiction_probs_many
from claims.evidence.pairs import pair_features
from claims.scoring.encoder import DIM
from claims.text.prep import listing_segments
from tests.fakes import HashEncoder

MODELS = Path(__file__).resolve().parents[2] / "models"


class _TextCross:
    """p(contradict) from a hash of the pair's text: any mix-up of pairs changes the results."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def predict_proba(self, claims, texts):
        self.calls.append(len(texts))
        out = np.zeros((len(texts), 3), np.float32)
        for n, (c, t) in enumerate(zip(claims, texts, strict=True)):
            p = int(hashlib.md5(f"{c}|{t}".encode()).hexdigest()[:6], 16) / 0xFFFFFF
            out[n] = (1 - p) / 2, (1 - p) / 2, p
        return out


LISTINGS = [
    {"id": "a", "title": "Bamboo toothbrush", "description": "Plastic-free packaging. Made from 100% bamboo.",
     "reviews": ["Nice brush. But it came in a plastic bag.", "Bristles fell out after a week."]},
    {"id": "b", "title": "Wool socks", "description":
     "Organic wool, no synthetic dyes.\n- Warm and soft\n- Recycled paper band\n- Hand wash",
     "reviews": []},
    {"id": "c", "title": "Soap bar", "description": "Zero waste soap, compostable wrapper. Smells of lavender.",
     "reviews": ["The wrapper is still intact in my compost after six months.", "Lovely smell, lasts long."]},
]


def _model(cross_min: float = 0.0) -> EvidenceModel:
    n = pair_features(np.zeros((1, DIM), np.float32), np.zeros((1, DIM), np.float32), ["a"], ["b"]).shape[1]
    rng = np.random.default_rng(0)
    m = EvidenceModel(rng.normal(size=(3, n)).astype(np.float32) * 0.1, np.zeros(3, np.float32),
                      {"cross_weight": 0.5, "cross_min": cross_min, "review": 0.5, "field": 0.9})
    m.cross = _TextCross()
    return m


def _inputs(encoder: HashEncoder) -> list:
    items = []
    for listing in LISTINGS:
        segs = listing_segments(listing)
        items.append((listing, segs, list(range(min(2, len(segs)))), encoder.encode([s.text for s in segs])))
    return items


def test_listings_read_together_give_the_same_probabilities_in_one_cross_call():
    enc = HashEncoder()
    items = _inputs(enc)
    model = _model()
    one = [contradiction_probs(model, enc, *item) for item in items]
    n_single = len(model.cross.calls)
    model.cross.calls.clear()
    many = contradiction_probs_many(model, enc, items)
    assert len(model.cross.calls) == 1 and n_single == 2  # listing b has no reviews: no cross call
    assert sum(model.cross.calls) == sum(len(probs) * sum(c.source == "review" for c in cands)
                                         for cands, probs in many)
    for (c1, p1), (c2, p2) in zip(one, many, strict=True):
        assert [c.text for c in c1] == [c.text for c in c2] and p1.keys() == p2.keys()
        for i in p1:
            assert np.allclose(p1[i], p2[i], atol=1e-6)
    # listing b: its own segments that name an attribute ("Recycled paper band"), not "Warm and soft"
    assert [c.text for c in many[1][0]] == ["Recycled paper band"] and many[1][1]


def test_the_filter_sends_only_likely_pairs_to_the_cross_encoder():
    enc = HashEncoder()
    items = _inputs(enc)
    everything, filtered = _model(0.0), _model(0.4)
    contradiction_probs_many(everything, enc, items)
    out = contradiction_probs_many(filtered, enc, items)
    assert 0 < sum(filtered.cross.calls) < sum(everything.cross.calls)
    assert all(np.all((p >= 0) & (p <= 1)) for _, probs in out for p in probs.values())


def _old_path_probs(directory: Path, claims: list[str], texts: list[str]) -> np.ndarray:
    """The members' probabilities the way they were read before the merged reader: each member's
    peft model (adapter unmerged) over the whole sequence, averaged."""
    import json

    import torch
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    from claims.evidence.crossenc import _build, config_of
    from claims.scoring.encoder import model_path

    tok = AutoTokenizer.from_pretrained(str(model_path()))
    out = []
    for d in sorted(p for p in directory.glob("s*") if p.is_dir()):
        cfg = config_of(json.loads((d / "meta.json").read_text(encoding="utf-8")))
        model = _build(cfg)
        set_peft_model_state_dict(model.bert, load_file(str(d / "adapter" / "adapter_model.safetensors")))
        model.head.load_state_dict(torch.load(d / "head.pt", weights_only=True))
        model.eval()
        enc = tok(claims, texts, truncation=True, padding=True, max_length=cfg.max_length, return_tensors="pt")
        with torch.no_grad():
            out.append(torch.softmax(model(enc["input_ids"], enc["token_type_ids"], enc["attention_mask"]),
                                     dim=-1).numpy())
    return np.mean(out, axis=0)


@pytest.mark.slow
def test_merged_reader_with_shared_lower_layers_equals_the_members_read_one_by_one(monkeypatch):
    from claims.evidence.crossenc import CrossEncoder, CrossEnsemble

    monkeypatch.setenv("CLAIMS_CROSS_BACKEND", "torch")  # the torch readers share their lower layers
    directory = MODELS / "evidence" / "crossenc"
    ens = CrossEncoder.load(directory, quantize=False)
    if not isinstance(ens, CrossEnsemble):
        pytest.skip("the shipped cross-encoder is not an ensemble")
    claims = ["Plastic-free packaging", "Built to last a lifetime", "100% organic cotton", "Plastic-free packaging"]
    texts = ["It arrived wrapped in bubble wrap inside a plastic bag.", "Runs a size small.",
             "The care label says 60% cotton, 40% polyester, so much for organic.",
             "Paper box and paper tape only, lovely."]
    assert ens.shared and len(ens.reader.tops) == len(ens.members)
    new = ens.predict_proba(claims, texts)
    old = _old_path_probs(directory, claims, texts)
    assert np.abs(new - old).max() < 1e-5
    # one copy of the lower layers (the shipped distilled student is a single member: nothing to share)
    assert all(m.reader.embeddings is ens.reader.embeddings for m in ens.members[1:])


@pytest.mark.slow
def test_the_onnx_cross_encoder_reads_pairs_as_the_peft_model_does(monkeypatch, tmp_path):
    """The default backend: exported from the shipped adapter into a fresh cache (no torch at
    scoring time), the same probabilities as each member's peft model, averaged."""

    from claims.evidence.crossenc import CrossEncoder, CrossEnsemble
    from claims.evidence.onnx_cross import OnnxCrossReader

    monkeypatch.setenv("CLAIMS_CROSS_BACKEND", "onnx")
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(tmp_path))
    directory = MODELS / "evidence" / "crossenc"
    loaded = CrossEncoder.load(directory)
    assert loaded is not None
    members = loaded.members if isinstance(loaded, CrossEnsemble) else [loaded]
    assert all(isinstance(m.reader, OnnxCrossReader) for m in members)
    assert list(tmp_path.glob("onnx/cross-*/model.onnx"))  # exported into the configured cache
    claims = ["Plastic-free packaging", "Built to last a lifetime", "100% organic cotton", "Plastic-free packaging"]
    texts = ["It arrived wrapped in bubble wrap inside a plastic bag.", "Runs a size small.",
             "The care label says 60% cotton, 40% polyester, so much for organic. " * 8,  # truncated at 128
             "Paper box and paper tape only, lovely."]
    new = loaded.predict_proba(claims, texts)
    assert np.abs(new - _old_path_probs(directory, claims, texts)).max() < 1e-4
