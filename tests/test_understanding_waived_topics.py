"""What a waiver waives, named (session 12): a topic that unpunctuated speech runs on past,
a reported question cut off from its telling, the whole account told again, a child asked
after, the silent solution's own act told apart from speaking, and a deed waived named as
the advice it is. The turns are new
wording, not lines of any blind set."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context
from scoring.understanding.deeds import deed_of, room_advice
from scoring.understanding.polarity import polarity
from scoring.understanding.waivers import waiver

from .conftest import pairs


def _topic(text: str) -> str:
    found = waiver(text)
    assert found is not None, text
    return found.topic


def test_the_topic_ends_where_speech_runs_on_into_another_clause():
    # the caller addressed, then more said
    assert _topic("dont bother with his surname mate we can get that later") == "his surname"
    # an order after it
    assert _topic("no need to give me her mobile now just ask her to ring us") == \
        "her mobile"
    # a new subject and its verb
    assert _topic("you dont have to list the other visits i can see them here") == \
        "the other visits"
    assert _topic("no need to tell me who you rang first you've told me that") == \
        "who you rang first"
    # (a reported question keeps its own subject and verb, however far on)
    assert _topic("no need to tell me how far away she is") == "how far away she is"
    assert _topic("you needn't tell me which road they took") == "which road they took"
    # a name said after the time
    assert _topic("never mind the bike for now gemma i need you to stay inside") == "the bike"
    # a spell of time is no part of the topic
    assert _topic("forget the weather for a second") == "the weather"


def test_a_detail_left_for_a_while_is_put_aside(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    assert _topic("You could leave her age for now") == "her age"
    assert _topic("Let's park his name for a minute") == "his name"
    assert ("date_of_birth", "negate") in heard("You can leave her age for now, it's on the "
                                                 "record.")


def test_a_reported_question_stays_with_the_telling_waived():
    # one clause: the question is said not to be needed, not put
    assert len(clauses("no need to go back over what happened on the saturday")) == 1
    assert len(clauses("i wont ask you what happened just keep the door shut")) == 1
    assert len(clauses("you dont have to go through what was taken again")) == 1
    # (a question put after a telling asked for still splits)
    assert len(clauses("tell me what happened where are you now")) == 2


def test_a_waived_telling_and_the_order_after_it(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    told = heard("no need to go back over what happened on the saturday")
    assert ("what_happened", "negate") in told and ("what_happened", "affirm") not in told
    ordered = heard("i wont ask you what happened just keep the door shut")
    assert ("what_happened", "negate") in ordered
    assert ("safety_advice", "affirm") in ordered


def test_the_whole_account_told_again_is_what_happened(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    assert ("what_happened", "negate") in heard("you neednt go over it all again, ive read "
                                                "the notes")
    assert ("what_happened", "negate") in heard("No need for me to take the full story "
                                                "again, it's written down.")
    # (with something named before, the pronoun is that: the address)
    assert ("location", "negate") in heard("I've got your address so you needn't go through "
                                           "it all again")


def test_a_child_asked_after_is_whether_children_are_there(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    assert ("children_present", "negate") in heard("You don't need to tell me about the "
                                                   "children, you said they're at school.")
    assert ("children_present", "negate") in heard("I won't ask about his little sister "
                                                   "again.")
    assert ("children_present", "negate") in heard("I needn't ask who's home, you've told me.")
    # a detail of the child is that detail
    aged = heard("no need to tell me his little sister's age")
    assert ("date_of_birth", "negate") in aged and ("children_present", "negate") not in aged


def test_speaking_is_what_the_silent_solution_spares():
    # the speaking waived, the tap asked for (unpunctuated, no "just")
    assert polarity("silent_solution", "you dont need to say anything tap once for yes",
                    False) == "affirm"
    # the tapping waived, only listening asked for
    assert polarity("silent_solution", "no need to press anything mate just listen to me",
                    False) == "negate"
    # speaking permitted lifts it
    assert polarity("silent_solution", "you can talk now, the officers are with you",
                    False) == "negate"
    # a need denied before, said again
    assert polarity("silent_solution", "I told you earlier you didn't need to tap any more",
                    False) == "negate"


def test_a_new_order_after_a_need_denied_is_not_needless(understanding):
    said = set(pairs(understanding.analyse("you don't have to say a word, just tap twice if "
                                           "he's there", Context())))
    assert ("silent_solution", "affirm") in said
    assert ("silent_solution", "negate") not in said


def test_not_worth_it_weighs_the_risk_and_lifts_nothing():
    assert polarity("safety_advice", "its not worth it stay inside", False) == "affirm"
    assert polarity("safety_advice", "stay in the house love, honestly it isn't worth it",
                    False) == "affirm"
    # a need denied with "not worth" still is one
    assert polarity("signpost", "it's not worth you ringing the council", False) == "negate"


def test_a_deed_waived_or_allowed_is_read_as_the_deed():
    assert deed_of("No need to shut yourself in the loo any more") == \
        "shut yourself in the loo any more"
    assert deed_of("you can keep the kids in the lounge if you like") == \
        "keep the kids in the lounge if you like"
    # a thing done, excused, is no deed
    assert deed_of("It doesn't matter that you moved the bin") == ""
    assert deed_of("Tell me where the car is") == ""


def test_a_room_and_the_people_in_it():
    # the room kept shut or clear of people, or people let back in: the scene
    assert room_advice("keep the spare room sealed off now") == "scene_preservation"
    assert room_advice("keep everybody out of the conservatory") == "scene_preservation"
    assert room_advice("let the family back into the dining room") == "scene_preservation"
    # people kept in a room, or shut in it: kept safe
    assert room_advice("keep the children in the bedroom now") == "safety_advice"
    assert room_advice("stay locked in the bathroom") == "safety_advice"
    assert room_advice("lock yourself in") == "safety_advice"
    assert room_advice("put the kettle on") is None


def test_the_advice_a_waived_deed_lifts(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    shut_in = heard("No need to shut yourself in the loo any more, they've gone.")
    assert ("safety_advice", "negate") in shut_in
    assert ("caller_safe", "negate") not in shut_in
    assert ("scene_preservation", "negate") in heard("you can let the family back into the "
                                                     "dining room now")
    assert ("scene_preservation", "negate") in heard("there's no need to keep the spare room "
                                                     "sealed off now")
    kids = heard("you dont have to keep the kids in the bedroom now officers are outside")
    assert ("safety_advice", "negate") in kids and ("scene_preservation", "negate") not in kids


def test_what_follows_a_waived_question_does_not_ask_it_again(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    reason = heard("I won't need the lad's date of birth, the school will have it.")
    assert ("date_of_birth", "negate") in reason
    assert ("date_of_birth", "affirm") not in reason
    # (after a question put, a bare follow-on still asks it again, about whom it names)
    assert ("anyone_injured", "affirm") in heard("Is anyone hurt? And the kids?")


def test_a_need_hedged_or_a_thing_not_wanted_is_not_needed():
    assert polarity("signpost", "I don't think you need to phone the housing office yourself",
                    False) == "negate"
    assert polarity("vehicle_description", "We're not after a description of the van",
                    False) == "negate"
    found = waiver("I'm not after her mobile number, we have it")
    assert found is not None and found.topic == "her mobile number"


def test_the_word_of_apology_withheld_is_no_apology():
    assert polarity("apology", "I'm not saying sorry for the search", False) == "negate"
    assert polarity("apology", "that's not an apology we can make", False) == "negate"
    # an apology declined is no telling waived
    assert waiver("We won't be saying sorry for the stop") is None


def test_a_going_over_spared_keeps_its_reported_question():
    assert len(clauses("i won't make you go through what was taken again")) == 1


def test_a_modal_and_its_auxiliary_are_no_tag():
    from scoring.understanding.polarity import is_tag_question

    assert not is_tag_question("forget the reg for now, the bus camera may have it")
    assert not is_tag_question("the garage should have it")
    assert is_tag_question("they'd gone by then, had they")


def test_a_question_meant_then_let_go_after_the_callers_name(understanding):
    said = set(pairs(understanding.analyse(
        "I was about to ask for her date of birth, Sue, but there's no need now.", Context())))
    assert ("date_of_birth", "negate") in said and ("date_of_birth", "affirm") not in said


def test_no_hurry_to_do_a_thing_says_it_is_not_needed():
    assert polarity("crime_prevention", "There's no hurry to get the alarm fitted this week",
                    False) == "negate"
    assert polarity("crime_prevention", "I'd probably not rush out for a new shed lock today",
                    False) == "negate"
    # "no rush" alone comforts; the advice given with it stands
    assert polarity("stay_on_line", "no rush, just stay on the line with me", False) == "affirm"


def test_a_reported_question_with_its_verb_ends_before_the_next_clause():
    assert _topic("no need to ask who is in i can hear them all") == "who is in"
    assert _topic("you needn't find a receipt or anything, Mr Dunn, the make will do") == \
        "a receipt"


def test_a_denied_verb_with_its_object_denies_nothing_after_it():
    from scoring.understanding.polarity import denied

    def _denied(text: str, words: str) -> bool:
        at = text.index(words)
        return denied(text, at, at + len(words))

    # unpunctuated: "say anything" is whole, so the taps are set up, not waived
    assert not _denied("you dont need to say anything cough once if hes still there",
                       "cough once")
    assert not _denied("theres no need to do a thing press twice for no", "press twice")
    # the taps themselves said not to be needed are still denied
    assert _denied("you dont need to cough once for me", "cough once")
