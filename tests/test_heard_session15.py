"""Session 15: labelled intents not heard, and turns heard as a neighbouring intent.
One test a cause found across development authors, in new wording (not lines of any blind
or training set): the rule alone where it decides, the whole reader where the turn's
readings do."""

from __future__ import annotations

from scoring.understanding import Context, Understanding, readbacks
from scoring.understanding.analysis import IntentReading
from scoring.understanding.asked_in_topic import question_in_topic
from scoring.understanding.clause_form import announces_read_back
from scoring.understanding.failings import failings_apologised_for, tells_a_failing
from scoring.understanding.left_out import left_out
from scoring.understanding.occasions import earlier_occasion


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


def reading(intent: str, clause: str) -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity="affirm", subject="caller",
                         clause=clause, phrase="(test)", score=0.9)


# --- a waived question named by how it is asked --------------------------------------------


def test_the_asking_words_of_a_waived_topic_name_its_question() -> None:
    assert question_in_topic("how old the woman from the flat above is") == "date_of_birth"
    assert question_in_topic("exactly how old she is") == "date_of_birth"
    assert question_in_topic("how the bikes were taken") == "what_happened"
    assert question_in_topic("what went on outside the chip shop") == "what_happened"
    assert question_in_topic("how they got in") == "entry_point"
    assert question_in_topic("the precise time") == "when_happened"
    assert question_in_topic("the whole break in") == "what_happened"
    assert question_in_topic("the collision") == "what_happened"


def test_the_event_gone_over_is_the_account(understanding: Understanding) -> None:
    heard = read(understanding, "You won't need to go back over the robbery, mate, I've "
                                "got it from the officer.")
    assert ("what_happened", "negate") in heard


def test_a_topic_with_no_asking_words_names_nothing_by_them() -> None:
    assert question_in_topic("the date of birth") is None
    assert question_in_topic("the dates you rang us") is None  # (whose dates, the matcher)
    assert question_in_topic("his name") is None
    assert question_in_topic("who was with him") is None  # (the matcher says which)
    assert question_in_topic("old receipts") is None
    assert question_in_topic("the accident report number") is None  # a number, not the event
    assert question_in_topic("what the van looked like") is None  # (whose, the matcher says)


def test_an_age_waived_is_the_date_of_birth(understanding: Understanding) -> None:
    heard = read(understanding, "You needn't tell me how old the man from number 9 is.")
    assert ("date_of_birth", "negate") in heard
    assert not any(i == "suspect_description" for i, _ in heard)


def test_how_it_happened_waived_is_the_account(understanding: Understanding) -> None:
    heard = read(understanding, "No need to go over how the tools were taken again, "
                                "it's on the crime report.")
    assert ("what_happened", "negate") in heard
    assert not any(i == "property_taken" for i, _ in heard)


# --- what an apology is for is no step said ------------------------------------------------


def test_a_failing_told_is_told_by_its_past() -> None:
    assert tells_a_failing("and nobody's been back since")
    assert tells_a_failing("no one ever rang you")
    assert not tells_a_failing("nobody's coming out tonight")  # what will not happen
    assert not tells_a_failing("someone will come out tomorrow")


def test_a_failing_carries_no_step_only_in_an_apology() -> None:
    failing = reading("next_steps", "and nobody has come round")
    sorry = reading("apology", "I'm so sorry you've waited a week")
    assert failings_apologised_for([sorry, failing]) == [sorry]
    assert failings_apologised_for([failing]) == [failing]  # no apology: left as read


def test_the_whole_reader_hears_the_apology_alone(understanding: Understanding) -> None:
    heard = read(understanding, "I'm sorry you've called three times and nobody's come round.")
    assert ("apology", "affirm") in heard
    assert not any(i == "next_steps" for i, _ in heard)
    # a visit still promised after the apology is a step
    promised = read(understanding, "I'm sorry you've waited, an officer will come round today.")
    assert ("next_steps", "affirm") in promised


# --- wording the library lacked ------------------------------------------------------------


