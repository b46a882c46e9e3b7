"""``claims db upgrade|current``: the service's database schema (Alembic migrations)."""

from __future__ import annotations

import argparse
from typing import Any

from claims.cli._db import add_db_option, with_store


def _upgrade(args: argparse.Namespace) -> int:
    from claims.moderation.store import current_revision

    def run(session: Any) -> int:
        print(f"database at revision {current_revision(session.get_bind())}")
        return 0

    return with_store("claims db upgrade", args, run)


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="create or upgrade the service database",
                       description="The HTTP service's database (SQLite by default, PostgreSQL by URL).",
                       epilog="example:\n  claims db upgrade --db postgresql+psycopg://claims@localhost/claims",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    ds = p.add_subparsers(dest="db_command", required=True)
    u = ds.add_parser("upgrade", help="apply the schema migrations (the service also does at start-up)")
    add_db_option(u)
    u.set_defaults(func=_upgrade)
