"""The shipped library: where scenarios, intents, profiles and recording codes are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when used: `callsim list` and `--help` need none of them
    from scoring.intents import IntentLibrary, Matcher
    from scoring.understanding import Understanding
    from scoring.understanding.phrases import MeaningMatcher
    from simulator.scenario import Scenario


def library_root() -> Path:
    return Path(str(files("scenarios")))


def scenario_dir() -> Path:
    return library_root() / "library"


EXAMPLES = "intent-examples.yaml"


def library_sources() -> list[Path]:
    """The files the phrase library is read from: its own phrasings and the examples."""
    return [path for path in (library_root() / "intents.yaml", library_root() / EXAMPLES)
            if path.exists()]


@cache
def intent_library() -> IntentLibrary:
    """The phrase library, with the separate authors' example turns added (see
    scoring.intent_examples); kept in the compiled cache, keyed by its files and the code
    that reads them (parsing ~9,500 phrasings costs ~0.15 s of CPU at every start)."""
    from scoring import intent_examples, intents  # noqa: PLC0415
    from simulator import compiled  # noqa: PLC0415

    sources = [*library_sources(), Path(intents.__file__), Path(intent_examples.__file__)]
    return compiled.built("library", sources, _read_intent_library)


def _read_intent_library() -> IntentLibrary:
    from scoring.intent_examples import load_examples, with_examples  # noqa: PLC0415
    from scoring.intents import load_library  # noqa: PLC0415  (numpy: only when needed)

    library = load_library(library_root() / "intents.yaml")
    examples = library_root() / EXAMPLES
    return with_examples(library, load_examples(examples)) if examples.exists() else library


@cache
def intent_matcher() -> Matcher:
    """The library's matcher, built once per change of the phrase library or of the code
    that builds it (kept in the compiled cache: building it costs ~0.2 s of CPU)."""
    from scoring import intents, text  # noqa: PLC0415
    from simulator import compiled  # noqa: PLC0415

    sources = [*library_sources(), Path(intents.__file__), Path(text.__file__)]
    return compiled.built("matcher", sources, lambda: intents.Matcher(intent_library()))


@cache
def meaning_matcher() -> MeaningMatcher:
    """The library matched by meaning and wording (the sentence model is loaded once, and
    only when a text's vector is not kept already)."""
    from scoring.understanding.phrases import MeaningMatcher  # noqa: PLC0415
    from simulator.kept_sentences import KeptSentences  # noqa: PLC0415

    return MeaningMatcher(intent_library(), KeptSentences(), intent_matcher())


def ready_for_a_live_call() -> None:
    """Load the sentence model now. Commands that only check or report leave it unloaded
    while every text they meet is kept already; a live call must not spend the first
    0.4 s of the trainee's first question loading it."""
    from simulator.kept_sentences import KeptSentences  # noqa: PLC0415

    model = meaning_matcher().model
    if isinstance(model, KeptSentences):
        model.model()


def understanding_for(scenario: Scenario) -> Understanding:
    """The analyser of a scenario's trainee turns (one per scenario and process): the
    caller and the marker of a call share it, so they never disagree about what was said."""
    from scoring.understanding import Understanding  # noqa: PLC0415

    key = (scenario.id, scenario.sha256)
    if key not in _UNDERSTOOD:
        matcher = meaning_matcher().with_phrasings(scenario.phrasings)
        _UNDERSTOOD[key] = Understanding.for_scenario(scenario.world, matcher)
    return _UNDERSTOOD[key]


_UNDERSTOOD: dict[tuple[str, str], Understanding] = {}
