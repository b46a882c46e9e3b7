"""Real seller copy with stand-off labels: the real-text dev and test sets.

Two sources, each a public data set read in place (never copied) and a labels file under
``corpora/real/`` holding ids, character offsets into the product name (``title``) and the
seller's description, attributes, codes and the level, written to labels.md section 4:

- ``amazon_in``: ../shared/data/amazon_sales_india (CC BY-NC-SA 4.0), Amazon India, mostly
  electronics; the description is the ``about_product`` column as is (bullets separated by ``|``).
  The listings reserved for acceptance (RESERVED_IDS.txt) are never read.
- ``uk_toys``: ../shared/data/amazon_uk_toys (CC BY-SA 4.0), Amazon UK toys; the description is
  the ``product_description`` column.

The text is joined back from the CSV here; a listing whose text no longer matches the recorded
SHA-1 is an error. These labels are for evaluation only: no shipped weights are trained on them
(an Apache-2.0 model cannot inherit non-commercial or share-alike terms).

Split: a pure function of the id (SHA-1, half dev / half test): thresholds and rules are chosen
on dev; test is read only by ``claims eval real --split test``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Source:
    """One real-text set: where its CSV lives, which columns are the title and the description."""

    dataset: str
    csv: str
    labels: str
    description_column: str
    title: str

    def labels_path(self, corpora_dir: Path) -> Path:
        return corpora_dir / "real" / self.labels


SOURCES: dict[str, Source] = {
    "amazon_in": Source("amazon_sales_india", "amazon_sales_products.csv", "amazon_in.jsonl", "about_product",
                        "amazon_sales_india (real Amazon India seller copy), CC BY-NC-SA 4.0, stand-off labels"),
    "uk_toys": Source("amazon_uk_toys", "amazon_uk_toys_products.csv", "amazon_uk_toys.jsonl", "product_description",
                      "amazon_uk_toys (real Amazon UK toy listings), CC BY-SA 4.0, stand-off labels"),
}


class RealDataMissing(FileNotFoundError):
    """The public data set is not beside the checkout."""


def split_of(listing_id: str) -> str:
    return "dev" if hashlib.sha1(listing_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _reserved(data_dir: Path) -> set[str]:
    path = data_dir / "RESERVED_IDS.txt"
    if not path.exists():
        return set()
    return {x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")}


def load(corpora_dir: Path, shared_data_dir: Path, split: str | None = None,
         source: str = "amazon_in") -> list[dict[str, Any]]:
    """Labelled real listings (input fields + gold labels, claims with their text), one split or all."""
    if source not in SOURCES:
        raise ValueError(f"unknown real-text source {source!r} (known: {', '.join(SOURCES)})")
    src = SOURCES[source]
    data_dir = shared_data_dir / src.dataset
    products = data_dir / src.csv
    if not products.exists():
        raise RealDataMissing(f"{products}: the real-text set needs ../shared/data/{src.dataset} beside the checkout")
    labels = [json.loads(x) for x in src.labels_path(corpora_dir).read_text(encoding="utf-8").splitlines()
              if x.strip()]
    wanted = {r["id"] for r in labels if split is None or split_of(r["id"]) == split}
    reserved = _reserved(data_dir)
    if wanted & reserved:
        raise ValueError(f"labels name reserved listings: {sorted(wanted & reserved)[:5]}")
    rows: dict[str, dict[str, str]] = {}
    with products.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pid = row["product_id"]
            if pid in wanted and pid not in rows:  # reserved ids are never wanted, so never kept
                rows[pid] = row
    out = []
    for lab in labels:
        if lab["id"] not in wanted:
            continue
        row = rows[lab["id"]]
        fields = {"title": row["product_name"], "description": row[src.description_column]}
        for name, text in fields.items():
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != lab["sha1"][name]:
                raise ValueError(f"{lab['id']}: the {name} in the data set changed since it was labelled")
        claims = [{**c, "text": fields[c["field"]][c["start"]: c["end"]]} for c in lab["claims"]]
        out.append({"id": lab["id"], **fields, "category": row["category"], "claims": claims,
                    "eco_attributes": lab["eco_attributes"], "findings": lab["findings"],
                    "risk_level": lab["risk_level"], "hard_case": lab.get("hard_case")})
    return out
