"""Speech-to-text: the `SpeechToText` interface, transcripts and the engine registry.

Two forms, one engine: `transcribe(clip)` for a whole file, and `stream()` for live audio
fed in chunks, giving partial transcripts while the trainee speaks and a final one when the
utterance ends. Engines are built through `STT_ENGINES` from `EngineOptions`; each factory
imports its engine lazily and raises `EngineMissingError` saying how to install it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from audio.bias import Vocabulary
from audio.clip import Clip
from audio.errors import EngineMissingError

RATE = 16000  # both engines' acoustic models are 16 kHz wideband


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the clip or stream
    end: float
    conf: float  # 0–1; engines differ in how they estimate it, so compare within one engine

    def as_json(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "conf": round(self.conf, 3),
        }


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...] = ()
    final: bool = True
    engine: str = ""
    written: str = ""  # the engine's own text with case and punctuation, when it has them

    @property
    def confidence(self) -> float:
        """Mean word confidence; 0 for an empty transcript."""
        return sum(w.conf for w in self.words) / len(self.words) if self.words else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "words": [w.as_json() for w in self.words],
            "engine": self.engine,
        }


class Stream(Protocol):
    """One utterance (or a run of them) being recognised as the audio arrives."""

    def feed(self, clip: Clip) -> Transcript:
        """Add audio (any rate; resampled if needed); returns the partial transcript so far."""
        ...

    def finish(self) -> Transcript:
        """No more audio: the final transcript of everything fed."""
        ...


class SpeechToText(Protocol):
    name: str
    # True when the final text comes from decoding the whole utterance at its end (Whisper):
    # the live input then starts that decode early, at the first pause.
    whole_utterance: bool

    def transcribe(self, clip: Clip) -> Transcript: ...

    def stream(self) -> Stream: ...


@dataclass(frozen=True)
class EngineOptions:
    """What any engine may be given; each takes what it understands."""

    vocabulary: Vocabulary | None = None  # bias toward these phrasings and words
    vosk_model: Path | None = None
    cache: Path | None = None  # where built language models go (default: user cache)
    extras: dict[str, Any] = field(default_factory=dict)  # engine-specific tuning


class ScriptedListener:
    """A fake engine for tests of the session: "hears" the given lines in turn.

    Words are spread evenly over the clip; streaming reveals them in proportion to the audio
    fed, so partial and final results, timing and barge-in logic can be tested without a model.
    """

    name = "scripted"
    whole_utterance = False

    def __init__(self, options: EngineOptions | None = None, lines: list[str] | None = None):
        extras = options.extras if options else {}
        self.lines = list(lines if lines is not None else extras.get("lines", []))

    def _next(self) -> str:
        return self.lines.pop(0) if self.lines else ""

    def transcribe(self, clip: Clip) -> Transcript:
        return _spread(self._next(), 0.0, clip.seconds, final=True, engine=self.name)

    def stream(self) -> Stream:
        return _ScriptedStream(self._next(), self.name)


class _ScriptedStream:
    def __init__(self, text: str, engine: str) -> None:
        self.text, self.engine, self.seconds = text, engine, 0.0

    def feed(self, clip: Clip) -> Transcript:
        self.seconds += clip.seconds
        words = self.text.split()
        shown = " ".join(words[: min(len(words), int(self.seconds / 0.3))])
        return _spread(shown, 0.0, self.seconds, final=False, engine=self.engine)

    def finish(self) -> Transcript:
        return _spread(self.text, 0.0, self.seconds, final=True, engine=self.engine)


def _spread(text: str, start: float, end: float, *, final: bool, engine: str) -> Transcript:
    words = text.split()
    step = (end - start) / len(words) if words else 0.0
    timed = tuple(
        Word(w, start + i * step, start + (i + 1) * step, 1.0) for i, w in enumerate(words)
    )
    return Transcript(" ".join(words), timed, final, engine)


def _pocketsphinx(options: EngineOptions) -> SpeechToText:
    from audio.stt_pocketsphinx import PocketsphinxEngine

    return PocketsphinxEngine.load(options)


def _vosk(options: EngineOptions) -> SpeechToText:
    from audio.stt_vosk import VoskEngine

    return VoskEngine.load(options)


def _whisper(options: EngineOptions) -> SpeechToText:
    from audio.stt_whisper import WhisperEngine

    return WhisperEngine.load(options)


STT_ENGINES: dict[str, Callable[[EngineOptions], SpeechToText]] = {
    "pocketsphinx": _pocketsphinx,
    "vosk": _vosk,
    "whisper": _whisper,  # the default: accurate final text, decoded at the first pause
    "scripted": ScriptedListener,
}


def choose_engine(name: str, options: EngineOptions) -> tuple[str, str]:
    """Resolve "auto": Whisper when installed (a main dependency), else vosk when a model is
    present, else pocketsphinx; with the reason."""
    if name != "auto":
        if name not in STT_ENGINES:
            known = ", ".join(["auto", *sorted(STT_ENGINES)])
            raise EngineMissingError(f"unknown speech recogniser {name!r}; choose one of: {known}")
        return name, f"{name} (asked for)"
    from audio.stt_whisper import find_whisper_model
    from audio.vosk_models import find_vosk_model

    try:
        # Found, not imported: importing faster-whisper takes seconds (the engine does it
        # in the background while the call is set up).
        if importlib.util.find_spec("faster_whisper") is None:
            raise EngineMissingError("faster-whisper is not installed")
        model = find_whisper_model(options)
    except (ImportError, EngineMissingError) as why:
        no_whisper = f"no whisper: {why}"
    else:
        return "whisper", f"whisper ({model.parent.name if model.name == 'model' else model})"
    try:
        vosk = find_vosk_model(options.vosk_model)
    except EngineMissingError as why:
        return "pocketsphinx", f"pocketsphinx ({no_whisper}; no vosk: {why})"
    return "vosk", f"vosk (model {vosk}; {no_whisper})"


def speech_to_text(name: str, options: EngineOptions | None = None) -> SpeechToText:
    options = options or EngineOptions()
    resolved, _why = choose_engine(name, options)
    return STT_ENGINES[resolved](options)
