"""Forms of English found on the training turns (training/acts_*.yaml, three authors), one
test each: a permission to do what advice is against, the handler's promise that asks
nothing, a question opening with fillers and a name, thanks and a name, a reference number
given, details read back ending in a question mark. The turns here are new wording, not
the training lines."""

from __future__ import annotations

from scoring.understanding import Context, Understanding
from scoring.understanding.acts import SYMPATHY
from scoring.understanding.clause_form import core_of, promises, summary, wh_question
from scoring.understanding.polarity import permitted_against
from scoring.understanding.wording import spelled
from simulator.library import meaning_matcher

from .conftest import pairs


def test_permission_to_do_what_advice_is_against_is_that_advice_refused(understanding):
    assert permitted_against("it's okay to bin the torn letters now") == ("scene_preservation",)
    assert permitted_against("feel free to ring off now") == ("stay_on_line",)
    assert permitted_against("you can't tidy up yet") == ()  # forbidden, not permitted
    assert permitted_against("you can get in touch with victim support") == ()  # no touching
    assert permitted_against("you can lock the door") == ()  # not against any advice
    heard = understanding.analyse("It's okay to bin the torn letters now, Mrs Patel.",
                                  Context())
    assert pairs(heard) == {("scene_preservation", "negate")}


def test_what_the_handler_will_do_asks_nothing(understanding):
    assert promises("We'll send the partial number plate round to the traffic cars")
    assert promises("Okay, so I'm sending officers now")
    assert not promises("I won't need a number")  # refused: polarity's business
    assert not promises("Where will you be")
    told = understanding.analyse("We'll send the partial number plate round to the traffic "
                                 "cars.", Context())
    assert told.act == "promise"
    assert "vehicle_description" not in told.intent_ids()
    assert "next_steps" in told.intent_ids()
    # "I'm going to need…" is a request, not a promise
    asked = understanding.analyse("I'm going to need the make of the car as well.", Context())
    assert asked.act == "question"
    assert "vehicle_description" in asked.intent_ids()


def test_we_will_is_not_well():
    assert core_of("We'll check the doorbell footage") == "We'll check the doorbell footage"
    assert core_of("Well, what happened next?") == "what happened next?"


def test_thanks_and_a_name_ask_nothing(understanding):
    assert core_of("Thanks, Jo.") == ""
    assert core_of("Cheers Mr Patel") == ""
    assert core_of("Right, London Road") == ""  # a bare name: nothing to match either way
    assert understanding.analyse("Thanks, Jo.", Context()).intent_ids() == ()


def test_a_question_word_after_fillers_and_a_name_asks(understanding):
    assert wh_question("Okay Margaret and erm how long has he been gone")
    assert wh_question("Right whereabouts is the flat")
    assert not wh_question("When he comes back lock the door")  # a condition
    assert not wh_question("So what I'll do is ring you back")  # a statement
    assert not wh_question("What happens next is a PCSO will pop round")
    asked = understanding.analyse("Okay, Margaret, and erm, how long has he been gone?",
                                  Context())
    assert asked.act == "question"


def test_a_reference_given_and_details_read_back_with_a_question_mark(understanding):
    given = understanding.analyse("Your incident number is 0456 of today.", Context())
    assert given.act == "statement"
    assert "confirm_details" not in given.intent_ids()
    assert summary("So it's the B1022, just past the garage, by the bus stop?")
    assert not summary("Is he still there with the knife now?")
    assert not summary("What colour was the car he drove off in?")
    read = understanding.analyse("So it's the B1022, just past the garage, by the bus stop?",
                                 Context())
    assert read.act == "readback"
    assert "confirm_details" in read.intent_ids()


def test_help_on_its_way_now_is_comfort_and_my_own_words_recalled_are_no_read_back(
        understanding):
    coming = understanding.analyse("Officers are already on their way to you, Sandra.",
                                   Context())
    assert "reassurance" in coming.intent_ids()
    assert "next_steps" not in coming.intent_ids()
    will = understanding.analyse("An officer will come round to take a statement tomorrow.",
                                 Context())
    assert "next_steps" in will.intent_ids()
    said = understanding.analyse("Like I said earlier, keep the door locked.", Context())
    assert "confirm_details" not in said.intent_ids()
    assert said.act == "instruction"
    assert ("safety_advice", "affirm") in pairs(said)


