"""The ``claims`` command: a thin shell over the library, one module per sub-command.

A command module in this package defines ``register(sub)``, where ``sub`` is the ``argparse``
sub-parsers object: it adds its parser(s) and sets ``func`` to a callable ``(args) -> int`` (the
exit code). Imports of heavy libraries belong inside that callable, never at module level, so
``claims --help`` stays fast. This layer is the only one that parses arguments, prints, or
imports the HTTP service (``api``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from types import ModuleType

import claims

_NOT_COMMANDS = {"main", "__main__"}


def modules() -> list[ModuleType]:
    """The command modules of this package, by name."""
    here = os.path.dirname(__file__)
    return [importlib.import_module(f"claims.cli.{info.name}")
            for info in sorted(pkgutil.iter_modules([here]), key=lambda i: i.name)
            if not info.name.startswith("_") and info.name not in _NOT_COMMANDS]


def _show_library_log() -> None:
    """The library logs (``logging.getLogger(__name__)``); the command shows its INFO messages on
    stderr, and other libraries' only from WARNING up."""
    log = logging.getLogger("claims")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description="Find, classify and risk-score environmental "
                                     "claims in e-commerce listings.")
    parser.add_argument("--version", action="version", version=f"claims {claims.__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for mod in modules():
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    _show_library_log()
    args = build_parser().parse_args(argv)
    try:
        from claims.config import get_settings
        from claims.scoring.encoder import check_backend, set_threads

        check_backend(get_settings().encoder_backend)
        set_threads()  # once, for every model the command loads
    except ValueError as e:
        print(f"claims: error: {e}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
