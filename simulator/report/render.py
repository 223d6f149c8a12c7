"""Turning an attempt and its marking into one self-contained HTML file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined

from scoring.attempt import Attempt
from scoring.codes import Recording
from simulator import compiled
from simulator.loader import references
from simulator.report.blind import BlindReport
from simulator.report.content import (
    Report,
    audit_views,
    bars,
    call_events,
    cite,
    clock,
    compare_log,
    compare_thrive,
    item_views,
    timeline,
    when,
)
from simulator.scenario import Scenario


def environment() -> Environment:
    # Autoescape everything: trainees' words and typed log are data, never markup.
    # Compiled templates are kept (compiling one cost ~0.2 s of every report); Jinja keys
    # each by the template's name and checksum, so an edited template is compiled again.
    kept = compiled.folder() / "templates"
    try:
        kept.mkdir(parents=True, exist_ok=True)
        cache: FileSystemBytecodeCache | None = (
            FileSystemBytecodeCache(str(kept)) if os.access(kept, os.W_OK) else None)
    except OSError:
        cache = None  # a read-only cache folder makes reports slower, never fail
    env = Environment(loader=PackageLoader("simulator.report", "templates"),
                      bytecode_cache=cache,
                      autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["clock"] = clock
    env.filters["number"] = lambda v: f"{float(v):g}"
    return env


def build(attempt: Attempt, result: dict[str, Any], scenario: Scenario,
          folder: Path | None, marker: str = "auto", *,
          audit: list[dict[str, Any]] | None = None) -> Report:
    refs = references()
    criteria = {c.id: f"{c.id}: {c.statement}" for p in refs.profiles.values()
                for c in p.criteria}
    items = item_views(result)
    tested = {c for i in items if i.status != "not_applicable"
              for c in (*i.competencies, *i.criteria)}
    own_profile = refs.profiles.get(scenario.profile)
    own = {c.id for c in own_profile.criteria} if own_profile else set()
    entries = call_events(attempt, scenario, timeline(attempt, folder))
    cited = cite(entries, items)
    log = compare_log(attempt, scenario, cited, code_names(refs.recording,
                                                         scenario.grading_scale))
    critical = set(result.get("critical_failures", []))
    return Report(
        trainee=attempt.trainee or "unknown trainee",
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        channel=scenario.channel,
        profile=refs.profiles[scenario.profile].title if scenario.profile in refs.profiles
        else scenario.profile,
        date=when(attempt.started_at),
        duration=clock(attempt.duration()),
        score=float(result.get("score", 0)),
        pass_mark=float(result.get("pass_mark", scenario.marking.pass_mark)),
        passed=bool(result.get("passed")),
        critical_failures=[i for i in items if i.id in critical],
        marker=marker,
        scheme_changed=bool(attempt.scenario_sha256 and scenario.sha256
                            and attempt.scenario_sha256 != scenario.sha256),
        timeline=entries,
        items=items,
        log=[row for row in log if row.anchor != "log-grade"],
        thrive=compare_thrive(attempt, scenario, cited),
        grade=next(row for row in log if row.anchor == "log-grade"),
        # Only what this call tested, and only the attempt's own role's criteria: an item
        # may also evidence other forces' criteria (for the library's coverage), which
        # mean nothing to this trainee's assessor.
        competencies=[b for b in bars(result.get("competencies", {}), refs.cvf, tested)
                      if b.tested],
        criteria=[b for b in bars(result.get("criteria", {}), criteria, tested)
                  if b.tested and b.id in own],
        untested=[c.id for c in own_profile.criteria if c.id not in tested]
        if own_profile else [],
        generated=dt.datetime.now(dt.UTC).strftime("%d %B %Y, %H:%M UTC").lstrip("0"),
        audit=audit_views(audit or []),
        auto_score=_number(result.get("auto", {}).get("score")),
        auto_passed=result.get("auto", {}).get("passed"),
    )


def code_names(recording: Recording, scale: str) -> dict[str, dict[str, str]]:
    """Each coded log field's codes and their names (scenarios/recording.yaml)."""
    return {"incident_type": {k: v.name for k, v in recording.categories.items()},
            "qualifiers": dict(recording.qualifiers),
            "crime": {k: v.name for k, v in recording.crimes.items()},
            "grade": {k: v.name for k, v in recording.grading_scales.get(scale, {}).items()}}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def render(report: Report) -> str:
    return environment().get_template("attempt.html.j2").render(r=report)


def render_blind(report: BlindReport) -> str:
    return environment().get_template("blind.html.j2").render(r=report)
