"""The evidence cross-encoder through ONNX Runtime: the same class probabilities as the torch
:class:`claims.evidence.crossenc.Reader` (its LoRA adapter merged, mean pooling, softmax), without
importing torch or transformers at scoring time.

Like the sentence encoder (:mod:`claims.scoring.onnx_encoder`), the ONNX file is not shipped: it is
exported on first use from the saved cross-encoder (adapter, head, base weights) into
``CLAIMS_CACHE_DIR/onnx/cross-<key>/model.onnx`` under a file lock and renamed into place; ``<key>``
hashes the adapter, the head, the base weights, :data:`RECIPE` and the onnxruntime version, so a
retrained cross-encoder exports again. ``CLAIMS_CROSS_BACKEND=torch`` keeps the torch reader.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.onnx_encoder import cpu_session, file_hash, file_lock, weights_file

log = logging.getLogger(__name__)

RECIPE = "cross-merged-meanpool-softmax/opset17/v1"
BACKENDS = ("onnx", "torch")


def cache_key(directory: Path, base_dir: Path) -> str:
    """The cache folder's name for the cross-encoder saved in ``directory``."""
    import onnxruntime

    parts = {"adapter": file_hash(directory / "adapter" / "adapter_model.safetensors"),
             "config": file_hash(directory / "adapter" / "adapter_config.json"),
             "head": file_hash(directory / "head.pt"), "meta": file_hash(directory / "meta.json"),
             "base": file_hash(weights_file(base_dir)), "recipe": RECIPE, "onnxruntime": onnxruntime.__version__}
    return "cross-" + hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(), digest_size=8).hexdigest()


def export(reader: Any, out: Path) -> None:
    """Export a one-member torch ``Reader`` to ``out``: inputs ``input_ids``, ``attention_mask``,
    ``token_type_ids`` (int64, batch x seq, both dynamic); output ``probs`` (float32, batch x 3)."""
    import torch

    if len(reader.tops) != 1:
        raise ValueError("only a single cross-encoder (not an ensemble) is exported")
    layers_top, head = reader.tops[0]

    class PairProbs(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings, self.lower, self.top, self.head = reader.embeddings, reader.lower, layers_top, head

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            h = self.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
            m = (1.0 - attention_mask[:, None, None, :].to(h.dtype)) * torch.finfo(h.dtype).min
            for layer in self.lower:
                h = layer(h, m)
            for layer in self.top:
                h = layer(h, m)
            w = attention_mask.unsqueeze(-1).to(h.dtype)
            return torch.softmax(self.head((h * w).sum(1) / w.sum(1).clamp(min=1.0)), dim=-1)

    ids = torch.ones((2, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad():
        torch.onnx.export(PairProbs().eval(), (ids, ids, torch.zeros_like(ids)), str(out),
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["probs"],
                          opset_version=17, do_constant_folding=True,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                        "probs": {0: "batch"}}, dynamo=False)


def ensure_model(directory: Path, base_dir: Path, cache_dir: Path, make_reader: Any) -> Path:
    """The ONNX file of the cross-encoder in ``directory``, exported (file-locked, renamed into
    place) from ``make_reader()`` (a torch Reader, built only when an export is needed)."""
    folder = cache_dir / "onnx" / cache_key(directory, base_dir)
    target = folder / "model.onnx"
    if target.exists():
        return target
    with file_lock(cache_dir / "onnx" / f"{folder.name}.lock"):
        if target.exists():
            return target
        folder.mkdir(parents=True, exist_ok=True)
        log.info("exporting the cross-encoder %s to ONNX, once, into %s", directory, folder)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".export-") as tmp:
            tmp_out = Path(tmp) / "model.onnx"
            export(make_reader(), tmp_out)
            (folder / "recipe.json").write_text(json.dumps({"recipe": RECIPE, "source": str(directory)}, indent=2)
                                                + "\n", encoding="utf-8")
            os.replace(tmp_out, target)
    return target


class OnnxCrossReader:
    """``predict(claims, statements) -> (n, 3)`` like the torch Reader: pairs tokenised once
    (longest-first truncation to ``max_length``), sorted by token count, run in batches."""

    def __init__(self, onnx_path: Path, base_dir: Path, max_length: int, threads: int):
        from tokenizers import Tokenizer

        self.session = cpu_session(onnx_path, threads)
        self.tokenizer = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        self.max_length = max_length
        self.quantized = False
        self.path = onnx_path

    def shares_bottom(self, other: Any) -> bool:
        return False  # an ensemble of ONNX members averages them (CrossEnsemble.predict_proba)

    def predict(self, claims: Sequence[str], cands: Sequence[str], batch_size: int = 64) -> np.ndarray:
        n = len(cands)
        out = np.zeros((n, 3), np.float32)
        if not n:
            return out
        encs = self.tokenizer.encode_batch([(" ".join(c.split()), " ".join(t.split()))
                                            for c, t in zip(claims, cands, strict=True)])
        lengths = np.array([len(e.ids) for e in encs])
        order = np.argsort(lengths, kind="stable")
        for start in range(0, n, batch_size):
            idx = order[start: start + batch_size]
            width = int(lengths[idx].max())
            ids = np.zeros((len(idx), width), np.int64)
            types = np.zeros((len(idx), width), np.int64)
            mask = np.zeros((len(idx), width), np.int64)
            for r, i in enumerate(idx):
                k = lengths[i]
                ids[r, :k] = encs[i].ids
                types[r, :k] = encs[i].type_ids
                mask[r, :k] = 1
            out[idx] = self.session.run(["probs"], {"input_ids": ids, "attention_mask": mask,
                                                    "token_type_ids": types})[0]
        return out
