"""The cohort view: trainees × scenarios, what the cohort most often misses, each trainee's
trend and typing against their role's speed, and the same as CSV and JSON for the school's
own records."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from simulator.cohort import Marked, Missed, TypingRecord, best_speed
from simulator.report.charts import TrendChart, trend_chart
from simulator.report.content import natural
from simulator.scenario import Scenario

TOP = 12  # rows the page shows as "most often missed": enough to plan a refresher session


@dataclass(frozen=True)
class Cell:
    """One trainee on one scenario: how often tried, and how the latest attempt went."""

    attempts: int
    passes: int
    latest_passed: bool
    latest_score: float
    latest_critical: tuple[str, ...]
    latest_id: int


@dataclass(frozen=True)
class TypingStanding:
    profile: str | None
    needed_wpm: int | None
    best: TypingRecord | None
    tests: int

    @property
    def passed(self) -> bool | None:
        """None when there is nothing to judge (no test taken, or no wpm for the role)."""
        if self.best is None or self.needed_wpm is None:
            return None
        return (self.best.net_wpm >= self.needed_wpm
                and self.best.accuracy >= self.best.pass_accuracy)


@dataclass
class TraineeRow:
    trainee: str
    cells: dict[str, Cell]
    scores: list[tuple[str, str, float, bool]]  # when, scenario, score, passed
    typing: TypingStanding
    standing: str = ""  # the course standing, when a course was given
    needed: list[str] = field(default_factory=list)  # its reasons: what is still to do
    met: str = ""  # "4 of 7": requirements met
    pass_mark: float | None = None  # the usual pass mark of the scenarios they took

    @property
    def attempts(self) -> int:
        return len(self.scores)

    def trend(self) -> TrendChart:
        return trend_chart(self.scores, self.pass_mark)


@dataclass(frozen=True)
class MissedRow:
    name: str  # item id or competency id
    label: str
    scenario: str
    count: int
    of: int  # attempts it could have been missed on


@dataclass
class Cohort:
    store: str
    generated: str
    attempts: int
    scenarios: list[str]
    trainees: list[TraineeRow]
    missed_items: list[MissedRow] = field(default_factory=list)
    missed_competencies: list[MissedRow] = field(default_factory=list)
    course: str = ""
    top: int = TOP


def when_text(moment: dt.datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else ""


def build_cohort(marked: list[Marked], missed: list[Missed], typing: list[TypingRecord], *,
                 scenarios: dict[str, Scenario | None], cvf: dict[str, str],
                 wpm: dict[str, int | None], store: str, profile: str | None = None,
                 columns: Iterable[str] = ()) -> Cohort:
    """`marked` oldest first; `scenarios` the library's scenario for each id (None when its
    file is gone); `wpm` each profile's typing speed; `profile` the course's profile, else
    each trainee's is the one most of their scenarios are written for; `columns` scenarios
    shown even if nobody has tried them yet (a course's)."""
    by_trainee: dict[str, list[Marked]] = defaultdict(list)
    for m in marked:
        by_trainee[m.trainee].append(m)
    typed: dict[str, list[TypingRecord]] = defaultdict(list)
    for t in typing:
        typed[t.trainee].append(t)
    rows = []
    for trainee in sorted(set(by_trainee) | set(typed), key=natural):
        attempts = by_trainee.get(trainee, [])
        chosen = profile or _usual_profile(attempts, scenarios)
        marks = Counter(s.marking.pass_mark for m in attempts
                        if (s := scenarios.get(m.scenario)))
        rows.append(TraineeRow(
            trainee, _cells(attempts),
            [(when_text(m.when), m.scenario, m.score, m.passed) for m in attempts],
            TypingStanding(chosen, wpm.get(chosen) if chosen else None,
                           best_speed(typed.get(trainee, [])), len(typed.get(trainee, []))),
            pass_mark=marks.most_common(1)[0][0] if marks else None))
    tried = Counter(m.scenario for m in marked)
    return Cohort(store, dt.datetime.now(dt.UTC).strftime("%d %B %Y, %H:%M UTC").lstrip("0"),
                  len(marked), [*columns, *sorted(set(tried) - set(columns))], rows,
                  _items(missed, scenarios, tried),
                  _competencies(missed, scenarios, cvf, tried))


def _usual_profile(attempts: Iterable[Marked], scenarios: dict[str, Scenario | None]
                   ) -> str | None:
    profiles = Counter(s.profile for m in attempts if (s := scenarios.get(m.scenario)))
    return profiles.most_common(1)[0][0] if profiles else None


def _cells(attempts: list[Marked]) -> dict[str, Cell]:
    grouped: dict[str, list[Marked]] = defaultdict(list)
    for m in attempts:
        grouped[m.scenario].append(m)
    return {s: Cell(len(ms), sum(m.passed for m in ms), ms[-1].passed, ms[-1].score,
                    ms[-1].critical_failures, ms[-1].id) for s, ms in grouped.items()}


def _items(missed: list[Missed], scenarios: dict[str, Scenario | None],
           tried: Counter[str]) -> list[MissedRow]:
    rows = []
    for m in missed:  # all of them: the exports are the school's full record
        scenario = scenarios.get(m.scenario)
        item = next((i for i in scenario.marking.items if i.id == m.item), None) \
            if scenario else None
        rows.append(MissedRow(m.item, item.description if item else "", m.scenario, m.count,
                              tried[m.scenario]))
    return rows


def _competencies(missed: list[Missed], scenarios: dict[str, Scenario | None],
                  cvf: dict[str, str], tried: Counter[str]) -> list[MissedRow]:
    """A competency is missed once for each missed item that marks it, out of every mark
    of an item that marks it (so a competency marked by many items is not over-weighted)."""
    counts: Counter[str] = Counter()
    chances: Counter[str] = Counter()
    for scenario_id, scenario in scenarios.items():
        if scenario is None:
            continue
        for item in scenario.marking.items:
            for c in item.competencies:
                chances[c] += tried[scenario_id]
        items = {i.id: i for i in scenario.marking.items}
        for m in missed:
            if m.scenario == scenario_id and m.item in items:
                for c in items[m.item].competencies:
                    counts[c] += m.count
    return [MissedRow(c, cvf.get(c, c), "", n, chances[c])
            for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# --- exports ------------------------------------------------------------------------------

CSV_COLUMNS = ("trainee", "scenario", "attempts", "passes", "latest_passed", "latest_score",
               "latest_critical_failures", "latest_attempt_id", "profile",
               "typing_needed_wpm", "typing_best_net_wpm", "typing_best_accuracy",
               "typing_passed", "course_standing")


def to_csv(cohort: Cohort) -> str:
    """One row per trainee and scenario tried (one row with no scenario for a trainee who
    has only typing results); the trainee's typing columns repeat on each of their rows so
    a spreadsheet can filter by any column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in cohort.trainees:
        t = row.typing
        tail = [t.profile or "", t.needed_wpm or "",
                f"{t.best.net_wpm:.1f}" if t.best else "",
                f"{t.best.accuracy:.1f}" if t.best else "",
                "" if t.passed is None else str(t.passed).lower(),
                row.standing + "".join(f"; {n}" for n in row.needed)]
        cells: list[tuple[str, Cell | None]] = [*sorted(row.cells.items())] or [("", None)]
        for scenario, cell in cells:
            head: list[Any] = [row.trainee, scenario]
            head += ([cell.attempts, cell.passes, str(cell.latest_passed).lower(),
                      f"{cell.latest_score:.1f}", " ".join(cell.latest_critical),
                      cell.latest_id] if cell else ["", "", "", "", "", ""])
            writer.writerow([_cell(v) for v in head + tail])
    return out.getvalue()


def _cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (a trainee id may start with `=`)."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_json(cohort: Cohort) -> dict[str, Any]:
    return {
        "format": "callsim.cohort/1",
        "store": cohort.store,
        "attempts": cohort.attempts,
        "scenarios": cohort.scenarios,
        "course": cohort.course or None,
        "trainees": [{
            "trainee": r.trainee,
            "attempts": r.attempts,
            "scenarios": {s: asdict(c) for s, c in sorted(r.cells.items())},
            "trend": [{"when": w, "scenario": s, "score": sc, "passed": p}
                      for w, s, sc, p in r.scores],
            "typing": {"profile": r.typing.profile, "needed_wpm": r.typing.needed_wpm,
                       "tests": r.typing.tests, "passed": r.typing.passed,
                       "best": asdict(r.typing.best) if r.typing.best else None},
            "course_standing": {"standing": r.standing, "met": r.met, "needed": r.needed}
            if r.standing else None,
        } for r in cohort.trainees],
        "most_missed_items": [asdict(m) for m in cohort.missed_items],
        "most_missed_competencies": [asdict(m) for m in cohort.missed_competencies],
    }
