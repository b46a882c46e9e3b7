"""Rule and context features of a listing's segments (the encoder's embedding is added by the
model). Layout per segment: own rule features, neighbour rule features (max of previous and
next segment), registry features, listing context."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from claims.text import lexicon
from claims.text.certifications import CertMatch, Registry
from claims.text.prep import Segment

REGISTRY_FEATURES = ("cert_recognised", "cert_type1", "cert_licence", "unknown_badge", "cert_low_cred")
CONTEXT_FEATURES = ("is_title", "listing_cert", "listing_type1", "listing_percent", "listing_n_claimish")
N_RULE = lexicon.N_FEATURES + len(REGISTRY_FEATURES)
N_FEATURES = 2 * N_RULE + len(CONTEXT_FEATURES)


@dataclass
class SegmentInfo:
    """What the rules saw in one segment (kept for the findings step)."""

    certs: list[CertMatch]
    badges: list[tuple[int, int]]


def _registry_vec(info: SegmentInfo) -> np.ndarray:
    v = np.zeros(len(REGISTRY_FEATURES), dtype=np.float32)
    if info.certs:
        v[0] = 1.0
        v[1] = float(any(c.scheme.recognised_excellence for c in info.certs))
        v[2] = float(any(c.licence for c in info.certs))
        v[4] = float(min(c.scheme.credibility for c in info.certs) < 0.5)
    v[3] = float(bool(info.badges))
    return v


def segment_features(segments: list[Segment], registry: Registry) -> tuple[np.ndarray, list[SegmentInfo]]:
    """Feature rows (len(segments), N_FEATURES) for the segments of ONE listing."""
    n = len(segments)
    infos = [SegmentInfo(registry.find(s.text), registry.unknown_badges(s.text)) for s in segments]
    own = np.zeros((n, N_RULE), dtype=np.float32)
    for i, s in enumerate(segments):
        own[i, : lexicon.N_FEATURES] = lexicon.features(s.text)
        own[i, lexicon.N_FEATURES:] = _registry_vec(infos[i])
    neigh = np.zeros_like(own)
    for i in range(n):
        if i > 0:
            neigh[i] = np.maximum(neigh[i], own[i - 1])
        if i + 1 < n:
            neigh[i] = np.maximum(neigh[i], own[i + 1])
    ctx = np.zeros((n, len(CONTEXT_FEATURES)), dtype=np.float32)
    if n:
        reg_off = lexicon.N_FEATURES
        pct = lexicon.SIGNALS.index("percent") + len(lexicon.ATTRIBUTE_PATTERNS)
        ctx[:, 1] = own[:, reg_off].max()
        ctx[:, 2] = own[:, reg_off + 1].max()
        ctx[:, 3] = own[:, pct].max()
        ctx[:, 4] = min(1.0, own[:, : len(lexicon.ATTRIBUTE_PATTERNS)].any(axis=1).sum() / 5.0)
        for i, s in enumerate(segments):
            ctx[i, 0] = float(s.field == "title")
    return np.hstack([own, neigh, ctx]), infos
