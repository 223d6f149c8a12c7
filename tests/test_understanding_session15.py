"""Session 15, the coordinator's own: the force's answering formula is a greeting whatever
its question's words, as the definitions rule, once the clause cutter has left the force's
name out of the question. New wording, not lines of any blind or training set."""

from __future__ import annotations

from scoring.understanding import Context, Understanding

from .conftest import subjects_in_turn


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


def _subjects(scenario_id: str, line: str) -> set[str]:
    return subjects_in_turn(scenario_id, line)[0]


def test_the_callers_name_said_before_a_question_is_not_whom_it_asks_about() -> None:
    # Dave is the road-collision caller: spoken to, not asked about
    assert _subjects("road-collision-injury", "Dave, has he been drinking, do you think?") == {
        "suspect"}
    assert _subjects("road-collision-injury", "dave has he been drinking do you think") == {
        "suspect"}
    assert _subjects("road-collision-injury", "Dave, have you been drinking?") == {"caller"}


def test_could_you_tell_if_asks_about_the_one_in_the_question() -> None:
    assert _subjects("burglary-next-morning", "Could you tell if he was carrying anything?") \
        != {"caller"}
    assert _subjects("burglary-next-morning", "Could you tell me your date of birth?") == {
        "caller"}


def test_services_named_together_answering_are_left_out_of_the_question() -> None:
    from scoring.intents import clauses

    assert clauses("Fire and ambulance, where's the fire?") == ["where's the fire"]
    assert clauses("and the police, what did they say") == ["and the police",
                                                             "what did they say"]
