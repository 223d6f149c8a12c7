"""Session 19's refit: which clauses of an example turn become phrasings, and the fit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scoring.understanding.wording import spelled
from simulator import learn


def _placed(tmp_path: Path, turns: list[dict[str, Any]]) -> list[str]:
    path = tmp_path / "intents_t.yaml"
    path.write_text(yaml.safe_dump(turns), encoding="utf-8")
    made = learn.intent_examples([path], learn.library_alone())
    return [p.lower() for ps in made["intents"].values() for p in ps]


def test_a_clause_whose_verb_is_left_out_is_not_a_phrasing(tmp_path: Path) -> None:
    placed = _placed(tmp_path, [
        {"text": "I asked you to stay away from the window, and I still want you to.",
         "intents": ["safety_advice"]},
    ])
    assert "i asked you to stay away from the window" in placed  # the clause that says it
    assert "i still want you to" not in placed  # says it only by pointing back


def test_a_clause_opening_with_a_time_is_not_a_phrasing(tmp_path: Path) -> None:
    placed = _placed(tmp_path, [
        {"text": "The officer will phone you back tomorrow rather than call round, after three "
                 "in the afternoon.", "intents": ["next_steps"]},
    ])
    assert "the officer will phone you back tomorrow rather than call round" in placed
    assert not any(p.startswith("after ") for p in placed)


def test_the_elided_and_timed_forms_are_told_apart_from_whole_clauses() -> None:
    said = spelled  # the forms are matched on the spelled clause
    assert learn._ELIDED.search(said("and I still want you to"))
    assert learn._ELIDED.search(said("I know you'll want to"))
    assert not learn._ELIDED.search(said("don't handle it any more than you have to"))
    assert not learn._ELIDED.search(said("who you spoke to"))
    assert learn._TIMED.match(said("before ten tonight"))
    assert not learn._TIMED.match(said("don't touch the door till they've been"))
