"""Whom a question is about: the forms of English and role rules found on the v5, v6 and
fourth training author's questions, each written here in wording of our own, and which role
word a person takes when they fit two (docs/understanding-definitions.md, "Subject")."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.truth import Person
from scoring.understanding import Context
from scoring.understanding.roles import PRECEDENCE, role_of
from scoring.understanding.subjects import People
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve


def heard(scenario: str, before: tuple[str, ...], text: str, intent: str) -> tuple[str, str | None]:
    """Whom the turn is about as the caller and the marker hear it: the reading of `intent`
    (else the first reading), after the turns `before`."""
    understanding = understanding_for(load_scenario(resolve(scenario)))
    context = Context()
    for said in before:
        context = context.after(understanding.analyse(said, context))
    analysis = understanding.analyse(text, context)
    # Whom is resolved for a reading just under the threshold too, as the subject bench
    # reads it: these tests hold the subject, not how sure the intent is.
    near = tuple(r for r in analysis.near if r.intent == intent)
    readings = analysis.readings(intent) or near or analysis.intents
    assert readings, f"nothing heard in {text!r}"
    return readings[0].subject, readings[0].person


# --- forms of English ----------------------------------------------------------------------

@pytest.mark.parametrize(("scenario", "text", "intent", "whom"), [
    # a count or a look between "the" and the noun: still the men
    ("interpreter-caller", "Were the three lads wearing gloves?", "suspect_description",
     "suspect"),
    ("interpreter-caller", "Is the stocky fella still by the Transit?", "suspect_present",
     "suspect"),
    # "fella" with "the" is a man, not anybody's partner
    ("hate-incident", "And the other fella, what sort of age was he?", "suspect_description",
     "suspect"),
    # but "the little ones" is a noun of its own
    ("domestic-abuse-children", "Are the little ones still asleep?", "children_present",
     "child"),
])
def test_a_word_between_the_and_the_noun_keeps_what_they_are(scenario: str, text: str,
                                                              intent: str, whom: str) -> None:
    assert heard(scenario, (), text, intent)[0] == whom


def test_what_only_an_officer_carries_makes_the_pronoun_an_officer() -> None:
    """"Was her body camera recording?" after the search: the female officer, not the
    cousin who filmed it."""
    assert heard("complaint-schedule-3", ("Right, so they pulled you over.",),
                 "Did she have her body camera running?", "witnesses_cctv") == (
        "officer", "pc1986")


def test_a_collar_number_names_its_officer() -> None:
    assert heard("complaint-schedule-3", (), "What was PC 1986 doing during the search?",
                 "officer_details") == ("officer", "pc1986")


@pytest.mark.parametrize(("before", "role"), [
    # the doer talked about before: the officer
    (("What did the officer who stopped you actually say?",), "officer"),
    # nobody talked about: what the caller went through
    ((), "caller"),
])
def test_a_remark_about_the_callers_race_is_about_whoever_made_it(before: tuple[str, ...],
                                                                  role: str) -> None:
    assert heard("complaint-schedule-3", before,
                 "Did he pass any remarks about your skin colour?", "hate_motivation")[0] == role


def test_he_under_children_present_is_the_one_with_them_not_a_child() -> None:
    """With nobody talked about, "is he living alone?" in a welfare call is the brother the
    call is about; after "your son", "is he…" is the boy."""
    assert heard("concern-for-welfare-mental-health", (),
                 "So is he living by himself at the flat?", "children_present")[0] != "child"
    assert heard("missing-person-vulnerable", ("Who else lives with you?",),
                 "And your lad, is he in the house with your wife right now?",
                 "children_present") == ("child", "brother")


def test_they_after_a_man_is_the_group_last_said_in_the_plural() -> None:
    assert heard("domestic-abuse-children", ("So both children are in the back room?",),
                 "Did he go in there with them? Are they injured at all?",
                 "anyone_injured")[0] == "child"


@pytest.mark.parametrize(("text", "intent", "whom"), [
    # the one asked, with nobody talked about, is the caller heard through the interpreter
    ("Could you ask him whether anybody injured him?", "anyone_injured", "caller"),
    ("Can you ask him for his date of birth, please?", "date_of_birth", "caller"),
    # what the question names is still whom it is about
    ("Can you ask him how tall the men were?", "suspect_description", "suspect"),
])
def test_a_question_relayed_through_someone_is_put_to_the_caller(text: str, intent: str,
                                                                 whom: str) -> None:
    assert heard("interpreter-caller", (), text, intent)[0] == whom


def test_a_relayed_question_about_someone_just_talked_about_is_about_them() -> None:
    assert heard("road-collision-injury", ("Is the lady in the Micra awake?",),
                 "Ask her if she can feel her feet.", "anyone_injured")[0] == "casualty"


@pytest.mark.parametrize(("scenario", "text", "intent", "whom"), [
    # a recogniser's possessive with no apostrophe
    ("burglary-next-morning", "can i take your sons mobile number", "callback_number",
     "relative"),
    # said to the caller by what they are
    ("road-collision-injury", "And your surname, driver?", "caller_name", "caller"),
    ("road-collision-injury", "whats your mobile driver", "callback_number", "caller"),
    # the caller's workplace is somebody else
    ("road-collision-injury", "Is there a number for your head office?", "callback_number",
     "other"),
    ("road-collision-injury", "Could I get a contact number for your haulage depot?",
     "callback_number", "other"),
])
def test_whose_detail(scenario: str, text: str, intent: str, whom: str) -> None:
    assert heard(scenario, (), text, intent)[0] == whom


@pytest.mark.parametrize(("scenario", "text", "intent", "whom"), [
    ("burglary-next-morning", "Has anybody on your road got one of those video doorbells?",
     "witnesses_cctv", "neighbour"),
    ("neighbour-noise-asb", "Is the whole close being kept awake by it?",
     "previous_incidents", "neighbour"),
    # whoever saw it is a witness, wherever they live
    ("hate-incident", "Did anyone on the street see the eggs being thrown?", "witnesses_cctv",
     "witness"),
])
def test_the_people_of_a_street_said_by_the_street(scenario: str, text: str, intent: str,
                                                   whom: str) -> None:
    assert heard(scenario, (), text, intent)[0] == whom


def test_a_name_the_world_does_not_hold_owns_its_own_family() -> None:
    assert heard("missing-person-vulnerable", (), "Have you rung Sophie's dad?",
                 "callback_number")[0] == "other"


def test_a_name_said_after_the_question_names_its_pronoun() -> None:
    assert heard("concern-for-welfare-mental-health", ("Who's got a key to his flat?",),
                 "and does she have a landline, Mrs Okafor?", "callback_number") == (
        "neighbour", "okafor")


def test_the_driver_of_a_vehicle_is_whom_the_world_seats_in_it() -> None:
    assert heard("road-collision-injury", (), "Is the Micra's driver still conscious?",
                 "breathing_conscious") == ("casualty", "casualty")
    # the driver who hit it is not the Micra's driver
    people = understanding_for(load_scenario(resolve("road-collision-injury"))).people
    assert people.subject("was the driver who hit the micra wearing a cap",
                          "suspect_description", Context()).role == "suspect"


def test_a_vehicle_said_by_its_colour_seats_its_driver() -> None:
    assert heard("road-collision-injury", (), "Is whoever was driving the red car bleeding?",
                 "anyone_injured")[0] == "casualty"


def test_the_callers_own_vehicle_has_the_callers_camera() -> None:
    assert heard("road-collision-injury", (), "Does your lorry have a camera on the front?",
                 "witnesses_cctv")[0] == "caller"


def test_a_role_said_with_where_they_live_is_the_person_living_there() -> None:
    """Mr Dobson is a neighbour who saw it: "your neighbour at 39" is him, a witness."""
    assert heard("hate-incident", (), "Could I have a phone number for your neighbour at 39?",
                 "callback_number") == ("witness", "dobson")


def test_a_number_for_someone_said_by_what_they_are_is_theirs() -> None:
    assert heard("non-police-matter", (), "Do you have any number for the previous owner?",
                 "callback_number")[0] == "other"


def test_the_number_right_after_someones_phone_is_theirs() -> None:
    assert heard("missing-person-vulnerable", ("Has Ellie got her own phone?",),
                 "what's the number?", "callback_number")[0] == "witness"
    assert heard("missing-person-vulnerable", (), "what's the number?",
                 "callback_number")[0] == "caller"


def test_is_he_someones_father_asks_who_he_is() -> None:
    assert heard("domestic-abuse-children", (), "And is he Ruby's dad too?",
                 "relationship")[0] == "suspect"


def test_the_others_are_the_group_the_world_calls_the_other_ones() -> None:
    """"The other van owners": people like the caller, harmed in the same series."""
    assert heard("interpreter-caller", (),
                 "Have any of the other van owners got footage, do you know?",
                 "witnesses_cctv")[0] == "victim"


# --- two roles -----------------------------------------------------------------------------

@pytest.mark.parametrize(("scenario", "person", "role"), [
    ("neighbour-noise-asb", "neighbour", "suspect"),  # the neighbour complained about
    ("road-collision-injury", "casualty", "casualty"),  # a victim, injured at a collision
    ("concern-for-welfare-mental-health", "subject", "relative"),  # the caller's brother
    ("missing-person-vulnerable", "associate", "suspect"),  # not family: the other party
    ("missing-person-vulnerable", "missing", "missing_person"),  # the caller's daughter
    ("complaint-schedule-3", "dwayne", "witness"),  # the caller's cousin who saw it
    ("hate-incident", "aisha", "child"),  # the caller's daughter of twelve who saw it
    ("hate-incident", "dobson", "witness"),  # a neighbour who saw it
    ("silent-999-call", "suspect", "suspect"),  # an ex-partner who is the offender
])
def test_a_library_person_takes_the_role_the_definitions_give(scenario: str, person: str,
                                                              role: str) -> None:
    world = load_scenario(resolve(scenario)).world
    people = {who.person: who.role for who, _ in People(world).people}
    assert people[person] == role


@pytest.mark.parametrize(("record", "role"), [
    ({"role": "witness", "description": "the caller's daughter, a girl of 10"}, "child"),
    ({"role": "other", "description": "the caller's brother, who lives nearby"}, "relative"),
    ({"role": "witness", "description": "neighbour at number 4, saw the car"}, "witness"),
    ({"role": "other", "description": "neighbour across the road"}, "neighbour"),
    ({"role": "victim", "description": "cyclist, head injury, conscious"}, "casualty"),
    ({"role": "suspect", "description": "the caller's ex-husband"}, "suspect"),
    ({"role": "subject", "name": "Dean Smith", "description": "male, 40, lives alone"},
     "suspect"),
    ({"role": "subject", "name": "Dean Rowe", "description": "male, 40, lives alone"},
     "relative"),  # the caller's surname: family
])
def test_of_two_roles_the_first_in_the_stated_order_wins(record: dict[str, str],
                                                         role: str) -> None:
    person = Person.model_validate({"id": "someone", **record})
    assert role_of(person, "rowe") == role
    assert role in PRECEDENCE


def test_the_stated_order_is_the_definitions_order() -> None:
    """The code and the page the authors read give one order."""
    page = (Path(__file__).resolve().parent.parent / "docs"
            / "understanding-definitions.md").read_text(encoding="utf-8")
    said = page.split("takes the first that fits in this order:", 1)[1].split("—", 1)[0]
    assert tuple(w.strip(" `\n,") for w in said.split(",")) == PRECEDENCE
