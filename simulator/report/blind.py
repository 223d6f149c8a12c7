"""The blind report: the call for an assessor who double-marks it, and nothing else.

Built from the attempt and the scenario only, never from a marking: no automatic mark,
no earlier assessor's mark, no score, no "agrees" beside the log, no item cited on a
turn. What cannot be handed to the template cannot leak into it. The marking sheet lists
every item of the scheme with the points it carries, for the assessor to mark with
`callsim review ID --blind`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from scoring.attempt import Attempt
from simulator.report.content import (
    LOG_FIELDS,
    THRIVE,
    Entry,
    call_events,
    clock,
    expected_log,
    shown,
    timeline,
    when,
)
from simulator.scenario import Scenario


@dataclass(frozen=True)
class SheetItem:
    id: str
    description: str
    max_points: float
    critical: bool


@dataclass(frozen=True)
class TypedField:
    label: str
    typed: str
    truth: str  # the scenario's ground truth, with no judgement of the typed value


@dataclass(frozen=True)
class BlindReport:
    attempt: str  # its number or key: what `callsim review … --blind` needs
    trainee: str
    scenario_id: str
    scenario_title: str
    channel: str
    profile: str
    date: str
    duration: str
    timeline: list[Entry]
    log: list[TypedField]
    thrive: list[TypedField]
    sheet: list[SheetItem]
    generated: str


def build_blind(attempt: Attempt, scenario: Scenario, folder: Path | None, name: str,
                profile: str) -> BlindReport:
    truth = expected_log(scenario)
    entries = call_events(attempt, scenario, timeline(attempt, folder))
    log = [TypedField(label, shown(attempt.log.field(key)), truth[key][0])
           for key, label in LOG_FIELDS]
    thrive = [TypedField(part.capitalize(), getattr(attempt.log.thrive, part),
                         "; ".join(p if isinstance(p, str) else " / ".join(p)
                                   for p in scenario.world.thrive.points(part)))
              for part in THRIVE]
    sheet = [SheetItem(i.id, i.description, i.points, i.critical)
             for i in scenario.marking.items]
    return BlindReport(
        attempt=name, trainee=attempt.trainee or "unknown trainee", scenario_id=scenario.id,
        scenario_title=scenario.title, channel=scenario.channel, profile=profile,
        date=when(attempt.started_at), duration=clock(attempt.duration()), timeline=entries,
        log=log, thrive=thrive, sheet=sheet,
        generated=dt.datetime.now(dt.UTC).strftime("%d %B %Y, %H:%M UTC").lstrip("0"))
