"""Model files that ship inside another package's wheel, found without importing it.

Importing faster-whisper takes seconds and importing pipecat pulls in its whole framework;
a call only needs one file from each, so the package's folder is looked up, not loaded.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from audio.errors import EngineMissingError


def packaged_file(package: str, parts: tuple[str, ...], *, override: str, what: str,
                  fix: str) -> Path:
    """The file at `parts` inside installed `package`, or the path in the environment
    variable `override`; a missing one says what it is and how to install it."""
    explicit = os.environ.get(override)
    if explicit:
        path = Path(explicit)
    else:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise EngineMissingError(f"no {what}: {fix}")
        path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    if not path.exists():
        raise EngineMissingError(f"{what} {path} is missing: {fix}")
    return path
