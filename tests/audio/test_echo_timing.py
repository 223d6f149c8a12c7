"""The echo canceller when a line's echo does not arrive exactly where the delay found says.

A line starts at the output stream's next block and the microphone counts whole blocks, so
from line to line the echo comes a few tens of milliseconds sooner or later than the delay
found on the last one; and a room's reverberation outlasts the line. Neither may reach the
voice model (a false barge-in on loudspeakers). Deterministic: syllable-like bursts, a
pure delay and gain for the room, no devices.
"""

from __future__ import annotations

import numpy as np

from audio.clip import Clip
from audio.echo import EchoCanceller, EchoSettings

RATE = 16000
BLOCK = 512  # the live microphone's blocks (32 ms)
LEAK_DB = -50.0  # the voice model hears the caller's leak at about this level


def syllables(seconds: float, seed: int) -> np.ndarray:
    """150 ms voiced bursts every 250 ms, of varying loudness: onsets every quarter second."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * RATE)) / RATE
    loudness = 0.5 + 0.5 * rng.random(int(seconds / 0.25) + 1)[(t // 0.25).astype(int)]
    envelope = ((t % 0.25) < 0.15) * loudness
    voice = (np.sin(2 * np.pi * 180 * t) + 0.5 * np.sin(2 * np.pi * 360 * t)
             + 0.3 * rng.standard_normal(len(t)))
    return (0.2 * envelope * voice).astype(np.float32)


def heard_through_room(line: np.ndarray, delay_s: float, tail_s: float = 0.0) -> np.ndarray:
    """The line 1 m away: delayed, at a third of its level, optionally with a decaying
    reverberant tail (RT60 = `tail_s`)."""
    n = len(line) + int(0.5 * RATE)
    out = np.zeros(n)
    d = int(delay_s * RATE)
    out[d:d + len(line)] += 0.3 * line
    if tail_s:
        rng = np.random.default_rng(9)
        length = int(tail_s * RATE)
        ir = 0.01 * rng.standard_normal(length) * np.exp(-6.9 * np.arange(length) / length)
        wet = np.convolve(line, ir)[:n - d]
        out[d:d + len(wet)] += wet
    return out + 0.0005 * np.random.default_rng(5).standard_normal(n)


def leaks(settings: EchoSettings, lines: list[tuple[np.ndarray, float, float]]) -> list[int]:
    """Microphone blocks louder than `LEAK_DB` after cancelling, per line."""
    echo = EchoCanceller(settings)
    counts = []
    for line, delay_s, tail_s in lines:
        mic = heard_through_room(line, delay_s, tail_s)
        echo.played(Clip(line, RATE))
        out = np.concatenate([echo.clean(mic[i:i + BLOCK].astype(np.float32))
                              for i in range(0, len(mic) - BLOCK + 1, BLOCK)])
        level = 10 * np.log10(np.mean(out.reshape(-1, BLOCK).astype(np.float64) ** 2, axis=1)
                              + 1e-12)
        counts.append(int(np.sum(level > LEAK_DB)))
    return counts


def test_an_echo_that_comes_sooner_than_the_delay_found_stays_out() -> None:
    # the first line teaches a 100 ms delay; the second's echo comes 40 ms sooner
    lines = [(syllables(3, 2), 0.10, 0.0), (syllables(3, 3), 0.06, 0.0)]
    assert leaks(EchoSettings(), lines) == [0, 0]
    # looking no block ahead, the second line's onsets got through before the delay moved
    assert leaks(EchoSettings(ahead_blocks=0), lines)[1] > 0


def test_the_rooms_reverberation_after_a_line_stays_out() -> None:
    lines = [(syllables(3, 2), 0.10, 0.4), (syllables(3, 4), 0.10, 0.4)]
    assert leaks(EchoSettings(), lines) == [0, 0]
    # with the gate letting go as the line ends, the tail got through
    assert leaks(EchoSettings(reverb_s=0.05, reverb_blocks=1), lines)[1] > 0
