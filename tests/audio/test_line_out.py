"""The caller's open line (`audio.devices.LineOut`) on a real PulseAudio null sink: every
20 ms of a line reaches the sink, whenever it is played and however late the audio thread is.

Seen at load ~7: a line played through the kept-open stream reached nothing while one-shot
`play()` worked. A playback underrun on the ALSA "pulse" device is followed by a storm of
callbacks, each flagged `output underflow`, that come ~1 ms apart while the device recovers;
what they are handed never reaches the sink, and a line taken by them was consumed in
~40 ms, heard by nobody. The underrun is made here for certain, not left to the machine's
load: the test holds the interpreter lock for half a second, so the audio thread (which
needs it to run its callback) cannot refill the 60 ms buffer. A busier machine only adds
underruns, which must lose nothing either.

What reached the sink is recorded by `parec`, another process, from the sink's monitor, so
the recording does not stall with the stalled interpreter. Each 20 ms block of the line
must be found in it; repeats are allowed (a block the device may have dropped is sent
again), losses are not. The only deadlines are ones a hang reaches.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

RATE = 16000
BLOCK = RATE // 50  # LineOut's 20 ms block
HANG_S = 60.0


@pytest.fixture(scope="module")
def sink():
    from pulse import ensure_virtual_sound

    why = ensure_virtual_sound()
    if why:
        pytest.skip(why)
    if shutil.which("parec") is None:
        pytest.skip("parec is not installed (pulseaudio-utils; run .ci/speech-setup.sh)")
    sd = pytest.importorskip("sounddevice", reason="sounddevice/PortAudio not installed")
    sd._terminate()  # PortAudio listed devices at import, maybe before XDG_RUNTIME_DIR was set
    sd._initialize()
    return sd


class Recorder:
    """What reaches the null sink, read from its monitor by `parec` in another process."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            ["parec", "-d", "vsink.monitor", "--rate=16000", "--channels=1",
             "--format=float32le", "--raw", "--latency-msec=50"],
            stdout=subprocess.PIPE, env=os.environ.copy())
        self._chunks: list[bytes] = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read1(4096):  # type: ignore[attr-defined]
            with self._lock:
                self._chunks.append(chunk)

    def samples(self) -> np.ndarray:
        with self._lock:
            raw = b"".join(self._chunks)
        return np.frombuffer(raw[: len(raw) - len(raw) % 4], np.float32)

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(HANG_S)


@pytest.fixture
def recorder(sink) -> Iterator[Recorder]:
    recorder = Recorder()
    try:
        # parec is recording once its first samples come (the sink plays silence)
        deadline = time.monotonic() + HANG_S
        while not len(recorder.samples()) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(recorder.samples()), "parec recorded nothing from the sink's monitor"
        yield recorder
    finally:
        recorder.close()


def speech_like_line(seconds: float, seed: int) -> np.ndarray:
    """Noise in the telephone band (300–3400 Hz): every 20 ms of it is unlike any other,
    so each block can be looked for on its own, and the sink's resampling keeps its shape."""
    noise = np.random.default_rng(seed).standard_normal(int(seconds * RATE))
    spectrum = np.fft.rfft(noise)
    freqs = np.fft.rfftfreq(len(noise), 1 / RATE)
    spectrum[(freqs < 300) | (freqs > 3400)] = 0
    line = np.fft.irfft(spectrum, len(noise))
    return (0.25 * line / np.max(np.abs(line))).astype(np.float32)


def blocks_missing(line: np.ndarray, recording: np.ndarray) -> list[int]:
    """The 20 ms blocks of `line` not found anywhere in `recording` (normalised
    correlation ≥ 0.8; a block the sink never got matches nothing better than ~0.4)."""
    if len(recording) < BLOCK:
        return list(range(len(line) // BLOCK))
    size = 1 << int(np.ceil(np.log2(len(recording) + BLOCK)))
    heard = np.fft.rfft(recording, size)
    # the recording's energy under each 20 ms window, for the normalisation
    energy = np.concatenate([[0.0], np.cumsum(recording.astype(np.float64) ** 2)])
    window = np.sqrt(np.maximum(energy[BLOCK:] - energy[:-BLOCK], 1e-12))
    missing = []
    for k in range(len(line) // BLOCK):
        block = line[k * BLOCK:(k + 1) * BLOCK].astype(np.float64)
        scores = np.fft.irfft(heard * np.conj(np.fft.rfft(block, size)), size)
        scores = scores[: len(window)] / (window * np.linalg.norm(block))
        if float(np.max(scores)) < 0.8:
            missing.append(k)
    return missing


def wait_until_heard(line: np.ndarray, recorder: Recorder) -> list[int]:
    """Blocks still missing once all are heard, or at a deadline only a hang reaches."""
    deadline = time.monotonic() + HANG_S
    while True:
        missing = blocks_missing(line, recorder.samples())
        if not missing or time.monotonic() > deadline:
            return missing
        time.sleep(0.5)


def stall_the_interpreter(seconds: float) -> None:
    """Hold the interpreter lock: no other Python thread, the audio callback included,
    runs until it is let go (what a loaded scheduler does to the audio thread, for sure)."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(seconds + 1.0)
    try:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pass
    finally:
        sys.setswitchinterval(interval)


def test_a_line_played_as_the_line_opens_arrives_whole(recorder) -> None:
    from audio.clip import Clip
    from audio.devices import LineOut

    line = speech_like_line(1.0, seed=1)
    out = LineOut("pulse", RATE)
    try:
        out.play(Clip(line, RATE))  # at once: the stream has only just been started
        missing = wait_until_heard(line, recorder)
    finally:
        out.close()
    assert not missing, f"20 ms blocks never heard: {missing} of {len(line) // BLOCK}"


def test_a_line_survives_an_underrun(recorder) -> None:
    """The live call keeps the microphone open beside the line (the storm came with it)."""
    from audio.clip import Clip
    from audio.devices import LineOut, Microphone

    line = speech_like_line(1.5, seed=2)
    with Microphone("pulse", rate=RATE, block_ms=32, latency=0.05):
        out = LineOut("pulse", RATE)
        try:
            out.play(Clip(np.zeros(BLOCK, np.float32), RATE))
            deadline = time.monotonic() + HANG_S  # the stream runs once a block has left
            while out.playing and time.monotonic() < deadline:
                time.sleep(0.01)
            out.play(Clip(line, RATE))
            deadline = time.monotonic() + HANG_S  # ... and once the line has begun
            while out.started_at is None and time.monotonic() < deadline:
                time.sleep(0.005)
            stall_the_interpreter(0.5)
            missing = wait_until_heard(line, recorder)
            underruns = out.underruns
        finally:
            out.close()
    assert underruns >= 1, "the stall made no underrun: the test did not test"
    assert not missing, f"20 ms blocks never heard: {missing} of {len(line) // BLOCK}"
