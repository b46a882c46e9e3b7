"""The public entry point: ``Analyzer.load().score(listings)``.

``featurize`` (text -> features) and ``predict`` (features -> probabilities) are the compute
half; :func:`claims.findings.build_result` is the apply half. Training uses the same
``featurize``, so what the heads learn from is exactly what they see at scoring time.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claims.config import Settings, get_settings
from claims.evidence.facts import claim_cue, fact_conflicts
from claims.evidence.model import Candidate, EvidenceModel, contradiction_probs_many, pick_contradictions
from claims.evidence.signals import listing_signals
from claims.scoring.encoder import DIM, Encoder
from claims.scoring.findings import (
    ListingPrediction,
    build_result,
    make_finding,
    needs_model,
    segment_rules,
    unread_result,
)
from claims.scoring.heads import Heads
from claims.scoring.policy import RiskPolicy
from claims.scoring.result import Evidence, Finding, ListingResult
from claims.text import claim_forms, energy, lexicon, negation
from claims.text.certifications import Registry, default_registry
from claims.text.features import SegmentInfo, segment_features
from claims.text.language import listing_language, supported
from claims.text.prep import Segment, listing_segments, mask_html


class ModelNotFoundError(RuntimeError):
    """No trained heads in the model directory."""


@dataclass
class Featurized:
    X: np.ndarray  # all segments of the batch, stacked
    slices: list[slice]  # rows of each listing
    segments: list[list[Segment]]
    infos: list[list[SegmentInfo]]
    gated: np.ndarray | None = None  # rows not sent to the encoder (zero embedding; scored as non-claims)


def _lap(timings: dict[str, float] | None, stage: str, t0: float) -> float:
    """Add the seconds since ``t0`` to ``timings[stage]`` (when timing is on); the time now."""
    now = time.perf_counter()
    if timings is not None:
        timings[stage] = timings.get(stage, 0.0) + now - t0
    return now


def featurize(listings: Sequence[dict[str, Any]], encoder: Encoder, registry: Registry,
              max_segment_chars: int = 600, show_progress: bool = False,
              timings: dict[str, float] | None = None, gate: bool = False) -> Featurized:
    """Features of every segment of ``listings``: the encoder's embedding and the rule features.
    ``gate``: segments that :func:`needs_model` rules out are not encoded (their embedding is zero
    and ``Featurized.gated`` marks them); training never gates."""
    t0 = time.perf_counter()
    segs_all: list[list[Segment]] = []
    infos_all: list[list[SegmentInfo]] = []
    rules: list[np.ndarray] = []
    for listing in listings:
        segs = listing_segments(listing, max_segment_chars)
        feats, infos = segment_features(segs, registry)
        segs_all.append(segs)
        infos_all.append(infos)
        rules.append(feats)
    texts = [s.text for segs in segs_all for s in segs]
    R = np.vstack(rules) if texts else np.zeros((0, rules[0].shape[1] if rules else 0), np.float32)
    gated = None
    if gate and texts:
        keyword = np.asarray(R[:, :len(lexicon.ATTRIBUTES)].any(axis=1))
        infos_flat = [info for infos in infos_all for info in infos]
        gated = np.array([not needs_model(t, info, bool(keyword[n])) for n, (t, info)
                          in enumerate(zip(texts, infos_flat, strict=True))])
    t0 = _lap(timings, "segments", t0)
    if gated is not None and gated.any():
        emb = np.zeros((len(texts), DIM), np.float32)
        keep = np.flatnonzero(~gated)
        if len(keep):
            emb[keep] = encoder.encode([texts[i] for i in keep], show_progress=show_progress)
    else:
        emb = encoder.encode(texts, show_progress=show_progress) if texts else np.zeros((0, DIM), np.float32)
    _lap(timings, "encoding", t0)
    X = np.hstack([emb, R]).astype(np.float32) if texts else np.zeros((0, DIM + R.shape[1]), np.float32)
    slices, pos = [], 0
    for segs in segs_all:
        slices.append(slice(pos, pos + len(segs)))
        pos += len(segs)
    return Featurized(X, slices, segs_all, infos_all, gated)


class Analyzer:
    """Scores listings: claims, eco-attributes, findings, risk level and score, eco_score.

    ``timings``: None (default, off), or a dict that scoring adds seconds per stage to
    (segments, encoding, heads, evidence, findings; benchmarks/throughput.py sets it)."""

    timings: dict[str, float] | None = None

    def __init__(self, heads: Heads, encoder: Encoder | None = None, registry: Registry | None = None,
                 settings: Settings | None = None, evidence: EvidenceModel | None = None,
                 policy: RiskPolicy | None = None):
        self.settings = settings or get_settings()
        self.heads = heads
        self.policy = policy or RiskPolicy()
        self.evidence = evidence
        self.encoder = encoder or Encoder(batch_size=self.settings.encode_batch_size)
        self.registry = registry or default_registry()

    @classmethod
    def load(cls, model_dir: Path | None = None, settings: Settings | None = None) -> Analyzer:
        settings = settings or get_settings()
        directory = (model_dir or settings.model_dir) / "heads"
        if not (directory / "meta.json").exists():
            raise ModelNotFoundError(
                f"no trained model in {directory}; run `claims train` first")
        evidence = EvidenceModel.load(directory.parent / "evidence")
        encoder = None
        if (directory.parent / "encoder-ft" / "meta.json").exists():  # written by `claims train --fine-tune`
            from claims.scoring.finetuned import fine_tuned_encoder

            encoder = fine_tuned_encoder(directory.parent / "encoder-ft")
        return cls(Heads.load(directory), encoder, settings=settings, evidence=evidence,
                   policy=RiskPolicy.load(directory))

    @property
    def version(self) -> str:
        return str(self.heads.meta.get("version", "unknown"))

    def predict(self, listings: Sequence[dict[str, Any]], feats: Featurized | None = None,
                with_evidence: bool = True) -> list[ListingPrediction]:
        """The compute half: head probabilities per segment, review signals and (``with_evidence``)
        the contradiction findings. ``feats`` may be passed in when already computed."""
        if feats is None:
            feats = featurize(listings, self.encoder, self.registry, self.settings.max_segment_chars,
                              timings=self.timings, gate=self.settings.encode_gate)
        t0 = time.perf_counter()
        probs_all = self.heads.predict_proba(feats.X) if feats.X.shape[0] else {}
        if feats.gated is not None and probs_all:
            probs_all["claim"][feats.gated] = 0.0  # not read by the encoder: not a claim
        t0 = _lap(self.timings, "heads", t0)
        out = []
        todo: list[int] = []  # the listings whose evidence is read (all of them together, below)
        for n, (listing, sl, segs, infos) in enumerate(zip(listings, feats.slices, feats.segments, feats.infos,
                                                           strict=True)):
            probs = {k: v[sl] for k, v in probs_all.items()} if probs_all else \
                {n: np.zeros(0, np.float32) for n in self.heads.names}
            masked = {f: mask_html(listing[f]) for f in ("title", "description") if isinstance(listing.get(f), str)}
            pred = ListingPrediction(segs, infos, probs, masked, review_signals=listing_signals(listing.get("reviews")))
            if with_evidence and self.evidence is not None and segs:
                todo.append(n)
            out.append(pred)
        t0 = _lap(self.timings, "findings", t0)
        if todo:
            found = self._contradictions([listings[n] for n in todo], [out[n] for n in todo],
                                         [feats.X[feats.slices[n], :DIM] for n in todo])
            for n, findings in zip(todo, found, strict=True):
                out[n].extra_findings = findings
            _lap(self.timings, "evidence", t0)
        return out

    def contradiction_inputs(self, listing: dict[str, Any], pred: ListingPrediction, emb: np.ndarray
                             ) -> tuple[list[Candidate], dict[int, np.ndarray], list[tuple[int, Candidate]]]:
        """Compute half of the contradiction check: the candidates, p(contradict) for each claim row,
        and the listing's own-fact conflicts (claim row, fact segment)."""
        return self.contradiction_inputs_many([listing], [pred], [emb])[0]

    def contradiction_inputs_many(self, listings: Sequence[dict[str, Any]], preds: Sequence[ListingPrediction],
                                  embs: Sequence[np.ndarray]
                                  ) -> list[tuple[list[Candidate], dict[int, np.ndarray], list[tuple[int, Candidate]]]]:
        """:meth:`contradiction_inputs` of several listings, their review pairs read in one batch."""
        assert self.evidence is not None
        t = self.heads.threshold("claim")
        # a negated line ("not remanufactured and not refilled") claims nothing for evidence to contradict
        rows = [[i for i in range(len(pred.segments))
                 if pred.probs["claim"][i] >= t and not negation.negated_only(pred.segments[i].text)] for pred in preds]
        read = contradiction_probs_many(self.evidence, self.encoder,
                                        [(listing, pred.segments, r, emb)
                                         for listing, pred, r, emb in zip(listings, preds, rows, embs, strict=True)])
        out = []
        for listing, pred, r, (cands, probs) in zip(listings, preds, rows, read, strict=True):
            facts = []
            # the listing's own facts check the claims the rules find too ("5 Star Energy Saving"); every fact
            # conflict needs an attribute keyword or a scheme in the claim, so the rules run only on those
            # ... and an appliance's star count in its title, its BEE label ("25 L 5 Star Storage Water Heater")
            ruled = [i for i, seg in enumerate(pred.segments)
                     if i not in r and (((pred.infos[i].certs or lexicon.attribute_hits(seg.text) or
                                          claim_cue(seg.text))
                                         and segment_rules(seg.text, pred.infos[i]).is_claim) or
                                        (seg.field == "title" and energy.title_star_label(seg.text) and
                                         energy.mains_appliance(seg.text)))]
            for i, j, _why in fact_conflicts(pred.segments, sorted(r + ruled), listing):
                s = pred.segments[j]
                facts.append((i, Candidate("field", s.field, None, s.start, s.end, s.text, s.raw)))
            out.append((cands, probs, facts))
        return out

    def _contradictions(self, listings: Sequence[dict[str, Any]], preds: Sequence[ListingPrediction],
                        embs: Sequence[np.ndarray]) -> list[list[Finding]]:
        assert self.evidence is not None
        return [self._findings(listing, pred, *inputs) for listing, pred, inputs
                in zip(listings, preds, self.contradiction_inputs_many(listings, preds, embs), strict=True)]

    def _findings(self, listing: dict[str, Any], pred: ListingPrediction, cands: list[Candidate],
                  probs: dict[int, np.ndarray], facts: list[tuple[int, Candidate]]) -> list[Finding]:
        assert self.evidence is not None
        hits = [(i, cand, p) for i, cand, p in pick_contradictions(cands, probs, self.evidence.thresholds)
                if cand.source != "field" or (lexicon.shares_attribute(pred.segments[i].text, cand.text) and
                                              not claim_forms.virgin_of_other_material(pred.segments[i].text,
                                                                                       cand.text))]
        seen = {i for i, _, _ in hits}
        for i, cand in facts:
            if i not in seen and not claim_forms.virgin_of_other_material(pred.segments[i].text, cand.text):
                hits.append((i, cand, 0.9))
                seen.add(i)
        found = []
        for i, cand, p in hits:
            seg = pred.segments[i]
            where = f"review {cand.index + 1}" if cand.index is not None else f"the {cand.field}"
            f = make_finding("CONTRADICTED", seg.field, seg.start, seg.end, listing[seg.field],
                             f"Contradicted by {where}: \u201c{' '.join(cand.raw.split())[:160]}\u201d")
            # the evidence: {"review": index, "text"} (offsets into reviews[index]) or {"field", "text"}
            evidence: Evidence = {"field": cand.field, "start": cand.start, "end": cand.end, "text": cand.raw}
            if cand.index is not None:
                evidence["review"] = cand.index
            f["evidence"] = evidence
            f["confidence"] = round(p, 4)
            found.append(f)
        return found

    def score(self, listings: Sequence[dict[str, Any]]) -> list[ListingResult]:
        """Results for ``listings`` (dicts with ``id``, ``title`` and ``description``), one per listing,
        in order; listings in a language the models do not read get ``status: unsupported_language``
        and no level (:func:`claims.scoring.findings.unread_result`).

        Raises:
            ValueError: a listing that is not a dict or has no ``id`` (named by its position).
        """
        for n, listing in enumerate(listings):
            if not isinstance(listing, dict):
                raise ValueError(f"listing {n} is a {type(listing).__name__}, not a dict")
            if listing.get("id") is None:
                raise ValueError(f"listing {n} has no 'id' field (every listing needs an id)")
        t0 = time.perf_counter()
        languages = [listing_language(listing) for listing in listings]
        readable = [listing for listing, lang in zip(listings, languages, strict=True) if supported(lang)]
        _lap(self.timings, "segments", t0)
        preds = iter(self.predict(readable))
        t0 = time.perf_counter()
        results = [build_result(listing, next(preds), self.heads, self.policy, self.registry) if supported(lang)
                   else unread_result(listing, lang, self.version)
                   for listing, lang in zip(listings, languages, strict=True)]
        _lap(self.timings, "findings", t0)
        return results
