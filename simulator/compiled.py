"""The compiled library: what slow reading produces, kept between commands.

`callsim list` and `callsim match` are typed many times a day; parsing the twelve
scenarios and building the phrase matcher cost most of a second each time. What they
produce is kept in the cache folder, keyed by the SHA-256 of every file it was made from
(the YAML and the Python source that reads it), so an edited scenario or a new callsim is
never answered from a stale copy. Delete the folder at any time: it is rebuilt.

The folder is CALLSIM_CACHE, else `cache/` in CALLSIM_DATA when that is set (tests and
classrooms with a private data folder), else the user's cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

from scoring.cache import cache_root

T = TypeVar("T")

FORMAT = "callsim.compiled/1"


def folder() -> Path:
    return cache_root() / "compiled"


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def key_of(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for path in (Path(__file__), *paths):  # this file too: it decides how things are kept
        digest.update(file_hash(path).encode())
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Atomically: two commands at once must never read half a file."""
    write_with(path, lambda out: out.write(data))


def write_with(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """`write_atomically`, the file written by `write` as it goes (no copy in memory)."""
    name = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(name, path)
    except OSError:
        with contextlib.suppress(OSError):
            if name:
                os.unlink(name)
        # a read-only or full disk makes callsim slower, never wrong


class _Pickler(pickle.Pickler):
    """Small numpy arrays as raw bytes: the matcher holds ~26,000 of them, and numpy's own
    way of pickling each array made loading it five times slower (85 ms against 15 ms)."""

    def reducer_override(self, obj: Any) -> Any:
        numpy = sys.modules.get("numpy")
        if numpy is not None and type(obj) is numpy.ndarray and obj.ndim == 1:
            # Read-only when loaded (a writeable copy cost 35 ms more): what is kept here is
            # only read, and an in-place write would fail loudly rather than corrupt it.
            return numpy.frombuffer, (obj.tobytes(), obj.dtype.str)
        return NotImplemented


def _pickled(value: object) -> bytes:
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


def built(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`, or the copy kept from the last time these exact inputs were built.

    Pickle, because the matcher is numpy arrays and plain objects; the folder is the
    user's own (nobody else's pickles are read), and a damaged file is rebuilt."""
    key = key_of(inputs)
    path = folder() / f"{name}-{key[:32]}.pickle"
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError,
                             ImportError, TypeError, ValueError):
        return pickle.loads(path.read_bytes())  # type: ignore[no-any-return]
    value = build()
    try:
        data = _pickled(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return value  # holds something that cannot be kept (a model session): build each time
    for old in path.parent.glob(f"{name}-*.pickle"):  # one copy per name is enough
        with contextlib.suppress(OSError):
            old.unlink()
    write_atomically(path, data)
    return value


class Table:
    """A JSON table of rows kept per file hash (`callsim list`'s summary of each
    scenario): rows of files that changed are made again, the rest are read."""

    def __init__(self, name: str, version: str) -> None:
        self.path = folder() / f"{name}.json"
        self.version = version
        self.rows: dict[str, Any] = {}
        self.changed = False
        with contextlib.suppress(OSError, ValueError):
            kept = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(kept, dict) and kept.get("version") == version:
                self.rows = dict(kept.get("rows", {}))

    def get(self, key: str) -> Any:
        return self.rows.get(key)

    def put(self, key: str, row: Any) -> None:
        self.rows[key] = row
        self.changed = True

    def save(self, keep: Iterable[str]) -> None:
        wanted = set(keep)
        if self.changed or set(self.rows) - wanted:
            rows = {k: v for k, v in self.rows.items() if k in wanted}
            write_atomically(self.path, json.dumps({"version": self.version, "rows": rows},
                                         indent=1).encode())
