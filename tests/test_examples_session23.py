"""Learnt examples: a wording authors placed more often under another intent is not kept
(session 23). Tests in new wording."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator import learn

EXAMPLES = Path(__file__).resolve().parent.parent / "scenarios" / "intent-examples.yaml"


def test_fillers_do_not_make_another_wording() -> None:
    assert learn.same_wording("Is she still at the bus stop right now?") == \
        learn.same_wording("is she at the bus stop")
    assert learn.same_wording("is she at the bus stop") != \
        learn.same_wording("is he at the bus stop")


def test_the_intent_placed_less_often_loses_the_wording() -> None:
    lost = learn.outvoted({
        "person_description": ["is she wearing a coat now"],
        "suspect_description": ["Is she wearing a coat", "is she still wearing a coat"],
        "last_seen": ["where was she last seen"]})
    assert lost["person_description"] == {"is she wearing a coat now"}
    assert lost["suspect_description"] == set()
    assert lost["last_seen"] == set()


def test_a_tie_keeps_both_placings() -> None:
    lost = learn.outvoted({"caller_safe": ["are you alone in the flat"],
                           "suspect_present": ["are you alone in the flat now"]})
    assert lost == {"caller_safe": set(), "suspect_present": set()}


def test_the_shipped_examples_keep_no_outvoted_placing() -> None:
    shipped = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))["intents"]
    assert all(not lost for lost in learn.outvoted(shipped).values())


def test_children_are_not_asked_of_a_lone_he_or_she() -> None:
    assert learn.about_a_lone_person("children_present", "is she still at the park with you")
    assert not learn.about_a_lone_person("children_present", "is she with her little sister")
    assert not learn.about_a_lone_person("children_present", "is Maisie at home with you")
    assert not learn.about_a_lone_person("suspect_present", "is he still at the park")


def test_the_shipped_children_examples_name_a_child() -> None:
    shipped = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))["intents"]
    assert not [p for p in shipped["children_present"]
                if learn.about_a_lone_person("children_present", p)]


def test_a_placing_of_only_whom_it_was_about_is_not_kept() -> None:
    assert learn.names_only_whom("her mum")
    assert learn.names_only_whom("and yours Maureen")
    assert not learn.names_only_whom("her mum's number")
    assert not learn.names_only_whom("Postcode")
    assert not learn.names_only_whom("is Dave your partner")


def test_the_shipped_examples_name_more_than_whom() -> None:
    shipped = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))["intents"]
    assert not [p for ps in shipped.values() for p in ps if learn.names_only_whom(p)]
