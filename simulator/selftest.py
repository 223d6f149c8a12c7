"""A scenario's self-tests: its model attempt must pass, its weak attempts must fail."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.attempt import Attempt, Event, Log, Thrive, Turn
from scoring.marking import mark
from scoring.result import Result
from scoring.understanding import Understanding
from simulator.library import meaning_matcher
from simulator.scenario import Scenario, SelfTest

WORDS_PER_SECOND = 2.5  # typical speech, to give self-test turns an end time


def attempt_from(scenario: Scenario, test: SelfTest, trainee: str = "self-test") -> Attempt:
    """The attempt record a self-test describes."""
    turns = []
    for turn in test.turns:
        speaker = "caller" if turn.caller is not None else "trainee"
        text = turn.caller if turn.caller is not None else turn.trainee or ""
        end = turn.t + max(0.5, len(text.split()) / WORDS_PER_SECOND)
        turns.append(Turn(t=turn.t, end=round(end, 2), speaker=speaker, text=text,
                          source="script" if speaker == "caller" else "typed"))
    log = test.log
    return Attempt(
        scenario=scenario.id,
        scenario_sha256=scenario.sha256,
        trainee=trainee,
        turns=tuple(turns),
        log=Log(location=log.location, caller_name=log.caller_name, callback=log.callback,
                incident_type=log.incident_type, qualifiers=log.qualifiers, crime=log.crime,
                grade=log.grade, thrive=Thrive(**log.thrive), narrative=log.narrative,
                actions=log.actions),
        events=tuple(Event(t=e.t, type=e.type, query=e.query, value=e.value)
                     for e in test.events),
    )


def understanding_of(scenario: Scenario) -> Understanding:
    """The analyser of a scenario's trainee turns (one per scenario and process)."""
    key = (scenario.id, scenario.sha256)
    if key not in _UNDERSTOOD:
        matcher = meaning_matcher().with_phrasings(scenario.phrasings)
        _UNDERSTOOD[key] = Understanding.for_scenario(scenario.world, matcher)
    return _UNDERSTOOD[key]


_UNDERSTOOD: dict[tuple[str, str], Understanding] = {}


def mark_attempt(scenario: Scenario, attempt: Attempt) -> Result:
    return mark(scenario.marking, scenario.world, scenario.fact_rules(), attempt,
                understanding_of(scenario))


@dataclass(frozen=True)
class SelfTestOutcome:
    test: SelfTest
    result: Result
    failures: tuple[str, ...]  # expectations that did not hold

    @property
    def ok(self) -> bool:
        return not self.failures


def run_self_test(scenario: Scenario, test: SelfTest) -> SelfTestOutcome:
    result = mark_attempt(scenario, attempt_from(scenario, test))
    failures: list[str] = []
    if test.expect == "pass" and not result.passed:
        why = [f"{m.id} ({m.reason})" for m in result.missed() if m.critical]
        failures.append(
            f"expected a pass, got {result.score:g} (pass mark {result.pass_mark:g})"
            + (f" with critical failures: {'; '.join(why)}" if why else "")
            + _missed(result))
    if test.expect == "fail" and result.passed:
        failures.append(f"expected a fail, but it passed with {result.score:g}")
    for ident in test.missed:
        item = result.item(ident)
        if not item.failed:
            failures.append(f"item `{ident}` should be missed but is {item.status} "
                            f"({item.reason})")
    for ident in test.met:
        item = result.item(ident)
        if item.met is not True:
            failures.append(f"item `{ident}` should be met but is {item.status} "
                            f"({item.reason})")
    if test.score_at_least is not None and result.score < test.score_at_least:
        failures.append(f"score {result.score:g} is below {test.score_at_least:g}")
    if test.score_below is not None and result.score >= test.score_below:
        failures.append(f"score {result.score:g} is not below {test.score_below:g}")
    return SelfTestOutcome(test, result, tuple(failures))


def _missed(result: Result) -> str:
    missed = [f"{m.id}: {m.reason}" for m in result.missed()]
    return ("; missed " + " | ".join(missed)) if missed else ""
