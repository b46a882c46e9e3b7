"""``claims score --engine ray``: the batch run of :mod:`claims.io.batch`, scored by Ray Data.

Ray is an optional extra (``pip install -e '.[ray]'``); this module imports it only when a run
starts, and :func:`check_ray` says how to install it when it is missing.

How a run goes:

1. The driver reads and validates the input with the local engine's reader
   (:func:`claims.io.files.read_listings`): rejects and duplicate ids are properties of the whole
   file, decided in one place and in input order. It cuts the rows into the units the local engine
   scores together (``batch_size`` rows, or ``batch_size`` rejects, whichever comes first) and puts
   each unit into Ray's object store as one Arrow block (row number, pickled listing or reject).
2. ``map_batches`` runs :class:`ScoringActor` over an actor pool (``concurrency=actors``): each
   actor builds one analyzer in ``__init__`` (:func:`claims.io.analyzers.load_analyzer`: the
   shipped model, or ``CLAIMS_ANALYZER_FACTORY``) with its models loaded and placed on the device,
   and scores each unit as the local engine does (a batch that fails is scored row by row, a row
   that fails is rejected with the same reason).
3. The driver takes the scored units back in input order (Ray Data's ``preserve_order``) and hands
   each to the local engine's batcher: the same rendering, partial files, commits, manifest,
   ``--resume`` and final rename. The output and the rejects file are therefore byte for byte those
   of the local engine (for an analyzer that scores a listing the same whatever else is in its
   batch), a run started by one engine can be resumed by the other, and rows in = rows out +
   rejects.

The scoring (the model) is what is spread over the cluster; reading, validating and writing stay
on the driver, which streams the results into one output file. The whole input passes through
the object store (spilled to disk by Ray when it is larger than the store).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import pickle
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.config import Settings, get_settings
from claims.io.analyzers import AnalyzerSetupError, check_device, load_analyzer
from claims.io.batch import Summary, _Batcher, _reading, _score_rows, check_run, run_summary
from claims.io.files import (
    InputError,
    Reject,
    Row,
    RowRenderer,
    check_delimiter,
    check_level,
    count_rows,
    format_of,
    read_listings,
)
from claims.io.partial import OutputError, PartialRun

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install -e '.[ray]'"
# an Arrow block per unit: columns of the driver's blocks and of the actors' answers
COLUMNS = ("unit", "row", "listing", "item")


class RayEngineError(RuntimeError):
    """Ray is missing, the cluster cannot be reached, or it failed during the run (a partial run
    then stays beside the output for ``--resume``)."""


def check_ray() -> None:
    """Raise :class:`RayEngineError` (with how to install it) when Ray Data is not installed."""
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError as e:
        raise RayEngineError(f"the ray engine needs Ray Data, which is not installed ({e.name or e}); "
                             f"install it with: {INSTALL_HINT}") from e


@dataclass
class RayOptions:
    """Where and how to score: ``address`` of an existing cluster (``auto``, ``ray://host:10001``;
    None starts a local Ray for this run), ``actors`` in the pool (None: one per 2 CPUs, one per
    GPU with ``device="cuda"``), the analyzer's ``device``, ``model_dir`` and ``factory``
    (``module:function``; None: ``Settings.analyzer_factory``, else the shipped model)."""

    address: str | None = None
    actors: int | None = None
    device: str = "cpu"
    model_dir: Path | None = None
    factory: str | None = None


class ScoringActor:
    """One analyzer per actor, loaded in ``__init__``; ``__call__`` scores Arrow blocks of units."""

    def __init__(self, model_dir: Path | None, settings: Settings, device: str, factory: str | None,
                 threads: int):
        self.analyzer = load_analyzer(model_dir, settings, device, factory, load_models=True)
        torch = sys.modules.get("torch")  # imported by the models just loaded (not by every analyzer)
        if torch is not None and threads > 0:
            torch.set_num_threads(threads)  # the encoder asked for every core of the machine

    def __call__(self, block: Any) -> Any:
        import pyarrow as pa

        units = block.column("unit").to_pylist()
        rows = block.column("row").to_pylist()
        listings = block.column("listing").to_pylist()
        items = block.column("item").to_pylist()
        start = 0
        while start < len(units):  # each unit scored alone, as the local engine scores it
            end = start
            while end < len(units) and units[end] == units[start]:
                end += 1
            todo = [i for i in range(start, end) if listings[i] is not None]
            scored = _score_rows(self.analyzer.score, [Row(rows[i], pickle.loads(listings[i])) for i in todo])
            for i, res in zip(todo, scored, strict=True):
                items[i] = pickle.dumps(res if isinstance(res, Reject) else dict(res), pickle.HIGHEST_PROTOCOL)
            start = end
        return pa.table({"unit": units, "row": rows, "listing": pa.array(listings, pa.binary()),
                         "item": pa.array(items, pa.binary())})


def _units(items: Iterable[Row | Reject], skip: int, batch_size: int, input_path: Path
           ) -> Iterator[list[Row | Reject]]:
    """The input items the local engine scores together, in order (after ``skip`` items that a
    resumed run already wrote: they are still read, for the duplicate-id check)."""
    unit: list[Row | Reject] = []
    rows = rejects = 0
    for item in items:
        if skip:
            skip -= 1
            continue
        unit.append(item)
        if isinstance(item, Reject):
            rejects += 1
        else:
            rows += 1
        if rows >= batch_size or rejects >= batch_size:
            yield unit
            unit, rows, rejects = [], 0, 0
    if skip:
        raise OutputError(f"{input_path} has fewer rows than the partial run already read; "
                          "start over without --resume")
    if unit:
        yield unit


def _block(n: int, unit: list[Row | Reject]) -> Any:
    import pyarrow as pa

    proto = pickle.HIGHEST_PROTOCOL
    return pa.table({
        "unit": pa.array([n] * len(unit), pa.int64()),
        "row": pa.array([it.row for it in unit], pa.int64()),
        "listing": pa.array([None if isinstance(it, Reject) else pickle.dumps(it.listing, proto) for it in unit],
                            pa.binary()),
        "item": pa.array([pickle.dumps(it, proto) if isinstance(it, Reject) else None for it in unit], pa.binary()),
    })


@dataclass
class _Unit:
    rows: list[Row]
    results: list[Any]  # a result dict or a Reject, per row
    rejects: list[Reject]  # the reader's
    consumed: int


def _regroup(batches: Iterable[Any]) -> Iterator[_Unit]:
    """The actors' answers (Arrow batches in input order, units possibly cut or merged) as units."""
    current: _Unit | None = None
    unit_no = -1
    for batch in batches:
        cols = [batch.column(c).to_pylist() for c in COLUMNS]
        for n, row, listing, item in zip(*cols, strict=True):
            if n != unit_no:
                if current is not None:
                    yield current
                current, unit_no = _Unit([], [], [], 0), n
            assert current is not None
            current.consumed += 1
            if listing is None:
                current.rejects.append(pickle.loads(item))
            else:
                current.rows.append(Row(row, pickle.loads(listing)))
                current.results.append(pickle.loads(item))
    if current is not None:
        yield current


