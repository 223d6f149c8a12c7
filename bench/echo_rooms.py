"""The echo canceller over many simulated rooms: how often the caller's own voice leaks.

The live bench (`bench.reply_gap --loudspeakers`) plays 60 lines through one room; this one
mixes 13 caller lines (4 hibari, 9 espeak-ng at three speeds) through 8 rooms each (a
loudspeaker 1 m away at 120 ms: gain 0.3, random reverberation tail, -60 dBFS noise) and
counts the lines whose echo, after `audio.echo.EchoCanceller`, starts a barge-in in the
voice model; then a trainee 10 dB over the echo says "Is anyone hurt?" 0.6–2 s into the
caller's line, and those must be heard.

    python3 -m bench.echo_rooms
"""

from __future__ import annotations

import numpy as np

from audio.clip import Clip
from audio.echo import EchoCanceller
from audio.endpoint import Endpointer, EndpointSettings, ModelJudge, SpeechStarted
from audio.line import telephone
from audio.stt import RATE
from audio.tts import Voice, text_to_speech

LINES = (
    "Hello, I need the police, somebody has broken into my house and taken the car keys.",
    "He's still outside, he's shouting at the window and I think he's got something in "
    "his hand.",
    "My daughter hasn't come home, she's fifteen, and her phone's going straight to "
    "voicemail.",
    "I've been waiting on the line for forty minutes and nobody has called me back.",
)
ROOMS = range(10, 18)
TRAINEE_AT_S = (0.6, 1.0, 1.5, 2.0)


def room(line: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    ir = np.zeros(int(0.35 * RATE))
    ir[int(0.12 * RATE)] = 0.3
    tail = rng.standard_normal(int(0.2 * RATE)) * np.exp(-np.arange(int(0.2 * RATE)) / 800)
    ir[int(0.12 * RATE) + 1:int(0.12 * RATE) + 1 + len(tail)] += 0.05 * tail
    wet = np.convolve(np.concatenate([line, np.zeros(int(0.4 * RATE))]), ir)
    mic = wet[:len(line) + int(0.4 * RATE)]
    return (mic + 0.001 * rng.standard_normal(len(mic))).astype(np.float32)


def barge_ins(mic: np.ndarray, line: np.ndarray) -> list[float]:
    settings = EndpointSettings(frame_ms=32)
    endpointer = Endpointer(RATE, settings, ModelJudge(settings))
    echo = EchoCanceller()
    echo.played(Clip(line, RATE))
    events = []
    for start in range(0, len(mic), 800):
        events += endpointer.feed(echo.clean(mic[start:start + 800]))
    return [e.at for e in events if isinstance(e, SpeechStarted)]


def main() -> int:
    hibari, espeak = text_to_speech("hibari"), text_to_speech("espeak")
    lines = [telephone(hibari.synthesise(t, Voice(name="heart")), None) for t in LINES]
    lines += [telephone(espeak.synthesise(t, Voice(rate=rate)), None)
              for t in LINES[:3] for rate in (140, 165, 200)]
    trainee = hibari.synthesise("Is anyone hurt?", Voice(name="heart")).resampled(RATE)
    level = 10 ** (-15 / 20) / np.sqrt(np.mean(trainee.samples ** 2))
    leaks = heard = cases = 0
    for clip in lines:
        line = clip.resampled(RATE).samples
        for seed in ROOMS:
            mic = room(line, np.random.default_rng(seed))
            cases += 1
            leaks += bool(barge_ins(mic, line))
            at_s = TRAINEE_AT_S[seed % len(TRAINEE_AT_S)]
            at = int(at_s * RATE)
            over = mic.copy()
            over[at:at + len(trainee.samples)] += trainee.samples[:len(over) - at] * level
            end_s = at_s + trainee.seconds
            heard += any(at_s - 0.1 <= t <= end_s for t in barge_ins(over, line))
    print(f"caller lines whose echo started a barge-in: {leaks} of {cases}")
    print(f"trainee talking over the caller heard: {heard} of {cases}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
