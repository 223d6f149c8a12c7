"""An item whose deed has its own words is met only by a turn that says them (`saying:`),
and a critical safety-advice item is not credited by a turn that only tells the caller to
ring again (scoring/doubts.py `kind_doubt`). Calls are the scenarios' model attempts with
the lines that earn the item swapped for lines that only touch on it, in new wording."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import ValidationError

from scoring.conditions import Condition
from scoring.doubts import PUT_ASIDE, carried_permission, doubt, rings_again_only
from scoring.marking import clothes_only, said_form, said_in, says_words
from scoring.result import Result
from scoring.text import mentions_as_done
from scoring.understanding import Context
from scoring.understanding.wording import spelled
from tests.test_marking_critical_doubt import _model_with

from .conftest import marked_with_caller

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


def _with_caller(scenario: str, turns: list[tuple[float, str, str]]) -> Result:
    return marked_with_caller(scenario, [(t, who, text, [] if who == "caller" else None)
                                         for t, who, text in turns])


def test_a_question_for_the_clothes_is_a_description_only_when_the_answer_describes_her():
    def described(answer: str) -> str:
        return _with_caller("missing-person-vulnerable", [
            (0, "caller", "It's my daughter, she hasn't come home from school."),
            (20, "trainee", "What has she got on today?"),
            (24, "caller", answer)]).item("description").status

    assert described("Grey skirt, a black blazer with green trim and a pink backpack.") \
        == "not_met"
    assert described("She's about five foot two, slim, long dark hair, and she's in her "
                     "school blazer and a grey skirt.") == "met"
    assert clothes_only("what's she got on") and not clothes_only("what does she look like")


def test_a_scheme_phrase_is_said_with_its_verb_in_another_form_but_only_word_for_word():
    forms = [said_form("share your details")]
    assert list(said_in(forms, "Are you happy with me sharing your details with them?"))
    assert not list(said_in(forms, "I won't be sharing your details with anyone."))
    # a made-up form near another phrase is not the phrase ("ringed" is not "tried")
    assert not list(said_in([said_form("ring the council")], "have you tried the council"))
    assert says_words(forms, "they'll be sharing your details today")
    assert not says_words([said_form("so that's")], "okay, that's all sorted then")


def test_an_order_to_calm_down_defended_is_still_no_reassurance():
    result = _with_caller("complaint-schedule-3", [
        (0, "caller", "You lot are all the same, you'll bury this like always."),
        (20, "trainee", "Calm down sir, I'm just trying to take the details.")])
    assert result.item("acknowledge-early").status == "not_met"


def test_someone_in_touch_alone_is_not_telling_him_how_he_will_be_kept_informed():
    def informed(line: str) -> str:
        return _with_caller("complaint-schedule-3", [
            (0, "caller", "I want to complain about the officer who stopped me."),
            (200, "trainee", line)]).item("keep-informed").status

    assert informed("Right, somebody will get in contact with you.") == "not_met"
    assert informed("Professional Standards will phone you in the next fortnight.") == "met"


def _reading(understanding, text: str, intent: str):
    analysis = understanding.analyse(text, Context())
    found = next((r for r in analysis.intents if r.intent == intent and r.affirmed), None)
    return found, analysis


@pytest.mark.parametrize(("text", "intent"), [
    ("Forget the crime reference for now, are you safe where you are?", "reference_number"),
    ("Honestly that isn't an apology I'm able to offer you today.", "apology"),
])
def test_a_thing_put_aside_or_named_only_to_refuse_it_is_in_doubt(understanding, text,
                                                                  intent):
    # Either the analysis reads the putting aside (the intent negated), or, where it reads
    # the deed, the doubt holds it back: a critical item never rests on it.
    found, analysis = _reading(understanding, text, intent)
    negated = any(r.intent == intent and not r.affirmed for r in analysis.intents)
    assert negated or (found is not None and doubt(found, analysis) is not None)


def test_do_not_forget_is_no_putting_aside():
    assert PUT_ASIDE.search(spelled("and don't forget your crime number is 4471")) is None
    assert PUT_ASIDE.search(spelled("forget the crime number for now")) is not None


def test_asking_if_somebody_is_with_her_is_not_asking_about_children():
    def children(line: str) -> str:
        return _with_caller("silent-999-call", [
            (0, "caller", "[silence]"),
            (30, "trainee", line)]).item("children").status

    assert children("Is there somebody in there with you?") == "not_met"
    assert children("Are any of the kids in the flat with you?") == "met"


@pytest.mark.parametrize(("text", "clause", "carried"), [
    # one sentence of leave, split in two by the analysis: its second half is leave too
    ("You're okay to make a brew and sit in the back room now.", "sit in the back room now",
     True),
    # leave, then advice told in its own clause
    ("You're okay to make a brew now, just don't go in the back room.",
     "just don't go in the back room", False),
    # advice with no leave before it in its sentence
    ("Make a brew if you like. Keep out of the back room.", "Keep out of the back room",
     False),
])
def test_advice_going_on_from_a_permission_is_leave_too(understanding, text, clause,
                                                        carried):
    # any reading will do: only its clause is read, as the analysis split the turn
    some = understanding.analyse("Please keep out of the back room.", Context()).intents[0]
    reading = replace(some, intent="scene_preservation", clause=clause)
    assert (carried_permission(reading, text) is not None) is carried


def test_a_negation_of_one_thing_does_not_deny_the_place_after_it():
    assert mentions_as_done("Van with no tax disc at Mill Street, left there weeks.",
                            "Mill Street")
    assert not mentions_as_done("Caller says van is not at Mill Street now.", "Mill Street")
    assert not mentions_as_done("No ambulance needed.", "ambulance")


def test_asking_who_he_is_is_a_description_only_when_the_answer_describes_him():
    def described(answer: str) -> str:
        return _with_caller("domestic-abuse-children", [
            (0, "caller", "He's trying to get through the door, please hurry."),
            (20, "trainee", "And who's the man at the door?"),
            (24, "caller", answer)]).item("suspect-description").status

    assert described("It's Jamie. My ex. Alfie's dad.") == "not_met"
    assert described("Jamie, my ex. He's six foot, big build, shaved head, grey hoodie.") \
        == "met"
