"""Apply: turn per-segment model outputs and rule hits into claims, findings, a risk level,
a risk score and an eco_score. No model runs here; everything is a function of its inputs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from claims.scoring.heads import SEGMENT_CODES, Heads
from claims.scoring.policy import RiskPolicy
from claims.scoring.result import ClaimSpan, Finding, ListingResult
from claims.taxonomy import ATTRIBUTES, CODES, SEVERITY, level_from_codes
from claims.text import (
    claim_forms,
    comparison,
    durability,
    energy,
    generic,
    legal,
    lexicon,
    negation,
    prep,
    product_names,
    scope,
    senses,
)
from claims.text.certifications import Registry, default_registry
from claims.text.features import SegmentInfo
from claims.text.prep import Segment

# Where inside a segment each code's finding points: a rule signal or attribute keyword.
_CODE_ANCHOR: dict[str, tuple[str, str]] = {
    "GENERIC_CLAIM": ("attr", "generic_environmental"),
    "OFFSET_NEUTRALITY": ("signal", "offset"),
    "FUTURE_PERFORMANCE": ("signal", "future"),
    "LEGAL_REQUIREMENT_AS_FEATURE": ("signal", "legal"),
    "VAGUE_FREE_OF": ("signal", "vague_free"),
    "UNQUALIFIED_DEGRADABILITY": ("attr", "biodegradable_compostable"),
    "UNQUALIFIED_RECYCLABILITY": ("attr", "recyclable"),
    "DURABILITY_UNSUBSTANTIATED": ("signal", "durability_words"),
}


@dataclass
class ListingPrediction:
    """Compute output for one listing: its segments, what rules saw, head probabilities."""

    segments: list[Segment]
    infos: list[SegmentInfo]
    probs: dict[str, np.ndarray]
    masked: dict[str, str]  # field -> masked text (same offsets as the original)
    extra_findings: list[Finding] = field(default_factory=list)  # e.g. CONTRADICTED
    review_signals: dict[str, Any] | None = None  # return-risk signals of the listing's reviews


def _span_in(masked: str, seg: Segment, kind: str, name: str) -> tuple[int, int]:
    text = masked[seg.start: seg.end]
    m = lexicon.first_match(text, name) if kind == "attr" else lexicon.signal_match(text, name)
    if m is None:
        return seg.start, seg.end
    a, b = m
    # widen to whole words, trim spaces
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    a, b = a + seg.start, b + seg.start
    while a < b and masked[a].isspace():
        a += 1
    while b > a and masked[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else (seg.start, seg.end)


def make_finding(code: str, field_name: str, start: int, end: int, original: str, detail: str = "") -> Finding:
    c = CODES[code]
    quoted = original[start:end]
    short = re.sub(r"\s+", " ", quoted).strip()
    short = short if len(short) <= 80 else short[:77] + "..."
    message = f"\u201c{short}\u201d: {c.message}" + (f" {detail}" if detail else "")
    return {"code": code, "severity": c.severity, "field": field_name, "start": start, "end": end,
            "text": quoted, "references": list(c.references), "message": message, "suggestion": c.suggestion}


@dataclass
class SegmentRules:
    """What the rules of labels.md sections 3-4 decide for one segment, whatever the heads say."""

    is_claim: bool = False
    attributes: list[str] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)
    # a generic term with nothing behind it in its own segment, specified in the next one after a dash
    # ("Good for the earth – made of 90% recycled steel"): no GENERIC_CLAIM, whatever the heads say
    specified_next: bool = False
    recycled_unquantified: bool = False


def _continued(segments: list[Segment], i: int, masked: dict[str, str]) -> str:
    """The text of the next segment when it continues this one after a dash or colon ("Eco sneakers –
    the laces are made from recycled PET" is segmented in two), else ""."""
    if i + 1 >= len(segments):
        return ""
    a, b = segments[i], segments[i + 1]
    if a.field != b.field or not prep.CONTINUING_GAP.fullmatch(masked[a.field][a.end: b.start]):
        return ""
    return b.text


def _continues(pred: ListingPrediction, i: int) -> str:
    """The previous segment, when segment ``i`` continues it after a dash ("" otherwise)."""
    return pred.segments[i - 1].text if i and _continued(pred.segments, i - 1, pred.masked) else ""


# a short header in capitals, alone in its segment
_CAPS_HEADER = re.compile(r"[A-Z0-9][A-Z0-9 &'/+-]{0,40}")
_HEADER_ECO = re.compile(r"natural|sav(e|es|ing)\b|planet|earth|green|eco|waste|plastic|water|energy|power|carbon|"
                         r"climate|nature|environment|kind|clean", re.IGNORECASE)


_ECO_ALONE = re.compile(r"\W*eco\W*", re.IGNORECASE)
_MODE_WORDS = re.compile(r"\b(modes?|levels?|settings?|programs?|programmes?|assist|speeds?)\W*$", re.IGNORECASE)
_MODE_NAME = re.compile(r"\W*(drive|sport|normal|comfort|turbo|boost|standard|power|city|auto|quiet|max|high|low)\b",
                        re.IGNORECASE)


_MODES_LINE = re.compile(r"\b(modes?|levels?|settings?|programs?|programmes?)\s*[:=]", re.IGNORECASE)


def _answered_no(text: str, continued: str) -> bool:
    """A spec row split at its dash ("...; Recyclable - No; Country of Origin - China"): the keyword at the end of
    this segment is answered no at the start of the next."""
    return bool(continued) and len(continued) <= 40 and _NO_ANSWER.match(continued) is not None and \
        negation.negated_only(f"{text}: {continued}")


# the next segment's answer ("No", "Not applicable"), not a line that goes on ("biodegradable – just do not put them
# in your compost pit")
_NO_ANSWER = re.compile(r"\W*(no|not|none|nahi|nahin|n/?a|false)\b(?!\s+(put|use|flush|throw|place|keep|leave|mix)\b)|"
                        r"\W*[\u274c\u2717\u2718]", re.IGNORECASE)


def _eco_mode_item(segments: list[Segment], i: int, masked: dict[str, str] | None = None) -> bool:
    """"ECO" alone in a list of modes the segmenter split at its slashes ("3 Riding Modes – ECO / Drive / Sport",
    "Picture Modes: Standard / Movie / ECO"): a mode's name, not a claim."""
    if not _ECO_ALONE.fullmatch(segments[i].text):
        return False
    if masked is not None:
        field = masked[segments[i].field]
        line_start = max(field.rfind("\n", 0, segments[i].start), field.rfind("|", 0, segments[i].start)) + 1
        if _MODES_LINE.search(field, line_start, segments[i].start):
            return True
    same = [s for s in segments if s.field == segments[i].field]
    k = same.index(segments[i])
    return bool((k and _MODE_WORDS.search(same[k - 1].text)) or
                (k + 1 < len(same) and (_MODE_NAME.match(same[k + 1].text) or
                                        # "ECO / UPS switch: ECO mode accepts 100-280 V"
                                        _SWITCH_NEXT.match(same[k + 1].text))))


_SWITCH_NEXT = re.compile(r"\W*[\w-]+ (switch|mode|button|setting)\b", re.IGNORECASE)


def _bare_header(text: str, info: SegmentInfo) -> bool:
    """A section header of A+ copy on its own ("SAFETY BUILT IN", "WHO IT'S FOR"), with no eco word, scheme or
    badge; a header the next segment continues after a dash ("DESIGN LIFE - 5 years ...") is read with it."""
    if info.certs or info.badges or lexicon.attribute_hits(text):
        return False
    return _CAPS_HEADER.fullmatch(text) is not None and not _HEADER_ECO.search(text)


def _not_a_claim(text: str, info: SegmentInfo, p_claim: float, policy: RiskPolicy) -> bool:
    """Segments the heads take for claims that labels.md section 4 says are not: a name or colour
    ("Brand: Green Leaf"), plain service terms, a gadget's battery runtime, an ordinary build adjective
    ("Durable A+ Grade panel"); and, below
    ``policy.claim_without_eco_words``, a segment with no eco word, scheme or badge at all."""
    hits = lexicon.attribute_hits(text)
    if (senses.green_only_as_name(text) or senses.company_line(text)) and not info.certs and \
            set(hits) <= {"generic_environmental"}:
        return True
    if durability.service_terms_only(text) or durability.battery_runtime_only(text) or senses.other_sense_only(text) \
            or durability.warranty_only(text) or durability.cannot_be_replaced(text):
        return True
    # with no scheme or badge: an ordinary build adjective ("Durable A+ Grade panel"), convenience or
    # people's safety ("making life easier"), a diet comparison ("90% less oil"), safety marks ("CE (EN71)")
    if not (info.certs or info.badges) and (
            durability.build_adjective_only(text) or senses.convenience_only(text) or senses.diet_only(text)
            or senses.safety_marks_only(text) or senses.virgin_material_only(text) or senses.hazard_warning(text)
            or (energy.power_source_row(text) and not hits) or energy.consumption_row(text)):
        return True
    if not (info.certs or info.badges or hits) and generic.eco_cue(text) and \
            not generic.eco_cue(senses.without_other_senses(text)):
        return True  # its only eco-looking word is another sense ("lets kids burn off extra energy")
    if not (info.certs or info.badges or hits) and "%" not in text and generic.environment_word(text) and \
            not generic.environment_word(senses.without_other_senses(text)):
        return True  # ... its only environment word ("Nature: free-flowing powder", "ends green water")
    if not (info.certs or info.badges or hits) and (claim_forms.dated_pledge(text) or claim_forms.future_pledge(text)) \
            and not generic.environment_word(text) and not claim_forms.tree_pledge(text):
        return True  # a promise of nothing environmental ("all our packaging will be tamper-proof by 2028", "Our
        # promise: fresh stock every week")
    return p_claim < policy.claim_without_eco_words and not (info.certs or info.badges or hits)


def needs_model(text: str, info: SegmentInfo, has_attribute_keyword: bool) -> bool:
    """Whether a segment could be an environmental claim, so the encoder must read it: an attribute
    keyword (``has_attribute_keyword``, from its rule features), a scheme or badge, a wider eco cue
    (:func:`claims.text.generic.eco_cue`) or a segment rule. The others (spec, size, service and
    shipping lines: most of real seller copy) are scored as non-claims without the encoder."""
    return bool(has_attribute_keyword or info.certs or info.badges or generic.eco_cue(text)
                or segment_rules(text, info).is_claim)


def saving_claim(out: SegmentRules, text: str, info: SegmentInfo, attribute: str = "energy_efficiency") -> None:
    """Energy- (or water-) saving wording is a claim of that attribute; with no official label or scheme here,
    a figure with no baseline is UNSUPPORTED_COMPARISON and no figure at all UNQUANTIFIED_CHARACTERISTIC
    (labels.md section 4)."""
    out.is_claim = True
    if attribute not in out.attributes:
        out.attributes.append(attribute)
    if not (info.certs or energy.energy_label(text)):
        if comparison.comparative_figure(text):
            if not comparison.comparison_baseline(text):
                out.codes.add("UNSUPPORTED_COMPARISON")
        elif not (energy.energy_figure(text) if attribute == "energy_efficiency" else energy.water_figure(text)):
            out.codes.add("UNQUANTIFIED_CHARACTERISTIC")  # "long life of 25000 hours" is no energy figure
    elif comparison.saving_share(text) and not comparison.comparison_baseline(text):
        # "BEE 3 Star Rated, Saves upto 85% Electricity": the label backs the rating, not the 85% (than what?)
        out.codes.add("UNSUPPORTED_COMPARISON")


_CLEAN_UP = re.compile(r"\b(plastics?|waste|litter|trash|garbage)\b", re.IGNORECASE)


# a generic term whose reason, right after it, is an energy rating or figure ("Eco-friendly AC with BEE 5 Star
# rating", "Eco-friendly TV: 5 Star BEE rated"), not a title's chunks side by side ("..., BEE 5 Star, Eco Friendly")
_ENERGY_BACKED = re.compile(r"\s*([\w-]+\s*){0,2}?(:|\u2013|\u2014|\s-|with|because|as|since)\s+[^|;,]{0,40}?"
                            r"(\bBEE\b|\bstars?\b|energy star|ISEER|\d+(\.\d+)?\s?(w|watts?|kwh|%))", re.IGNORECASE)


# the generic term said of the refrigerant it names ("ECO-FRIENDLY R600a REFRIGERANT : ... global warming potential
# 3"), not of the appliance ("Eco-friendly refrigerator: R600a refrigerant ...": one aspect for the whole)
_ON_REFRIGERANT = re.compile(r"\s*(R[- ]?\d{2,4}a?\s+)?(refrigerant|gas|coolant)\b", re.IGNORECASE)


def segment_rules(text: str, info: SegmentInfo, continued: str = "") -> SegmentRules:
    """Claims no model may miss: an unmistakable generic term ("eco-friendly", "Eco sneakers") is a
    claim and, with nothing specific in the same segment, a GENERIC_CLAIM; a generic term justified by
    one part or aspect is WHOLE_PRODUCT_OVERREACH; RoHS/REACH/CFC-free presented as a feature is
    LEGAL_REQUIREMENT_AS_FEATURE; "long-lasting", "lifespan" or a tested life is a durability claim
    (DURABILITY_UNSUBSTANTIATED without a figure or warranty years); a recognised scheme named (not
    negated) is a claim of its attribute. ``continued``: the next segment's text when it continues
    this one after a dash. The listing-wide exceptions (a type I ecolabel, a durability figure
    elsewhere) are applied by the caller."""
    out = SegmentRules()
    joined = f"{text} \u2013 {continued}" if continued else text  # this segment and the one it runs into
    term = generic.strong_generic(text)
    if term and not senses.green_only_as_name(text) and not senses.company_line(text):
        out.is_claim = True
        out.attributes.append("generic_environmental")
        whole = joined
        # the generic term specifies nothing itself ("Climate-Friendly" is no carbon claim)
        whole = whole[: term[0]] + " " * (term[1] - term[0]) + whole[term[1]:]
        # what specifies a generic term: a specific attribute, not unsubstantiated durability wording or a
        # vague free-of ("Eco-friendly and durable, long lasting", "eco friendly, non-toxic": still generic)
        vague = {"durability_repair"} if not durability.durability_figure(whole, warranty=True) else set()
        vague.add("secondhand_refurbished")  # "Go green with a refurbished laptop": reuse named, no measure of it
        if generic.vague_free_of(whole):
            vague.add("non_toxic")
        if not (energy.energy_figure(whole) or energy.energy_label(whole) or info.certs):
            vague.add("energy_efficiency")  # "Eco-Friendly and Energy Saving": no figure, no label, still generic
        # ... nor another sense of a keyword ("Eco-Friendly Compost Tumbler": a compost container)
        plain = senses.without_other_senses(generic.without_non_specifiers(whole))
        specified = [a for a in lexicon.attribute_hits(plain) if a != "generic_environmental" and a not in vague] or \
            info.certs
        # the term's only specification is one energy rating or figure, under energy-only schemes if any
        energy_only = set(specified) == {"energy_efficiency"} and \
            all(c.scheme.attributes == ("energy_efficiency",) for c in info.certs)
        if not specified and generic.warming_potential(whole) and _ON_REFRIGERANT.match(text, term[1]):
            out.attributes.append("carbon_climate")  # "ECO-FRIENDLY R600a REFRIGERANT : ... global warming potential 3"
        elif not specified:
            out.codes.add("GENERIC_CLAIM")
        elif energy_only and _ENERGY_BACKED.match(text, term[1]):
            # "Eco-friendly AC with BEE 5 Star rating": the energy rating is one aspect, stretched to the whole
            # product (labels.md: "eco-friendly because it saves paper")
            out.codes.add("WHOLE_PRODUCT_OVERREACH")
        elif energy_only and not continued:
            # ... and an energy rating beside it, not its reason ("1.5 Ton 5 Star Eco-Friendly Inverter Split AC"):
            # one aspect, no specification of the term (the held-out writers: high either way)
            out.codes.add("GENERIC_CLAIM")
        elif continued and not info.certs and \
                not [a for a in lexicon.attribute_hits(text) if a != "generic_environmental"]:
            out.specified_next = True
    if scope.part_scoped(text) or scope.part_scoped(joined) or scope.brand_by_packaging(text) or \
            scope.brand_by_packaging(joined) or scope.material_part_scoped(text) or \
            scope.material_part_scoped(joined) or scope.whole_from_part(text) or \
            (continued and scope.whole_from_part(joined)) or scope.whole_by_part(text) or \
            scope.whole_by_part(joined) or scope.part_then_term(joined):
        out.is_claim = True
        out.codes.add("WHOLE_PRODUCT_OVERREACH")
    if (legal.ewaste_duty(text) or (continued and legal.ewaste_duty(joined))) and not negation.negated_only(text):
        out.is_claim = True
        out.codes.add("LEGAL_REQUIREMENT_AS_FEATURE")
        out.attributes.append("recyclable")
    if generic.own_certification(text) and (lexicon.attribute_hits(text) or generic.environment_word(text)):
        out.is_claim = True
        out.codes.add("UNCERTIFIED_LABEL")  # "The green leaf seal on the pack is our own Earth Care certification"
    elif any(_eco_badge(text, s, e) for s, e in info.badges):
        out.is_claim = True
        out.codes.add("UNCERTIFIED_LABEL")  # "Carries the Kohlira GreenCheck seal": an invented name with an eco word
        if "generic_environmental" not in out.attributes:
            out.attributes.append("generic_environmental")
    mark = legal.legal_mark(text) or (legal.legal_mark(joined) if continued else None)
    if mark and mark[0] < len(text):  # "CE marked – the greener choice": the mark here, its frame after the dash
        out.is_claim = True
        out.codes.add("LEGAL_REQUIREMENT_AS_FEATURE")
        out.attributes.append("non_toxic")  # RoHS, REACH, CFC-free: restricted hazardous substances
    if durability.durability_cue(text):
        out.is_claim = True
        out.attributes.append("durability_repair")
        # "In it for the long run - enjoy 3-years manufacturer warranty": the figure after the dash backs it
        if not durability.durability_figure(joined, warranty=True):
            out.codes.add("DURABILITY_UNSUBSTANTIATED")
        if durability.durability_comparison(text):
            out.codes.add("UNSUPPORTED_COMPARISON")
    if generic.vague_free_of(text):
        out.is_claim = True
        out.attributes.append("non_toxic")
        # ... unless a scheme that tests for harmful substances certifies it ("certified to OEKO-TEX STANDARD 100,
        # so no harmful substances next to your family")
        if not any("non_toxic" in c.scheme.attributes for c in info.certs):
            out.codes.add("VAGUE_FREE_OF")
    if (generic.made_without_substance(text) or generic.named_free_of(text)) and "non_toxic" not in out.attributes:
        out.is_claim = True  # "Water-repellent coating made without PFAS": a named substance left out
        out.attributes.append("non_toxic")
    own_words = senses.without_other_senses(text)  # not a slogan printed on it ("'SAVE WATER, SAVE LIFE' print")
    if energy.energy_saving(own_words):
        saving_claim(out, text, info)
    if energy.water_saving(own_words):
        saving_claim(out, text, info, "water_efficiency")
    if claim_forms.refurbished_claim(text):
        out.is_claim = True
        out.attributes.append("secondhand_refurbished")
    if claim_forms.reusable_claim(text):
        out.is_claim = True
        out.attributes.append("reusable_refillable")
    if claim_forms.cruelty_free_claim(text) and not negation.negated_only(text):
        out.is_claim = True
        out.attributes.append("animal_welfare")
    if claim_forms.degradable_claim(text):
        out.is_claim = True
        out.attributes.append("biodegradable_compostable")
        if not claim_forms.degradability_conditions(text):
            out.codes.add("UNQUALIFIED_DEGRADABILITY")  # the caller clears it when the listing gives conditions
    hits = lexicon.attribute_hits(own_words)
    if claim_forms.tree_planting(text) and not claim_forms.tree_pledge(text) and not negation.negated_only(text):
        out.is_claim = True  # "For each order, we plant a tree"
        if "carbon_climate" not in out.attributes:
            out.attributes.append("carbon_climate")
    if claim_forms.tree_pledge(text) and not negation.negated_only(text):
        out.is_claim = True
        if not _CLEAN_UP.search(text):
            out.attributes.append("carbon_climate")  # a tree or a reef restored, not a clean-up of plastic
        out.codes.add("FUTURE_PERFORMANCE")  # "we will plant a tree for every order you place"
    if claim_forms.dated_pledge(text) and hits and not negation.negated_only(text):
        out.is_claim = True
        out.codes.add("FUTURE_PERFORMANCE")  # "will ship in plastic-free packaging from 2027"
    elif ((scope.range_wide(text) and [a for a in hits if a != "generic_environmental"]) or
          (scope.collection_wide(text) and hits)) and not negation.negated_only(text):
        out.is_claim = True
        out.codes.add("WHOLE_PRODUCT_OVERREACH")  # "every Heatwise product is energy saving as it is BEE 5 Star"
    if hits and negation.answered_yes(text):
        out.is_claim = True
        out.attributes.extend(a for a in hits if a not in out.attributes)
    # (read without other senses: "Explains greenhouse gases, carbon budgets and net zero" is a topic)
    if claim_forms.neutral_claim(own_words) and "carbon_climate" not in out.attributes:
        out.is_claim = True  # "Carbon Neutral Trekking Poles": a claim whatever its basis
        out.attributes.append("carbon_climate")
    if claim_forms.neutral_claim(own_words) and claim_forms.explicit_offset(text) and not _NO_OFFSETS.search(text) and \
            not negation.signal_negated(text, "offset"):
        out.codes.add("OFFSET_NEUTRALITY")  # "Climate Neutral (CO2 Offset)": neutral by offsetting, said outright
    if claim_forms.fair_trade_claim(text):
        out.is_claim = True
        out.attributes.append("fair_labor")
    if claim_forms.plastic_free_claim(text) and "plastic_free" not in out.attributes:
        out.is_claim = True
        out.attributes.append("plastic_free")
    if claim_forms.organic_claim(text) and not negation.negated_only(text):
        out.is_claim = True
        out.attributes.append("organic")
        if not info.certs and not claim_forms.percentage(text):
            out.codes.add("UNQUANTIFIED_CHARACTERISTIC")  # organic with no certification behind it
    if claim_forms.recycled_claim(text) and not senses.other_sense_only(text):
        out.is_claim = True
        out.attributes.append("recycled_content")
        # recycled with no share or scheme here; the caller adds UNQUANTIFIED_CHARACTERISTIC unless the
        # listing gives a share elsewhere
        out.recycled_unquantified = not (info.certs or claim_forms.recycled_share(text))
    if claim_forms.recyclable_claim(text) and not senses.other_sense_only(text):
        # recyclable with no route given here (the caller clears it when the listing gives one elsewhere)
        out.is_claim = True
        out.attributes.append("recyclable")
        if not (info.certs or claim_forms.recycling_route(text)):
            out.codes.add("UNQUALIFIED_RECYCLABILITY")
    less = claim_forms.less_claim(text)
    if less and not senses.diet_only(text):
        out.is_claim = True
        what = text[less[0]: less[1]].lower()
        indoor = _INDOOR_EMISSIONS.search(text)  # "low chemical emissions into indoor air": substances, not carbon
        if "plastic" in what and "plastic_free" not in out.attributes:
            out.attributes.append("plastic_free")
        elif indoor and "non_toxic" not in out.attributes:
            out.attributes.append("non_toxic")
        elif any(w in what for w in ("carbon", "co2", "emission")) and "carbon_climate" not in out.attributes:
            out.attributes.append("carbon_climate")
        if indoor and info.certs:
            pass  # "certified to UL GREENGUARD Gold for low chemical emissions": the scheme measures them
        elif not comparison.comparative_figure(text):
            out.codes.add("UNQUANTIFIED_CHARACTERISTIC")  # "less plastic waste": how much less?
        elif not comparison.comparison_baseline(text):
            out.codes.add("UNSUPPORTED_COMPARISON")  # "90% less plastic": than what?
    if claim_forms.zero_emissions(text) and "carbon_climate" not in out.attributes:
        out.is_claim = True  # "Zero CO2 emissions" of a solar flood light
        out.attributes.append("carbon_climate")
    if claim_forms.replaces_disposables(text):
        out.is_claim = True  # "Replaces 1000 Disposable Batteries": a reuse claim with a count
        if "reusable_refillable" not in out.attributes:
            out.attributes.append("reusable_refillable")
        if not claim_forms.replaces_basis(joined):
            out.codes.add("UNSUPPORTED_COMPARISON")
    if claim_forms.animal_claim(text) and not senses.other_sense_only(text):
        out.is_claim = True
        out.attributes.append("animal_welfare")
    if claim_forms.carbon_offset(text) and not negation.negated_only(text) and "carbon_climate" not in out.attributes:
        out.is_claim = True  # "Pages: 80 GSM, carbon offset"
        out.attributes.append("carbon_climate")
    if claim_forms.renewable_power(text) and not negation.negated_only(text) and \
            "renewable_energy" not in out.attributes:
        out.is_claim = True  # "Cloud servers run on renewable energy"
        out.attributes.append("renewable_energy")
    if claim_forms.carbon_figure(text) and not negation.negated_only(text) and "carbon_climate" not in out.attributes:
        out.is_claim = True  # a footprint with its figure is a carbon claim, offsets or not
        out.attributes.append("carbon_climate")
    if claim_forms.low_voc_figure(text) and not negation.negated_only(text) and "non_toxic" not in out.attributes:
        out.is_claim = True  # "this emulsion is low-VOC (under 30 g/L)": a named substance class, with its figure
        out.attributes.append("non_toxic")
    if claim_forms.sourcing_claim(text):
        out.is_claim = True
        out.attributes.append("responsible_sourcing")
        if not info.certs:
            out.codes.add("UNQUANTIFIED_CHARACTERISTIC")  # sourcing wording with no scheme behind it
    certs = [c for c in info.certs if c.scheme.scheme_type != "first_party_program" and c.scheme.attributes]
    if certs and not negation.negated_only(text):
        out.is_claim = True
        if len(certs[0].scheme.attributes) == 1:
            out.attributes.extend(a for a in certs[0].scheme.attributes if a not in out.attributes)
    return out


# Beyond the recognised type I ecolabels: labels.md section 1 counts Cradle to Cradle as certifying overall
# environmental performance too, which makes a generic term legitimate (EU 2024/825 does not; the registry's
# ``recognised_excellence`` keeps the regulation's list)
OVERALL_PERFORMANCE = frozenset({"CRADLE_TO_CRADLE"})


@dataclass(frozen=True)
class ListingFacts:
    """What the whole listing says, read once before its segments: a fact in one field qualifies the
    wording of another ("Recyclable* Paper Outer" in the title, the recycling route in a bullet)."""

    type1: bool  # a type I ecolabel: recognised excellent environmental performance, no GENERIC_CLAIM
    verifiable: frozenset[str]  # schemes whose licence number appears anywhere in the listing
    durability_backed: bool  # a durability figure anywhere backs durability wording
    route_given: bool  # a recycling route anywhere qualifies recyclable wording
    degrade_conditions: bool  # conditions anywhere (home or industrial, a time, a standard) qualify degradability
    recycled_backed: bool  # a recycled share or scheme anywhere quantifies recycled wording
    organic_certified: bool  # an organic certification anywhere backs organic wording
    energy_labelled: bool  # an official energy label anywhere substantiates energy wording (section 4)
    baby_feeding: bool  # "BPA free" on a baby feeding product is required by law
    toy: bool  # "lead-free paint" on a toy is required by law
    cells: bool  # "Mercury-Free" on AA batteries is required by law
    book: bool  # a book's title is its name ("The Zero Waste Kitchen (Paperback)")
    gadget: bool  # power saving on a battery gadget is battery life, not energy
    mains: bool  # power saving on a mains appliance is an energy claim, modes included
    names: tuple[str, ...]  # brand and product names with an eco word
    title: str  # the listing's title, for what the product is
    overreach: tuple[int, int, str] | None  # a title attribute the description gives to one part only
    # generic terms a bullet specifies right there with a certified fact ("Planet-friendly: solid beech from
    # FSC-certified forests (licence ...)"): the same term in the title has that behind it
    generic_specified: frozenset[str] = frozenset()
    bullets: tuple[str, ...] = ()  # the description's segments
    whole_backed: bool = False  # a bullet specifies the whole product (all of it quantified, or certified)
    # the shares a segment compares against a stated baseline ("the refill pouch uses 70% less plastic than two 1 L
    # bottles"): the same figure elsewhere ("Pouch Uses 70% Less Plastic" in the title) has that baseline behind it
    baselined_shares: frozenset[str] = frozenset()


def _generic_term(text: str) -> str | None:
    """The unmistakable generic term of ``text``, folded ("Planet-Friendly" -> "planetfriendly")."""
    hit = generic.strong_generic(text)
    return "".join(ch for ch in text[hit[0]: hit[1]].lower() if ch.isalpha()) if hit else None


_NO_OFFSETS = re.compile(r"\b(without|no|not|never|zero)\s+(any\s+|using\s+|buying\s+)?"
                         r"(offset|compensat|carbon credit)", re.IGNORECASE)
# what OFFSET_NEUTRALITY is about, beside offsetting (claim_forms.explicit_offset) and carbon or climate
# neutrality (claim_forms.neutral_claim): any neutral, zero or carbon-free impact
_NEUTRALITY = re.compile(r"neutral|zero (carbon|emissions?)|carbon[- ]free", re.IGNORECASE)
# "composts in a home bin within 12 months", "OK compost HOME": degradability said with its conditions
_COMPOSTS = re.compile(r"\bcomposts\b|\bOK compost\b|\bbreaks? down within \d", re.IGNORECASE)
# one ingredient or a minority share: not the whole product
_PART_SHARE = re.compile(r"\b(contains?|ingredients?)\b|(?<![\d.])[1-9]\d?(\.\d+)?\s?%", re.IGNORECASE)
_GENERIC_HEADER = re.compile(r"\s*[^:|\n\d]{1,30}(:|\s[-\u2013\u2014])\s*")
# "Whole mat (pile and backing) made of 100% recycled PET": the parts it names are the whole
_WHOLE_START = re.compile(r"\W*(the |this )?(whole|entire|complete) [\w-]+", re.IGNORECASE)


# an invented badge whose name is a coined word around an eco word ("GreenCheck seal", "OceanSafe Seal"), not a claim
# called certified ("Carbon Neutral certified") or a header ("Environmental label: ...")
_ECO_COINED = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]\w*\b")
_ECO_BADGE = re.compile(r"green|eco|planet|earth|nature|climate|ocean|enviro|sustain|carbon", re.IGNORECASE)


