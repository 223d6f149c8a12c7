"""Session 20: non-critical items read as their descriptions say, and what marking does with
an analysis. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

from typing import Any

from scoring.attempt import Attempt
from scoring.result import ItemMark
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt
from tests.marked_calls import Turn, item_mark


def _logged(scenario: str, item: str, turns: list[Turn], log: dict[str, Any]) -> ItemMark:
    return mark_attempt(load_scenario(resolve(scenario)), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": scenario, "log": log, "events": [],
        "turns": [{"t": t, "speaker": who, "text": text}
                  | ({"reveals": reveals} if reveals is not None else {})
                  for t, who, text, reveals in turns]})).item(item)


# --- the collision: a passenger of the injured woman is no witness ------------------------

def _witnesses(line: str) -> ItemMark:
    return item_mark("road-collision-injury", "dashcam-witnesses", [
        (0, "caller", "There's been a crash, a car's gone into the barrier.", None),
        (6, "trainee", line, None),
        (10, "caller", "No, it's only her.", None)])


def test_asking_who_rode_with_the_injured_is_not_asking_for_witnesses() -> None:
    assert _witnesses("Has she got anybody else in the car with her?").points == 0
    assert _witnesses("Anybody else in her car with her?").points == 0


def test_asking_about_his_own_camera_still_is() -> None:
    assert _witnesses("Does your cab have a camera on the front, recording?").points > 0


# --- the complaint: denying the cover-up is no acknowledgement -----------------------------

def _opening(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "acknowledge-early", [
        (0, "caller", "I want to complain about an officer. You'll only bury it anyway.", None),
        (8, "trainee", line, None),
        (15, "caller", "Right.", None)])


def test_a_denied_cover_up_is_defensive_not_an_acknowledgement() -> None:
    assert _opening("Look, no one is covering anything up here. What's it about?").points == 0


def test_thanks_beside_it_still_acknowledge_him() -> None:
    mark = _opening("Thank you for calling about it, nobody's covering it up, I promise.")
    assert mark.points > 0


# --- the complaint: the passenger's clip, not the police's own video -----------------------

def _clip(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "phone-footage-kept", [
        (0, "caller", "My cousin recorded some of it on his phone.", ["evidence"]),
        (7, "trainee", line, None),
        (12, "caller", "Okay.", None)])


def test_the_body_worn_video_flagged_keeps_nothing_of_his() -> None:
    line = "I'm putting a note on for the body camera footage so it isn't deleted."
    assert _clip(line).points == 0


def test_asking_that_his_cousin_keeps_the_clip_does() -> None:
    assert _clip("Can you tell your cousin to keep that clip somewhere safe?").points > 0


def test_disowning_a_defence_is_not_making_it() -> None:
    mark = item_mark("complaint-schedule-3", "impartial", [
        (0, "caller", "He treated me like a criminal.", None),
        (6, "trainee", "I'm not here to take sides or say he was just doing his job.", None),
        (12, "caller", "Good.", None)])
    assert mark.points > 0


# --- the fly-tipping: the question that brought out the camera ----------------------------

def test_a_question_that_brings_out_the_farmers_camera_asked_about_evidence() -> None:
    mark = item_mark("non-police-matter", "evidence", [
        (0, "caller", "Someone's dumped a car and a load of rubbish in the gateway.", None),
        (8, "trainee", "Any idea at all who might have dropped it off?", None),
        (13, "caller", "No. The farmer has a camera on his gatepost, though.", ["witnesses"])])
    assert mark.points > 0


# --- the burglary: prevention for the weeks ahead -------------------------------------------

def _prevention(*lines: str) -> ItemMark:
    turns: list[Turn] = [(0, "caller", "Somebody's broken in overnight and had my wallet.",
                          None)]
    for at, line in enumerate(lines):
        turns += [(10 + 20 * at, "trainee", line, None), (16 + 20 * at, "caller", "Right.", None)]
    return item_mark("burglary-next-morning", "crime-prevention", turns)


def test_the_stolen_card_stopped_is_prevention() -> None:
    assert _prevention("Make sure you phone your bank and have that card stopped.").points > 0


def test_prevention_advice_given_last_stands_over_its_opposite_first() -> None:
    mark = _prevention("You're alright to hang the keys back on the hook by the door.",
                       "From now on keep your keys away from the back door at night.")
    assert mark.points > 0


# --- the domestic: the grab recorded, not what it left --------------------------------------

def _narrative(text: str) -> ItemMark:
    return _logged("domestic-abuse-children", "strangulation-recorded", [
        (0, "caller", "He had his hands on my throat earlier.", ["injuries"]),
        (6, "trainee", "Okay, I've got that.", None)], {"narrative": text})


def test_a_sore_neck_is_not_the_grab_recorded() -> None:
    assert _narrative("Partner kicking door. Neck sore, bruised arm.").points == 0


def test_the_grab_to_the_neck_is() -> None:
    assert _narrative("Partner kicking door. He grabbed her round the neck.").points > 0


# --- the hate incident: where he lives describes nobody -----------------------------------

def test_a_name_and_a_house_number_are_no_description() -> None:
    mark = item_mark("hate-incident", "description", [
        (0, "caller", "They've egged the window again.", None),
        (6, "trainee", "And who's the man doing it, what's his name?", None),
        (10, "caller", "It's Kyle Parker, he's at number 47 across the road.", None)])
    assert mark.points == 0
