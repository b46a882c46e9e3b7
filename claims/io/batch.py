"""Batch scoring of a catalog file: stream, score in batches, write results and rejects.

A run is atomic and resumable (the files are described in :mod:`claims.io.partial`): the input
is checked before any output is touched; rows and rejects go to ``OUTPUT.partial`` and
``OUTPUT.rejects.jsonl.partial``, committed batch by batch, and are renamed into place only when
the run completes, so an earlier OUTPUT survives a failed run; ``resume=True`` continues a run
that was killed, from its last committed batch, and gives the same output as an uninterrupted
run. No row can stop a run: a row the reader cannot read, the scorer cannot score (a batch that
fails is scored again row by row) or the writer cannot write goes to the rejects with its
reason, so rows in = rows out + rejects. What stops a run is the input as a whole
(:class:`~claims.io.files.InputError`) or the output (:class:`~claims.io.partial.OutputError`:
disk full, no permission...); both leave the partial run in place for ``--resume``.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.config import Settings, get_settings
from claims.io.files import (
    InputError,
    Reject,
    Row,
    RowRenderer,
    check_delimiter,
    check_level,
    count_rows,
    exception_text,
    format_of,
    level_at_least,
    read_listings,
)
from claims.io.partial import OutputError, PartialRun, Progress, RunPaths, describe, rejects_path_for

log = logging.getLogger(__name__)

Scorer = Callable[[list[dict[str, Any]]], Sequence[Mapping[str, Any]]]

__all__ = ["InputError", "OutputError", "Summary", "check_run", "rejects_path_for", "score_file"]

UNREAD = "not read"  # the summary row of listings with status unsupported_language


@dataclass
class Summary:
    rows_in: int = 0
    rows_out: int = 0
    rejects: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    reject_reasons: Counter[str] = field(default_factory=Counter)
    output: str = ""
    rejects_path: str = ""
    written: int | None = None  # rows written, when a minimum level kept some out
    min_level: str | None = None

    def table(self) -> str:
        lines = [f"Scored {self.rows_out:,} of {self.rows_in:,} listings -> {self.output}"]
        if self.written is not None:
            lines.append(f"Wrote {self.written:,} listing(s) at level {self.min_level} or above; "
                         f"{self.rows_out - self.written:,} below it were not written")
        lines.append("")
        lines.append(f"{'risk level':<12}{'listings':>10}{'share':>9}")
        for level in ("none", "low", "medium", "high", UNREAD):
            n = self.levels.get(level, 0)
            if level == UNREAD and not n:
                continue
            share = f"{100 * n / self.rows_out:.1f}%" if self.rows_out else "-"
            lines.append(f"{level:<12}{n:>10,}{share:>9}")
        if self.levels.get(UNREAD):
            lines.append(f"({UNREAD}: in a language the analyzer does not read; no level, never 'none')")
        if self.codes:
            lines.append("")
            lines.append(f"{'most frequent findings':<32}{'listings':>10}")
            for code, n in self.codes.most_common(8):
                lines.append(f"{code:<32}{n:>10,}")
        lines.append("")
        if self.rejects:
            lines.append(f"Rejected {self.rejects:,} row(s) -> {self.rejects_path}")
            for reason, n in self.reject_reasons.most_common(5):
                lines.append(f"  {n:>6,} x {reason}")
        else:
            lines.append("Rejected 0 rows.")
        return "\n".join(lines)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_run(input_path: Path, output_path: Path) -> None:
    """Refuse a run that cannot work, before reading or writing anything: unknown formats, an
    output that would overwrite the input, an output that is a folder or read-only."""
    format_of(input_path)
    try:
        format_of(output_path)
    except InputError as e:
        raise OutputError(str(e)) from e
    if not input_path.exists():
        raise InputError(f"{input_path}: no such file")
    if input_path.is_dir():
        raise InputError(f"{input_path}: is a directory")
    paths = RunPaths.of(output_path)
    for path in paths.written():
        if _same_file(path, input_path):
            raise OutputError(f"{path} is the input file: the run would overwrite what it reads; "
                              "choose another output")
    for path in (paths.output, paths.rejects):
        if path.is_dir():
            raise OutputError(f"{path}: is a directory; give a file name")
        if path.exists() and not os.access(path, os.W_OK):
            raise OutputError(f"{path}: is read-only")
    parent = output_path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{parent}: is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{parent}: cannot write in this folder (permission denied)")


def _reason_kind(reason: str) -> str:
    return reason.split(" (")[0].split(" at ")[0].split(" on line")[0].split(" of line")[0]


def _score_rows(scorer: Scorer, rows: list[Row]) -> list[Mapping[str, Any] | Reject]:
    """Scores of ``rows`` in order; if the batch fails, each row alone (a row that fails is rejected)."""
    if not rows:
        return []
    listings = [r.listing for r in rows]
    try:
        results: list[Mapping[str, Any] | Reject] = list(scorer(listings))
        if len(results) != len(rows):
            raise ValueError(f"the scorer returned {len(results)} results for {len(rows)} listings")
        return results
    except Exception as e:
        if len(rows) > 1:
            log.warning("scoring a batch of %d listings failed (%s); scoring them one by one",
                        len(rows), exception_text(e))
    out: list[Mapping[str, Any] | Reject] = []
    for row in rows:
        try:
            one = list(scorer([row.listing]))
            if len(one) != 1:
                raise ValueError(f"the scorer returned {len(one)} results for 1 listing")
            out.append(one[0])
        except Exception as e:
            out.append(Reject(row.row, row.listing.get("id"), f"scoring failed ({exception_text(e)})"))
    return out


class _Batcher:
    """Scores and renders one batch at a time, appends it to the partial run and commits (fsync +
    manifest) at the first batch boundary after ``interval`` seconds. Results below ``min_level``
    are counted (levels, codes, rows scored) but not written."""

    def __init__(self, run: PartialRun, scorer: Scorer, renderer: RowRenderer, interval: float,
                 min_level: str | None = None):
        self.run = run
        self.scorer = scorer
        self.renderer = renderer
        self.interval = interval
        self.min_level = min_level
        self.state = run.progress  # after the last batch written (committed or not)
        self.last_commit = time.monotonic()
        self.rows: list[Row] = []
        self.rejects: list[Reject] = []
        self.consumed = 0  # input rows since the last batch

    def flush(self, final: bool = False) -> None:
        prev = self.state
        levels, codes, reasons = Counter(prev.levels), Counter(prev.codes), Counter(prev.reject_reasons)
        scored = _score_rows(self.scorer, self.rows)
        rejects = self.rejects + [res for res in scored if isinstance(res, Reject)]
        rows_out = written = 0
        kept: list[tuple[Row, Mapping[str, Any], str, set[str]]] = []
        for row, res in zip(self.rows, scored, strict=True):
            if isinstance(res, Reject):
                continue
            try:
                g = res["greenwashing"]
                found = {str(f["code"]) for f in g["findings"]}
                if g["level"] is None:  # not read (unsupported language): written only when all are
                    level, wanted = UNREAD, self.min_level is None
                else:
                    level = str(g["level"])
                    wanted = level_at_least(level, self.min_level)
            except Exception as e:
                rejects.append(Reject(row.row, row.listing.get("id"),
                                      f"result cannot be written ({exception_text(e)})"))
                continue
            if wanted:
                kept.append((row, res, level, found))
            else:  # scored and counted, not written
                rows_out += 1
                levels[level] += 1
                codes.update(found)
        rendered = self.renderer.render([res for _, res, _, _ in kept], [row.listing for row, _, _, _ in kept])
        lines: list[bytes] = []
        if self.renderer.fmt == "csv" and prev.columns is None and self.renderer.columns is not None:
            lines.append(self.renderer.header())
        for (row, _, level, found), data in zip(kept, rendered, strict=True):
            if isinstance(data, Exception):
                rejects.append(Reject(row.row, row.listing.get("id"),
                                      f"result cannot be written ({exception_text(data)})"))
                continue
            lines.append(data)
            rows_out += 1
            written += 1
            levels[level] += 1
            codes.update(found)
        rejects.sort(key=lambda r: r.row)
        for r in rejects:
            reasons[_reason_kind(r.reason)] += 1
        state = Progress(rows_in=prev.rows_in + self.consumed, rows_out=prev.rows_out + rows_out,
                         written=prev.written + written, rejects=prev.rejects + len(rejects),
                         levels=dict(levels), codes=dict(codes), reject_reasons=dict(reasons),
                         columns=self.renderer.columns)
        self.run.append(b"".join(lines), b"".join(r.to_line() for r in rejects), state)
        self.state = state
        self.rows, self.rejects, self.consumed = [], [], 0
        if final or time.monotonic() - self.last_commit >= self.interval:
            self.run.commit(state)
            self.last_commit = time.monotonic()


def _reading(items: Iterator[Row | Reject], path: Path, run: PartialRun) -> Iterator[Row | Reject]:
    """``items``, with a failure to read the file (not a row) as an :class:`InputError`."""
    try:
        yield from items
    except OSError as e:
        raise InputError(f"{path}: reading failed after row {run.progress.rows_in:,} ({describe(e)}); "
                         "rerun with --resume") from e


def score_file(input_path: Path, output_path: Path, scorer: Scorer, settings: Settings | None = None,
               progress: bool = True, *, resume: bool = False, model_version: str | None = None,
               delimiter: str | None = None, min_level: str | None = None) -> Summary:
    """Score every row of ``input_path`` into ``output_path``; rejects go to OUTPUT.rejects.jsonl.

    ``delimiter``: CSV input and output (None: detected on input, ``,`` on output). ``min_level``:
    write only results at that risk level or above (all are still scored and counted in the
    summary, which then says how many were written).

    ``resume`` continues the partial run beside ``output_path`` (it must have been started from
    the same input with the same format, batch size, limits, ``model_version``, ``delimiter`` and
    ``min_level``); it finds its place from the manifest's counts (input rows read, bytes
    committed), never by counting output rows, which ``min_level`` makes fewer than the rows
    scored. Raises :class:`InputError` or :class:`OutputError` when the run cannot start or go on;
    a partial run then stays beside the output for ``resume``, and an earlier output is left as
    it was.
    """
    settings = settings or get_settings()
    check_run(input_path, output_path)
    fmt = format_of(output_path)
    delimiter = check_delimiter(delimiter)
    min_level = check_level(min_level)
    items = read_listings(input_path, settings, delimiter)  # InputError here, before any output is touched
    identity = {"format": fmt, "batch_size": settings.batch_size, "max_field_chars": settings.max_field_chars,
                "max_reviews": settings.max_reviews, "max_id_chars": settings.max_id_chars,
                "model_version": model_version, "delimiter": delimiter, "min_level": min_level}
    run = PartialRun.open(input_path, output_path, identity, resume)
    bar: Any = None
    try:
        if not run.progress.finished:
            renderer = RowRenderer(fmt, run.progress.columns, delimiter=delimiter or ",")
            batcher = _Batcher(run, scorer, renderer, settings.commit_interval_s, min_level)
            skip = run.progress.rows_in
            if progress:
                from tqdm import tqdm

                bar = tqdm(total=count_rows(input_path), initial=skip, unit="listing", desc="scoring",
                           dynamic_ncols=True, mininterval=0.5)
            for item in _reading(items, input_path, run):
                if skip:  # read again (the duplicate-id check needs them), already written
                    skip -= 1
                    continue
                batcher.consumed += 1
                if isinstance(item, Reject):
                    batcher.rejects.append(item)
                else:
                    batcher.rows.append(item)
                if len(batcher.rows) >= settings.batch_size or len(batcher.rejects) >= settings.batch_size:
                    n = batcher.consumed
                    batcher.flush()
                    if bar is not None:
                        bar.update(n)
            if skip:
                raise OutputError(f"{input_path} has fewer rows than the partial run already read; "
                                  "start over without --resume")
            batcher.flush(final=True)
            run.finish(fmt, renderer.header(), settings.batch_size)
    finally:
        run.close()
        if bar is not None:
            bar.close()
    return run_summary(run, output_path, min_level)


def run_summary(run: PartialRun, output_path: Path, min_level: str | None) -> Summary:
    """The :class:`Summary` of a finished (or resumed-and-finished) run, from its progress."""
    done = run.progress
    return Summary(rows_in=done.rows_in, rows_out=done.rows_out, rejects=done.rejects, levels=Counter(done.levels),
                   codes=Counter(done.codes), reject_reasons=Counter(done.reject_reasons), output=str(output_path),
                   rejects_path=str(rejects_path_for(output_path)),
                   written=done.written if min_level is not None else None, min_level=min_level)
