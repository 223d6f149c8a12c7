"""Session 15, the coordinator's own: the force's answering formula is a greeting whatever
its question's words, as the definitions rule, once the clause cutter has left the force's
name out of the question. New wording, not lines of any blind or training set."""

from __future__ import annotations

from scoring.understanding import Context, Understanding


def test_a_named_force_answering_is_a_greeting_that_asks_what_happened(
        understanding: Understanding) -> None:
    for line in ("Norfolk Police, what's the emergency?", "Gwent Police, what's happened there?",
                 "Thames Valley Police, emergency, what's going on?",
                 # as a recogniser writes it: no capitals, no commas
                 "west mercia police whats going on"):
        analysis = understanding.analyse(line, Context())
        assert analysis.act == "greeting", line
        assert [(r.intent, r.polarity) for r in analysis.intents] == [
            ("what_happened", "affirm")], line


def test_the_formula_before_another_question_or_mid_call_is_no_greeting(
        understanding: Understanding) -> None:
    # a named force before a question of another kind asks it
    assert understanding.analyse("Norfolk Police, where are you calling from?",
                                 Context()).act == "question"
    # the police named mid-sentence answer no call
    assert understanding.analyse("The police know about him, what's happened since?",
                                 Context()).act == "question"
    assert understanding.analyse("What's happened since then?", Context()).act == "question"


def test_an_order_to_ring_the_police_keeps_its_order(understanding: Understanding) -> None:
    analysis = understanding.analyse("Phone the police back, what did they tell you?", Context())
    assert analysis.acts[0].kind == "instruction"
