"""`Understanding`: one scenario's analyser of trainee turns (see the package docstring)."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from scoring.intents import NONE, IntentMatch, clauses
from scoring.text import is_question
from scoring.truth import World
from scoring.understanding.analysis import (
    Act,
    ActKind,
    Context,
    IntentReading,
    TurnAnalysis,
)

VERSION = "understanding/1"


class PhraseMatcher(Protocol):
    """What the analyser needs from a matcher: the best intents for one clause."""

    threshold: float

    def ranked(self, clause: str) -> list[IntentMatch]: ...


class Understanding:
    """Analyses a scenario's trainee turns. Build once per scenario; `analyse` is fast."""

    def __init__(self, matcher: PhraseMatcher, world: World | None = None) -> None:
        self.matcher = matcher
        self.world = world
        self.analyser = f"{VERSION}:{_fingerprint(matcher)}"

    @classmethod
    def for_scenario(cls, world: World | None, matcher: PhraseMatcher) -> Understanding:
        """The analyser for one scenario: its people, vehicles and places, and a matcher."""
        return cls(matcher, world)

    def analyse(self, text: str, context: Context | None = None) -> TurnAnalysis:
        """What one trainee turn means, given what came before it."""
        context = context or Context()
        acts: list[Act] = []
        readings: list[IntentReading] = []
        near: list[IntentReading] = []
        for clause in clauses(text):
            kind: ActKind = "question" if is_question(clause) else "statement"
            acts.append(Act(kind, clause))
            ranked = self.matcher.ranked(clause)
            if not ranked:
                continue
            best = ranked[0]
            if best.intent == NONE:
                continue
            reading = IntentReading(
                intent=best.intent, confidence=self.confidence(best.score), polarity="affirm",
                subject="caller", clause=clause, phrase=best.phrase, score=best.score,
                act=kind)
            (readings if best.score >= self.matcher.threshold else near).append(reading)
        if not acts:
            acts.append(Act("statement", text))
        confidence = min((r.confidence for r in readings), default=1.0)
        return TurnAnalysis(text=text, acts=tuple(acts), intents=tuple(readings),
                            near=tuple(near), confidence=confidence, analyser=self.analyser)

    def analyse_call(self, texts: Iterable[str]) -> list[TurnAnalysis]:
        """Each trainee turn of a call in order, each with the turns before as context."""
        context = Context()
        out: list[TurnAnalysis] = []
        for text in texts:
            analysis = self.analyse(text, context)
            out.append(analysis)
            context = context.after(analysis)
        return out

    def confidence(self, score: float) -> float:
        """A score as a probability of being right: 0.5 at the threshold."""
        return _logistic(score, self.matcher.threshold, 12.0)


def _logistic(score: float, centre: float, slope: float) -> float:
    return 1.0 / (1.0 + math.exp(-slope * (score - centre)))


def _fingerprint(matcher: PhraseMatcher) -> str:
    library = getattr(matcher, "library", None)
    text = library.model_dump_json() if library is not None else type(matcher).__name__
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def subjects_in(world: World | None) -> Mapping[str, Sequence[str]]:
    """Role word -> ids of the scenario's people and vehicles with that role."""
    out: dict[str, list[str]] = {}
    if world is None:
        return out
    for person in world.people:
        out.setdefault(person.role, []).append(person.id)
    for vehicle in world.vehicles:
        out.setdefault("vehicle", []).append(vehicle.id)
    return out
