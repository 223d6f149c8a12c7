"""The caller answers what was asked, or says it doesn't know: a question is never agreed
to, a fact answers only when it speaks of what was asked (a third person's landlord, a
bike's frame number, how long someone has lived somewhere), and a whole question in the
recogniser's words is not known rather than misheard. The turn's analysis is written out so
the caller's own choice is what is tested."""

from __future__ import annotations

from scoring.understanding import Act, TurnAnalysis
from simulator.caller_lines import their_one_asked

from .conftest import caller_for
from .written_analysis import read, revealed, turn


def test_a_question_word_read_as_a_read_back_is_not_agreed_to():
    c = caller_for("missing-person-vulnerable")
    said = "whats the name of her GP surgery"
    replies = c.respond_to(turn(said, read("confirm_details", said, act="readback",
                                           confidence=0.96), act="readback"), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not "Right. Okay, I'll do that."


def test_a_question_read_faintly_as_the_reference_needs_a_fact_that_speaks_of_it():
    said = "Do you have the frame number for the bike?"
    c = caller_for("complaint-service-recovery")
    replies = c.respond_to(turn(said, read("reference_number", said.rstrip("?"),
                                           subject="vehicle", confidence=0.77)), 3)
    assert "crime_ref" not in revealed(replies)
    assert [r.kind for r in replies] == ["dont_know"]
    said = "Do you have the crime reference number?"
    c = caller_for("complaint-service-recovery")
    replies = c.respond_to(turn(said, read("reference_number", said.rstrip("?"),
                                           confidence=0.77)), 3)
    assert "crime_ref" in revealed(replies)


def test_how_long_someone_named_has_done_something_is_not_how_long_it_went_on():
    said = "how long has Kyle lived there"
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(turn(said, read("relationship", said, subject="suspect",
                                           person="neighbour", confidence=0.87)), 3)
    assert "when" not in revealed(replies)
    said = "how long has it been going on for"
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(turn(said, read("when_happened", said)), 3)
    assert revealed(replies) == {"when"}


def test_who_a_third_persons_landlord_is_needs_a_fact_that_speaks_of_them():
    assert their_one_asked("do you know who his landlord is") == "landlord"
    assert their_one_asked("whats the name of her GP surgery") == "gp"
    assert their_one_asked("who is he") is None
    assert their_one_asked("who's her name") is None  # a detail, asked as such elsewhere
    said = "do you know who his landlord is"
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(turn(said, read("relationship", said, subject="suspect",
                                           person="neighbour", confidence=0.92)), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not "Like I said, Kyle."
    said = "do you know who he is"
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(turn(said, read("relationship", said, subject="suspect",
                                           person="neighbour", confidence=0.92)), 3)
    assert revealed(replies) == {"who"}


def test_a_whole_question_in_the_recognisers_words_is_not_known_not_misheard():
    said = "was the bike insured"
    c = caller_for("complaint-service-recovery")
    replies = c.respond_to(turn(said, read("property_taken", said, subject="vehicle",
                                           confidence=0.48)), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    # a sentence started again, or one cut off, is still asked again
    for said in ("what was we yeah the bass", "is the front door locked or"):
        c = caller_for("neighbour-noise-asb")
        replies = c.respond_to(turn(said, read("what_happened", said, confidence=0.48)), 3)
        assert [r.kind for r in replies] == ["clarify"], said


def test_a_whole_raw_question_read_as_a_read_back_is_not_known():
    said = "is number 21 a council house or private"
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(turn(said, read("confirm_details", said, act="readback",
                                           confidence=0.95), act="readback"), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not "You what?"


def test_a_faint_question_about_that_takes_up_what_only_the_last_answer_said():
    c = caller_for("interpreter-caller")
    said = "Ask him if the neighbours have any cameras"  # (through the interpreter)
    first = c.respond_to(turn(said, read("witnesses_cctv", said)), 3)
    assert revealed(first) == {"cctv"}
    said = "whose camera is that"
    replies = c.respond_to(turn(said, read("vehicle_description", said, subject="vehicle",
                                           confidence=0.54)), 8)
    assert revealed(replies) == {"cctv"}  # not the car's description
    # read surely, the question is taken as read
    c = caller_for("interpreter-caller")
    said = "Ask him if the neighbours have any cameras"
    assert revealed(c.respond_to(turn(said, read("witnesses_cctv", said)), 3)) == {"cctv"}
    said = "whose car is that"
    replies = c.respond_to(turn(said, read("vehicle_description", said, subject="vehicle",
                                           confidence=0.95)), 8)
    assert "cctv" not in revealed(replies)


def test_whether_someone_gave_the_caller_a_reference_is_not_taking_one_down():
    said = "did they give you a reference number"
    c = caller_for("burglary-next-morning")  # its reference fact: "let me get a pen"
    replies = c.respond_to(turn(said, read("reference_number", said, subject="witness",
                                           confidence=0.98)), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    c = caller_for("complaint-schedule-3")  # its reference fact: "It says SS-26-11-0417"
    replies = c.respond_to(turn(said, read("reference_number", said, confidence=0.98)), 3)
    assert revealed(replies) == {"slip"}
    said = "have you got a pen handy"  # the caller taking one down, asked
    c = caller_for("burglary-next-morning")
    replies = c.respond_to(turn(said, read("reference_number", said, confidence=0.98)), 3)
    assert revealed(replies) == {"reference"}


def test_a_question_nothing_read_in_beside_one_answered_is_not_known():
    said = "is it raining there, is the road wet"
    c = caller_for("road-collision-injury")
    analysis = TurnAnalysis(text=said, acts=(Act("question", "is it raining there"),
                                             Act("question", "is the road wet")),
                            intents=(read("road_hazards", "is the road wet", confidence=0.94),))
    kinds = [r.kind for r in c.respond_to(analysis, 3)]
    assert "dont_know" in kinds and "answer" in kinds
    # a turn whose every question is read gets no "I don't know" on top
    c = caller_for("road-collision-injury")
    analysis = TurnAnalysis(text="is the road wet", acts=(Act("question", "is the road wet"),),
                            intents=(read("road_hazards", "is the road wet", confidence=0.94),))
    assert "dont_know" not in [r.kind for r in c.respond_to(analysis, 3)]
