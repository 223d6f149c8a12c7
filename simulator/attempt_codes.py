"""An attempt's recorded codes checked against the scenario's sets, as strictly as the
scenario loader checks the scenario: the grade on the scenario's grading scale, the
incident type, qualifiers and crime from the recording standard (scenarios/recording.yaml).
A record that names a code nobody can choose was not made by callsim's screen."""

from __future__ import annotations

from scoring.attempt import Attempt
from scoring.authored import Problem, nearest
from scoring.bounded import json_lines
from simulator.loader import references
from simulator.scenario import Scenario


def code_problems(attempt: Attempt, scenario: Scenario, name: str, text: str = ""
                  ) -> list[Problem]:
    recording = references().recording
    grades = sorted(recording.grading_scales.get(scenario.grading_scale, {}))
    lines = json_lines(text) if text else {}
    problems: list[Problem] = []

    def check(loc: tuple[str | int, ...], what: str, value: str | None,
              allowed: list[str]) -> None:
        if value in (None, "") or value in allowed or not allowed:
            return
        hint = nearest(str(value), allowed)
        tail = f"; did you mean `{hint}`?" if hint else f" ({', '.join(allowed[:12])}…)"
        line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), 1)
        path = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in loc)
        problems.append(Problem(name, line, path.replace(".[", "["),
                                f"`{value}` is not a {what}{tail}"))

    log = attempt.log
    check(("log", "grade"), f"grade on the {scenario.grading_scale} scale", log.grade, grades)
    check(("log", "incident_type"), "recording category", log.incident_type,
          sorted(recording.categories))
    for i, qualifier in enumerate(log.qualifiers):
        check(("log", "qualifiers", i), "qualifier", qualifier, sorted(recording.qualifiers))
    check(("log", "crime"), "crime classification", log.crime, sorted(recording.crimes))
    for i, event in enumerate(attempt.events):
        if event.type == "grade_set":
            check(("events", i, "value"), f"grade on the {scenario.grading_scale} scale",
                  event.value, grades)
    return problems
