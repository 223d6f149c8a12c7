"""The ground truth of a scenario: what is really going on, for marking and system checks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from scoring.model import Authored, check_id

KeyPoint = str | tuple[str, ...]  # a key point, or alternatives any of which will do
THRIVE_FIELDS = ("threat", "harm", "risk", "investigation", "vulnerability", "engagement")


class Location(Authored):
    address: str
    landmark: str | None = None


class CallerTruth(Authored):
    name: str
    callback: str | None = None
    dob: str | None = None
    role: Literal["victim", "witness", "third_party", "complainant", "reporting_person"]


class Person(Authored):
    id: str
    role: Literal["suspect", "victim", "missing", "witness", "child", "subject", "officer",
                  "casualty", "relative", "partner", "neighbour", "other"]
    name: str | None = None
    dob: str | None = None
    description: str | None = None
    markers: tuple[str, ...] = ()

    _id = field_validator("id")(check_id)


class Vehicle(Authored):
    id: str
    registration: str | None = None
    description: str | None = None
    markers: tuple[str, ...] = ()

    _id = field_validator("id")(check_id)


class Check(Authored):
    """A system check the trainee can run, and what it returns."""

    id: str
    kind: Literal["address", "person", "vehicle", "intel"]
    match: tuple[str, ...] = Field(min_length=1)
    result: str

    _id = field_validator("id")(check_id)


class Incident(Authored):
    category: str
    qualifiers: tuple[str, ...] = ()
    crime: str | None = None


class Thrive(Authored):
    threat: tuple[KeyPoint, ...] = ()
    harm: tuple[KeyPoint, ...] = ()
    risk: tuple[KeyPoint, ...] = ()
    investigation: tuple[KeyPoint, ...] = ()
    vulnerability: tuple[KeyPoint, ...] = ()
    engagement: tuple[KeyPoint, ...] = ()

    def points(self, field: str) -> tuple[KeyPoint, ...]:
        value: tuple[KeyPoint, ...] = getattr(self, field)
        return value


class World(Authored):
    location: Location
    caller: CallerTruth
    people: tuple[Person, ...] = ()
    vehicles: tuple[Vehicle, ...] = ()
    checks: tuple[Check, ...] = ()
    incident: Incident
    grades: tuple[str, ...] = Field(min_length=1)
    thrive: Thrive = Thrive()

    def check(self, ident: str) -> Check | None:
        return next((c for c in self.checks if c.id == ident), None)
