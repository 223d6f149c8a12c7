"""Session 17: whom a question is about. New wording, not lines of any blind or training set."""

from __future__ import annotations

from .conftest import subjects_in_turn


def test_a_body_camera_had_by_he_says_he_is_the_officer() -> None:
    # a complaint with a witness who filmed: "he" with an officer's kit is the officer
    said = subjects_in_turn("complaint-schedule-3", "You said he leaned in at the window.",
                            "Was he wearing a body camera at the time, can you remember?")
    assert said[-1] == {"officer"}
    said = subjects_in_turn("complaint-schedule-3",
                            "Was she wearing a bodycam as well?")
    assert said[-1] == {"officer"}


def test_a_camera_without_an_officers_kit_is_not_made_an_officers() -> None:
    # the phone that filmed is the witness's
    said = subjects_in_turn("complaint-schedule-3",
                            "Did your cousin get any of it on his phone?")
    assert said[-1] == {"witness"}


def test_the_passenger_is_whoever_the_world_says_rode_as_one() -> None:
    # the collision: the driver who failed to stop had a passenger with him
    said = subjects_in_turn("road-collision-injury", "Did you see who was in the BMW?",
                            "Can you describe the passenger at all?")
    assert said[-1] == {"suspect"}
    # the complaint: the caller's cousin rode in the front passenger seat
    said = subjects_in_turn("complaint-schedule-3",
                            "Could I take a contact number for the passenger?")
    assert said[-1] == {"witness"}
