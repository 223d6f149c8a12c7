"""A microphone the test feeds at its own pace: the same audio, no real-time race.

Played through the sound server in real time, a busy machine changes what a live test
hears: a playback underrun lengthens a pause (and splits a turn), a late decode leaves the
hang-over to the clock instead of the words, a voice cue read too slowly is left out. Those
are speed, measured in bench/. The turn-taking *logic* is tested here instead:
`MicrophoneInput` runs unchanged (its real endpointer, voice model, Whisper and decoder
thread) but its microphone is this one, which hands over the audio block by block and,
before each block, waits until every decode started at a pause has been read and acted
on. The call's clock is the audio fed so far, so a decode always lands within its pause
(as it does on an idle machine), and the result is the same on any machine.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np
import pytest

RATE = 16000
HANG = 120.0  # seconds: only a hang waits this long for one decode


class PacedMicrophone:
    """Stands in for `audio.devices.Microphone`: `audio`, then `tail_s` of silence."""

    def __init__(self, audio: np.ndarray, block_ms: int, tail_s: float = 3.0) -> None:
        self.failed: str | None = None
        self.fed = 0  # samples handed over: the call's clock
        self._block = RATE * block_ms // 1000
        self._audio = np.concatenate([audio.astype(np.float32),
                                      np.zeros(int(tail_s * RATE), np.float32)])
        self._ready: Callable[[], bool] = lambda: False  # until `pace`
        self.done = threading.Event()
        self.stuck = False

    def pace(self, ready: Callable[[], bool]) -> None:
        self._ready = ready

    def read(self, timeout: float = 0.5) -> np.ndarray | None:
        if self.fed >= len(self._audio):
            self.done.set()
            time.sleep(timeout)
            return None
        deadline = time.monotonic() + HANG
        while not self._ready():
            if time.monotonic() > deadline:
                self.stuck = True
                self.done.set()
                return None
            time.sleep(0.005)
        block = self._audio[self.fed:self.fed + self._block]
        self.fed += len(block)
        return block

    def position(self) -> int:
        return self.fed

    def close(self) -> None:
        self.done.set()


def hear_paced(stt, audio: np.ndarray, monkeypatch: pytest.MonkeyPatch, **options):
    """Everything `MicrophoneInput` heard in `audio` (fed as above), and the input itself."""
    import simulator.live_audio as live

    made: list[PacedMicrophone] = []

    def microphone(_device=None, rate=RATE, block_ms=50, **_rest) -> PacedMicrophone:
        assert rate == RATE
        made.append(PacedMicrophone(audio, block_ms))
        return made[0]

    monkeypatch.setattr(live, "Microphone", microphone)
    # The voice cue is waited for as long as it takes: on an idle machine it is read
    # beside the decode; a busy one leaving it out is speed, not the logic under test.
    monkeypatch.setattr(live, "VOICE_CUE_WAIT_S", HANG)
    mic = live.MicrophoneInput(stt, lambda: made[0].fed / RATE, **options)
    source = made[0]
    # Every decode job queued, and every one run to its end (decisions acted on):
    # the decoder thread takes jobs from `_jobs` and looks `_run` up per job.
    queued, finished = [0], [0]
    put, run = mic._jobs.put, mic._run

    def counted_put(job, *args, **kwargs) -> None:
        if job is not None:
            queued[0] += 1
        put(job, *args, **kwargs)

    def counted_run(job) -> None:
        try:
            run(job)
        finally:
            finished[0] += 1

    mic._jobs.put = counted_put  # type: ignore[method-assign]
    mic._run = counted_run  # type: ignore[method-assign]

    def ready() -> bool:
        # the voice model loads as the phone rings; here it has rung long enough
        loading = any(t.name == "voice-cue-load" for t in threading.enumerate())
        return not loading and finished[0] == queued[0]

    source.pace(ready)
    heard: list = []
    try:
        assert source.done.wait(HANG * 4), "the audio was never all read"
        assert not source.stuck, f"a decode never finished ({mic.failure})"
        # the final decode (a turn ended on the clock) may still be running
        deadline = time.monotonic() + HANG
        while finished[0] < queued[0] and time.monotonic() < deadline:
            time.sleep(0.01)
        assert finished[0] == queued[0], "a decode never finished"
    finally:
        mic.close()  # joins the decoder: a final decode in hand is delivered first
    heard.extend(mic.poll(0))
    assert mic.failure is None, mic.failure
    return heard, mic
