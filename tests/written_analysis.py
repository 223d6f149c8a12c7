"""A trainee turn's analysis written out by hand, for tests where the caller's own choice is
what is tested (not the analysis that would have read the words)."""

from __future__ import annotations

from typing import Any

from scoring.understanding import Act, IntentReading, TurnAnalysis


def read(intent: str, clause: str, *, subject: str = "caller", person: str | None = None,
         confidence: float = 0.9, act: str = "question") -> IntentReading:
    """One intent read, affirmed, in the clause given."""
    return IntentReading(intent=intent, confidence=confidence, polarity="affirm",
                         subject=subject, clause=clause, phrase="", score=confidence,
                         act=act, person=person)


def turn(text: str, *readings: IntentReading, act: str = "question") -> TurnAnalysis:
    """A one-clause turn with the readings given."""
    return TurnAnalysis(text=text, acts=(Act(act, text),), intents=readings)


def revealed(replies: list[Any]) -> set[str]:
    """The facts the caller's replies gave away."""
    return {fact for r in replies for fact in r.reveals}
