"""Crash-safe saving of an index folder shared by several processes.

A save writes a complete new *generation* (``gen-<time>-<pid>/`` inside the index folder), then
points the small ``CURRENT`` file at it with an atomic rename, then deletes the older
generations: a process killed at any point leaves either the previous generation or the new one
in force, never a mix. Savers and loaders of one folder take an ``flock`` on ``.lock`` in it
(exclusive to save, shared to load), so two servers never interleave their writes. A folder
written before generations existed (the files directly in the folder) is read as before.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

CURRENT = "CURRENT"
_GEN_PREFIX = "gen-"


@contextlib.contextmanager
def folder_lock(directory: Path, *, shared: bool = False) -> Iterator[None]:
    """An advisory lock on ``directory`` (created if missing), held across processes. A shared
    lock on a folder this process cannot write (a read-only index) is skipped: nobody saves there."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError:
        if not shared:
            raise
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def current_folder(directory: Path) -> Path:
    """The folder holding the index now: the generation ``CURRENT`` names, else ``directory`` itself."""
    pointer = directory / CURRENT
    if pointer.exists():
        name = pointer.read_text(encoding="utf-8").strip()
        if name.startswith(_GEN_PREFIX) and "/" not in name and (directory / name).is_dir():
            return directory / name
    return directory


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save_generation(directory: Path, write: Callable[[Path], None]) -> Path:
    """Write a new generation with ``write(folder)`` and make it current; returns its folder.
    The caller holds :func:`folder_lock` (exclusive)."""
    directory.mkdir(parents=True, exist_ok=True)
    gen = directory / f"{_GEN_PREFIX}{time.time_ns()}-{os.getpid()}"
    try:
        write(gen)
        _fsync_tree(gen)  # the data is on disk before the pointer names it (power loss too)
        tmp = directory / f"{CURRENT}.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(gen.name)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, directory / CURRENT)
        _fsync_dir(directory)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    for old in directory.glob(f"{_GEN_PREFIX}*"):  # older generations, and any a killed saver left
        if old != gen:
            shutil.rmtree(old, ignore_errors=True)
    return gen
