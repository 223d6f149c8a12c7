"""Marks and subjects read from v30 and v31's disagreements (session 22, second round), each
form checked against the older development sets: a near `said:` match whose last word is
another English word ("ring you back" for "ring your bank") is not said; a surname or a
first name is a name, asked without a description; "mom" is "mum" in whose family someone
is; a scheme's number is said figure by figure; the people "there" or "in those houses"
live where the turn before said. Every line is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.marking import another_word, names_only, said_form, said_in, says_words
from scoring.understanding import Context
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of
from tests.marked_calls import item_mark

# --- a near match whose last word is another word ----------------------------------------


def test_a_near_match_ending_on_another_english_word_is_not_said() -> None:
    assert list(said_in(["ring the bank"], "we will ring the back office")) == []
    assert list(said_in(["ring the bank"], "you'll want to ring the bank first thing")) == [
        "ring the bank"]


@pytest.mark.parametrize(("wanted", "heard", "other"), [
    ("bank", "back", True),      # a word of its own
    ("friends", "frends", False),  # misspelt
    ("friends", "friend", False),  # its other ending
    ("locks", "lock", False),
])
def test_another_word_is_an_english_word_differing_before_its_ending(
        wanted: str, heard: str, other: bool) -> None:
    assert another_word(wanted, heard) is other


def test_a_misspelt_or_inflected_last_word_is_still_said() -> None:
    assert list(said_in(["get the locks changed"], "you should get the lock changed")) == [
        "get the locks changed"]


# --- a surname is a name ----------------------------------------------------------------------


@pytest.mark.parametrize(("clause", "only"), [
    ("Do you know his surname at all?", True),
    ("What's the lad's first name?", True),
    ("Can I have her full name?", True),
    ("What's his surname and what does he look like?", False),
    ("Describe him for me.", False),
])
def test_a_surname_alone_is_a_name_alone(clause: str, only: bool) -> None:
    assert names_only(clause) is only


# --- "mom" is "mum" ---------------------------------------------------------------------------


def test_someone_elses_mom_is_someone_else() -> None:
    missing = understanding_of(load_scenario(resolve("missing-person-vulnerable")))
    analysis = missing.analyse("have you got Ellie's mom's mobile at all", Context())
    assert {r.subject for r in analysis.intents} == {"other"}


# --- the people there, after a turn naming where -----------------------------------------------


@pytest.mark.parametrize("question", [
    "Have you spoken to the people there at all?",
    "Are you friendly with the families in those houses?",
])
def test_the_people_there_are_whoever_lives_where_the_turn_before_said(question: str) -> None:
    burglary = understanding_of(load_scenario(resolve("burglary-next-morning")))
    before = burglary.analyse("We've had reports from Redcliff Road and Woodland Drive as well.",
                              Context())
    after = burglary.analyse(question, Context().after(before))
    assert {r.subject for r in (after.intents or after.near)} == {"victim"}


# --- a scheme's number said figure by figure ---------------------------------------------------


@pytest.mark.parametrize(("turn", "said"), [
    ("so that's oh seven seven oh oh, nine oh oh, five five two, yeah?", True),
    ("oh seven seven double oh nine hundred", True),
    ("07700 900552, have I got that right?", True),
    ("double oh seven seven oh", False),  # another number
    ("oh right, seven of them", False),
])
def test_a_number_said_figure_by_figure_is_said(turn: str, said: bool) -> None:
    assert says_words([said_form("07700")], turn) is said


def test_a_number_read_back_in_words_confirms_it() -> None:
    mark = item_mark("missing-person-vulnerable", "confirm-back", [
        (0, "caller", "My daughter's not come home.", None),
        (20, "trainee", "What's the best number for you?", None),
        (24, "caller", "07700 900318.", None),
        (30, "trainee",
         "right so oh seven seven oh oh, nine oh oh, three one eight, have I got that down",
         None),
        (35, "caller", "Yes.", None),
    ])
    assert mark.points > 0, mark.reason
