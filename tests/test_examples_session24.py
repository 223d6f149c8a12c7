"""Learnt examples: a phone kept for a call to come is no stay_on_line placing (session 24).
Tests in new wording."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator import learn

EXAMPLES = Path(__file__).resolve().parent.parent / "scenarios" / "intent-examples.yaml"


def test_a_phone_kept_for_a_later_call_is_not_kept_under_the_line() -> None:
    assert learn.kept_for_later("stay_on_line", "keep your mobile charged in case Ahmed calls")
    assert learn.kept_for_later("stay_on_line", "leave your phone on loud tonight")


def test_the_line_held_is_still_kept() -> None:
    assert not learn.kept_for_later("stay_on_line", "stay on the phone with me till they come")
    assert not learn.kept_for_later("stay_on_line", "don't put the phone down yet")


def test_other_intents_keep_their_phone_placings() -> None:
    assert not learn.kept_for_later("callback_number", "keep your phone free in case we ring")


def test_the_shipped_examples_keep_no_phone_kept_for_later() -> None:
    shipped = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))["intents"]
    assert not [p for p in shipped["stay_on_line"] if learn.kept_for_later("stay_on_line", p)]
    assert shipped["stay_on_line"]  # the line held in other words is still there
