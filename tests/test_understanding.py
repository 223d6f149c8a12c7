"""The analysis of a trainee turn: its contract, its journal form, and the marker using it."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, TurnAnalysis
from simulator.selftest import mark_attempt, understanding_of

from .conftest import attempt


@pytest.fixture(scope="module")
def understanding(mini):
    return understanding_of(mini)


def test_each_clause_gets_an_act_and_each_intent_names_its_phrase(understanding):
    analysis = understanding.analyse("Where are you? And what's your name?", Context())
    assert [a.kind for a in analysis.acts] == ["question", "question"]
    assert analysis.intent_ids() == ("location", "caller_name")
    for reading in analysis.intents:
        assert reading.phrase and 0.0 <= reading.confidence <= 1.0
        assert reading.polarity == "affirm" and reading.subject == "caller"


def test_analysis_survives_the_journal(understanding):
    analysis = understanding.analyse("what's the address and is anyone hurt", Context())
    again = TurnAnalysis.from_json(analysis.to_json())
    assert again == analysis
    with pytest.raises(ValueError, match="format"):
        TurnAnalysis.from_json({"text": "x"})
    broken = {**analysis.to_json(), "acts": [{"kind": "shouting", "clause": "x"}]}
    with pytest.raises(ValueError, match="shouting"):
        TurnAnalysis.from_json(broken)


def test_marker_reads_the_journalled_analysis(mini, understanding):
    text = "Hello, thanks for calling."
    heard = understanding.analyse("What's the address?", Context())
    # The caller acted on a reading of this very text by this analyser: the marker uses it.
    journalled = heard.__class__(**{**heard.__dict__, "text": text})
    record = attempt(turns=[(3, text)])
    turns = (record.turns[0].model_copy(update={"analysis": journalled.to_json()}),)
    result = mark_attempt(mini, record.model_copy(update={"turns": turns}))
    assert result.item("location-first").status == "met"
    # A reading made for other words (an assessor corrected the text) is not trusted.
    stale = heard.to_json()
    turns = (record.turns[0].model_copy(update={"analysis": stale}),)
    result = mark_attempt(mini, record.model_copy(update={"turns": turns}))
    assert result.item("location-first").status == "not_met"
