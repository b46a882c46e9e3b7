"""Comparative figures ("uses 30% less", "2x longer") and whether a baseline is named."""

from __future__ import annotations

import re

from claims.text.lexicon import memo, occurs

# A comparison needs a figure to be UNSUPPORTED_COMPARISON ("50% less plastic" than what?); an
# unquantified "longer" or "less" is not one (labels.md section 3)
_COMPARATIVE_FIGURE = re.compile(r"\bsav(es?|ing) (up ?to |approx\.? |about |around |nearly |over )?\d[\d,]*(\.\d+)?\s?"
                                 r"(litres?|liters?|l|units?|kwh)\b|"
                                 r"\d+(\.\d+)?[\s-]?((%|percent)(?!\s*(off|discount|cashback|extra)\b)|x\b(?!\s*\d)|"
                                 r"times\b(?=\s+(more|less|longer|faster|better|lower|higher|stronger|the))|fold)|"
                                 # "twice as long", "half the energy"; not "Double Ball Bearing", "twice a day"
                                 r"\b(half|twice|double|triple|thrice) (the|as|that)\b|"
                                 r"\b\d+(\.\d+)?\s?\w*\s+(less|more|lower|fewer)\b", re.IGNORECASE)


@memo
def comparative_figure(text: str) -> bool:
    return bool(_COMPARATIVE_FIGURE.search(text))


# A saving said as a share ("Saves upto 85% Electricity", "40% lower power bills"): a comparison even beside
# an official label, which backs the rating and not the share (than what?)
_SAVING_SHARE = re.compile(r"\b(sav(e|es|ing|ings)|cuts?|reduces?|lowers?)\s+(up ?to |over |about |nearly )?"
                           r"\d+(\.\d+)?\s?%|\d+(\.\d+)?\s?%\s+(less|lower|saving|savings|cheaper|reduction)\b",
                           re.IGNORECASE)


saving_share = occurs(_SAVING_SHARE)


# A comparison with its baseline named: "23.5% less water than our 2021 model", "compared with an
# ordinary 75 W fan" (a year, a model or a figure after "than"); "than other cables" names none
_BASELINE = re.compile(r"\b(than|compared (with|to)|vs\.?|versus|relative to|against)\s+([\w-]+\s+){0,4}?"
                       r"(\(?\d|(?-i:[A-Z]{1,5})-?\d|model\b|version\b|predecessor|previous\b|generation\b)|"
                       # a controlled comparison: "compared with the same tank without PUF insulation"
                       r"\b(than|compared (with|to)|vs\.?|versus|relative to|against)\s+(the|an?) (same|identical)\b"
                       r"[^.;|]{0,40}?\b(without|with no|minus)\b|"
                       # a named conventional process or product: "35% less water vs. conventional piece dyeing",
                       # "30% less water vs. sprinkler irrigation", "than halogen lamps"
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(the |an? )?(conventional|traditional|virgin|"
                       r"incandescent|halogen|sprinkler|flood|hose|bucket|hand[- ]watering|"
                       # "compared with a manual on/off thermostat", "than a non-inverter AC"
                       r"manual|non-inverter|fixed[- ]speed|mechanical)\b|"
                       # the product's own standard setting: "cuts heating power use by 35% compared with standard mode"
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(the |its )?(standard|normal|regular) "
                       r"(mode|setting|programme|program|cycle)\b|"
                       # ... its own top setting named ("compared with the same steamer's maximum steam setting")
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(the same [\w-]+(['\u2019]s)?|its( own)?)\s+"
                       r"(max(imum)?|highest|top|full|turbo|boost)( [\w-]+)? (mode|setting|level|speed|power)\b|"
                       # ... or run at its top setting ("compared with running on constant High")
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(running|using|operating)\s+(it\s+)?(on|at|in)\s+"
                       r"(constant\s+|continuous\s+|full\s+)?(high|max(imum)?|full (power|speed)|turbo)\b|"
                       # what the text has just named ("gives the same lumens as a 36W tube ... so it uses about 55%
                       # less electricity than that tube")
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(that|those)\s+[\w-]+|"
                       # an official class as the baseline: "30% less energy than class E"
                       r"\b(than|compared (with|to)|vs\.?|versus)\s+(the |an? )?(energy )?(efficiency )?class [A-G]\b",
                       re.IGNORECASE)


@memo
def comparison_baseline(text: str) -> bool:
    return bool(_BASELINE.search(text))


_SHARE_FIGURE = re.compile(r"\b(\d+(\.\d+)?)\s?(%|percent)", re.IGNORECASE)


@memo
def share_figures(text: str) -> frozenset[str]:
    """The percentages ``text`` gives ("70% less plastic" -> {"70"}): a comparison said twice in a listing is the same
    comparison when its figure is."""
    return frozenset(m.group(1) for m in _SHARE_FIGURE.finditer(text))

