"""Hostile and damaged files: every command answers with exit 0 or 1 and one clear
message, never a signal, a traceback (exit 3), a hang or a runaway in memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring.authored import AuthoringError, parse_yaml
from tests.hostile import (
    acceptable,
    corpus_cases,
    generated_cases,
    own_rss_mb,
    real_sources,
    run_case,
    warm_up,
)

CEILING = 300.0  # seconds: only against a hang in a broken build, not a speed check
MEMORY_MB = 300.0


@pytest.fixture(scope="module")
def warm():
    warm_up()
    return own_rss_mb()


@pytest.mark.parametrize("case", corpus_cases(), ids=lambda c: f"{c.command}:{c.name}")
def test_hand_written_hostile_file_gets_a_clear_answer(case, warm, tmp_path):
    outcome = run_case(case, tmp_path / "case", timeout=CEILING)
    assert acceptable(outcome, warm, MEMORY_MB), outcome
    if outcome.exit == 1:  # one message, starting with what callsim says, never a trace
        assert outcome.message.startswith("callsim: ") or ":" in outcome.message, outcome
        assert "Traceback" not in (tmp_path / "case" / ".stderr").read_text(errors="replace")


def test_generated_hostile_files_get_clear_answers(warm, tmp_path, monkeypatch):
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    sources = real_sources(tmp_path / "sources")
    failures = []
    for n, case in enumerate(generated_cases(24, seed=2026, sources=sources)):
        outcome = run_case(case, tmp_path / f"g{n}", timeout=CEILING)
        if not acceptable(outcome, warm, MEMORY_MB):
            failures.append(outcome)
    assert not failures


def test_limits_are_said_with_file_and_line(tmp_path):
    from scoring.attempt import load_attempt

    corpus = Path(__file__).parent / "data" / "hostile"
    with pytest.raises(AuthoringError) as caught:
        parse_yaml("a: &a [*a]\n", "loop.yaml")
    assert str(caught.value) == ("loop.yaml:1: the alias *a is inside its own anchor &a: "
                                 "it would repeat for ever")
    with pytest.raises(AuthoringError) as caught:
        parse_yaml((corpus / "validate" / "billion-laughs.yaml").read_text(), "lol.yaml")
    assert "lol.yaml:" in str(caught.value) and "aliases" in str(caught.value)
    with pytest.raises(AuthoringError) as caught:
        parse_yaml("x:\n  y: " + "[" * 60 + "]" * 60 + "\n", "deep.yaml")
    assert str(caught.value).startswith("deep.yaml:2: nested more than 50 levels deep")
    with pytest.raises(AuthoringError) as caught:
        load_attempt(corpus / "score" / "time-infinity.json")
    assert "`Infinity` is not a number" in str(caught.value)
    with pytest.raises(AuthoringError) as caught:
        load_attempt(corpus / "score" / "source-telepathy.json")
    line = next(n for n, text in enumerate(
        (corpus / "score" / "source-telepathy.json").read_text().splitlines(), 1)
        if "telepathy" in text)
    assert str(caught.value).startswith(f"{corpus / 'score' / 'source-telepathy.json'}:"
                                        f"{line}: turns[1].source: Input should be 'script'")


# Anchors, aliases and nesting, as YAML text: the reader answers with a document or a
# clear problem, never RecursionError or a crash.
_names = st.sampled_from(["a", "b", "c"])
_yaml_value = st.recursive(
    st.one_of(st.sampled_from(["x", "1", "'q'", "~", "[]", "{}"]),
              _names.map(lambda n: f"*{n}")),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.tuples(_names, inner).map(lambda t: f"&{t[0]} [{t[1]}]"),
        st.dictionaries(st.sampled_from(["k", "l", "m"]), inner, max_size=3).map(
            lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}")),
    max_leaves=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_yaml_value, st.integers(min_value=0, max_value=400))
def test_any_yaml_with_aliases_and_nesting_is_read_or_refused(value, depth):
    text = f"root: {'[' * depth}{value}{']' * depth}\n"
    try:
        parse_yaml(text, "gen.yaml")
    except AuthoringError as error:
        assert error.problems and all(p.file == "gen.yaml" and p.line >= 1
                                      for p in error.problems)


_json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(_json_value, st.integers(min_value=0, max_value=3000),
       st.sampled_from(["", "NaN", "Infinity", "-Infinity", "1e999", "9" * 5000]))
def test_any_json_attempt_is_read_or_refused(value, depth, token):
    from scoring.attempt import parse_attempt

    inner = json.dumps({"format": "callsim.attempt/1", "scenario": "mini-burglary",
                        "log": {}, "turns": [{"t": 0, "speaker": "caller", "text": "x",
                                               "extra": value}]})
    text = "[" * depth + inner + "]" * depth
    if token:
        text = text.replace('"t": 0', f'"t": {token}')
    try:
        parse_attempt(text, "gen.json")
    except AuthoringError as error:
        assert all(str(p).startswith("gen.json:") for p in error.problems)
