"""``claims index build|add|remove|info``: the recommender's persisted catalog and vector index."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

EPILOG = textwrap.dedent("""\
    SCORED is the output of `claims score` (JSONL, CSV or Parquet). It lacks title, category and
    price, so the listings that were scored are read too (--listings, joined on id); a scored file
    whose rows carry title and description needs no --listings. Listings are embedded with the
    analyzer's encoder (title, category path, start of the description); so are their claims.
    Exit codes: 0 done, 2 bad arguments or unreadable input, 3 no index to change (run build).

    examples:
      claims score corpora/demo/catalog.jsonl -o out/demo_scored.jsonl
      claims index build out/demo_scored.jsonl --listings corpora/demo/catalog.jsonl
      claims index add out/new_scored.jsonl --listings new.jsonl
      claims index remove demo-h1-003 demo-h1-004
    """)


def register(sub: Any) -> None:
    p = sub.add_parser("index", help="build or change the recommender's catalog index",
                       description="Build or change the recommender's persisted catalog and vector index.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ops = p.add_subparsers(dest="index_command", required=True)
    b = ops.add_parser("build", help="build the index from a scored catalog (replaces an existing one)",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    a = ops.add_parser("add", help="add or update listings without a rebuild",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    for q in (b, a):
        q.add_argument("scored", metavar="SCORED_CATALOG", help="output of `claims score` (.jsonl, .csv, .parquet)")
        q.add_argument("--listings", metavar="INPUT", help="the listings that were scored (joined on id)")
        q.add_argument("-o", "--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
        q.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    b.set_defaults(func=_build)
    a.set_defaults(func=_add)
    r = ops.add_parser("remove", help="remove listings by id")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.add_argument("-o", "--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
    r.set_defaults(func=_remove)
    i = ops.add_parser("info", help="what the index holds")
    i.add_argument("-o", "--index-dir", help="index folder (default: Settings.index_dir, CLAIMS_INDEX_DIR)")
    i.set_defaults(func=_info)


def _dir(args: argparse.Namespace) -> Path:
    from claims.config import get_settings

    return Path(args.index_dir) if args.index_dir else get_settings().index_dir


def _err(args: argparse.Namespace, msg: object) -> None:
    print(f"claims index {args.index_command}: error: {msg}", file=sys.stderr)


def load_inputs(scored: Path, listings_path: Path | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Scored results and their listings, joined on id. ``ValueError``/``FileNotFoundError`` for user mistakes."""
    from claims.config import get_settings
    from claims.io.files import InputError, Row, read_listings
    from claims.recommend.catalog import read_scored

    results = list(read_scored(scored))
    if listings_path is None:
        if results and not all("title" in r and "description" in r for r in results):
            raise ValueError(f"{scored} holds no titles (a `claims score` output); pass the scored listings "
                             "with --listings INPUT")
        return results, [{k: r.get(k) for k in ("id", "title", "description", "category", "price")} for r in results]
    if not listings_path.exists():
        raise FileNotFoundError(f"{listings_path}: no such file")
    try:
        listings = [x.listing for x in read_listings(listings_path, get_settings()) if isinstance(x, Row)]
    except InputError as e:
        raise ValueError(str(e)) from e
    known = {str(x["id"]) for x in listings}
    missing = [str(r["id"]) for r in results if str(r["id"]) not in known]
    if missing:
        raise ValueError(f"{len(missing)} scored row(s) have no listing in {listings_path}, e.g. {missing[0]!r}; "
                         "pass the file that was scored")
    return results, listings


def _build(args: argparse.Namespace) -> int:
    return _load_and(args, rebuild=True)


def _add(args: argparse.Namespace) -> int:
    return _load_and(args, rebuild=False)


def _load_and(args: argparse.Namespace, *, rebuild: bool) -> int:
    from claims.recommend.recommender import Recommender

    index_dir = _dir(args)
    try:
        results, listings = load_inputs(Path(args.scored), Path(args.listings) if args.listings else None)
    except (FileNotFoundError, ValueError) as e:
        _err(args, e)
        return 2
    progress = not args.quiet and sys.stderr.isatty()
    if rebuild:
        rec = Recommender.build(results, listings, index_dir=index_dir, show_progress=progress)
        before = 0
    else:
        try:
            rec = Recommender.load(index_dir)
        except FileNotFoundError as e:
            _err(args, e)
            return 3
        before = len(rec.catalog)
        rec.upsert(results, listings, show_progress=progress)
    rec.save()
    if not args.quiet:
        cat = rec.catalog
        verb = "built" if rebuild else f"updated ({len(cat) - before:+,} listings)"
        print(f"Index {verb}: {len(cat):,} listings, {len(cat.claims_index):,} claims, "
              f"{cat.items_index.backend} search -> {index_dir}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from claims.recommend.recommender import Recommender

    try:
        rec = Recommender.load(_dir(args))
    except FileNotFoundError as e:
        _err(args, e)
        return 3
    before = len(rec.catalog)
    rec.remove(args.ids)
    rec.save()
    print(f"Removed {before - len(rec.catalog):,} of {len(args.ids):,} id(s); {len(rec.catalog):,} listings left.")
    return 0


def _info(args: argparse.Namespace) -> int:
    from claims.recommend.catalog import Catalog

    try:
        cat = Catalog.load(_dir(args))
    except FileNotFoundError as e:
        _err(args, e)
        return 3
    levels: dict[str, int] = {}
    for it in cat.items:
        if it is not None:
            levels[it.level] = levels.get(it.level, 0) + 1
    print(json.dumps({"index_dir": str(_dir(args)), "items": len(cat), "claims": len(cat.claims_index),
                      "backend": cat.items_index.backend, "levels": levels,
                      "with_credible_attributes": sum(1 for it in cat.items if it is not None and it.attributes)},
                     indent=2))
    return 0
