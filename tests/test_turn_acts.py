"""Forms of English that decide a turn's act (docs/understanding-definitions.md), found on
the v6 development set and checked on every other development set; one test each, in new
wording (not lines of any blind or training set). The rules are tested on their own, with
the intents they are given, so the learnt second opinion does not hide them."""

from __future__ import annotations

from scoring.understanding.acts import act_of
from scoring.understanding.analysis import Act, IntentReading, Polarity, TurnAnalysis


def heard(intent: str, clause: str, polarity: Polarity = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity=polarity, subject="caller",
                         clause=clause, phrase="(test)", score=0.9)


def test_a_verb_after_a_subject_or_modal_is_no_imperative():
    # "go", "do not" are imperatives only with no subject before them
    assert act_of("so it may go a bit quiet while I search", [], False) == "statement"
    assert act_of("they might keep you waiting a while", [], False) == "statement"
    assert act_of("so go and sit somewhere warm", [], False) == "instruction"
    assert act_of("I think you can go now", [], False) == "instruction"


def test_the_handlers_own_need_waived_is_a_statement():
    clause = "we don't need to go over the timings again"
    assert act_of(clause, [heard("when_happened", clause, "negate")], False) == "statement"
    clause = "there's no need to ask who else was at the party"
    assert act_of(clause, [heard("what_happened", clause, "negate")], False) == "statement"
    assert act_of("there's no need for me to take your address", [], False) == "statement"
    # the caller's part waived is still a permission: an instruction
    clause = "there's no need for your daughter to come down to the station"
    assert act_of(clause, [], False) == "instruction"
    clause = "I don't need you to keep the kitchen as it is"
    assert act_of(clause, [heard("scene_preservation", clause, "negate")],
                  False) == "instruction"


def test_an_earlier_request_said_to_stand_tells_them_again():
    clause = "this morning I asked you not to move the bike"
    assert act_of(clause, [heard("scene_preservation", clause)], False) == "instruction"


def test_a_question_behind_an_opening_apology_asks():
    assert act_of("Sorry, could you repeat the last bit", [], False) == "question"
    assert act_of("sorry I've just been handed a note", [], False) == "statement"


def test_the_one_detail_still_wanted_is_asked():
    clause = "only your surname"
    assert act_of(clause, [heard("caller_name", clause)], False) == "question"


def test_what_someone_will_do_next_is_a_promise():
    clause = "the locksmith will be round after lunch"
    assert act_of(clause, [heard("next_steps", clause)], False) == "promise"
    clause = "nobody will be calling round tonight"
    assert act_of(clause, [heard("next_steps", clause, "negate")], False) != "promise"


def test_what_the_handler_would_do_in_their_place_advises():
    clause = "I wouldn't bother with the housing office tonight"
    assert act_of(clause, [heard("signpost", clause, "negate")], False) == "instruction"
    clause = "I'd ring the landlord in the morning"
    assert act_of(clause, [], False) == "instruction"


def test_lifting_blame_comforts():
    assert act_of("no one will think you were silly to ring", [], False) == "reassurance"
    assert act_of("you've done nothing wrong at all", [], False) == "reassurance"
    # a refusal is still no comfort
    assert act_of("we won't be sending anyone tonight", [], False) == "statement"


def test_a_question_word_asking_about_a_value_named_is_a_question():
    clause = "which side of the M6 did it happen on"
    readings = [heard("location", clause), heard("confirm_details", clause)]
    assert act_of(clause, readings, True) == "question"
    assert act_of("so that's the M6 northbound", [heard("confirm_details", "")],
                  True) == "readback"


def test_praise_cut_from_its_you_by_speech_comforts():
    assert act_of("did the right thing telling us", [], False) == "reassurance"
    assert act_of("did the right thing happen?", [], False) == "question"


def test_told_not_to_trouble_with_a_thing_is_an_instruction():
    assert act_of("don't worry about taking the number down", [], False) == "instruction"
    assert act_of("don't worry, we'll sort it", [], False) == "reassurance"
    assert act_of("I won't bother reading the list back", [], False) == "statement"


def test_a_refusal_set_against_a_promise_is_the_promise():
    text = "I can't promise an arrest, but I'll have an officer call you tomorrow."
    turn = TurnAnalysis(text=text, acts=(Act("statement", "I can't promise an arrest"),
                                         Act("promise", "I'll have an officer call you "
                                             "tomorrow")))
    assert turn.act == "promise"
    text = "We won't need your number. I'll have an officer call you tomorrow."
    turn = TurnAnalysis(text=text, acts=(Act("statement", "We won't need your number"),
                                         Act("promise", "I'll have an officer call you "
                                             "tomorrow")))
    assert turn.act == "statement"


def test_a_refusal_set_against_telling_them_is_the_instruction():
    text = "I'm not going to ask you to keep off the lawn, you can walk on it now."
    turn = TurnAnalysis(text=text, acts=(Act("statement", "I'm not going to ask you to keep "
                                             "off the lawn"),
                                         Act("instruction", "you can walk on it now")))
    assert turn.act == "instruction"
    # a clause that says what is so ("you don't qualify") tells them nothing
    assert act_of("you don't qualify for a visit", [], False) == "statement"
    assert act_of("you needn't wait in", [], False) == "instruction"


def test_a_reference_the_caller_holds_said_back_is_a_read_back():
    assert act_of("MK-31-20455", [], False) == "readback"
    clause = "so the number on your letter is MK 31 20455"
    assert act_of(clause, [heard("reference_number", clause)], False) == "readback"
    # one given to them is no read-back
    clause = "your incident number is MK-31-20455"
    assert act_of(clause, [heard("reference_number", clause)], False) != "readback"


def test_a_question_reported_or_a_place_said_asks_nothing():
    assert act_of("how tired you are", [], False) == "statement"
    assert act_of("how tired are you", [], False) == "question"
    assert act_of("the paramedics are there", [], False) == "statement"
    assert act_of("there aren't any more, are there", [], False) == "question"


def test_a_time_clause_or_have_a_opening_asks_nothing():
    assert act_of("when you get back to the flat", [], False) != "question"
    assert act_of("when did you get back to the flat", [], False) == "question"
    assert act_of("have a look round the garden", [], False) != "question"
    assert act_of("have you had a look round the garden", [], False) == "question"
