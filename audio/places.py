"""Where `audio` keeps rendered voices, language models and downloaded models.

Same folders and environment overrides as the rest of callsim (CALLSIM_CACHE, CALLSIM_DATA),
read here directly because `audio` never imports `simulator`.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir(*parts: str) -> Path:
    """Things that can be rebuilt (rendered lines, language models): safe to delete."""
    import platformdirs

    override = os.environ.get("CALLSIM_CACHE")
    root = Path(override) if override else Path(platformdirs.user_cache_dir("callsim"))
    folder = root.joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir(*parts: str) -> Path:
    """Things a person installed or fetched (speech models): kept."""
    import platformdirs

    override = os.environ.get("CALLSIM_DATA")
    root = Path(override) if override else Path(platformdirs.user_data_dir("callsim"))
    return root.joinpath(*parts)
