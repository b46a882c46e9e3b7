"""``claims serve``: the HTTP API (FastAPI + uvicorn), on 127.0.0.1:8000 by default."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from claims.cli._db import add_db_option, service_settings, with_store

EPILOG = """\
Endpoints (OpenAPI docs at /docs): POST /v1/score, POST /v1/recommendations,
GET /v1/items/{id}/similar, GET /v1/claims, GET /v1/claims/{id}, POST /v1/claims/{id}/decisions,
GET /v1/decisions/export, /v1/keys, and unauthenticated GET /healthz and /readyz.
Make a key first: claims keys create --role service
Exit codes: 2 bad arguments or unreachable database (one line), 3 no trained model.

example:
  claims serve
  claims serve --port 8080 --db postgresql+psycopg://claims@localhost/claims
"""


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    settings = service_settings(args)
    settings = replace(settings, host=args.host or settings.host, port=args.port or settings.port)
    if args.port is not None and not 0 < args.port < 65536:
        print(f"claims serve: error: invalid port {args.port}", file=sys.stderr)
        return 2
    heads = settings.model_dir / "heads" / "meta.json"
    if not heads.exists():  # checked here for a one-line error; the models load in the app's lifespan
        print(f"claims serve: error: no trained model in {heads.parent}; run `claims train` first", file=sys.stderr)
        return 3
    # the database must be reachable (and is migrated) before the server starts
    code = with_store("claims serve", args, lambda _session: 0)
    if code:
        return code
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=args.log_level)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="start the HTTP API (127.0.0.1:8000)", description="Start the HTTP API.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", help="address to bind (default 127.0.0.1, CLAIMS_HOST)")
    p.add_argument("--port", type=int, help="port (default 8000, CLAIMS_PORT)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    add_db_option(p)
    p.set_defaults(func=_serve)
