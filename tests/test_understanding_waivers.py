"""A question waived (`scoring.understanding.waivers`): the waiver's forms, the topic cut out
of them, and the question it names read negated. The turns are new wording, not lines of
any blind set."""

from __future__ import annotations

from scoring.understanding import Context, IntentReading
from scoring.understanding.polarity import carried_through
from scoring.understanding.waivers import parts_of, waiver

from .conftest import pairs


def test_the_topic_follows_a_verb_of_telling_in_any_form():
    told = waiver("you needn't spell your street name again")
    assert told is not None and told.told and told.topic == "your street name"
    found = waiver("Honestly, you don't have to explain where the van was parked")
    assert found is not None and found.told and found.topic == "where the van was parked"
    gerund = waiver("Don't worry about listing what's gone from the shed")
    assert gerund is not None and gerund.told and gerund.worry
    assert gerund.topic == "what is gone from the shed"


def test_a_detail_put_aside_or_not_asked_is_waived():
    assert waiver("Forget his phone number for the time being").topic.startswith(
        "his phone number")
    declined = waiver("I'm not going to be asking you for her middle name")
    assert declined is not None and declined.topic == "her middle name"
    pointless = waiver("There's no point us asking which way they ran off")
    assert pointless is not None and pointless.topic == "which way they ran off"
    handler = waiver("We shan't need the colour of the bike")
    assert handler is not None and handler.topic == "the colour of the bike"


def test_a_pronoun_takes_what_was_said_before_it():
    found = waiver("I've already noted his age, so no need to repeat it")
    assert found is not None and found.topic == ""
    assert found.before.startswith("i have already noted his age")


def test_a_deed_waived_is_no_question():
    assert waiver("You don't need to buy a new padlock") is None
    assert waiver("There's no need to move out of the bedroom") is None
    assert waiver("You don't have to get a camera fitted") is None
    assert waiver("Don't worry about fixing the fence tonight") is None
    assert waiver("Where do you need us to send them?") is None


def test_a_list_is_matched_part_by_part_without_its_vague_tail():
    assert parts_of("her address or phone number") == ["her address", "phone number"]
    found = waiver("You don't need to tell me his shoe size or anything like that")
    assert found is not None and found.topic == "his shoe size"


def test_the_question_waived_is_read_negated(understanding):
    reading = pairs(understanding.analyse(
        "Don't bother giving me your postcode, the satnav has found you.", Context()))
    assert ("location", "negate") in reading and ("location", "affirm") not in reading
    aged = pairs(understanding.analyse("No need to say what age the lad is.", Context()))
    assert aged == {("date_of_birth", "negate")}
    plate = pairs(understanding.analyse("Never mind the registration for now.", Context()))
    assert plate == {("vehicle_description", "negate")}


def test_a_waiver_said_to_the_caller_tells_and_the_handlers_own_states(understanding):
    told = understanding.analyse("Don't worry about describing the lorry driver.", Context())
    assert told.act == "instruction"
    own = understanding.analyse("I won't be asking you where he works.", Context())
    assert own.act == "statement"
    assert ("relationship", "affirm") not in pairs(own)


def test_a_leave_said_again_and_a_deed_joined_on_follow_the_first(understanding):
    def read(clause: str, polarity: str) -> IntentReading:
        return IntentReading(intent="safety_advice", confidence=0.9, polarity=polarity,
                             subject="caller", clause=clause, phrase="", score=0.6)

    leave = ["so you're fine to nip downstairs", "have a look at the car if you like"]
    again = carried_through([read(leave[0], "negate"), read(leave[1], "affirm")], leave)
    assert [r.polarity for r in again] == ["negate", "negate"]
    # told not to, then told something else: no leave to follow
    told = ["you're fine to nip downstairs", "don't open the door though"]
    kept = carried_through([read(told[0], "negate"), read(told[1], "affirm")], told)
    assert [r.polarity for r in kept] == ["negate", "affirm"]
    joined = pairs(understanding.analyse(
        "There's no need to dash round and fit a new lock this evening.", Context()))
    assert ("crime_prevention", "affirm") not in joined
    clearing = pairs(understanding.analyse(
        "When the forensics team are done you can get clearing up.", Context()))
    assert ("scene_preservation", "negate") in clearing


def test_a_reason_may_speak_of_what_is_the_callers():
    from scoring.understanding.polarity import is_reason

    assert is_reason("they never touched your back door")
    assert is_reason("right, Mrs Okafor, the dog unit has finished with the garden")
    assert not is_reason("you never know with these people")


def test_a_farewell_after_a_leave_leaves_the_leave(understanding):
    from scoring.understanding.clause_form import core_of

    assert core_of("Right, you can ring off now thanks bye") == "you can ring off now"
    assert core_of("Cheers, watch how you go bye") == "watch how you go bye"
    leave = pairs(understanding.analyse("Right, no need to hold on, take care, bye bye.",
                                        Context()))
    assert ("stay_on_line", "negate") in leave


def test_no_reason_for_you_to_is_no_need(understanding):
    from scoring.understanding.polarity import polarity

    assert polarity("stay_on_line", "There's no reason for you to hang on any longer",
                    False) == "negate"
    assert polarity("stay_on_line", "you go and see to your little girl", False) == "negate"


