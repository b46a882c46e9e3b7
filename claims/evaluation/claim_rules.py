"""Rule features of a whole corporate environmental claim (an ad, slogan, press line, report
excerpt), from the patterns of ``../shared/spec/rules.md``: what tends to make a claim
greenwashing (generic terms, offsets, pledges, absolute or whole-company scope, fine print, green
framing of a high-impact product: TerraChoice's "lesser of two evils") and what tends to make it
honest (figures, base year, scope, method, independent verification or a recognised ecolabel).

Used by the greenwashing benchmarks (``claims eval emerald|corporate|greenclaims``) next to the
embedding; every feature is a count or a 0/1 flag, no weights are hand-set here.
"""

from __future__ import annotations

import re

import numpy as np

_I = re.IGNORECASE

_GREEN = (r"\b(eco|eco-?friendly|green(er|est)?|sustainabl[ey]|sustainability|environmentally[- ]friendly|"
          r"planet[- ](friendly|positive)|good for the (planet|environment)|natural|clean(er|est)?|"
          r"responsibl[ey]|conscious|climate[- ]friendly|earth[- ]friendly|kind to the planet|nature[- ]positive)\b")
PATTERNS: dict[str, str] = {
    # greenwashing-leaning
    "generic": _GREEN,
    "offset_neutral": (r"\b(carbon[- ]neutral|climate[- ]neutral|net[- ]zero|co2[- ]?(neutral|compensated)|"
                       r"offset(s|ting)?|carbon[- ](negative|positive)|climate[- ]positive|compensat\w+|"
                       r"carbon credits?|zero[- ]emissions?|emissions?[- ]free)\b"),
    "future": (r"\b(by (20[2-9]\d)|will (be|become|reach|achieve|cut|eliminate)|aim(s|ing)? to|ambition|pledge[sd]?|"
               r"commit(s|ted|ment)? to|on (track|the way|a journey)|journey|goal of|target(s|ing)? )"),
    "absolute": (r"(\b100 ?%|\b(zero|completely|entirely|totally|fully|100 percent|guilt[- ]free|"
                 r"harmless|no impact|without harming)\b)"),
    "superlative": (r"\b(greenest|cleanest|most sustainable|world'?s (first|most|leading)|leading|"
                    r"best for the planet)\b"),
    "whole_scope": (r"\b(all (of )?our|every(thing| one)?|entire|whole|across (the|our) (brand|range|business)|"
                    r"our (brand|company|business|range|products)|(the|our) brand is)\b"),
    "comparative": r"\b(less|lower|fewer|reduced|greener|cleaner|better|more efficient|smaller footprint)\b",
    "fine_print": (r"(\*|†|\b(terms apply|see (our )?(website|site|details|page)|small print|fine print|footnote|"
                   r"applies only|only applies|excludes?|excluding|subject to|in selected|qualifying)\b)"),
    "own_label": (r"\b(our own|in-house|proprietary|eco[- ]?score|green (seal|badge|label|tick)|"
                  r"(eco|green|planet|earth)[- ]?\w* (seal|badge|label|mark|promise|pledge)|approved by us)\b"),
    "nature_imagery": r"\b(forest|trees?|leaf|leaves|meadow|wildlife|ocean|mountains?|wind turbines?|green fields?)\b",
    "high_impact": (r"\b(fl(y|ying|ights?)|airlines?|aviation|jet|cruises?|oil|fossil|(natural |fossil )?gas|petrol|"
                    r"diesel|coal|suvs?|cars?|vehicles?|trucks?|plastic|bottled?|single-use|fast fashion|beef|meat|"
                    r"dairy|cement|steel|mining|pesticides?|tobacco|cigarettes?|bitcoin|crypto)\b"),
    "recyclable": r"\b(recyclable|recycl(ed|ing)|compostable|biodegradable|degradable|reusable|refillable)\b",
    "irrelevant_free": r"\b(cfc[- ]free|free of cfcs?|bpa[- ]free|chemical[- ]free|toxin[- ]free|non[- ]toxic)\b",
    # honest-leaning
    "number_unit": (r"(\d[\d,.]*\s?(%|percent|per cent|t\b|tonnes?|tons?|tco2e?|kt|mt\b|kg|kwh|mwh|gwh|mw|gw|"
                    r"litres?|liters?|km|miles|million|billion))"),
    "base_year": (r"\b((against|vs\.?|versus|compared (with|to)|relative to|from|since) (a )?(20[0-2]\d|19\d\d)"
                  r"( baseline| levels?| base year)?|base(line)? year|baseline)\b"),
    "scope": r"\b(scope [123]|scopes [123]|value chain|lifecycle|life[- ]cycle|cradle[- ]to|well[- ]to)\b",
    "verified": (r"\b(verified|assured|audited|third[- ]party|independent(ly)?|sbti|science[- ]based targets?|"
                 r"iso ?1400\d|iso ?14064|ghg protocol|certified by|accredited)\b"),
    "ecolabel": (r"\b(eu ecolabel|nordic swan|blue angel|fairtrade|fsc|pefc|cradle to cradle certified|energy star|"
                 r"gots|b corp|rainforest alliance|msc|asc)\b"),
    "limits": (r"\b(only|not yet|still|remains?|does not|doesn'?t|cannot|can'?t|however|but|although|while we|"
               r"we know|so far|of (our|the) total|share of)\b"),
    "consume_less": r"\b(repair|second[- ]hand|buy less|resale|rent(al)?|take[- ]back|refurbish\w*)\b",
    # form
    "reported": (r"\b(the (tv |print |radio |online |poster |billboard |social media )?(ad|advert|advertisement|"
                 r"campaign|poster|page|website|post)s?|showed|featured|stated|claimed|depicted)\b"),
}
_COMPILED = {k: re.compile(v, _I) for k, v in PATTERNS.items()}
FEATURES = (*PATTERNS, "lesser_evil", "generic_unqualified", "offset_unverified", "future_no_plan", "log_words")
N_FEATURES = len(FEATURES)


def counts(text: str) -> dict[str, int]:
    return {k: len(p.findall(text)) for k, p in _COMPILED.items()}


def features(text: str) -> np.ndarray:
    """Feature vector (``FEATURES`` order): pattern counts (capped at 3), the cross features
    (green framing of a high-impact product; a generic term, an offset or a pledge with no figure,
    scope, base year, verification or ecolabel on the same text) and log(1 + words)."""
    c = counts(text)
    specific = c["number_unit"] + c["base_year"] + c["scope"] + c["verified"] + c["ecolabel"] > 0
    green = c["generic"] + c["offset_neutral"] + c["superlative"] > 0
    cross = [float(green and c["high_impact"] > 0), float(c["generic"] > 0 and not specific),
             float(c["offset_neutral"] > 0 and not (c["verified"] or c["scope"])),
             float(c["future"] > 0 and not (c["verified"] or c["base_year"] or c["number_unit"]))]
    return np.array([min(c[k], 3) for k in PATTERNS] + cross + [float(np.log1p(len(text.split())))], dtype=np.float32)


def matrix(texts: list[str]) -> np.ndarray:
    return np.vstack([features(t) for t in texts]) if texts else np.zeros((0, N_FEATURES), np.float32)
