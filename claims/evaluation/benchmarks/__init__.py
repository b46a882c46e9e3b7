"""Benchmarks for ``claims eval NAME``: one module each, found by name.

A benchmark module in this package defines:

- ``NAME``: the name on the command line (``claims eval NAME``), and ``HELP``, one line;
- ``run(args: argparse.Namespace) -> dict``: compute the metrics and return one JSON-able dict
  (``args`` carries the common options: ``split``, ``model_dir``, ``workdir``, ``reports``, ``seed``
  and whatever ``add_arguments`` added);
- optionally ``add_arguments(parser)``: extra options for the ``eval`` parser (names must not clash);
- optionally ``summary(result: dict) -> str``: the human report printed without ``--json``.
- optionally ``SPLITS``: the values of ``--split`` it accepts (default train, dev and test; the
  CLI refuses any other, e.g. ``all``, with a one-line error).

Adding a benchmark means adding a module; the CLI needs no change.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def available() -> dict[str, ModuleType]:
    """Benchmark modules by their ``NAME``, in name order."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        name = getattr(mod, "NAME", None)
        if name:
            found[str(name)] = mod
    return dict(sorted(found.items()))
