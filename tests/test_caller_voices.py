"""Caller voices for a live call: what the first seconds need before the phone rings, the
rest in the background, and nothing made twice across calls (real espeak-ng synthesis;
no sound device is used: lines are only rendered and put through the telephone line)."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.dialogue import Reply


@pytest.fixture
def voices_for(mini, tmp_path, monkeypatch):
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    try:
        from audio.tts import text_to_speech
        from audio.tts_cache import VoiceCache
        from simulator.caller_voices import CallerVoices
        from simulator.live_audio import DeviceSpeaker
        from simulator.speech_pipeline import SpeechMouth
        engine = text_to_speech("espeak")
    except Exception as error:  # no speech engine here: say why and skip
        pytest.skip(f"espeak-ng is not available: {error}")

    def make() -> CallerVoices:
        mouth = SpeechMouth(VoiceCache(engine), mini)
        return CallerVoices(mouth, DeviceSpeaker(mouth.voices, mini), mini)

    return make


def test_only_the_starting_voice_is_made_before_ringing_and_kept_for_the_next_call(
        voices_for, mini):
    first = voices_for()
    counts: list[tuple[int, int]] = []
    assert first.before_ringing(lambda done, of: counts.append((done, of)), lambda: False)
    start_lines = len(first.first)
    assert counts[0] == (0, start_lines) and counts[-1] == (start_lines, start_lines)
    assert first.synthesised == start_lines
    assert first.missing(first.later)  # the other voices wait for the call to start
    first.rest_in_background()
    first.stop()  # joins the worker (it may be cut short: what is made stays made)

    again = voices_for()  # the next call of this scenario: nothing to synthesise
    progress: list[tuple[int, int]] = []
    assert again.before_ringing(lambda done, of: progress.append((done, of)), lambda: False)
    assert again.synthesised == 0 and progress == [(0, 0)]
    opening = Reply(mini.caller.opening, "opening", distress=mini.caller.distress.start)
    clip = again.speaker.clip(opening)  # ready at the output stream's rate, down the line
    spectrum = np.abs(np.fft.rfft(clip.samples)) ** 2
    freqs = np.fft.rfftfreq(len(clip.samples), 1 / clip.rate)
    assert spectrum[freqs > 3800].sum() < 0.02 * spectrum.sum()  # telephone band only


def test_the_background_makes_every_other_voice(voices_for):
    voices = voices_for()
    assert voices.before_ringing(lambda done, of: None, lambda: False)
    voices._make_rest()  # the background thread's work, here in the test's own thread
    assert voices.missing(voices.later) == []


def test_ctrl_c_stops_the_preparation(voices_for):
    voices = voices_for()
    assert not voices.before_ringing(lambda done, of: None, lambda: True)
    assert voices.synthesised == 0


def test_a_line_is_kept_as_the_line_carries_it_and_played_at_the_stream_rate(voices_for, mini):
    """One mu-law byte a sample at 8 kHz is held (a quarter of 16-bit samples at 16 kHz);
    played, it is the telephone line's sound at the output stream's rate."""
    from audio.line import telephone
    from audio.stt import RATE
    from simulator.speech_pipeline import caller_voice

    voices = voices_for()
    reply = Reply(mini.caller.opening, "opening", distress=mini.caller.distress.start)
    played = voices.speaker.clip(reply)
    (held,) = voices.speaker._ready.values()
    assert held.dtype == np.uint8
    line = telephone(voices.mouth.voices.clip(reply.text, caller_voice(mini, reply.distress)))
    assert len(held) == len(line.samples)
    assert played.rate == RATE and len(played.samples) == 2 * len(line.samples)
    exact = line.resampled(RATE).samples
    assert float(np.max(np.abs(played.samples - exact)[400:-400])) < 1e-3
