"""Does the trainee sound finished? The voice model on a real human voice, and what the
turn taker makes of its reading.

The model (Smart Turn v3.2, from pipecat-ai's wheel, installed by ./setup with --no-deps)
and the human prompts (asterisk-core-sounds-en-g722) are real; the cut points below are
between two words of each prompt, found once with Whisper's word timings. The turn taker's
judgement is tested with the timing of sessions 5–8 (`ANSWER_AT_ONCE`), whose hang-overs
differ by reading, so each reading shows in the wait; since session 9 a call's timing waits
past a thinking pause whatever the reading (tests/test_turn_taking.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from audio.clip import Clip
from audio.errors import EngineMissingError
from audio.turn_end import ANSWER_AT_ONCE, TurnTiming
from simulator.turn_taking import FINISHED, UNFINISHED, TurnTaker

RATE = 16000
PAUSE = np.zeros(int(0.064 * RATE), np.float32)  # the live endpointer's first pause

# (prompt, where a reader is mid-sentence: seconds, the words before it)
MID_SENTENCE = [
    ("conf-invalid", 1.506, "That is not a valid"),
    ("confbridge-begin-glorious-a", 1.776, "the conference will begin when"),
    ("conf-onlyone", 1.606, "There is currently one other"),
]


@pytest.fixture(scope="module")
def voice():
    from audio.sounds_finished import SoundsFinished, available

    if not available():
        pytest.skip("the Smart Turn model is not installed (./setup: pipecat-ai --no-deps)")
    return SoundsFinished()


def prompt(name: str) -> Clip:
    corpora = pytest.importorskip("bench.corpora")
    pytest.importorskip("G722", reason="G722 not installed (./setup)")
    clip = corpora.asterisk_clip(name) if corpora.ASTERISK.is_dir() else None
    if clip is None:
        pytest.skip("asterisk-core-sounds-en-g722 not installed (run .ci/speech-setup.sh)")
    return clip


@pytest.mark.parametrize(("name", "cut", "words"), MID_SENTENCE)
def test_a_human_voice_sounds_finished_at_the_end_and_not_mid_sentence(
        voice, name, cut, words) -> None:
    from bench.reply_gap import voiced_span

    x = prompt(name).samples
    end = voiced_span(x)[1]
    whole = voice.probability(np.concatenate([x[:int(end * RATE)], PAUSE]))
    front = voice.probability(np.concatenate([x[:int(cut * RATE)], PAUSE]))
    assert whole > FINISHED, (name, whole)
    assert front < UNFINISHED, (name, words, front)


def test_short_and_long_audio_are_read(voice) -> None:
    x = prompt("conf-invalid").samples
    assert 0.0 <= voice.probability(x[:800]) <= 1.0  # 50 ms: padded in front
    long = np.concatenate([np.zeros(10 * RATE, np.float32), x])  # 10 s: the last 8 read
    assert voice.probability(long) == pytest.approx(voice.probability(x[-8 * RATE:]), abs=1e-4)


def test_a_missing_model_says_how_to_install_it(monkeypatch, tmp_path) -> None:
    from audio.sounds_finished import available, model_path

    monkeypatch.setenv("CALLSIM_TURN_MODEL", str(tmp_path / "absent.onnx"))
    with pytest.raises(EngineMissingError, match="pipecat-ai"):
        model_path()
    assert not available()


# --- the turn taker with the voice's reading --------------------------------------------------


def burglary_taker() -> TurnTaker:
    """The turn-taker of a real library call, with its understanding of the words."""
    from simulator.library import understanding_for
    from simulator.loader import load_scenario, resolve

    return TurnTaker(understanding_for(load_scenario(resolve("burglary-next-morning"))),
                     ANSWER_AT_ONCE)


def test_the_voice_holds_back_a_whole_question_that_sounds_unfinished() -> None:
    taker = TurnTaker(None, ANSWER_AT_ONCE)
    t = ANSWER_AT_ONCE
    assert taker.decide("Is there any blood?").hangover_ms == t.complete_ms
    assert taker.decide("Is there any blood?", sounds_finished=0.9).hangover_ms == t.complete_ms
    held = taker.decide("Is there any blood?", sounds_finished=0.05)
    assert held.hangover_ms == t.default_ms and "sounds unfinished" in held.why


def test_the_voice_ends_a_whole_request_written_without_a_question_mark() -> None:
    taker = burglary_taker()
    t = ANSWER_AT_ONCE
    line = "Please don't touch the back door until the officers arrive."
    assert taker.decide(line).hangover_ms == t.default_ms
    assert taker.decide(line, sounds_finished=0.5).hangover_ms == t.default_ms
    ended = taker.decide(line, sounds_finished=0.95)
    assert ended.hangover_ms == t.complete_ms and "sounds finished" in ended.why
    # a fragment with no sure sense is never ended by the voice alone
    assert taker.decide("and the", sounds_finished=0.99).hangover_ms == t.unfinished_ms
    assert taker.decide("So just to check", sounds_finished=0.99).hangover_ms == t.unfinished_ms
    assert taker.decide("The back garden.", sounds_finished=0.99).hangover_ms == t.default_ms


def test_a_whole_question_must_sound_more_finished_than_not() -> None:
    taker = TurnTaker(None, ANSWER_AT_ONCE)
    t = ANSWER_AT_ONCE
    assert taker.decide("Is there any blood?", sounds_finished=0.6).hangover_ms == t.complete_ms
    held = taker.decide("Is there any blood?", sounds_finished=0.3)
    assert held.hangover_ms == t.default_ms and "sounds unfinished" in held.why


def test_a_question_mark_with_no_sure_sense_ends_when_it_sounds_surely_finished() -> None:
    taker = burglary_taker()
    t = ANSWER_AT_ONCE
    line = "Can I take your first?"  # Whisper's "?" on a fragment: no sure sense
    assert taker.decide(line).hangover_ms == t.default_ms
    assert taker.decide(line, sounds_finished=0.8).hangover_ms == t.default_ms
    ended = taker.decide(line, sounds_finished=0.95)
    assert ended.hangover_ms == t.complete_ms and "surely finished" in ended.why
    # words that need more are not ended by the voice, however finished it sounds
    assert taker.decide("Can you tell me?", sounds_finished=0.99).hangover_ms == t.unfinished_ms


def test_a_turn_that_sounds_clearly_unfinished_waits_past_a_long_pause_as_measured() -> None:
    taker = TurnTaker(None, ANSWER_AT_ONCE)
    t = ANSWER_AT_ONCE
    assert t.doubtful_ms > t.default_ms
    assert taker.decide("The back garden.", sounds_finished=0.3).hangover_ms == t.default_ms
    held = taker.decide("The back garden.", sounds_finished=0.01)
    assert held.hangover_ms == t.doubtful_ms and "sounding unfinished" in held.why
    # the long wait of words that need more is never shortened
    assert taker.decide("and the", sounds_finished=0.01).hangover_ms == t.unfinished_ms
    # a longer ordinary hang-over is never shortened by it
    slow = TurnTaker(None, TurnTiming(default_ms=1000, doubtful_ms=850))
    assert slow.decide("The back garden.", sounds_finished=0.01).hangover_ms == 1000
