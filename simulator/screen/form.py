"""The incident log, THRIVE, grade and checks fields, and how their edits reach the journal.

Text fields are written at most once a second while the trainee types and always when they
leave the field; a choice is written the moment it is made. A crash therefore loses at most
the last second of typing, as the design's target asks.
"""

from __future__ import annotations

from typing import Any

from scoring.attempt import Log
from scoring.codes import Recording
from scoring.truth import THRIVE_FIELDS
from simulator.scenario import Scenario
from simulator.screen.fields import (
    ChoiceField,
    ConnectField,
    Field,
    GradeField,
    MultiChoiceField,
    Option,
    TextField,
)
from simulator.screen.narrative import NarrativeField
from simulator.session import Session

WRITE_GAP = 1.0  # seconds: the most often one field is written while being typed

# The question the handler asks themselves for each THRIVE heading (DOMAIN.md).
THRIVE_PROMPTS = {
    "threat": "who or what is threatened? what if nobody acts?",
    "harm": "how serious if it happens or escalates?",
    "risk": "how likely, and before officers arrive?",
    "investigation": "lines of enquiry: CCTV, witnesses, forensics",
    "vulnerability": "age, health, mental state, isolation",
    "engagement": "what resolves it; advice and reassurance now",
}


# Who the handler can bring onto the call. The codes are what scenarios' marking tests
# (`event: transfer, value: interpreter`).
CONNECT = (
    Option("interpreter", "Interpreter line", "caller has little or no English"),
    Option("text_relay", "Text relay", "deaf or speech-impaired caller"),
    Option("ambulance", "Ambulance service", "injury or illness"),
    Option("fire", "Fire and rescue", "fire, trapped, hazard"),
    Option("nhs_111", "NHS 111, option 2", "mental health crisis"),
    Option("supervisor", "Control room supervisor", "advice or escalation"),
)


class LogSync:
    """Writes log edits to the session: the first change at once, then at most one write
    per field per `WRITE_GAP` while typing, and whatever is left when the field is left."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[str, Any] = {}
        self.written: dict[str, Any] = {}
        self.last_write: dict[str, float] = {}

    def edited(self, name: str, value: Any, t: float) -> None:
        self.pending[name] = value
        if t - self.last_write.get(name, -WRITE_GAP) >= WRITE_GAP:
            self._write(name, t)

    def now(self, name: str, value: Any, t: float) -> None:
        self.pending[name] = value
        self._write(name, t)

    def tick(self, t: float) -> None:
        for name in list(self.pending):
            if t - self.last_write.get(name, -WRITE_GAP) >= WRITE_GAP:
                self._write(name, t)

    def flush(self, name: str, t: float) -> None:
        if name in self.pending:
            self._write(name, t)

    def flush_all(self, t: float) -> None:
        for name in list(self.pending):
            self._write(name, t)

    def _write(self, name: str, t: float) -> None:
        value = self.pending.pop(name)
        if name in self.written and self.written[name] == value:
            return
        self.session.log_edit(name, value, t)
        self.written[name] = value
        self.last_write[name] = t


class CallForm:
    """Every field the trainee fills in during the call, in tab order."""

    def __init__(self, scenario: Scenario, recording: Recording) -> None:
        crimes = [Option(code, c.name, c.group) for code, c in recording.crimes.items()]
        # NSIR opens every crime as "Crime": searching the incident type for "burglary"
        # or "assault" must find it, and say why.
        crime_names = tuple(dict.fromkeys([c.detail for c in crimes] + [c.label for c in crimes]))
        categories = [Option(code, c.name, c.group, crime_names if code == "crime" else ())
                      for code, c in recording.categories.items()]
        qualifiers = [Option(code, name) for code, name in recording.qualifiers.items()]
        scale = recording.grading_scales.get(scenario.grading_scale, {})
        self.location = TextField("location", "Location", placeholder="address, landmark "
                                  "or road and direction")
        self.caller_name = TextField("caller_name", "Caller name")
        self.callback = TextField("callback", "Callback", placeholder="telephone number")
        self.incident_type = ChoiceField("incident_type", "Incident type", categories,
                                         placeholder="NSIR opening category: type to search")
        self.qualifiers = MultiChoiceField("qualifiers", "Qualifiers", qualifiers)
        self.crime = ChoiceField("crime", "Crime", crimes,
                                 none_option=Option("", "No crime", "not a crime"),
                                 placeholder="crime classification: type to search")
        self.narrative = NarrativeField("narrative", "Narrative", rows=5)
        self.actions = TextField("actions", "Actions", rows=3, multiline=True,
                                 placeholder="one action per line")
        self.log: list[Field] = [self.location, self.caller_name, self.callback,
                                 self.incident_type, self.qualifiers, self.crime,
                                 self.narrative, self.actions]
        self.thrive = [TextField(f"thrive.{part}", part.capitalize(), rows=2, multiline=True,
                                 placeholder=THRIVE_PROMPTS[part]) for part in THRIVE_FIELDS]
        self.grade = GradeField("grade", "Grade", [Option(code, g.name, g.target)
                                                   for code, g in scale.items()])
        self.logged: list[Field] = [*self.log, *self.thrive]  # what the journal's log holds
        self.connect = ConnectField("connect", "Connect", CONNECT)
        self.check_query = TextField("check", "Query", placeholder="address, name, vehicle "
                                     "reg or intel (e.g. burglaries Hessle); Enter")

    def value(self, field: Field) -> Any:
        """What the journal records for a field."""
        if field is self.actions:
            return [line.strip() for line in self.actions.text.split("\n") if line.strip()]
        if isinstance(field, NarrativeField):
            return field.value()
        if isinstance(field, MultiChoiceField):
            return list(field.ticked)
        if isinstance(field, ChoiceField):
            code = field.chosen.code if field.chosen else ""
            return code or (None if field is self.crime else "")
        if isinstance(field, GradeField):
            return field.chosen.code if field.chosen else ""
        if isinstance(field, TextField):
            return field.text
        return None

    def fill(self, log: Log) -> None:
        """Put a resumed call's log back on screen."""
        self.location.set(log.location)
        self.caller_name.set(log.caller_name)
        self.callback.set(log.callback)
        self.incident_type.choose(log.incident_type)
        self.qualifiers.ticked = list(log.qualifiers)
        self.crime.choose(log.crime)
        self.narrative.set(log.narrative)
        self.actions.set("\n".join(log.actions))
        for field in self.thrive:
            field.set(getattr(log.thrive, field.name.removeprefix("thrive.")))
        if log.grade:
            self.grade.choose(log.grade)
