"""Example turns written by separate authors, added to the phrase library's phrasings.

The library's phrasings were written by the people who built the matcher; trainees say
things their own way. `scenarios/intent-examples.yaml` holds turns written by other
authors from the intent definitions alone (training/, turned into this file by
`python3 -m simulator.learn`): each single-intent clause becomes one more phrasing of its
intent, each clause that carries no intent one more negative. They are read like any
phrasing, so a decision may name an example as the phrase it resembled.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from scoring.authored import read_yaml, validate
from scoring.intents import IntentLibrary, IntentSpec

FORMAT = "callsim.intent-examples/1"


class IntentExamples(BaseModel):
    """`scenarios/intent-examples.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str
    examples: str  # fingerprint of the training files they came from
    intents: dict[str, tuple[str, ...]]
    negatives: tuple[str, ...] = ()


def load_examples(path: Path) -> IntentExamples:
    return validate(read_yaml(path), IntentExamples)


def with_examples(library: IntentLibrary, examples: IntentExamples) -> IntentLibrary:
    """The library with the examples' phrasings after its own (unknown intents are
    refused by `simulator.learn` before the file is written, and skipped here)."""
    intents = {
        intent: IntentSpec(description=spec.description,
                           phrases=tuple(dict.fromkeys(
                               (*spec.phrases, *examples.intents.get(intent, ())))))
        for intent, spec in library.intents.items()}
    negatives = tuple(dict.fromkeys((*library.negatives, *examples.negatives)))
    return IntentLibrary(format=library.format, intents=intents, negatives=negatives)
