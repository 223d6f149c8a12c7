"""vosk: the preferred recogniser when a model is installed (see `audio.vosk_models`).

Bias: with a `Vocabulary`, models that allow a runtime grammar (small models ship
graph/Gr.fst or HCLr.fst) get the vocabulary's words plus "[unk]", so any sequence of known
words is possible and anything else still comes out as "[unk]" rather than a forced match.
Big models have a static graph and are used unbiased (they need it least).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, ClassVar

from audio.clip import Clip
from audio.errors import AudioError, EngineMissingError
from audio.stt import RATE, EngineOptions, Transcript, Word
from audio.vosk_models import find_vosk_model


class VoskEngine:
    name = "vosk"
    whole_utterance = False
    _models: ClassVar[dict[Path, Any]] = {}
    _loading = threading.Lock()

    def __init__(self, model: Any, model_path: Path, grammar: str | None) -> None:
        self._model = model
        self.model_path = model_path
        self.grammar = grammar  # JSON list of words, or None when unbiased

    @classmethod
    def load(cls, options: EngineOptions) -> VoskEngine:
        try:
            import vosk  # type: ignore[import-untyped]
        except ImportError as error:
            raise EngineMissingError("vosk is not installed: `pip install vosk`") from error
        path = find_vosk_model(options.vosk_model).resolve()
        with cls._loading:
            if path not in cls._models:
                vosk.SetLogLevel(-2)  # errors only: Kaldi warns on stderr per unknown grammar word
                try:
                    cls._models[path] = vosk.Model(str(path))
                except Exception as error:  # vosk raises a bare Exception for a bad model
                    raise EngineMissingError(
                        f"vosk could not load the model at {path} ({error}); it may be "
                        "incomplete: fetch or unpack it again"
                    ) from error
        grammar = None
        if options.vocabulary and _allows_grammar(path):
            grammar = _grammar(path, options)
        return cls(cls._models[path], path, grammar)

    def transcribe(self, clip: Clip) -> Transcript:
        stream = self.stream()
        stream.feed(clip)
        return stream.finish()

    def stream(self) -> VoskStream:
        import vosk

        if self.grammar is not None:
            recogniser = vosk.KaldiRecognizer(self._model, RATE, self.grammar)
        else:
            recogniser = vosk.KaldiRecognizer(self._model, RATE)
        recogniser.SetWords(True)
        recogniser.SetPartialWords(True)
        return VoskStream(recogniser, self.name)


class VoskStream:
    """vosk finds its own pauses inside the stream; those segments are joined here."""

    def __init__(self, recogniser: Any, engine: str) -> None:
        self._recogniser = recogniser
        self._engine = engine
        self._done: list[Word] = []
        self._open = True

    def feed(self, clip: Clip) -> Transcript:
        if not self._open:
            raise AudioError("this stream is finished; start a new one")
        if self._recogniser.AcceptWaveform(clip.resampled(RATE).pcm16()):
            self._done.extend(_words(json.loads(self._recogniser.Result()), "result"))
            partial: list[Word] = []
        else:
            partial = _words(json.loads(self._recogniser.PartialResult()), "partial_result")
        words = tuple(self._done + partial)
        return Transcript(" ".join(w.word for w in words), words, False, self._engine)

    def finish(self) -> Transcript:
        if not self._open:
            raise AudioError("this stream is finished; start a new one")
        self._open = False
        self._done.extend(_words(json.loads(self._recogniser.FinalResult()), "result"))
        words = tuple(self._done)
        return Transcript(" ".join(w.word for w in words), words, True, self._engine)


def _words(result: dict[str, Any], key: str) -> list[Word]:
    return [
        Word(str(w["word"]), float(w["start"]), float(w["end"]), float(w.get("conf", 1.0)))
        for w in result.get(key, [])
        if w.get("word") and w["word"] != "[unk]"
    ]


def _allows_grammar(model: Path) -> bool:
    graph = model / "graph"
    return (graph / "Gr.fst").exists() or (graph / "HCLr.fst").exists()


def _grammar(model: Path, options: EngineOptions) -> str:
    assert options.vocabulary is not None
    words = {w for s in options.vocabulary.normalised_sentences() for w in s}
    words.update(options.vocabulary.normalised_words())
    known = _model_words(model)
    if known:
        words &= known  # vosk warns on stderr for each word its graph lacks
    return json.dumps([*sorted(words), "[unk]"], ensure_ascii=False)


def _model_words(model: Path) -> set[str]:
    listing = model / "graph" / "words.txt"
    if not listing.exists():
        return set()
    with listing.open(encoding="utf-8") as lines:
        return {line.split(" ", 1)[0] for line in lines}