def _eco_badge(text: str, start: int, end: int) -> bool:
    return any(_ECO_BADGE.search(m.group(0)) for m in _ECO_COINED.finditer(text, start, end)) and \
        not negation.is_negated(text, start) and not text[end:].lstrip().startswith(":")


_YES_ROW = re.compile(r"\s*[^:|\n]{1,30}:\s*(yes|y|true)\W*", re.IGNORECASE)
# a generic term and the packaging it is said of, nothing else ("Eco-friendly packaging")
_TERM_ON_PACKAGING = re.compile(r"\W*(eco[- ]?friendly|sustainable|green(er)?|planet[- ]friendly|earth[- ]friendly|"
                                r"environment(al(ly)?)?[- ]friendly|eco[- ]conscious|conscious)\s+(packaging|packing|"
                                r"pack|box|boxes|cartons?|mailers?|wrapping)\W*", re.IGNORECASE)
# a certificate's line with its number and no claim of its own ("USDA NOP certifier: NOP operation ID 8150019954")
_CERT_LINE = re.compile(r"[^|]*\b(certifi\w*|licen[cs]e|operation|ID|no\.?)\b[^|]*\d{4,}", re.IGNORECASE)
_CLAIM_VERB = re.compile(r"\b(is|are|made|from|uses?|contains?)\b", re.IGNORECASE)
# ... and then a part of the packaging ("Eco-friendly packaging: the gift box is 100% recycled board")
_TERM_ON_PACKAGING_PART = re.compile(_TERM_ON_PACKAGING.pattern + r"[:\u2013\u2014-]\s*(the |its |our )?([\w-]+ )?"
                                     r"(box|boxes|carton|mailers?|wrap|wrapping|sleeve|bag|tape|tissue|filler|paper)\b",
                                     re.IGNORECASE)
