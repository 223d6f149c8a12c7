"""Context within a turn and across turns: whom a pronoun or a follow-on is about when an
earlier clause of the same turn named them, and a question taking up what the caller said
(issues 9 and 10: "context")."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.follow_on import apposition, follows_on, topic_of
from scoring.understanding.reading import VEHICLE_PHRASE
from simulator.caller_thread import points_back, quoted, taken_up
from simulator.commands.rehearse import Line, Rehearsal
from simulator.dialogue import Caller
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve


@pytest.fixture(scope="module")
def burglary() -> Understanding:
    return understanding_for(load_scenario(resolve("burglary-next-morning")))


@pytest.fixture(scope="module")
def hate() -> Understanding:
    return understanding_for(load_scenario(resolve("hate-incident")))


def test_a_topic_put_first_is_whom_the_next_clause_asks_about(burglary):
    # a noun phrase with no verb, taken up by "his" after it: it asks nothing itself
    context = Context().after(burglary.analyse("What time did you go to bed?", Context()))
    turn = burglary.analyse("Mr Khan at number 8, is his doorbell camera working?", context)
    assert [(r.intent, r.person) for r in turn.intents] == [("witnesses_cctv", "khan")]
    assert turn.acts[0].kind == "statement"
    # the neighbour pointed at by where he lives, then "he"
    turn = burglary.analyse("Your neighbour at number 8, has he got a camera?", context)
    assert [(r.intent, r.person) for r in turn.intents] == [("witnesses_cctv", "khan")]


def test_a_topic_whose_question_asks_nothing_of_its_own_keeps_its_reading():
    # "what was it?" says nothing: what is asked is in the first clause
    road = understanding_for(load_scenario(resolve("road-collision-injury")))
    turn = road.analyse("The car that drove off, what was it?", Context())
    assert "vehicle_description" in turn.intent_ids()


def test_topic_form():
    assert topic_of("Mr Khan at number 8", "is his doorbell camera working")
    assert topic_of("the lady at 17", "has she got a key")
    assert not topic_of("Mr Khan was at number 8", "is his camera working")  # a verb
    assert not topic_of("and his mate", "what was he wearing")  # leans on what came before
    assert not topic_of("Mr Khan at number 8", "is the camera working")  # nothing takes it up


def test_someone_named_in_a_clause_heard_as_nothing_is_whom_the_next_pronoun_means(hate):
    # the last question was about Kyle: "he" after "Mr Dobson was out…" is Mr Dobson
    context = Context().after(hate.analyse("What did Kyle shout?", Context()))
    turn = hate.analyse("Mr Dobson was out in his garden earlier, did he see anything?",
                        context)
    assert turn.intents and all(r.person == "dobson" for r in turn.intents), turn.intents
    turn = hate.analyse("Your daughter Aisha was upstairs, did she see anything?", context)
    assert turn.intents and all(r.person == "aisha" for r in turn.intents), turn.intents


def test_the_pronoun_must_fit_whom_the_clause_named(hate):
    # "she" after a clause naming a man is not him
    context = Context().after(hate.analyse("What did Kyle shout?", Context()))
    turn = hate.analyse("Mr Dobson was out in his garden earlier, did she see anything?",
                        context)
    assert all(r.person != "dobson" for r in turn.intents), turn.intents


def test_quoting_the_caller_and_pointing_back():
    assert quoted("You said he'd kill you if you phoned us again") == (
        "he'd kill you if you phoned us again")
    assert quoted("And when you say the wood's split") == "the wood's split"
    assert quoted("Okay, you mentioned that the frame's splintered") == "the frame's splintered"
    assert quoted("Did you say anything to him?") is None  # asks what they said
    assert points_back("was that tonight")
    assert points_back("and is it round the lock")
    assert points_back("What does it show")
    assert not points_back("Was he drunk")
    answers = [("threats", ["He said if I ever phoned yous again he'd kill me."]),
               ("drinking", ["He's been in the pub since dinner time."])]
    assert taken_up("he'd kill you if you phoned us again", answers) == "threats"
    assert taken_up("he went out again", answers) is None  # no word of substance shared


def test_a_question_about_what_the_caller_said_gets_that_answer():
    scenario = load_scenario(resolve("domestic-abuse-children"))
    caller = Caller(scenario, understanding_for(scenario))
    rehearsal = Rehearsal(caller)
    caller.opening()
    rehearsal.say(Line("Has he said anything to you, made any threats?", None, scenario.id))
    assert "threats" in caller.state.revealed
    turn = rehearsal.say(Line("You said he'd kill you if you phoned us again, was that "
                              "tonight?", None, scenario.id))
    assert [r["reveals"] for r in turn["replies"]] == [["threats"]], turn["replies"]


@pytest.fixture(scope="module")
def interpreter() -> Understanding:
    return understanding_for(load_scenario(resolve("interpreter-caller")))


def test_the_person_of_a_follow_on_said_again_asks_nothing_new(interpreter):
    # "the shorter one" says again who "the other man" is: not a read-back of its own
    context = Context().after(interpreter.analyse("What was the tall one wearing?", Context()))
    turn = interpreter.analyse("And the other man, the shorter one?", context)
    assert turn.intent_ids() == ("suspect_description",), turn.intents
    assert turn.act != "readback"
    assert apposition("And the other man", "the shorter one")
    assert not apposition("And the other man", "was he wearing a cap")  # a verb: asks
    assert not apposition("So 6 Sycamore Grove", "Hessle")  # no follow-on before it


def test_whether_someone_has_a_vehicle_asks_the_vehicles_description(interpreter):
    context = Context().after(interpreter.analyse("How old are they?", Context()))
    turn = interpreter.analyse("Have they got a car with them?", context)
    assert [(r.intent, r.subject) for r in turn.intents] == [("vehicle_description",
                                                                "vehicle")]
    assert turn.intents[0].phrase == VEHICLE_PHRASE  # named as the form it was read by
    # a statement of it asks nothing
    told = interpreter.analyse("They've got a car with them.", context)
    assert all(r.phrase != VEHICLE_PHRASE for r in told.intents)


def test_a_follow_on_leaning_on_the_last_question_gets_its_fact():
    # "And which pub was he in?": more of the drinking asked about, though the fact names
    # no pub ("He's been in the Golden Eagle since dinner time")
    scenario = load_scenario(resolve("domestic-abuse-children"))
    caller = Caller(scenario, understanding_for(scenario))
    rehearsal = Rehearsal(caller)
    caller.opening()
    rehearsal.say(Line("Has he been drinking?", None, scenario.id))
    turn = rehearsal.say(Line("And which pub was he in?", None, scenario.id))
    assert [r["reveals"] for r in turn["replies"]] == [["drinking"]], turn["replies"]


def test_a_question_with_a_verb_of_its_own_is_no_follow_on():
    assert follows_on("and his mate", interrogative=False)
    assert follows_on("how old is she", interrogative=True)
    assert not follows_on("Does Liam drive", interrogative=True)  # "do" and its own verb
    assert not follows_on("Did she go to school today", interrogative=True)
