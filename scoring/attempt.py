"""The attempt record (`callsim.attempt/1`): one trainee's call, as DESIGN.md defines it.

Readers ignore keys they do not know, so a later writer can add fields without breaking
this one; a missing or wrong required key is reported with its place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scoring.authored import AuthoringError, Problem, dotted

FORMAT = "callsim.attempt/1"


class Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Turn(Record):
    t: float = Field(ge=0)
    end: float | None = None
    speaker: Literal["caller", "trainee"]
    text: str
    source: str = "typed"
    confidence: float | None = None
    audio: str | None = None
    reveals: tuple[str, ...] | None = None  # facts the caller gave in this turn
    # Recognised text the live call acted on, when a later pass (a stronger engine, or an
    # assessor's correction) replaced `text`; `text` is what is marked.
    live_text: str | None = None
    recognised_by: str | None = None
    # The understanding of a trainee turn made during the call (`TurnAnalysis.to_json()`),
    # so the marker reads what the caller acted on; absent in older records.
    analysis: dict[str, Any] | None = None

    @property
    def finished(self) -> float:
        return self.end if self.end is not None else self.t


class Thrive(Record):
    threat: str = ""
    harm: str = ""
    risk: str = ""
    investigation: str = ""
    vulnerability: str = ""
    engagement: str = ""


class Log(Record):
    location: str = ""
    caller_name: str = ""
    callback: str = ""
    incident_type: str = ""
    qualifiers: tuple[str, ...] = ()
    crime: str | None = None
    thrive: Thrive = Thrive()
    grade: str = ""
    narrative: str = ""
    actions: tuple[str, ...] = ()

    @field_validator("grade", "callback", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return "" if value is None else str(value) if isinstance(value, int) else value

    def field(self, name: str) -> str | tuple[str, ...] | None:
        """A log field by its dotted name (`thrive.risk`)."""
        if name.startswith("thrive."):
            value: str = getattr(self.thrive, name.removeprefix("thrive."))
            return value
        result: str | tuple[str, ...] | None = getattr(self, name)
        return result


class Event(Record):
    model_config = ConfigDict(extra="allow", frozen=True)

    t: float = Field(ge=0)
    type: str
    query: str | None = None
    value: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value


class Attempt(Record):
    format: Literal["callsim.attempt/1"] = "callsim.attempt/1"
    scenario: str
    scenario_sha256: str = ""
    trainee: str = ""
    started_at: str = ""
    ended_at: str = ""
    turns: tuple[Turn, ...] = ()
    log: Log = Log()
    events: tuple[Event, ...] = ()

    def trainee_turns(self) -> list[tuple[int, Turn]]:
        return [(i, t) for i, t in enumerate(self.turns) if t.speaker == "trainee"]

    def grade_set_at(self) -> float | None:
        """When the first grade was set; a grade only in the log counts as set at the end."""
        times = [e.t for e in self.events if e.type == "grade_set"]
        if times:
            return min(times)
        if self.log.grade:
            return self.duration()
        return None

    def duration(self) -> float:
        ends = [t.finished for t in self.turns] + [e.t for e in self.events]
        return max(ends, default=0.0)


def load_attempt(path: Path) -> Attempt:
    """Read an attempt record, or raise `AuthoringError` saying what is wrong and where."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise AuthoringError(
            [Problem(name, 1, "", f"cannot read the attempt: {error.strerror}")]) from None
    except UnicodeDecodeError:
        raise AuthoringError(
            [Problem(name, 1, "", "not a text file: an attempt is JSON")]) from None
    return parse_attempt(text, name)


def parse_attempt(text: str, name: str = "<attempt>") -> Attempt:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AuthoringError([Problem(
            name, error.lineno, "", f"not valid JSON: {error.msg} (column {error.colno})")
        ]) from None
    if not isinstance(data, dict):
        raise AuthoringError([Problem(name, 1, "", "an attempt record is a JSON object")])
    if data.get("format") != FORMAT:
        raise AuthoringError([Problem(
            name, 1, "format", f"not an attempt record: `format` must be \"{FORMAT}\"")])
    try:
        return Attempt.model_validate(data)
    except ValidationError as error:
        problems = [
            Problem(name, 1, dotted(tuple(e["loc"]), data), str(e["msg"]))
            for e in error.errors(include_url=False)
        ]
        raise AuthoringError(problems) from None
