"""Helpers for tests of how a turn is read: one Understanding per scenario (the sentence
model loaded once), a line read with no turns before it, and what it was read as."""

from __future__ import annotations

from functools import cache

from scoring.understanding import Context, TurnAnalysis, Understanding
from simulator.library import meaning_matcher
from simulator.loader import load_scenario, resolve


@cache
def understanding_of(scenario: str | None) -> Understanding:
    world = load_scenario(resolve(scenario)).world if scenario else None
    return Understanding.for_scenario(world, meaning_matcher())


def read(line: str, scenario: str | None = None) -> TurnAnalysis:
    return understanding_of(scenario).analyse(line, Context())


def labels(analysis: TurnAnalysis) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in analysis.intents}


def affirmed(analysis: TurnAnalysis) -> set[str]:
    return {r.intent for r in analysis.intents if r.affirmed}
