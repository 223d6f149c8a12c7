"""Session 15: whom a question is about, in turns that follow one another. New wording,
not lines of any blind or training set."""

from __future__ import annotations

from .conftest import subjects_in_turn


def test_they_after_asking_whether_the_caller_saw_anyone_is_who_was_seen() -> None:
    said = subjects_in_turn("burglary-next-morning",
                            "Did you happen to notice anybody about before you went to bed?",
                            "Can you describe them at all?")
    assert said[-1] == {"suspect"}
    said = subjects_in_turn("burglary-next-morning",
                            "Did you see or hear anyone outside overnight?",
                            "And if you did spot them, how tall were they?")
    assert said[-1] == {"suspect"}


def test_they_after_asking_whether_anyone_else_saw_is_still_the_witness() -> None:
    said = subjects_in_turn("burglary-next-morning",
                            "Did anybody else see what happened?",
                            "Would they be willing to give a statement?")
    assert said[-1] != {"suspect"}


def test_he_after_someone_is_said_to_have_a_son_is_the_child() -> None:
    # Liam, the man at risk, has a six-year-old boy
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "Does Liam live alone?",
                            "He has a boy of his own, you mentioned?",
                            "And what age is he?")
    assert said[-1] == {"child"}
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "Does Liam live alone?",
                            "liams got a little lad hasnt he",
                            "is he at the flat with him tonight")
    assert said[-1] == {"child"}


def test_he_after_someone_is_said_to_have_a_grown_relative_is_no_child() -> None:
    said = subjects_in_turn("concern-for-welfare-mental-health",
                            "Does Liam live alone?",
                            "He's got a brother nearby, you said?",
                            "How old is he?")
    assert said[-1] != {"child"}


def test_they_asked_of_what_offenders_do_after_a_neighbour_is_the_offenders() -> None:
    # the neighbour at 17 complained about the noise too; the party's host is the one it is about
    said = subjects_in_turn("neighbour-noise-asb",
                            "Has the neighbour at 17 complained as well?",
                            "The music's coming from next door, yeah?",
                            "Are they drunk, would you say?")
    assert said[-1] == {"suspect"}


def test_they_after_a_neighbour_asked_about_something_of_theirs_stays_the_neighbour() -> None:
    said = subjects_in_turn("neighbour-noise-asb",
                            "Has the neighbour at 17 complained as well?",
                            "Have they got a phone number I could use?")
    assert said[-1] != {"suspect"}


def test_the_people_who_stopped_and_saw_are_witnesses_not_offenders() -> None:
    assert subjects_in_turn("road-collision-injury",
                            "Did the people who came to help you see what happened?") == [
        {"witness"}]
    # "the people who did it" still did it
    assert subjects_in_turn("road-collision-injury",
                            "Could the people who hit you have seen which way you went?")[-1] \
        != {"witness"}
