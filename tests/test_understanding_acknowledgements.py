"""Turns that carry no intent though their words resemble one (session 11): the handler
noting or taking in what the caller said, explaining a term or how things work, "sorry, but"
with a name or "love" between, a clause of reason after advice, how to answer a question,
who would know, a request to be told whose question follows it, a question's verb cut off
from its question word, a question about a thing (no advice), and what the handler will not
tell the caller. The turns here are new wording, not the training authors' lines."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.acknowledgements import explains, notes
from scoring.understanding.clause_form import carried
from scoring.understanding.polarity import ADVICE, INTENTS_ASKED
from scoring.understanding.qualifiers import (
    asks_who_knows,
    frames,
    gives_reason,
    goes_on_asking,
    qualifies,
    says_how,
    says_when,
)
from simulator.library import meaning_matcher

from .conftest import pairs


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return pairs(reader.analyse(text, Context()))


def asked_or_advised(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(i, p) for i, p in found if p == "affirm" and i in INTENTS_ASKED | ADVICE}


def test_the_handler_recording_what_was_said_is_a_note():
    assert notes("I've jotted that down")
    assert notes("Okay, I've added it to the incident")
    assert notes("I'm just typing all that in now")
    assert notes("the dog barking all night, okay, noted")
    assert notes("that's all on the system now")
    assert notes("I've put on the record that the side gate was open")
    # nothing of the caller's recorded: a unit sent, a transfer
    assert not notes("I've got two units heading your way")
    assert not notes("I'll put you through to the control room")


def test_the_details_noted_beside_a_note_are_not_asked_for(reader):
    assert not asked_or_advised(read(
        reader, "Okay, the side gate left unbolted, I've jotted that down."))
    assert not asked_or_advised(read(
        reader, "Right, your nephew has the spare key, and the alarm didn't go off, that's noted."))
    assert not asked_or_advised(read(
        reader, "I've put on the record that the kids are at their gran's."))
    # a question put in the same turn still asks
    assert ("children_present", "affirm") in read(
        reader, "I've added that to the log. Is there anyone else in the house with you now?")


def test_taking_in_what_was_said_asks_nothing(reader):
    assert notes("that's a relief at least")
    assert not asked_or_advised(read(
        reader, "So the moped's still chained up out the front, that's a start at least."))


def test_a_term_or_the_way_things_work_explained_asks_nothing(reader):
    assert explains("CAD just stands for the computer log we use")
    assert explains("IOPC is short for the Independent Office for Police Conduct")
    assert explains("that's simply the way the rota's arranged")
    assert explains("that's what held the officers up")
    assert not explains("is that how it normally works?")
    assert read(reader, "DPS is just short for the Directorate of Professional Standards.") \
        == set()
    assert read(reader, "Sorry, pet, but that's just the way the appointments get booked.") \
        == set()


def test_sorry_and_a_name_then_but_is_neither_apology_nor_comfort(reader):
    found = read(reader, "I'm sorry, Denise, but there's nobody free to come out tonight.")
    assert not {i for i, _ in found} & {"apology", "reassurance"}
    found = read(reader, "I'm sorry, duck, but that is the procedure we have to follow.")
    assert not {i for i, _ in found} & {"apology", "reassurance"}


def test_a_clause_of_reason_after_advice_carries_nothing_of_its_own(reader):
    assert gives_reason("because the officers will want to walk through the hall")
    assert gives_reason("cos the crew will have a look at it later")
    assert not gives_reason("as soon as they get there")
    found = read(reader, "Keep the phone by you, because the officers will want to know "
                         "which way he went.")
    assert not {i for i, p in found if p == "affirm"} & (INTENTS_ASKED - {"direction_of_travel"})
    assert ("direction_of_travel", "affirm") not in found
    # a step promised in it is still promised, and comfort still comforts
    found = read(reader, "You don't need to hold on, because an officer will ring you back "
                         "this evening.")
    assert ("next_steps", "affirm") in found
    assert ("reassurance", "affirm") in read(
        reader, "Stay where you are, because help is on its way to you now.")


def test_how_to_answer_said_after_a_question_asks_nothing_more(reader):
    assert says_how("best as you can remember")
    assert says_how("as near as you can tell me")
    assert says_how("in your own words please")
    assert not says_how("as well as the car")
    found = read(reader, "What colour was the van? Best as you can remember.")
    assert found == {("vehicle_description", "affirm")}


def test_who_would_know_after_a_question_is_that_question(reader):
    assert asks_who_knows("did your husband say")
    assert asks_who_knows("has she ever mentioned it")
    assert not asks_who_knows("did he say he'd come back and hurt you")
    found = read(reader, "Where did they head off to, did your husband say?")
    assert found == {("direction_of_travel", "affirm")}


def test_a_request_to_be_told_is_the_question_after_it():
    assert frames("could you tell me", "which way they went")
    assert frames("do you know", "if he's on any medication")
    assert not frames("could you tell me", "the registration")


def test_a_questions_verb_cut_off_from_its_question_word_asks_the_same():
    assert goes_on_asking("was it nicked", "what time of night")
    assert goes_on_asking("did they go", "which way")
    assert not goes_on_asking("was it nicked", "right okay")


def test_a_question_about_a_thing_or_someone_else_is_no_advice(reader):
    assert not carried("safety_advice", "is the shed still locked", asking=True, first=False,
                       read_back=False)
    assert not carried("scene_preservation", "where's the broken glass now", asking=True,
                       first=False, read_back=False)
    # asking the caller to do it is advice
    assert carried("safety_advice", "can you keep the shed locked", asking=True, first=True,
                   read_back=False)
    found = read(reader, "Is the back gate open, is the garage door still shut?")
    assert not {i for i, _ in found} & ADVICE


def test_what_the_handler_will_not_tell_the_caller_asks_nothing(reader):
    assert not carried("vehicle_description", "I'm afraid I can't share who owns the van",
                       asking=False, first=True, read_back=False)
    assert not asked_or_advised(read(
        reader, "Sorry, I'm not able to tell you where the other driver lives."))


def test_a_clause_of_time_before_advice_is_no_comfort(reader):
    found = read(reader, "Once you're safe, give the refuge line a ring, they're open all night.")
    assert ("reassurance", "affirm") not in found
    # said outright it comforts
    assert ("reassurance", "affirm") in read(reader, "You're safe now, the officers are with you.")


def test_a_condition_or_concession_beside_an_order_carries_nothing_of_its_own(reader):
    assert qualifies("even if you can't say anything")
    assert qualifies("however upset you are")
    assert not qualifies("if you can hear me, is he still there?")
    found = read(reader, "Leave the line open, Sam, even if you can't say anything.")
    assert found == {("stay_on_line", "affirm")}
    found = read(reader, "Don't go round to confront him, however upset you are.")
    assert ("reassurance", "affirm") not in found
    # with nothing else done in the turn, the clause keeps what it says
    assert ("silent_solution", "affirm") in read(
        reader, "If you can't talk, just tap the handset twice for me.")


def test_the_note_itself_is_no_order_though_put_opens_orders(reader):
    assert not asked_or_advised(read(
        reader, "Right, I've put on the log that the twins are asleep upstairs."))


def test_when_said_after_what_it_times_carries_nothing_of_its_own(reader):
    assert says_when("since about nine")
    assert says_when("from when he left the pub")
    assert not says_when("after that did he come back")
    found = read(reader, "An officer will give you a ring tomorrow, after four.")
    assert found == {("next_steps", "affirm")}


def test_a_note_needs_what_is_recorded_and_a_condition_only_its_condition(reader):
    # putting a call through records nothing of the caller's
    assert not notes("while I put this call through for you")
    assert ("stay_on_line", "affirm") in read(
        reader, "Hold the line with me while I put this through, Priya.")
    # a condition with its order in the same clause still tells
    assert not qualifies("if you can't talk press 55")
    assert ("silent_solution", "affirm") in read(
        reader, "If you can't talk, press 55 and keep the phone on.")


def test_a_reason_nearer_its_intent_than_the_rest_of_the_turn_is_kept(reader):
    # the advice is said in the reason more plainly than in the order before it
    found = read(reader, "I'd probably not open the van doors yet, because the officers will "
                         "want to check them for prints.")
    assert ("scene_preservation", "affirm") in found
    assert not says_when("from the window")
