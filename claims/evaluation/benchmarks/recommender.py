"""``claims eval recommender``: relevance and eco lift of the greener-alternatives recommender.

``--dataset amazon`` (default): ../shared/data/amazon_sales_india, real Amazon.in listings with
reviewer ids. Leave-one-out over users with at least 2 items: one item per user is held out
(chosen by a hash of the user id and ``--seed``), the rest is the profile passed to
``Recommender.by_profile``. Users are split by a hash into a declared dev share (30%), where the
eco weight is chosen, and test users (70%), where every reported figure is measured.

``--dataset demo``: the project's demo catalog (no users): item-to-item queries
(``Recommender.by_item``), where a recommendation is relevant when it shares the query's category.

Methods: a popularity baseline (interaction counts without the held-out pairs; the demo has none,
so it ranks by catalog order), pure similarity (eco_weight 0, no diversity, no same-need gate nor
relevance floor), similarity behind the library's same-need gate and floor (eco_weight 0), and
the eco re-ranker (gate and floor on, eco weight chosen on dev, the library's default diversity).

Credibility: eco-share@10 counts recommended listings with a credible eco attribute as the
shipped analyzer judges it. ``--labels FILE`` plugs in human labels for the catalog's listings
(:func:`load_labels`: JSONL, one ``{"id": ..., "credible_attributes": [...]}`` per labelled
listing, labels.md attribute names, ``[]`` for a listing with no credible eco claim; optional
``eco_score`` in [0, 1]). With labels, every method also reports ``eco_share_labels_at_10``
(the share the labels call credible), and a fourth method, the eco re-ranker *ranking on the
labels' credibility* (:func:`label_credibility`), is measured beside the others, so the lift
from credible claims can be told from the lift from the analyzer's over-reading. The catalog is scored with the
shipped analyzer itself; the scored catalog and its index are cached (``--workdir`` or
``.cache/recommender/``), keyed by the model version and the data.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

NAME = "recommender"
HELP = "greener alternatives: NDCG/recall@10, eco-share@10, coverage, diversity (amazon LOO or demo)"
K = 10
DEV_SHARE = 0.3
WEIGHTS = [round(0.1 * i, 1) for i in range(11)]
# the eco weight is the largest-eco-share one that keeps dev NDCG@10 at least this share of similarity's
NDCG_FLOOR = 0.97
# SOURCE.md's "strict eco union": an independent keyword reference for eco-relevant listing text
STRICT_ECO = re.compile(r"recycl|organic|eco[- ]?friendly|sustainab|biodegrad|compost|energy star|\bBEE\b|"
                        r"\b\d[- ]star rating|energy[- ]efficien|energy[- ]saving|\bFSC\b|\bGOTS\b", re.I)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dataset", choices=["amazon", "demo"], default="amazon",
                        help="recommender: amazon_sales_india leave-one-out (default) or the demo catalog")
    parser.add_argument("--labels", metavar="JSONL",
                        help="recommender: human credibility labels of catalog listings "
                             '({"id": ..., "credible_attributes": [...]} per line) to measure and rank by')


def load_labels(path: Path) -> dict[str, tuple[list[str], float | None]]:
    """Human credibility labels: ``{id: (credible attributes, eco_score or None)}``.

    Raises:
        FileNotFoundError: no such file. ValueError: a line that is not such a label (its number is given).
    """
    from claims.taxonomy import ATTRIBUTES

    if not path.exists():
        raise FileNotFoundError(f"{path}: no such labels file")
    out: dict[str, tuple[list[str], float | None]] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                attrs = row["credible_attributes"]
                if not isinstance(attrs, list) or any(a not in ATTRIBUTES for a in attrs):
                    raise ValueError(f"credible_attributes must be a list of labels.md names, not {attrs!r}")
                eco = row.get("eco_score")
                if eco is not None and not 0.0 <= float(eco) <= 1.0:
                    raise ValueError(f"eco_score must be in [0, 1], not {eco!r}")
                out[str(row["id"])] = (list(attrs), None if eco is None else float(eco))
            except (KeyError, TypeError, ValueError) as e:
                raise ValueError(f"{path}: line {n} is not a credibility label ({e})") from e
    return out


def label_credibility(catalog: Any, labels: dict[str, tuple[list[str], float | None]]) -> Callable[[], None]:
    """Rank by the labels' credibility: set the catalog's eco value of each labelled listing from its label
    (0 without a credible attribute, else 0.5 + 0.5 * eco_score, the analyzer's eco_score when the label
    has none). Unlabelled listings keep the analyzer's. Returns a function that restores the catalog."""
    saved = catalog.eco_value.copy()
    for item_id, (attrs, eco) in labels.items():
        if item_id in catalog:
            row = catalog.items_index.row_of(item_id)
            score = eco if eco is not None else catalog.item_at(row).eco_score
            catalog.eco_value[row] = 0.5 + 0.5 * score if attrs else 0.0

    def restore() -> None:
        catalog.eco_value[:] = saved

    return restore


