"""Whom a question is about, by rules found on a third subject author's questions
(training/subjects_c.yaml), each stated against the scenario's people and written here in
wording of our own."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from scoring.understanding.analysis import TurnAnalysis
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


def test_someone_living_where_the_worlds_record_names_them():
    """The suspect's record names him "tenant of 21 Cranbrook Avenue": "whoever's at 21" and
    "the name of the fella at 21" are him."""
    for clause, intent in (("Is anybody at 21 carrying a knife or anything?", "weapons"),
                           ("What's the name of the fella at number 21?",
                            "suspect_description")):
        assert whom("neighbour-noise-asb", (), clause, intent)[0] == "suspect", clause


def test_a_little_lad_is_a_child_whoevers_he_is():
    assert whom("concern-for-welfare-mental-health", (), "What age is Liam's little lad now?",
                "date_of_birth")[0] == "child"


def test_a_pronoun_takes_up_the_one_just_put_first():
    """"And your lad": a noun phrase leaning on what came before says whom "him" is next,
    whatever was asked before it (here, children)."""
    understanding = understanding_for(load_scenario(resolve("burglary-next-morning")))
    context = Context(last_subject="child").after(TurnAnalysis(text="And your lad"))
    who = understanding.people.subject("have you got a mobile number for him?",
                                       "callback_number", context)
    assert (who.role, who.person) == ("relative", "son")


def test_a_way_to_answer_asks_the_question_before_it_again():
    # (a tap code put with a question in the same turn is that question's, no Silent
    # Solution: the definitions' ruling, tests/test_definition_rulings.py; whom the code
    # is about is still the one the question before it asked after)
    understanding = understanding_for(load_scenario(resolve("silent-999-call")))
    analysis = understanding.analyse("Is that Jordan with you? Tap twice if so.", Context())
    assert not analysis.readings("silent_solution")
    assert whom("silent-999-call", ("Is that Jordan with you?",), "Tap twice if so.",
                "silent_solution")[0] == "suspect"
    assert whom("silent-999-call", ("Can you hear me?",), "Tap once for yes.",
                "silent_solution")[0] == "caller"


def test_he_is_not_a_role_the_world_holds_nobody_for():
    """After asking whether anyone at all is with her (heard as children), "he" in a
    question whether he is there is the one man the world holds whom that is asked of."""
    assert whom("silent-999-call", ("Is anybody else in the flat with you right now?",),
                "Is he close by you?", "suspect_present") == ("suspect", "suspect")


def test_seeing_or_hearing_who_did_it_is_about_the_one_who_did():
    assert whom("burglary-next-morning", (), "did you see or hear who took it?",
                "witnesses_cctv")[0] == "suspect"


def test_did_you_get_her_details_is_about_her():
    """The caller's own footage is hers ("have you got a dashcam?"); "did you get her
    details?" asks about the woman just spoken of."""
    understanding = understanding_for(load_scenario(resolve("complaint-service-recovery")))
    who = understanding.people.subject("did you get her details at all?", "witnesses_cctv",
                                       Context().about("other", None))
    assert who.role == "other"


def test_someone_at_a_place_is_someone_else():
    assert whom("missing-person-vulnerable", (), "Could I have a number for somebody at her "
                "college?", "callback_number")[0] == "other"


@pytest.mark.parametrize(("clause", "role"), [
    ("Who owns number 21, is there a landlord you know of?", "other"),
    ("Has the woman at 17 been bothered by it as well?", "neighbour"),
])
def test_a_place_says_who_only_when_the_noun_says_nothing_more(clause: str, role: str) -> None:
    """"The woman at 17" is who lives there; "the landlord of 21" says what he is, and is
    not the tenant."""
    assert whom("neighbour-noise-asb", (), clause, "relationship")[0] == role


def test_a_group_by_what_the_world_calls_it_after_their():
    """The world holds "the parents of Priya's friends": "their parents" is that group, not
    the caller's family."""
    assert whom("missing-person-vulnerable", (), "could you give me a contact for their "
                "parents?", "callback_number") == ("other", "friends-parents")


def test_them_passes_over_a_clause_that_names_nobody():
    """"Have you spoken to any of them?" names nobody and asks nothing heard: "they" in
    the clause after it are still the people the turn before spoke of."""
    understanding = understanding_for(load_scenario(resolve("burglary-next-morning")))
    context = Context().after(understanding.analyse(
        "A couple of other houses got done overnight, on Redcliff Road.", Context()))
    context = context.after(TurnAnalysis(text="Have you spoken to any of them yet?"))
    who = understanding.people.subject("Are they people you know?", "relationship", context)
    assert who.role == "victim"


def test_a_word_for_her_sex_alone_is_no_casualty_where_the_world_has_none():
    understanding = understanding_for(load_scenario(resolve("complaint-schedule-3")))
    context = Context().after(understanding.analyse("How many officers came out, two?",
                                                    Context()))
    analysis = understanding.analyse("and the other one, the lady, did you catch her "
                                     "collar number?", context)
    assert analysis.intents, analysis
    assert {r.subject for r in analysis.intents} == {"officer"}, analysis.intents


@pytest.mark.parametrize(("clause", "role"), [
    ("Has he laid a finger on or hit either of the kids?", "child"),
    ("Did Jamie hurt Ruby at all?", "child"),
    ("Has he hurt you tonight?", "caller"),
])
def test_harm_is_about_whom_it_is_done_to(clause: str, role: str) -> None:
    assert whom("domestic-abuse-children", (), clause, "anyone_injured")[0] == role


def test_she_does_not_take_up_a_group_named_in_the_clause_before():
    """"…the officers will want it. Is she on any medication?": she is still the girl
    asked about, not the officers just named."""
    understanding = understanding_for(load_scenario(resolve("missing-person-vulnerable")))
    context = Context().after(understanding.analyse("What was she wearing when she went?",
                                                    Context()))
    analysis = understanding.analyse("Hold on to that picture, the officers will want it. "
                                     "Is she on any medication?", context)
    assert [r.subject for r in analysis.readings("medical_conditions")] == ["missing_person"]
