"""The intent matcher: paraphrase, speech errors, two questions, and honest accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scoring.intents import accuracy, clauses
from simulator.library import intent_library, intent_matcher

DATA = Path(__file__).parent / "data"
REQUIRED = (
    "location what_happened when_happened anyone_injured breathing_conscious weapons "
    "suspect_present suspect_description direction_of_travel vehicle_description "
    "caller_safe children_present caller_name callback_number date_of_birth "
    "relationship previous_incidents alcohol_drugs medical_conditions reassurance "
    "safety_advice scene_preservation crime_prevention next_steps reference_number "
    "signpost confirm_details apology desired_outcome"
).split()


def test_library_has_every_required_intent():
    assert set(REQUIRED) <= set(intent_library().intents)


@pytest.mark.parametrize(("text", "expected"), [
    ("What is the address?", ("location",)),
    ("whats the address", ("location",)),                       # no punctuation or apostrophe
    ("um er where are you", ("location",)),                     # hesitations
    ("Is anybody hurt?", ("anyone_injured",)),
    ("has he got a knife or anything", ("weapons",)),
    ("Can I take your name and a number to call you back on?",
     ("caller_name", "callback_number")),                        # two questions in one breath
    ("is he still there what is he wearing", ("suspect_present", "suspect_description")),
    ("okay bear with me", ()),                                   # asks nothing
    ("I'm just typing that up", ()),
])
def test_matches(text, expected):
    assert intent_matcher().intents(text) == expected


def test_match_explains_itself():
    (found,) = intent_matcher().match("whereabouts are you love")
    assert found.intent == "location"
    assert found.phrase  # the library phrase it resembled
    assert 0 < found.score <= 1.0


def test_clauses_split_questions_not_alternatives():
    assert clauses("Is he male or female?") == ["Is he male or female"]
    assert len(clauses("What's your name, and what's your number?")) == 2
    assert clauses("Are you family, or a neighbour?") == ["Are you family or a neighbour"]


def test_a_spoken_summary_opens_with_its_read_back():
    # Recognised speech has no comma after "just to confirm"; what was said follows it.
    said = "just to confirm you'd like the officer to ring you back tomorrow is that right"
    assert clauses(said)[0] == "just to confirm"
    assert "confirm_details" in intent_matcher().intents(said)
    # The thing to be checked is not cut from its opener: "your address" is not asked.
    assert clauses("just to confirm your address is 14 mill lane") == [
        "just to confirm your address is 14 mill lane"]


def _scores(path: Path) -> tuple[float, float]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    measured = accuracy(intent_matcher(), ((c["text"], c["intents"] or []) for c in cases))
    return measured.precision, measured.recall


def test_held_out_accuracy_does_not_regress():
    """Floors a little below the figures in the README, so a regression shows here.

    The held-out set was written apart from the phrase library and is never used to
    build or tune it (the development set is for tuning).
    """
    precision, recall = _scores(DATA / "intents_heldout.yaml")
    assert precision >= 0.90  # measured 0.924 (README)
    assert recall >= 0.89  # measured 0.910