# ---------------------------------------------------------------------- data

def _amazon_dir() -> Path:
    from claims.config import get_settings

    return get_settings().shared_data_dir / "amazon_sales_india"


def amazon_listings(directory: Path) -> list[dict[str, Any]]:
    """One listing per product id (first row wins), bullets of ``about_product`` as lines."""
    path = directory / "amazon_sales_products.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file (see ../shared/data/README.md)")
    out, seen = [], set()
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            pid = r["product_id"]
            if pid in seen:
                continue
            seen.add(pid)
            price = re.sub(r"[^0-9.]", "", r.get("discounted_price") or "")
            out.append({"id": pid, "title": r["product_name"],
                        "description": "\n".join(b.strip() for b in (r["about_product"] or "").split("|") if b.strip()),
                        "category": r["category"], "price": float(price) if price else None})
    return out


def amazon_users(directory: Path, known: set[str]) -> dict[str, list[str]]:
    """Distinct items per reviewer (input order), for items in the catalog."""
    users: dict[str, list[str]] = defaultdict(list)
    with (directory / "amazon_sales_interactions.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["product_id"] in known and r["product_id"] not in users[r["user_id"]]:
                users[r["user_id"]].append(r["product_id"])
    return users


def _h(*parts: object) -> int:
    return int(hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).hexdigest(), 16)


def is_dev(key: str, seed: int) -> bool:
    return _h("split", seed, key) % 1000 < DEV_SHARE * 1000


def _cache_dir(args: argparse.Namespace, dataset: str, listings: list[dict[str, Any]], model_version: str) -> Path:
    from claims.config import PROJECT_DIR

    digest = hashlib.blake2b(json.dumps(listings, sort_keys=True, ensure_ascii=False).encode(),
                             digest_size=8).hexdigest()
    root = Path(args.workdir) if args.workdir else PROJECT_DIR / ".cache" / "recommender"
    return root / f"{dataset}-{model_version}-{digest}"


def scored_recommender(args: argparse.Namespace, dataset: str, listings: list[dict[str, Any]]) -> Any:
    """Score the listings with the shipped analyzer and index them, or load both from the cache."""
    import sys

    from claims.io.batch import score_file
    from claims.recommend.catalog import read_scored
    from claims.recommend.recommender import Recommender
    from claims.scoring.analyzer import Analyzer

    analyzer = Analyzer.load(Path(args.model_dir) if args.model_dir else None)
    cache = _cache_dir(args, dataset, listings, analyzer.version)
    try:
        return Recommender.load(cache / "index", encoder=analyzer.encoder), cache
    except (FileNotFoundError, ValueError):
        pass
    cache.mkdir(parents=True, exist_ok=True)
    src = cache / "listings.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for x in listings:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    scored = cache / "scored.jsonl"
    progress = sys.stderr.isatty()
    score_file(src, scored, analyzer.score, progress=progress)
    rec = Recommender.build(list(read_scored(scored)), listings, index_dir=cache / "index",
                            encoder=analyzer.encoder, show_progress=progress)
    rec.catalog.meta.update({"dataset": dataset, "model_version": analyzer.version})
    rec.save()
    return rec, cache


# ---------------------------------------------------------------------- metrics

