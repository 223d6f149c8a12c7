"""Intents read in a clause that carries none of its own: the reason given for a thing
refused ("I won't need X, I can look it up"), the second half of a condition, a phrase
setting a question's bounds. The turns here are new wording, not the blind sets' lines."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.qualifiers import continues_condition, sets_bounds, without_qualifiers
from scoring.understanding.reasons import reasons_for_refusal, states
from simulator.library import meaning_matcher


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in reader.analyse(text, Context()).intents}


def reading(intent: str, clause: str, act: str, polarity: str = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity=polarity,  # type: ignore[arg-type]
                         subject="caller", clause=clause, phrase="", score=0.7,
                         act=act)  # type: ignore[arg-type]


def test_the_reason_after_a_need_waived_gives_nothing(reader: Understanding) -> None:
    # the reference is how the handler finds the number, not a reference given
    assert read(reader, "I won't need the officer's collar number, I can look it up from "
                "your reference.") == {("officer_details", "negate")}
    # whose matter it is explains why there is no reference: nobody is sent anywhere
    assert read(reader, "There's no need to give me a crime reference, it's one for the "
                "housing office rather than us.") == {("reference_number", "negate")}


def test_what_is_said_in_its_own_right_after_a_refusal_is_kept(reader: Understanding) -> None:
    assert ("next_steps", "affirm") in read(
        reader, "You don't need to ring the council, I'll get an officer to call you tomorrow.")
    assert ("safety_advice", "affirm") in read(
        reader, "There's no need to stay on, just keep the back door locked tonight.")


def test_only_a_stated_clause_after_the_refusal_is_its_reason() -> None:
    refused = reading("officer_details", "I won't need his collar number", "statement",
                      "negate")
    fact = reading("reference_number", "I can find it from the log", "statement")
    promise = reading("next_steps", "I'll ring you tomorrow", "promise")
    assert reasons_for_refusal([refused, fact, promise]) == [refused, promise]
    # before the refusal, or with nothing refused, a statement keeps what it resembles
    assert reasons_for_refusal([fact, refused]) == [fact, refused]
    assert reasons_for_refusal([fact, promise]) == [fact, promise]


def test_what_is_under_way_or_advised_as_a_judgement_is_no_reason() -> None:
    assert not states(reading("next_steps", "a patrol's heading to his house now", "statement"))
    assert not states(reading("crime_prevention", "it's safer to keep the car keys in a drawer",
                              "instruction"))
    assert states(reading("next_steps", "the patrol is at his house", "statement"))


def test_a_referral_only_named_states_but_one_given_tells() -> None:
    assert states(reading("signpost", "that's really one for the council", "instruction"))
    assert not states(reading("signpost", "you can ring the council tomorrow", "instruction"))
    assert not states(reading("signpost", "ring the council in the morning", "instruction"))


def test_a_conditions_second_half_asks_nothing(reader: Understanding) -> None:
    assert read(reader, "If your brother gets into a state again and isn't in any immediate "
                "danger, you can ring 111 for the crisis team.") == {("signpost", "affirm")}
    assert continues_condition("and isn't answering", "if she gets home late")
    # an order after a condition is no part of it; nor is a clause with its own subject
    assert not continues_condition("and don't touch the handle", "if you can, shut the door")
    assert not continues_condition("you can ring 101", "if it happens again")
    assert not continues_condition("and isn't answering", "she went out at six")
    # a question after a condition asks: its verb, then its subject
    assert not continues_condition("is she still in the car", "if you can see her")


def test_a_questions_bounds_ask_nothing_of_their_own(reader: Understanding) -> None:
    assert read(reader, "Has he got anything on him he could use as a weapon, apart from "
                "the bottle?") == {("weapons", "affirm")}
    assert sets_bounds("besides the laptop")
    assert not sets_bounds("besides that, is anyone hurt?")
    # after a statement, the phrase is left as read
    said = [Act("statement", "we've got the bottle"), Act("statement", "apart from that")]
    kept = [reading("weapons", "apart from that", "statement")]
    assert without_qualifiers(kept, said) == kept
