"""The echo canceller over many simulated rooms: how often the caller's own voice leaks.

The live bench (`bench.reply_gap --loudspeakers`) plays 60 lines through one room; this one
mixes caller lines through simulated rooms and counts the lines whose echo, after
`audio.echo.EchoCanceller`, starts a barge-in in the voice model; then a trainee at
-15 dBFS (close to the microphone) talks over the caller, and those must be heard.

Two sets, so a change tuned on the first is checked on rooms and lines it never saw:

- **tuning**: 13 caller lines (4 hibari, 9 espeak-ng at three speeds) × 8 rooms (a
  loudspeaker 1 m away at 120 ms: gain 0.3, a random reverberation tail decaying over
  ~50 ms, -60 dBFS noise); the trainee says "Is anyone hurt?" 0.6–2 s into the line.
- **check**: 4 other caller lines (hibari, espeak-ng at 150 and 185 words a minute) × 8
  other rooms (other seeds; a weaker, farther loudspeaker: gain 0.2 at 150 ms, a tail
  twice as long, so more of the echo lies beyond the filter's 64 ms); the trainee says
  "Where are you now?" 0.8–2.4 s in.

    python3 -m bench.echo_rooms
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from audio.clip import Clip
from audio.echo import EchoCanceller
from audio.endpoint import Endpointer, EndpointSettings, ModelJudge, SpeechStarted
from audio.line import telephone
from audio.stt import RATE
from audio.tts import Voice, text_to_speech


@dataclass(frozen=True)
class Rooms:
    name: str
    lines: tuple[str, ...]
    espeak_rates: tuple[int, ...]  # espeak-ng speeds for the first three lines
    seeds: range
    delay_s: float  # the loudspeaker's direct path
    direct: float  # its gain
    tail: float  # the reverberation tail's gain...
    decay: float  # ... its amplitude's time constant in samples
    tail_s: float  # ... and its length
    trainee: str
    trainee_at_s: tuple[float, ...]


TUNING = Rooms(
    name="tuning",
    lines=(
        "Hello, I need the police, somebody has broken into my house and taken the car keys.",
        "He's still outside, he's shouting at the window and I think he's got something in "
        "his hand.",
        "My daughter hasn't come home, she's fifteen, and her phone's going straight to "
        "voicemail.",
        "I've been waiting on the line for forty minutes and nobody has called me back.",
    ),
    espeak_rates=(140, 165, 200), seeds=range(10, 18), delay_s=0.12, direct=0.3, tail=0.05,
    decay=800, tail_s=0.2, trainee="Is anyone hurt?", trainee_at_s=(0.6, 1.0, 1.5, 2.0))

CHECK = Rooms(
    name="check",
    lines=(
        "There's smoke coming out of the flat next door and I can hear a dog barking inside.",
        "A white van has just driven into the back of my car on the roundabout and gone.",
        "I'm at the bus station on Queen Street and a man keeps following me around.",
        "My neighbour fell down the stairs about ten minutes ago and she isn't answering me.",
    ),
    espeak_rates=(150, 185), seeds=range(40, 48), delay_s=0.15, direct=0.2, tail=0.03,
    decay=1600, tail_s=0.5, trainee="Where are you now?", trainee_at_s=(0.8, 1.3, 1.8, 2.4))


def room(line: np.ndarray, rng: np.random.Generator, rooms: Rooms = TUNING) -> np.ndarray:
    at, n = int(rooms.delay_s * RATE), int(rooms.tail_s * RATE)
    ir = np.zeros(at + n + 1)
    ir[at] = rooms.direct
    ir[at + 1:] += rooms.tail * rng.standard_normal(n) * np.exp(-np.arange(n) / rooms.decay)
    wet = np.convolve(np.concatenate([line, np.zeros(int(0.4 * RATE))]), ir)
    mic = wet[:len(line) + int(0.4 * RATE)]
    return (mic + 0.001 * rng.standard_normal(len(mic))).astype(np.float32)


def cancelled(mic: np.ndarray, line: np.ndarray) -> tuple[list[float], EchoCanceller]:
    """When the voice model heard speech start in `mic` after the canceller, told that
    `line` was playing; and the canceller (the delay it found)."""
    settings = EndpointSettings(frame_ms=32)
    endpointer = Endpointer(RATE, settings, ModelJudge(settings))
    echo = EchoCanceller()
    echo.played(Clip(line, RATE))
    events = []
    for start in range(0, len(mic), 800):
        events += endpointer.feed(echo.clean(mic[start:start + 800]))
    return [e.at for e in events if isinstance(e, SpeechStarted)], echo


def barge_ins(mic: np.ndarray, line: np.ndarray) -> list[float]:
    return cancelled(mic, line)[0]


def measure(rooms: Rooms) -> tuple[int, int, int]:
    """(leaks, trainee heard, cases)."""
    hibari, espeak = text_to_speech("hibari"), text_to_speech("espeak")
    lines = [telephone(hibari.synthesise(t, Voice(name="heart")), None) for t in rooms.lines]
    lines += [telephone(espeak.synthesise(t, Voice(rate=rate)), None)
              for t in rooms.lines[:3] for rate in rooms.espeak_rates]
    trainee = hibari.synthesise(rooms.trainee, Voice(name="heart")).resampled(RATE)
    level = 10 ** (-15 / 20) / np.sqrt(np.mean(trainee.samples ** 2))
    leaks = heard = cases = 0
    for clip in lines:
        line = clip.resampled(RATE).samples
        for seed in rooms.seeds:
            mic = room(line, np.random.default_rng(seed), rooms)
            cases += 1
            leaks += bool(barge_ins(mic, line))
            at_s = rooms.trainee_at_s[seed % len(rooms.trainee_at_s)]
            at = int(at_s * RATE)
            over = mic.copy()
            over[at:at + len(trainee.samples)] += trainee.samples[:len(over) - at] * level
            end_s = at_s + trainee.seconds
            heard += any(at_s - 0.1 <= t <= end_s for t in barge_ins(over, line))
    return leaks, heard, cases


def main() -> int:
    for rooms in (TUNING, CHECK):
        leaks, heard, cases = measure(rooms)
        print(f"{rooms.name}: caller lines whose echo started a barge-in: {leaks} of {cases}; "
              f"trainee talking over the caller heard: {heard} of {cases}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
