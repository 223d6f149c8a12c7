"""Subjects (session 28, from v37 and v44): the caller's name said last, after a question
about someone else, only addresses the caller, as a name said first does. New wording."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of


def _subjects(scenario: str, line: str) -> set[str]:
    understanding = understanding_of(load_scenario(resolve(scenario)))
    analysis = understanding.analyse(line, Context())
    return {r.subject for r in analysis.intents
            if r.intent in {"suspect_description", "anyone_injured"}}


@pytest.mark.parametrize("line", [
    "Do you know who could have broken in, Arthur?",
    "Have you got any idea who did this, Arthur?",
])
def test_the_callers_name_said_last_only_addresses_him(line: str) -> None:
    assert _subjects("burglary-next-morning", line) == {"suspect"}, line


def test_a_question_about_the_caller_with_his_name_last_is_still_his() -> None:
    assert _subjects("burglary-next-morning", "Did you get hurt at all, Arthur?") == {
        "caller"}
