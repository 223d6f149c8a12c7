"""The live call's ears and mouth: microphone to recogniser, caller lines to the speaker.

These plug into the trainee screen's seams (`simulator/screen/seams.py`). A worker thread
reads the microphone, finds where each utterance starts and ends (open mic) or follows the
push-to-talk key, and streams the audio to the recogniser as it arrives, so the final
transcript is ready moments after the trainee stops. If the microphone fails mid-call the
input turns itself into typed mode; everything already said stays in the journal.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from audio.clip import Clip
from audio.devices import Microphone, Playback, play
from audio.endpoint import Endpointer, EndpointSettings, SpeechEnded, SpeechStarted
from audio.errors import AudioError
from audio.line import telephone
from audio.stt import RATE, SpeechToText, Stream
from audio.tts_cache import VoiceCache
from simulator.dialogue import Reply
from simulator.scenario import Scenario
from simulator.screen.seams import SilentSpeaker, Utterance
from simulator.speech_pipeline import caller_voice, wav_bytes

PRE_ROLL_BLOCKS = 6  # 300 ms of 50 ms microphone blocks, fed when speech is detected


@dataclass
class _Open:
    """The utterance being spoken now."""

    stream: Stream
    started: float  # call time
    samples: list[np.ndarray]


class MicrophoneInput:
    """The trainee speaks; finished utterances come out of `poll`, recognised."""

    def __init__(self, stt: SpeechToText, clock: Callable[[], float], *,
                 device: str | int | None = None, push_to_talk: bool = False,
                 on_speech: Callable[[], None] | None = None,
                 settings: EndpointSettings | None = None) -> None:
        self.typed = False
        self.failure: str | None = None
        self._stt = stt
        self._clock = clock
        self._push_to_talk = push_to_talk
        self._on_speech = on_speech or (lambda: None)  # barge-in: stop the caller
        self._mic = Microphone(device, rate=RATE)
        self._endpointer = Endpointer(RATE, settings)
        self._done: queue.Queue[Utterance] = queue.Queue()
        self._open: _Open | None = None
        self._held = False
        self._recent: deque[np.ndarray] = deque(maxlen=PRE_ROLL_BLOCKS)
        self._partial = ""
        self._lock = threading.Lock()
        self._running = True
        self._worker = threading.Thread(target=self._listen, name="microphone", daemon=True)
        self._worker.start()

    # --- the screen's side ------------------------------------------------------------

    def talk(self, pressed: bool, t: float) -> None:
        if not self._push_to_talk:
            return
        with self._lock:
            self._held = pressed
            if pressed and self._open is None:
                self._begin(t)
            elif not pressed and self._open is not None:
                self._end(t)

    def poll(self, t: float) -> list[Utterance]:
        out: list[Utterance] = []
        while True:
            try:
                out.append(self._done.get_nowait())
            except queue.Empty:
                return out

    def partial(self) -> str:
        return self._partial

    def close(self) -> None:
        self._running = False
        self._worker.join(timeout=2)
        self._mic.close()

    # --- the worker -------------------------------------------------------------------

    def _listen(self) -> None:
        try:
            self._listen_until_closed()
        except Exception as error:  # a dead worker must not go unnoticed
            self._fail(f"speech recognition stopped: {type(error).__name__}: {error}")

    def _listen_until_closed(self) -> None:
        while self._running:
            block = self._mic.read(timeout=0.2)
            if block is None:
                if self._mic.failed:
                    self._fail(self._mic.failed)
                    return
                continue
            with self._lock:
                self._hear(block)

    def _hear(self, block: np.ndarray) -> None:
        if self._push_to_talk:
            if self._open is not None:
                self._feed(block)
            return
        for event in self._endpointer.feed(block):
            now = self._clock()
            if isinstance(event, SpeechStarted):
                self._begin(now)
                for earlier in self._recent:  # the quiet onset before speech was detected
                    self._feed(earlier)
            elif isinstance(event, SpeechEnded) and self._open is not None:
                self._feed(block)
                self._end(now)
        if self._open is not None:
            self._feed(block)
        self._recent.append(block)

    def _begin(self, t: float) -> None:
        self._open = _Open(self._stt.stream(), t, [])
        self._on_speech()

    def _feed(self, block: np.ndarray) -> None:
        assert self._open is not None
        self._open.samples.append(block)
        self._partial = self._open.stream.feed(Clip(block, RATE)).text

    def _end(self, t: float) -> None:
        assert self._open is not None
        said, self._open = self._open, None
        self._partial = ""
        final = said.stream.finish()
        audio = np.concatenate(said.samples) if said.samples else np.zeros(0, np.float32)
        if not final.text.strip():
            return  # a cough or a click: nothing was said
        self._done.put(Utterance(
            text=final.text, t0=said.started, t1=t, source="stt",
            confidence=final.confidence, words=[w.as_json() for w in final.words],
            audio=wav_bytes(Clip(audio, RATE))))

    def _fail(self, why: str) -> None:
        """The microphone went away: finish what was being said, then type from here on."""
        with self._lock:
            if self._open is not None:
                try:
                    self._end(self._clock())
                except Exception:  # keep what can be kept, then type on
                    self._open = None
        self.failure = why
        self.typed = True


class DeviceSpeaker:
    """Plays caller lines, pre-rendered in the persona's voice, down a telephone line."""

    def __init__(self, voices: VoiceCache, scenario: Scenario, *,
                 device: str | int | None = None, line: bool = True,
                 noise: str | None = None) -> None:
        self._voices = voices
        self._scenario = scenario
        self._device = device
        self._line = line
        self._noise = noise
        self._playing: Playback | None = None
        self._fallback = SilentSpeaker()
        self._ready: dict[tuple[str, str], Clip] = {}
        self.failure: str | None = None

    def clip(self, reply: Reply) -> Clip:
        """The line as the trainee hears it; made once, kept in memory for the call."""
        voice = caller_voice(self._scenario, reply.distress)
        key = (reply.text, voice.key())
        if key not in self._ready:
            clip = self._voices.clip(reply.text, voice)
            self._ready[key] = telephone(clip, self._noise) if self._line else clip
        return self._ready[key]

    def prepare(self, replies: list[Reply]) -> None:
        """Filter lines through the telephone line before the call (~30 ms each)."""
        for reply in replies:
            if reply.spoken:
                self.clip(reply)

    def play(self, reply: Reply) -> float:
        if not reply.spoken or self.failure:
            return self._fallback.play(reply)
        clip = self.clip(reply)
        self.stop()
        try:
            self._playing = play(clip, self._device)
        except AudioError as error:
            self.failure = str(error)  # the call goes on; lines are shown as text
            return self._fallback.play(reply)
        return clip.seconds

    def stop(self) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing = None


def wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    """Poll until true or timed out (tests and the latency benchmark)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
