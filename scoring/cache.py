"""Where callsim keeps what it can make again (compiled library, sentence vectors).

CALLSIM_CACHE, else `cache/` in CALLSIM_DATA when that is set (tests and classrooms with a
private data folder never write to the real home), else the user's cache folder. Kept in a
module of its own, importing nothing heavy, so the fast command-line paths can use it.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    cache = os.environ.get("CALLSIM_CACHE")
    data = os.environ.get("CALLSIM_DATA")
    if cache:
        return Path(cache)
    if data:
        return Path(data) / "cache"
    import platformdirs  # noqa: PLC0415  (only when no folder is given)

    return Path(platformdirs.user_cache_dir("callsim"))
