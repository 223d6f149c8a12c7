"""Session 16: whom a question is about. New wording, not lines of any blind or training set."""

from __future__ import annotations

from scoring.truth import Person
from scoring.understanding.roles import roles_of

from .conftest import subjects_in_turn


def test_the_neighbour_complained_about_fits_neighbour_by_his_record() -> None:
    tenant = Person(id="neighbour", role="subject", name="'Dean', tenant of 4 Elm Row",
                    description="male, forties, playing drums")
    assert roles_of(tenant, "") == {"suspect", "neighbour"}
    other = Person(id="lodger", role="subject", name="Dean", description="male, forties")
    assert roles_of(other, "") == {"suspect"}


def test_next_door_in_a_noise_call_is_the_one_complained_about() -> None:
    # Kyle, tenant of 21, is the one complained about; Mrs Grant at 17 another neighbour
    assert subjects_in_turn("neighbour-noise-asb",
                            "Is the bloke next door on his own in there?")[-1] == {"suspect"}
    assert subjects_in_turn("neighbour-noise-asb",
                            "Do you know the surname of the fella next door?")[-1] == {"suspect"}
    assert subjects_in_turn("neighbour-noise-asb",
                            "Has the neighbour at 21 ever threatened you?")[-1] == {"suspect"}


def test_a_neighbour_placed_or_named_is_still_that_neighbour() -> None:
    assert subjects_in_turn("neighbour-noise-asb",
                            "Is there a number I can reach the lady at 17 on?")[-1] == {
        "neighbour"}
    assert subjects_in_turn("neighbour-noise-asb",
                            "Would Mrs Grant be happy to back you up?")[-1] == {"neighbour"}


def test_she_with_no_officer_in_the_world_is_the_woman_it_has() -> None:
    # the collision's world has no officer; its one woman is the trapped driver
    said = subjects_in_turn("road-collision-injury",
                            "Did she manage to tell you what she's called?",
                            "Roughly what age do you reckon she is?")
    assert "officer" not in said[0] | said[1]
    assert said[-1] == {"casualty"}


def test_she_in_a_complaint_about_officers_is_still_the_officer() -> None:
    said = subjects_in_turn("complaint-schedule-3",
                            "Did she give you her collar number at all?")
    assert said[-1] == {"officer"}
