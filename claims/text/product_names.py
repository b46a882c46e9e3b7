"""Brand, model and product names that carry eco words ("EcoStar", "Green Toys"), masked before rules read."""

from __future__ import annotations

import re

from claims.text.generic import CERT_WORD, strong_generic
from claims.text.senses import GENERIC_WORD

# Brand and product names with eco words ("Green Tales", "Green Toys"): labels.md section 4 says they
# are not claims. A name counts when the listing says so ("Brand: Green Tales", or the listing's
# ``brand`` field), or when a capitalised name with an eco word in the title comes back, capitalised
# the same way, in the description ("Green Toys Stacker ... the Green Toys Stacker is safe").
_BRAND_LINE = re.compile(r"\bbrand(?: name)?\s*[:=\u2013-]\s*([A-Za-z][\w&'. -]{1,40}?)\s*(?=[|\n;,(]|$)",
                         re.IGNORECASE)


# "Green Soul brand", "the Green Tales® brand": a capitalised name of two words or more the listing calls a brand
_NAME_THEN_BRAND = re.compile(r"\b((?:[A-Z][\w&'-]*\s+){1,2}[A-Z][\w&'-]*)(?:\s*[\u00ae\u2122])?\s+"
                              r"(?:[Bb]rand|BRAND)\b")


_ECO_NAME = re.compile(r"\b(?:[A-Z][\w&'-]*\s+)?(?:Green|Eco|Earth|Nature|Planet)[\w&'-]*(?:\s+[A-Z][\w&'-]*)?")
# ecolabels whose names look like a brand's ("Green Seal Certified (GS-37)")
_ECOLABEL_NAME = re.compile(r"\bgreen ?seal\b|\bgreen ?guard\b|\becologo\b", re.IGNORECASE)


def brand_names(title: str, description: str, brand: str | None = None) -> tuple[str, ...]:
    """Names with an eco word that the listing uses as a brand or product name (see above)."""
    names = [brand.strip()] if isinstance(brand, str) and brand.strip() else []
    names += [m.group(1).strip() for m in _BRAND_LINE.finditer(f"{description}\n{title}")]
    names += [m.group(1) for m in _NAME_THEN_BRAND.finditer(f"{description}\n{title}")
              if strong_generic(m.group(1)) is None and not CERT_WORD.search(m.group(1))]
    for m in _ECO_NAME.finditer(title):
        name = m.group(0).strip()
        if len(name.split()) >= 2 and strong_generic(name) is None and not CERT_WORD.search(name) and \
                not _ECOLABEL_NAME.search(name) and name in description:
            names.append(name)
    # a name the description calls a series or range ("Heatflo Eco Shield 25 L Geyser" and "ECO SHIELD SERIES : ...")
    for m in _ECO_WORD_NAME.finditer(title):
        for name in (m.group(0), m.group(1)):
            if re.search(re.escape(name) + _SERIES_AFTER, description, re.IGNORECASE):
                names.append(name)
                break
    return tuple(dict.fromkeys(n for n in names if GENERIC_WORD.search(n)))


_ECO_WORD_NAME = re.compile(r"\b((?:Green|Eco|Earth|Nature|Planet)[\w&'-]*)(?:\s+[A-Z][\w&'-]*)?")
_SERIES_AFTER = r"\W{0,3}(series|range|line|collection|edition|family)\b"


def without_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` with every occurrence of ``names`` blanked (same length)."""
    for name in names:
        text = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text
