"""hibari: a natural neural voice (Apache-2.0) whose model ships inside its wheel.

`hibari-tts` is distilled from Kokoro-82M; the one voice in the wheel is "heart" (US
female); its other voices download from a model hub on first use, which callsim never does
(offline, and weights only from registry packages), so only "heart" is offered. It runs on
one CPU core at ~0.3 s per short line here. It has no pitch control: a persona's pitch is
ignored; rate (and distress) map to its speed. The demo's model trainee speaks with it, so
`callsim demo` shows what the recogniser makes of a voice that sounds like a person;
espeak-ng keeps the callers, whose accents only it has.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import metadata
from typing import Any

import numpy as np

from audio.clip import Clip
from audio.errors import BadVoiceError, EngineMissingError
from audio.tts import Voice

_FIX = "`pip install hibari-tts`"
VOICES = ("heart",)  # the voices inside the wheel; the others would need a download
NATURAL_RATE = 170  # words per minute "heart" speaks at speed 1.0 (about)
SAMPLE_RATE = 24000


class HibariEngine:
    name = "hibari"

    def __init__(self) -> None:
        try:
            from hibari import Hibari  # type: ignore[import-untyped]
        except ImportError as error:
            raise EngineMissingError(f"hibari is not installed: {_FIX}") from error
        self._model: Any = Hibari(voice="heart", threads=1)
        self._lock = threading.Lock()  # one onnxruntime session, used in turn

    @staticmethod
    @cache
    def shared() -> HibariEngine:
        return HibariEngine()

    def version(self) -> str:
        return f"hibari-tts-{metadata.version('hibari-tts')}/heart"

    def voices(self) -> list[str]:
        return list(VOICES)

    def synthesise(self, text: str, voice: Voice) -> Clip:
        if not text.strip():
            raise BadVoiceError("nothing to say: the text is empty")
        if voice.name not in (*VOICES, "", "hibari"):
            raise BadVoiceError(f"no hibari voice {voice.name!r}; installed: {list(VOICES)}")
        spoken = voice.as_spoken()
        speed = max(0.5, min(2.0, spoken.rate / NATURAL_RATE))
        with self._lock:
            samples = self._model(text, speed=speed, seed=0)  # seeded: same text, same audio
        out = np.asarray(samples, np.float32) * np.float32(spoken.volume)
        return Clip(out, SAMPLE_RATE)
