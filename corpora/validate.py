"""Validate the project's hand-written corpora against ../shared/spec/labels.md.

Usage: python corpora/validate.py [FILE ...]   (default: every corpora/*/*.jsonl)
Prints one line per problem and a summary; exit 1 when any problem is found.
The kind of file is taken from its folder: listings/ (and heldout/, the same format), sentences/, reviews/, demo/,
corporate/, real/.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ATTRIBUTES = {
    "recycled_content", "organic", "biodegradable_compostable", "recyclable", "plastic_free",
    "carbon_climate", "energy_efficiency", "water_efficiency", "renewable_energy",
    "responsible_sourcing", "fair_labor", "non_toxic", "durability_repair", "reusable_refillable",
    "secondhand_refurbished", "animal_welfare", "generic_environmental",
}
SEVERITY = {
    "GENERIC_CLAIM": "high", "UNCERTIFIED_LABEL": "high", "WHOLE_PRODUCT_OVERREACH": "high",
    "OFFSET_NEUTRALITY": "high", "LEGAL_REQUIREMENT_AS_FEATURE": "high",
    "FUTURE_PERFORMANCE": "high", "CONTRADICTED": "high",
    "UNQUANTIFIED_CHARACTERISTIC": "medium", "UNQUALIFIED_DEGRADABILITY": "medium",
    "UNQUALIFIED_RECYCLABILITY": "medium", "VAGUE_FREE_OF": "medium",
    "UNSUPPORTED_COMPARISON": "medium", "DURABILITY_UNSUBSTANTIATED": "medium",
    "IRRELEVANT_CLAIM": "medium", "UNVERIFIED_CERTIFICATION": "advisory",
}
CATEGORIES = {
    "apparel", "footwear", "home_kitchen", "furniture", "electronics", "appliances", "beauty",
    "cleaning", "food_drink", "toys_baby", "outdoor", "office", "packaging_shipping",
}
REVIEW_LABELS = {"corroborate", "contradict", "unrelated"}
# corporate/: companies' own environmental claims (ads, web pages, press releases, ...),
# labelled greenwashing / not_greenwashing with the rule IDs of ../shared/spec/rules.md.
CORPORATE_LABELS = {"greenwashing", "not_greenwashing"}
SECTORS = {
    "airline_travel", "energy_oil_gas", "utilities", "automotive", "fashion", "food_beverage",
    "bottled_drinks_packaged_goods", "electronics_tech", "cosmetics_personal_care",
    "household_cleaning", "finance", "retail_ecommerce", "furniture_home", "logistics",
    "construction_materials", "other",
}
FORMS = {
    "slogan", "ad_copy", "web_page", "press_release", "packaging", "social_post",
    "report_excerpt", "ad_description", "product_page",
}
RULE_IDS = {  # rules.md tables 3.1-3.4 (EU-PEN is penalty context, not a pattern)
    "EU-GEN", "EU-LABEL", "EU-WHOLE", "EU-OFFSET", "EU-LEGAL", "EU-FUTURE", "EU-IRREL",
    "EU-CHAR", "EU-DUR", "EU-COMP",
    "US-GEN", "US-PART", "US-QUAL", "US-OFFSET", "US-SEAL", "US-COMPOST", "US-DEGRADE",
    "US-FREE", "US-NONTOX", "US-RECYC", "US-RCONT", "US-OTHER",
    "UK-1", "UK-2", "UK-3", "UK-4", "UK-5", "UK-6",
    "TC-1", "TC-2", "TC-3", "TC-4", "TC-5", "TC-6", "TC-7",
}


def level_from(codes: list[str], has_claims: bool) -> str:
    sev = {SEVERITY[c] for c in codes if c in SEVERITY}
    if "high" in sev:
        return "high"
    if "medium" in sev:
        return "medium"
    return "low" if has_claims else "none"


def check_listing(r: dict, labelled: bool) -> list[str]:
    errs = []
    for k in ("id", "title", "description"):
        if not isinstance(r.get(k), str):
            errs.append(f"missing/non-string {k}")
    if r.get("category") not in CATEGORIES:
        errs.append(f"category {r.get('category')!r} not one of the 13")
    reviews = r.get("reviews")
    if reviews is not None and not (isinstance(reviews, list) and all(isinstance(x, str) for x in reviews)):
        errs.append("reviews must be a list of strings")
    if not labelled:
        return errs
    claims = r.get("claims", [])
    attrs: set[str] = set()
    codes: set[str] = set()
    for c in claims:
        field = c.get("field")
        text = r.get(field) if field in ("title", "description") else None
        if text is None or not c.get("text") or c["text"] not in text:
            errs.append(f"claim text {c.get('text')!r} is not an exact substring of {field!r}")
        for a in c.get("attributes", []):
            if a not in ATTRIBUTES:
                errs.append(f"unknown attribute {a}")
        for code in c.get("codes", []):
            if code not in SEVERITY:
                errs.append(f"unknown code {code}")
        if not isinstance(c.get("specific"), bool):
            errs.append("claim.specific must be true/false")
        if "CONTRADICTED" in c.get("codes", []) and c.get("evidence"):
            ev = c["evidence"]
            in_reviews = isinstance(ev.get("review"), int) and reviews and 0 <= ev["review"] < len(reviews)
            src = (reviews or [])[ev.get("review", -1)] if in_reviews else r.get(ev.get("field", ""), "")
            if not ev.get("text") or ev["text"] not in (src or ""):
                errs.append(f"CONTRADICTED evidence {ev.get('text')!r} not found in its source")
        attrs |= set(c.get("attributes", []))
        codes |= set(c.get("codes", []))
    if set(r.get("eco_attributes", [])) != attrs:
        errs.append(
            f"eco_attributes {sorted(r.get('eco_attributes', []))} != union of claim attributes {sorted(attrs)}"
        )
    if set(r.get("findings", [])) != codes:
        errs.append(f"findings {sorted(r.get('findings', []))} != union of claim codes {sorted(codes)}")
    want = level_from(sorted(codes), bool(claims))
    if r.get("risk_level") != want:
        errs.append(f"risk_level {r.get('risk_level')!r} but findings imply {want!r}")
    return errs


def check_standoff(r: dict) -> list[str]:
    """real/: stand-off labels (offsets, no text) for listings of a public data set."""
    errs = []
    if "title" in r or "description" in r or any("text" in c for c in r.get("claims", [])):
        errs.append("stand-off labels must not carry the listing's text")
    attrs: set[str] = set()
    codes: set[str] = set()
    for c in r.get("claims", []):
        if c.get("field") not in ("title", "description") or not 0 <= c.get("start", -1) < c.get("end", -1):
            errs.append(f"bad claim offsets {c}")
        errs += [f"unknown attribute {a}" for a in c.get("attributes", []) if a not in ATTRIBUTES]
        errs += [f"unknown code {x}" for x in c.get("codes", []) if x not in SEVERITY]
        attrs |= set(c.get("attributes", []))
        codes |= set(c.get("codes", []))
    if set(r.get("eco_attributes", [])) != attrs or set(r.get("findings", [])) != codes:
        errs.append("eco_attributes/findings are not the union of the claims'")
    if r.get("risk_level") != level_from(sorted(codes), bool(r.get("claims"))):
        errs.append(f"risk_level {r.get('risk_level')!r} inconsistent with the codes")
    return errs


def check_sentence(r: dict) -> list[str]:
    errs = []
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        errs.append("empty text")
    if not isinstance(r.get("is_claim"), bool):
        errs.append("is_claim must be true/false")
    for a in r.get("attributes", []):
        if a not in ATTRIBUTES:
            errs.append(f"unknown attribute {a}")
    for code in r.get("codes", []):
        if code not in SEVERITY:
            errs.append(f"unknown code {code}")
    if r.get("is_claim") and not r.get("attributes"):
        errs.append("a claim needs at least one attribute")
    if not r.get("is_claim") and (r.get("attributes") or r.get("codes")):
        errs.append("a non-claim carries no attributes or codes")
    if r.get("is_claim") and not isinstance(r.get("specific"), bool):
        errs.append("a claim needs specific true/false")
    return errs


def check_review(r: dict) -> list[str]:
    errs = []
    for k in ("id", "claim", "review"):
        if not isinstance(r.get(k), str) or not r[k].strip():
            errs.append(f"missing {k}")
    if r.get("label") not in REVIEW_LABELS:
        errs.append(f"label {r.get('label')!r} not in {sorted(REVIEW_LABELS)}")
    for a in r.get("claim_attributes", []):
        if a not in ATTRIBUTES:
            errs.append(f"unknown attribute {a}")
    ev = r.get("evidence")
    if r.get("label") in ("corroborate", "contradict") and (not ev or ev not in r.get("review", "")):
        errs.append("evidence must be an exact substring of the review")
    return errs


def check_corporate(r: dict) -> list[str]:
    errs = []
    for k in ("id", "claim", "company", "note"):
        if not isinstance(r.get(k), str) or not r[k].strip():
            errs.append(f"missing/empty {k}")
    if isinstance(r.get("id"), str) and not r["id"].startswith("c-"):
        errs.append(f"id {r['id']!r} should start with 'c-'")
    if r.get("sector") not in SECTORS:
        errs.append(f"sector {r.get('sector')!r} not in the sector list")
    if r.get("form") not in FORMS:
        errs.append(f"form {r.get('form')!r} not in {sorted(FORMS)}")
    extra = set(r) - {"id", "claim", "company", "sector", "form", "label", "rules", "note"}
    if extra:
        errs.append(f"unknown fields {sorted(extra)}")
    label = r.get("label")
    if label not in CORPORATE_LABELS:
        errs.append(f"label {label!r} not in {sorted(CORPORATE_LABELS)}")
    rules = r.get("rules")
    if not isinstance(rules, list) or not all(isinstance(x, str) for x in rules):
        errs.append("rules must be a list of rule IDs")
        return errs
    for x in rules:
        if x not in RULE_IDS:
            errs.append(f"unknown rule ID {x}")
    if len(set(rules)) != len(rules):
        errs.append("rules has duplicates")
    if label == "greenwashing" and not rules:
        errs.append("greenwashing needs at least one rule ID")
    if label == "not_greenwashing" and rules:
        errs.append("not_greenwashing carries no rule IDs")
    return errs


def main(paths: list[str]) -> int:
    root = Path(__file__).parent
    files = [Path(p) for p in paths] or sorted(root.glob("*/*.jsonl"))
    problems = 0
    ids: Counter[str] = Counter()
    claim_texts: Counter[str] = Counter()
    for f in files:
        kind = f.parent.name
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{f}:{n}: invalid JSON: {e}")
                problems += 1
                continue
            if kind in ("listings", "heldout"):
                errs = check_listing(r, labelled=True)
            elif kind == "demo":
                errs = check_listing(r, labelled=False)
            elif kind == "sentences":
                errs = check_sentence(r)
            elif kind == "reviews":
                errs = check_review(r)
            elif kind == "real":
                errs = check_standoff(r)
            elif kind == "corporate":
                errs = check_corporate(r)
                if isinstance(r.get("claim"), str):
                    claim_texts[" ".join(r["claim"].lower().split())] += 1
            else:
                continue
            ids[f"{kind}:{r.get('id')}"] += 1
            for e in errs:
                print(f"{f}:{n}: {r.get('id')}: {e}")
            problems += len(errs)
    dup = [k for k, v in ids.items() if v > 1 and not k.endswith(":None")]
    for k in dup:
        print(f"duplicate id {k}")
    problems += len(dup)
    dup_claims = [k for k, v in claim_texts.items() if v > 1]
    for k in dup_claims:
        print(f"duplicate corporate claim text {k[:80]!r}")
    problems += len(dup_claims)
    print(f"{sum(ids.values())} records in {len(files)} files, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
