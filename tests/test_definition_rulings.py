"""Two definition rulings of session 13 (docs/understanding-definitions.md), for the
analysis and for its two users, the caller and the marker. In new wording, not lines of
any blind or training set.

1. A read-back invites the caller to correct it (a question, "have I got that right?", "just
   to confirm…"); a detail said back only as noted ("…, noted.", "…, I've got that.") is a
   statement with no intent, though a caller still puts a wrong one right.
2. A tap code put with a question ("…? One tap means yes.") carries only the question's
   intent, not `silent_solution`; it still gives a silent caller a way to answer, so the
   facts kept until the Silent Solution come out to it.
"""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.noted_back import invites_correction
from scoring.understanding.tap_codes import gate_opened, tap_code
from simulator.library import meaning_matcher, understanding_for
from simulator.loader import load_scenario, resolve

from .conftest import caller_for, marked_with_caller


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The analysis with no scenario's world."""
    return Understanding.for_scenario(None, meaning_matcher())


@pytest.fixture(scope="module")
def silent_reader() -> Understanding:
    """The analysis of the silent 999 call (its people and address known)."""
    return understanding_for(load_scenario(resolve("silent-999-call")))


def intents_of(reader: Understanding, text: str) -> set[str]:
    return {r.intent for r in reader.analyse(text, Context()).intents if r.affirmed}


# --- 1. a read-back invites correction; a detail only noted is a statement ---------------

@pytest.mark.parametrize("text", [
    "Okay, a green Fiesta with a roof box, noted.",
    "Right, 22 Lime Tree Walk, I've got that down.",
    "Lovely, 07700 900462, got it.",
    "I've got your mobile down as 07700 900462.",
    "So the shorter one had the bolt cutters. Got that.",
])
def test_a_detail_said_back_only_as_noted_is_a_statement_with_no_intent(
        reader: Understanding, text: str) -> None:
    analysis = reader.analyse(text, Context())
    assert "readback" not in [a.kind for a in analysis.acts], text
    assert analysis.act != "readback", text
    assert not analysis.intents, (text, analysis.intents)


@pytest.mark.parametrize("text", [
    "22 Lime Tree Walk, have I got that right?",
    "So that's 22 Lime Tree Walk?",
    "Just to confirm, you're at 22 Lime Tree Walk.",
    "Let me read that back: 07700 900462.",
    "22 Lime Tree Walk, got that, yeah?",
    "I've got your mobile down as 07700 900462, is that correct?",
])
def test_a_detail_put_to_the_caller_to_correct_is_a_read_back(
        reader: Understanding, text: str) -> None:
    analysis = reader.analyse(text, Context())
    assert "readback" in [a.kind for a in analysis.acts], text
    assert "confirm_details" in intents_of(reader, text), text


def test_a_note_of_something_else_leaves_the_read_back_before_it(reader: Understanding) -> None:
    # "I've got it" is the reason no postcode is needed, not a note of the number said back
    text = "So that's 07700 900462, and no need for the postcode, I've got it."
    assert "confirm_details" in intents_of(reader, text)


def test_a_noted_detail_keeps_what_else_the_turn_does(reader: Understanding) -> None:
    analysis = reader.analyse("22 Lime Tree Walk, noted. Keep the front door locked.",
                              Context())
    assert {r.intent for r in analysis.intents} == {"safety_advice"}
    assert analysis.act == "instruction"
    assert [b.value for b in analysis.readbacks] == ["22 lime tree walk"]  # still said


def test_what_invites_correction() -> None:
    assert invites_correction("Flat 6, yes?")
    assert invites_correction("so that is flat six yeah")
    assert invites_correction("flat six one tap if that's right")
    assert invites_correction("let me read it back flat six")
    assert not invites_correction("flat six noted")
    assert not invites_correction("Flat 6, I've got that.")


def test_a_caller_puts_a_noted_address_right_when_it_is_wrong() -> None:
    # the caller's realism, not the act: an address said wrong is corrected unasked
    caller = caller_for("domestic-abuse-children")
    caller.hear("What's the address there?", 2)
    replies = caller.hear("Number eleven Harebell Close, got that.", 8)
    assert [r.kind for r in replies] == ["correct"]
    assert "9 Harebell Close" in replies[0].text


def test_a_scheme_credits_an_address_read_back_but_not_one_only_noted() -> None:
    def confirmed(line: str) -> bool:
        result = marked_with_caller("domestic-abuse-children", [
            (2.0, "trainee", "What's the address there?", None),
            (6.0, "caller", "9 Harebell Close, Thornaby.", []),
            (12.0, "trainee", line, None)])
        return next(m for m in result.items if m.id == "confirm-location").met is True

    assert confirmed("Can I just check, that's number nine Harebell Close in Thornaby?")
    assert confirmed("Number nine Harebell Close in Thornaby, is that right?")
    assert not confirmed("Number nine Harebell Close in Thornaby, noted.")


