"""Forms of English the definitions decide, found on the training turns' misses (three
authors, each scored with what was learnt from the other two): the handler declining a
piece of advice or a promise, permission to stop what was advised, a tag question with the
caller's name after it, what the handler will do said in advice's words, sorry for what
the service did, praise by its form, a phrase of where inside a question. The turns here
are new wording, not the training lines."""

from __future__ import annotations

from scoring.understanding import Context
from scoring.understanding.clause_form import (
    asked_aside,
    carried,
    closing,
    for_the_caller,
    handler_will_do,
)
from scoring.understanding.polarity import is_tag_question, polarity

from .conftest import pairs


def test_the_handler_declining_the_advice_refuses_it():
    assert polarity("signpost", "I'm not going to send you to Victim Support, Mr Okafor",
                    False) == "negate"
    assert polarity("safety_advice", "I won't be asking you to stay upstairs now", False) \
        == "negate"
    # advice in the handler's own voice still advises
    assert polarity("safety_advice", "I wouldn't go out to them if I were you", False) \
        == "affirm"
    assert polarity("signpost", "You'll want to ring Victim Support tomorrow", False) \
        == "affirm"


def test_not_promising_what_happens_next_is_its_opposite():
    assert polarity("next_steps", "I can't guarantee anybody will get to you tonight",
                    False) == "negate"
    assert polarity("next_steps", "I can't promise you a visit this week", False) == "negate"
    assert polarity("next_steps", "An officer will ring you tomorrow", False) == "affirm"


def test_permission_to_stop_what_was_advised_lifts_it():
    assert polarity("silent_solution", "it's fine to stop coughing now, I can hear you",
                    False) == "negate"
    assert polarity("silent_solution", "keep tapping for me", False) == "affirm"


def test_what_is_said_not_needed_is_the_advice_not_an_act_long_after_it():
    # the act far after "don't need to" is not what is said to be needless
    assert polarity("scene_preservation", "you don't need to keep the kitchen the way it "
                    "is now, the glass can all be swept", False) == "negate"
    # "no need to touch anything" says the opposite act is not needed: the advice
    assert polarity("scene_preservation", "there's no need to touch anything", False) \
        == "affirm"


def test_nothing_needed_and_nothing_owed():
    assert polarity("crime_prevention", "there's nothing you have to change about your "
                    "alarm", False) == "negate"
    assert polarity("apology", "there's nothing for the force to apologise for", False) \
        == "negate"
    # telling the caller they owe nothing comforts them
    assert polarity("reassurance", "you've got nothing to be sorry for", False) == "affirm"


def test_a_tag_question_with_the_callers_name_after_it_asks(understanding):
    assert is_tag_question("You're not bleeding anywhere, are you, Priya")
    assert is_tag_question("He's not still outside, is he, love")
    assert not is_tag_question("Please lock the back door, Priya")
    assert not is_tag_question("I can't say it'll be okay, mate")
    assert is_tag_question("And that's the Ford, yeah")
    asked = understanding.analyse("You don't need a paramedic, do you, Mr Lowe?", Context())
    assert asked.act == "question"
    assert ("anyone_injured", "affirm") in pairs(asked)


def test_what_the_handler_will_do_is_next_steps_not_advice(understanding):
    assert handler_will_do("I'll let the housing office know about the damp today")
    assert handler_will_do("We'll look at the CCTV from the shop and ring you back")
    assert not handler_will_do("I'll need your date of birth")
    assert not handler_will_do("We'll want you to stay indoors")
    assert not handler_will_do("Ring the council about it tomorrow")
    assert not handler_will_do("I'm going to ask you not to move anything")  # an instruction
    assert not handler_will_do("I'll just look that up on the computer")  # during the call
    assert not handler_will_do("Okay, I'll let you go then")  # closing the call
    assert not for_the_caller("I'll tell the housing office about the damp")
    assert for_the_caller("I'll give Citizens Advice your number so they can ring you")
    told = understanding.analyse("I'll let the council know about the abandoned car this "
                                 "afternoon.", Context())
    assert "signpost" not in told.intent_ids()
    assert "next_steps" in told.intent_ids()


