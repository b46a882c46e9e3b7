"""Does the recommender stay on topic? 20 text and item queries over the demo catalog, at default settings.

Issue 15's done-when check: for each query in ``benchmarks/recommend_on_topic.json`` the script
asks the recommender (``Recommender.by_text`` or ``by_item``, ``k`` 10, default ``Criteria``)
and prints every recommended listing with its title, relevance, explanation and whether it is in
the query's list of listings a person judged to serve the same need (``same_need`` in the JSON,
written by reading the titles and descriptions of the demo catalog). It exits 1 when any
recommended listing is not in that list, or when a query's list is empty, so the check is
reproducible: a change to the gate that lets another kind of product through fails here.

Build the index first (the real model; a few minutes on two cores)::

    claims score corpora/demo/catalog.jsonl -o /tmp/rec15/demo_scored.jsonl
    CLAIMS_INDEX_DIR=/tmp/rec15/index claims index build /tmp/rec15/demo_scored.jsonl \\
        --listings corpora/demo/catalog.jsonl
    CLAIMS_INDEX_DIR=/tmp/rec15/index python benchmarks/recommend_on_topic.py [--json]

``--show-candidates`` also prints, per query, the nearest listings the gate left out (to judge
what a query should have found). ``--calibrate`` prints how the relevance floors split same-type
from other-type pairs on this catalog (docs/recommender.md, "Staying on topic").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claims.config import get_settings  # noqa: E402
from claims.recommend.recommender import Criteria, Recommender  # noqa: E402

JUDGED = HERE / "recommend_on_topic.json"


def run(rec: Recommender, queries: list[dict[str, Any]], k: int = 10) -> list[dict[str, Any]]:
    """Each query with its recommendations and the judgement of each."""
    out = []
    for q in queries:
        judged = set(q.get("same_need", []))
        recs = rec.by_text(q["text"], k) if "text" in q else rec.by_item(q["item"], k)
        rows = [{"id": r.id, "title": r.title, "relevance": r.relevance, "score": r.score, "level": r.level,
                 "same_need": r.id in judged, "explanation": r.explanation} for r in recs]
        out.append({"query": q.get("text") or q["item"], "kind": "text" if "text" in q else "item",
                    "query_title": None if "text" in q else rec.catalog.get(q["item"]).title,
                    "judged_same_need": len(judged), "recommended": rows,
                    "ok": bool(judged) and all(r["same_need"] for r in rows)})
    return out


def left_out(rec: Recommender, q: dict[str, Any], shown: set[str], n: int = 6) -> list[str]:
    crit = Criteria(same_need=False, min_relevance=0.0, eco_weight=0.0, diversity=0.0)
    recs = rec.by_text(q["text"], n + len(shown), crit) if "text" in q else rec.by_item(q["item"], n + len(shown), crit)
    return [f"{r.relevance:.2f} {r.id} {r.title}" for r in recs if r.id not in shown][:n]


def calibrate(rec: Recommender, texts: list[str]) -> dict[str, Any]:
    """Share of same-type and other-type pairs at or above each floor: listing pairs, and text queries
    (``texts`` plus every product term of the catalog) against listings."""
    import numpy as np

    from claims.recommend.product_types import product_type, same_need

    cat = rec.catalog
    n = len(cat)
    vecs = cat.items_index.vectors(range(n))
    types = [cat.type_at(i) for i in range(n)]

    def split(qtypes: list[Any], sims: np.ndarray, skip_self: bool) -> dict[str, Any]:
        same: list[float] = []
        other: list[float] = []
        for qi, qt in enumerate(qtypes):
            for i in range(n):
                if not (skip_self and i == qi):
                    (same if same_need(qt, types[i]) else other).append(float(sims[qi, i]))
        a, b = np.array(same), np.array(other)
        return {"pairs_same_type": len(a), "pairs_other_type": len(b),
                "floors": {f"{f:.2f}": {"same_type_kept": round(float((a >= f).mean()), 3),
                                        "other_type_above": round(float((b >= f).mean()), 4)}
                           for f in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45)}}

    queries = list(dict.fromkeys(texts + sorted({t.describe() for t in types})))
    return {"items": split(types, vecs @ vecs.T, True),
            "texts": {"queries": len(queries),
                      **split([product_type(q) for q in queries], rec.encoder.encode(queries) @ vecs.T, False)}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ap.add_argument("--show-candidates", action="store_true", help="also print the nearest listings left out")
    ap.add_argument("--calibrate", action="store_true", help="print the relevance-floor calibration and stop")
    args = ap.parse_args(argv)
    spec = json.loads(JUDGED.read_text(encoding="utf-8"))
    rec = Recommender.load(Path(args.index_dir) if args.index_dir else get_settings().index_dir)
    if args.calibrate:
        print(json.dumps(calibrate(rec, [q["text"] for q in spec["queries"] if "text" in q]), indent=1))
        return 0
    results = run(rec, spec["queries"])
    bad = [r for r in results if not r["ok"]]
    summary = {"queries": len(results), "on_topic": len(results) - len(bad),
               "recommended": sum(len(r["recommended"]) for r in results),
               "off_topic_items": sum(not x["same_need"] for r in results for x in r["recommended"]),
               "empty_lists": sum(not r["recommended"] for r in results)}
    if args.json:
        print(json.dumps({"summary": summary, "results": results}, ensure_ascii=False, indent=1))
    else:
        for n, (q, r) in enumerate(zip(spec["queries"], results, strict=True), 1):
            head = f'"{r["query"]}"' if r["kind"] == "text" else f'{r["query"]} ({r["query_title"]})'
            print(f"{n:>2}. {r['kind']} {head}: {len(r['recommended'])} recommended, "
                  f"{'OK' if r['ok'] else 'OFF TOPIC'}")
            for x in r["recommended"]:
                mark = "same need" if x["same_need"] else "NOT JUDGED SAME NEED"
                print(f"      {x['relevance']:.2f} {x['id']:12} {x['title'][:62]:62}  [{mark}]")
                print(f"           {x['explanation']}")
            if args.show_candidates:
                for line in left_out(rec, q, {x["id"] for x in r["recommended"]}):
                    print(f"      (left out) {line}")
        print(f"\n{summary['on_topic']} of {summary['queries']} queries on topic; {summary['recommended']} listings "
              f"recommended, {summary['off_topic_items']} not judged same need; {summary['empty_lists']} empty lists")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
