"""Where callsim keeps things on this computer, and keeping them private.

Attempts hold trainees' voices and results, so they go in the user's data folder (or
CALLSIM_DATA), never beside the code. The folder is the user's alone (0700) and every
file callsim writes there is too (0600), whatever the umask: on a shared training-room
computer one trainee must not be able to read another's recordings or marks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

import platformdirs

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def data_dir() -> Path:
    override = os.environ.get("CALLSIM_DATA")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("callsim"))
    return private_folder(folder)


def cache_dir() -> Path:
    override = os.environ.get("CALLSIM_CACHE")
    folder = Path(override) if override else Path(platformdirs.user_cache_dir("callsim"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def private_folder(folder: Path) -> Path:
    """Make the folder (owner only), and tighten one of ours left open by an older callsim."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(folder, PRIVATE_FOLDER)
    return folder


def _tighten(path: Path, mode: int) -> None:
    try:
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        pass  # not ours to change (a shared folder someone chose): leave it as it is


def tighten_file(path: Path) -> None:
    """An existing file of ours that others could read becomes the owner's alone."""
    _tighten(path, PRIVATE_FILE)


def write_private(path: Path, data: bytes | str) -> None:
    """Write a file only its owner can read (created 0600, not left to the umask)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as file:
        os.fchmod(file.fileno(), PRIVATE_FILE)
        file.write(raw)


def append_private(path: Path) -> TextIO:
    """Open a file for appending text, created 0600 (a call's journal)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    os.fchmod(descriptor, PRIVATE_FILE)
    return os.fdopen(descriptor, "a", encoding="utf-8")
