"""``claims report``: a self-contained HTML report of a ``claims score`` output for catalog teams."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

REPORT_EPILOG = textwrap.dedent("""\
    Sections: summary (listings, levels, eco share, finding codes); levels and codes by category,
    brand and seller (a `seller` column when the catalog has one); the riskiest listings with
    their findings highlighted; claims copy-pasted across brands or sellers; and, with
    --compare, which listings got better or worse since an earlier run. The page has no scripts
    and loads nothing: send it as an attachment. See docs/report.md.

    example:
      claims score corpora/demo/catalog.jsonl -o out/demo_scored.jsonl
      claims report out/demo_scored.jsonl -o out/report.html --listings corpora/demo/catalog.jsonl
      claims report out/new.jsonl -o out/report.html --compare out/old.jsonl
    """)


def _cmd_report(args: argparse.Namespace) -> int:
    from claims.report.html import write_report
    from claims.report.stats import ReportError, build_report, load_records

    if Path(args.output).suffix.lower() not in (".html", ".htm"):
        print(f"claims report: error: {args.output}: the report is HTML; name it .html", file=sys.stderr)
        return 2
    listings = Path(args.listings) if args.listings else None
    try:
        records = load_records(Path(args.scored), listings)
        old = load_records(Path(args.compare), listings) if args.compare else None
    except ReportError as e:
        print(f"claims report: error: {e}", file=sys.stderr)
        return 2
    if not records:
        print(f"claims report: warning: {args.scored} holds no results; the report is empty", file=sys.stderr)
    report = build_report(records, source=Path(args.scored).name, old=old,
                          compare_source=Path(args.compare).name if args.compare else "", top=args.top)
    write_report(report, Path(args.output))
    if not args.quiet:
        s = report.summary
        print(f"Report on {s.listings:,} listings -> {args.output}")
        print(f"  eco share {100 * s.eco_share:.1f}%, flagged {100 * s.flagged_share:.1f}%, "
              f"{report.clusters_total} copy-pasted claim group(s)")
        if report.comparison is not None:
            c = report.comparison
            print(f"  against {args.compare}: {c.better_total} better, {c.worse_total} worse")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="HTML report of a scored catalog for catalog teams",
                       description="Write a self-contained HTML report of a `claims score` output.",
                       epilog=REPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("scored", help="output of `claims score` (.jsonl, .csv or .parquet)")
    p.add_argument("-o", "--output", required=True, help="the report (.html)")
    p.add_argument("--listings", help="the scored catalog itself, to show findings in descriptions in context "
                   "and to pick up columns the scored file lacks (e.g. seller)")
    p.add_argument("--compare", metavar="OLD_SCORED", help="an earlier `claims score` output of the same catalog")
    p.add_argument("--top", type=int, default=20, help="riskiest listings to show (default 20)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(func=_cmd_report)
