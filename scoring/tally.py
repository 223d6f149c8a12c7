"""Adding marks up: score, pass or fail, critical failures and competency scores, by one
rule for the automatic marking and for a reviewed one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scoring.result import ItemMark, Result


def tally(scenario: str, trainee: str, marks: Sequence[ItemMark], pass_mark: float,
          scenario_sha256: str = "") -> Result:
    """Score, pass or fail and critical failures from item marks: one rule for the
    automatic marking and for a reviewed one, so both add up the same way."""
    possible = sum(m.max_points for m in marks)
    earned = sum(m.points for m in marks)
    score = round(100.0 * earned / possible, 1) if possible else 0.0
    critical = tuple(m.id for m in marks if m.critical and m.failed)
    return Result(
        scenario=scenario,
        trainee=trainee,
        score=score,
        pass_mark=pass_mark,
        passed=score >= pass_mark and not critical,
        critical_failures=critical,
        items=tuple(marks),
        competencies=scores_by(marks, lambda m: m.competencies),
        criteria=scores_by(marks, lambda m: m.criteria),
        scenario_sha256=scenario_sha256,
    )


def scores_by(marks: Sequence[ItemMark],
            pick: Callable[[ItemMark], tuple[str, ...]]) -> dict[str, float]:
    """0–100 per competency or criterion, from the applicable items mapped to it."""
    earned: dict[str, float] = {}
    possible: dict[str, float] = {}
    for mark in marks:
        if mark.status == "not_applicable":
            continue
        for key in pick(mark):
            earned[key] = earned.get(key, 0.0) + mark.points
            possible[key] = possible.get(key, 0.0) + mark.max_points
    return {k: round(100.0 * earned[k] / possible[k], 1) for k in sorted(possible) if possible[k]}
