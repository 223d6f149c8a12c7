"""An item whose deed has its own words is met only by a turn that says them (`saying:`),
and a critical safety-advice item is not credited by a turn that only tells the caller to
ring again (scoring/doubts.py `kind_doubt`). Calls are the scenarios' model attempts with
the lines that earn the item swapped for lines that only touch on it, in new wording."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from scoring.conditions import Condition
from scoring.doubts import rings_again_only
from tests.test_marking_critical_doubt import _model_with

EXPLAINED = "So I need to record it formally under Schedule 3"


def test_the_explanation_in_its_own_words_meets_the_item():
    result = _model_with("complaint-schedule-3", {})
    mark = result.item("schedule-3-explained")
    assert mark.status == "met" and mark.points == mark.max_points
    # credited by the turn that explains it, not by the greeting's "dealt with properly"
    assert any("Schedule 3" in e.text for e in mark.evidence if e.kind == "turn")


def test_a_vague_promise_and_a_later_mention_of_the_department_do_not_explain_it():
    result = _model_with("complaint-schedule-3", {
        EXPLAINED: "Leave that with me, I'll see it gets handled right and reaches whoever "
                   "looks after these things.",
        "Professional Standards will be in touch within ten working days":
            "Professional Standards will phone you by next Friday to tell you who has it."})
    mark = result.item("schedule-3-explained")
    assert mark.points == 0 and mark.status == "not_met"
    assert "schedule-3-explained" in result.critical_failures and not result.passed
    assert "say none of" in mark.reason


def test_only_ringing_back_is_not_the_safety_advice_a_critical_item_wants():
    result = _model_with("domestic-abuse-children", {
        "Keep the door shut and stay in the room": "If he starts on that door again, "
                                                   "phone us straight back on 999, okay?",
        "You're doing really well. Keep the drawers": None,
        "Stay where you are with the door blocked": None,
        "Keep listening for me and stay by the door": None})
    mark = result.item("safety-advice")
    assert mark.points == 0 and mark.status == "uncertain" and mark.leaning == "not_met"
    assert "ring again" in mark.reason and not result.passed


def test_ringing_back_beside_real_advice_is_still_the_advice():
    result = _model_with("domestic-abuse-children", {
        "Keep the door shut and stay in the room": "Keep that door shut and stay put in "
                                                   "there, and if he starts again ring us "
                                                   "straight back."})
    assert result.item("safety-advice").status == "met"


@pytest.mark.parametrize(("clause", "only"), [
    ("just phone us back on 999 okay", True),
    ("if she turns nasty, ring nine nine nine right away", True),
    ("give us a call back when it is safe", True),
    ("call us again if anything changes", True),
    ("if he gets to the door do not open it, ring us", False),
    ("lock yourself in and ring 999", False),
    ("keep ringing his mobile", False),
])
def test_which_clauses_only_tell_the_caller_to_ring_again(clause: str, only: bool):
    assert rings_again_only(clause) is only


def test_saying_takes_one_word_or_many_and_only_with_asked():
    one = Condition.model_validate({"asked": "complaint_recording", "saying": "formally"})
    assert one.saying == ("formally",)
    with pytest.raises(ValidationError, match="`saying` does not go with `said`"):
        Condition.model_validate({"said": "formally", "saying": ["formally"]})
