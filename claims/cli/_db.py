"""Shared by the service commands: the --db option and one-line database errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from claims.config import ServiceSettings, get_service_settings


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="database URL (default: CLAIMS_DATABASE_URL or "
                        "sqlite:///claims.db; PostgreSQL: postgresql+psycopg://user:pass@host/db)")


def service_settings(args: argparse.Namespace) -> ServiceSettings:
    settings = get_service_settings()
    return replace(settings, database_url=args.db) if getattr(args, "db", None) else settings


def with_store(prog: str, args: argparse.Namespace, fn: Callable[[Any], int]) -> int:
    """Open (and upgrade) the store, run ``fn(session)``; database problems are one line, exit 2."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from claims.moderation.store import make_engine, session_factory, upgrade

    url = service_settings(args).database_url
    try:
        engine = make_engine(url)
        upgrade(engine)
        with session_factory(engine)() as session:
            return fn(session)
    except (ArgumentError, OperationalError) as e:
        first = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        print(f"{prog}: error: cannot use database {url!r}: {first}", file=sys.stderr)
        return 2
