"""The session journal: every turn, log edit and event, on disk the moment it happens.

One JSON object per line, appended, flushed and fsynced before `write` returns, so a
killed process or a power cut loses at most the entry being written. A torn last line
(the crash came mid-write) is ignored on reading; a damaged line elsewhere costs only
itself: every other entry is kept, and the damaged lines are reported by number.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from scoring.authored import AuthoringError
from scoring.bounded import MAX_RECORD_BYTES, parse_json, read_limited
from simulator.errors import UserError
from simulator.paths import PRIVATE_FOLDER, append_private


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        self._file: TextIO = append_private(path)

    def write(self, entry: dict[str, Any]) -> None:
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@dataclass(frozen=True)
class Reading:
    """A journal as read: every entry that could be read (with its line), and each line
    that could not, by number and why. A call cut off mid-write ends in a torn line."""

    entries: tuple[tuple[int, dict[str, Any]], ...]
    damaged: tuple[tuple[int, str], ...]
    torn_last_line: int | None = None


MAX_JOURNAL_BYTES = 5 * MAX_RECORD_BYTES  # with word timings, a long call is ~1 MB


def read_entries(path: Path) -> Reading:
    """Read every readable entry. A damaged line in the middle (a disk error, an editor)
    costs that line only, never the rest of the call."""
    try:
        raw = read_limited(path, str(path), MAX_JOURNAL_BYTES, "call journal")
    except AuthoringError as error:
        raise UserError(str(error)) from None
    text = raw.decode("utf-8", errors="replace")
    entries: list[tuple[int, dict[str, Any]]] = []
    damaged: list[tuple[int, str]] = []
    torn = None
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = parse_json(line, str(path), line=number)
        except AuthoringError as error:
            if number == len(lines) and not text.endswith("\n"):
                torn = number  # the write the crash interrupted
                continue
            damaged.append((number, error.problems[0].message))
            continue
        if isinstance(entry, dict):
            entries.append((number, entry))
        else:
            damaged.append((number, "not a journal entry (a JSON object)"))
    return Reading(tuple(entries), tuple(damaged), torn)


def read_journal(path: Path) -> list[dict[str, Any]]:
    """Every readable entry, in order (see `read_entries` for what was not readable)."""
    return [entry for _, entry in read_entries(path).entries]