def test_a_leave_said_alone_lifts_the_condition_before_it():
    from scoring.understanding.polarity import carried_through

    said = ["If you want to ring off to let the dog out", "that's no problem at all"]
    reading = IntentReading(intent="stay_on_line", confidence=0.9, polarity="affirm",
                            subject="caller", clause=said[0], phrase="", score=0.6)
    assert [r.polarity for r in carried_through([reading], said)] == ["negate"]
    # a condition with no leave after it stays a condition on the advice
    alone = ["If you want to ring off to let the dog out", "ring us straight back"]
    assert [r.polarity for r in carried_through([reading], alone)] == ["affirm"]


def test_a_waived_telling_keeps_the_question_it_reports():
    from scoring.intents import clauses

    assert clauses("you dont need to tell me where she works") == [
        "you dont need to tell me where she works"]
    # asked, the question is its own clause as before
    assert clauses("can you tell me how old he is") == ["can you tell me", "how old he is"]


def test_the_handlers_own_need_then_an_order_tells(understanding):
    turn = understanding.analyse("I don't need your postcode, just keep the line open for me.",
                                 Context())
    assert turn.act == "instruction"
    alone = understanding.analyse("You don't have to spell his surname for me, Rita.",
                                  Context())
    assert alone.act == "instruction"


def test_the_reason_a_thing_is_not_needed_comforts_no_one(understanding):
    reason = pairs(understanding.analyse(
        "There's no need to ring the hospital too, we're handling that side.", Context()))
    assert ("reassurance", "affirm") not in reason
    comfort = pairs(understanding.analyse(
        "There's no need to ring the hospital too, don't worry, they're looking after him.",
        Context()))
    assert ("reassurance", "affirm") in comfort


def test_a_pronoun_waived_names_what_the_clause_before_held(understanding):
    assert waiver("so we don't need that from you").topic == ""
    held = pairs(understanding.analyse(
        "The system's given me your mobile number, so I won't need it off you.", Context()))
    assert ("callback_number", "negate") in held
    assert ("callback_number", "affirm") not in held


def test_a_read_back_then_a_leave_is_a_read_back(understanding):
    turn = understanding.analyse("So that's 07700 900314, and you can ring off now.", Context())
    assert turn.act == "readback"


def test_a_participle_after_and_carries_on_the_question():
    from scoring.intents import clauses

    assert len(clauses("Is he conscious and answering you?")) == 1
    assert len(clauses("Is he conscious, and is he answering you?")) == 2
    assert len(clauses("Keep the door locked and keep talking to me")) == 2


def test_what_the_caller_need_not_do_is_an_instruction_whatever_follows(understanding):
    turn = understanding.analyse(
        "You won't need a crime number for this one, it's all on the same incident.",
        Context())
    assert turn.act == "instruction"


def test_someone_else_let_do_the_opposite_lifts_the_advice():
    from scoring.understanding.polarity import polarity

    assert polarity("scene_preservation",
                    "it's fine for your daughter to help you tidy the lounge", False) == "negate"
    assert polarity("scene_preservation",
                    "please don't let your daughter tidy the lounge yet", False) == "affirm"


def test_asking_whether_the_caller_can_answer_is_part_of_the_question():
    from scoring.intents import clauses

    assert len(clauses("Which way did he go, can you tell?")) == 1


def test_a_read_back_checked_with_a_tag_asks_nothing_new(understanding):
    checked = understanding.analyse("So that's 07700 900461, on Marsh Lane, yeah?", Context())
    assert checked.act == "readback"
    assert ("location", "affirm") not in pairs(checked)
    asked = understanding.analyse("So that's 07700 900461. Is anyone hurt?", Context())
    assert ("anyone_injured", "affirm") in pairs(asked)


def test_a_bare_sorry_after_the_callers_name_apologises_for_a_failure(understanding):
    turn = understanding.analyse("Mr Osei, I'm so sorry, nobody rang you back.", Context())
    assert ("apology", "affirm") in pairs(turn)
    assert ("reassurance", "affirm") not in pairs(turn)


def test_jotting_down_is_an_order(understanding):
    turn = understanding.analyse("jot this down its your log number 412", Context())
    assert turn.act == "instruction"


def test_a_question_put_after_a_waiver_is_still_asked(understanding):
    assert waiver("never mind which phone whats your postcode").topic == "which phone"
    turn = pairs(understanding.analyse("never mind which phone whats your postcode", Context()))
    assert ("location", "affirm") in turn


def test_comfort_said_outright_after_a_waiver_still_comforts(understanding):
    turn = pairs(understanding.analyse("No need to keep tapping, I can hear you, I'm still here.",
                                       Context()))
    assert ("reassurance", "affirm") in turn


def test_a_question_word_after_a_read_back_still_asks(understanding):
    turn = understanding.analyse("M25 clockwise by junction 9. How badly hurt is he?", Context())
    assert ("anyone_injured", "affirm") in pairs(turn)


def test_an_order_after_a_reason_not_worth_it_stays_an_order():
    said = ["tell her she mustn't go out to them it's not worth getting hurt over",
            "stay in the back bedroom"]
    reading = IntentReading(intent="safety_advice", confidence=0.9, polarity="affirm",
                            subject="caller", clause=said[1], phrase="", score=0.6)
    assert [r.polarity for r in carried_through([reading], said)] == ["affirm"]
