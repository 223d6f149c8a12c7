"""Forms found on the v8 sets once they became development material (session 9): a
question word's "'s" typed without its apostrophe, a run of speech with commas and no
sentence end, the handler clearing the line, a thing steered away from. The turns here are
new wording, not the sets' lines."""

from __future__ import annotations

from scoring.homophones import repaired
from scoring.intents import clauses
from scoring.understanding.polarity import polarity


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
