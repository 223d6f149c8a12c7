"""Whom a question is about, by rules found on a third subject author's questions
(training/subjects_c.yaml), each stated against the scenario's people and written here in
wording of our own."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve


def whom(scenario: str, before: tuple[str, ...], clause: str,
         intent: str) -> tuple[str, str | None]:
    understanding = understanding_for(load_scenario(resolve(scenario)))
    context = Context()
    for said in before:
        context = context.after(understanding.analyse(said, context))
    who = understanding.people.subject(clause, intent, context)
    return who.role, who.person


def test_it_that_moves_is_the_vehicle_the_last_turn_named():
    """"It" is never a person: after a turn about someone getting into a car, "where did
    it head?" is the car, not the person last asked about."""
    assert whom("missing-person-vulnerable", ("So Ellie reckons Priya climbed into a silver car?",),
                "and where did it head off to after that?", "direction_of_travel") == (
        "vehicle", "silver-car")


@pytest.mark.parametrize(("clause", "role", "person"), [
    ("Did Kyle call you anything to do with your faith?", "suspect", "kyle"),
    ("Do you think they picked on you because of your faith?", "caller", None),
])
def test_hate_is_about_the_named_doer_else_the_one_targeted(clause: str, role: str,
                                                            person: str | None) -> None:
    assert whom("hate-incident", (), clause, "hate_motivation") == (role, person)


def test_hate_from_a_role_is_about_that_role():
    assert whom("complaint-schedule-3", (), "Did the officer make any remark to you about "
                "where you're from?", "hate_motivation")[0] == "officer"


def test_someones_kin_is_whom_their_description_names():
    """Alfie's description says Lister is his father: "Alfie's daddy" is the suspect, even
    with another possessive before it."""
    for clause in ("Is that man Alfie's daddy?", "What's Alfie's dad's full name?"):
        assert whom("domestic-abuse-children", (), clause, "relationship") == (
            "suspect", "suspect"), clause


def test_the_one_picked_out_by_what_the_world_says_they_are_like():
    assert whom("interpreter-caller", ("Were there two of them?",),
                "did the short one have anything in his hands?", "weapons") == (
        "suspect", "heavy")


def test_someone_pointed_at_by_what_their_description_says_they_do():
    """"Who owns the field" is the farmer the world describes as owning it."""
    assert whom("non-police-matter", ("Any idea who owns the field there?",),
                "Could you give me a contact number for him?", "callback_number") == (
        "other", "collins")


def test_they_after_one_man_is_the_group_the_last_turn_named():
    assert whom("concern-for-welfare-mental-health",
                ("Has he had any contact with the crisis team lately?",),
                "Would you have a phone number for them?", "callback_number") == (
        "other", "crisis-team")


def test_a_group_is_also_called_what_its_description_calls_it_in_brackets():
    assert whom("concern-for-welfare-mental-health",
                ("I gather he was under the home treatment team until recently?",),
                "Did they leave you a number for them?", "callback_number") == (
        "other", "crisis-team")