def test_sorry_for_what_the_service_did_is_an_apology(understanding):
    failed = understanding.analyse("I'm sorry your first report about the scooter went "
                                   "nowhere.", Context())
    assert ("apology", "affirm") in pairs(failed)
    assert "reference_number" not in failed.intent_ids()
    sympathy = understanding.analyse("I'm so sorry to hear about your dog.", Context())
    assert "apology" not in sympathy.intent_ids()


def test_praise_by_its_form_comforts(understanding):
    praised = understanding.analyse("You did the right thing getting the kids upstairs.",
                                    Context())
    assert "reassurance" in praised.intent_ids()
    assert "safety_advice" not in praised.intent_ids()
    asked = understanding.analyse("It's not a silly question at all.", Context())
    assert "reassurance" in asked.intent_ids()


def test_closing_the_call_carries_nothing(understanding):
    assert understanding.analyse("Right, I'll let you go now. Bye.", Context()).intents == ()
    assert closing("Okay, Priya, I'll let you go")
    assert not closing("I'll let you go once the officers arrive")
    assert carried("when_happened", "Night", asking=False, first=False, read_back=False) \
        is False


def test_talking_to_someone_else_is_not_staying_on_the_line():
    assert not carried("stay_on_line", "Keep chatting to your dad", asking=False, first=True,
                       read_back=False)
    assert carried("stay_on_line", "Keep talking to me", asking=False, first=True,
                   read_back=False)


def test_a_phrase_of_where_inside_a_question_is_no_advice(understanding):
    assert asked_aside("away from the road", "Are you all somewhere safe, away from the road?")
    assert not asked_aside("away from the road", "Is he there? Stay away from the road.")
    assert not asked_aside("keep away from the road", "Can you keep away from the road?")
    asked = understanding.analyse("Are you somewhere safe now, off the hard shoulder?",
                                  Context())
    assert "safety_advice" not in asked.intent_ids()
    told = understanding.analyse("Okay. Get off the hard shoulder, behind the barrier.",
                                 Context())
    assert ("safety_advice", "affirm") in pairs(told)


def test_sorry_then_the_callers_name_then_but_is_no_apology(understanding):
    told = understanding.analyse("I'm sorry, Mr Bello, but the council deal with hedges.",
                                 Context())
    assert "apology" not in told.intent_ids()
    assert "reassurance" not in told.intent_ids()


def test_what_the_handler_knows_or_the_caller_did_asks_nothing():
    assert not carried("previous_incidents", "I know you've called us about him before",
                       asking=False, first=True, read_back=False)
    assert not carried("previous_incidents", "you've reported the van twice already",
                       asking=False, first=False, read_back=False)
    assert carried("previous_incidents", "have you reported him before", asking=True,
                   first=True, read_back=False)


def test_what_someone_will_want_after_advice_is_its_reason():
    assert not carried("next_steps", "the officers will want to see the glass", asking=False,
                       first=False, read_back=False)
    assert not carried("next_steps", "we'll want pictures of it", asking=False, first=False,
                       read_back=False)
    # said first, it tells what happens next
    assert carried("next_steps", "The officers will want to see the glass tomorrow",
                   asking=False, first=True, read_back=False)


def test_a_permission_given_now_lifts_the_advice():
    assert polarity("safety_advice", "you're okay to come out of the bathroom now", False) \
        == "negate"
    assert polarity("scene_preservation", "it's fine to use the kitchen again", False) \
        == "negate"
    assert polarity("safety_advice", "you can lock the front door now", False) == "affirm"
    assert polarity("safety_advice", "you could go upstairs now", False) == "affirm"
    assert polarity("safety_advice", "stay in the bathroom for now", False) == "affirm"
