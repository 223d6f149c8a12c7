"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from scoring.intents import IntentLibrary, Matcher, load_library


def library_root() -> Path:
    return Path(str(files("scenarios")))


def scenario_dir() -> Path:
    return library_root() / "library"


@cache
def intent_library() -> IntentLibrary:
    return load_library(library_root() / "intents.yaml")


@cache
def intent_matcher() -> Matcher:
    return Matcher(intent_library())
