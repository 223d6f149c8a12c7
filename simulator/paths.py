"""Where callsim keeps things on this computer.

Attempts hold trainees' voices and results, so they go in the user's data folder (or
CALLSIM_DATA), never beside the code.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("CALLSIM_DATA")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("callsim"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_dir() -> Path:
    override = os.environ.get("CALLSIM_CACHE")
    folder = Path(override) if override else Path(platformdirs.user_cache_dir("callsim"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