_RECYCLED_SCHEME = re.compile(r"\bFSC[\u00ae\u2122]?[- ]Recycled\b|\bGRS\b|\bRCS\b|\bGlobal Recycled Standard\b|"
                              r"\bRecycled Claim Standard\b", re.IGNORECASE)


_WHOLE_SHARE = re.compile(r"\b100\s?%")
_PACK_BULLET = re.compile(r"\s*((outer|gift|shipping|retail) )?(box|boxes|packaging|pack|carton|mailer|wrapper|"
                          r"sleeve)\s*:", re.IGNORECASE)


def _backs_pack(bullet: str) -> bool:
    """A packaging bullet that specifies its material ("Box: 100% recycled kraft board", or certified with a
    licence)."""
    specific = set(lexicon.attribute_hits(bullet)) - {"generic_environmental"}
    return bool(specific) and bool(_WHOLE_SHARE.search(bullet) or _licensed(bullet))


def _neutrality_said(text: str) -> bool:
    return bool(_NEUTRALITY.search(text) or claim_forms.explicit_offset(text) or claim_forms.neutral_claim(text))


def _backs_whole(text: str, licensed: bool) -> bool:
    """A bullet that specifies the whole product: all of its material quantified ("Made of 100% recycled PET")
    or certified with its licence number (``licensed``), naming no part."""
    # an eco header names the topic ("Sustainable: the whole hoodie is made from 100% recycled polyester",
    # "Sustainably sourced: solid beech from FSC certified forests (FSC-C104482)"), not a part
    header = _GENERIC_HEADER.match(text)
    eco_header = header is not None and bool(lexicon.attribute_hits(header.group(0)))
    body = scope.without_body_list(text[header.end():] if header is not None and eco_header else text)
    if not (scope.names_no_part(body) or scope.parts_together(body) or _WHOLE_START.match(body)) or \
            negation.negated_only(text):
        return False
    composition = _full_composition(body)
    if _PART_SHARE.search(body) and not composition:
        return False  # "Contains 3% rosehip oil from organic farming (ECOCERT certified ingredient, no. 62114)"
    specific = [a for a in lexicon.attribute_hits(body) if a != "generic_environmental"]
    return bool(specific) and bool(_WHOLE_SHARE.search(body) or licensed or composition)


