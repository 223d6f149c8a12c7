"""Where a trainee's utterance starts and ends: energy endpointing and push-to-talk.

Energy against a running noise floor is enough for a headset in a training room, costs
nothing, and behaves the same on every machine. The hang-over (silence needed before an
utterance counts as ended) is the trade-off between cutting a trainee off mid-pause and the
caller answering late; 600 ms by default, configurable. Speech starting is also the
barge-in signal: the session stops the caller's playback when it sees `SpeechStarted`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from audio.clip import Clip, Samples


@dataclass(frozen=True)
class SpeechStarted:
    at: float  # seconds from the start of the audio fed


@dataclass(frozen=True)
class SpeechEnded:
    start: float
    end: float  # where speech stopped (before the hang-over)
    clip: Clip  # the utterance, with pre-roll before the start


Event = SpeechStarted | SpeechEnded


@dataclass(frozen=True)
class EndpointSettings:
    frame_ms: int = 20
    hangover_ms: int = 600
    pre_roll_ms: int = 300  # kept before the detected start: onsets are quiet
    min_speech_ms: int = 150  # shorter bursts (a cough, a click) are not utterances
    threshold_db: float = 12.0  # above the noise floor
    floor_db: float = -60.0  # never treat quieter than this as speech


class Endpointer:
    """Feed audio blocks of any size; get `SpeechStarted` / `SpeechEnded` events."""

    def __init__(self, rate: int, settings: EndpointSettings | None = None) -> None:
        self.rate = rate
        self.settings = settings or EndpointSettings()
        self._frame = max(1, rate * self.settings.frame_ms // 1000)
        self._pending = np.zeros(0, dtype=np.float32)
        self._history: list[Samples] = []  # frames of the current utterance (with pre-roll)
        self._pre_roll: list[Samples] = []
        self._frames_seen = 0
        self._noise_db = -50.0
        self._speaking = False
        self._loud_run = 0
        self._quiet_run = 0
        self._start_frame = 0
        self._last_loud = 0

    @property
    def speaking(self) -> bool:
        return self._speaking

    def feed(self, samples: Samples) -> list[Event]:
        self._pending = np.concatenate([self._pending, samples.astype(np.float32)])
        events: list[Event] = []
        while len(self._pending) >= self._frame:
            frame, self._pending = self._pending[: self._frame], self._pending[self._frame :]
            event = self._frame_in(frame)
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> list[Event]:
        """End of audio: an utterance still open ends here."""
        if not self._speaking:
            return []
        return [self._end()]

    def _frame_in(self, frame: Samples) -> Event | None:
        s = self.settings
        level = 10 * np.log10(float(np.mean(frame.astype(np.float64) ** 2)) + 1e-12)
        if self._frames_seen == 0:
            self._noise_db = level  # the microphone opens before anyone speaks
        loud = level > max(self._noise_db + s.threshold_db, s.floor_db)
        if not loud:  # the floor follows quiet frames: fast down, slow up
            rate = 0.3 if level < self._noise_db else 0.02
            self._noise_db += rate * (level - self._noise_db)
        index = self._frames_seen
        self._frames_seen += 1
        frame_s = s.frame_ms / 1000
        if not self._speaking:
            self._pre_roll.append(frame)
            keep = max(1, s.pre_roll_ms // s.frame_ms) + s.min_speech_ms // s.frame_ms
            del self._pre_roll[:-keep]
            self._loud_run = self._loud_run + 1 if loud else 0
            if self._loud_run * s.frame_ms >= s.min_speech_ms:
                self._speaking = True
                self._start_frame = index - self._loud_run + 1
                self._last_loud = index
                self._history = list(self._pre_roll)
                self._quiet_run = 0
                return SpeechStarted(self._start_frame * frame_s)
            return None
        self._history.append(frame)
        if loud:
            self._last_loud, self._quiet_run = index, 0
            return None
        self._quiet_run += 1
        if self._quiet_run * s.frame_ms >= s.hangover_ms:
            return self._end()
        return None

    def _end(self) -> SpeechEnded:
        frame_s = self.settings.frame_ms / 1000
        trailing = self._quiet_run - max(1, 100 // self.settings.frame_ms)  # keep 100 ms tail
        frames = self._history[: len(self._history) - max(0, trailing)]
        clip = Clip(np.concatenate(frames) if frames else np.zeros(0, np.float32), self.rate)
        event = SpeechEnded(self._start_frame * frame_s, (self._last_loud + 1) * frame_s, clip)
        self._speaking, self._history, self._pre_roll = False, [], []
        self._loud_run = self._quiet_run = 0
        return event


class PushToTalk:
    """The alternative to endpointing: speech is what is captured while the key is held."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._blocks: list[Samples] | None = None

    @property
    def held(self) -> bool:
        return self._blocks is not None

    def press(self) -> SpeechStarted:
        self._blocks = []
        return SpeechStarted(0.0)

    def feed(self, samples: Samples) -> None:
        if self._blocks is not None:
            self._blocks.append(samples.astype(np.float32))

    def release(self) -> SpeechEnded:
        blocks, self._blocks = self._blocks or [], None
        samples = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
        return SpeechEnded(0.0, len(samples) / self.rate, Clip(samples, self.rate))
