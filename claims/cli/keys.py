"""``claims keys create|list|revoke``: API keys of the HTTP service (stored hashed)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from claims.cli._db import add_db_option, with_store

EPILOG = """\
The key is printed once, as the last line of `create`; only its SHA-256 hash is stored.
Roles: service (score, recommend), moderator (the review queue), admin (keys and everything).

example:
  claims keys create --role service --name recommendation-service
  claims keys list
  claims keys revoke 3f2a9c1b7d4e
"""


def _create(args: argparse.Namespace) -> int:
    from claims.moderation.keys import create_key

    def run(session: Any) -> int:
        info, key = create_key(session, args.role, args.name or "")
        print(f"created {info.role} key {info.id}" + (f" ({info.name})" if info.name else "")
              + "; it is shown once, store it now:", file=sys.stderr)
        print(key)
        return 0

    return with_store("claims keys create", args, run)


def _list(args: argparse.Namespace) -> int:
    from claims.moderation.keys import list_keys

    def run(session: Any) -> int:
        print(f"{'id':<14}{'role':<11}{'created':<22}{'revoked':<22}name")
        for k in list_keys(session):
            revoked = k.revoked_at.strftime("%Y-%m-%d %H:%M:%S") if k.revoked_at else "-"
            print(f"{k.id:<14}{k.role:<11}{k.created_at.strftime('%Y-%m-%d %H:%M:%S'):<22}{revoked:<22}{k.name}")
        return 0

    return with_store("claims keys list", args, run)


def _revoke(args: argparse.Namespace) -> int:
    from claims.moderation.keys import ApiKeyError, revoke_key

    def run(session: Any) -> int:
        try:
            info = revoke_key(session, args.key_id)
        except ApiKeyError as e:
            print(f"claims keys revoke: error: {e}", file=sys.stderr)
            return 2
        print(f"revoked {info.role} key {info.id}")
        return 0

    return with_store("claims keys revoke", args, run)


def register(sub: Any) -> None:
    from claims.moderation.keys import ROLES

    p = sub.add_parser("keys", help="create, list and revoke API keys of the HTTP service",
                       description="API keys of the HTTP service.", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    ks = p.add_subparsers(dest="keys_command", required=True)
    c = ks.add_parser("create", help="make a key and print it (once, as the last line)")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--name", help="who or what uses the key")
    add_db_option(c)
    c.set_defaults(func=_create)
    ls = ks.add_parser("list", help="list keys (ids, roles, dates; never the keys)")
    add_db_option(ls)
    ls.set_defaults(func=_list)
    r = ks.add_parser("revoke", help="revoke a key by its id")
    r.add_argument("key_id", help="the key's id (the 12 hex characters after gc_)")
    add_db_option(r)
    r.set_defaults(func=_revoke)