_SHARE = re.compile(r"(?<![\d.])(\d{1,3}(\.\d+)?)\s?%\s*(?P<what>[^,;/|+\d]{0,40})")


def _full_composition(body: str) -> bool:
    """The whole material given share by share, its main share the attribute's ("Fabric: 78% recycled nylon, 22%
    elastane"): a specification of the whole item that leaves a minor part out, not one ingredient's share."""
    shares = list(_SHARE.finditer(body))
    if len(shares) < 2 or re.search(r"\b(contains?|ingredients?)\b", body, re.IGNORECASE):
        return False
    if abs(sum(float(m.group(1)) for m in shares) - 100) > 0.5 or float(shares[0].group(1)) < 50:
        return False
    return bool(set(lexicon.attribute_hits(shares[0].group("what"))) - {"generic_environmental"})


def _licensed(text: str) -> bool:
    return any(c.licence for c in default_registry().find(text))


def _whole_product_backed(pred: ListingPrediction) -> bool:
    """A bullet (not the title) that specifies the whole product (:func:`_backs_whole`)."""
    return any(seg.field != "title" and _backs_whole(seg.text, any(c.licence for c in info.certs))
               for seg, info in zip(pred.segments, pred.infos, strict=True))


def _specified_generics(pred: ListingPrediction) -> frozenset[str]:
    out = set()
    for i, (seg, info) in enumerate(zip(pred.segments, pred.infos, strict=True)):
        # a bullet that repeats the term with a certified or quantified specific fact ("Eco-friendly: 60% of each
        # brick by weight is fly ash (recycled industrial by-product)")
        term = _generic_term(seg.text) if seg.field != "title" and (info.certs or generic.specified_after(seg.text)) \
            else None
        if term:
            rule = segment_rules(seg.text, info, _continued(pred.segments, i, pred.masked))
            # ... a quantified fact only where nothing else is wrong with the bullet ("Stainless steel is 100%
            # recyclable so this complete set is eco friendly": overreach; "uses less water than cotton": no baseline)
            if rule.is_claim and "GENERIC_CLAIM" not in rule.codes and (info.certs or not rule.codes):
                out.add(term)
    return frozenset(out)


_BULLET_BREAK = re.compile(r"[|\n\u2022\u25cf\u25aa\u2023\u25e6]")


