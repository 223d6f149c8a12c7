"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoring.intents import IntentLibrary, Matcher
    from scoring.truth import World
    from scoring.understanding import Understanding


def library_root() -> Path:
    return Path(str(files("scenarios")))


def scenario_dir() -> Path:
    return library_root() / "library"


@cache
def intent_library() -> IntentLibrary:
    from scoring.intents import load_library  # noqa: PLC0415  (numpy: only when needed)

    return load_library(library_root() / "intents.yaml")


@cache
def intent_matcher() -> Matcher:
    """The library's matcher, built once per change of the phrase library or of the code
    that builds it (kept in the compiled cache: building it costs ~0.2 s of CPU)."""
    from scoring import intents, text  # noqa: PLC0415
    from simulator import compiled  # noqa: PLC0415

    sources = [library_root() / "intents.yaml", Path(intents.__file__), Path(text.__file__)]
    return compiled.built("matcher", sources, lambda: intents.Matcher(intent_library()))


def understanding_for(world: World) -> Understanding:
    """The analyser of trainee turns for a scenario's world: the caller and the marker of
    one call share it, so they can never disagree about what was said."""
    from scoring.understanding import Understanding  # noqa: PLC0415

    return Understanding.for_scenario(world, intent_matcher())
