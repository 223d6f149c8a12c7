"""Marking and subjects (session 25, from v35 and v36): a question that names nobody, read as
the caller's by default, asks about the person whose fact the caller answered it with; harm
asked of a pronoun is that person's harm, whatever "you" follows; "the wee ones" are
children; the kin of the caller's family is the caller's family, however the kin word is
spelled; advice heard in a report of what others have done advises nothing. Every line here
is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import foretold
from scoring.marking import ordered_calm
from scoring.result import ItemMark
from scoring.understanding import Context
from scoring.understanding.analysis import IntentReading
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of
from tests.marked_calls import item_mark

# --- whom a question that names nobody asked about, as the caller answered it ---------------


def _health(line: str, reply: str, reveals: list[str]) -> ItemMark:
    return item_mark("missing-person-vulnerable", "medical", [
        (0, "caller", "My girl's not come home from school and she always does.", []),
        (9, "trainee", "Right, and what was she wearing when she left this morning?", None),
        (14, "caller", "Her school uniform, black blazer, grey skirt.", ["description"]),
        (30, "trainee", "Okay. Officers can get a photo off you when they come.", None),
        (36, "caller", "Right.", []),
        (41, "trainee", line, None),
        (45, "caller", reply, reveals),
    ])


@pytest.mark.parametrize("line", ["Any health conditions at all?", "any medication or illnesses"])
def test_a_bare_question_answered_with_her_condition_asks_about_her(line: str) -> None:
    mark = _health(line, "She's diabetic, type 1, and she's had nothing to eat.", ["medical"])
    assert mark.status == "met", (line, mark.reason)


def test_a_bare_question_answered_with_nothing_of_hers_is_not_about_her() -> None:
    mark = _health("Any health conditions at all?", "Me? No, I'm fine, just worried.", [])
    assert mark.status != "met", mark.reason


# --- subjects ---------------------------------------------------------------------------------


def _subjects(scenario: str, before: str, line: str) -> set[str]:
    understanding = understanding_of(load_scenario(resolve(scenario)))
    first = understanding.analyse(before, Context())
    heard = understanding.analyse(line, Context().after(first))
    return {r.subject for r in heard.intents}


@pytest.mark.parametrize("line", [
    "Is she injured anywhere that you can tell?",
    "has she been hurt at all from what you can see",
])
def test_harm_asked_of_a_pronoun_is_hers(line: str) -> None:
    subjects = _subjects("road-collision-injury", "Is the lady in the Micra awake?", line)
    assert "casualty" in subjects and "caller" not in subjects, (line, subjects)


def test_harm_done_to_you_is_still_yours() -> None:
    subjects = _subjects("domestic-abuse-children", "Is he still at the door?",
                         "has he hurt you at all tonight")
    assert subjects == {"caller"}, subjects


@pytest.mark.parametrize("line", ["Have the wee ones been hurt?",
                                  "is the wee one in bed just now"])
def test_the_wee_ones_are_children(line: str) -> None:
    assert "child" in _subjects("domestic-abuse-children", "Where are you now?", line)


@pytest.mark.parametrize("line", [
    "could I get a phone number for Priya's granny",
    "whats priyas nanny's number",
])
def test_the_kin_of_the_callers_family_is_family(line: str) -> None:
    subjects = _subjects("missing-person-vulnerable", "Who else might she go to?", line)
    assert "relative" in subjects and "other" not in subjects, (line, subjects)


def test_the_kin_of_someone_outside_the_family_is_someone_else() -> None:
    subjects = _subjects("missing-person-vulnerable", "Who else might she go to?",
                         "could I get a phone number for Ellie's granny")
    assert "relative" not in subjects, subjects


# --- what others have done, reported, advises nothing ----------------------------------------


def _kept(clause: str) -> IntentReading:
    return IntentReading(intent="scene_preservation", confidence=0.9, polarity="affirm",
                         subject="caller", clause=clause, phrase="leave it as it is",
                         score=0.6, act="instruction")


@pytest.mark.parametrize("clause", [
    "the CSI have finished in the garage",
    "right the officers have already dusted the window",
    "she has been and taken her photos",
])
def test_a_deed_done_by_others_is_no_advice(clause: str) -> None:
    assert foretold(_kept(clause)) is not None, clause


@pytest.mark.parametrize("clause", [
    "please keep out of the garage until the CSI have finished",
    "the officers have been but keep the back door shut till forensics come",
])
def test_advice_till_others_have_done_is_advice(clause: str) -> None:
    assert foretold(_kept(clause)) is None, clause


# --- an order to calm down, the caller addressed before it ------------------------------------


@pytest.mark.parametrize("clause", [
    "right mate calm down I'm only trying to help you",
    "Madam, please calm down",
    "okay love settle down now",
])
def test_an_order_to_calm_down_to_someone_addressed_is_no_reassurance(clause: str) -> None:
    reading = IntentReading(intent="reassurance", confidence=0.8, polarity="affirm",
                            subject="caller", clause=clause, phrase="try and calm down for me",
                            score=0.5, act="reassurance")
    assert ordered_calm(reading), clause