def _whole_bullets(pred: ListingPrediction) -> list[str]:
    """The description's bullets, each with its segments joined again ("PACKAGING: cardboard box - put it in your
    kerbside paper recycling" keeps its label), so that a part label covers the whole bullet."""
    out: list[str] = []
    text = pred.masked.get("description") or ""
    previous = None
    for seg in pred.segments:
        if seg.field != "description":
            continue
        # (a bullet glyph inside the text starts a bullet too: "Made by Rivulo \u2022Body & cap: 100% recycled")
        if previous is not None and not _BULLET_BREAK.search(text[previous.end: seg.start]):
            out[-1] = f"{out[-1]} \u2013 {seg.text}"
        else:
            out.append(seg.text)
        previous = seg
    return out


_INDOOR_EMISSIONS = re.compile(r"\b(chemical|VOC|formaldehyde)\s+emissions?\b|\bindoor air\b", re.IGNORECASE)


def listing_facts(listing: dict[str, Any], pred: ListingPrediction, registry: Registry | None = None) -> ListingFacts:
    certs = [c for info in pred.infos for c in info.certs]
    verifiable = {c.scheme.id for c in certs if c.licence}
    if registry is not None:  # a licence number anywhere in the listing verifies its scheme everywhere
        whole = "\n".join(pred.masked.values())
        verifiable |= {c.scheme.id for c in certs
                       if c.scheme.id not in verifiable and registry.licence_anywhere(c.scheme, whole)}
    title = listing.get("title")
    bullets = tuple(seg.text for seg in pred.segments if seg.field != "title")
    overreach = None
    if isinstance(title, str):
        parts = _whole_bullets(pred)
        overreach = scope.title_part_overreach(title, parts) or scope.hamper_overreach(title, parts)
        title_generic = None if overreach else scope.title_generic_overreach(title, parts)
        if title_generic:
            overreach = (title_generic[0], title_generic[1], "generic_environmental")
    mains = isinstance(title, str) and energy.mains_listing(title, [seg.text for seg in pred.segments])
    return ListingFacts(
        type1=any(c.scheme.recognised_excellence or c.scheme.id in OVERALL_PERFORMANCE for c in certs),
        verifiable=frozenset(verifiable),
        durability_backed=any(durability.durability_figure(seg.text) for seg in pred.segments),
        route_given=any(claim_forms.recycling_route(seg.text) for seg in pred.segments),
        degrade_conditions=any(claim_forms.degradability_conditions(seg.text) and
                               (claim_forms.degradable_claim(seg.text) or _COMPOSTS.search(seg.text))
                               for seg in pred.segments),
        recycled_backed=any("recycled_content" in lexicon.attribute_hits(seg.text) and
                            bool(info.certs or claim_forms.recycled_share(seg.text))
                            for seg, info in zip(pred.segments, pred.infos, strict=True)),
        organic_certified=any("organic" in c.scheme.attributes for c in certs),
        energy_labelled=any(energy.official_energy_label(seg.text) for seg in pred.segments),
        baby_feeding=isinstance(title, str) and legal.baby_feeding(title),
        toy=legal.toy_listing(f"{title or ''} | {listing.get('category') or ''}"),
        cells=isinstance(title, str) and legal.battery_cells(title),
        book=legal.book_listing(f"{title or ''} | {listing.get('description') or ''}"),
        # a gadget by its title, or by the battery its bullets give it ("2500 mAh battery" of a massage gun), unless
        # a line puts it on the mains ("Smart Speaker" with "Power: 230 V mains")
        gadget=isinstance(title, str) and not mains and (energy.battery_gadget(title) or (
            not energy.mains_appliance(title) and any(energy.battery_capacity(seg.text) for seg in pred.segments)) or
            any(energy.runs_on_own_battery(seg.text) or energy.saving_on_battery(seg.text) for seg in pred.segments)),
        mains=mains,
        names=product_names.brand_names(str(title or ""), str(listing.get("description") or ""), listing.get("brand")),
        title=str(title or ""),
        overreach=overreach,
        generic_specified=_specified_generics(pred),
        bullets=bullets,
        whole_backed=_whole_product_backed(pred),
        baselined_shares=frozenset(f for seg in pred.segments if comparison.comparison_baseline(seg.text)
                                   for f in comparison.share_figures(seg.text)),
    )


@dataclass
class ClaimView:
    """One accepted claim segment, as the code filters below read it."""

    text: str
    field: str
    attrs: list[str]
    rule: SegmentRules
    facts: ListingFacts
    negated: set[str]  # attributes whose keyword the segment negates
    named: bool  # its generic word was a brand or product name
    codes: list[str]  # the codes so far (a filter may read another code)
    continued: str = ""  # the next segment, when it continues this one after a dash
    before: str = ""  # the previous segment, when this one continues it after a dash

    @property
    def joined(self) -> str:
        """This segment and the one it runs into after a dash, as one text."""
        return f"{self.text} \u2013 {self.continued}" if self.continued else self.text


@dataclass(frozen=True)
class CodeFilter:
    """Drop ``code`` from a claim when ``when`` holds (``heads_only``: only a code the heads gave, never
    one a segment rule gave). Filters run in order; ``why`` is the labels.md reason, for the reader."""

    code: str
    when: Callable[[ClaimView], bool]
    why: str
    heads_only: bool = False


def _negates(attribute: str) -> Callable[[ClaimView], bool]:
    return lambda v: attribute in v.negated


def _term_only(text: str) -> bool:
    """A bullet that is a generic term and its noun, like a title ("Earth-friendly shopping tote"): no specific
    attribute and no part named."""
    return not set(lexicon.attribute_hits(text)) - {"generic_environmental"} and not scope.parts_named(text) and \
        len(text.split()) <= 6


def _scheme_certifies(v: ClaimView) -> bool:
    """A scheme whose licence number the listing gives certifies one of the claim's attributes."""
    schemes = default_registry().schemes
    return any(set(schemes[s].attributes) & set(v.attrs) for s in v.facts.verifiable if s in schemes)


def _specified_before(v: ClaimView) -> bool:
    """The term follows, after a dash, a quantified or certified fact about the whole material ("FABRIC: 78%
    recycled nylon, 22% elastane – the conscious choice")."""
    return bool(v.before) and _term_only(v.text) and not scope.parts_named(v.before) and \
        bool(set(lexicon.attribute_hits(v.before)) - {"generic_environmental"}) and \
        bool(claim_forms.percentage(v.before) or default_registry().find(v.before))


def _topic_header_part(v: ClaimView) -> bool:
    """'Sustainability: The legs are FSC certified (FSC-C054321)': a topic header over one part's claim (or over the
    next segment's: "Recycled content – the inner pouch is 25% recycled LDPE")."""
    return scope.topic_header(v.joined) and bool(scope.parts_named(v.joined))


