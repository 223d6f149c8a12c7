"""Microphone and speaker through sounddevice (PortAudio).

Every failure to reach a device (PortAudio missing, no device, busy, unplugged mid-call)
becomes `DeviceUnavailableError`, which the session catches to carry on in typed mode;
what the microphone already captured stays in its ring buffer.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from audio.clip import Clip, Samples
from audio.errors import DeviceUnavailableError
from audio.ring import RingBuffer

Kind = Literal["input", "output"]
_FIX = "on Debian/Ubuntu `apt-get install libportaudio2` and `pip install sounddevice`"


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    rate: float
    default_input: bool
    default_output: bool


def _sd() -> Any:
    try:
        import sounddevice  # type: ignore[import-untyped]
    except (ImportError, OSError) as error:  # OSError: the PortAudio library is missing
        raise DeviceUnavailableError(f"no sound support ({error}): {_FIX}") from error
    return sounddevice


def list_devices() -> list[Device]:
    sd = _sd()
    try:
        found = sd.query_devices()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as error:
        raise DeviceUnavailableError(f"cannot list sound devices: {error}") from error
    return [
        Device(
            i,
            str(d["name"]),
            int(d["max_input_channels"]),
            int(d["max_output_channels"]),
            float(d["default_samplerate"]),
            i == default_in,
            i == default_out,
        )
        for i, d in enumerate(found)
    ]


def choose(spec: str | int | None, kind: Kind) -> int:
    """A device by index, by (part of) its name, or the default; checked for `kind`."""
    devices = list_devices()
    usable = [d for d in devices if (d.inputs if kind == "input" else d.outputs) > 0]
    if not usable:
        raise DeviceUnavailableError(
            f"no {kind} sound device on this computer"
            + (" (PulseAudio clients need XDG_RUNTIME_DIR set)" if not devices else "")
        )
    if spec is None or spec == "":
        default = [d for d in usable if (d.default_input if kind == "input" else d.default_output)]
        return (default or usable)[0].index
    if isinstance(spec, int) or str(spec).isdigit():
        index = int(spec)
        if any(d.index == index for d in usable):
            return index
    else:
        named = [d for d in usable if str(spec).lower() in d.name.lower()]
        exact = [d for d in named if d.name.lower() == str(spec).lower()]
        if exact or len(named) == 1:
            return (exact or named)[0].index
        if named:
            raise DeviceUnavailableError(
                f"{spec!r} matches several {kind} devices: "
                + ", ".join(f"{d.index} {d.name}" for d in named)
            )
    listing = ", ".join(f"{d.index} {d.name}" for d in usable)
    raise DeviceUnavailableError(f"no {kind} device {spec!r}; choose one of: {listing}")


class Playback:
    """A clip playing; `stop()` cuts it off (barge-in) and `wait()` blocks until it ends."""

    def __init__(self, clip: Clip, device: str | int | None = None, block: int = 1024) -> None:
        sd = _sd()
        # The first blocks PortAudio asks for prime the ALSA/Pulse buffer and were dropped
        # (seen: the first 64 ms of every line missing), so each clip starts with silence.
        self._samples = np.concatenate([np.zeros(2 * block, np.float32), clip.samples])
        self._position = 0
        self._stopped = threading.Event()
        self.finished = threading.Event()
        try:
            self._stream = sd.OutputStream(
                samplerate=clip.rate,
                channels=1,
                dtype="float32",
                device=choose(device, "output"),
                blocksize=block,
                latency=0.2,  # what is buffered still plays after a barge-in; 200 ms at most
                callback=self._callback,
                finished_callback=self.finished.set,
            )
            self._stream.start()
        except sd.PortAudioError as error:
            raise DeviceUnavailableError(f"cannot play sound: {error}") from error

    def _callback(self, out: Any, frames: int, _time: Any, _status: Any) -> None:
        sd = _sd()
        chunk = self._samples[self._position : self._position + frames]
        out[: len(chunk), 0] = chunk
        out[len(chunk) :, 0] = 0.0
        self._position += len(chunk)
        if self._stopped.is_set() or len(chunk) < frames:
            raise sd.CallbackStop

    @property
    def seconds_sent(self) -> float:
        """Audio handed to the device so far (it buffers ahead of what has been heard)."""
        return self._position / float(max(1, self._stream.samplerate))

    def stop(self) -> None:
        """Cut the line off now: abort drops what is buffered (stop would play it out)."""
        self._stopped.set()
        self._stream.abort()
        self._stream.close()
        self.finished.set()

    def wait(self, timeout: float | None = None) -> bool:
        done = self.finished.wait(timeout)
        if done:
            self._stream.close()
        return done


def play(clip: Clip, device: str | int | None = None) -> Playback:
    """Start playing; returns at once. Play a short silence first after a long idle."""
    return Playback(clip, device)


START_MARGIN_S = 0.2  # silence a line stream plays first, beyond its buffer's blocks


class LineOut:
    """One output stream kept open for the whole call: a line starts at the next 20 ms block.

    Opening a stream per line costs its start-up and the silence PortAudio's first blocks
    need (above): ~0.3 s before the caller is heard. Here the stream runs from the start of
    the call, playing silence between lines, so a reply starts within one block plus the
    device's latency; `stop()` (barge-in) silences it at the next block.

    Nothing handed to the device is taken as played until the device is steady. On the ALSA
    "pulse" device (PortAudio 19.6) the blocks that fill the buffer as a stream starts never
    reach the sink (the first 60 ms of a line played as the line opened was missing), and a
    playback underrun (the audio thread late: seen at load ~7) is followed by a storm of
    callbacks ~1 ms apart, each flagged `output_underflow`, while the device recovers: what
    was buffered and what the storm is handed is dropped, and a line fed to it was consumed
    in ~40 ms, heard by nobody. So the line waits through the first `_settle` blocks, every
    flagged block and `_settle` blocks after it, and on a flag goes back over what the last
    `_resend` blocks carried (twice the buffer's: it and the server's may have been dropped
    with it): a block may be heard twice, none is lost. `underruns` counts the flags
    (benches print it).
    """

    def __init__(self, device: str | int | None = None, rate: int = 16000,
                 block_ms: int = 20, latency: float = 0.06) -> None:
        sd = _sd()
        self.rate = rate
        self._samples = np.zeros(0, np.float32)
        self._position = 0
        self._lock = threading.Lock()
        self.started_at: float | None = None  # monotonic time the current line's first block left
        self._pending_start = False
        self.underruns = 0
        self.failed: str | None = None  # set when the device goes away mid-call
        self._closing = False
        block = rate * block_ms // 1000
        # the buffer's blocks, plus one in the callback's hands
        self._settle = int(np.ceil(latency * rate / block)) + 1
        # blocks still to wait before the line may move: as the stream starts, longer (the
        # start-up drop was 60 ms once, and in one CI run the line's first 20 ms went with
        # an underrun ALSA recovered from unflagged); it costs only the call's first moments
        self._quiet_left = self._settle + int(np.ceil(START_MARGIN_S * rate / block))
        # blocks gone back over after an underrun: the pulse server buffers about as much again
        # as PortAudio's latency (a loaded CI run lost a line's first block, handed five
        # blocks before the underrun, when only the last `_settle` were sent again)
        self._resend = 2 * self._settle
        self._recent: list[int] = []  # line samples handed over by each of the last blocks
        # Called (on the audio thread) as a line's first block goes to the device.
        self.on_start: Callable[[], None] | None = None
        try:
            self._stream = sd.OutputStream(
                samplerate=rate, channels=1, dtype="float32", device=choose(device, "output"),
                blocksize=block, latency=latency, callback=self._callback,
                finished_callback=self._finished)
            self._stream.start()
        except sd.PortAudioError as error:
            raise DeviceUnavailableError(f"cannot play sound: {error}") from error

    def _callback(self, out: Any, frames: int, _time: Any, status: Any) -> None:
        started = False
        with self._lock:
            if status.output_underflow:
                self.underruns += 1
                # what the buffer held may have gone with the recovery: send it again
                self._position = max(0, self._position - sum(self._recent))
                self._recent.clear()
                # the flagged block itself is dropped (measured: handing it the line lost
                # the line's first 20-40 ms), and the device comes back from the underrun
                # as a stream starts, filling its buffer with blocks that may never reach
                # the sink, unflagged (a clean-clone CI run lost a line's first 20 ms, sent
                # again after the flag): so wait out a buffer's worth, as at the start
                self._quiet_left = max(self._quiet_left, self._settle)
            if self._quiet_left > 0:
                self._quiet_left -= 1
                chunk = self._samples[:0]
            else:
                chunk = self._samples[self._position:self._position + frames]
                self._position += len(chunk)
                self._recent = [*self._recent[1 - self._resend:], len(chunk)]
                if self._pending_start and len(chunk):
                    self._pending_start = False
                    self.started_at = time.monotonic()
                    started = True
        out[:len(chunk), 0] = chunk
        out[len(chunk):, 0] = 0.0
        if started and self.on_start is not None:  # the echo canceller: the line starts now
            self.on_start()

    def _finished(self) -> None:
        # PortAudio ends a running stream by itself only when the device went away.
        if not self._closing and self.failed is None:
            self.failed = "the caller's sound device stopped (unplugged?)"

    def play(self, clip: Clip) -> float:
        """Start `clip` now (cutting off any line still playing); returns its length."""
        if self.failed:
            raise DeviceUnavailableError(self.failed)
        samples = clip.resampled(self.rate).samples.astype(np.float32)
        with self._lock:
            self._samples, self._position = samples, 0
            self._recent = []
            self._pending_start, self.started_at = True, None
        return len(samples) / self.rate

    @property
    def playing(self) -> bool:
        with self._lock:
            return self.failed is None and self._position < len(self._samples)

    def stop(self) -> None:
        with self._lock:
            self._samples, self._position = np.zeros(0, np.float32), 0
            self._recent = []

    def close(self) -> None:
        self._closing = True
        self.stop()
        self._stream.abort()
        self._stream.close()


class Microphone:
    """Records continuously into a ring buffer and a queue of blocks for the recogniser."""

    def __init__(
        self,
        device: str | int | None = None,
        rate: int = 16000,
        block_ms: int = 50,
        keep_seconds: float = 120.0,
        latency: float | str = "high",
    ) -> None:
        self.rate = rate
        self.ring = RingBuffer(int(keep_seconds * rate))
        self.blocks: queue.Queue[Samples] = queue.Queue()
        self.failed: str | None = None  # set when the device goes away mid-call
        self._closing = False
        self._block = rate * block_ms // 1000
        self._block_at: float | None = None  # monotonic time the last block arrived
        sd = _sd()
        try:
            self._stream = sd.InputStream(
                samplerate=rate,
                channels=1,
                dtype="float32",
                device=choose(device, "input"),
                blocksize=rate * block_ms // 1000,
                # "high": a busy machine must not drop blocks; a live call that must answer
                # quickly asks for less (the callback only copies the block)
                latency=latency,
                callback=self._callback,
                finished_callback=self._finished,
            )
            self._stream.start()
        except sd.PortAudioError as error:
            raise DeviceUnavailableError(f"cannot open the microphone: {error}") from error

    def _callback(self, data: Any, _frames: int, _time: Any, status: Any) -> None:
        block = np.array(data[:, 0], dtype=np.float32)
        self.ring.write(block)
        self._block_at = time.monotonic()
        self.blocks.put(block)

    def position(self) -> int:
        """Samples captured up to this moment: those delivered, plus the time since the
        last block (at most a block). The echo canceller lays the caller's line on the
        microphone's timeline with it; counting whole blocks only put a line up to a block
        (32–50 ms) off, a different amount each line, and the gate let onsets through."""
        written = self.ring.written
        if self._block_at is None:
            return written
        since = int((time.monotonic() - self._block_at) * self.rate)
        return written + max(0, min(since, self._block))

    def _finished(self) -> None:
        # PortAudio ends the stream by itself only when the device went away.
        if not self._closing and self.failed is None:
            self.failed = "the microphone stopped (unplugged?); carry on typing"

    def read(self, timeout: float = 0.5) -> Samples | None:
        """The next block, or None if none came in time (check `failed` then)."""
        try:
            return self.blocks.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        self._closing = True
        self._stream.stop()
        self._stream.close()

    def __enter__(self) -> Microphone:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
