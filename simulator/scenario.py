"""A scenario (`callsim.scenario/1`): the caller, the ground truth, the marking, self-tests.

The format is documented for trainers in docs/scenario-format.md; keep the two in step.
"""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from scoring.attempt import MAX_SECONDS, MAX_TEXT
from scoring.conditions import EVENT_TYPES
from scoring.marking import FactRules
from scoring.model import Authored, check_id
from scoring.scheme import Marking
from scoring.truth import World

FORMAT = "callsim.scenario/1"
SCENARIO_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Voice(Authored):
    accent: str = "en-gb"
    variant: str | None = None
    rate: int = Field(default=160, ge=60, le=400)
    pitch: int = Field(default=50, ge=0, le=99)
    volume: float = Field(default=0.9, ge=0, le=1)


class CallerEvent(Authored):
    """Something the caller's side does that the system records (the silent caller
    pressing 55 gives `{type: keypad, value: "55"}`)."""

    type: Literal["keypad", "transfer", "call_ended"]
    value: str | None = None


# The pieces of a fact a follow-up can ask for on its own ("and his name?"): the key is
# what the trainee asks about, the value what the caller says.
DETAILS = ("name", "age", "clothing", "appearance", "marks", "colour", "vehicle",
           "registration", "direction", "where", "when", "phone", "dob", "address")


