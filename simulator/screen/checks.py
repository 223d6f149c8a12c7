"""System checks: the trainee's query answered from the scenario's world.

A query is answered by every check whose `match` strings it mentions, using the same
tolerant matching the marking uses, so a check the screen answered is a check the marking
credits (and "no trace" on screen means no credit).
"""

from __future__ import annotations

from dataclasses import dataclass

from scoring.text import mentions
from scoring.truth import Check, World

KIND_NAMES = {"address": "Address history", "person": "Person (PNC)",
              "vehicle": "Vehicle (PNC)", "intel": "Intelligence"}


@dataclass(frozen=True)
class CheckAnswer:
    query: str
    t: float
    found: tuple[Check, ...]

    def heading(self) -> str:
        return f"> {self.query}"

    def lines(self) -> list[str]:
        if not self.found:
            return ["No trace."]
        return [f"{KIND_NAMES.get(c.kind, c.kind)}: {' '.join(c.result.split())}"
                for c in self.found]


def run_check(world: World, query: str, t: float) -> CheckAnswer:
    found = tuple(c for c in world.checks if any(mentions(query, m) for m in c.match))
    return CheckAnswer(query, t, found)
