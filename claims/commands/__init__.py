"""Sub-commands of ``claims`` beyond the core ones in ``claims.cli``: one module each, found by name.

A command module defines ``register(sub)``, where ``sub`` is the ``argparse`` sub-parsers object:
it adds its parser(s) and sets ``func`` to a callable ``(args) -> int`` (the exit code). Imports
of heavy libraries belong inside that callable, never at module level, so ``claims --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
            if not info.name.startswith("_")]
