"""Marking rules found comparing the marker with careful assessors (issue 9): advice whose
opposite came first, and scheme conditions that say what their descriptions say."""

from __future__ import annotations

from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import attempt


def _mark(scenario: str, turns: list[tuple[float, str]]):
    return mark_attempt(load_scenario(resolve(scenario)), attempt(scenario, turns))


def test_advice_whose_opposite_was_given_first_is_not_met():
    dangerous_first = _mark("road-collision-injury", [
        (10, "It's fine for you to help her out of the car and sit her on the verge."),
        (40, "Don't go round to his house, leave that with us."),
    ]).item("safety-advice")
    assert dangerous_first.status == "not_met"
    assert "opposite was advised first, at 00:10" in dangerous_first.reason
    # Advice first, then a change of plan once things moved on: still the advice.
    advised = _mark("road-collision-injury", [
        (10, "Don't move her, keep her still until the ambulance gets there."),
        (60, "The paramedics are with her now, it's fine to let them move her."),
    ]).item("safety-advice")
    assert advised.status in ("met", "uncertain") and advised.points > 0


def test_asking_a_silent_caller_to_speak_is_not_the_silent_solution():
    late = _mark("silent-999-call", [
        (8, "Hello? If you can hear me, say something."),
        (44, "If you need the police, press 55."),
    ]).item("silent-solution")
    assert late.status == "not_met" and "later than 00:30" in late.reason
    on_time = _mark("silent-999-call", [
        (8, "If you can't talk, cough or tap the phone."),
    ]).item("silent-solution")
    assert on_time.status == "met"
