"""Catalogs and checks shared by the batch fault tests and the chaos test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TITLES = ["Eco-friendly yoga mat", "Ceramic mug 350 ml", "Carbon neutral sneakers", "Organic cotton tee",
          "Bamboo toothbrush", "Green planet-friendly bottle", "Plain steel spoon", "Recycled paper notebook"]
DESCRIPTIONS = ["Good for the planet and for you!", "Dishwasher safe. Forest green glaze.",
                "Every pair is carbon neutral: we offset all emissions by planting trees.",
                "100% organic cotton, GOTS certified (licence CU 817263).", "Compostable handle, plastic-free box.",
                "Sustainable and eco-conscious.", "Stainless steel, 18 cm.", "Made from 80% recycled paper."]


def catalog(n: int, bad_every: int = 0) -> list[dict[str, Any]]:
    """``n`` listings with varied findings; with ``bad_every``, some duplicates of ids seen earlier
    (they must be rejected after a resume too) and some rows without a title."""
    rows: list[dict[str, Any]] = []
    for i in range(n):
        row: dict[str, Any] = {"id": f"p{i}", "title": f"{TITLES[i % 8]} #{i}",
                               "description": DESCRIPTIONS[(i * 3) % 8], "sku": i}
        if i % 5 == 0:
            row["reviews"] = ["Love it", "Arrived in a plastic bag"]
        if bad_every and i % bad_every == bad_every - 1:
            if (i // bad_every) % 2:
                row["id"] = f"p{i // 3}"  # a duplicate of an earlier id
            else:
                del row["title"]
        rows.append(row)
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]], raw: dict[int, bytes] | None = None) -> Path:
    """Write ``rows`` as JSONL; ``raw`` replaces the line at a 0-based index with given bytes."""
    raw = raw or {}
    with path.open("wb") as fh:
        for i, row in enumerate(rows):
            fh.write(raw[i] if i in raw else json.dumps(row).encode() + b"\n")
    return path


def write_table(path: Path, rows: list[dict[str, Any]]) -> Path:
    """The catalog as CSV or Parquet (by extension), reviews as a JSON string."""
    import pyarrow as pa

    cols = {"id": [r.get("id") for r in rows], "title": [r.get("title") for r in rows],
            "description": [r.get("description") for r in rows], "sku": [str(r.get("sku")) for r in rows],
            "reviews": [json.dumps(r["reviews"]) if "reviews" in r else "" for r in rows]}
    table = pa.table(cols)
    if path.suffix == ".csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, path)
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, path, row_group_size=64)
    return path


def out_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of an output file, whatever its format."""
    if path.suffix == ".jsonl":
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        import csv

        with path.open(encoding="utf-8-sig", newline="") as fh:  # written with a byte-order mark
            return list(csv.DictReader(fh))
    import pyarrow.parquet as pq

    return list(pq.read_table(path).to_pylist())


def rejects(out: Path) -> list[dict[str, Any]]:
    p = out.with_name(out.name + ".rejects.jsonl")
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]


def leftovers(out: Path) -> list[str]:
    """Files of an unfinished run beside ``out``."""
    return sorted(p.name for p in out.parent.iterdir() if ".partial" in p.name)