class _Scored:
    """The batcher's scorer: hands out the results the actors computed for the unit being flushed."""

    def __init__(self) -> None:
        self.results: list[Any] = []

    def __call__(self, listings: list[dict[str, Any]]) -> list[Any]:
        if len(listings) != len(self.results):  # never: a unit's rows and results come together
            raise RuntimeError(f"{len(self.results)} results for {len(listings)} listings")
        out, self.results = self.results, []
        return out


def _node_cpus() -> tuple[float, float, float]:
    """CPUs and GPUs of the cluster, and the CPUs of its largest node."""
    import ray

    total = ray.cluster_resources()
    largest = max((float(n.get("Resources", {}).get("CPU", 0)) for n in ray.nodes() if n.get("Alive")), default=0.0)
    return float(total.get("CPU", 0)), float(total.get("GPU", 0)), largest


def pool_shape(cpus: float, gpus: float, largest_node_cpus: float, actors: int | None, device: str,
               blocks: int | None = None) -> tuple[int, float, float, int]:
    """(actors, CPUs per actor, GPUs per actor, torch threads per actor) for a cluster; never more
    actors than ``blocks`` to score (each loads a model), so the CPUs go to those that work."""
    if actors is None:
        actors = max(1, int(gpus)) if device == "cuda" else max(1, int(cpus // 2))
    if blocks:
        actors = min(actors, blocks)
    per_cpu = min(cpus / actors, largest_node_cpus or cpus) if cpus else 0.0
    per_cpu = math.floor(per_cpu) if per_cpu >= 1 else round(per_cpu, 3)
    per_gpu = min(1.0, gpus / actors) if device == "cuda" and gpus else 0.0
    return actors, per_cpu, per_gpu, max(1, int(per_cpu))


@contextlib.contextmanager
def ray_session(address: str | None) -> Iterator[None]:
    """Ray for this run: the cluster at ``address`` (None: ``RAY_ADDRESS`` if set), or a local one
    (all this machine's CPUs, no dashboard, workers' logs kept out of the terminal) shut down
    afterwards. A Ray already initialised in this process is used as it is."""
    import ray

    started = False
    if not ray.is_initialized():
        # Ray's own notices (token authentication, deprecations, "execution finished") stay out of the
        # command's output; its errors still show, and the workers' logs are in Ray's session folder.
        common: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "logging_level": logging.ERROR}
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        try:
            if address:
                ray.init(address=address, **common)
            elif os.environ.get("RAY_ADDRESS"):  # Ray's own variable: the cluster it names
                address = os.environ["RAY_ADDRESS"]
                ray.init(**common)
            else:
                ray.init(num_cpus=os.cpu_count() or 1, **common)
        except Exception as e:  # ConnectionError, RuntimeError, ValueError...: one line for the user
            where = f"the Ray cluster at {address}" if address else "a local Ray"
            first = str(e).strip().splitlines()[0] if str(e).strip() else ""
            raise RayEngineError(f"cannot start {where} ({type(e).__name__}: {first})") from e
        started = True
    try:
        yield
    finally:
        if started:
            ray.shutdown()


def score_file_ray(input_path: Path, output_path: Path, options: RayOptions | None = None,
                   settings: Settings | None = None, progress: bool = True, *, resume: bool = False,
                   delimiter: str | None = None, min_level: str | None = None) -> Summary:
    """:func:`claims.io.batch.score_file` with the scoring on Ray (see the module's docstring):
    the same arguments, output, rejects, resume and summary.

    Raises:
        InputError, OutputError: as :func:`~claims.io.batch.score_file`.
        AnalyzerSetupError: a factory that does not resolve, or ``cuda`` asked for without a GPU.
        claims.scoring.analyzer.ModelNotFoundError: no trained model.
        RayEngineError: Ray is missing, unreachable, or failed during the run.
    """
    options = options or RayOptions()
    settings = settings or get_settings()
    check_ray()
    check_run(input_path, output_path)
    fmt = format_of(output_path)
    delimiter = check_delimiter(delimiter)
    min_level = check_level(min_level)
    if options.device == "cuda" and not (options.address or os.environ.get("RAY_ADDRESS")):
        check_device("cuda")  # the local Ray has this machine's GPUs
    # the version in the manifest (and a missing model or bad factory) before Ray starts; models load lazily
    model_version = str(load_analyzer(options.model_dir, settings, "cpu", options.factory).version)
    items = read_listings(input_path, settings, delimiter)  # InputError here, before any output is touched
    identity = {"format": fmt, "batch_size": settings.batch_size, "max_field_chars": settings.max_field_chars,
                "max_reviews": settings.max_reviews, "max_id_chars": settings.max_id_chars,
                "model_version": model_version, "delimiter": delimiter, "min_level": min_level}  # = score_file's
    run = PartialRun.open(input_path, output_path, identity, resume)
    bar: Any = None
    try:
        if not run.progress.finished:
            renderer = RowRenderer(fmt, run.progress.columns, delimiter=delimiter or ",")
            scored = _Scored()
            batcher = _Batcher(run, scored, renderer, settings.commit_interval_s, min_level)
            with ray_session(options.address):
                units = _ray_units(input_path, items, run, settings, options)
                if progress:
                    from tqdm import tqdm

                    bar = tqdm(total=count_rows(input_path), initial=run.progress.rows_in, unit="listing",
                               desc="scoring", dynamic_ncols=True, mininterval=0.5)
                for unit in units:
                    batcher.rows, batcher.rejects, batcher.consumed = unit.rows, unit.rejects, unit.consumed
                    scored.results = unit.results
                    batcher.flush()
                    if bar is not None:
                        bar.update(unit.consumed)
            batcher.flush(final=True)
            run.finish(fmt, renderer.header(), settings.batch_size)
    finally:
        run.close()
        if bar is not None:
            bar.close()
    return run_summary(run, output_path, min_level)


def _ray_units(input_path: Path, items: Iterator[Row | Reject], run: PartialRun, settings: Settings,
               options: RayOptions) -> Iterator[_Unit]:
    """Step 1 and 2 of the module's docstring: the input into the object store, the pool scoring
    it; yields the scored units in input order."""
    import ray
    import ray.data
    from ray.exceptions import RayError

    t0 = time.monotonic()
    refs: list[Any] = [ray.put(_block(n, unit)) for n, unit in
            enumerate(_units(_reading(items, input_path, run), run.progress.rows_in, settings.batch_size, input_path))]
    log.info("ray: read %s into %d block(s) of up to %d rows (%.1f s)", input_path, len(refs),
             settings.batch_size, time.monotonic() - t0)
    if not refs:
        return
    cpus, gpus, largest = _node_cpus()
    if options.device == "cuda" and not gpus:
        raise AnalyzerSetupError(f"--device cuda: the Ray cluster at {options.address} has no GPU")
    actors, per_cpu, per_gpu, threads = pool_shape(cpus, gpus, largest, options.actors, options.device, len(refs))
    log.info("ray: %d scoring actor(s), %s CPU%s each (cluster: %g CPUs, %g GPUs), models on %s", actors, per_cpu,
             f" and {per_gpu} GPU" if per_gpu else "", cpus, gpus, options.device)
    if options.actors and actors < options.actors:
        log.info("ray: %d block(s) to score: %d actor(s), not %d (a smaller --batch-size makes more blocks)",
                 len(refs), actors, options.actors)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # results in input order, as the local engine writes them
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    remote: dict[str, Any] = {"num_cpus": per_cpu}
    if per_gpu:
        remote["num_gpus"] = per_gpu
    ds = ray.data.from_arrow_refs(refs).map_batches(
        ScoringActor, batch_size=None, batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=actors),
        zero_copy_batch=True,
        fn_constructor_kwargs={"model_dir": options.model_dir, "settings": settings, "device": options.device,
                               "factory": options.factory, "threads": threads},
        **remote)
    del refs  # the dataset holds them
    try:
        yield from _regroup(ds.iter_batches(batch_size=None, batch_format="pyarrow"))
    except RayError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise RayEngineError(f"Ray failed during the run ({type(e).__name__}: {first}); "
                             "the partial run is kept for --resume") from e


__all__ = ["InputError", "OutputError", "RayEngineError", "RayOptions", "ScoringActor", "check_ray",
           "pool_shape", "ray_session", "score_file_ray"]
