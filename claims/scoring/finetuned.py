"""Loading and running a fine-tuned encoder (``claims train --fine-tune`` writes it; the training
half is :mod:`claims.training.finetune`), and the peft helpers both halves share."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.scoring.encoder import DIM


@dataclass
class FineTuneConfig:
    epochs: int = 4
    max_length: int = 96
    batch_size: int = 16
    lr: float = 5e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.1
    dropout: float = 0.1
    seed: int = 0
    lora: bool = False
    lora_r: int = 8
    lora_alpha: int = 16
    threads: int = 2
    freeze_word_embeddings: bool = True  # 11.7M of the 22.7M weights; freezing them halves the optimizer's work
    pos_weight: list[float] = field(default_factory=list)


def resolve_device(device: str = "auto") -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError("--device cuda asked for, but torch sees no CUDA device")
    return device


@contextmanager
def quiet_peft() -> Iterator[None]:
    """Silence the transformers deprecation warning that peft triggers when it wraps a model (harmless)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        yield


def peft_wrap(model: Any, lora_config: Any) -> Any:
    """``peft.get_peft_model`` under :func:`quiet_peft`."""
    from peft import get_peft_model

    with quiet_peft():
        return get_peft_model(model, lora_config)


def _build(n_out: int, cfg: FineTuneConfig, base: Path | None = None) -> Any:
    import torch
    from torch import nn
    from transformers import AutoModel

    from claims.scoring.encoder import model_path

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    encoder = AutoModel.from_pretrained(str(base or model_path()))
    if cfg.lora:
        from peft import LoraConfig

        encoder = peft_wrap(encoder, LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=0.1,
                                                target_modules=["query", "key", "value", "dense"]))

    class MeanPoolClassifier(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = nn.Dropout(cfg.dropout)
            self.head = nn.Linear(int(encoder.config.hidden_size), n_out)

        def forward(self, input_ids: Any, attention_mask: Any, **kw: Any) -> Any:
            h = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **kw).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    torch.manual_seed(cfg.seed)
    model = MeanPoolClassifier()
    if cfg.freeze_word_embeddings and not cfg.lora:
        for name, p in model.encoder.named_parameters():
            if "word_embeddings" in name:
                p.requires_grad_(False)
    return model


class FineTuned:
    """A trained classifier: ``predict_proba(texts) -> (n, n_out)`` probabilities."""

    def __init__(self, model: Any, tokenizer: Any, meta: dict[str, Any], device: str = "cpu"):
        self.model, self.tokenizer, self.meta, self.device = model, tokenizer, meta, device

    def predict_proba(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        import torch
        from tqdm import tqdm

        self.model.eval()
        out = []
        order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
        with torch.no_grad():
            for i in tqdm(range(0, len(texts), batch_size), disable=not progress, desc="predict"):
                idx = order[i: i + batch_size]
                enc = self.tokenizer([texts[j] for j in idx], truncation=True, padding=True,
                                     max_length=self.meta["config"]["max_length"], return_tensors="pt").to(self.device)
                out.append(torch.sigmoid(self.model(**enc)).float().cpu().numpy())
        probs = np.vstack(out) if out else np.zeros((0, len(self.meta["targets"])), np.float32)
        res = np.zeros_like(probs)
        res[order] = probs
        return res

    def save(self, directory: Path) -> None:
        import torch

        directory.mkdir(parents=True, exist_ok=True)
        if self.meta["config"]["lora"]:
            self.model.encoder.save_pretrained(str(directory / "adapter"))
        else:
            self.model.encoder.save_pretrained(str(directory / "encoder"))
            self.tokenizer.save_pretrained(str(directory / "encoder"))
        torch.save({k: v.cpu() for k, v in self.model.head.state_dict().items()}, directory / "head.pt")
        (directory / "meta.json").write_text(json.dumps(self.meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, device: str = "auto") -> FineTuned:
        import torch
        from transformers import AutoTokenizer

        from claims.scoring.encoder import model_path

        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        cfg = FineTuneConfig(**meta["config"])
        device = resolve_device(device)
        torch.set_num_threads(max(1, cfg.threads))
        if cfg.lora:
            from peft import PeftModel

            model = _build(len(meta["targets"]), FineTuneConfig(**dict(meta["config"], lora=False)))
            with quiet_peft():
                model.encoder = PeftModel.from_pretrained(model.encoder, str(directory / "adapter"))
            tok = AutoTokenizer.from_pretrained(str(model_path()))
        else:
            model = _build(len(meta["targets"]), cfg, base=directory / "encoder")
            tok = AutoTokenizer.from_pretrained(str(directory / "encoder"))
        model.head.load_state_dict(torch.load(directory / "head.pt", weights_only=True))
        model.to(device)
        return cls(model, tok, meta, device)


class _Pooled:
    """The ``encode`` API of a SentenceTransformer, over a fine-tuned encoder (mean pooling)."""

    def __init__(self, ft: FineTuned):
        self.ft = ft

    def encode(self, texts: list[str], batch_size: int = 64, normalize_embeddings: bool = True,
               convert_to_numpy: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        import torch

        model, tok = self.ft.model, self.ft.tokenizer
        model.eval()
        out = []
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                enc = tok(texts[i: i + batch_size], truncation=True, padding=True, max_length=256,
                          return_tensors="pt").to(self.ft.device)
                h = model.encoder(**enc).last_hidden_state
                m = enc["attention_mask"].unsqueeze(-1).to(h.dtype)
                v = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
                if normalize_embeddings:
                    v = torch.nn.functional.normalize(v, dim=-1)
                out.append(v.float().cpu().numpy())
        return np.vstack(out) if out else np.zeros((0, DIM), np.float32)


def fine_tuned_encoder(directory: Path, device: str = "auto") -> Any:
    """An :class:`claims.encoder.Encoder` whose embeddings come from the fine-tuned transformer in
    ``directory`` (``claims train --fine-tune`` writes it to MODEL_DIR/encoder-ft)."""
    from claims.scoring.encoder import Encoder

    enc = Encoder()
    enc._model = _Pooled(FineTuned.load(directory, device))
    return enc
