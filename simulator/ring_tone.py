"""The phone ringing in the trainee's headset until they answer.

A UK ringing tone: 400 Hz and 450 Hz together, on 0.4 s, off 0.2 s, on 0.4 s, off 2.0 s
(the cadence BT and Ofcom specify), so a trainee hears what a control room line sounds
like. The screen starts the `Ringer` when the call comes in and stops it on the answer; a
machine without sound simply shows the ringing.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from audio.clip import Clip
from audio.errors import AudioError

RATE = 16_000
CADENCE = ((0.4, True), (0.2, False), (0.4, True), (2.0, False))  # seconds, sounding
TONES_HZ = (400.0, 450.0)
LEVEL = 0.25  # well under a caller's speech: a ring should not startle


def ring_tone(seconds: float = 60.0, rate: int = RATE) -> Clip:
    """`seconds` of ringing, starting with a ring."""
    t = np.arange(int(seconds * rate)) / rate
    tone = sum(np.sin(2 * np.pi * hz * t) for hz in TONES_HZ) / len(TONES_HZ)
    period = sum(length for length, _ in CADENCE)
    phase = t % period
    sounding = np.zeros(len(t), dtype=bool)
    start = 0.0
    for length, on in CADENCE:
        if on:
            sounding |= (phase >= start) & (phase < start + length)
        start += length
    # 5 ms ramps at each edge, so the tone does not click on and off.
    ramp = int(0.005 * rate)
    envelope = np.convolve(sounding.astype(np.float64), np.ones(ramp) / ramp, mode="same")
    return Clip((LEVEL * tone * envelope).astype(np.float32), rate)


class Ringer:
    """Plays the ringing tone on a sound device; `stop()` on the answer. Any sound failure
    is swallowed: the screen shows the ringing anyway."""

    def __init__(self, device: str | int | None = None) -> None:
        self.device = device
        self._playing: Any = None

    def start(self) -> None:
        from audio.devices import play  # noqa: PLC0415  (PortAudio only with a device)

        try:
            self._playing = play(ring_tone(), self.device)
        except AudioError:
            self._playing = None

    def stop(self) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing = None
