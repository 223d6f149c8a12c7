"""The caller's breath before an answer: a quiet, short sound that is never heard as speech."""

from __future__ import annotations

import numpy as np

from audio.breath import LENGTH_S, PEAK, RATE, breath_in


def test_the_breath_is_short_quiet_and_the_same_every_call() -> None:
    breath = breath_in()
    assert breath.rate == RATE and abs(breath.seconds - LENGTH_S) < 0.01
    assert float(np.max(np.abs(breath.samples))) <= PEAK + 1e-6  # ~20 dB under a line
    assert np.array_equal(breath.samples, breath_in().samples)


def test_the_breath_sits_in_the_telephone_band() -> None:
    samples = breath_in().samples.astype(np.float64)
    power = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    in_band = power[(freqs >= 300) & (freqs <= 3400)].sum()
    assert in_band / power.sum() > 0.9


def test_the_voice_model_never_takes_the_breath_for_speech() -> None:
    # Heard on loudspeakers past the echo canceller, it must neither barge in nor be
    # transcribed: the endpointer and Whisper's guard both ask the voice model.
    from audio.line import telephone
    from audio.vad import SileroVad

    breath = breath_in()
    for heard in (breath, telephone(breath).resampled(RATE)):
        assert float(SileroVad().probabilities(heard.samples).max()) < 0.3
