"""Session 25, by the lead: the caller's wish conceded before an order ("I know you'll want
to …, but …") gives no leave, and "where it is" after an order says where a thing stands,
no question. Each in new wording (no line of any set)."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- the caller's wish conceded (v5, v15, v22, v35; training c, h, l) ---------------------------


@pytest.mark.parametrize("text", [
    "I realise you'll be itching to sweep up the glass, but please leave the hallway as it is",
    "I get that you'd like to put the drawers back, but keep everything as it is for now",
])
def test_a_wish_conceded_before_but_gives_no_leave(understanding: Understanding,
                                                    text: str) -> None:
    heard = read(understanding, text)
    assert ("scene_preservation", "affirm") in heard, heard
    assert ("scene_preservation", "negate") not in heard, heard


def test_a_leave_said_outright_is_still_a_leave(understanding: Understanding) -> None:
    heard = read(understanding, "You're fine to sweep up the glass now, the CSI have been")
    assert ("scene_preservation", "negate") in heard, heard
    assert ("scene_preservation", "affirm") not in heard, heard


# --- "where it is" after an order ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "just leave everything where it is please",
    "keep all of them where they were love",
])
def test_where_a_thing_stands_is_no_question_of_its_own(text: str) -> None:
    assert clauses(text) == [text]


def test_where_put_first_still_asks() -> None:
    assert clauses("right where is he now what is he wearing") == [
        "right where is he now", "what is he wearing"]


def test_the_hallway_left_where_it_is_asks_no_location(understanding: Understanding) -> None:
    heard = read(understanding, "leave all the post where it is please")
    assert all(intent != "location" for intent, _ in heard), heard
