"""One marking item's mark for a call written in a test: (t, speaker, text, reveals) turns and
the call's events, marked by the library scenario's own scheme."""

from __future__ import annotations

from typing import Any

from scoring.attempt import Attempt
from scoring.result import ItemMark
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

Turn = tuple[float, str, str, list[str] | None]


def item_mark(scenario: str, item: str, turns: list[Turn],
              events: list[dict[str, Any]] | None = None) -> ItemMark:
    """One item's mark for a call of (t, speaker, text, reveals) turns and its events."""
    return mark_attempt(load_scenario(resolve(scenario)), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": scenario, "log": {},
        "events": events or [],
        "turns": [{"t": t, "speaker": who, "text": text}
                  | ({"reveals": reveals} if reveals is not None else {})
                  for t, who, text, reveals in turns]})).item(item)
