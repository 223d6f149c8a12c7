"""Conditions: the structured tests a marking item makes. Data, never code.

A condition is a mapping with one main key (`asked`, `log`, `grade`, …) and that key's
options. One flat model keeps the trainer's error messages simple ("`within` does not go
with `log`") and the nearest-key suggestion meaningful.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from scoring.model import Authored
from scoring.truth import THRIVE_FIELDS, KeyPoint

LOG_FIELDS = (
    "location", "caller_name", "callback", "incident_type", "qualifiers", "crime", "grade",
    "narrative", "actions", *(f"thrive.{f}" for f in THRIVE_FIELDS),
)
RECORDED_FIELDS = ("location", "caller_name", "callback", "incident_type", "qualifiers",
                   "crime")
EVENT_TYPES = ("system_check", "grade_set", "log_edit", "thrive_set", "call_ended",
               "keypad", "transfer")
Normaliser = Literal["address", "phone", "name", "registration", "text"]

# Main key -> the options that may go with it.
OPTIONS: dict[str, frozenset[str]] = {
    "asked": frozenset({"within", "before", "before_grade", "about", "describing", "closed",
                        "saying_when", "choice", "saying", "after"}),
    "said": frozenset({"within", "after", "asking"}),
    "log": frozenset({"filled", "equals", "one_of", "matches", "mentions", "at_least",
                      "normalise"}),
    "recorded": frozenset({"threshold"}),
    "grade": frozenset(),
    "grade_in": frozenset(),
    "thrive": frozenset({"fields", "threshold"}),
    "checked": frozenset({"before_grade", "within"}),
    "event": frozenset({"value", "within"}),
    "revealed": frozenset({"within"}),
    "all": frozenset(),
    "any": frozenset(),
    "not": frozenset(),
}
LOG_TESTS = ("filled", "equals", "one_of", "matches", "mentions")


class Condition(Authored):
    asked: str | None = None
    said: tuple[str, ...] | None = None
    log: str | None = None
    recorded: str | None = None
    grade: Literal["acceptable"] | None = None
    grade_in: tuple[str, ...] | None = None
    thrive: Literal["covered"] | None = None
    checked: str | None = None
    event: str | None = None
    revealed: str | None = None
    all_: tuple[Condition, ...] | None = Field(default=None, alias="all")
    any_: tuple[Condition, ...] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")

    within: float | None = Field(default=None, gt=0)
    before: tuple[str, ...] | None = None
    before_grade: bool | None = None
    filled: bool | None = None
    equals: str | None = None
    one_of: tuple[str, ...] | None = None
    matches: str | None = None
    mentions: tuple[KeyPoint, ...] | None = None
    at_least: int | None = Field(default=None, ge=1)
    normalise: Normaliser | None = None
    threshold: float | None = Field(default=None, ge=0, le=1)
    fields: tuple[str, ...] | None = None
    value: str | None = None
    # Whom an `asked` intent must be about: role words (caller, suspect, partner, …; see
    # docs/understanding-definitions.md) or ids of the world's people and vehicles.
    about: tuple[str, ...] | None = None
    # An `asked` description item that a question for a name alone does not meet ("what's
    # his name?" is a suspect_description question, but no description).
    describing: bool | None = None
    # An `asked` item met only by a closed question, one a yes or a tap answers ("are you
    # at 41 Melbourne Road?", a read-back), never by an open one ("where are you?"): for
    # callers who cannot speak or must not be heard.
    closed: bool | None = None
    # An `asked` item met only in a turn that says when (a day, a time, a span, or now):
    # a next step the caller can hold us to ("I'll ring you Wednesday after half three"),
    # not "someone will be in touch".
    saying_when: bool | None = None
    # An `asked` item met only in a turn that offers the caller a choice: ways side by side
    # ("… or I can try and sort it now"), or the choice put to them ("it's up to you"): an
    # item that says their options were explained, not one way told.
    choice: bool | None = None
    # An `asked` item met only in a turn that also says one of these words (as `said:`
    # hears them): the deed in so many words, where the intent alone is also heard in
    # turns that only touch on it ("I'll make sure it gets to the right people" is heard
    # as recording a complaint; "it has to be recorded formally" records it), or where
    # the item wants one kind of the intent ("stay in the room, keep the door shut", not
    # only "ring us back if anything happens"). In the same turn, unlike `all:` with a
    # `said:`, which any turn meets ("Professional Standards will ring you" later on).
    saying: tuple[str, ...] | None = None
    # A `said` item met only in or after the first turn that meets this condition (an
    # `asked` or a `said`, or `any` of them): "NHS 111 as well as sending police" is said
    # once the caller knows officers are on their way, not instead of them. An `asked`
    # item met only at or after the first turn or event that meets it: advice told through
    # the interpreter (`after: {event: transfer, value: interpreter}`), not in English to
    # a caller who has almost none before the interpreter was on.
    after: Condition | None = None
    # A `said` item met only by words said in a question (or an instruction to tell, or a
    # read-back): an item that says the trainee asked about something ("asked about her
    # friends and where she may go"), where the same words told ("she's probably round a
    # friend's") ask nothing.
    asking: bool | None = None

    @field_validator("said", "before", "one_of", "about", "saying", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _shape(self) -> Condition:
        given = {self._key(name) for name in self.model_fields_set}
        main = [k for k in OPTIONS if k in given]
        if len(main) != 1:
            found = ", ".join(f"`{k}`" for k in main) or "none"
            raise ValueError(
                "a condition needs exactly one of " + ", ".join(f"`{k}`" for k in OPTIONS)
                + f" (found {found})")
        key = main[0]
        extra = sorted(given - {key} - OPTIONS[key])
        if extra:
            allowed = ", ".join(f"`{o}`" for o in sorted(OPTIONS[key])) or "no options"
            raise ValueError(f"`{extra[0]}` does not go with `{key}` (it takes {allowed})")
        self._check_main(key, given)
        return self

    def _check_main(self, key: str, given: set[str]) -> None:
        if key == "log":
            if self.log not in LOG_FIELDS:
                raise ValueError(f"`log: {self.log}` is not a log field; use one of "
                                 + ", ".join(LOG_FIELDS))
            tests = [t for t in LOG_TESTS if t in given]
            if len(tests) != 1:
                raise ValueError("`log` needs exactly one test: " + ", ".join(LOG_TESTS))
            if self.matches is not None:
                try:
                    re.compile(self.matches)
                except re.error as error:
                    raise ValueError(f"`matches` is not a valid pattern: {error}") from None
        if key == "recorded" and self.recorded not in RECORDED_FIELDS:
            raise ValueError(f"`recorded: {self.recorded}` must be one of "
                             + ", ".join(RECORDED_FIELDS))
        if key == "event" and self.event not in EVENT_TYPES:
            raise ValueError(f"`event: {self.event}` must be one of " + ", ".join(EVENT_TYPES))
        if key == "thrive" and self.fields:
            wrong = [f for f in self.fields if f not in THRIVE_FIELDS]
            if wrong:
                raise ValueError(f"`{wrong[0]}` is not a THRIVE field: "
                                 + ", ".join(THRIVE_FIELDS))

    @staticmethod
    def _key(name: str) -> str:
        return name.rstrip("_")

    @property
    def kind(self) -> str:
        """The main key: what sort of test this is."""
        return next(k for k in OPTIONS if self._key_set(k))

    def _key_set(self, key: str) -> bool:
        return getattr(self, {"all": "all_", "any": "any_", "not": "not_"}.get(key, key)) \
            is not None

    def children(self) -> tuple[Condition, ...]:
        if self.all_ is not None:
            return self.all_
        if self.any_ is not None:
            return self.any_
        if self.not_ is not None:
            return (self.not_,)
        return ()

    def walk(self) -> list[Condition]:
        """This condition and every condition inside it."""
        out = [self]
        for child in self.children():
            out.extend(child.walk())
        return out
