"""A new scenario from a few answers: a small call that validates before anything is edited.

The trainer then replaces the placeholders. The call is deliberately plain (where, what,
who, a grade) so each part of the format appears once, with a comment saying what it is
for; a working model attempt and a weak attempt mean `callsim validate` passes at once and
keeps passing while the trainer edits one thing at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from simulator.loader import References

CHANNELS = ("999", "101", "digital", "complaint")
# The grade a plain call gets on each scale: 999 an emergency, the rest scheduled.
FIRST_GRADE = {"national": ("1", "3"), "met": ("I", "E"), "cleveland": ("E", "S")}


@dataclass(frozen=True)
class Answers:
    """What `callsim new` asks the trainer."""

    id: str
    profile: str
    channel: str
    incident: str


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def grading_scale(profile: str) -> str:
    # Cleveland Police grade E/P/S/R; the other forces in the library use the national scale.
    return "cleveland" if profile.startswith("cleveland") else "national"


def call_criterion(refs: References, profile: str) -> str:
    """The profile's first criterion a call can evidence (items must map to one)."""
    criteria = refs.profiles[profile].criteria
    return next(c.id for c in criteria if c.evidence == "call")


def scenario_yaml(a: Answers, refs: References) -> str:
    """The scaffold's text: comments kept, every value quoted the way trainers should."""
    scale = grading_scale(a.profile)
    grade, wrong = FIRST_GRADE[scale] if a.channel == "999" else FIRST_GRADE[scale][::-1]
    category = refs.recording.categories[a.incident].name
    crime = "null   # a crime classification code when it is a crime" \
        if a.incident != "crime" else "theft_other   # TODO: the right crime classification"
    criterion = call_criterion(refs, a.profile)
    schema = "# yaml-language-server: $schema=callsim-scenario.schema.json\n"
    return f"""{schema}# A new scenario made by `callsim new`. Replace every TODO, then run
#   callsim validate THIS_FILE     (format, references, self-tests)
#   callsim preview THIS_FILE      (every line rendered, every fact reachable)
# The format: docs/scenario-format.md; a walk-through: docs/authoring-guide.md.
format: callsim.scenario/1
id: {a.id}
title: {q("TODO: one line a trainee sees after the call")}
revision: 1
profile: {a.profile}
channel: {q(a.channel)}
grading_scale: {scale}
difficulty: foundation
summary: {q(f"TODO: what the call is and what it tests ({category}).")}
objectives:
  - "Establish the location before anything else."
  - "Find out what has happened and who is calling."
  - "Grade the call correctly."
tags: [new]

caller:
  name: "Alex Morgan"
  age: 40
  gender: other             # female | male | other (chooses a voice)
  demeanour: "TODO: how the caller sounds and behaves."
  opening: "Hello, I need to report something."
  facts:                    # what the caller knows; `intents` draw each answer out
    - id: location
      intents: [location]
      answers:
        - "I'm at 12 Station Road, Anytown, AN1 2BC."
        - "12 Station Road, like I said."
    - id: what_happened
      intents: [what_happened]
      answers:
        - "TODO: what the caller says happened."
    - id: name
      intents: [caller_name]
      after_facts: [location]   # only answered once the location is out
      otherwise: "Can I tell you where I am first?"
      answers:
        - "Alex Morgan."
    - id: callback
      intents: [callback_number]
      answers:
        - "07700 900123."
  volunteers:               # what the caller says unprompted
    - id: still-there
      after_fact: what_happened
      say: "I'm still here if you need me."
  clarify: ["Sorry, what do you mean?"]

world:                      # the ground truth that marking compares the log with
  location:
    address: "12 Station Road, Anytown, AN1 2BC"
  caller:
    name: "Alex Morgan"
    callback: "07700900123"
    role: reporting_person
  incident:
    category: {a.incident}   # {category}
    qualifiers: []
    crime: {crime}
  grades: [{q(grade)}]
  thrive:
    threat: ["TODO: what threat an assessor expects"]
    risk: ["TODO"]

marking:
  pass_mark: 70
  items:
    - id: location-first
      description: "Asked for the location within the first 30 seconds"
      points: 10
      critical: true
      condition: {{asked: location, within: 30}}
      criteria: [{criterion}]
      feedback: "A caller who drops off is lost without a location: get it first."
    - id: what-happened
      description: "Asked what has happened"
      points: 10
      condition: {{asked: what_happened}}
      criteria: [{criterion}]
      feedback: "An open question first lets the caller tell you what matters."
    - id: location-recorded
      description: "Recorded the address correctly"
      points: 10
      condition: {{recorded: location}}
      criteria: [{criterion}]
      feedback: "Read the address back and type it as given."
    - id: graded
      description: "Set an acceptable grade"
      points: 10
      condition: {{grade: acceptable}}
      criteria: [{criterion}]
      feedback: "TODO: why this call gets this grade."

self_tests:
  - id: model
    expect: pass
    turns:
      - {{t: 0, caller: "Hello, I need to report something."}}
      - {{t: 3, trainee: "What is the address where you are?"}}
      - {{t: 6, caller: "I'm at 12 Station Road, Anytown, AN1 2BC."}}
      - {{t: 12, trainee: "Can you tell me what has happened?"}}
      - {{t: 15, caller: "TODO: what the caller says happened."}}
      - {{t: 25, trainee: "What is your name, please?"}}
      - {{t: 28, caller: "Alex Morgan."}}
      - {{t: 31, trainee: "And what is a good contact number for you?"}}
      - {{t: 34, caller: "07700 900123."}}
    events:
      - {{t: 40, type: grade_set, value: {q(grade)}}}
    log:
      location: "12 Station Road, Anytown, AN1 2BC"
      caller_name: "Alex Morgan"
      callback: "07700900123"
      incident_type: {a.incident}
      grade: {q(grade)}
      narrative: "TODO: the model log's narrative."
  - id: weak
    expect: fail
    missed: [location-first, graded]
    turns:
      - {{t: 0, caller: "Hello, I need to report something."}}
      - {{t: 50, trainee: "Can you tell me what has happened?"}}
    log:
      incident_type: {a.incident}
      grade: {q(wrong)}
"""
