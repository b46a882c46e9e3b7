"""Return-risk signals from review text: does a review report a reason customers return
products for?

Four reasons, each a set of complaint patterns (a plain mention is not a complaint: "fits
perfectly" and "true to size" are not size problems, "no holes after a year" is not a quality
problem):

- ``size_fit``: too small/large/tight/long, runs small, had to size up, unflattering cut;
- ``quality_durability``: cheap fabric, poorly made, fell apart, holes or pilling after a wash;
- ``not_as_described``: not like the picture, colour different from the photo, misleading;
- ``damaged``: arrived broken or stained, defective, missing parts.

A review that says it was returned (``reported_return``) is counted too. Per listing,
:func:`listing_signals` gives the counts and shares and ``return_risk``: the share of reviews
reporting any reason or a return. Rules only: no model, no state; fast enough for every
listing of a catalog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

REASONS = ("size_fit", "quality_durability", "not_as_described", "damaged")
RETURNED = "reported_return"
SIGNALS = (*REASONS, RETURNED)

_SIZE_WORDS = r"(?:small|big|large|tight|loose|short|long|baggy|wide|snug|boxy|huge|tiny|low|high|narrow|roomy|clingy)"
_BODY = r"(?:bust|chest|hips?|waist|arms?|shoulders?|sleeves?|thighs?|butt|bum|rear|torso|neck|legs?|calf|calves|toes?)"

_PATTERNS: dict[str, tuple[str, ...]] = {
    "size_fit": (
        r"\b(?:way |far |much |a (?:bit|little|tad) |slightly |very |really )?too " + _SIZE_WORDS + r"\b",
        r"\bruns? (?:very |really |a (?:bit|little|tad) |way |super )?(?:small|large|big|short|long|narrow|tight)\b",
        r"\b(?:did ?n[o']?t|does ?n[o']?t|do ?n[o']?t|would ?n[o']?t|won'?t|not|never) (?:fit|flatter)",
        r"\b(?:size|sized|sizing|order(?:ed)?|go|went|get|got|exchange[ds]?(?: it)?(?: for)?) (?:a |one |two )?"
        r"(?:size |sizes )?(?:up|down|smaller|larger|bigger)\b",
        r"\bnot true to size\b|\bsizing (?:is|was) (?:off|wrong|weird|strange|inconsistent)|\bsize (?:chart|guide) "
        r"(?:is|was) (?:off|wrong|useless)",
        r"\bunflattering\b|\bshapeless\b|\bfrumpy\b|\blike a (?:tent|sack|potato sack|box|maternity)",
        r"\bgap(?:s|ped|ping|es)\b|\bswallowed me\b|\bdrown(?:ed|ing|s)? (?:me|in)\b",
        r"\b(?:tight|snug|loose|baggy|short|long) (?:in|across|through|thru|around|at) the " + _BODY,
        r"\b(?:shr[au]nk|shrinks?|shrinking|stretched out|stretches out|lost (?:its|their) shape)\b",
        r"\bfit (?:is|was) (?:off|weird|odd|strange|awkward|terrible|horrible|bad|poor|wrong|strange)"
        r"|\b(?:weird|odd|strange|awkward|terrible|horrible|bad|poor|unflattering) (?:fit|cut|sizing)\b",
        r"\bcould ?n[o']?t (?:zip|button|get it (?:on|over)|pull it)",
    ),
    "quality_durability": (
        r"\bcheap(?:ly)?[- ](?:made|material|fabric|feel(?:ing)?|looking|quality|construction)\b"
        r"|\b(?:looks?|looked|feels?|felt) (?:very |really |so )?cheap\b",
        r"\b(?:poor|low|bad|terrible|horrible|shoddy|subpar|questionable)(?:ly)?[- ]?(?:quality|made|construction|"
        r"stitching|sewn|workmanship)\b|\bquality (?:is|was) (?:poor|bad|terrible|lacking|not (?:great|good))",
        r"\b(?:fell|falls|falling|coming|came) apart\b|\bunravel(?:l?ed|l?ing|s)?\b|\bfray(?:ed|ing|s)?\b",
        r"\b(?:ripped|tore|torn|split|snapped|broke|broken)\b",
        r"\bhole(?:s)? (?:after|in|already|appeared|formed)\b|\bpill(?:ed|ing|s)? (?:after|already|badly|terribly)|"
        r"\bpilled\b|\bpilling\b",
        r"\bseams? (?:came|come|split|ripped|undone|gave|are coming|was coming)\b",
        r"\bafter (?:one|1|two|2|three|3|a few|the first|first|a single|only one|only 1|just one) "
        r"(?:wash(?:es|ing)?|wear(?:s|ing)?|wears|uses?|day|week)",
        r"\b(?:colou?r|dye) (?:ran|bled|faded|fades|came off)\b|\b(?:faded|bleeds?|bled) (?:after|in the wash)",
        r"\bwrinkles? (?:easily|like crazy|so easily|terribly)\b|\b(?:flimsy|paper[- ]thin|scratchy|itchy)\b",
    ),
    "not_as_described": (
        r"\b(?:not|nothing|nowhere near) (?:like |as )?(?:the |in the |on the |what (?:was|is) )?(?:picture|photo|"
        r"pic|image|model|description|described|shown|pictured|advertised|online)",
        r"\blooks? (?:nothing|very different|different|much different|completely different) "
        r"(?:like|than|from|in person|on)",
        r"\b(?:colou?r|shade|print|pattern|fabric|material) (?:is|was|looks?|looked) (?:completely |totally |very )?"
        r"(?:different|off|not the same|nothing like)",
        r"\b(?:misleading|deceiving|deceptive|false advertising|misrepresent\w*)\b",
        r"\b(?:in person|in real life|irl)\b.{0,40}\b(?:different|not|less|cheap|dull|darker|lighter|brighter|"
        r"orange|yellow|pink)\b",
        r"\bnot what I (?:ordered|expected|thought|was expecting)\b|\bwrong (?:item|colou?r|size|product) "
        r"(?:was )?(?:sent|shipped|arrived|delivered)",
        r"\b(?:description|listing|picture|photo)s? (?:says?|said|shows?|showed) .{0,60}\bbut\b",
    ),
    "damaged": (
        r"\b(?:arrived|came|showed up|delivered|received it) (?:\w+ )?(?:damaged|broken|torn|ripped|stained|dirty|"
        r"crushed|dented|smashed|cracked|defective|with (?:a |an )?(?:hole|stain|tear|rip|snag|mark|scratch|crack)|"
        r"missing)",
        r"\b(?:defective|faulty|damaged|dented|smashed|shattered|dead on arrival|DOA)\b",
        r"\bmissing (?:a |two |one |the )?(?:button|buttons|piece|pieces|part|parts|screws?|belt|tie)\b",
        r"\b(?:stain|hole|snag|tear|rip) (?:on|in) (?:it|the (?:front|back|sleeve|fabric|item)) "
        r"(?:when|out of|straight)",
    ),
    RETURNED: (
        r"\b(?:return(?:ed|ing)?|send(?:ing)? (?:it|them|this) back|sent (?:it|them|this) back|exchang(?:ed|ing))\b"
        r"(?! policy)",
    ),
}
_NEGATOR = re.compile(r"\b(?:no|not|never|nothing|without|hardly|zero|n't|didn't|doesn't|wasn't|isn't|won't|"
                      r"haven't|hasn't|no sign of)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_STARTS_NEGATED = re.compile(r"^(?:did|does|do|would|wo|not|never|could|nothing)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[re.Pattern[str]]]:
    return {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in _PATTERNS.items()}


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    out = []
    for m in pattern.finditer(text):
        if not _STARTS_NEGATED.match(m.group(0)) and _NEGATOR.search(text[max(0, m.start() - 40): m.start()]):
            continue  # "no holes after a year", "never felt cheap"
        out.append((m.start(), m.end()))
    return out


def review_reasons(text: str) -> dict[str, list[tuple[int, int]]]:
    """The signals one review reports, each with its matching spans (character offsets)."""
    found: dict[str, list[tuple[int, int]]] = {}
    if not isinstance(text, str) or not text.strip():
        return found
    for name, patterns in _compiled().items():
        spans = [s for p in patterns for s in _hits(p, text)]
        if spans:
            found[name] = sorted(spans)
    return found


def review_risk(text: str) -> float:
    """A per-review score in [0, 1]: the share of the five signals the review reports."""
    return len(review_reasons(text)) / len(SIGNALS)


def listing_signals(reviews: Sequence[Any] | None) -> dict[str, Any] | None:
    """Per-listing return-risk signals, or None for a listing without reviews.

    ``{"n_reviews": n, "counts": {reason: reviews reporting it}, "share": {reason: count / n},
    "return_risk": share of reviews reporting any reason or a return}``; ``counts`` and ``share``
    include ``reported_return``.
    """
    texts = [r for r in reviews or [] if isinstance(r, str) and r.strip()]
    if not texts:
        return None
    counts = dict.fromkeys(SIGNALS, 0)
    any_reason = 0
    for t in texts:
        found = review_reasons(t)
        for k in found:
            counts[k] += 1
        any_reason += bool(found)
    n = len(texts)
    return {"n_reviews": n, "counts": counts, "share": {k: round(v / n, 4) for k, v in counts.items()},
            "return_risk": round(any_reason / n, 4)}
