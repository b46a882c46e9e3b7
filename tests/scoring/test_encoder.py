"""The sentence encoder's backends: selection and errors, threads, the ONNX export cache (fast,
with a stand-in exporter) and the ONNX embeddings against sentence-transformers' (slow, the real
model)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from claims.scoring import encoder as enc_mod
from claims.scoring import onnx_encoder as oe
from claims.scoring.encoder import BACKENDS, Encoder, check_backend


def test_backends_are_checked(monkeypatch):
    for name in BACKENDS:
        assert check_backend(name) == name
        assert Encoder(backend=name).backend == name
    with pytest.raises(ValueError, match="onnx-int8, onnx, torch"):
        Encoder(backend="onnx-fp16")
    monkeypatch.setenv("CLAIMS_ENCODER_BACKEND", "torch")
    assert Encoder().backend == "torch"
    monkeypatch.setenv("CLAIMS_ENCODER_BACKEND", "tensorrt")
    with pytest.raises(ValueError, match="unknown encoder backend 'tensorrt'"):
        Encoder()


def test_default_backend(monkeypatch):
    # fp32 ONNX: int8 moved the corpus dev metrics by more than 0.005 (docs/scoring.md, Speed)
    monkeypatch.delenv("CLAIMS_ENCODER_BACKEND", raising=False)
    assert Encoder().backend == "onnx"


def test_cli_refuses_unknown_backend_in_one_line(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_ENCODER_BACKEND", "gpu")
    (tmp_path / "in.jsonl").write_text('{"id": "1", "title": "t", "description": "d"}\n', encoding="utf-8")
    code, out, err = cli("score", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    assert code == 2
    assert err.strip().count("\n") == 0 and "unknown encoder backend 'gpu'" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_threads_set_once(monkeypatch):
    monkeypatch.setattr(enc_mod, "_threads", None)
    monkeypatch.setenv("CLAIMS_THREADS", "3")
    assert enc_mod.threads() == 3  # the setting, before set_threads
    assert enc_mod.set_threads() == 3
    assert enc_mod.set_threads(1) == 1
    monkeypatch.setenv("CLAIMS_THREADS", "5")
    assert enc_mod.threads() == 1  # what the entry point set, not the environment at call time


def test_encoder_cache_rows_setting(monkeypatch):
    monkeypatch.setenv("CLAIMS_ENCODER_CACHE_ROWS", "17")
    assert Encoder()._cache.size == 17
    assert Encoder(cache_size=5)._cache.size == 5


# --- the export cache -----------------------------------------------------------------------------

@pytest.fixture
def fake_model(tmp_path, monkeypatch):
    """A base-model folder with stand-in weights, and an exporter that records its calls."""
    base = tmp_path / "base"
    base.mkdir()
    (base / "model.safetensors").write_bytes(b"weights-v1")
    calls: list[str] = []

    def export(model_dir: Path, out: Path) -> None:
        calls.append(str(model_dir))
        time.sleep(0.2)  # long enough for a second caller to arrive while this one holds the lock
        out.write_bytes(b"onnx-fp32")

    def quantize(src: Path, out: Path) -> None:
        out.write_bytes(src.read_bytes() + b"+int8")

    monkeypatch.setattr(oe, "export_fp32", export)
    monkeypatch.setattr(oe, "quantize_int8", quantize)
    return base, calls


def test_export_is_cached_and_reused(fake_model, tmp_path):
    base, calls = fake_model
    cache = tmp_path / "cache"
    first = oe.ensure_model(base, "onnx-int8", cache)
    assert first.read_bytes() == b"onnx-fp32+int8" and len(calls) == 1
    assert oe.ensure_model(base, "onnx-int8", cache) == first and len(calls) == 1  # reused
    fp32 = oe.ensure_model(base, "onnx", cache)
    assert fp32 != first and fp32.read_bytes() == b"onnx-fp32" and len(calls) == 2
    # new weights: a new key, a new export; the old file is not reused for them
    (base / "model.safetensors").write_bytes(b"weights-v2")
    again = oe.ensure_model(base, "onnx-int8", cache)
    assert again != first and len(calls) == 3
    # nothing half-written is left in the cache folders
    assert sorted(p.name for p in first.parent.iterdir()) == ["model.onnx", "recipe.json"]


def test_concurrent_callers_export_once(fake_model, tmp_path):
    base, calls = fake_model
    cache = tmp_path / "cache"
    got: list[Path] = []
    workers = [threading.Thread(target=lambda: got.append(oe.ensure_model(base, "onnx", cache))) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=30)
    assert len(got) == 4 and len(set(got)) == 1 and len(calls) == 1


def test_failed_export_leaves_nothing(fake_model, tmp_path, monkeypatch):
    base, _ = fake_model

    def broken(model_dir: Path, out: Path) -> None:
        out.write_bytes(b"half")
        raise RuntimeError("killed mid-export")

    monkeypatch.setattr(oe, "export_fp32", broken)
    cache = tmp_path / "cache"
    with pytest.raises(RuntimeError):
        oe.ensure_model(base, "onnx", cache)
    folder = cache / "onnx" / oe.cache_key(base, "onnx")
    assert not (folder / "model.onnx").exists()
    assert [p.name for p in folder.iterdir()] == []  # the temporary export folder is gone


def test_unknown_variant_and_missing_weights(tmp_path):
    with pytest.raises(ValueError, match="unknown ONNX variant"):
        oe.ensure_model(tmp_path, "onnx-int4", tmp_path)
    with pytest.raises(FileNotFoundError, match="no model weights"):
        oe.ensure_model(tmp_path, "onnx", tmp_path)


# --- batching: sorted by length, output in input order ----------------------------------------------

class _RecordingSession:
    """Stands in for an ONNX Runtime session: row = (first token id, tokens), and records batch shapes."""

    def __init__(self) -> None:
        self.shapes: list[tuple[int, int]] = []

    def run(self, names, feeds):
        ids, mask = feeds["input_ids"], feeds["attention_mask"]
        self.shapes.append(ids.shape)
        out = np.zeros((len(ids), 384), np.float32)
        out[:, 0] = ids[:, 1]  # the first token after [CLS]
        out[:, 1] = mask.sum(1)
        return [out]


def test_onnx_batches_by_length_and_keeps_order():
    from tokenizers import Tokenizer

    from claims.scoring.encoder import model_path

    e = oe.OnnxSentenceEncoder.__new__(oe.OnnxSentenceEncoder)
    e.session = _RecordingSession()
    e.tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
    e.tokenizer.no_padding()
    e.tokenizer.enable_truncation(max_length=oe.MAX_SEQ_LENGTH)
    texts = ["recycled " * n + "cotton" for n in (40, 1, 25, 3, 0, 60, 2)] + ["word " * 400]
    out = e.encode(texts, batch_size=3)
    lengths = [len(e.tokenizer.encode(t).ids) for t in texts]
    assert out[:, 1].tolist() == lengths  # each row is its own text's
    assert max(lengths) == oe.MAX_SEQ_LENGTH  # truncated like sentence-transformers (256)
    widths = [w for _, w in e.session.shapes]
    assert widths == sorted(widths) and sum(b for b, _ in e.session.shapes) == len(texts)
    assert widths[0] < 10  # the short texts are not padded to the long ones' width
    assert e.encode([]).shape == (0, 384)


# --- the real model (slow) -----------------------------------------------------------------------

SENTENCES = [
    "Made from 100% recycled polyester, GRS certified.",
    "Eco-friendly and sustainable packaging.",
    "Machine wash 40°C, tumble dry low.",
    "Carbon neutral shipping on every order since 2021.",
    "Our cotton is organic (GOTS, licence 12345) and the dyes are OEKO-TEX Standard 100.",
    "Great boots, kept my feet dry on a three-day hike.",
    "x",
    "A long description " + "with many words about the fabric, the fit and the care label " * 20,
]


@pytest.mark.slow
def test_onnx_embeddings_match_sentence_transformers():
    torch_emb = Encoder(backend="torch").encode(SENTENCES)
    fp32 = Encoder(backend="onnx").encode(SENTENCES)
    int8 = Encoder(backend="onnx-int8").encode(SENTENCES)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)
    cos32 = (fp32 * torch_emb).sum(1)
    cos8 = (int8 * torch_emb).sum(1)
    # measured on 3,000 corpus segments: fp32 min 0.99999; int8 mean 0.992, min 0.973
    assert cos32.min() >= 0.9999, cos32
    assert cos8.min() >= 0.96 and cos8.mean() >= 0.985, cos8
