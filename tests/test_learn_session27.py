"""Session 27: the development act sets as examples, asked for (`simulator.learn
--development`), with a fold left out to score as unseen authors."""

from __future__ import annotations

import re

import pytest
import yaml

from simulator import learn


def test_the_development_sets_are_named_not_globbed():
    names = [p.name for p in learn.development_files()]
    assert names[0] == "acts_dev.yaml" and names[-1] == "acts_v46.yaml"
    assert len(names) == 44  # dev and v4 to v46: nothing held out (v47 and later)
    assert not any(re.fullmatch(r"acts_v(?:4[7-9]|[5-9]\d)\.yaml", n) for n in names)


def test_a_held_out_set_cannot_be_named():
    with pytest.raises(SystemExit, match="not development"):
        learn.development_files(["v47"])


def test_a_fold_is_left_out_of_every_source():
    acts, every = learn.sources(development=True, leave_out=["v40", "v41", "v42"])
    for paths in (acts, every):
        stems = {p.stem for p in paths}
        assert "acts_v39" in stems and "acts_dev" in stems
        assert not stems & {"acts_v40", "acts_v41", "acts_v42"}
    assert set(learn.example_files()) <= set(every)


def test_by_default_only_training_is_learnt_from():
    acts, every = learn.sources()
    assert acts == learn.example_files("acts") and every == learn.example_files()


def test_a_file_is_placed_once_and_pooled_the_same(tmp_path):
    turns = [{"text": "Whereabouts are you stood right now?", "intents": ["location"]},
             {"text": "Right, I've got that written down.", "intents": []}]
    first, second = tmp_path / "acts_x.yaml", tmp_path / "acts_y.yaml"
    first.write_text(yaml.safe_dump(turns), encoding="utf-8")
    second.write_text(yaml.safe_dump([{"text": "Could you tell me which road you live on?",
                                       "intents": ["location"]}]), encoding="utf-8")
    alone = learn.library_alone()
    both = learn.intent_examples([first, second], alone)
    assert learn.placings(first, alone) is learn.placings(first, alone)
    again = learn.intent_examples([first, second], alone)
    assert both == again
    placed = set(both["intents"]["location"])
    assert {"Whereabouts are you stood right now",
            "Could you tell me which road you live on"} <= placed
    assert "Right I've got that written down" in both["negatives"]