def test_tapping_asked_and_stopped_is_the_silent_solution(understanding: Understanding) -> None:
    assert ("silent_solution", "affirm") in read(
        understanding, "If you can hear me, give the phone two taps.")
    assert ("silent_solution", "negate") in read(
        understanding, "you can stop pressing the keys now love")


def test_a_message_read_out_is_what_was_threatened(understanding: Understanding) -> None:
    assert ("threats_made", "affirm") in read(understanding,
                                              "Could you read me the message he sent?")


def test_footage_on_a_phone_is_the_witnesses_question(understanding: Understanding) -> None:
    assert ("witnesses_cctv", "affirm") in read(understanding,
                                                "Is the clip still saved on your phone?")
    assert ("witnesses_cctv", "negate") in read(
        understanding, "never mind your sister's phone video for now")


# --- a detail the caller may leave out -----------------------------------------------------


def test_a_detail_let_off_is_a_waiver_by_leave() -> None:
    found = left_out("Feel free to leave your middle name out")
    assert found is not None and found.topic == "your middle name" and found.left
    assert left_out("just leave the house number off if you like") is not None
    assert left_out("leave the porch light on") is None  # a state, no "out" or "off"
    assert left_out("leave the bins out on Thursday") is None  # more said after it


def test_a_detail_left_out_waives_its_question(understanding: Understanding) -> None:
    assert ("location", "negate") in read(understanding,
                                          "You can leave the postcode off, the street will do.")
    heard = read(understanding, "Just leave his date of birth out if you'd prefer.")
    assert ("date_of_birth", "negate") in heard


def test_a_detail_let_off_is_told_to_the_caller(understanding: Understanding) -> None:
    # the caller's leave to give less: an instruction; the handler's own, a statement
    assert understanding.analyse("you can leave the flat number off if you'd prefer",
                                 Context()).act == "instruction"
    assert understanding.analyse("we can leave her date of birth out",
                                 Context()).act == "statement"


def test_a_thing_left_off_is_still_advice(understanding: Understanding) -> None:
    heard = read(understanding, "Leave the lights off in the front room.")
    assert not any(p == "negate" for _, p in heard)


# --- an earlier month asked about ----------------------------------------------------------


def test_anything_about_a_month_before_is_the_history() -> None:
    assert earlier_occasion(" anything about october ")
    assert earlier_occasion(" all about june ")
    assert not earlier_occasion(" anything about the car ")


def test_nothing_asked_about_a_month_waives_the_history(understanding: Understanding) -> None:
    assert ("previous_incidents", "negate") in read(
        understanding, "I won't ask you anything about February just now.")


# --- a read-back announced -----------------------------------------------------------------


def test_a_read_back_announced_is_told_by_its_form() -> None:
    assert announces_read_back("Right, I'll just read that back to you")
    assert announces_read_back("let me read it all back")
    assert not announces_read_back("I won't read it all back")  # declined
    assert not announces_read_back("I'll ring you back in ten minutes")


def test_a_read_back_announced_is_no_step_promised(understanding: Understanding) -> None:
    analysis = understanding.analyse("I'll read that back to you: 18 Elm Walk, LS6 2PQ.",
                                     Context())
    assert analysis.act == "readback"
    assert not any(r.intent == "next_steps" for r in analysis.intents)


# --- a road's number is no registration ----------------------------------------------------


def test_a_road_and_the_word_after_it_is_no_registration() -> None:
    assert readbacks.find("whereabouts on the M62 are you", None) == []
    assert readbacks.find("which part of the A38 and which way", None) == []
    # a registration of the old shape still is one
    assert [b.kind for b in readbacks.find("so it's C241 KLM, is that right", None)] == [
        "registration"]


def test_a_question_of_where_on_a_road_reads_nothing_back(
        understanding: Understanding) -> None:
    heard = read(understanding, "Could you tell me whereabouts on the M62 you are?")
    assert ("location", "affirm") in heard
    assert not any(i == "confirm_details" for i, _ in heard)
