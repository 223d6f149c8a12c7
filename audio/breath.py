"""The caller drawing breath to answer: a sound made, not a recording.

People inhale before they speak, and a listener hears the in-breath as the other person
about to answer (Torreira, Bögels & Levinson 2015: speakers breathe in at about the end of
the question, before answers). On a phone a distressed caller's breathing is audible. The
live call lets the caller draw breath at a pause that sounds like the trainee's turn end,
while the decode and the reply are still being made (`simulator.live_audio`): it says "I am
about to answer" without taking the turn, so a trainee who carries on is not talked over —
the breath is cut off the moment they speak again.

The sound: noise shaped like an oral in-breath (most energy 500–2,500 Hz, a broad peak
near the first vowel formants), rising over the first third and fading, 0.35 s, with the
slight tremor of someone upset; then down the telephone line like every caller line. It is
made from a seed, so every call's breath is the same sound.
"""

from __future__ import annotations

import numpy as np

from audio.clip import Clip

RATE = 16000
LENGTH_S = 0.35
# Speech lines peak near 0 dBFS; an in-breath heard on a phone is ~20 dB under the voice.
PEAK = 0.1
TREMOR_HZ = 7.0  # a shaky breath: the amplitude wavers a little


def breath_in(seed: int = 11) -> Clip:
    """A short in-breath, 16 kHz mono."""
    rng = np.random.default_rng(seed)
    n = int(LENGTH_S * RATE)
    noise = rng.normal(0.0, 1.0, n)
    spectrum = np.fft.rfft(noise)
    freqs = np.fft.rfftfreq(n, 1.0 / RATE)
    # a broad band over the line's pass band, with a soft peak around 1.2 kHz (the mouth
    # open as for the vowel to come) and little above 3 kHz
    shape = np.exp(-0.5 * ((freqs - 1200.0) / 700.0) ** 2) + 0.35 * np.exp(
        -0.5 * ((freqs - 2400.0) / 500.0) ** 2)
    shape *= np.clip((freqs - 250.0) / 250.0, 0.0, 1.0)
    shaped = np.fft.irfft(spectrum * shape, n)
    t = np.arange(n) / RATE
    rise = np.clip(t / (LENGTH_S / 3), 0.0, 1.0)
    fall = np.clip((LENGTH_S - t) / (2 * LENGTH_S / 3), 0.0, 1.0)
    envelope = np.sin(0.5 * np.pi * rise) * np.sin(0.5 * np.pi * fall) ** 0.7
    envelope *= 1.0 + 0.15 * np.sin(2 * np.pi * TREMOR_HZ * t)
    out = shaped * envelope
    out *= PEAK / (float(np.max(np.abs(out))) or 1.0)
    return Clip(out.astype(np.float32), RATE)
