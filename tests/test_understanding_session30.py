"""Session 30: turns read from v51 and v52 (development since session 30), tried in new
wording: a name said before a question, someone set aside from those asked after, a
question put aside with "forget" or "hold off", the household's children let off, a list
asked for with its "and", and whose the matter is said as a remark."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.text import is_question
from scoring.understanding import TurnAnalysis
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve
from tests.marked_calls import item_mark


def _read(scenario: str, text: str) -> TurnAnalysis:
    return understanding_for(load_scenario(resolve(scenario))).analyse(text)


def _heard(analysis: TurnAnalysis) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in analysis.intents}


@pytest.mark.parametrize("clause", [
    "Chloe are you hurt", "love is he still in the house", "mate are you somewhere safe",
    "Tomasz is there anyone else with you",
])
def test_a_name_said_before_a_question_leaves_it_a_question(clause: str) -> None:
    assert is_question(clause)


@pytest.mark.parametrize("clause", [
    "that was you that rang earlier", "this is your reference number", "there is he",
])
def test_a_statement_opening_with_a_pronoun_is_no_question(clause: str) -> None:
    assert not is_question(clause)


def test_a_question_after_a_name_keeps_its_intent_beside_a_tap_code() -> None:
    # (the question's "?" is lost when the turn is cut into clauses; the tap code after it
    # asked, and the question before it was read as a remark setting it up)
    analysis = _read("silent-999-call", "Chloe, are you hurt? One tap yes, two taps no.")
    assert ("anyone_injured", "affirm") in _heard(analysis)
    assert analysis.acts[0].kind == "question"


@pytest.mark.parametrize("line", [
    "who's in the house with you apart from him",
    "is there anybody else in there besides him",
    "whos there with you other than him",
])
def test_someone_set_aside_is_not_whom_the_question_asks_about(line: str) -> None:
    analysis = _read("domestic-abuse-children", line)
    asked = [r for r in analysis.intents if r.intent == "children_present"]
    assert asked and all(r.subject != "suspect" for r in asked)


@pytest.mark.parametrize(("line", "intent"), [
    ("Forget what's been taken for now.", "property_taken"),
    ("Hold off on the date of birth for now.", "date_of_birth"),
    ("hold off with his date of birth for now", "date_of_birth"),
])
def test_a_question_put_aside_is_that_question_negated(line: str, intent: str) -> None:
    analysis = _read("burglary-next-morning", line)
    assert (intent, "negate") in _heard(analysis)
    assert (intent, "affirm") not in _heard(analysis)
    assert analysis.acts[0].kind == "instruction"


def test_a_question_put_after_one_put_aside_still_asks() -> None:
    analysis = _read("burglary-next-morning",
                     "Forget what's been taken for now, are they still there?")
    assert {("property_taken", "negate"), ("suspect_present", "affirm")} <= _heard(analysis)


def test_holding_off_a_deed_is_still_advice() -> None:
    # (no question named: "hold off on going round" keeps him away, advice given)
    analysis = _read("neighbour-noise-asb", "Hold off on going round there tonight.")
    assert ("safety_advice", "affirm") in _heard(analysis)


def test_the_households_children_let_off_is_leave_given() -> None:
    analysis = _read("domestic-abuse-children",
                     "There's no need for the kids to stay upstairs now, they've gone.")
    assert analysis.acts[0].kind == "instruction"


def test_another_party_let_off_is_still_a_statement() -> None:
    analysis = _read("burglary-next-morning", "There's no need for the officers to come back.")
    assert analysis.acts[0].kind == "statement"


def test_a_short_part_joined_back_keeps_its_and() -> None:
    assert clauses("Great. Your name and number please?") == [
        "Great", "Your name and number please"]


def test_a_list_asked_for_with_its_question_mark_asks_for_each_thing() -> None:
    turns = [
        (0, "caller", "There's a woman trapped in her car on the A63, she's bleeding.", []),
        (6, "trainee", "Where exactly are you on the A63?", None),
        (10, "caller", "Eastbound, just past the Welton turn.", []),
        (30, "trainee", "Your name and number please?", None),
        (34, "caller", "Dave. 07700 900552.", []),
    ]
    mark = item_mark("road-collision-injury", "caller-details", turns)
    assert mark.points == mark.max_points


@pytest.mark.parametrize("line", [
    "I couldn't tell you, sorry, that's down to them.",
    "yeah thats up to them really",
])
def test_whose_the_matter_is_advises_nothing(line: str) -> None:
    analysis = _read("non-police-matter", line)
    assert not any(r.intent == "safety_advice" for r in analysis.intents)


def test_an_agency_named_as_whose_the_matter_is_may_still_signpost() -> None:
    analysis = _read("non-police-matter", "That's up to the council, I'm afraid.")
    assert ("signpost", "affirm") in _heard(analysis)


def test_an_apology_before_a_lead_in_is_no_name_said_to_the_caller() -> None:
    # ("sorry" is no name: the lead-in after it stays a lead-in, and the question is the
    # last part; read as a question of its own it asked what happened, v8)
    analysis = _read("burglary-next-morning",
                     "Sorry, erm, could you, could you tell me, is he still in the house?")
    assert {r.intent for r in analysis.intents} == {"suspect_present"}
