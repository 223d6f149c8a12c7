"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from scoring.intents import IntentLibrary, Matcher, load_library
from scoring.truth import World
from scoring.understanding import Understanding


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


def understanding_for(world: World) -> Understanding:
    """The analyser of trainee turns for a scenario's world: the caller and the marker of
    one call share it, so they can never disagree about what was said."""
    return Understanding.for_scenario(world, intent_matcher())
