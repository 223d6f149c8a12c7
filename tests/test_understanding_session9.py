"""Forms found on the v8 sets once they became development material (session 9): a
question word's "'s" typed without its apostrophe, a run of speech with commas and no
sentence end, the handler clearing the line, a thing steered away from. The turns here are
new wording, not the sets' lines."""

from __future__ import annotations

import pytest

from scoring.homophones import repaired
from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import polarity
from simulator.library import meaning_matcher


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def test_a_question_words_s_without_its_apostrophe_is_put_back():
    assert repaired("whats the postcode there") == "what's the postcode there"
    assert repaired("wheres he gone now") == "where's he gone now"
    # a run of recognised speech is cut at the question it holds
    assert clauses("right thanks for holding whats the address your at") == [
        "right thanks for holding", "what's the address you're at"]


def test_speech_with_commas_and_no_sentence_end_is_cut_at_its_questions():
    assert clauses("when you mention the side gate is it still open, can anyone get in") == [
        "when you mention the side gate", "is it still open", "can anyone get in"]
    # a sentence end marks typed text: its clauses are left as written
    assert clauses("When you mention the side gate is it still open? Can anyone get in?") == [
        "When you mention the side gate is it still open", "Can anyone get in"]


def test_the_handler_clearing_the_line_is_the_opposite_of_keeping_it_open():
    assert polarity("stay_on_line", "I'll have to clear the line now", False) == "negate"
    assert polarity("stay_on_line", "don't clear the line, stay with me", False) == "affirm"


def test_a_thing_steered_away_from_is_not_done():
    assert polarity("complaint_recording", "a chat with his inspector is simpler than a "
                    "formal complaint", False) == "negate"
    assert polarity("apology", "I'll explain what happened rather than apologise", False) \
        == "negate"
    assert polarity("complaint_recording", "I'll record that as a formal complaint",
                    False) == "affirm"


def test_a_relayed_question_is_no_advice():
    from scoring.understanding.clause_form import carried
    assert not carried("safety_advice", "could you ask her to tell me", asking=True,
                       first=True, read_back=False)
    assert carried("safety_advice", "ask her to stay in the bedroom", asking=False,
                   first=True, read_back=False)


def test_a_detail_not_required_or_not_looked_for_is_waived():
    from scoring.understanding.waivers import waiver
    found = waiver(" you will not be required to provide your postcode ")
    assert found is not None and found.topic == "your postcode" and found.told
    found = waiver(" we won't need to look for the footage ")
    assert found is not None and found.topic == "the footage"
    # the caller's own deed with a verb of getting is no question: "check the locks"
    assert waiver(" you don't need to check the locks ") is None


def test_a_wish_to_know_asks():
    from scoring.understanding.acts import REQUEST
    from scoring.understanding.wording import spelled
    assert REQUEST.search(spelled("I want to know who else was there"))
    assert REQUEST.search(spelled("i wanna know what car he drives"))


def test_a_grandparent_said_as_families_say_it_is_a_relative():
    from scoring.understanding.role_words import NOUNS
    assert {"nani", "grandpa", "grandmother"} <= set(NOUNS["relative"])


def test_a_prompt_to_speak_before_the_question_leaves_it_a_question():
    from scoring.text import is_question
    assert is_question("go on then what happened")
    assert is_question("go ahead, who was with you")
    assert not is_question("go on to the website tonight")


def test_a_reason_to_keep_safe_is_no_leave():
    assert polarity("safety_advice", "don't go down to them, your van's not worth getting "
                    "hurt for", False) == "affirm"
    assert polarity("scene_preservation", "it's not worth keeping the kitchen as it is",
                    False) == "negate"


def test_a_thing_the_handler_does_put_aside_is_not_done():
    assert polarity("reference_number", "don't worry about the crime number for now",
                    False) == "negate"
    assert polarity("language_needs", "don't bother with an interpreter, love", False) \
        == "negate"
    assert polarity("apology", "that's not something we'll be apologising for", False) \
        == "negate"


def test_leave_as_the_caller_likes_and_a_scene_released_lift_the_advice():
    assert polarity("scene_preservation", "wash the step as you like", False) == "negate"
    assert polarity("scene_preservation", "the scene has been released now", False) \
        == "negate"
    assert polarity("language_needs", "no interpreter needed, I can follow you", False) \
        == "negate"


def test_a_statement_that_resembles_what_the_turn_declines_is_its_reason(
        reader: Understanding) -> None:
    turn = reader.analyse("I won't be getting an interpreter, I can understand you perfectly "
                          "well.", Context())
    assert [(r.intent, r.polarity) for r in turn.intents if r.intent == "language_needs"] \
        == [("language_needs", "negate")], turn.intents


def test_what_the_handler_holds_beside_a_waiver_confirms_nothing(reader: Understanding) -> None:
    turn = reader.analyse("You don't have to go through what she said, I've got it down word "
                          "for word.", Context())
    assert "confirm_details" not in turn.intent_ids(), turn.intents


def test_putting_things_away_and_going_back_into_a_room_are_permitted_deeds():
    assert polarity("scene_preservation", "you can start putting the ornaments away now",
                    False) == "negate"
    assert polarity("safety_advice", "you're fine to go back into the kitchen now", False) \
        == "negate"


def test_a_bare_thing_put_aside_names_the_question_not_the_keeping_of_it(
        reader: Understanding) -> None:
    turn = reader.analyse("Don't worry about the doorbell camera footage for tonight.",
                          Context())
    assert [(r.intent, r.polarity) for r in turn.intents] == [("witnesses_cctv", "negate")], \
        turn.intents
