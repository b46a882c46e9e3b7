"""``claims recommend`` (greener alternatives) and ``claims similar-claims`` (for moderators)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import asdict
from pathlib import Path
from typing import Any

EPILOG = textwrap.dedent("""\
    Ranking: candidates by similarity, kept only when they are of the query's product type (the
    head noun of the text or of the viewed/liked titles) and above a relevance floor (0.30 for
    text, 0.35 for items); credible eco value then closes up to eco_weight x 1.0 of each
    candidate's relevance gap to the best match (high-risk listings get none, and lose a
    little); then MMR diversity. Every line says what matched and why it ranks.
    Exit codes: 0 done, 2 bad arguments or unknown id, 3 no index (run `claims index build`).

    examples:
      claims recommend --item demo-h1-002 -k 5
      claims recommend --text "running shoes" --require recycled_content --max-level low
      claims recommend --liked demo-h1-002,demo-h1-004 --eco-weight 1 --json
      claims similar-claims "eco-friendly and good for the planet" -k 5
    """)


def register(sub: Any) -> None:
    p = sub.add_parser("recommend", help="greener alternatives to an item, a text or a set of liked items",
                       description="Recommend listings that serve the same need, ranked so that credible, "
                                   "substantiated eco value wins ties and close calls.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    q = p.add_mutually_exclusive_group(required=True)
    q.add_argument("--item", metavar="ID", help="the listing the shopper is looking at")
    q.add_argument("--text", metavar="T", help="a free-text query")
    q.add_argument("--liked", metavar="ID,ID", help="comma-separated liked listing ids (used once, never stored)")
    p.add_argument("-k", type=int, default=10, help="how many (default 10)")
    p.add_argument("--require", metavar="ATTR,ATTR", default="",
                   help="credible eco attributes required (labels.md names, e.g. plastic_free)")
    p.add_argument("--max-level", choices=["none", "low", "medium", "high"], help="greenwashing risk ceiling")
    p.add_argument("--category", help="category, or a prefix of a category path")
    p.add_argument("--min-price", type=float)
    p.add_argument("--max-price", type=float)
    p.add_argument("--eco-weight", type=float, help="weight of eco value vs similarity in [0, 1]")
    p.add_argument("--diversity", type=float, help="MMR diversity in [0, 1]")
    p.add_argument("--min-relevance", type=float, help="relevance floor in [0, 1] (default 0.30 text, 0.35 items)")
    p.add_argument("--any-kind", action="store_true",
                   help="also show listings of other product types (eco value still counts for the query's kind only)")
    p.add_argument("--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
    p.add_argument("--json", action="store_true", help="a JSON array on stdout")
    p.set_defaults(func=_recommend)
    s = sub.add_parser("similar-claims", help="the catalog's claims nearest to a claim (copy-pasted greenwashing)",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("text", help="a claim span")
    s.add_argument("-k", type=int, default=10)
    s.add_argument("--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_similar_claims)


def _load(args: argparse.Namespace, prog: str) -> Any:
    from claims.config import get_settings
    from claims.recommend.recommender import Recommender

    try:
        return Recommender.load(Path(args.index_dir) if args.index_dir else get_settings().index_dir)
    except (FileNotFoundError, ValueError) as e:
        print(f"claims {prog}: error: {e}", file=sys.stderr)
        return None


def _recommend(args: argparse.Namespace) -> int:
    from claims.recommend.recommender import Criteria

    crit = Criteria(required_attributes=[a.strip() for a in args.require.split(",") if a.strip()],
                    max_level=args.max_level, category=args.category, min_price=args.min_price,
                    max_price=args.max_price, same_need=not args.any_kind, min_relevance=args.min_relevance)
    if args.eco_weight is not None:
        crit.eco_weight = args.eco_weight
    if args.diversity is not None:
        crit.diversity = args.diversity
    try:
        crit.validate()
        if args.k < 1:
            raise ValueError(f"-k must be at least 1, not {args.k}")
    except ValueError as e:
        print(f"claims recommend: error: {e}", file=sys.stderr)
        return 2
    rec = _load(args, "recommend")
    if rec is None:
        return 3
    try:
        if args.item:
            recs = rec.by_item(args.item, args.k, crit)
        elif args.text is not None:
            recs = rec.by_text(args.text, args.k, crit)
        else:
            recs = rec.by_profile([i.strip() for i in args.liked.split(",") if i.strip()], args.k, crit)
    except (KeyError, ValueError) as e:  # unknown id, bad criteria: one line, exit 2
        print(f"claims recommend: error: {e.args[0] if e.args else e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([asdict(r) for r in recs], ensure_ascii=False))
        return 0
    if not recs:
        print("No listing of the same product type matches these criteria (--any-kind shows other kinds).")
        return 0
    print(f"{'#':>2}  {'score':>6} {'rel':>5} {'eco':>5} {'risk':<6} id / title / why")
    for n, r in enumerate(recs, 1):
        print(f"{n:>2}  {r.score:>6.3f} {r.relevance:>5.2f} {r.eco_score:>5.2f} {r.level:<6} {r.id}  {r.title[:70]}")
        print(f"{'':>29}{r.explanation}")
    return 0


def _similar_claims(args: argparse.Namespace) -> int:
    rec = _load(args, "similar-claims")
    if rec is None:
        return 3
    try:
        matches = rec.similar_claims(args.text, args.k)
    except ValueError as e:
        print(f"claims similar-claims: error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([asdict(m) for m in matches], ensure_ascii=False))
        return 0
    for m in matches:
        text = " ".join(m.text.split())
        print(f"{m.similarity:>6.3f}  {m.level:<6} {m.listing_id} {m.field}[{m.start}:{m.end}]  {text[:90]}")
    return 0
