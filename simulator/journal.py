"""The session journal: every turn, log edit and event, on disk the moment it happens.

One JSON object per line, appended, flushed and fsynced before `write` returns, so a
killed process or a power cut loses at most the entry being written. A torn last line
(the crash came mid-write) is ignored on reading; everything before it is kept.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO

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


def read_journal(path: Path) -> list[dict[str, Any]]:
    """Every complete entry, in order. A torn final line is dropped, not an error."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise UserError(f"cannot read the call journal {path}: {error.strerror}") from None
    entries: list[dict[str, Any]] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            if number >= len(lines) - 1:
                break  # the write the crash interrupted
            raise UserError(f"{path}:{number}: the call journal is damaged here; entries "
                            "before this line can be recovered by hand") from None
        if isinstance(entry, dict):
            entries.append(entry)
    return entries
