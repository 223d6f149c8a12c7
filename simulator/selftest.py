"""A scenario's self-tests: its model attempt must pass, its weak attempts must fail."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.attempt import Attempt, Event, Log, Thrive, Turn
from scoring.marking import mark
from scoring.result import Result
from scoring.understanding import Understanding
from simulator.dialogue import Caller, Reply
from simulator.library import understanding_for
from simulator.scenario import Scenario, SelfTest

WORDS_PER_SECOND = 2.5  # typical speech, to give self-test turns an end time
TURN_GAP = 0.4  # the caller answers this long after the trainee stops


def attempt_from(scenario: Scenario, test: SelfTest, trainee: str = "self-test") -> Attempt:
    """The attempt record a self-test describes: its trainee's lines at their times, and
    the caller's replies as the dialogue engine really gives them (a self-test's own
    `caller:` lines are a note for the reader, never what is marked)."""
    caller = Caller(scenario, understanding_for(scenario))
    turns: list[Turn] = []
    busy = 0.0  # when the caller's last line ends

    def caller_says(replies: list[Reply], at: float) -> None:
        nonlocal busy
        for reply in replies:
            start = max(at, busy)
            busy = start + _length(reply.text)
            turns.append(Turn(t=round(start, 2), end=round(busy, 2), speaker="caller",
                              text=reply.text, source="script", reveals=reply.reveals or None))
            caller.spoke_until(busy)

    caller_says([caller.opening()], 0.0)
    for turn in test.turns:
        if turn.trainee is None or caller.state.ended:
            continue
        caller_says(caller.tick(turn.t), turn.t)
        end = turn.t + _length(turn.trainee)
        analysis = caller.understand(turn.trainee)
        turns.append(Turn(t=turn.t, end=round(end, 2), speaker="trainee", text=turn.trainee,
                          source="typed", analysis=analysis.to_json()))
        caller_says(caller.respond_to(analysis, end), end + TURN_GAP)
    log = test.log
    return Attempt(
        scenario=scenario.id,
        scenario_sha256=scenario.sha256,
        trainee=trainee,
        turns=tuple(sorted(turns, key=lambda x: x.t)),
        log=Log(location=log.location, caller_name=log.caller_name, callback=log.callback,
                incident_type=log.incident_type, qualifiers=log.qualifiers, crime=log.crime,
                grade=log.grade, thrive=Thrive(**log.thrive), narrative=log.narrative,
                actions=log.actions),
        events=tuple(Event(t=e.t, type=e.type, query=e.query, value=e.value)
                     for e in test.events),
    )


def _length(text: str) -> float:
    return max(0.5, len(text.split()) / WORDS_PER_SECOND)


def understanding_of(scenario: Scenario) -> Understanding:
    """The analyser of a scenario's trainee turns (see `simulator.library`)."""
    return understanding_for(scenario)


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
