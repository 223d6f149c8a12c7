"""Preview a scenario before trainees meet it: sweep the caller and the self-tests.

The sweep drives the real caller (`simulator.dialogue.Caller`), not a model of it: it asks
every intent in the library, round after round, and lets time run past every scripted
line, until nothing new comes out. Whatever is still unsaid then can never be said in a
call. The self-tests are marked as `validate` marks them, to see which marking items they
exercise.

A *problem* is something no trainee can ever reach (a fact behind a gate that never opens,
a line after the caller has hung up): the scenario is broken. A *warning* is something the
self-tests do not prove (an item no self-test meets, a critical item no weak attempt
fails): the scenario works, but its author has not shown that it does. A *note* is worth
a look but often intended (a fact only a thorough trainee asks for, which the model
attempt skips).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from scoring.authored import Document, Loc, read_yaml
from scoring.intents import Matcher
from scoring.understanding import Understanding
from simulator.dialogue import Caller
from simulator.scenario import Scenario
from simulator.selftest import SelfTestOutcome, run_self_test

Severity = Literal["problem", "warning", "note"]
ROUNDS = 20  # gates open one layer a round; no authored chain is this deep


@dataclass(frozen=True)
class Finding:
    severity: Severity
    where: str  # file:line: path
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Sweep:
    """What the caller revealed, answered and volunteered when asked everything."""

    revealed: frozenset[str]
    answered: frozenset[str]  # intents that drew an answer (not an `otherwise`)
    volunteered: frozenset[str]


def sweep_caller(scenario: Scenario, matcher: Matcher, intents: frozenset[str]) -> Sweep:
    """Ask every intent until nothing new comes out; let time pass every scripted line.

    The caller is reset to "still on the line" after each turn: the sweep asks what can be
    reached, not whether an impatient trainee would be hung up on first (that is the
    scenario's point, and `hang_up.at` is checked on its own).
    """
    caller = Caller(scenario, Understanding.for_scenario(scenario.world, matcher))
    caller.opening()
    answered: set[str] = set()
    t = 1.0
    last = max([v.at for v in scenario.caller.volunteers if v.at is not None], default=0.0)
    for _ in range(ROUNDS):
        before = (len(caller.state.revealed), len(answered), len(caller.state.volunteered))
        for intent in sorted(intents):
            for reply in caller.respond([intent], t):
                if reply.kind == "answer":
                    answered.update(reply.answers)
            caller.state.ended = caller.state.hung_up = False
            t += 1.0
        caller.tick(max(t, last + 1.0))
        caller.state.ended = caller.state.hung_up = False
        after = (len(caller.state.revealed), len(answered), len(caller.state.volunteered))
        if after == before:
            break
    return Sweep(frozenset(caller.state.revealed), frozenset(answered),
                 frozenset(caller.state.volunteered))


class Preview:
    """Every finding about one scenario, each with the file and line it is about."""

    def __init__(self, scenario: Scenario, matcher: Matcher, intents: frozenset[str],
                 doc: Document | None = None) -> None:
        self.s = scenario
        self.matcher = matcher
        self.intents = intents
        self.doc = doc or read_yaml_for(scenario)
        self.found: list[Finding] = []

    def add(self, severity: Severity, loc: Loc, message: str) -> None:
        problem = self.doc.problem(loc, message)
        where = f"{problem.file}:{problem.line}" + (f": {problem.path}" if problem.path
                                                   else "")
        self.found.append(Finding(severity, where, message))

    def findings(self) -> list[Finding]:
        self.placeholders()
        self.reachability()
        self.timing()
        self.asked_by_model()
        self.marking_exercised()
        return self.found

    def for_validate(self) -> list[SelfTestOutcome]:
        """`validate`'s share of the sweep (no notes, no audio): what can never be reached,
        lines after the hang-up, and the self-tests with what they leave unproven. The
        self-tests' outcomes come back for `validate`'s summary lines."""
        self.reachability()
        self.timing()
        return self.marking_exercised()

    def placeholders(self) -> None:
        from simulator.placeholders import placeholder_problems  # noqa: PLC0415

        for problem in placeholder_problems(self.doc):
            where = f"{problem.file}:{problem.line}" + (f": {problem.path}" if problem.path
                                                       else "")
            self.found.append(Finding("problem", where, problem.message))

    def reachability(self) -> None:
        swept = sweep_caller(self.s, self.matcher, self.intents)
        for i, fact in enumerate(self.s.caller.facts):
            if fact.id in swept.revealed:
                continue
            gates = ", ".join([*fact.after_facts, *fact.after_intents]) or "none"
            how = "no intent asks for it and no volunteer reveals it" if not (
                fact.intents) else f"its gates never open (after: {gates})"
            silent = [i for i in fact.intents if i not in swept.answered]
            if silent:  # no other fact answers them either
                how += "; asking " + ", ".join(f"`{i}`" for i in silent) + " gets no answer"
            self.add("problem", ("caller", "facts", i),
                     f"fact `{fact.id}` can never be revealed: {how}")
        for i, vol in enumerate(self.s.caller.volunteers):
            if vol.id not in swept.volunteered:
                self.add("problem", ("caller", "volunteers", i),
                         f"volunteer `{vol.id}` never fires: fact `{vol.after_fact}` "
                         "never comes out")

    def timing(self) -> None:
        """A caller who is gone before the call starts, and lines after they have gone."""
        limit = self.s.caller.hang_up.at_distress
        start = self.s.caller.distress.start
        if limit is not None and start >= limit:
            self.add("problem", ("caller", "hang_up", "at_distress"),
                     f"the caller starts at distress {start:g} and hangs up at {limit:g}: "
                     "they put the phone down at the first thing the trainee says")
        end = self.s.caller.hang_up.at
        if end is None:
            return
        for i, vol in enumerate(self.s.caller.volunteers):
            if vol.at is not None and vol.at >= end:
                self.add("problem", ("caller", "volunteers", i, "at"),
                         f"volunteer `{vol.id}` at {vol.at:g} s comes after the caller "
                         f"hangs up ({end:g} s)")

    def asked_by_model(self) -> None:
        """Facts the model attempt never draws out: `callsim demo` will not show them."""
        test = self.s.model_test()
        asked = {i for turn in test.turns if turn.trainee
                 for i in self.matcher.intents(turn.trainee)}
        for i, fact in enumerate(self.s.caller.facts):
            if fact.intents and not asked.intersection(fact.intents):
                wanted = ", ".join(fact.intents)
                self.add("note", ("caller", "facts", i),
                         f"the model attempt never asks for `{fact.id}` ({wanted})")

    def marking_exercised(self) -> list[SelfTestOutcome]:
        outcomes = [run_self_test(self.s, t) for t in self.s.self_tests]
        for k, outcome in enumerate(outcomes):
            for failure in outcome.failures:
                self.add("problem", ("self_tests", k), f"self-test `{outcome.test.id}`: "
                         f"{failure}")
        for i, item in enumerate(self.s.marking.items):
            marks = [o.result.item(item.id) for o in outcomes]
            statuses = {m.leaning or m.status if m.status == "uncertain" else m.status
                        for m in marks}
            loc: Loc = ("marking", "items", i)
            if "met" not in statuses:
                self.add("warning", loc, f"item `{item.id}` is met by no self-test: no "
                         "attempt shows how to earn it")
            if statuses == {"not_applicable"}:
                self.add("warning", (*loc, "applies_when"), f"item `{item.id}` applies in "
                         "no self-test")
            elif (item.critical or item.applies_when is not None) and "not_met" not in (
                    statuses):
                why = "critical" if item.critical else "conditional"
                self.add("warning", loc, f"{why} item `{item.id}` is missed by no self-test:"
                         " no weak attempt shows it failing")
        return outcomes


def read_yaml_for(scenario: Scenario) -> Document:
    return read_yaml(Path(scenario.source))
