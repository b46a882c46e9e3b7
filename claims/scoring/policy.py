"""The risk policy: how findings become a risk score, and credible claims an eco_score.

The level itself follows labels.md (any high finding -> high, else any medium -> medium, else low
when there are claims); the policy places the score inside the level's band and weighs credible
claims. It is saved with the model (``MODEL_DIR/heads/policy.json``) so a model and the numbers
that interpret it travel together; a model without one uses the defaults below.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

POLICY_FILE = "policy.json"


@dataclass(frozen=True)
class RiskPolicy:
    # risk score bands: base + span * (the strongest finding's probability, or vagueness for "low")
    high_base: float = 0.7
    high_span: float = 0.3
    medium_base: float = 0.4
    medium_span: float = 0.25
    low_base: float = 0.15
    low_span: float = 0.2
    none_span: float = 0.1  # a "none" listing scores up to this, by its most claim-like segment
    # eco_score: credible claims combine as 1 - prod(1 - claim_weight * credibility)
    eco_claim_weight: float = 0.6
    default_credibility: float = 0.55  # a specific claim with no recognised certification
    licence_bonus: float = 0.1  # a certification with its licence number is more credible
    eco_level_factor: dict[str, float] = field(default_factory=lambda: {"high": 0.25, "medium": 0.6})
    contradiction_confidence: float = 0.9  # a contradiction counts like a high finding this probable
    rule_confidence: float = 0.75  # a finding the rules of labels.md section 4 add counts this probable
    # a segment with no eco keyword, certification scheme or badge in it is a claim only at this claim
    # probability or above (real copy: the claim head alone over-reads spec and service bullets);
    # chosen on the dev splits (written and real), 0.0 = no such gate
    claim_without_eco_words: float = 0.0

    def risk_score(self, level: str, max_high: float, max_medium: float, specific_ps: list[float],
                   max_claim_p: float) -> float:
        if level == "high":
            score = self.high_base + self.high_span * max_high
        elif level == "medium":
            score = self.medium_base + self.medium_span * max_medium
        elif level == "low":
            score = self.low_base + self.low_span * (1.0 - float(np.mean(specific_ps)))
        else:
            score = self.none_span * max_claim_p
        return min(1.0, max(0.0, score))

    def credibility(self, scheme_credibility: list[float], has_licence: bool) -> float:
        cred = max(scheme_credibility, default=self.default_credibility)
        if scheme_credibility and has_licence:
            cred = min(1.0, cred + self.licence_bonus)
        return cred

    def eco_score(self, credible: list[float], level: str) -> float:
        eco = 1.0 - float(np.prod([1.0 - self.eco_claim_weight * w for w in credible])) if credible else 0.0
        eco *= self.eco_level_factor.get(level, 1.0)
        return min(1.0, max(0.0, eco))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / POLICY_FILE).write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n",
                                             encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> RiskPolicy:
        path = directory / POLICY_FILE
        if not path.exists():
            return cls()
        return cls(**json.loads(path.read_text(encoding="utf-8")))
