"""The shipped library: every scenario valid, model passes, weak fails, criteria covered."""

from __future__ import annotations

import pytest

from simulator.loader import library_files, load_scenario, references
from simulator.selftest import run_self_test

FILES = library_files()
CALL_TYPES = {
    "domestic-abuse-children", "burglary-next-morning", "road-collision-injury",
    "missing-person-vulnerable", "concern-for-welfare-mental-health", "neighbour-noise-asb",
    "non-police-matter", "silent-999-call", "hate-incident", "interpreter-caller",
    "complaint-service-recovery",
}


def test_library_has_the_call_types_trainers_asked_for():
    assert {p.stem for p in FILES} >= CALL_TYPES


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_scenario_self_tests(path):
    scenario = load_scenario(path)
    assert scenario.id == path.stem, "the file name is the scenario id"
    for test in scenario.self_tests:
        outcome = run_self_test(scenario, test)
        assert outcome.ok, f"{test.id}: {outcome.failures}"
        if test.expect == "fail":
            assert test.missed, "a weak attempt names what it misses"


def test_every_call_evidenced_criterion_is_mapped():
    refs = references()
    mapped = {c for p in FILES for i in load_scenario(p).marking.items for c in i.criteria}
    wanted = {c.id for prof in refs.profiles.values() for c in prof.criteria
              if c.evidence == "call"}
    assert sorted(wanted - mapped) == []


def test_every_profile_is_trained_by_some_scenario():
    used = {load_scenario(p).profile for p in FILES}
    assert used == set(references().profiles)
