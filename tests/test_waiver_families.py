"""The families of waiver (`scoring.understanding.waivers`) read by their grammar, not by
one phrase each: a reason or sense denied, the trouble lifted, leave given not to, a
search stopped by leave, a thing done without, the handler declining to go into it, a need
of nothing, and a detail left as it is. Each family is tested in several wordings of its
own, new wording, not lines of any blind or training set."""

from __future__ import annotations

from scoring.understanding import Context
from scoring.understanding.polarity import polarity
from scoring.understanding.waivers import waiver

from .conftest import pairs


def _topic(clause: str) -> str:
    found = waiver(clause)
    assert found is not None, clause
    return found.topic


def test_a_reason_sense_or_use_denied_waives_the_telling_after_it():
    assert _topic("There's not much sense in you spelling the street name") == "the street name"
    assert _topic("Little point you repeating his nickname") == "his nickname"
    assert _topic("It's pointless me asking what colour the bike was") == (
        "what colour the bike was")
    assert _topic("No use us going over the times again") == "the times"
    # (no verb of telling: nothing waived, "no reason to think …" is no question put aside)
    assert waiver("There's no reason to think they'll come back tonight") is None
    assert polarity("callback_number", "No sense you giving me the landline as well",
                    False) == "negate"


def test_an_if_after_a_verb_of_asking_reports_the_question():
    assert _topic("No use me asking if the shed was locked") == "if the shed was locked"
    # (not after a verb of getting: "if" there is a condition)
    assert _topic("No need to jot down the plate if you didn't see it") == "the plate"


def test_the_trouble_lifted_waives_what_would_be_troublesome():
    assert _topic("Don't go to any trouble spelling the road") == "the road"
    assert _topic("Don't rack your brains over which bus it was") == "which bus it was"
    assert _topic("Save yourself the bother of describing the jacket") == (
        "describing the jacket")
    assert polarity("witnesses_cctv", "Don't put yourself out naming every neighbour",
                    False) == "negate"


def test_leave_given_not_to_waives_and_a_deed_stays_advice():
    assert _topic("It's perfectly fine not to give me the house number") == "the house number"
    assert _topic("Feel free not to answer whether he drinks") == "whether he drinks"
    found = waiver("You're okay not to say what he shouted")
    assert found is not None and found.worry  # (the comfort is the waiver's own)
    assert waiver("It's fine not to lock the back door tonight") is None
    assert polarity("date_of_birth", "It's okay not to tell me your birthday", False) == (
        "negate")


def test_a_search_stopped_by_leave_is_waived_but_a_bare_stop_orders():
    assert _topic("You can stop hunting for the letter") == "the letter"
    assert _topic("Feel free to give up on remembering the plate") == "the plate"
    assert waiver("Stop touching the handle, please") is None


def test_a_detail_done_without_is_the_handlers_need_denied():
    assert _topic("I can manage without her surname") == "her surname"
    assert _topic("We'll get by without the postcode") == "the postcode"
    assert polarity("caller_name", "We can carry on without your full name", False) == (
        "negate")


def test_the_handler_declining_to_go_into_it_waives_only_a_telling():
    assert _topic("Let's not get into how long you've known him") == (
        "how long you have known him")
    assert _topic("I won't make you go over the argument again") == "the argument"
    assert _topic("We're not going to go through the list of stolen items") == (
        "the list of stolen items")
    assert waiver("Let's not go outside until the van has gone") is None
    assert polarity("previous_incidents", "Let's not go into what happened last year",
                    False) == "negate"


def test_a_need_of_nothing_waives_what_follows():
    assert _topic("There's nothing else you need to tell me about the injuries") == (
        "the injuries")
    assert _topic("Nothing more I need to know about the car") == "the car"


def test_a_detail_left_as_it_is_is_waived_unless_the_clause_is_advice(understanding):
    assert _topic("Leave his phone number") == "his phone number"
    assert waiver("Leave the front door open") is None  # left in a state: advice
    assert waiver("Leave them alone") is None
    # (the scene kept: no question put aside)
    kept = pairs(understanding.analyse("Leave the kitchen window.", Context()))
    assert not any(p == "negate" for _, p in kept)


