"""An assessor's review of a marking: misheard turns corrected, item marks overridden.

The reviewed result is always worked out again from the same three things, in the same
order, so anyone recomputing it gets the same answer: the attempt with the assessors'
corrections applied, marked automatically; then each item's latest override; then the
totals (score, pass or fail, critical failures) by the marking's own rule (`tally`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from scoring.attempt import Attempt
from scoring.result import Evidence, ItemMark, Result, Status
from scoring.tally import tally


@dataclass(frozen=True)
class Correction:
    """What the trainee really said in a spoken turn, as an assessor heard the recording."""

    turn: int  # index into the attempt's turns, as the report numbers them
    text: str
    assessor: str


@dataclass(frozen=True)
class Override:
    item: str
    met: bool
    points: float | None  # None: all the item's points if met, none if not
    assessor: str
    reason: str


def corrected(attempt: Attempt, corrections: Sequence[Correction]) -> Attempt:
    """The attempt as the assessors heard it; a later correction of a turn wins."""
    turns = list(attempt.turns)
    for fix in corrections:
        turn = turns[fix.turn]
        turns[fix.turn] = turn.model_copy(update={
            "text": fix.text,
            # what the live call acted on stays visible, however many times it is revised
            "live_text": turn.live_text if turn.live_text is not None else turn.text,
            "recognised_by": f"assessor {fix.assessor}"})
    return attempt.model_copy(update={"turns": tuple(turns)})


def override_problem(result: Result, override: Override) -> str | None:
    """Why this override cannot apply to this marking, or None."""
    known = {i.id: i for i in result.items}
    if override.item not in known:
        return (f"no item `{override.item}` in this marking; items: "
                + ", ".join(sorted(known)))
    item = known[override.item]
    if item.status == "not_applicable":
        return f"item `{item.id}` does not apply to this call, so it has no mark to override"
    if override.points is not None:
        if not 0 <= override.points <= item.max_points:
            return (f"--points {override.points:g} is outside 0–{item.max_points:g} "
                    f"for item `{item.id}`")
        if not override.met and override.points > 0:
            return "an item marked not met earns no points: leave out --points or give 0"
    return None


def overridden(result: Result, overrides: Sequence[Override]) -> Result:
    """The marking with each item's latest override in place of its mark, re-totalled."""
    latest = {o.item: o for o in overrides}
    marks: list[ItemMark] = []
    for item in result.items:
        change = latest.get(item.id)
        if change is None or item.status == "not_applicable":
            marks.append(item)
            continue
        status: Status = "met" if change.met else "not_met"
        points = change.points if change.points is not None else (
            item.max_points if change.met else 0.0)
        marks.append(replace(item, status=status, points=points, reason=(
            f"overridden by {change.assessor}: {change.reason} "
            f"(automatic marking: {item.reason})")))
    return tally(result.scenario, result.trainee, marks, result.pass_mark,
                 result.scenario_sha256)


def reviewed_document(auto: Result, remarked: Result, current: Result,
                      overrides: Sequence[Override]) -> dict[str, Any]:
    """The current result as JSON, each overridden item saying by whom and what the
    automatic mark was (after any corrected turns: `remarked`), and the original automatic
    totals beside the reviewed ones."""
    document = current.to_json()
    latest = {o.item: o for o in overrides}
    before = {i.id: i for i in remarked.items}
    for item in document["items"]:
        change = latest.get(item["id"])
        if change is not None and item["id"] in before:
            was = before[item["id"]]
            item["override"] = {"assessor": change.assessor, "reason": change.reason,
                                "auto_status": was.status, "auto_points": was.points}
    document["auto"] = {"score": auto.score, "passed": auto.passed,
                        "critical_failures": list(auto.critical_failures)}
    return document


def result_from_json(document: Mapping[str, Any]) -> Result:
    """A stored marking (`Result.to_json`) back as a Result."""
    items = tuple(
        ItemMark(id=str(i["id"]), description=str(i.get("description", "")),
                 status=i.get("status", "met" if i.get("met") else "not_met"),
                 points=float(i.get("points", 0)), max_points=float(i.get("max_points", 0)),
                 critical=bool(i.get("critical")), reason=str(i.get("reason", "")),
                 evidence=tuple(Evidence(**e) for e in i.get("evidence", [])),
                 feedback=str(i.get("feedback", "")),
                 competencies=tuple(i.get("competencies", [])),
                 criteria=tuple(i.get("criteria", [])))
        for i in document.get("items", []))
    return Result(scenario=str(document.get("scenario", "")),
                  trainee=str(document.get("trainee", "")),
                  score=float(document.get("score", 0)),
                  pass_mark=float(document.get("pass_mark", 0)),
                  passed=bool(document.get("passed")),
                  critical_failures=tuple(document.get("critical_failures", [])),
                  items=items, competencies=dict(document.get("competencies", {})),
                  criteria=dict(document.get("criteria", {})),
                  scenario_sha256=str(document.get("scenario_sha256", "")))
