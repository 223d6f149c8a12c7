"""Whom a question is about, in the library's own calls (found on the training examples)."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve


@pytest.mark.parametrize(("scenario", "text", "intent", "whom"), [
    ("concern-for-welfare-mental-health", "What's your husband's mobile number?",
     "callback_number", "partner"),
    ("concern-for-welfare-mental-health", "Has Mrs Okafor got a spare key to his flat?",
     "entry_point", "neighbour"),
    ("non-police-matter", "Have you any idea who might have dumped it?",
     "suspect_description", "suspect"),
    ("complaint-schedule-3", "Did they give you a collar number at all?", "officer_details",
     "officer"),
    ("road-collision-injury", "Is she trapped? Can she get out of the car?", None, "casualty"),
    ("burglary-next-morning", "Have you got a phone number for Mr Khan?", "callback_number",
     "neighbour"),
])
def test_whom_a_question_is_about(scenario: str, text: str, intent: str | None,
                                  whom: str) -> None:
    analysis = understanding_for(load_scenario(resolve(scenario))).analyse(text, Context())
    readings = analysis.readings(intent) if intent else analysis.intents
    assert readings, analysis.intents
    assert readings[-1].subject == whom, [(r.intent, r.subject) for r in analysis.intents]


def test_a_named_witness_is_who_saw_not_whom_it_is_about():
    understanding = understanding_for(load_scenario(resolve("missing-person-vulnerable")))
    saw = understanding.analyse("Did Ellie see which way the car went?", Context())
    assert all(r.subject != "witness" for r in saw.intents), saw.intents
    described = understanding.analyse("Can you describe Priya for me?", Context())
    assert described.intents[0].subject == "missing_person"


def test_they_after_the_children_are_the_children():
    understanding = understanding_for(load_scenario(resolve("domestic-abuse-children")))
    context = Context()
    context = context.after(understanding.analyse("Are the children in the house?", context))
    again = understanding.analyse("How old are they?", context)
    assert again.intents and again.intents[0].subject == "child"
