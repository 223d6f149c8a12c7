"""What the separate authors' examples teach the analysis: phrasings, a learnt second opinion
on acts and polarity, and the check that a reading is really there."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from scoring.intent_examples import IntentExamples, load_examples, with_examples
from scoring.intents import IntentLibrary, IntentSpec, clauses
from scoring.understanding import Context, TurnAnalysis, Understanding, readbacks
from scoring.understanding.clause_form import core_of
from scoring.understanding.sentences import DIMENSION
from scoring.understanding.trained import (
    UNDOUBTED,
    LinearModel,
    SecondOpinion,
    act_features,
    load,
    save,
    shipped,
)
from simulator import learn
from simulator.library import EXAMPLES, library_root, meaning_matcher

STALE = "run `python3 -m simulator.learn --development --phrasings-only` (then " \
        "`python3 -m simulator.kept_sentences`) after editing training/ or a development set"


def test_shipped_examples_and_models_are_those_of_the_training_files():
    # The models are training/'s; the phrasings are training/'s and the development act
    # sets' but the newest four (simulator.learn: what ships).
    opinion = shipped()
    assert opinion is not None, STALE
    assert opinion.examples == learn.fingerprint(learn.example_files()), STALE
    _, phrased_from = learn.sources(development=True, leave_out=learn.UNSEEN)
    assert load_examples(library_root() / EXAMPLES).examples == \
        learn.fingerprint(phrased_from), STALE
    assert opinion.verifier is not None
    assert set(opinion.intents) == set(meaning_matcher().library.intents), STALE


def test_models_survive_the_file(tmp_path):
    rng = np.random.default_rng(7)

    def model(classes: tuple[str, ...], rows: int) -> LinearModel:
        return LinearModel(classes, rng.normal(size=(rows, 5)).astype(np.float32),
                           rng.normal(size=rows).astype(np.float32),
                           np.ones(5, dtype=np.float32))

    opinion = SecondOpinion(model(("question", "statement", "greeting"), 3), "abc",
                            model(("no", "yes"), 1), ("location", "weapons"))
    path = tmp_path / "m.npz"
    save(path, opinion)
    again = load(path)
    assert again is not None and again.examples == "abc" and again.intents == opinion.intents
    x = rng.normal(size=5).astype(np.float32)
    assert again.verifier is not None and opinion.verifier is not None
    for mine, theirs in ((opinion.act, again.act), (opinion.verifier, again.verifier)):
        assert np.allclose(mine.probabilities(x), theirs.probabilities(x))
        assert abs(float(theirs.probabilities(x).sum()) - 1.0) < 1e-5
    assert load(tmp_path / "missing.npz") is None


def test_a_main_act_the_model_decided_is_journalled():
    analysis = TurnAnalysis(text="x", main="readback")
    again = TurnAnalysis.from_json(analysis.to_json())
    assert again.main == "readback" and again.act == "readback" and not again.is_question
    with pytest.raises(ValueError, match="shouting"):
        TurnAnalysis.from_json({**analysis.to_json(), "main": "shouting"})


def _sure_of(act: str) -> SecondOpinion:
    """An act model that always says `act`, whatever it sees."""
    acts = ("question", "readback", "statement")
    width = len(act_features(np.zeros(DIMENSION, np.float32), "x", ["statement"], [], False))
    bias = np.full(len(acts), -5.0, dtype=np.float32)
    bias[acts.index(act)] = 5.0
    return SecondOpinion(LinearModel(acts, np.zeros((len(acts), width), np.float32), bias,
                                     np.ones(width, np.float32)), "t")


def test_the_second_opinion_decides_the_act_where_it_is_sure():
    summary = "You locked up at half ten and found the door open at seven."
    readback = Understanding(meaning_matcher(), None, _sure_of("readback"))
    heard = readback.analyse(summary, Context())
    assert heard.act == "readback" and "confirm_details" in heard.intent_ids()
    # a question is never taken for a summary read back
    asked = readback.analyse("And the number you're calling on?", Context())
    assert asked.act == "readback" and "confirm_details" not in asked.intent_ids()
    told = Understanding(meaning_matcher(), None, _sure_of("statement"))
    assert told.analyse("I'll send someone round in the morning.", Context()).act == (
        "statement")
    # but advice heard in an instruction is an instruction (the definitions), sure or not
    assert told.analyse("Please don't touch the back door.", Context()).act == "instruction"


def test_a_clear_reading_is_heard_and_a_faint_one_is_weighed():
    learnt = Understanding.for_scenario(None, meaning_matcher())
    clear = learnt.analyse("Where is he now?", Context())
    assert clear.intent_ids() == ("suspect_present",)
    assert clear.intents[0].score >= UNDOUBTED
    faint = learnt.analyse("that sounds horrible for her", Context())
    assert "anyone_injured" not in faint.intent_ids()


def _library() -> IntentLibrary:
    return IntentLibrary(format="callsim.intents/1", intents={
        "location": IntentSpec(description="where", phrases=("where are you",)),
        "weapons": IntentSpec(description="arms", phrases=("any weapons",))},
        negatives=("okay",))


def test_examples_join_the_library_after_its_own_phrasings():
    examples = IntentExamples(format="callsim.intent-examples/1", examples="f",
                              intents={"location": ("where are you", "whereabouts are you"),
                                       "unknown_intent": ("x",)},
                              negatives=("right then", "okay"))
    merged = with_examples(_library(), examples)
    assert merged.intents["location"].phrases == ("where are you", "whereabouts are you")
    assert merged.intents["weapons"].phrases == ("any weapons",)
    assert "unknown_intent" not in merged.intents
    assert merged.negatives == ("okay", "right then")


def test_examples_are_placed_clause_by_clause(tmp_path, monkeypatch):
    turns = [
        {"text": "Whereabouts are you stood right now?", "intents": ["location"]},
        {"text": "Right, I've got that written down.", "intents": []},
        {"text": "So that's 6 Sycamore Grove, yeah?", "intents": ["confirm_details"]},
        {"text": "Where is he now, has he got a knife, do you think?",
         "intents": ["suspect_present", "weapons"]},
        {"text": "How long ago did they leave, a few minutes?", "intents": ["when_happened"]},
    ]
    path = tmp_path / "intents_t.yaml"
    path.write_text(yaml.safe_dump(turns), encoding="utf-8")
    made = learn.intent_examples([path], learn.library_alone())
    assert made["examples"] == learn.fingerprint([path])
    assert "Whereabouts are you stood right now" in made["intents"]["location"]
    assert "Right I've got that written down" in made["negatives"]
    assert "confirm_details" not in made["intents"]  # values are this call's own
    assert "has he got a knife do you think" in [p.lower() for p in made["intents"]["weapons"]]
    assert not any("a few minutes" in p for ps in made["intents"].values() for p in ps)
    bad = tmp_path / "intents_bad.yaml"
    bad.write_text(yaml.safe_dump([{"text": "x y z", "intents": ["no_such"]}]), "utf-8")
    with pytest.raises(SystemExit, match="no_such"):
        learn.intent_examples([bad], learn.library_alone())


def test_names_and_endearments_said_to_the_caller_are_not_matched():
    names = frozenset({"arthur", "mistry"})
    assert core_of("Feel free to put the phone down now Mr Mistry", names) == \
        "Feel free to put the phone down now"
    assert core_of("Okay Arthur can I start with your full name", names) == \
        "can I start with your full name"
    assert core_of("stay on the line for me my love", names) == "stay on the line for me"
    assert core_of("Is your name Arthur", frozenset()) == "Is your name Arthur"


def test_clauses_keep_idioms_and_tags_with_their_question():
    assert clauses("Don't try and move her, just keep talking to her.") == [
        "Don't try and move her", "just keep talking to her"]
    assert clauses("Would the neighbour have heard anything, do you think?") == [
        "Would the neighbour have heard anything do you think"]


def test_read_backs_said_in_words():
    address = readbacks.find("nine harebell close thornaby yeah", None)
    assert [(b.kind, b.value) for b in address] == [("address", "9 harebell close")]
    phone = readbacks.find("so thats oh seven seven double oh nine hundred five eight eight",
                           None)
    assert [(b.kind, b.value) for b in phone] == [("phone", "07700900588")]
    assert readbacks.find("what number on harebell close", None) == []


def test_an_act_label_against_the_definitions_is_not_fitted():
    # the definitions: telling the caller they need not give a detail is an instruction
    assert learn.against_definitions("No need to tell me the postcode, it's on the screen.",
                                     "statement")
    assert not learn.against_definitions("No need to tell me the postcode, it's on the "
                                         "screen.", "instruction")
    # the handler's own need is a statement by the same definitions
    assert not learn.against_definitions("I won't need your postcode.", "statement")
