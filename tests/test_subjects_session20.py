"""Session 20: whom a question is about. New wording, not lines of any blind or training set."""

from __future__ import annotations

from .conftest import subjects_in_turn


def test_a_weapon_asked_after_of_anyone_is_the_ones_feared() -> None:
    # nobody named: whoever has a weapon is whom the caller fears, never the caller
    said = subjects_in_turn("neighbour-noise-asb",
                            "Is anybody over there carrying a blade or a bat?")
    assert said[-1] == {"suspect"}
    said = subjects_in_turn("neighbour-noise-asb",
                            "Does anyone in that house have something like a knife?")
    assert said[-1] == {"suspect"}


def test_a_verbless_list_after_a_question_is_about_whom_it_asked() -> None:
    # "…, pills or blades?" only lists what the question before it asked after
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "Did your brother talk about hurting himself with something, "
                            "blades or a rope?")
    assert said[-1] <= {"relative"}


def test_a_count_said_alone_is_the_callers_children() -> None:
    said = subjects_in_turn("domestic-abuse-children",
                            "So your two are both upstairs right now.",
                            "And what ages are they?")
    assert said[-1] == {"child"}


def test_a_child_brought_in_by_a_quote_is_whom_he_takes_up() -> None:
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "You mentioned Liam has a young son.",
                            "Is he staying at Liam's place at the moment?")
    assert said[-1] == {"child"}


def test_the_callers_name_said_to_them_is_not_whom_he_means() -> None:
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "Right Joanne, a few questions about your brother now.",
                            "Has he taken anything today, any drink or drugs?")
    assert said[-1] == {"relative"}


def test_a_whose_question_is_about_the_owner_and_he_takes_them_up() -> None:
    said = subjects_in_turn("non-police-matter", "Do you know whose land that is?",
                            "Is there any way of getting hold of him?")
    assert said[-1] <= {"other"}
    said = subjects_in_turn("non-police-matter", "Whose gateway is that, any idea?",
                            "Would he have a camera up there, do you think?")
    assert said[-1] == {"other"}


def test_a_pronoun_after_a_woman_of_a_group_fits_her_sex() -> None:
    # the world records the friends' parents as a group; "Ellie's mum" is one woman
    said = subjects_in_turn("missing-person-vulnerable",
                            "So you've already spoken to Ellie's mum.",
                            "Do you have a mobile for her I could ring?")
    assert said[-1] == {"other"}


def test_she_after_her_friends_is_not_the_friends() -> None:
    said = subjects_in_turn("missing-person-vulnerable",
                            "Have you checked with her friends?",
                            "Right. And what's your address?",
                            "How old is she?")
    assert said[-1] == {"missing_person"}
