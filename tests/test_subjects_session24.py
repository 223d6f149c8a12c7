"""Subjects (session 24, from v33 and v34): "it" after a word that takes a thing, straight
after a turn about a vehicle, is that vehicle; "the little one" is a child, though its "one"
is spelled as a figure. New wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of


def _subjects(scenario: str, before: str, line: str) -> set[str]:
    understanding = understanding_of(load_scenario(resolve(scenario)))
    first = understanding.analyse(before, Context())
    heard = understanding.analyse(line, Context().after(first))
    return {r.subject for r in heard.intents}


@pytest.mark.parametrize(("before", "line"), [
    ("And the Micra, where has it ended up?", "is anything dripping from it at all"),
    ("Which car is blocking the road, the Micra?", "Is there smoke coming off it?"),
])
def test_it_after_a_vehicle_is_the_vehicle(before: str, line: str) -> None:
    assert "vehicle" in _subjects("road-collision-injury", before, line)


@pytest.mark.parametrize("line", [
    "Is the little one hurt?",
    "has the little one been injured at all",
])
def test_the_little_one_is_a_child(line: str) -> None:
    assert "child" in _subjects("domestic-abuse-children", "Where are you now?", line)


@pytest.mark.parametrize("line", [
    "You needn't describe him to me, Joanne.",
    "don't worry about what he was wearing joanne",
])
def test_the_callers_name_beside_him_only_addresses_her(line: str) -> None:
    understanding = understanding_of(load_scenario(resolve("concern-for-welfare-mental-health")))
    heard = understanding.analyse(line, Context())
    assert heard.intents and "caller" not in {r.subject for r in heard.intents}


def test_the_caller_asked_about_herself_by_name_is_still_the_caller() -> None:
    understanding = understanding_of(load_scenario(resolve("concern-for-welfare-mental-health")))
    heard = understanding.analyse("Joanne, did he hurt you at all?", Context())
    assert "caller" in {r.subject for r in heard.intents}


@pytest.mark.parametrize("line", ["and who was sat in it", "how many people were in it"])
def test_who_was_in_it_asks_after_the_people_not_the_vehicle(line: str) -> None:
    assert "vehicle" not in _subjects("road-collision-injury", "Which car hit you?", line)