# --- 2. a tap code for a question is that question's ------------------------------------

@pytest.mark.parametrize(("text", "intent"), [
    ("Is the man still inside the flat? One tap means yes.", "suspect_present"),
    ("Has he been drinking tonight? Tap twice for no, once for yes.", "alcohol_drugs"),
    ("Are you bleeding anywhere? Tap once.", "anyone_injured"),
])
def test_a_tap_code_for_a_question_carries_only_the_question(
        silent_reader: Understanding, text: str, intent: str) -> None:
    found = intents_of(silent_reader, text)
    assert intent in found, (text, found)
    assert "silent_solution" not in found, text


def test_a_read_back_answered_by_a_tap_is_no_silent_solution(
        silent_reader: Understanding) -> None:
    found = intents_of(silent_reader,
                       "So you're in flat 2 at number 41 Melbourne Road? One tap if I'm right.")
    assert found == {"confirm_details"}


@pytest.mark.parametrize("text", [
    "If you need us and can't talk, give the handset a tap.",
    "Press 55 on the keypad if you want the police.",
    "Just tap the phone if you're still with me.",
])
def test_telling_a_silent_caller_how_to_signal_is_still_the_silent_solution(
        silent_reader: Understanding, text: str) -> None:
    assert "silent_solution" in intents_of(silent_reader, text), text


def test_a_code_set_up_before_the_questions_is_left_as_heard(
        silent_reader: Understanding) -> None:
    # said first, for every answer to come, the code is not one question's
    text = "Right, from now on, tap once for yes and twice for no. Are you still there?"
    assert "silent_solution" in intents_of(silent_reader, text)


def test_what_is_a_tap_code() -> None:
    assert tap_code("two taps for no")
    assert tap_code("one tap means yes")
    assert tap_code("tap once if he has")
    assert tap_code("tap the handset twice if he's armed")
    assert not tap_code("tap once if you can hear me")  # the Silent Solution's own signal
    assert not tap_code("press 55 if you need the police")
    assert not tap_code("keep the door locked")


def test_the_silent_solution_gate_opens_to_a_way_to_answer_silently() -> None:
    assert gate_opened("silent_solution", {}, 14.0) == 14.0
    assert gate_opened("silent_solution", {"silent_solution": 9.0}, 14.0) == 9.0
    assert gate_opened("silent_solution", {}, None) is None
    assert gate_opened("location", {}, 14.0) is None  # only the Silent Solution's gate


def test_a_silent_caller_answers_a_tap_coded_question_by_a_tap() -> None:
    caller = caller_for("silent-999-call")
    silence = caller.hear("Are you hurt at all?", 3)  # no way to answer given yet
    assert [r.kind for r in silence] == ["otherwise"]
    replies = caller.hear("Is the man still inside the flat? One tap means yes.", 9)
    assert [r.kind for r in replies] == ["answer"]
    assert "tap" in replies[0].text and "suspect_present" in caller.state.revealed
    assert "press55" not in caller.state.revealed  # a code for a question asks no 55


def test_the_marker_scores_a_tap_coded_question_as_an_assessor_would() -> None:
    result = marked_with_caller("silent-999-call", [
        (4.0, "trainee", "Police. Are you hurt? Tap the phone once for yes.", None),
        (9.0, "caller", "[one tap]", ["injured"])])
    marks = {m.id: m.met for m in result.items}
    assert marks["tap-code"] is True  # the code is what the scheme's wording looks for
    assert marks["silent-solution"] is False  # nobody was told how to signal for police
    assert marks["injuries"] is True


def test_the_marker_deduces_facts_a_tap_code_opened() -> None:
    # with no caller turns recorded, what came out is worked out from the trainee's turns:
    # a tap code opens the Silent Solution's gate for the marker as it does for the caller
    from scoring.attempt import Attempt
    from scoring.marking import Marker
    from simulator.selftest import understanding_of

    scenario = load_scenario(resolve("silent-999-call"))
    attempt = Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": "silent-999-call", "log": {},
        "events": [], "turns": [
            {"t": 5.0, "speaker": "trainee",
             "text": "Is the man still inside the flat? One tap means yes."}]})
    marker = Marker(scenario.marking, scenario.world, scenario.fact_rules(), attempt,
                    understanding_of(scenario))
    assert "suspect_present" in marker.revealed


def test_a_spoken_tap_code_is_cut_from_its_question(silent_reader: Understanding) -> None:
    # recognised speech has no "?" to end the question: the code still starts a clause
    assert clauses("has the man been drinking one tap means yes") == [
        "has the man been drinking", "one tap means yes"]
    assert clauses("i want you to tap twice if he comes in") == [
        "i want you to tap twice if he comes in"]  # an order to tap, whole
    found = intents_of(silent_reader, "is the man still inside the flat tap once for yes")
    assert "suspect_present" in found and "silent_solution" not in found