def ndcg(ranked: list[str], gains: dict[str, float], k: int = K) -> float:
    dcg = sum(gains.get(i, 0.0) / math.log2(n + 2) for n, i in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(n + 2) for n, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


class ListMetrics:
    """Accumulates per-list metrics for one method."""

    def __init__(self, rec: Any, strict_eco: set[str], labelled_eco: set[str] | None = None):
        self.rec = rec
        self.strict_eco = strict_eco
        self.labelled_eco = labelled_eco
        self.rows: list[dict[str, float]] = []
        self.shown: set[str] = set()

    def add(self, ranked: list[str], gains: dict[str, float]) -> None:
        cat = self.rec.catalog
        items = [cat.get(i) for i in ranked[:K]]
        cred = [1.0 if it.attributes else 0.0 for it in items]
        row = {"n": float(len(ranked[:K])), "ndcg": ndcg(ranked, gains),
               "recall": sum(gains.get(i, 0.0) > 0 for i in ranked[:K]) / max(1, sum(g > 0 for g in gains.values())),
               "eco": sum(cred) / K,
               "eco_risk": sum(c * (1.0 - it.risk_score) for c, it in zip(cred, items, strict=True)) / K,
               "eco_keyword": sum(i in self.strict_eco for i in ranked[:K]) / K}
        if self.labelled_eco is not None:
            row["eco_labels"] = sum(i in self.labelled_eco for i in ranked[:K]) / K
        if len(ranked) > 1:
            idx = cat.items_index
            v = idx.vectors([idx.row_of(i) for i in ranked[:K]])
            s = v @ v.T
            n = len(v)
            row["ild"] = float((n * n - s.sum()) / (n * (n - 1)))
        self.rows.append(row)
        self.shown.update(ranked[:K])

    def summary(self) -> dict[str, float]:
        def mean(key: str) -> float:
            vals = [r[key] for r in self.rows if key in r]
            return round(sum(vals) / len(vals), 4) if vals else 0.0

        out = {"ndcg_at_10": mean("ndcg"), "recall_at_10": mean("recall"), "eco_share_at_10": mean("eco"),
               "eco_share_risk_at_10": mean("eco_risk"), "eco_share_keyword_at_10": mean("eco_keyword"),
               "intra_list_diversity": mean("ild"),
               "coverage": round(len(self.shown) / max(1, len(self.rec.catalog)), 4), "lists": len(self.rows),
               "mean_list_length": round(sum(r.get("n", K) for r in self.rows) / max(1, len(self.rows)), 3)}
        if self.labelled_eco is not None:
            out["eco_share_labels_at_10"] = mean("eco_labels")
        return out


# ---------------------------------------------------------------------- the evaluation

Task = tuple[str, list[str], dict[str, float]]  # (key, query ids, gains)


def _tasks(args: argparse.Namespace, dataset: str, rec: Any,
           listings: list[dict[str, Any]]) -> tuple[list[Task], Counter[str], str]:
    if dataset == "amazon":
        users = amazon_users(_amazon_dir(), {x["id"] for x in listings})
        tasks: list[Task] = []
        popularity: Counter[str] = Counter()
        for user, items in sorted(users.items()):
            if len(items) < 2:
                popularity.update(items)
                continue
            held = items[_h("held", args.seed, user) % len(items)]
            liked = [i for i in items if i != held]
            popularity.update(liked)
            tasks.append((user, liked, {held: 1.0}))
        return tasks, popularity, "by_profile"
    by_cat: dict[str | None, list[str]] = defaultdict(list)
    for x in listings:
        by_cat[x.get("category")].append(x["id"])
    tasks = [(x["id"], [x["id"]], {i: 1.0 for i in by_cat[x.get("category")] if i != x["id"]}) for x in listings]
    popularity = Counter({x["id"]: len(listings) - n for n, x in enumerate(listings)})
    return tasks, popularity, "by_item"


def _evaluate(rec: Any, tasks: list[Task], strict_eco: set[str],
              ranker: Callable[[list[str]], list[str]], labelled_eco: set[str] | None = None) -> dict[str, float]:
    m = ListMetrics(rec, strict_eco, labelled_eco)
    for _key, query, gains in tasks:
        m.add(ranker(query), gains)
    return m.summary()


def run(args: argparse.Namespace) -> dict[str, Any]:
    from tqdm import tqdm

    from claims.config import PROJECT_DIR
    from claims.recommend.recommender import DEFAULT_DIVERSITY, DEFAULT_ECO_WEIGHT, Criteria

    dataset = getattr(args, "dataset", "amazon")
    if dataset == "amazon":
        listings = amazon_listings(_amazon_dir())
    else:
        listings = [json.loads(x) for x in (PROJECT_DIR / "corpora" / "demo" / "catalog.jsonl").open(encoding="utf-8")]
    rec, cache = scored_recommender(args, dataset, listings)
    strict_eco = {x["id"] for x in listings if STRICT_ECO.search(x.get("description") or "")}
    tasks, popularity, mode = _tasks(args, dataset, rec, listings)
    dev = [t for t in tasks if is_dev(t[0], args.seed)]
    test = [t for t in tasks if not is_dev(t[0], args.seed)]
    if not dev or not test:
        raise ValueError(f"{dataset}: too few queries for a dev/test split ({len(tasks)})")

    labels = load_labels(Path(args.labels)) if getattr(args, "labels", None) else None
    labelled_eco = {i for i, (attrs, _) in labels.items() if attrs} if labels is not None else None

    def ranker(eco_weight: float, diversity: float, gate: bool = True) -> Callable[[list[str]], list[str]]:
        # gate off: pure similarity as before the same-need gate (no product-type test, a floor of 0)
        crit = Criteria(eco_weight=eco_weight, diversity=diversity, same_need=gate, min_relevance=None if gate else 0.0)
        if mode == "by_profile":
            return lambda q: [r.id for r in rec.by_profile(q, K, crit)]
        return lambda q: [r.id for r in rec.by_item(q[0], K, crit)]

    ranked_pop = [i for i, _ in popularity.most_common()]

    def pop_ranker(q: list[str]) -> list[str]:
        liked = set(q)
        return [i for i in ranked_pop if i not in liked][:K]

    curve, on_test = [], {}
    for w in tqdm(WEIGHTS, desc="eco weights", disable=not _tty(), leave=False):
        # weight 0 is similarity behind the gate (no diversity either); the others use the default diversity
        d = _evaluate(rec, dev, strict_eco, ranker(w, DEFAULT_DIVERSITY if w > 0 else 0.0), labelled_eco)
        t = on_test[w] = _evaluate(rec, test, strict_eco, ranker(w, DEFAULT_DIVERSITY if w > 0 else 0.0),
                                   labelled_eco)
        curve.append({"eco_weight": w, "ndcg_dev": d["ndcg_at_10"], "eco_share_dev": d["eco_share_at_10"],
                      "ndcg_test": t["ndcg_at_10"], "eco_share_test": t["eco_share_at_10"]})
    base_dev = curve[0]["ndcg_dev"]
    ok = [c for c in curve if c["ndcg_dev"] >= NDCG_FLOOR * base_dev]
    chosen = max(ok, key=lambda c: (c["eco_share_dev"], -c["eco_weight"]))["eco_weight"]

    gated, eco = on_test[0.0], on_test[chosen]
    sim = _evaluate(rec, test, strict_eco, ranker(0.0, 0.0, gate=False), labelled_eco)
    pop = _evaluate(rec, test, strict_eco, pop_ranker, labelled_eco)
    methods = {"popularity": pop, "similarity": sim, "similarity_gated": gated, "eco_reranker": eco}
    if labels is not None:  # the same re-ranker, ranking on the labels' credibility instead of the analyzer's
        restore = label_credibility(rec.catalog, labels)
        try:
            methods["eco_reranker_labels"] = _evaluate(rec, test, strict_eco,
                                                       ranker(chosen, DEFAULT_DIVERSITY), labelled_eco)
        finally:
            restore()
    result: dict[str, Any] = {
        "dataset": dataset, "mode": mode, "k": K, "catalog_items": len(rec.catalog),
        "items_with_credible_attributes": sum(1 for it in rec.catalog.items if it is not None and it.attributes),
        "items_keyword_eco": len(strict_eco),
        "items_keyword_eco_credible": sum(1 for i in strict_eco if rec.catalog.get(i).attributes),
        "items_keyword_eco_high": sum(1 for i in strict_eco if rec.catalog.get(i).level == "high"),
        "queries_dev": len(dev), "queries_test": len(test), "seed": args.seed,
        "eco_weight": chosen, "diversity": DEFAULT_DIVERSITY, "library_default_eco_weight": DEFAULT_ECO_WEIGHT,
        "ndcg_floor_on_dev": NDCG_FLOOR,
        "ndcg_at_10": eco["ndcg_at_10"], "ndcg_at_10_similarity": sim["ndcg_at_10"],
        "ndcg_at_10_popularity": pop["ndcg_at_10"],
        "recall_at_10": eco["recall_at_10"], "recall_at_10_similarity": sim["recall_at_10"],
        "recall_at_10_popularity": pop["recall_at_10"],
        "eco_share_at_10": eco["eco_share_at_10"], "eco_share_at_10_similarity": sim["eco_share_at_10"],
        "eco_share_at_10_popularity": pop["eco_share_at_10"],
        "eco_share_risk_at_10": eco["eco_share_risk_at_10"],
        "eco_share_risk_at_10_similarity": sim["eco_share_risk_at_10"],
        "eco_share_keyword_at_10": eco["eco_share_keyword_at_10"],
        "eco_share_keyword_at_10_similarity": sim["eco_share_keyword_at_10"],
        "eco_share_lift": round(eco["eco_share_at_10"] / sim["eco_share_at_10"], 3) if sim["eco_share_at_10"] else None,
        "ndcg_ratio": round(eco["ndcg_at_10"] / sim["ndcg_at_10"], 3) if sim["ndcg_at_10"] else None,
        "ndcg_at_10_similarity_gated": gated["ndcg_at_10"],
        "eco_share_at_10_similarity_gated": gated["eco_share_at_10"],
        "mean_list_length": eco["mean_list_length"], "mean_list_length_similarity": sim["mean_list_length"],
        "labels": str(args.labels) if labels is not None else None,
        "items_labelled": len(labels) if labels is not None else None,
        "items_labelled_credible": len(labelled_eco) if labelled_eco is not None else None,
        "methods": methods, "curve": curve, "cache": str(cache),
    }
    reports = Path(args.reports)
    reports.mkdir(parents=True, exist_ok=True)
    result["plot"] = str(_plot(result, reports / f"recommender_{dataset}_tradeoff.png"))
    result["report"] = str(_report(result, reports / f"recommender_{dataset}.md"))
    return result


def _tty() -> bool:
    import sys

    return sys.stderr.isatty()


def _plot(result: dict[str, Any], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    curve = result["curve"]
    fig, ax = plt.subplots(figsize=(5.2, 3.6), dpi=90)
    for split, style in (("dev", "o--"), ("test", "s-")):
        ax.plot([c[f"eco_share_{split}"] for c in curve], [c[f"ndcg_{split}"] for c in curve], style,
                ms=3, label=f"eco re-ranker, {split} {'users' if result['mode'] == 'by_profile' else 'queries'}")
    for c in curve:
        ax.annotate(f"{c['eco_weight']:g}", (c["eco_share_test"], c["ndcg_test"]), fontsize=6,
                    xytext=(2, 3), textcoords="offset points")
    pop = result["methods"]["popularity"]
    ax.plot([pop["eco_share_at_10"]], [pop["ndcg_at_10"]], "k^", ms=5, label="popularity (test)")
    ax.axhline(NDCG_FLOOR * curve[0]["ndcg_dev"], color="grey", lw=0.6, ls=":")
    ax.set_xlabel("eco-share@10 (credible eco attribute)")
    ax.set_ylabel("NDCG@10")
    ax.set_title(f"{result['dataset']}: relevance vs eco-share over the eco weight", fontsize=9)
    ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


NOTES = {
    "amazon": [  # str.format()ed with the result
        "- Relevance: the held-out item of each user (leave-one-out); reviewers of one product often reviewed "
        "its variants, so pure similarity finds many held-out items at rank 1-2.",
        "- Every product has at most 8 reviewer ids, so interaction counts are nearly flat and the popularity "
        "baseline is close to arbitrary here.",
        "- The shipped analyzer was trained on the project's own corpora and over-reads this out-of-domain text "
        "(warranty and returns bullets read as durability_repair, \"can be used\" as secondhand_refurbished), so "
        "many \"credible\" attributes are not eco claims in the labels.md sense. Of the keyword-eco listings, "
        "{items_keyword_eco_high} are high risk (mostly a bare \"eco-friendly\") and "
        "{items_keyword_eco_credible} have a credible attribute; they sit in few categories, so the keyword "
        "share barely moves.",
    ],
    "demo": [
        "- No users: each listing is a query (`by_item`), and a recommendation is relevant when it shares the "
        "query's category. The same-need gate keeps listings of the query's product type, which share its "
        "category, so on this proxy the gated methods also gain NDCG: that gain says the gate works, not that "
        "relevance improved.",
        "- The popularity baseline ranks by catalog order (the demo has no interactions).",
    ],
}


METHOD_NAMES = {"popularity": "popularity", "similarity": "similarity", "similarity_gated": "gated similarity",
                "eco_reranker": "eco re-ranker", "eco_reranker_labels": "eco re-ranker on labels"}
SHORT = {"popularity": "popularity", "similarity": "similarity", "similarity_gated": "gated sim",
         "eco_reranker": "eco", "eco_reranker_labels": "eco labels"}


def _report(result: dict[str, Any], path: Path) -> Path:
    m = result["methods"]
    keys = ["ndcg_at_10", "recall_at_10", "eco_share_at_10", "eco_share_risk_at_10", "eco_share_keyword_at_10",
            *(["eco_share_labels_at_10"] if result.get("labels") else []), "coverage", "intra_list_diversity",
            "mean_list_length"]
    lines = [f"# Recommender evaluation: {result['dataset']}", "",
             f"Command: `claims eval recommender --dataset {result['dataset']} --seed {result['seed']}`", "",
             f"- catalog: {result['catalog_items']:,} listings, {result['items_with_credible_attributes']:,} with a "
             f"credible eco attribute (shipped analyzer), {result['items_keyword_eco']:,} matching the keyword "
             "reference",
             f"- queries: {result['queries_dev']:,} dev (eco weight chosen there), {result['queries_test']:,} test "
             "(every figure below)",
             f"- eco weight chosen on dev: {result['eco_weight']:g} (largest dev eco-share with dev NDCG@10 >= "
             f"{NDCG_FLOOR:g} x gated similarity); diversity {result['diversity']:g}",
             *([f"- credibility labels: {result['labels']} ({result['items_labelled']:,} listings labelled, "
                f"{result['items_labelled_credible']:,} with a credible eco claim)"] if result.get("labels") else []),
             "", "| metric | " + " | ".join(METHOD_NAMES[n] for n in m) + " |", "|---|" + "---:|" * len(m)]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(f"{m[n][k]:.4f}" for n in m) + " |")
    lines += ["", f"eco-share lift over (ungated) similarity: {result['eco_share_lift']}x; NDCG@10 ratio: "
              f"{result['ndcg_ratio']}",
              "", "## Trade-off over the eco weight", "",
              "| eco weight | NDCG@10 dev | eco-share dev | NDCG@10 test | eco-share test |",
              "|---:|---:|---:|---:|---:|"]
    for c in result["curve"]:
        lines.append(f"| {c['eco_weight']:g} | {c['ndcg_dev']:.4f} | {c['eco_share_dev']:.4f} | "
                     f"{c['ndcg_test']:.4f} | {c['eco_share_test']:.4f} |")
    lines += ["", f"![trade-off]({Path(result['plot']).name})", "", "## Reading these figures", ""]
    lines += [n.format(**result) for n in NOTES[result["dataset"]]] + [
        "- similarity: cosine similarity alone, without the same-need gate and relevance floor; gated similarity: "
        "the library's gate and floor, eco weight 0; the eco re-ranker and the trade-off curve run behind the "
        "gate. mean_list_length is the number of listings shown (the gate shortens lists rather than pad them "
        "with other kinds of products).",
        "- eco-share@10 counts recommended listings with at least one credible eco attribute as the shipped "
        "analyzer judges it; eco_share_risk_at_10 weighs each by (1 - risk score); eco_share_keyword_at_10 uses "
        "the keyword reference of the data's SOURCE.md instead, independent of the analyzer"
        + ("; eco_share_labels_at_10 uses the human credibility labels (--labels), and the last column ranks "
           "on them instead of on the analyzer." if result.get("labels") else
           ". Human credibility labels plug in with --labels FILE (see docs/recommender.md)."), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def summary(result: dict[str, Any]) -> str:
    m = result["methods"]
    lines = [f"recommender on {result['dataset']}: {result['queries_test']} test queries "
             f"({result['queries_dev']} dev), eco weight {result['eco_weight']:g} chosen on dev",
             f"{'metric':<26}" + "".join(f"{SHORT[n]:>11}" for n in m)]
    for k in ("ndcg_at_10", "recall_at_10", "eco_share_at_10", "eco_share_risk_at_10", "eco_share_keyword_at_10",
              *(["eco_share_labels_at_10"] if result.get("labels") else []), "coverage", "intra_list_diversity",
              "mean_list_length"):
        lines.append(f"{k:<26}" + "".join(f"{m[n][k]:>11.4f}" for n in m))
    lines.append(f"eco-share lift {result['eco_share_lift']}x, NDCG ratio {result['ndcg_ratio']}; "
                 f"report {result['report']}, plot {result['plot']}")
    return "\n".join(lines)
