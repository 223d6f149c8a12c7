"""Turns that negate, waive or put aside an intent (session 10): a cue of waiving in any of
its forms (a need, a requirement or a call denied, a bother lifted, a detail put aside or
left for later, the handler declining to take it, a question meant and then not put) and
what it reaches, matched to the intents by meaning. The turns here are new wording, not the
blind sets' lines."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import in_scope, is_tag_question, polarity
from scoring.understanding.waivers import waiver
from simulator.library import meaning_matcher

from .conftest import pairs


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return pairs(reader.analyse(text, Context()))


def test_a_need_named_as_a_requirement_or_a_call_is_denied():
    found = waiver("There's no requirement for you to give me your address")
    assert found is not None and found.topic == "your address"
    found = waiver("It isn't necessary for you to describe the man again")
    assert found is not None and found.topic == "describe the man"
    assert polarity("signpost", "There's no call to ring the housing office", False) == "negate"


def test_the_handler_declining_to_take_or_press_for_a_detail_waives_it():
    took = waiver("I'm not going to be taking your date of birth today")
    assert took is not None and took.topic == "your date of birth"
    pressed = waiver("I'm not going to press you for his name")
    assert pressed is not None and pressed.told and pressed.topic == "his name"


def test_a_detail_left_for_later_or_left_out_is_waived():
    assert waiver("Let's leave his date of birth for the moment").topic == "his date of birth"
    assert waiver("You can leave out your date of birth").topic == "your date of birth"
    # a thing left where it is, with no "for now", is no waiver
    assert waiver("Leave the back door exactly as it is") is None


def test_an_elided_object_is_what_the_clause_before_meant_to_ask(reader):
    assert read(reader, "I wanted to ask about weapons, but there's no need now.") == {
        ("weapons", "negate")}
    # with nothing asked before it, "no need now" names nothing
    assert all(intent != "weapons" for intent, _ in read(
        reader, "The officers are with him, there's no need now."))


def test_a_question_meant_is_waived_only_when_set_aside_after(reader):
    assert ("callback_number", "negate") in read(
        reader, "I was about to ask for your number but I've already got it.")
    meant = waiver("I was going to ask about the van")
    assert meant is not None and meant.meant


def test_the_question_put_after_a_waiver_is_still_asked(reader):
    heard = read(reader, "dont worry about the reg just tell me where the car is now")
    assert ("vehicle_description", "negate") in heard
    assert ("vehicle_description", "affirm") not in heard
    heard = read(reader, "no need for the time it happened mate just where you are")
    assert ("location", "affirm") in heard


def test_two_near_questions_are_told_apart_by_the_whole_waiver(reader):
    # "the traffic" alone is about as near the caller's safety as the road's hazards; asked
    # about, it is the hazards
    assert ("road_hazards", "negate") in read(
        reader, "I won't be asking about the traffic, you're well away from the road.")


def test_a_thing_put_aside_is_not_given_or_asked(reader):
    assert ("reference_number", "negate") in read(
        reader, "Forget the crime number for now, are the kids okay?")
    assert polarity("reference_number", "skip the reference number for now", False) == "negate"
    # comfort, then a clause of its own: nothing put aside
    assert polarity("next_steps", "never mind, I'll ring you back", False) == "affirm"


def test_an_agency_put_aside_or_kept_out_is_not_signposted():
    assert polarity("signpost", "Never mind Highways England for now", False) == "negate"
    assert polarity("signpost", "keep the RSPCA out of this one", False) == "negate"
    assert polarity("signpost", "you'll need to ring the council", False) == "affirm"


def test_a_thing_named_as_one_the_handler_cannot_give_is_refused():
    assert polarity("apology", "That's not an apology we are able to make", False) == "negate"
    assert polarity("reference_number", "That isn't a number I can give you yet",
                    False) == "negate"


def test_an_initialism_at_the_end_is_no_name_said_to_the_caller():
    assert in_scope("there's no point us looking for CCTV").strip().endswith("cctv")
    assert not in_scope("do feel free to go now, Brenda").strip().endswith("brenda")


def test_a_reported_questions_verb_is_no_tag():
    assert not is_tag_question("you don't have to tell me whether the dogs are there")
    assert is_tag_question("the dogs are in the garden, are they")


def test_a_waiver_put_first_is_no_topic_of_the_question_after(reader):
    # ("the van" is a vehicle named, but put aside: the question after asks of her)
    heard = read(reader, "never mind the van for now is she conscious")
    assert heard == {("breathing_conscious", "affirm"), ("vehicle_description", "negate")}


def test_getting_in_touch_with_an_agency_said_needless_is_no_signpost(reader):
    assert read(reader, "You don't have to get in touch with the landlord tonight.") == {
        ("signpost", "negate")}
    # "get on to" is a deed, not getting a detail: no question waived
    assert waiver("there's no need to get on to the housing office") is None
    took = waiver("I won't need to take down your details")
    assert took is not None and took.topic == "your details"
