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


def test_harm_is_about_the_one_harmed():
    understanding = understanding_for(load_scenario(resolve("domestic-abuse-children")))
    hurt = understanding.analyse("Has he hurt you?", Context())
    assert [r.subject for r in hurt.readings("anyone_injured")] == ["caller"]
    context = Context().after(understanding.analyse("Are the children in the back bedroom?",
                                                    Context()))
    them = understanding.analyse("Has he hurt either of them?", context)
    assert [r.subject for r in them.readings("anyone_injured")] == ["child"]
    named = understanding.analyse("Are the kids still in the back bedroom, Kelly?", Context())
    assert named.intents and named.intents[0].subject == "child"


# One case per rule of scoring/understanding/subjects.py, in sentences of our own: the
# scenario, what was said before, the clause, the intent it was heard as, whom it is about
# (role word, and the world's id where the rule should find one).
@pytest.mark.parametrize("case", [
    # where someone lives: a house or flat number, a street
    ("neighbour-noise-asb", (), "Has the lady at 17 got a camera?", "witnesses_cctv",
     "neighbour", "grant"),
    ("burglary-next-morning", (), "Do you know the family on Redcliff Road?", "relationship",
     "victim", "linked-victims"),
    # what the world says someone is: "the farmer", "your firm"
    ("non-police-matter", (), "Could I get a number for the farmer?", "callback_number",
     "other", "collins"),
    ("road-collision-injury", (), "Does your firm keep the footage?", "witnesses_cctv",
     "other", "employer"),
    # a feature the world describes
    ("complaint-schedule-3", (), "The one with the ginger beard, what did he say?",
     "person_description", "officer", "pc2417"),
    # people harmed the same way elsewhere
    ("interpreter-caller", (), "Do you know the lads whose vans got broken into?",
     "relationship", "victim", "linked-victims"),
    # a pronoun as the question's subject, whatever it names after it
    ("silent-999-call", (), "Is he your ex?", "relationship", "suspect", "suspect"),
    ("domestic-abuse-children", (), "Is he the children's father?", "relationship",
     "suspect", "suspect"),
    ("burglary-next-morning", ("You said number 8 has a doorbell camera?",),
     "Is his doorbell the recording sort?", "witnesses_cctv", "neighbour", "khan"),
    # ...but "her little brother" is the brother, a little one a child
    ("missing-person-vulnerable", (), "Is her little brother at home?", "children_present",
     "child", "brother"),
    # someone else's family is not the caller's
    ("missing-person-vulnerable", (), "Have you got a number for Ellie's mum?",
     "callback_number", "other", "friends-parents"),
    ("concern-for-welfare-mental-health", (), "How old is Liam's son?", "date_of_birth",
     "child", "son"),
    # "your lad" is your son
    ("missing-person-vulnerable", (), "How old's your lad?", "date_of_birth", "child",
     "brother"),
    # the complainant among the world's people is the caller; a third person only in a
    # clause about the caller's own doing
    ("complaint-schedule-3", (), "Where were you when they stopped you?", "location",
     "caller", None),
    ("domestic-abuse-children", (), "Have you had to call us about him before?",
     "previous_incidents", "caller", None),
    # "he" after "which of the two officers": the one of that sex
    ("complaint-schedule-3", ("Which of the two officers searched you?",),
     "What was he wearing?", "person_description", "officer", "pc2417"),
    # footage: the caller's own; "who did it" is the offender; a named one who saw
    ("hate-incident", (), "Have you got a doorbell camera?", "witnesses_cctv", "caller",
     None),
    ("non-police-matter", (), "Did you see who left it there?", "witnesses_cctv",
     "suspect", None),
    ("hate-incident", (), "Did Zain see who threw them?", "witnesses_cctv", "child", "zain"),
    # what a witness heard of: him, by sex, among the world's people
    ("concern-for-welfare-mental-health", (), "Has Mrs Okafor heard from him?",
     "last_seen", "relative", "subject"),
    # ...but her account as a whole is hers
    ("concern-for-welfare-mental-health", (), "Has Stacey told you anything about him?",
     "last_seen", "other", "stacey"),
    # nobody missing: the person the call is about
    ("concern-for-welfare-mental-health", (), "When was he last seen?", "last_seen",
     "relative", "subject"),
    # "it" on the road is the vehicle; a vehicle's parts; the BMW's driver; body cameras
    ("non-police-matter", (), "Is it blocking the lane?", "road_hazards", "vehicle",
     "astra"),
    ("road-collision-injury", (), "Is her engine still running?", "road_hazards",
     "vehicle", None),
    ("road-collision-injury", (), "Did the BMW driver look drunk?", "alcohol_drugs",
     "suspect", "fts-driver"),
    ("complaint-schedule-3", (), "Did either of them have a body camera on?",
     "witnesses_cctv", "officer", None),
    # a street is not the car "on the drive"
    ("burglary-next-morning", (), "Have you heard from the people on Woodland Drive?",
     "relationship", "victim", "linked-victims"),
    # someone else's name asked as if an officer's; a witness's account of an officer
    ("road-collision-injury", (), "Has the lady told you her name?", "officer_details",
     "casualty", "casualty"),
    ("complaint-schedule-3", (), "Did Dwayne hear what the officer said?", "officer_details",
     "witness", "dwayne"),
    ("complaint-schedule-3", (), "Did Dwayne catch the officer's collar number?",
     "officer_details", "officer", None),
    # named after the comma
    ("neighbour-noise-asb", (), "Have they complained as well, the people at 17?",
     "previous_incidents", "neighbour", "grant"),
    # the world's people the callers name
    ("neighbour-noise-asb", (), "What's Julie's mobile number?", "callback_number",
     "partner", "julie"),
    # the question asked inside "do you know if…" opens with its subject
    ("burglary-next-morning", ("Is Mr Khan the neighbour with the camera?",),
     "Do you know if he heard anything?", "witnesses_cctv", "neighbour", "khan"),
    # someone's home said as a place is not someone
    ("burglary-next-morning", (), "Are you at home or round at a neighbour's?", "location",
     "caller", None),
    # "either of them" as the subject, after talk of other offences like this one
    ("burglary-next-morning", ("There have been three other burglaries in Hessle this week.",),
     "Are any of them friends of yours?", "relationship", "victim", "linked-victims"),
    ("interpreter-caller", ("We've had several other plasterers targeted this month.",),
     "Do you know them?", "relationship", "victim", "linked-victims"),
    # ...but with nobody before, what the clause names says who
    ("complaint-schedule-3", (), "Did both of them have a body camera?", "witnesses_cctv",
     "officer", None),
    # "a friend" is someone else, not whoever else the world holds
    ("missing-person-vulnerable", (), "Have you rung round her friends?", "last_seen",
     "other", None),
])
def test_each_rule_of_whom(case: tuple[str, tuple[str, ...], str, str, str, str | None],
                           ) -> None:
    scenario, before, clause, intent, role, person = case
    understanding = understanding_for(load_scenario(resolve(scenario)))
    context = Context()
    for said in before:
        context = context.after(understanding.analyse(said, context))
    who = understanding.people.subject(clause, intent, context)
    assert (who.role, who.person) == (role, person)


def test_the_last_turn_names_whom_they_are():
    """A statement heard as no question still says whom "they" are next."""
    understanding = understanding_for(load_scenario(resolve("burglary-next-morning")))
    context = Context().after(understanding.analyse(
        "There have been two more break-ins overnight, on Woodland Drive.", Context()))
    who = understanding.people.subject("Do you know them at all?", "relationship", context)
    assert who.role == "victim"


def test_a_group_is_they_not_he():
    """"Him" after Ellie's mum (one of the friends' parents) is not them."""
    understanding = understanding_for(load_scenario(resolve("missing-person-vulnerable")))
    context = Context().after(understanding.analyse("What has Ellie's mum said?", Context()))
    who = understanding.people.subject("Can you describe him?", "suspect_description",
                                       context)
    assert who.role == "suspect"
