"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from scoring.intents import IntentLibrary, Matcher, load_library
from scoring.understanding import Understanding
from scoring.understanding.phrases import MeaningMatcher
from scoring.understanding.sentences import sentence_model

if TYPE_CHECKING:
    from simulator.scenario import Scenario


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


@cache
def meaning_matcher() -> MeaningMatcher:
    """The library matched by meaning and wording (loads the sentence model once)."""
    return MeaningMatcher(intent_library(), sentence_model(), intent_matcher())


def understanding_for(scenario: Scenario) -> Understanding:
    """The analyser of a scenario's trainee turns (one per scenario and process): the
    caller and the marker of a call share it, so they never disagree about what was said."""
    key = (scenario.id, scenario.sha256)
    if key not in _UNDERSTOOD:
        matcher = meaning_matcher().with_phrasings(scenario.phrasings)
        _UNDERSTOOD[key] = Understanding.for_scenario(scenario.world, matcher)
    return _UNDERSTOOD[key]


_UNDERSTOOD: dict[tuple[str, str], Understanding] = {}