class Fact(Authored):
    id: str
    intents: tuple[str, ...] = ()  # none: a fact the caller only volunteers
    answers: tuple[str, ...] = ()
    distressed: str | None = None
    after_facts: tuple[str, ...] = ()
    after_intents: tuple[str, ...] = ()
    otherwise: str | None = None
    event: CallerEvent | None = None
    # Whom the fact is about: `caller`, or a person or vehicle id in `world`. A question
    # about someone else does not get this fact ("your husband's date of birth" is not
    # the caller's). Unset: about whoever the question is about.
    about: str | None = None
    details: dict[str, str] = Field(default_factory=dict)

    @field_validator("details")
    @classmethod
    def _details(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            if key not in DETAILS:
                raise ValueError(f"`{key}` is not a detail a trainee can ask for; use one of "
                                 + ", ".join(DETAILS))
        return value

    _id = field_validator("id")(check_id)

    @field_validator("answers", "intents", "after_facts", "after_intents", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _answerable(self) -> Fact:
        if self.intents and not self.answers:
            raise ValueError("a fact the trainee can ask about needs `answers`")
        return self


class Volunteer(Authored):
    id: str
    at: float | None = Field(default=None, ge=0)
    after_fact: str | None = None
    say: str
    reveals: tuple[str, ...] = ()
    event: CallerEvent | None = None
    # What changes with this line: a fact's answers from now on ("he's gone downstairs"
    # means "where is he now?" is answered with the new place, never the old one).
    updates: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    _id = field_validator("id")(check_id)

    @field_validator("updates", mode="before")
    @classmethod
    def _update_lines(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: (v,) if isinstance(v, str) else v for k, v in value.items()}
        return value

    @model_validator(mode="after")
    def _when(self) -> Volunteer:
        if (self.at is None) == (self.after_fact is None):
            raise ValueError("give exactly one of `at` (seconds) or `after_fact`")
        return self


class Silence(Authored):
    after: float = Field(default=8, gt=0)
    lines: tuple[str, ...] = Field(min_length=1)


class Distress(Authored):
    start: float = Field(default=3, ge=0, le=10)
    calms: dict[str, float] = Field(default_factory=dict)
    upsets: dict[str, float] = Field(default_factory=dict)
    ignored: float = Field(default=1, ge=0)
    per_minute: float = 0


class HangUp(Authored):
    at_distress: float | None = Field(default=None, ge=0, le=10)
    after_silence: float | None = Field(default=None, gt=0)
    at: float | None = Field(default=None, gt=0)
    say: str | None = None


class Caller(Authored):
    name: str
    age: int = Field(ge=3, le=110)
    gender: Literal["female", "male", "other"]
    voice: Voice = Voice()
    demeanour: str
    speaks: bool = True
    language: str = "en"
    opening: str
    facts: tuple[Fact, ...] = Field(min_length=1)
    volunteers: tuple[Volunteer, ...] = ()
    clarify: tuple[str, ...] = Field(min_length=1)
    acknowledge: tuple[str, ...] = ()  # to advice and explanations; default "Okay." etc.
    # How the caller takes advice, per advice intent ("Right, I won't touch anything");
    # an advice intent with no line here and no fact gets a default agreement.
    responses: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    reassured: tuple[str, ...] = ()  # a reaction to reassurance; default "Okay… thank you."
    dont_know: tuple[str, ...] = ()  # an understood question with no fact behind it
    confirm: tuple[str, ...] = ()  # a read-back that matches: "Yes, that's right."
    correct: str | None = None  # a read-back that doesn't: "No, it's {value}."
    silence: Silence | None = None
    distress: Distress = Distress()
    hang_up: HangUp = HangUp()
    closing: str = "Thank you. Bye."

    @field_validator("responses", mode="before")
    @classmethod
    def _response_lines(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: (v,) if isinstance(v, str) else v for k, v in value.items()}
        return value


# A self-test becomes an attempt record, so it keeps within the record's limits.
Said = Annotated[str, Field(max_length=MAX_TEXT)]
When = Annotated[float, Field(ge=0, le=MAX_SECONDS)]


class SelfTestTurn(Authored):
    t: When
    caller: Said | None = None
    trainee: Said | None = None

    @model_validator(mode="after")
    def _who(self) -> SelfTestTurn:
        if (self.caller is None) == (self.trainee is None):
            raise ValueError("a turn has exactly one of `caller` or `trainee`")
        return self


class SelfTestEvent(Authored):
    t: When
    type: str
    query: Said | None = None
    value: Said | None = None

    @field_validator("type")
    @classmethod
    def _known_event(cls, value: str) -> str:
        if value not in EVENT_TYPES:
            raise ValueError(f"`{value}` is not an event the screen records: one of "
                             + ", ".join(EVENT_TYPES))
        return value


class SelfTestLog(Authored):
    """The log a self-test types. It mirrors `scoring.attempt.Log` on purpose: this one is
    authored (unknown keys are errors, THRIVE keys checked), that one is a record (unknown
    keys ignored, so later writers can add fields)."""

    location: Said = ""
    caller_name: Said = ""
    callback: Said = ""
    incident_type: str = ""
    qualifiers: tuple[str, ...] = Field(default=(), max_length=50)
    crime: str | None = None
    grade: str = ""
    thrive: dict[Literal["threat", "harm", "risk", "investigation", "vulnerability",
                         "engagement"], Said] = Field(default_factory=dict)
    narrative: Said = ""
    actions: tuple[Said, ...] = Field(default=(), max_length=200)


class SelfTest(Authored):
    id: str
    expect: Literal["pass", "fail"]
    missed: tuple[str, ...] = ()
    met: tuple[str, ...] = ()
    score_at_least: float | None = None
    score_below: float | None = None
    turns: tuple[SelfTestTurn, ...] = ()
    events: tuple[SelfTestEvent, ...] = ()
    log: SelfTestLog = SelfTestLog()

    @field_validator("turns", "events")
    @classmethod
    def _in_order(cls, items: tuple[Any, ...]) -> tuple[Any, ...]:
        for i in range(1, len(items)):
            if items[i].t < items[i - 1].t:
                raise ValueError(f"entry {i} is at {items[i].t}s, before entry {i - 1} "
                                 f"({items[i - 1].t}s): a self-test happens in time order")
        return items

    _id = field_validator("id")(check_id)


WRAP_UP_SECONDS = 120


class Scenario(Authored):
    format: str
    id: str
    title: str = Field(max_length=200)  # a line on the screen and in reports
    revision: int = Field(default=1, ge=1)
    profile: str
    channel: Literal["999", "101", "digital", "complaint"]
    grading_scale: str
    difficulty: Literal["foundation", "intermediate", "advanced"]
    summary: str = Field(max_length=5_000)
    objectives: tuple[str, ...] = Field(min_length=1)
    tags: tuple[str, ...] = ()
    # After the line drops a handler finishes the log, THRIVE and grade before taking the
    # next call; two minutes is the after-call work most control rooms allow.
    wrap_up: int = Field(default=WRAP_UP_SECONDS, ge=0, le=900,
                         description="seconds of wrap-up after the call ends (0: none)")
    caller: Caller
    world: World
    marking: Marking
    # The scenario's own ways of asking (place names, its people's names, local words),
    # added to the shared phrase library's phrasings of those intents for this call only.
    phrasings: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    self_tests: tuple[SelfTest, ...] = Field(min_length=2)

    # Where it came from: set by the loader, not written by trainers.
    source: str = Field(default="", exclude=True)
    sha256: str = Field(default="", exclude=True)

    @field_validator("format")
    @classmethod
    def _format(cls, value: str) -> str:
        if value != FORMAT:
            # A file from another version of callsim says which version it is.
            raise ValueError(f"should be `{FORMAT}` (got `{value}`): this callsim reads "
                             f"scenarios written for `{FORMAT}` only")
        return value

    @field_validator("id")
    @classmethod
    def _scenario_id(cls, value: str) -> str:
        if not SCENARIO_ID.fullmatch(value):
            raise ValueError(f"id `{value}`: lower case letters, digits and single hyphens")
        return value

    @field_validator("phrasings")
    @classmethod
    def _phrasings(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for intent, phrases in value.items():
            if not phrases:
                raise ValueError(f"`{intent}` has no phrasings: list at least one, or remove "
                                 "the intent")
            if any(not p.strip() for p in phrases):
                raise ValueError(f"`{intent}` has an empty phrasing")
        return value

    @field_validator("self_tests")
    @classmethod
    def _pass_and_fail(cls, tests: tuple[SelfTest, ...]) -> tuple[SelfTest, ...]:
        kinds = {t.expect for t in tests}
        if kinds != {"pass", "fail"}:
            raise ValueError("self_tests need a model attempt (`expect: pass`) and a weak "
                             "one (`expect: fail`)")
        return tests

    def fact(self, ident: str) -> Fact | None:
        return next((f for f in self.caller.facts if f.id == ident), None)

    def fact_rules(self) -> FactRules:
        facts = self.caller.facts
        return FactRules(
            asked_by={f.id: f.intents for f in facts},
            after_facts={f.id: f.after_facts for f in facts},
            after_intents={f.id: f.after_intents for f in facts},
            volunteered=[(v.at, v.after_fact, v.reveals) for v in self.caller.volunteers],
            about={f.id: f.about for f in facts if f.about is not None},
        )

    def model_test(self) -> SelfTest:
        return next(t for t in self.self_tests if t.expect == "pass")


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