def test_details_read_back_ask_for_none_of_them(understanding):
    read = understanding.analyse("So he was wearing a green parka and white trainers, and he "
                                 "ran towards the station.", Context())
    assert read.act == "readback"
    assert read.intent_ids() == ("confirm_details",)
    # a clause in a question's form still asks
    both = understanding.analyse("So it was Tuesday the 3rd, and what time did you get home?",
                                 Context())
    assert "when_happened" in both.intent_ids()


def test_a_question_said_not_to_be_needed_asks_nothing():
    # told to the caller, it is an instruction (as a permission is); the handler's own
    # need is a statement (docs/understanding-definitions.md)
    rules = Understanding.for_scenario(None, meaning_matcher(), learnt=False)
    needless = rules.analyse("You don't need to give me your postcode, I've got it here.",
                             Context())
    assert ("location", "negate") in pairs(needless)
    assert needless.acts[0].kind == "instruction"
    own = rules.analyse("I won't need your postcode, I've got it here.", Context())
    assert ("location", "negate") in pairs(own)
    assert own.acts[0].kind == "statement"
    asked = rules.analyse("You don't need an ambulance, do you?", Context())
    assert asked.act == "question"


def test_the_caller_told_they_are_safe_is_comforted_not_asked(understanding):
    told = understanding.analyse("You're safe upstairs now, Mrs Doyle, he can't reach you.",
                                 Context())
    assert "reassurance" in told.intent_ids()
    assert "caller_safe" not in told.intent_ids()
    asked = understanding.analyse("Are you safe upstairs, Mrs Doyle?", Context())
    assert "caller_safe" in asked.intent_ids()


def test_praise_and_sympathy_comfort_by_their_form(understanding):
    praised = understanding.analyse("You've been brilliant, Mrs Doyle, honestly.", Context())
    assert praised.act == "reassurance"
    assert "reassurance" in praised.intent_ids()
    assert SYMPATHY.search(spelled("that must have been so hard for you"))
    assert not SYMPATHY.search(spelled("it was hard to see the plate in the dark"))


def test_a_question_word_heading_what_is_said_tells() -> None:
    """"What you've told me is a hate crime" and "what we'll do is…" tell (a question word
    with a pronoun straight after it, heading the subject of "is"); "what have you told me"
    and a clipped "how you feeling" still ask."""
    from scoring.text import is_question

    assert not is_question("Okay, so what you've described to me is harassment.")
    assert not is_question("what we're going to do is get an officer to ring you")
    assert is_question("what have you told the neighbours")
    assert is_question("how you feeling now")
    assert is_question("What you've told me is a hate crime?")  # typed as a question


def test_how_frankly_it_is_said_says_nothing(understanding):
    assert core_of("To be honest with you,") == ""
    assert core_of("I'll be honest with you") == ""
    assert core_of("if I'm frank") == ""
    assert core_of("to be honest with you we can't") == "to be honest with you we can't"
    heard = understanding.analyse("I'll be honest with you, nobody will be apologising for "
                                  "the queue on 101.", Context())
    assert "next_steps" not in heard.intent_ids()


def test_holding_on_the_line_is_staying_on_it(understanding):
    asked = understanding.analyse("Can you hang on the line for me, Mrs Ahmed?", Context())
    assert pairs(asked) == {("stay_on_line", "affirm")}
    lifted = understanding.analyse("There's no need to keep holding on the line now.",
                                   Context())
    assert pairs(lifted) == {("stay_on_line", "negate")}


def test_the_handlers_own_need_is_no_advice(understanding):
    heard = understanding.analyse("Sorry, but there's nothing more we can do tonight.",
                                  Context())
    assert heard.intent_ids() == ()
    lifted = understanding.analyse("You can ring off now, there's nothing else I need.",
                                   Context())
    assert pairs(lifted) == {("stay_on_line", "negate")}


def test_a_detail_asked_after_and_is_a_question_of_its_own(understanding):
    from scoring.intents import clauses
    assert clauses("Is there a number I can reach you on, and your surname?") == [
        "Is there a number I can reach you on", "your surname"]
    assert len(clauses("Keep hold of the lead and your dog.")) == 1  # asks nothing
    heard = understanding.analyse("Is there a number I can reach you on, and your surname?",
                                  Context())
    assert {"callback_number", "caller_name"} <= set(heard.intent_ids())
