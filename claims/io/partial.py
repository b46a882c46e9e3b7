"""A batch run's output while it is being written: ``OUTPUT.partial`` and its manifest.

Until a run completes, nothing is written to OUTPUT or OUTPUT.rejects.jsonl. The rows go to
``OUTPUT.partial`` (for Parquet: JSON lines of flat columns, converted at the end), the rejects
to ``OUTPUT.rejects.jsonl.partial``, and after each batch, once both are flushed and fsynced,
``OUTPUT.partial.json`` (the manifest) records how far the run got: the input's identity (path,
size, mtime, SHA-256), the settings that shape the output (format, batch size, limits, model
version, CSV delimiter, minimum risk level), the rows read, scored, written and rejected, the
summary counts, and the byte length of both partial files at that batch boundary. A resumed run
finds its place from these counts alone (input rows read, bytes committed), never by counting
the rows in ``OUTPUT.partial``: with a minimum level (``--only-flagged``) the output holds fewer
rows than were scored. The manifest is replaced atomically (write, fsync, rename),
so it always describes a state that is fully on disk; bytes past it are batches written since
(committed at the first batch boundary after ``Settings.commit_interval_s``, default 1 s) or a
batch cut off by a kill. Every commit point is a batch boundary of the uninterrupted run, so the
batches after a resume are the same as the uninterrupted run's.

A resumed run checks that the manifest matches the input and settings, cuts both partial files
back to the recorded lengths and carries on from the next input row. On completion the files
are renamed into place with ``os.replace`` (rejects first, then the output), the manifest is
marked finished before the renames, so a run killed between them is finished by ``--resume``.
The partial file is locked (``flock``) while a run writes it: two runs cannot share an output.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from claims.io.files import InputError, write_parquet

log = logging.getLogger(__name__)

MANIFEST_VERSION = 2  # 2: title/category/brand and finding_N_* columns, BOM, written, min_level
_READ_CHUNK = 1 << 20


class OutputError(Exception):
    """The output cannot be written, or a partial run cannot be resumed (the run stops; nothing
    written so far is lost and no earlier output is touched)."""


def describe(e: OSError) -> str:
    """An OSError in words, for one-line messages."""
    words = {errno.ENOSPC: "no space left on the device (disk full)", errno.EDQUOT: "disk quota exceeded",
             errno.EACCES: "permission denied", errno.EPERM: "permission denied",
             errno.EROFS: "read-only file system", errno.EISDIR: "is a directory",
             errno.ENOTDIR: "a parent is not a directory", errno.ENOENT: "no such file or directory",
             errno.EIO: "input/output error"}
    return words.get(e.errno or 0, e.strerror or str(e))


def rejects_path_for(output: Path) -> Path:
    return output.with_name(output.name + ".rejects.jsonl")


@dataclass(frozen=True)
class RunPaths:
    output: Path
    rejects: Path
    partial: Path  # the rows written so far
    rejects_partial: Path
    manifest: Path
    parquet_tmp: Path  # the Parquet file being converted from the partial

    @classmethod
    def of(cls, output: Path) -> RunPaths:
        rejects = rejects_path_for(output)
        return cls(output, rejects, output.with_name(output.name + ".partial"),
                   rejects.with_name(rejects.name + ".partial"), output.with_name(output.name + ".partial.json"),
                   output.with_name(output.name + ".partial.parquet-tmp"))

    def written(self) -> list[Path]:
        """Every path a run writes."""
        return [self.output, self.rejects, self.partial, self.rejects_partial, self.manifest, self.parquet_tmp]


def fingerprint(path: Path) -> dict[str, Any]:
    """What identifies an input file: its path, size, modification time and SHA-256."""
    st = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_READ_CHUNK), b""):
            digest.update(chunk)
    return {"path": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "sha256": digest.hexdigest()}


@dataclass
class Progress:
    """How far a run got at its last batch boundary (what the manifest records)."""

    rows_in: int = 0  # input rows read: where a resumed run carries on
    rows_out: int = 0  # rows scored (written, or below the run's minimum level)
    written: int = 0  # rows in OUTPUT.partial (fewer than rows_out with a minimum level)
    rejects: int = 0
    levels: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    reject_reasons: dict[str, int] = field(default_factory=dict)
    out_bytes: int = 0
    rejects_bytes: int = 0
    columns: list[str] | None = None
    finished: bool = False


class AppendFile:
    """A file opened for appending, whose every failure is an :class:`OutputError` in words."""

    def __init__(self, path: Path, fh: BinaryIO):
        self.path = path
        self.fh = fh

    @classmethod
    def open(cls, path: Path, lock: bool = False) -> AppendFile:
        try:
            fh = open(path, "r+b" if path.exists() else "w+b")  # noqa: SIM115  # closed by close()
        except OSError as e:
            raise OutputError(f"{path}: cannot write ({describe(e)})") from e
        if lock:
            try:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except ImportError:  # no flock on this platform: no protection against a second run
                pass
            except OSError as e:
                fh.close()
                raise OutputError(f"{path}: another run is writing this output right now") from e
        return cls(path, fh)

    def truncate(self, size: int) -> None:
        try:
            self.fh.seek(0, os.SEEK_END)
            have = self.fh.tell()
            if have < size:
                raise OutputError(f"{self.path} holds {have:,} bytes, fewer than the {size:,} its manifest "
                                  "records: the partial run is damaged; start over without --resume")
            self.fh.truncate(size)
            self.fh.seek(size)
        except OSError as e:
            raise OutputError(f"{self.path}: cannot write ({describe(e)})") from e

    def write(self, data: bytes) -> None:
        self.fh.write(data)

    def append(self, data: bytes) -> int:
        """Write ``data`` and flush it to the OS (it survives the process, not yet a power cut); the new length."""
        try:
            if data:
                self.write(data)
            self.fh.flush()
            return self.fh.tell()
        except OSError as e:
            raise OutputError(f"{self.path}: cannot write ({describe(e)})") from e

    def sync(self) -> None:
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
        except OSError as e:
            raise OutputError(f"{self.path}: cannot write ({describe(e)})") from e

    def close(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise OutputError(f"{path}: cannot write ({describe(e)})") from e


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class PartialRun:
    """The partial files of one run of ``score_file``: open (fresh or resumed), commit a batch,
    finish (rename into place), close."""

    def __init__(self, paths: RunPaths, identity: dict[str, Any], progress: Progress,
                 out: AppendFile | None, rejects: AppendFile | None):
        self.paths = paths
        self.identity = identity
        self.progress = progress
        self.out = out
        self.rejects = rejects

    @classmethod
    def open(cls, input_path: Path, output: Path, identity: Mapping[str, Any], resume: bool) -> PartialRun:
        """Start a run (or continue the one recorded beside ``output`` when ``resume``).

        ``identity`` holds what must not change between a run and its resumption (format, batch
        size, limits, model version, delimiter, minimum level); the input's fingerprint is added here.
        """
        paths = RunPaths.of(output)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError(f"{output.parent}: cannot create the folder ({describe(e)})") from e
        found: dict[str, Any] | None = None
        if paths.manifest.exists():
            try:
                found = cls._read_manifest(paths)
            except OutputError:
                if resume:
                    raise
                found = {"progress": {}}  # a fresh run replaces it anyway
        try:
            full = {"version": MANIFEST_VERSION, "input": fingerprint(input_path), **identity}
        except OSError as e:
            raise InputError(f"{input_path}: cannot read ({describe(e)})") from e
        if resume and found is None:
            log.info("nothing to resume for %s; starting a fresh run", output)
        if resume and found is not None:
            cls._check_same_run(paths, found, full)
            if found["progress"].get("finished"):  # killed while renaming: only the renames are left
                run = cls(paths, full, Progress(**found["progress"]), None, None)
                run._put_in_place(str(full.get("format")))
                return run
        out = AppendFile.open(paths.partial, lock=True)
        try:
            rejects = AppendFile.open(paths.rejects_partial)
        except OutputError:
            out.close()
            raise
        try:
            progress = Progress()
            if resume and found is not None:
                progress = Progress(**found["progress"])
                out.truncate(progress.out_bytes)
                rejects.truncate(progress.rejects_bytes)
                log.info("resuming %s after input row %s (%s scored, %s written, %s rejected)", output,
                         f"{progress.rows_in:,}", f"{progress.rows_out:,}", f"{progress.written:,}",
                         f"{progress.rejects:,}")
            else:
                if found is not None:
                    log.warning("%s: discarding a partial run (%s input rows done); --resume would have continued it",
                                output, f"{found['progress'].get('rows_in', 0):,}")
                out.truncate(0)
                rejects.truncate(0)
            run = cls(paths, full, progress, out, rejects)
            run._save()
            return run
        except BaseException:
            out.close()
            rejects.close()
            raise

    @staticmethod
    def _read_manifest(paths: RunPaths) -> dict[str, Any]:
        try:
            data = json.loads(paths.manifest.read_text(encoding="utf-8"))
            Progress(**data["progress"])
            if data.get("version") != MANIFEST_VERSION:
                raise ValueError(f"manifest version {data.get('version')!r}, this claims writes {MANIFEST_VERSION}")
            return dict(data)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise OutputError(f"{paths.manifest}: unreadable manifest ({e}); start over without --resume") from e

    @staticmethod
    def _check_same_run(paths: RunPaths, found: Mapping[str, Any], now: Mapping[str, Any]) -> None:
        was, new = found.get("input", {}), now["input"]
        if (was.get("size"), was.get("sha256")) != (new["size"], new["sha256"]):
            raise OutputError(f"{paths.partial} was written from a different input ({was.get('path')}, "
                              f"{was.get('size', 0):,} bytes) than {new['path']}; run without --resume to start over")
        for key, value in now.items():
            if key not in ("input", "version") and found.get(key) != value:
                raise OutputError(f"{paths.partial} was written with {key} = {found.get(key)!r}, this run has "
                                  f"{value!r}; rerun with the same options or without --resume to start over")

    def _save(self) -> None:
        data = {**self.identity, "output": str(self.paths.output.resolve()),
                "note": "a claims score run in progress: OUTPUT.partial is incomplete; "
                        "`claims score INPUT -o OUTPUT --resume` continues it",
                "progress": asdict(self.progress)}
        _write_atomic(self.paths.manifest, json.dumps(data, indent=1, ensure_ascii=True) + "\n")

    def append(self, rows: bytes, rejects: bytes, progress: Progress) -> None:
        """Append one batch's rows and rejects; ``progress`` gets the new lengths (not yet committed)."""
        assert self.out is not None and self.rejects is not None
        progress.out_bytes = self.out.append(rows)
        progress.rejects_bytes = self.rejects.append(rejects)

    def commit(self, progress: Progress) -> None:
        """Make everything appended durable (fsync), then record ``progress`` as the new resume point."""
        assert self.out is not None and self.rejects is not None
        self.out.sync()
        self.rejects.sync()
        self.progress = progress
        self._save()

    def finish(self, fmt: str, header: bytes, rows_per_group: int) -> None:
        """Put the completed output and rejects in place; remove the partial files."""
        p = self.paths
        if not self.progress.finished:
            assert self.out is not None and self.rejects is not None
            if fmt == "csv" and self.progress.out_bytes == 0:
                self.progress.out_bytes = self.out.append(header)
            self.out.sync()
            self.rejects.sync()
            if fmt == "parquet":
                try:
                    write_parquet(self._partial_lines(), self.progress.columns, p.parquet_tmp, rows_per_group)
                    with open(p.parquet_tmp, "rb") as fh:
                        os.fsync(fh.fileno())
                except OSError as e:
                    p.parquet_tmp.unlink(missing_ok=True)
                    raise OutputError(f"{p.parquet_tmp}: cannot write ({describe(e)})") from e
            self.progress.finished = True
            self._save()
        self._put_in_place(fmt)

    def _put_in_place(self, fmt: str) -> None:
        p = self.paths
        try:
            if p.rejects_partial.exists():
                os.replace(p.rejects_partial, p.rejects)
            source = p.parquet_tmp if fmt == "parquet" else p.partial
            if source.exists():
                os.replace(source, p.output)
            _fsync_dir(p.output.parent)
            for leftover in (p.partial, p.manifest):
                leftover.unlink(missing_ok=True)
        except OSError as e:
            raise OutputError(f"{p.output}: cannot put the finished output in place ({describe(e)}); "
                              "rerun with --resume to finish") from e

    def _partial_lines(self) -> Iterator[bytes]:
        with open(self.paths.partial, "rb") as fh:
            remaining = self.progress.out_bytes
            for line in fh:
                if remaining <= 0:
                    return
                remaining -= len(line)
                yield line

    def close(self) -> None:
        for f in (self.out, self.rejects):
            if f is not None:
                f.close()
