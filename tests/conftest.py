"""Shared fixtures: the mini scenario, attempt builders, and a private data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write into the real user's data folder."""
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def mini():
    from simulator.loader import load_scenario

    return load_scenario(DATA / "mini-scenario.yaml")


def attempt(scenario: str = "mini-burglary", turns: list[tuple[float, str]] | None = None,
            log: dict[str, Any] | None = None, events: list[dict[str, Any]] | None = None):
    """An attempt with trainee turns given as (t, text)."""
    from scoring.attempt import Attempt

    return Attempt.model_validate({
        "format": "callsim.attempt/1",
        "scenario": scenario,
        "turns": [{"t": t, "speaker": "trainee", "text": text} for t, text in turns or []],
        "log": log or {},
        "events": events or [],
    })


def caller_for(scenario_id: str):
    """A library scenario's caller, past its opening line."""
    from simulator.dialogue import Caller
    from simulator.library import understanding_for
    from simulator.loader import load_scenario, resolve

    scenario = load_scenario(resolve(scenario_id))
    caller = Caller(scenario, understanding_for(scenario))
    caller.opening()
    return caller


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """On CI nothing may be skipped: CI installs every engine and device the tests need."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") == "true" and call.when in ("setup", "call"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped on CI, where nothing may be skipped: {reason}"


def marked_with_caller(scenario: str, turns: list[tuple[float, str, str, list[str] | None]]):
    """A library scenario's marks for a call of (t, speaker, text, reveals) turns."""
    from scoring.attempt import Attempt
    from simulator.loader import load_scenario, resolve
    from simulator.selftest import mark_attempt

    return mark_attempt(load_scenario(resolve(scenario)), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": scenario, "log": {}, "events": [],
        "turns": [{"t": t, "speaker": who, "text": text}
                  | ({"reveals": reveals} if reveals is not None else {})
                  for t, who, text, reveals in turns]}))


@pytest.fixture(scope="module")
def understanding():
    """The analysis with the whole library and no scenario's world (its people unknown)."""
    from scoring.understanding import Understanding
    from simulator.library import meaning_matcher

    return Understanding.for_scenario(None, meaning_matcher())


def subjects_in_turn(scenario_id: str, *lines: str) -> list[set[str]]:
    """Whom each line is about, in the scenario's world, said one after another in one call."""
    from scoring.understanding import Context, Understanding
    from simulator.library import meaning_matcher
    from simulator.loader import load_scenario, resolve

    world = load_scenario(resolve(scenario_id)).world
    reader = Understanding.for_scenario(world, meaning_matcher())
    context = Context()
    found = []
    for line in lines:
        analysis = reader.analyse(line, context)
        found.append({r.subject for r in analysis.intents})
        context = context.after(analysis)
    return found


def pairs(analysis) -> set[tuple[str, str]]:
    """Each intent heard in a turn, with its polarity."""
    return {(r.intent, r.polarity) for r in analysis.intents}


def asked(text: str, intent: str, *, subject: str = "other", person: str | None = None):
    """A turn analysed as one sure question carrying `intent` about `subject`: the caller's
    tests say what the analysis read, to test the reply alone."""
    from scoring.understanding import Act, IntentReading, TurnAnalysis

    reading = IntentReading(intent=intent, confidence=0.95, polarity="affirm",
                            subject=subject, clause=text.rstrip("?"), phrase="", score=0.95,
                            act="question", person=person)
    return TurnAnalysis(text=text, acts=(Act("question", text),), intents=(reading,))
