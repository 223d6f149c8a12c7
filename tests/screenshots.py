"""Screenshots from tests: saved for the assertions, and kept when a person wants to look.

Set CALLSIM_SCREENSHOTS=DIR to keep a copy of every screenshot a test takes.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame


def save_screenshot(surface: pygame.Surface, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    pygame.image.save(surface, str(path))
    keep = os.environ.get("CALLSIM_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return path
