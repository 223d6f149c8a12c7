"""Where a trainee's utterance starts and ends: endpointing and push-to-talk.

Each frame is judged voiced or not: by energy against a running noise floor (costs nothing,
behaves the same on every machine), or by a voice activity model (`audio.vad`, not moved by
steady noise). The hang-over (silence needed before an utterance counts as ended) is the
trade-off between cutting a trainee off mid-pause and the caller answering late; 600 ms by
default, configurable. Speech starting is also the barge-in signal: the session stops the
caller's playback when it sees `SpeechStarted`.

With `pause_ms` set, the first silence inside an utterance is announced (`SpeechPaused`) so
a slow recogniser can start on what was said while the hang-over runs, and `SpeechResumed`
says that guess is void; `hold(ms)` then changes the hang-over of this pause, which is how
the sense of what was said (`audio.turn_end`) ends a complete question sooner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

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


@dataclass(frozen=True)
class SpeechPaused:
    at: float  # where the silence began
    clip: Clip  # the utterance so far, with pre-roll


@dataclass(frozen=True)
class SpeechResumed:
    at: float


Event = SpeechStarted | SpeechEnded | SpeechPaused | SpeechResumed


@dataclass(frozen=True)
class EndpointSettings:
    frame_ms: int = 20
    hangover_ms: int = 600
    pre_roll_ms: int = 300  # kept before the detected start: onsets are quiet
    min_speech_ms: int = 150  # shorter bursts (a cough, a click) are not utterances
    threshold_db: float = 12.0  # above the noise floor
    floor_db: float = -60.0  # never treat quieter than this as speech
    pause_ms: int | None = None  # announce the first silence this long (None: never)


class VoiceJudge(Protocol):
    """Says whether one frame is speech; frames come in order, one judge per stream."""

    def voiced(self, frame: Samples, level_db: float) -> bool: ...


class EnergyJudge:
    """Voiced = louder than the running noise floor by `threshold_db`."""

    def __init__(self, settings: EndpointSettings) -> None:
        self.settings = settings
        self._noise_db: float | None = None

    def voiced(self, frame: Samples, level_db: float) -> bool:
        s = self.settings
        if self._noise_db is None:
            self._noise_db = level_db  # the microphone opens before anyone speaks
        loud = level_db > max(self._noise_db + s.threshold_db, s.floor_db)
        if not loud:  # the floor follows quiet frames: fast down, slow up
            rate = 0.3 if level_db < self._noise_db else 0.02
            self._noise_db += rate * (level_db - self._noise_db)
        return loud


class ModelJudge:
    """Voiced = the voice activity model's probability over `threshold` (and not silent).

    Hysteresis (on at `threshold`, off below `threshold - 0.15`) stops a word's soft ending
    flickering; the frame must be a 512-sample 16 kHz frame (`frame_ms=32` at 16 kHz).
    """

    def __init__(self, settings: EndpointSettings, threshold: float = 0.5) -> None:
        from audio.vad import SileroVad

        self.settings = settings
        self.threshold = threshold
        self.model = SileroVad()
        self._on = False

    def voiced(self, frame: Samples, level_db: float) -> bool:
        p = self.model.probability(frame)
        self._on = p >= (self.threshold - 0.15 if self._on else self.threshold)
        return self._on and level_db > self.settings.floor_db


class Endpointer:
    """Feed audio blocks of any size; get `SpeechStarted` / `SpeechEnded` events."""

    def __init__(self, rate: int, settings: EndpointSettings | None = None,
                 judge: VoiceJudge | None = None) -> None:
        self.rate = rate
        self.settings = settings or EndpointSettings()
        self._judge = judge or EnergyJudge(self.settings)
        self._frame = max(1, rate * self.settings.frame_ms // 1000)
        self._pending = np.zeros(0, dtype=np.float32)
        self._history: list[Samples] = []  # frames of the current utterance (with pre-roll)
        self._pre_roll: list[Samples] = []
        self._frames_seen = 0
        self._speaking = False
        self._hangover_ms = self.settings.hangover_ms  # this pause's; `hold` changes it
        self._paused = False
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

    def hold(self, hangover_ms: int) -> SpeechEnded | None:
        """Change the hang-over of the pause now running (until speech resumes).

        Returns the ended utterance at once when the silence already lasts that long.
        """
        if not self._speaking:
            return None
        self._hangover_ms = hangover_ms
        if self._quiet_run * self.settings.frame_ms >= hangover_ms:
            return self._end()
        return None

    @property
    def silent_ms(self) -> int:
        """How long the current utterance has been silent (0 while voiced)."""
        return self._quiet_run * self.settings.frame_ms if self._speaking else 0

    def flush(self) -> list[Event]:
        """End of audio: an utterance still open ends here."""
        if not self._speaking:
            return []
        return [self._end()]

    def _frame_in(self, frame: Samples) -> Event | None:
        s = self.settings
        level = 10 * np.log10(float(np.mean(frame.astype(np.float64) ** 2)) + 1e-12)
        loud = self._judge.voiced(frame, level)
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
            self._hangover_ms = s.hangover_ms
            if self._paused:
                self._paused = False
                return SpeechResumed(index * frame_s)
            return None
        self._quiet_run += 1
        if self._quiet_run * s.frame_ms >= self._hangover_ms:
            return self._end()
        if (s.pause_ms is not None and not self._paused
                and self._quiet_run * s.frame_ms >= s.pause_ms):
            self._paused = True
            return SpeechPaused((self._last_loud + 1) * frame_s, self._clip_so_far())
        return None

    def _clip_so_far(self) -> Clip:
        frames = self._history
        return Clip(np.concatenate(frames) if frames else np.zeros(0, np.float32), self.rate)

    def _end(self) -> SpeechEnded:
        frame_s = self.settings.frame_ms / 1000
        trailing = self._quiet_run - max(1, 100 // self.settings.frame_ms)  # keep 100 ms tail
        frames = self._history[: len(self._history) - max(0, trailing)]
        clip = Clip(np.concatenate(frames) if frames else np.zeros(0, np.float32), self.rate)
        event = SpeechEnded(self._start_frame * frame_s, (self._last_loud + 1) * frame_s, clip)
        self._speaking, self._history, self._pre_roll = False, [], []
        self._loud_run = self._quiet_run = 0
        self._paused, self._hangover_ms = False, self.settings.hangover_ms
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
