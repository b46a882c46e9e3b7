"""The label vocabulary of ../shared/spec/labels.md, owned by the project.

Names are stable: corpora, evaluation sets and the acceptance checks use them unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

ATTRIBUTES: tuple[str, ...] = (
    "recycled_content", "organic", "biodegradable_compostable", "recyclable", "plastic_free",
    "carbon_climate", "energy_efficiency", "water_efficiency", "renewable_energy",
    "responsible_sourcing", "fair_labor", "non_toxic", "durability_repair", "reusable_refillable",
    "secondhand_refurbished", "animal_welfare", "generic_environmental",
)

ATTRIBUTE_DESCRIPTIONS: dict[str, str] = {
    "recycled_content": "made partly or wholly of recycled or upcycled material",
    "organic": "materials or ingredients from organic farming",
    "biodegradable_compostable": "the item or packaging biodegrades or can be composted",
    "recyclable": "the item or packaging can be recycled",
    "plastic_free": "no or reduced plastic in product or packaging",
    "carbon_climate": "carbon or climate claim: neutral, net zero, compensated, low carbon, footprint",
    "energy_efficiency": "low energy use in use",
    "water_efficiency": "low water use in production or in use",
    "renewable_energy": "made or powered with renewable energy",
    "responsible_sourcing": "raw materials sourced responsibly or certified as such",
    "fair_labor": "fair trade or fair working conditions",
    "non_toxic": "free of harmful substances",
    "durability_repair": "long life, repairability, spare parts, upgrades",
    "reusable_refillable": "reusable, refillable or returnable instead of single-use",
    "secondhand_refurbished": "pre-owned, refurbished, resale or rental",
    "animal_welfare": "vegan, cruelty-free or animal welfare",
    "generic_environmental": "a general environmental benefit with no specific attribute",
}

LEVELS: tuple[str, ...] = ("none", "low", "medium", "high")
SEVERITIES: tuple[str, ...] = ("high", "medium", "advisory")


@dataclass(frozen=True)
class Code:
    name: str
    severity: str
    pattern: str
    references: tuple[str, ...]
    message: str
    suggestion: str


_CODES = [
    Code("GENERIC_CLAIM", "high",
         "generic environmental claim with no recognised excellent environmental performance",
         ("EU 2024/825 UCPD Annex I 4a", "FTC 16 CFR 260.4", "CMA Green Claims Code principle 2",
          "TerraChoice: vagueness"),
         "A generic environmental claim is banned in the EU unless the product has recognised excellent "
         "environmental performance (EU Ecolabel or an EN ISO 14024 type I ecolabel) or the claim is "
         "specified right there.",
         "Replace the generic term with the specific, verifiable benefit, e.g. 'shell made of 70% recycled "
         "polyester (GRS licence ...)', or cite the type I ecolabel and its licence number."),
    Code("UNCERTIFIED_LABEL", "high",
         "own or invented label, badge, seal or score not based on a certification scheme",
         ("EU 2024/825 UCPD Annex I 2a", "FTC 16 CFR 260.6", "TerraChoice: worshiping false labels"),
         "Sustainability labels that are not based on a third-party certification scheme or set by a "
         "public authority are banned in the EU.",
         "Remove the in-house badge, or replace it with a recognised certification and its licence number."),
    Code("WHOLE_PRODUCT_OVERREACH", "high",
         "claim about the whole product, range or brand when only one part or aspect qualifies",
         ("EU 2024/825 UCPD Annex I 4b", "FTC 16 CFR 260.3(b)", "CMA Green Claims Code principle 5",
          "TerraChoice: hidden trade-off"),
         "The claim is made for the whole product, range or brand although only one part or aspect "
         "qualifies.",
         "Scope the claim to the part it concerns, e.g. 'lining made of 100% recycled polyester'."),
    Code("OFFSET_NEUTRALITY", "high",
         "neutral, reduced or positive climate impact claimed on the basis of offsetting",
         ("EU 2024/825 UCPD Annex I 4c", "FTC 16 CFR 260.5"),
         "Claims that a product has a neutral, reduced or positive climate impact because emissions are "
         "offset are banned in the EU whatever the offsets' quality.",
         "Drop the neutrality wording; report measured emission reductions of the product, and describe "
         "any climate contributions separately as the company's support for projects."),
    Code("LEGAL_REQUIREMENT_AS_FEATURE", "high",
         "a legal requirement for the whole category presented as a distinctive feature",
         ("EU 2024/825 UCPD Annex I 10a", "TerraChoice: irrelevance"),
         "This is required by law for every product of the category, so presenting it as a distinctive "
         "benefit is banned.",
         "Remove the claim, or state plainly that all such products must meet this requirement by law."),
    Code("FUTURE_PERFORMANCE", "high",
         "future environmental performance without a verifiable plan",
         ("EU 2024/825 UCPD Art. 6(2)(d)",),
         "A future environmental commitment needs a detailed, public, independently verified "
         "implementation plan; without one it is misleading.",
         "Remove the pledge from the product copy, or link the public plan with measurable, time-bound "
         "targets and its independent verifier."),
    Code("CONTRADICTED", "high",
         "the claim is contradicted by the listing's own facts or by customer reviews",
         ("CMA Green Claims Code principle 1", "TerraChoice: fibbing"),
         "The claim is contradicted by other information about this product.",
         "Correct the claim so it matches the product's facts, or fix the product."),
    Code("UNQUANTIFIED_CHARACTERISTIC", "medium",
         "a characteristic that needs a figure has none",
         ("EU 2024/825 UCPD Art. 6(1)(b)", "FTC 16 CFR 260.13", "TerraChoice: no proof"),
         "The characteristic is stated without the figure a shopper needs to judge it.",
         "Quantify it, e.g. 'contains 60% recycled aluminium by weight'."),
    Code("UNQUALIFIED_DEGRADABILITY", "medium",
         "biodegradable/compostable without conditions",
         ("FTC 16 CFR 260.7", "FTC 16 CFR 260.8", "CMA Green Claims Code principle 3"),
         "Biodegradable or compostable without the conditions (home or industrial, time frame, standard) "
         "misleads shoppers about disposal.",
         "State the conditions and the standard, e.g. 'home compostable within 26 weeks (TÜV AUSTRIA OK "
         "compost HOME, certificate ...)'."),
    Code("UNQUALIFIED_RECYCLABILITY", "medium",
         "recyclable without which part and by what route",
         ("FTC 16 CFR 260.12", "CMA Green Claims Code principle 3"),
         "Recyclable without saying which part and by which route (kerbside, drop-off, take-back).",
         "Say which part is recyclable and how, e.g. 'carton recyclable in kerbside paper collection; "
         "remove the film'."),
    Code("VAGUE_FREE_OF", "medium",
         "non-toxic / chemical-free without substance and basis",
         ("FTC 16 CFR 260.9", "FTC 16 CFR 260.10", "TerraChoice: vagueness"),
         "'Non-toxic' or 'chemical-free' claims need the substance and the basis (test, standard).",
         "Name the substances and the evidence, e.g. 'free of PFAS (tested to EN 17681-1, report ...)'."),
    Code("UNSUPPORTED_COMPARISON", "medium",
         "comparative figure without a baseline",
         ("CMA Green Claims Code principle 4", "EU 2024/825 UCPD Art. 6(1)(b)"),
         "A comparison needs its baseline: less than what, measured how?",
         "State the baseline, e.g. '30% less plastic than our 2023 bottle (42 g vs 60 g)'."),
    Code("DURABILITY_UNSUBSTANTIATED", "medium",
         "durability or repairability claim without figures or terms",
         ("EU 2024/825 UCPD Annex I 23d-23e",),
         "Durability and repairability claims need figures or terms (years, cycles, spare-part period).",
         "Give the figure and the terms, e.g. 'tested to 10,000 cycles; spare parts available for 7 years'."),
    Code("UNVERIFIED_CERTIFICATION", "advisory",
         "a recognised certification named with no way to check it",
         ("FTC 16 CFR 260.6", "CMA Green Claims Code principle 6"),
         "A recognised certification is named without a licence number or another way to check it.",
         "Add the licence or certificate number so shoppers and moderators can verify it."),
    Code("IRRELEVANT_CLAIM", "medium",
         "true but irrelevant benefit",
         ("EU 2024/825 UCPD Art. 6(2)(e)", "TerraChoice: irrelevance"),
         "The benefit claimed is irrelevant to this product's environmental impact.",
         "Remove the claim or replace it with a benefit that results from the product itself."),
]

CODES: dict[str, Code] = {c.name: c for c in _CODES}
CODE_NAMES: tuple[str, ...] = tuple(CODES)
SEVERITY: dict[str, str] = {c.name: c.severity for c in _CODES}


def level_from_codes(codes: list[str] | set[str], has_claims: bool) -> str:
    """The level of labels.md section 2: high dominates, advisory never raises it."""
    severities = {SEVERITY[c] for c in codes}
    if "high" in severities:
        return "high"
    if "medium" in severities:
        return "medium"
    return "low" if has_claims else "none"
