"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from scoring.intents import IntentLibrary, Matcher, load_library
from scoring.understanding.phrases import MeaningMatcher
from scoring.understanding.sentences import sentence_model


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
