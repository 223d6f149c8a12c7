"""Critical items and pass/fail (session 22, second round, from v30/v31): what would be done
as a rule, set against by a "but" straight after, is not done; what the police will do, said
as "we", advises nothing; the police's own work at the scene ("the CSI will dust it") is no
act of the caller's against the advice; a word said back and put right with "sorry" does
not swallow the question after it. Every line here is new wording, not a line of any blind
set."""

from __future__ import annotations

import pytest

from scoring.doubts import foretold, set_aside
from scoring.intents import clauses
from scoring.understanding import IntentReading
from tests.marked_calls import item_mark


def _reading(clause: str, intent: str = "safety_advice") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity="affirm", subject="caller",
                         clause=clause, phrase="", score=0.9, act="instruction")


# --- what would be done as a rule, set aside ---------------------------------------------------


@pytest.mark.parametrize(("clause", "text"), [
    ("usually we'd log this as a formal complaint",
     "usually we'd log this as a formal complaint, but as you only want a word with him "
     "we'll leave it with his sergeant"),
    ("in theory it should go to Professional Standards",
     "in theory it should go to Professional Standards though I think a chat will sort it"),
    ("ordinarily I would send a patrol round",
     "ordinarily I would send a patrol round but everyone's tied up tonight"),
])
def test_what_would_be_done_as_a_rule_set_aside_is_in_doubt(clause: str, text: str) -> None:
    assert set_aside(_reading(clause, "complaint_recording"), text) is not None, clause


@pytest.mark.parametrize(("clause", "text"), [
    # the rule, then done: no "but" after it
    ("normally this would be recorded under Schedule 3",
     "normally this would be recorded under Schedule 3 and that's what I'm doing now"),
    # no rule named: what would be done, set against, is a different doubt's
    ("I'll record it as a formal complaint",
     "I'll record it as a formal complaint, but it may take a few weeks"),
    # the rule said of what is done ("usually" with no conditional)
    ("this usually goes to Professional Standards",
     "this usually goes to Professional Standards, but I'll ring you myself first"),
])
def test_a_rule_kept_or_a_deed_said_is_not(clause: str, text: str) -> None:
    assert set_aside(_reading(clause, "complaint_recording"), text) is None, clause


def test_a_call_that_sets_the_formal_recording_aside_does_not_pass_it() -> None:
    mark = item_mark("complaint-schedule-3", "schedule-3-explained", [
        (0, "caller", "I want to complain about an officer who stopped me.", None),
        (10, "trainee", "what would you like to come out of it", None),
        (15, "caller", "I just want him to say sorry.", None),
        (20, "trainee", "right so by rights it would be a formal complaint under schedule "
                        "three but seeing as you just want a sorry we can sort it quietly "
                        "with his sergeant", None),
        (30, "caller", "Okay.", None),
    ])
    assert mark.status != "met"


# --- the police's deed, said as "we" -------------------------------------------------------------


@pytest.mark.parametrize("clause", [
    "let her know we'll send someone round in the morning",
    "we're going to get an officer out to you later",
    "tell them we will have somebody call round",
])
def test_what_we_will_do_advises_nothing(clause: str) -> None:
    assert foretold(_reading(clause)) is not None, clause


@pytest.mark.parametrize(("clause", "intent"), [
    ("we'll get someone there, so keep the bedroom door locked", "safety_advice"),
    ("we will stay on the phone with you until they arrive", "stay_on_line"),
    ("we'll need you to leave the kitchen as it is", "scene_preservation"),
])
def test_advice_or_the_handlers_own_part_said_as_we_is_not(clause: str, intent: str) -> None:
    assert foretold(_reading(clause, intent)) is None, clause


# --- the police's own work at the scene -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "leave the shed door as it is the forensic officer will want to dust the handle",
    "leave the till as you found it the CSI man is going to dust it this afternoon",
    "please leave the window alone the officers will want to dust it",
])
def test_the_police_dusting_is_no_act_against_the_advice(text: str) -> None:
    from bench.understanding_accuracy import understanding
    from scoring.understanding import Context

    analysis = understanding(None).analyse(text, Context())
    kept = [r for r in analysis.intents if r.intent == "scene_preservation"]
    assert kept, text
    assert all(r.polarity == "affirm" for r in kept), text


@pytest.mark.parametrize("text", [
    "you can dust the shelves now, the officers have finished",
    "you're fine to move the bins back, the CSI have been",
])
def test_the_caller_let_clean_is_still_the_scene_let_go(text: str) -> None:
    from bench.understanding_accuracy import understanding
    from scoring.understanding import Context

    analysis = understanding(None).analyse(text, Context())
    kept = [r for r in analysis.intents if r.intent == "scene_preservation"]
    assert kept, text
    assert all(r.polarity == "negate" for r in kept), text


# --- a word said back and put right ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "question"), [
    ("northbound sorry is the driver still in the car", "is the driver still in the car"),
    ("forty two sorry what's the postcode there", "what's the postcode there"),
    ("the Crown sorry is anybody hurt", "is anybody hurt"),
])
def test_a_word_put_right_with_sorry_leaves_the_question_whole(text: str, question: str) -> None:
    assert clauses(text)[-1] == question, clauses(text)


@pytest.mark.parametrize("text", [
    "okay sorry what's the postcode there",
    "I'm really sorry is he still there",
    "hello sorry can you hear me",
])
def test_a_filler_or_an_apology_before_it_is_not_a_repair(text: str) -> None:
    assert all(not c.lower().endswith(("okay sorry", "hello sorry")) for c in clauses(text)), \
        clauses(text)
