"""Session 12 (callsim issue 9), from the held-back training authors' kinds of error: the
history waived by an earlier occasion, a child of the house waived, a read-back by its form
alone, a deed joined by "and" to one forbidden, and evidence got off a thing said as a
reason. One test a kind, in new wording (not lines of any blind or training set)."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.analysis import IntentReading, Polarity
from scoring.understanding.asked_after import child_asked_after
from scoring.understanding.occasions import earlier_occasion
from scoring.understanding.polarity import carried_through, polarity
from scoring.understanding.subjects import People
from simulator.library import meaning_matcher


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in reader.analyse(text, Context()).intents}


def test_an_earlier_occasion_named_is_the_history() -> None:
    for topic in ("august and november", "what went on in june", "the other 2 visits",
                  "the previous reports", "last year reference", "the last time she went off",
                  "whether it has happened before", "the winter", "the earlier complaints"):
        assert earlier_occasion(topic), topic
    # a time of this occasion, a last sighting, a thing said before are not the history
    for topic in ("the date it was taken", "when you last saw him", "what time it started",
                  "the last time you saw her", "what she said before", "his name", "may i"):
        assert not earlier_occasion(topic), topic


def test_an_earlier_occasion_waived_is_the_history_negated(reader: Understanding) -> None:
    for text in ("You needn't go through August again, it's on the log.",
                 "No need to tell me about the other two visits, I can see them.",
                 "Forget the earlier complaints for now, what's he doing tonight?"):
        assert ("previous_incidents", "negate") in read(reader, text), text
    # with another detail in the list, each is waived
    got = read(reader, "Don't worry about the previous reports or your date of birth.")
    assert {("previous_incidents", "negate"), ("date_of_birth", "negate")} <= got


def test_a_child_of_the_house_waived_is_whether_children_are_there() -> None:
    people = People(None)
    for topic in ("the little 1", "your little ones", "whether your daughter there",
                  "if her son is in"):
        assert child_asked_after(topic, people), topic
    # a son's detail, or a son not asked to be there, is not the question
    for topic in ("your son", "the little 1 age", "your daughter phone number"):
        assert not child_asked_after(topic, people), topic


def test_a_turn_read_back_by_its_form_confirms_details(reader: Understanding) -> None:
    for text in ("So it was PC 5120, right?", "Eastbound, past the services?"):
        analysis = reader.analyse(text, Context())
        assert analysis.act == "readback", text
        assert ("confirm_details", "affirm") in read(reader, text), text
    # a garbled turn put like one names no detail
    assert ("confirm_details", "affirm") not in read(reader, "Yellow teapot trampoline?")
    # a waiver with the caller's facts said after it reads nothing back
    assert ("confirm_details", "affirm") not in read(
        reader, "No need to tell me how old he is, you've said nine.")


def advice(clause: str, said: Polarity) -> IntentReading:
    return IntentReading(intent="scene_preservation", confidence=0.9, polarity=said,
                         subject="caller", clause=clause, phrase="(test)", score=0.9)


def test_a_deed_joined_to_one_forbidden_is_forbidden_too() -> None:
    clauses = ["I'd not go out", "scrub the paint off yet"]
    out = carried_through([advice(clauses[1], "negate")], clauses)
    assert out[0].polarity == "affirm"
    clauses = ["don't go downstairs", "wipe the handle down"]
    assert carried_through([advice(clauses[1], "negate")], clauses)[0].polarity == "affirm"
    # a clause with a subject of its own, or after a leave, keeps its own reading
    clauses = ["don't go out", "you can wipe the handle now"]
    assert carried_through([advice(clauses[1], "negate")], clauses)[0].polarity == "negate"
    clauses = ["you're fine to go out", "wipe the handle down"]
    assert carried_through([advice(clauses[1], "negate")], clauses)[0].polarity == "negate"


def test_evidence_got_off_a_thing_is_no_cleaning() -> None:
    assert polarity("scene_preservation", "the CSI may get fingerprints off the handle",
                    False) == "affirm"
    assert polarity("scene_preservation", "you can get the mud off the step now",
                    False) == "negate"
