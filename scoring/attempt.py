"""The attempt record (`callsim.attempt/1`): one trainee's call, as DESIGN.md defines it.

Readers ignore keys they do not know, so a later writer can add fields without breaking
this one; a missing or wrong required key is reported with its place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from scoring.authored import AuthoringError, Problem, dotted
from scoring.bounded import MAX_RECORD_BYTES, json_lines, parse_json, read_limited

FORMAT = "callsim.attempt/1"
# Where a turn's text came from: the scenario's caller line, the trainee typing, the live
# recogniser. (A later reading or an assessor's correction keeps the source and adds
# `live_text` / `recognised_by`.)
SOURCES = ("script", "typed", "stt")
EVENT_TYPES = ("system_check", "grade_set", "log_edit", "thrive_set", "call_ended",
               "keypad", "transfer")  # as scoring.conditions, which marks them
MAX_TEXT = 20_000  # characters in one turn or log field (a long narrative is ~2,000)
MAX_SECONDS = 86_400.0  # no call lasts a day
TRAINEE_ID = re.compile(r"[A-Za-z0-9<>@+=,;:!?#&()' _.-]{1,100}")
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS)]


def trainee_problem(trainee: str) -> str | None:
    """Why a trainee id cannot be used (it names folders), or None. Empty means unknown."""
    if trainee == "":
        return None
    if "/" in trainee or "\\" in trainee:
        return "a trainee id has no / or \\ (it names a folder)"
    if ".." in trainee or trainee.startswith("."):
        return "a trainee id has no `..` and does not start with a dot (it names a folder)"
    if not TRAINEE_ID.fullmatch(trainee):
        return ("a trainee id is up to 100 letters, digits, spaces and punctuation, "
                "with no control characters")
    return None


class Record(BaseModel):
    # Times and confidences are finite: JSON has no NaN, and `1e999` is no time.
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)


class Turn(Record):
    t: Seconds
    end: Seconds | None = None
    speaker: Literal["caller", "trainee"]
    text: Text
    source: Literal["script", "typed", "stt"] = "typed"
    confidence: float | None = Field(default=None, ge=0, le=1)
    audio: str | None = Field(default=None, pattern=r"^turns/[A-Za-z0-9_-]+\.wav$")
    reveals: tuple[str, ...] | None = None  # facts the caller gave in this turn
    # Recognised text the live call acted on, when a later pass (a stronger engine, or an
    # assessor's correction) replaced `text`; `text` is what is marked.
    live_text: str | None = None
    recognised_by: str | None = None
    # The understanding of a trainee turn made during the call (`TurnAnalysis.to_json()`),
    # so the marker reads what the caller acted on; absent in older records.
    analysis: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> Turn:
        if self.end is not None and self.end < self.t:
            raise ValueError(f"the turn ends ({self.end}) before it starts ({self.t})")
        return self

    @property
    def finished(self) -> float:
        return self.end if self.end is not None else self.t


class Thrive(Record):
    threat: Text = ""
    harm: Text = ""
    risk: Text = ""
    investigation: Text = ""
    vulnerability: Text = ""
    engagement: Text = ""


Code = Annotated[str, Field(max_length=100)]


class Log(Record):
    location: Text = ""
    caller_name: Text = ""
    callback: Text = ""
    incident_type: Code = ""
    qualifiers: tuple[Code, ...] = Field(default=(), max_length=50)
    crime: Code | None = None
    thrive: Thrive = Thrive()
    grade: Code = ""
    narrative: Text = ""
    actions: tuple[Text, ...] = Field(default=(), max_length=200)

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

    t: Seconds
    type: Literal["system_check", "grade_set", "log_edit", "thrive_set", "call_ended",
                  "keypad", "transfer"]
    query: Text | None = None
    value: Text | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value


class Recovery(Record):
    """Set on an attempt rebuilt by `callsim recover` when part of its journal could not
    be read: how many entries were kept and which lines were not."""

    entries_kept: int = Field(ge=0)
    damaged_lines: tuple[int, ...] = ()
    torn_last_line: int | None = None


class Attempt(Record):
    format: Literal["callsim.attempt/1"] = "callsim.attempt/1"
    # A scenario id, resolved in the library or the results store: never a file path.
    scenario: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=200)
    scenario_sha256: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
    trainee: str = ""
    started_at: str = Field(default="", max_length=64)
    ended_at: str = Field(default="", max_length=64)
    turns: tuple[Turn, ...] = Field(default=(), max_length=10_000)
    log: Log = Log()
    events: tuple[Event, ...] = Field(default=(), max_length=10_000)
    recovery: Recovery | None = None

    @field_validator("trainee")
    @classmethod
    def _trainee(cls, value: str) -> str:
        problem = trainee_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("turns", "events")
    @classmethod
    def _in_order(cls, items: tuple[Turn, ...] | tuple[Event, ...]
                  ) -> tuple[Turn, ...] | tuple[Event, ...]:
        for i in range(1, len(items)):
            if items[i].t < items[i - 1].t:
                raise ValueError(f"entry {i} starts at {items[i].t}, before entry {i - 1} "
                                 f"({items[i - 1].t}): keep them in the order they happened")
        return items

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
    raw = read_limited(path, name, MAX_RECORD_BYTES, "attempt (JSON)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise AuthoringError(
            [Problem(name, 1, "", "not a text file: an attempt is JSON")]) from None
    return parse_attempt(text, name)


def parse_attempt(text: str, name: str = "<attempt>") -> Attempt:
    data = parse_json(text, name)
    if not isinstance(data, dict):
        raise AuthoringError([Problem(name, 1, "", "an attempt record is a JSON object")])
    if data.get("format") != FORMAT:
        raise AuthoringError([Problem(
            name, 1, "format", f"not an attempt record: `format` must be \"{FORMAT}\"")])
    problems: list[Problem] = []
    if not isinstance(data.get("log"), dict):
        problems.append(Problem(name, 1, "log", "an attempt record has a `log` object (the "
                                "trainee's incident log, even if empty)"))
    try:
        attempt = Attempt.model_validate(data)
    except ValidationError as error:
        lines = json_lines(text)
        problems += [
            Problem(name, _line_of(lines, tuple(e["loc"])), dotted(tuple(e["loc"]), data),
                    str(e["msg"]).removeprefix("Value error, "))
            for e in error.errors(include_url=False)
        ]
    if problems:
        raise AuthoringError(problems)
    return attempt


def _line_of(lines: dict[tuple[str | int, ...], int], loc: tuple[Any, ...]) -> int:
    """The line of the deepest part of `loc` that is in the file."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1