CODE_FILTERS: tuple[CodeFilter, ...] = (
    CodeFilter("WHOLE_PRODUCT_OVERREACH", lambda v: scope.rest_said(v.joined),
               "'the keycaps are made with recycled plastic, the rest of the keyboard is standard ABS': the seller "
               "scopes the claim to its parts"),
    CodeFilter("WHOLE_PRODUCT_OVERREACH", lambda v: scope.material_said_again(v.text),
               "'MADE FROM RECYCLED PAPER : Inside pages are made from recycled paper': a claim about the material"),
    CodeFilter("GENERIC_CLAIM", lambda v: v.facts.type1 or v.rule.specified_next,
               "recognised excellent environmental performance, or specified right after a dash"),
    CodeFilter("GENERIC_CLAIM",
               lambda v: "WHOLE_PRODUCT_OVERREACH" in v.rule.codes and bool(v.continued) and
               bool(set(lexicon.attribute_hits(v.continued)) - {"generic_environmental"}),
               "'Sustainable beard oil \u2013 the dropper bottle is 30% recycled glass': specified after the dash, by "
               "one part (WHOLE_PRODUCT_OVERREACH)", heads_only=True),
    CodeFilter("GENERIC_CLAIM", _specified_before,
               "'FABRIC: 78% recycled nylon, 22% elastane – the conscious choice': specified right before the dash"),
    CodeFilter("GENERIC_CLAIM", lambda v: v.field == "title" and _generic_term(v.text) in v.facts.generic_specified,
               "the title's generic term is specified where a bullet repeats it"),
    CodeFilter("GENERIC_CLAIM",
               lambda v: (v.field == "title" or (_term_only(v.text) and not v.continued)) and v.facts.whole_backed,
               "'Eco-Friendly Shopping Bag' with 'Made of 100% recycled PET': the bullets specify the whole product"),
    CodeFilter("GENERIC_CLAIM",
               lambda v: _TERM_ON_PACKAGING.fullmatch(v.text) is not None and not v.continued and
               any(_PACK_BULLET.match(b) and _backs_pack(b) for b in v.facts.bullets),
               "'Planet-friendly packaging' and 'Box: 100% recycled kraft board, FSC Recycled certified (FSC-C...)': "
               "a bullet specifies the packaging"),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field != "title" and scope.parts_are_the_product(f"{v.text} {v.continued}", v.facts.title)
               and not scope.the_part(v.joined, v.facts.title) and not scope.faq_whole_by_part(v.text, v.facts.title)
               and not scope.range_by_one(v.text),
               "the parts it names make the product ('box and lid' of a storage box with lid)"),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field != "title" and _term_only(v.text) and not v.continued and not v.before,
               "'Eco-friendly design' on a bullet of its own: a generic term with no part or aspect behind it is "
               "GENERIC_CLAIM, not overreach", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH", _topic_header_part,
               "'Sustainability: The legs are FSC certified': a topic header over one part", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH", lambda v: scope.label_names_part(v.text, v.facts.title),
               "'Eco-Friendly Tag: Yes (recycled-paper hang tag)': the spec row names its part", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH", lambda v: scope.names_its_part(v.text),
               "'T-Shirt, Recycled Packaging': the claim names its part", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: scope.faq_names_its_part(v.text) or
               (bool(v.continued) and scope.faq_names_its_part(v.joined)),
               "'Q: Is the saree fall eco-friendly? A: Yes, its fall is ...': the question names the part it answers "
               "for",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: (_TERM_ON_PACKAGING.fullmatch(v.text) is not None and not v.continued) or
               _TERM_ON_PACKAGING_PART.match(v.text) is not None,
               "'Eco-friendly packaging' alone, or followed by a part of the packaging: a generic term said of the "
               "packaging it names", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field == "title" and not scope.parts_named(v.text) and
               not any(set(lexicon.attribute_hits(b)) - {"generic_environmental"} for b in v.facts.bullets),
               "'Cotton T-Shirt – Eco-Friendly Everyday Tee' and no bullet with any attribute: nothing to stretch",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: (v.field == "title" or (_term_only(v.text) and not v.continued)) and v.facts.whole_backed,
               "'Eco-Friendly Jigsaw' and 'pieces and box are made of 100% recycled board': the bullets back the whole",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field != "title" and (_backs_whole(v.text, _licensed(v.text)) or (
                   _term_only(v.text) and bool(v.continued) and _backs_whole(v.continued, _licensed(v.continued)))),
               "'Sustainable tote – made from 100% recycled cotton, GRS certified (licence no. ...)': the term is "
               "specified for the whole product right there", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field == "title" and scope.claim_on_packaging(v.text) and
               lexicon.first_match(senses.without_other_senses(v.text), "generic_environmental") is None,
               "'Earbuds ... | Plastic Free Retail Box, FSC Certified': a claim said of the packaging it names",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field == "title" and scope.title_claim_confirmed(v.text, v.facts.bullets),
               "'Combo - Recycled Rubber Mouse Pad' and 'MOUSE PAD: base of 100% recycled rubber'", heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: scope.names_no_part(v.text) and all(_CERT_LINE.match(b) and not _CLAIM_VERB.search(b)
                                                             for b in v.facts.bullets if b != v.text and
                                                             set(v.attrs) & set(lexicon.attribute_hits(b))),
               "'USDA Organic Certified Black Pepper' or 'Spray dried from organic whole milk' beside 'USDA NOP "
               "certifier: ...': no part named, and no part elsewhere carries the attribute",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: v.field == "title" and not v.facts.overreach and not scope.parts_named(v.text) and
               all(scope.names_no_part(b) for b in v.facts.bullets if set(v.attrs) & set(lexicon.attribute_hits(b))),
               "'USDA Organic Rolled Oats' and 'Certified organic by QAI ...': no bullet gives the attribute to a part",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH", lambda v: scope.names_no_part(v.text) and claim_forms.percentage(v.text),
               "'every jigsaw is made from 100% recycled board': a quantified claim on the whole material",
               heads_only=True),
    CodeFilter("WHOLE_PRODUCT_OVERREACH",
               lambda v: _YES_ROW.fullmatch(v.text) is not None and not scope.parts_named(v.continued),
               "'Eco-friendly: Yes' (or '... Yes - 100% recycled paper'): no part or aspect named to stretch",
               heads_only=True),
    CodeFilter("UNQUANTIFIED_CHARACTERISTIC",
               lambda v: set(v.attrs) <= {"recycled_content", "responsible_sourcing"} and
               _RECYCLED_SCHEME.search(v.text) is not None,
               "'FSC Recycled Kraft Card Stock': the scheme is the share (all recycled material)", heads_only=True),
    CodeFilter("UNQUANTIFIED_CHARACTERISTIC",
               lambda v: set(v.attrs) <= {"energy_efficiency"} and energy.efficiency_figure(v.text),
               "'Energy efficient: 130 lm/W': an efficacy is the figure", heads_only=True),
    CodeFilter("UNQUANTIFIED_CHARACTERISTIC",
               lambda v: set(v.attrs) <= {"energy_efficiency"} and energy.running_cost(v.text),
               "'Costs about 4p an hour to run': a running cost is the figure", heads_only=True),
    CodeFilter("UNQUANTIFIED_CHARACTERISTIC",
               lambda v: v.facts.energy_labelled and set(v.attrs) <= {"energy_efficiency"},
               "an official energy label substantiates the energy wording (a figure with no baseline still needs one)"),
    CodeFilter("FUTURE_PERFORMANCE", lambda v: not claim_forms.future_pledge(v.text),
               "'will be charged extra': no date, target or pledge"),
    CodeFilter("FUTURE_PERFORMANCE", lambda v: claim_forms.verifiable_plan(f"{v.text} {v.continued}"),
               "a pledge with a verifiable plan: published yearly targets, audited each year"),
    CodeFilter("OFFSET_NEUTRALITY",
               lambda v: "FUTURE_PERFORMANCE" in v.codes and not claim_forms.explicit_offset(v.text),
               "'will reach net zero by 2035': a pledge, no offsetting said", heads_only=True),
    CodeFilter("LEGAL_REQUIREMENT_AS_FEATURE", lambda v: not legal.legal_signal_beyond_bpa(v.text),
               "no mark or substance the law requires in the segment ('BPA free lids' off a baby product)",
               heads_only=True),
    *(CodeFilter(code, _negates(name), "its keyword is negated ('not biodegradable')", heads_only=True)
      for code, (kind, name) in _CODE_ANCHOR.items() if kind == "attr"),
    CodeFilter("GENERIC_CLAIM", lambda v: v.named or not generic.generic_context(v.text),
               "its generic word was a name, or there is none"),
    CodeFilter("GENERIC_CLAIM", lambda v: not generic.generic_context(senses.without_other_senses(v.text)),
               "the heads' generic word is another sense ('ECO/UPS Mode Switch')", heads_only=True),
    CodeFilter("GENERIC_CLAIM", lambda v: senses.green_only_as_name(v.text),
               "'Sea Green/White', 'Green True HEPA filter'"),
    CodeFilter("IRRELEVANT_CLAIM", lambda v: legal.bpa_free_of_plastic(v.text),
               "'Glass Lunch Box Set with BPA-Free Lids': bisphenol A is a plastics chemical, and the lids are plastic",
               heads_only=True),
    CodeFilter("IRRELEVANT_CLAIM", _scheme_certifies,
               "'Leaping Bunny approved (Cruelty Free International ID 4096)' on a beard conditioner: a scheme with "
               "its licence number certifies the attribute for this kind of product, so the benefit is not irrelevant",
               heads_only=True),
    CodeFilter("UNQUANTIFIED_CHARACTERISTIC",
               lambda v: v.facts.organic_certified and set(v.attrs) <= {"organic", "generic_environmental"},
               "an organic certification in the listing backs its organic wording"),
    CodeFilter("DURABILITY_UNSUBSTANTIATED", lambda v: "durability_repair" not in v.attrs,
               "no durability claim left in the segment"),
    CodeFilter("DURABILITY_UNSUBSTANTIATED",
               lambda v: v.facts.durability_backed or durability.durability_figure(v.text, warranty=True),
               "a figure in the listing, or warranty years here, backs it"),
    CodeFilter("UNSUPPORTED_COMPARISON",
               lambda v: (not comparison.comparative_figure(v.text) and not claim_forms.replaces_disposables(v.text)) or
               comparison.comparison_baseline(v.text) or
               comparison.comparison_baseline(v.before) or
               bool(comparison.share_figures(v.text)) and comparison.share_figures(v.text) <= v.facts.baselined_shares,
               "'a longer lifespan' (no figure), 'than our 2021 model' (a baseline, here or before the dash, or "
               "with the same share elsewhere in the listing)"),
    CodeFilter("UNQUALIFIED_RECYCLABILITY", lambda v: v.facts.route_given,
               "the recycling route is given elsewhere in the listing"),
    CodeFilter("UNQUALIFIED_DEGRADABILITY", lambda v: v.facts.degrade_conditions,
               "the conditions (home or industrial, a time, a standard) are given elsewhere in the listing"),
    CodeFilter("VAGUE_FREE_OF",
               lambda v: generic.vague_specified(v.text),
               "'free of harmful substances, e.g. BPA, phthalates and lead'"),
    CodeFilter("OFFSET_NEUTRALITY", lambda v: negation.signal_negated(v.text, "offset"), "'no offsets are used'"),
    CodeFilter("OFFSET_NEUTRALITY", lambda v: not _neutrality_said(f"{v.text} {v.continued}"),
               "no neutral, net or positive impact and no offsetting said ('what a kettle costs the climate')",
               heads_only=True),
    CodeFilter("GENERIC_CLAIM", lambda v: generic.specified_after(v.text), "'A greener way to clean: each cloth is "
               "woven from 80% recycled polyester': a quantified or certified fact right after the term",
               heads_only=True),
    CodeFilter("OFFSET_NEUTRALITY", lambda v: _NO_OFFSETS.search(v.text) is not None,
               "'climate neutral factory, achieved without offset credits, with on-site solar'", heads_only=True),
)


