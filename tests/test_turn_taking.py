"""End of turn from the words heard at the first pause and their sense (the call's own
understanding): which guesses end the turn at once, which wait past a thinking pause."""

from __future__ import annotations

import pytest

from audio.turn_end import TurnTiming, reading, soft_ending
from simulator.library import understanding_for
from simulator.loader import load_scenario, resolve
from simulator.turn_taking import TurnTaker

TIMING = TurnTiming()


@pytest.fixture(scope="module")
def taker() -> TurnTaker:
    scenario = load_scenario(resolve("burglary-next-morning"))
    return TurnTaker(understanding_for(scenario), TIMING)


def wait(taker: TurnTaker, text: str) -> int:
    return taker.decide(text).hangover_ms


def test_a_question_heard_whole_ends_at_once(taker) -> None:
    for text in ("Is there any blood?", "Has he had anything to drink today?",
                 "Which street is the house on?"):
        assert wait(taker, text) == TIMING.complete_ms, taker.decide(text).why


def test_a_question_mark_on_words_with_no_sure_sense_waits(taker) -> None:
    # Whisper's "?" on a fragment: "Can I take your first?" for "…your first name" (main's
    # understanding of 23:40 is sure of "Would you like me to get in in?", once the example)
    assert wait(taker, "Can I take your first?") == TIMING.default_ms > 700
    assert wait(taker, "Are there any?") == TIMING.unfinished_ms  # "any" needs more


def test_no_question_mark_waits_past_a_thinking_pause(taker) -> None:
    # "Is there any blood… or does anyone need a doctor"
    assert wait(taker, "Is there any blood.") == TIMING.default_ms > 700
    assert wait(taker, "Are you still at the same") == TIMING.default_ms


def test_words_that_need_more_wait_long(taker) -> None:
    for text in ("Tell me exactly where", "Can you tell me", "Can you tell me?",
                 "Is there any blood or", "What colour was the", "And, er..."):
        assert wait(taker, text) == TIMING.unfinished_ms, text


def test_a_whole_request_ending_on_a_particle_waits_only_the_ordinary_time(taker) -> None:
    # "…to me" read as unfinished waited 1.4 s; the sense says the request is whole
    assert reading("Describe your son to me.") == "unfinished"
    assert soft_ending("Describe your son to me.")
    assert wait(taker, "Describe your son to me.") == TIMING.default_ms
    # a fragment ending on the same kind of word still waits long
    assert wait(taker, "The man from") == TIMING.unfinished_ms


def test_soft_endings() -> None:
    assert soft_ending("What did the man look like.")  # "like": a verb's particle here
    assert soft_ending("Can she hear you if you talk to her.")
    assert not soft_ending("Tell me exactly where")  # a wh-word promises more
    assert not soft_ending("Can you tell me")  # an instruction's promise
    assert not soft_ending("Where did he go,")  # a comma
    assert not soft_ending("And the")


def test_without_understanding_the_words_alone_decide() -> None:
    words_only = TurnTaker(None, TIMING)
    assert words_only.decide("Where are you?").hangover_ms == TIMING.complete_ms
    assert words_only.decide("Is there any blood.").hangover_ms == TIMING.default_ms
    assert words_only.decide("Describe your son to me.").hangover_ms == (
        TIMING.unfinished_ms)