def test_the_families_read_the_question_negated(understanding):
    said = {
        "No sense you spelling your surname for me again.": "caller_name",
        "Don't trouble yourself with the registration.": "vehicle_description",
        "You're alright not to tell me how old you are.": "date_of_birth",
        "We can manage without a number to ring you back on.": "callback_number",
        "Let's not go into whether anyone's hurt just now.": "anyone_injured",
    }
    for text, intent in said.items():
        heard = pairs(understanding.analyse(text, Context()))
        assert (intent, "negate") in heard, (text, heard)
        assert (intent, "affirm") not in heard, (text, heard)


def test_a_worry_put_aside_by_would_not_still_comforts():
    assert polarity("reassurance", "I wouldn't worry about that at all", False) == "affirm"
    assert polarity("crime_prevention", "I'd probably not bother with a new lock yet",
                    False) == "negate"


def test_a_reported_question_goes_on_past_or_if():
    found = waiver("I shan't ask if the van was parked or if the engine was running")
    assert found is not None
    assert found.topic == "if the van was parked or if the engine was running"


def test_a_detail_named_by_its_kind_is_the_detail():
    assert _topic("Forget the alcohol question for now") == "the alcohol"
    assert _topic("You needn't go over the injuries bit again") == "the injuries"
    assert _topic("Let's leave the neighbours out of it for now") == "the neighbours"


def test_a_question_put_inverted_after_a_waiver_still_asks(understanding):
    heard = pairs(understanding.analyse(
        "Don't describe the whole thing for me yet, just is the man still there?", Context()))
    assert ("suspect_present", "affirm") in heard


def test_the_handlers_getting_is_waived_the_callers_is_a_deed():
    assert _topic("Not much point in us taking a second address") == "a second address"
    assert waiver("No sense you taking the bins out") is None


def test_a_need_denied_with_be_needing_and_an_answer_tapped():
    assert _topic("We shan't be needing the flat number") == "the flat number"
    assert _topic("No need to press for the weapons question") == "the weapons"


def test_the_families_lift_advice_too():
    assert polarity("signpost", "You're fine not to phone the housing office today",
                    False) == "negate"
    assert polarity("safety_advice", "We can manage without the sofa across the door now",
                    False) == "negate"
    assert polarity("scene_preservation", "No call for keeping the hallway untouched now",
                    False) == "negate"
    # (a prohibition said with the same words is the advice itself)
    assert polarity("scene_preservation", "Don't go moving the bottles on the table",
                    False) == "affirm"


def test_a_telling_forbidden_to_the_handler_is_waived_but_not_one_to_others():
    assert _topic("Please don't read me the registration again") == "the registration"
    assert _topic("Don't try and spell the road for me") == "the road"
    assert waiver("Don't tell anybody you've rung us") is None


def test_a_detail_searched_for_is_waived_but_not_a_person():
    assert _topic("You needn't hunt around for the receipt") == "the receipt"
    assert waiver("You don't need to look for her, officers are out searching") is None


def test_a_worry_lifted_off_someone_else_and_a_wish_typed_without_its_apostrophe():
    assert _topic("Don't trouble her with the times") == "the times"
    assert _topic("if youd rather not go into the money side of it") == "the money"


def test_the_handlers_own_telling_declined_is_no_waiver():
    assert waiver("We won't be giving you the leaflet, it's all online") is None
    assert waiver("I'm not going to tell you the other driver's address") is None
    assert _topic("We won't go over the leaflet again") == "the leaflet"


def test_the_handler_withholding_a_detail_asks_nothing():
    assert polarity("vehicle_description", "I'm not going to tell you whose van that is",
                    False) == "negate"
    assert polarity("caller_name", "I can't tell you the name of the lady who rang", False) == (
        "negate")