def filter_codes(view: ClaimView) -> list[str]:
    """``view.codes`` less those :data:`CODE_FILTERS` drop, plus UNQUANTIFIED_CHARACTERISTIC for recycled
    wording with no share or scheme anywhere in the listing and GENERIC_CLAIM for a bare generic title or bullet
    (:func:`_bare_generic`)."""
    for f in CODE_FILTERS:
        if f.code in view.codes and not (f.heads_only and f.code in view.rule.codes) and f.when(view):
            view.codes.remove(f.code)
    if view.rule.recycled_unquantified and not view.facts.recycled_backed and \
            "UNQUANTIFIED_CHARACTERISTIC" not in view.codes:
        view.codes.append("UNQUANTIFIED_CHARACTERISTIC")
    if _bare_generic(view):
        view.codes.append("GENERIC_CLAIM")  # "Lumixo Sustainable Car Freshener" and nothing on the page behind it
    return view.codes


def _names_the_product(text: str, title: str) -> bool:
    """A bullet of two or three words that ends in a noun of the title ("Sustainable freshener" of "... Car Air
    Freshener Cards"), not a phrase about something else ("Sustainable comfort for long school days")."""
    words = re.findall(r"[\w-]+", text.lower())
    if not 2 <= len(words) <= 3 or not _term_only(text):
        return False
    stem = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return re.search(r"\b" + re.escape(stem) + r"(e?s)?\b", title.lower()) is not None


def _bare_generic(view: ClaimView) -> bool:
    """A title, or a bullet that is only a term and its noun ("Sustainable freshener"), whose only claim is a generic
    term, in a listing with no scheme, no specification of the term and no specific attribute in any bullet
    (labels.md: GENERIC_CLAIM, "with nothing behind them in the text")."""
    if not (view.field == "title" or (_names_the_product(view.text, view.facts.title) and not view.continued and
                                      not view.before)) or \
            view.codes or set(view.attrs) != {"generic_environmental"} or view.named:
        return False
    term = lexicon.first_match(senses.without_other_senses(view.text), "generic_environmental")
    facts = view.facts
    return term is not None and not default_registry().find(view.text) and \
        not (facts.type1 or facts.whole_backed or facts.generic_specified) and \
        not any(set(lexicon.attribute_hits(b)) - {"generic_environmental"} for b in facts.bullets)


# the answer to a question in the bullet before ("Q: Is this TV eco-friendly?" | "A: Yes, the remote's back cover ...")
_ANSWER_BULLET = re.compile(r"\s*A\s*[:.\u2013-]\s")


def _with_answer(text: str, bullets: tuple[str, ...]) -> str:
    """A question with the next bullet when that bullet is its answer; the question alone otherwise."""
    if not text.rstrip().endswith("?"):
        return text
    for bullet, after in zip(bullets, bullets[1:], strict=False):
        if bullet.strip().endswith(text.strip()) and _ANSWER_BULLET.match(after):
            return f"{text} {after}"
    return text


def _forced_rules(rule: SegmentRules, seg: Segment, info: SegmentInfo, facts: ListingFacts,
                  continued: str = "") -> None:
    """Claims the listing's facts make of a segment whatever the heads say (``continued``: the next segment, when
    this one goes on in it after a dash or colon)."""
    if (facts.mains or energy.mains_voltage(seg.text)) and "energy_efficiency" not in rule.attributes and \
            energy.mains_saving(seg.text):
        saving_claim(rule, seg.text, info)  # "Eco Power Saving Mode" on a TV: the mains appliance's consumption
    if facts.mains and "energy_efficiency" not in rule.attributes and \
            ((seg.field == "title" and energy.title_star_label(seg.text)) or energy.star_rating_row(seg.text)):
        # "Storage Water Heater (Geyser), 5 Star", "Energy Rating: 3 Star": the appliance's BEE label
        rule.is_claim = True
        rule.attributes.append("energy_efficiency")
    if (facts.baby_feeding and legal.bpa_free(seg.text)) or (facts.toy and legal.toy_restricted_free(seg.text)) or \
            ((facts.cells or legal.names_cells(seg.text)) and legal.mercury_free(seg.text)) or \
            legal.mercury_free_by_law(seg.text, facts.title) or legal.lead_free_paint(seg.text, facts.title) or \
            legal.cadmium_free_cells(seg.text) or legal.adulterant_free(seg.text) or \
            legal.plastic_ban_compliant(seg.text) or legal.banned_substances_free(seg.text):
        rule.is_claim = True  # "BPA free" on a baby bottle, "lead-free paint" on a toy, "Mercury-Free" AA cells: by law
        rule.codes.add("LEGAL_REQUIREMENT_AS_FEATURE")
        if "non_toxic" not in rule.attributes:
            rule.attributes.append("non_toxic")
    if seg.field != "title" and (scope.the_part(product_names.without_names(seg.text, facts.names), facts.title) or
                                 (continued and scope.the_part(f"{seg.text} \u2013 {continued}", facts.title))):
        rule.is_claim = True  # "Sustainable beard oil: the dropper bottle is recyclable glass" of a "Beard Oil 30 ml"
        rule.codes.add("WHOLE_PRODUCT_OVERREACH")
    if seg.field != "title" and (scope.sourcing_by_one(seg.text, facts.title) or
                                 (continued and scope.sourcing_by_one(f"{seg.text} \u2013 {continued}", facts.title))):
        rule.is_claim = True  # "Responsibly sourced chocolate \u2013 the sugar is Bonsucro certified"
        rule.codes.add("WHOLE_PRODUCT_OVERREACH")
    if seg.field != "title" and scope.label_over_removed_part(seg.text, facts.title, facts.bullets):
        # "Compostable toothbrush: bamboo ..." and "Bristles: nylon-6 \u2013 pull out before composting"
        rule.is_claim = True
        rule.codes.add("WHOLE_PRODUCT_OVERREACH")
    if seg.field != "title" and scope.faq_whole_by_part(_with_answer(seg.text, facts.bullets), facts.title):
        rule.is_claim = True  # "Q: Is this diffuser eco-friendly? A: Yes, the reeds are FSC-certified rattan"
        rule.codes.add("WHOLE_PRODUCT_OVERREACH")
    if seg.field != "title" and "generic_environmental" not in rule.attributes and \
            scope.sustainable_noun(seg.text, facts.title):
        rule.is_claim = True  # "Sustainable shade net" of a "Monofilament Shade Net 90%": the product so called
        rule.attributes.append("generic_environmental")
        if not info.certs and not set(lexicon.attribute_hits(senses.without_other_senses(seg.text))) - \
                {"generic_environmental"}:
            rule.codes.add("GENERIC_CLAIM")
    sustainable = scope.sustainable_product(facts.title) if seg.field == "title" else None
    if sustainable and seg.start <= sustainable[0] < seg.end and "generic_environmental" not in rule.attributes:
        rule.is_claim = True  # "Sustainable Digital Thermometer, Waterproof": the product called sustainable
        rule.attributes.append("generic_environmental")
    if facts.overreach and seg.field == "title" and seg.start <= facts.overreach[0] < seg.end:
        rule.is_claim = True
        rule.codes.add("WHOLE_PRODUCT_OVERREACH")
        if facts.overreach[2] not in rule.attributes:
            rule.attributes.append(facts.overreach[2])


# words that can carry a durability claim the heads read without an attribute keyword ("greatly extends its life")
_DURABILITY_HINT = re.compile(r"\b(life|lifespan|lifetime|years?|yrs|durab\w*|last\w*|wear\w*|tough\w*|strong\w*|"
                              r"sturd\w*|robust|repair\w*|spares?|replac\w*|upgrad\w*|fix\w*|mend\w*|generations?|"
                              r"forever|heirloom|timeless|reinforced|warrant\w*|guarantee\w*)\b", re.IGNORECASE)


def _claim_attributes(pred: ListingPrediction, heads: Heads, i: int, rule: SegmentRules,
                      facts: ListingFacts) -> tuple[list[str], set[str], bool] | None:
    """The attributes of claim segment ``i`` (heads and rules, filtered by what its words say), the
    attributes it negates and whether its generic word was a name; None when nothing is left of it."""
    seg, info, P = pred.segments[i], pred.infos[i], pred.probs
    attrs = [a for a in ATTRIBUTES if P[f"attr:{a}"][i] >= heads.threshold(f"attr:{a}")]
    attrs += [a for a in rule.attributes if a not in attrs]
    named = bool(facts.names) and "generic_environmental" in attrs and \
        "generic_environmental" not in lexicon.attribute_hits(
            senses.without_other_senses(product_names.without_names(seg.text, facts.names)))
    if named:
        attrs.remove("generic_environmental")  # "Green Tales Cotton Kurta": the brand, not a claim
        if not attrs and not (rule.codes - {"GENERIC_CLAIM"}):
            return None
    if "generic_environmental" in attrs and "generic_environmental" not in rule.attributes and len(attrs) > 1 \
            and (senses.green_only_as_name(seg.text) or not generic.generic_context(seg.text)):
        # "Organic Green Tea": a name, beside a real attribute; "BPA free": no generic word at all
        attrs.remove("generic_environmental")
    if "energy_efficiency" in attrs and "energy_efficiency" not in rule.attributes and len(attrs) > 1 and \
            not energy.energy_wording(seg.text):
        attrs.remove("energy_efficiency")  # "65 watt cable ... Prolong Bending Lifespan": no energy claim
    if "durability_repair" in attrs and "durability_repair" not in rule.attributes and \
            durability.durability_only_battery(seg.text):
        attrs.remove("durability_repair")  # "with long lasting battery": runtime, not durability
        # ... and the segment names none of the heads' other attributes ("Long lasting power: upto 8x longer than
        # zinc carbon batteries"): nothing left to claim
        if not rule.is_claim and not set(attrs) & _named_attributes(seg.text, info, rule):
            return None
    if "durability_repair" in attrs and "durability_repair" not in rule.attributes and not info.certs and \
            not lexicon.attribute_hits(seg.text) and not _DURABILITY_HINT.search(seg.text):
        attrs.remove("durability_repair")  # "JASO MA2 rated for wet-clutch bikes": a spec, no word of a long life
        if not attrs and not rule.is_claim:
            return None
    # where the segment's own words or schemes name some of its attributes, the heads' others are read
    # from the neighbourhood ("Toys are durable ... no heavy metals": not durability): keep the named ones
    own = _named_attributes(seg.text, info, rule)
    named_attrs = [a for a in attrs if a in own]
    if named_attrs:
        attrs = named_attrs
    negated = set(negation.negated_attributes(seg.text)) - set(rule.attributes)
    if negated & set(attrs):  # "not biodegradable; use the cloth filter for reuse"
        attrs = [a for a in attrs if a not in negated]
        if not attrs and not rule.is_claim:
            return None
    if not attrs:  # the heads' best attribute; generic only with a generic word or a badge in the segment
        pool = [a for a in ATTRIBUTES if a != "generic_environmental" or info.badges or
                generic.generic_context(f"{_continues(pred, i)} {seg.text}")]
        attrs = [max(pool, key=lambda a: float(P[f"attr:{a}"][i]))]
    return attrs, negated, named


