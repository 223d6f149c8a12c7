"""Generated input thrown at the loader and the marker: only clear errors, never crashes."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.attempt import parse_attempt
from scoring.authored import AuthoringError, parse_yaml, validate
from simulator.loader import load_scenario
from simulator.scenario import Scenario
from simulator.selftest import mark_attempt

DATA = Path(__file__).parent / "data"
MINI = load_scenario(DATA / "mini-scenario.yaml")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20))
trees = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_document_or_a_clear_error(text):
    try:
        parse_yaml(text, "gen.yaml")
    except AuthoringError as error:
        assert all(str(p).startswith("gen.yaml:") for p in error.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees)
def test_any_yaml_tree_validates_or_explains(tree):
    text = json.dumps(tree)  # JSON is YAML: any tree at all
    try:
        validate(parse_yaml(text, "gen.yaml"), Scenario)
    except AuthoringError as error:
        assert error.problems and all(p.line >= 1 for p in error.problems)


turn = st.fixed_dictionaries({
    "t": st.floats(min_value=0, max_value=900),
    "speaker": st.sampled_from(["caller", "trainee"]),
    "text": st.text(max_size=80),
})
attempts = st.fixed_dictionaries({
    "format": st.just("callsim.attempt/1"),
    "scenario": st.just("mini-burglary"),
    "turns": st.lists(turn, max_size=12).map(lambda ts: sorted(ts, key=lambda t: t["t"])),
    "log": st.fixed_dictionaries({}, optional={
        "location": st.text(max_size=40), "callback": st.text(max_size=20),
        "grade": st.sampled_from(["1", "2", "3", "4", "", "x"]),
        "narrative": st.text(max_size=60), "qualifiers": st.lists(st.text(max_size=8)),
        "crime": st.one_of(st.none(), st.text(max_size=10))}),
    "events": st.lists(st.fixed_dictionaries({
        "t": st.floats(min_value=0, max_value=900),
        "type": st.sampled_from(["grade_set", "system_check", "keypad"]),
        "query": st.text(max_size=20), "value": st.text(max_size=5)}), max_size=5)
    .map(lambda es: sorted(es, key=lambda e: e["t"])),  # records keep time order
})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attempts)
def test_any_attempt_is_marked_within_range(doc):
    result = mark_attempt(MINI, parse_attempt(json.dumps(doc)))
    assert 0.0 <= result.score <= 100.0
    assert all(0 <= i.points <= i.max_points for i in result.items)
    assert result.passed == (result.score >= MINI.marking.pass_mark
                             and not result.critical_failures)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=100), trees.map(json.dumps)))
def test_any_json_is_an_attempt_or_a_clear_error(text):
    try:
        parse_attempt(text, "gen.json")
    except AuthoringError as error:
        assert all(str(p).startswith("gen.json:") for p in error.problems)
