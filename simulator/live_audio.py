"""The live call's ears and mouth: microphone to recogniser, caller lines to the speaker.

These plug into the trainee screen's seams (`simulator/screen/seams.py`). A worker thread
reads the microphone, finds where each utterance starts and ends (open mic) or follows the
push-to-talk key, and streams the audio to the recogniser as it arrives, so the final
transcript is ready moments after the trainee stops. If the microphone fails mid-call the
input turns itself into typed mode; everything already said stays in the journal.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from audio.breath import breath_in
from audio.clip import Clip, resample
from audio.devices import LineOut, Microphone
from audio.echo import EchoCanceller
from audio.endpoint import (
    Endpointer,
    EndpointSettings,
    ModelJudge,
    SpeechEnded,
    SpeechPaused,
    SpeechResumed,
    SpeechStarted,
)
from audio.errors import AudioError
from audio.line import LINE_RATE, line_codes, mu_law_levels, telephone
from audio.memory import give_back
from audio.sounds_finished import SoundsFinished
from audio.sounds_finished import available as sounds_finished_available
from audio.stt import RATE, SpeechToText, Stream, Transcript
from audio.tts_cache import VoiceCache
from audio.turn_end import TurnTiming
from simulator.dialogue import Reply
from simulator.scenario import Scenario
from simulator.screen.seams import SilentSpeaker, Utterance
from simulator.speech_pipeline import caller_voice, wav_bytes
from simulator.turn_taking import UNFINISHED, Decision, TurnTaker

PRE_ROLL_S = 0.3  # the quiet onset before speech was detected, fed when it is
BLOCK_MS = 50  # microphone blocks for a streaming recogniser
# Whole-utterance engines listen in blocks of one voice-model frame: a pause is noticed
# when its frame arrives, not up to a 50 ms block later.
WHOLE_UTTERANCE_BLOCK_MS = 32

# Whisper's live timing. Silero VAD in 32 ms frames; the first 64 ms of silence starts the
# decode; the hang-over then depends on what the decode heard (`audio.turn_end`).
WHOLE_UTTERANCE_SETTINGS = EndpointSettings(frame_ms=32, pause_ms=64,
                                            hangover_ms=TurnTiming().default_ms)
# The voice cue (~30 ms) runs beside the first-pause decode (~150 ms); should it lag on a
# busy machine, the turn is not held for it longer than this after the decode.
VOICE_CUE_WAIT_S = 0.05
# ... and the decode waits this long for the voice before it starts: read beside the decode,
# the voice (~60 ms of work) took ~200 ms on the shared 2-core machine (`bench.reply_gap`,
# "sounded"), and the caller's breath waits for it at ~85% of ends. The decode has time
# in hand: no turn is answered before 900 ms of silence. Kept short, because a decode that
# lands after that cannot hold a turn whose words need more.
VOICE_FIRST_S = 0.08
# The caller draws breath to answer (`audio.breath`) once a pause that may be the end (the
# words, once decoded, not needing more; before the decode, the voice model at least
# `UNFINISHED`) has lasted this long with no answer yet: longer than the stop consonants'
# silences inside words (64–130 ms on the end-of-turn bench), short enough to be heard ~300
# ms after the last word. Since session 9 no turn is answered before a thinking pause has
# passed (`TurnTiming`), so the breath must come at nearly every end, whatever the voice:
# on the dev turns the voice alone (≥ 0.5) drew it at 137 of 166 ends, the words too at 161.
# The answer follows when the turn ends; a trainee who carries on cuts the breath off.
BREATH_AFTER_MS = 160
# ... and sooner when the voice sounds surely finished (session 9, `bench.turn_end_offline`'s
# pauses): the breath comes ~30 ms sooner at the ~70% of ends that sound this finished, and
# on the dev pauses it falls into no pause more (70 of 115 either way; live part 29 → 30 of
# 58, human-dev 28 → 29 of 38: a 128–160 ms pause between two words). 96 ms, or 0.9, cost
# one or two more. The reading is started at the 64 ms pause and takes ~30 ms, so it is in
# hand by 128 ms on an idle machine.
SURE_BREATH_AFTER_MS = 128
SURE_BREATH_SOUNDS = 0.95


@dataclass
class _Open:
    """The utterance being spoken now."""

    stream: Stream
    started: float  # call time
    samples: list[np.ndarray]
    generation: int = 0  # bumped when speech resumes: earlier guesses are void
    guess: Transcript | None = None  # the decode of the first pause, if still current
    sounds: float | None = None  # the voice model's reading of this pause, once read
    decision: Decision | None = None  # this pause's decision, once decoded
    breathed: bool = False  # the caller drew breath in this pause


@dataclass(frozen=True)
class _Job:
    """A decode for the decoder thread: a guess at a pause, or the final one."""

    said: _Open
    generation: int
    samples: np.ndarray
    final: bool
    t: float  # call time the utterance ended (final jobs)
    # the voice model's reading (guesses): waits at most the seconds given for it
    cue: Callable[[float], float | None] = lambda _wait: None


class MicrophoneInput:
    """The trainee speaks; finished utterances come out of `poll`, recognised.

    Streaming engines (pocketsphinx, vosk) are fed as the audio arrives and finish at the
    hang-over. Whole-utterance engines (Whisper) are decoded on a thread of their own: a
    guess at the first pause, kept if the trainee does not carry on, and its sense sets
    the rest of the hang-over (`simulator.turn_taking`: past a thinking pause, longer when
    the words need more). With `echo`, every block first has the caller's own voice (from
    loudspeakers) taken out. `on_likely_end` is called (the caller draws breath) in a pause
    that may be the turn's end, before the turn is taken as ended; `on_speech` then also
    stops that breath if the trainee carries on.
    """

    def __init__(self, stt: SpeechToText, clock: Callable[[], float], *,
                 device: str | int | None = None, push_to_talk: bool = False,
                 on_speech: Callable[[], None] | None = None,
                 settings: EndpointSettings | None = None,
                 echo: EchoCanceller | None = None,
                 timing: TurnTiming | None = None,
                 turn_taker: TurnTaker | None = None,
                 latency: float | str = "high",
                 on_likely_end: Callable[[], None] | None = None) -> None:
        self.typed = False
        self.failure: str | None = None
        self._stt = stt
        self._clock = clock
        self._push_to_talk = push_to_talk
        self._on_speech = on_speech or (lambda: None)  # barge-in: stop the caller
        self._on_likely_end = on_likely_end
        self._echo = echo
        # Without the call's understanding the words and the voice still decide.
        self._turns = turn_taker or TurnTaker(None, timing or TurnTiming())
        self._whole = bool(getattr(stt, "whole_utterance", False))
        give_back()  # what preparing the call freed (the caller's lines, the understanding)
        warm = getattr(stt, "warm", None)
        if callable(warm):  # Whisper's model loads on its own thread from now, as it rings
            warm()
        # Does the trainee sound finished? Read beside each first-pause decode when the voice
        # model is installed; it loads as the phone rings, and until then words decide.
        self._voice_cue: SoundsFinished | None = None
        if self._whole and sounds_finished_available():
            threading.Thread(target=self._load_voice_cue, daemon=True,
                             name="voice-cue-load").start()
        block_ms = WHOLE_UTTERANCE_BLOCK_MS if self._whole else BLOCK_MS
        self._mic = Microphone(device, rate=RATE, block_ms=block_ms, latency=latency)
        if echo is not None:  # lines are laid on the timeline the card captures in
            echo.captured = self._mic.position
        if self._whole:
            self._endpointer = Endpointer(RATE, settings or WHOLE_UTTERANCE_SETTINGS,
                                          ModelJudge(settings or WHOLE_UTTERANCE_SETTINGS))
        else:
            self._endpointer = Endpointer(RATE, settings)
        self._done: queue.Queue[Utterance] = queue.Queue()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._open: _Open | None = None
        self._held = False
        self._recent: deque[np.ndarray] = deque(maxlen=round(PRE_ROLL_S * 1000 / block_ms))
        self._partial = ""
        self._lock = threading.Lock()
        self._running = True
        self.guesses = 0  # decodes started at a pause (for the benchmark)
        self.guesses_used = 0  # ... whose text became the final one
        self.decodes: list[tuple[float, Decision]] = []  # each guess decoded: time, decision
        # (what, monotonic time): pauses noticed, guesses decoded, utterances delivered
        self.marks: list[tuple[str, float]] = []
        # (what drew it: "voice" or "words", monotonic time): the caller's breaths
        self.breaths: list[tuple[str, float]] = []
        # (monotonic time, probability): the voice model's readings, as they landed
        self.readings: list[tuple[float, float]] = []
        self._worker = threading.Thread(target=self._listen, name="microphone", daemon=True)
        self._decoder = threading.Thread(target=self._decode, name="decoder", daemon=True)
        self._worker.start()
        self._decoder.start()

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
        self._jobs.put(None)
        self._decoder.join(timeout=5)
        self._mic.close()

    # --- the microphone thread --------------------------------------------------------

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
            if self._echo is not None:
                block = self._echo.clean(block)
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
            elif isinstance(event, SpeechPaused) and self._open is not None:
                self._guess()
            elif isinstance(event, SpeechResumed) and self._open is not None:
                said = self._open
                said.generation += 1
                said.guess, said.sounds, said.decision = None, None, None
                if said.breathed:  # the trainee carries on: the caller's breath stops
                    said.breathed = False
                    self._on_speech()
            elif isinstance(event, SpeechEnded) and self._open is not None:
                self._feed(block)
                self._end(now)
        if self._open is not None:
            self._feed(block)
            self._breathe_if_likely_end(self._open)
        self._recent.append(block)

    def _breathe_if_likely_end(self, said: _Open) -> None:
        """The caller draws breath in a pause that may be the turn's end, before the answer:
        once the words are decoded and do not need more, or, before that, when the voice
        sounds finished (sooner when it sounds surely finished). Called with the lock held,
        on each microphone block and as soon as the voice's reading or the decode lands:
        a breath waiting on either is not held for the next block (up to 32 ms)."""
        if (self._on_likely_end is None or said.breathed or self._open is not said
                or self._endpointer.silent_ms < SURE_BREATH_AFTER_MS):
            return
        silent = self._endpointer.silent_ms
        decision = said.decision
        if decision is not None:
            if decision.words_need_more:  # "and, er…": the trainee is still going
                return
            if silent < BREATH_AFTER_MS and (said.sounds or 0.0) < SURE_BREATH_SOUNDS:
                return
            why = "words"
        elif said.sounds is None or said.sounds < UNFINISHED:
            return  # nothing decoded yet, and the voice does not sound finished
        elif silent < BREATH_AFTER_MS and said.sounds < SURE_BREATH_SOUNDS:
            return
        else:
            why = "voice"
        said.breathed = True
        now = time.monotonic()
        self.marks.append(("breathed", now))
        self.breaths.append((why, now))
        self._on_likely_end()

    def _begin(self, t: float) -> None:
        self._open = _Open(self._stt.stream(), t, [])
        self._on_speech()

    def _feed(self, block: np.ndarray) -> None:
        assert self._open is not None
        self._open.samples.append(block)
        self._partial = self._open.stream.feed(Clip(block, RATE)).text

    def _guess(self) -> None:
        """The first silence: decode what was said so far while the hang-over runs."""
        if not self._whole or self._open is None:
            return
        said = self._open
        self.guesses += 1
        self.marks.append(("paused", time.monotonic()))
        samples = _joined(said.samples)
        # The voice is read at once on its own thread, not after a decode still running for
        # an earlier pause: the caller's breath waits for it.
        cue = self._sounds_finished(samples, said, said.generation)
        self._jobs.put(_Job(said, said.generation, samples, False, 0.0, cue))

    def _end(self, t: float) -> None:
        assert self._open is not None
        said, self._open = self._open, None
        self._partial = ""
        if not self._whole:
            self._deliver(said, said.stream.finish(), t)
            return
        _close(said.stream)
        self._jobs.put(_Job(said, said.generation, _joined(said.samples), True, t))

    def _deliver(self, said: _Open, final: Transcript, t: float) -> None:
        if not final.text.strip():
            return  # a cough or a click: nothing was said
        audio = _joined(said.samples)
        self.marks.append(("delivered", time.monotonic()))
        self._done.put(Utterance(
            text=final.text, t0=said.started, t1=t, source="stt",
            confidence=final.confidence, words=[w.as_json() for w in final.words],
            audio=wav_bytes(Clip(audio, RATE))))

    # --- the decoder thread (whole-utterance engines) ---------------------------------

    def _decode(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                self._run(job)
            except Exception as error:  # keep listening; say why once
                self._fail(f"speech recognition stopped: {type(error).__name__}: {error}")
                return
            give_back()  # the decode's buffers, once its result is out (audio.memory)

    def _run(self, job: _Job) -> None:
        said = job.said
        if job.final:
            guess = said.guess if said.generation == job.generation else None
            if guess is not None:
                self.guesses_used += 1
            self._deliver(said, guess or self._stt.transcribe(Clip(job.samples, RATE)), job.t)
            return
        with self._lock:
            if self._open is not said or said.generation != job.generation:
                return  # the trainee carried on before the decode started: drop it
            if not self._running:
                return  # the call is over: a guess queued behind others would only hold
                # the recogniser (shared by the process) from the next call's decodes
        job.cue(VOICE_FIRST_S)  # the voice first: the caller's breath waits on it
        started = time.monotonic()
        guess = self._stt.transcribe(Clip(job.samples, RATE))
        took = time.monotonic() - started
        self.marks.append(("decoded", time.monotonic()))
        punctuating = bool(guess.written)  # Whisper writes case and punctuation
        decision = self._turns.decide(guess.written or guess.text, punctuating,
                                      job.cue(VOICE_CUE_WAIT_S))
        self.decodes.append((took, decision))
        with self._lock:
            if said.generation != job.generation:
                return  # the trainee carried on while it was decoded: drop it
            said.guess, said.decision = guess, decision
            if self._open is not said:
                return  # the hang-over ran out first; the final job will use the guess
            self._breathe_if_likely_end(said)  # words that do not need more: breathe now
            ended = self._endpointer.hold(decision.hangover_ms)
            if ended is not None:  # the sense says the turn is over: answer now
                self._open, self._partial = None, ""
                _close(said.stream)
                self.guesses_used += 1
                self._deliver(said, guess, self._clock())

    def _load_voice_cue(self) -> None:
        try:
            self._voice_cue = SoundsFinished()
        except Exception:  # a missing or broken cue leaves the words to decide
            self._voice_cue = None

    def _sounds_finished(self, samples: np.ndarray, said: _Open,
                         generation: int) -> Callable[[float], float | None]:
        """Start reading how finished the voice sounds (kept on `said` while this pause
        lasts); the returned call waits for it (at most the seconds it is given) and gives
        None when there is no reading."""
        cue = self._voice_cue
        if cue is None:
            return lambda _wait: None
        heard: list[float] = []

        def read() -> None:
            with contextlib.suppress(Exception):  # no reading: the words decide
                heard.append(cue.probability(samples))
                self.readings.append((time.monotonic(), heard[0]))
                with self._lock:
                    if said.generation == generation:
                        said.sounds = heard[0]
                        # a breath waiting on the voice is drawn now, not at the next block
                        self._breathe_if_likely_end(said)

        reader = threading.Thread(target=read, daemon=True, name="voice-cue")
        reader.start()

        def result(wait_s: float) -> float | None:
            reader.join(wait_s)
            return heard[0] if heard else None

        return result

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


def _close(stream: Stream) -> None:
    """A whole-utterance engine's stream only shows partials: end them (their light engine
    takes one utterance at a time); the final text is decoded apart."""
    close = getattr(stream, "close", None)
    if callable(close):
        close()


def _joined(blocks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(blocks) if blocks else np.zeros(0, np.float32)


class DeviceSpeaker:
    """Plays caller lines, pre-rendered in the persona's voice, down a telephone line.

    One output stream stays open for the call (`audio.devices.LineOut`), so a reply starts
    within a block of being ready. With `echo`, every line played is also handed to the
    echo canceller: on loudspeakers the microphone hears it, and it must not count as the
    trainee speaking.
    """

    def __init__(self, voices: VoiceCache, scenario: Scenario, *,
                 device: str | int | None = None, line: bool = True,
                 noise: str | None = None, echo: EchoCanceller | None = None) -> None:
        self._voices = voices
        self._scenario = scenario
        self._device = device
        self._line = line
        self._noise = noise
        self._echo = echo
        self._out: LineOut | None = None
        self._fallback = SilentSpeaker()
        # Every line in three voices is held for the call (437 clips with the stock lines
        # in the reply-gap bench's scenario): through the telephone line as the line
        # carries them, one mu-law byte a sample at 8 kHz (17 MB there; as 16-bit samples
        # at the output stream's 16 kHz they held 67 MB); without the line, 16-bit samples.
        self._ready: dict[tuple[str, str], np.ndarray] = {}
        self.late: list[str] = []  # lines played before they were made (benches print them)
        self.failure: str | None = None
        self._breath: Clip | None = None
        self._now_playing = ""
        # (what, monotonic time its first block went to the device): "breath" or a line's
        # text, for the benches (the last few hundred)
        self.starts: deque[tuple[str, float]] = deque(maxlen=500)

    def clip(self, reply: Reply) -> Clip:
        """The line as the trainee hears it; made once, kept in memory for the call."""
        voice = caller_voice(self._scenario, reply.distress)
        key = (reply.text, voice.key())
        if key not in self._ready:
            clip = self._voices.clip(reply.text, voice)
            if self._line:
                self._ready[key] = line_codes(clip, self._noise)
            else:
                samples = clip.resampled(RATE).samples  # the output stream's rate
                self._ready[key] = np.round(np.clip(samples, -1.0, 1.0) * 32767).astype(
                    np.int16)
        held = self._ready[key]
        if held.dtype == np.uint8:  # the line's 8 kHz, made the output stream's 16 kHz
            return Clip(resample(mu_law_levels(held), LINE_RATE, RATE, fast=True), RATE)
        return Clip(held.astype(np.float32) / np.float32(32767), RATE)

    def prepare(self, replies: list[Reply]) -> None:
        """Filter lines through the telephone line before the call (~30 ms each), and
        open the output stream so the first reply does not wait for it."""
        for reply in replies:
            if reply.spoken:
                self.clip(reply)
        self._opened()

    def _opened(self) -> LineOut | None:
        if self._out is None and not self.failure:
            try:
                self._out = LineOut(self._device, RATE)
                self._out.on_start = self._started
            except AudioError as error:
                self.failure = str(error)  # the call goes on; lines are shown as text
        return self._out

    def play(self, reply: Reply) -> float:
        out = self._opened() if reply.spoken else None
        if out is None:
            return self._fallback.play(reply)
        voice = caller_voice(self._scenario, reply.distress)
        if (reply.text, voice.key()) not in self._ready:
            self.late.append(reply.text)  # made while the trainee waits for it
        clip = self.clip(reply)
        if out.failed:  # the device went away mid-call: the line is shown, not lost
            self.failure = out.failed
            return self._fallback.play(reply)
        return self._send(out, clip, reply.text)

    def breathe(self) -> None:
        """The caller draws breath to answer (`audio.breath`), down the same line; the
        answer, or the trainee carrying on (`stop`), cuts it off."""
        out = self._opened()
        if out is None or out.failed:
            return  # no sound device: there is nothing to hear
        self._send(out, self._breath_clip(), "breath")

    def _breath_clip(self) -> Clip:
        # Made at the first breath (~5–20 ms, once a call), not before the phone rings.
        if self._breath is None:
            breath = breath_in()
            heard = telephone(breath, self._noise) if self._line else breath
            self._breath = heard.resampled(RATE)
        return self._breath

    def _send(self, out: LineOut, clip: Clip, what: str) -> float:
        if self._echo is not None:
            self._echo.played(clip)
        self._now_playing = what
        return out.play(clip)

    def _started(self) -> None:
        """On the audio thread, as a line's first block goes to the device."""
        if self._echo is not None:
            self._echo.started()
        self.starts.append((self._now_playing, time.monotonic()))

    @property
    def started_at(self) -> float | None:
        """When the current line's first block went to the device (monotonic)."""
        return self._out.started_at if self._out else None

    def stop(self) -> None:
        if self._out is not None:
            self._out.stop()
        if self._echo is not None:
            self._echo.stopped()

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


def wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    """Poll until true or timed out (tests and the latency benchmark)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