def _skipped(pred: ListingPrediction, i: int, facts: ListingFacts) -> bool:
    """Segment ``i`` is no claim whatever the heads say: negated, disclaimed or asked wording, a
    gadget's power saving, or the rest of a negated statement."""
    seg = pred.segments[i]
    asked = _with_answer(seg.text, facts.bullets) if seg.field != "title" else seg.text
    answered = asked != seg.text and scope.faq_whole_by_part(asked, facts.title) is not None
    if (negation.negated_only(seg.text) and not answered) or \
            (facts.book and seg.field == "title" and not pred.infos[i].certs):
        return True  # negated, disclaimed or asked (unless the next bullet answers it); a book's title
    if facts.gadget and senses.gadget_power_saving_only(seg.text) and not energy.mains_voltage(seg.text):
        return True  # "Auto Sleep Power Saving" on a mouse: battery life, not an energy claim
    if energy.not_rated(seg.text):
        return True  # "Energy Rating: Not Rated (portable AC not covered under BEE scheme)"
    # "NON-REFILLABLE – dispose of when dry": the rest of a negated statement
    return bool(i and _continued(pred.segments, i - 1, pred.masked) and negation.negated_only(pred.segments[i - 1].text)
                and not (pred.infos[i].certs or lexicon.attribute_hits(seg.text)))


def build_result(listing: dict[str, Any], pred: ListingPrediction, heads: Heads,
                 policy: RiskPolicy | None = None, registry: Registry | None = None) -> ListingResult:
    policy = policy or RiskPolicy()
    P = pred.probs
    t_claim = heads.threshold("claim")
    facts = listing_facts(listing, pred, registry)
    claims: list[ClaimSpan] = []
    findings: list[Finding] = []
    attr_scores: dict[str, float] = {}
    credible: list[float] = []
    max_code_p = {"high": 0.0, "medium": 0.0}
    specific_ps: list[float] = []
    for i, seg in enumerate(pred.segments):
        if _skipped(pred, i, facts):
            continue
        p_claim = float(P["claim"][i])
        info = pred.infos[i]
        continued = _continued(pred.segments, i, pred.masked)
        rule = segment_rules(seg.text, info, continued)
        _forced_rules(rule, seg, info, facts, continued)
        if p_claim < t_claim and not rule.is_claim:
            continue
        if _eco_mode_item(pred.segments, i, pred.masked) or _answered_no(seg.text, continued):
            continue
        if not rule.is_claim and (_not_a_claim(seg.text, info, p_claim, policy) or
                                  (not continued and _bare_header(seg.text, info))):
            continue
        got = _claim_attributes(pred, heads, i, rule, facts)
        if got is None:
            continue
        attrs, negated, named = got
        original = listing[seg.field]
        for a in attrs:
            attr_scores[a] = max(attr_scores.get(a, 0.0), p_claim * float(P[f"attr:{a}"][i]))
        p_spec = float(P["specific"][i])
        specific = p_spec >= heads.threshold("specific")
        specific_ps.append(p_spec)
        claims.append({"field": seg.field, "start": seg.start, "end": seg.end, "text": seg.raw,
                       "attributes": attrs, "specific": specific, "score": round(p_claim, 4)})
        # the heads' codes count where the heads take the segment for a claim; a claim only the rules
        # found ("Organic Rolled Oats" in a title) gets the rules' codes
        head_claim = p_claim >= t_claim
        # a high-risk finding needs an eco word, scheme or badge in its segment: a high finding on a
        # warranty line or a "Double Deck Seal" would cost every other finding its credibility
        eco_words = bool(lexicon.attribute_hits(seg.text) or info.certs or info.badges or
                         generic.environment_word(seg.text))
        codes = [c for c in SEGMENT_CODES if c != "UNVERIFIED_CERTIFICATION"
                 and ((head_claim and P[f"code:{c}"][i] >= heads.threshold(f"code:{c}")
                       and (eco_words or SEVERITY[c] != "high")) or c in rule.codes)]
        codes = filter_codes(ClaimView(seg.text, seg.field, attrs, rule, facts, negated, named, codes, continued,
                                       _continues(pred, i)))
        for code in codes:
            sev = SEVERITY[code]
            max_code_p[sev] = max(max_code_p[sev], float(P[f"code:{code}"][i]),
                                  policy.rule_confidence if code in rule.codes else 0.0)
            if code == "UNCERTIFIED_LABEL" and info.badges:
                s0, e0 = _locate(pred.masked[seg.field], seg, *info.badges[0])
            elif code in _CODE_ANCHOR:
                s0, e0 = _span_in(pred.masked[seg.field], seg, *_CODE_ANCHOR[code])
            else:
                s0, e0 = seg.start, seg.end
            findings.append(make_finding(code, seg.field, s0, e0, original))
        flagged: set[str] = set()
        for cert in info.certs:
            if cert.scheme.id not in facts.verifiable | flagged and cert.scheme.scheme_type != "first_party_program" \
                    and not cert.scheme.public_register:
                flagged.add(cert.scheme.id)
                s0, e0 = _locate(pred.masked[seg.field], seg, cert.start, cert.end)
                findings.append(make_finding(
                    "UNVERIFIED_CERTIFICATION", seg.field, s0, e0, original,
                    f"({cert.scheme.name}: add the licence number.)"))
        if not any(SEVERITY[c] in ("high", "medium") for c in codes):
            cred = policy.credibility([c.scheme.credibility for c in info.certs], any(c.licence for c in info.certs))
            credible.append(p_spec * cred)
    # a contradiction counts only on a span accepted as a claim: the evidence model read a segment the heads leaned
    # to, which the rules then took for no claim ("power saving dim mode gives upto 6 hours of backup")
    contradicted = [f for f in pred.extra_findings
                    if any(c["field"] == f["field"] and c["start"] <= f["start"] and f["end"] <= c["end"]
                           for c in claims)]
    findings.extend(contradicted)
    if contradicted:
        max_code_p["high"] = max(max_code_p["high"], policy.contradiction_confidence)
    level = level_from_codes({f["code"] for f in findings}, bool(claims))
    max_claim = float(P["claim"].max()) if len(pred.segments) else 0.0
    score = policy.risk_score(level, max_code_p["high"], max_code_p["medium"], specific_ps, max_claim)
    eco = policy.eco_score(credible, level)
    findings.sort(key=lambda f: (f["field"] != "title", f["start"], f["code"]))
    result: ListingResult = {
        "id": listing["id"],
        "eco_attributes": [{"label": a, "score": round(s, 4)} for a, s in
                           sorted(attr_scores.items(), key=lambda kv: -kv[1])],
        "claims": claims,
        "greenwashing": {"level": level, "score": round(score, 4), "findings": findings},
        "eco_score": round(eco, 4),
        "model_version": heads.meta.get("version", "unknown"),
        "language": "en",
        "status": "scored",
    }
    if pred.review_signals is not None:
        result["review_signals"] = pred.review_signals
    return result


def _named_attributes(text: str, info: SegmentInfo, rule: SegmentRules) -> set[str]:
    """The attributes a segment names itself: its keywords, its rules, its schemes."""
    schemes = {a for c in info.certs for a in c.scheme.attributes}
    return set(lexicon.attribute_hits(senses.without_other_senses(text))) | set(rule.attributes) | schemes


def _locate(masked: str, seg: Segment, a: int, b: int) -> tuple[int, int]:
    """Map offsets inside ``seg.text`` (whitespace-normalised) back to the field."""
    needle = seg.text[a:b]
    pos = masked.find(needle, seg.start, seg.end + 1)
    if pos >= 0:
        return pos, pos + len(needle)
    return seg.start, seg.end


def unread_result(listing: dict[str, Any], language: str, model_version: str) -> ListingResult:
    """The result for a listing in a language the analyzer does not read: nothing scored, no level
    (``none`` would say "read, and no claim found"), the language and the status say why."""
    return {"id": listing["id"], "eco_attributes": [], "claims": [],
            "greenwashing": {"level": None, "score": None, "findings": []}, "eco_score": 0.0,
            "model_version": model_version, "language": language, "status": "unsupported_language"}
