"""Text-to-speech: the `TextToSpeech` interface, caller voice settings and the registry.

An engine turns text and a `Voice` into a `Clip`; it does not play, queue or cache (see
`audio.tts_cache` and `audio.devices`). Engines are created through `TTS_ENGINES`, whose
factories import their heavy packages lazily so `import audio` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

import numpy as np

from audio.clip import Clip
from audio.errors import BadVoiceError

Gender = Literal["female", "male", "any"]


@dataclass(frozen=True)
class Voice:
    """How one caller sounds: what a scenario's persona says, in engine-neutral terms.

    `name` is an engine voice (espeak-ng: a language or voice file such as "en-gb",
    "en-gb-scotland", "gmw/en-gb-x-rp"); `variant` an espeak-ng variant ("f3", "m2"), chosen
    from `gender` when empty. `rate` is words per minute, `pitch` 0–100 (50 is the voice's
    own), `volume` 0–1. `distress` 0–1 raises rate and pitch, as a frightened caller does.
    """

    name: str = "en-gb"
    variant: str = ""
    gender: Gender = "any"
    rate: int = 165
    pitch: int = 50
    volume: float = 1.0
    distress: float = 0.0

    def __post_init__(self) -> None:
        if not 80 <= self.rate <= 450:
            raise BadVoiceError(f"rate {self.rate} words per minute is outside 80–450")
        if not 0 <= self.pitch <= 100:
            raise BadVoiceError(f"pitch {self.pitch} is outside 0–100")
        if not 0.0 <= self.volume <= 1.0:
            raise BadVoiceError(f"volume {self.volume} is outside 0–1")
        if not 0.0 <= self.distress <= 1.0:
            raise BadVoiceError(f"distress {self.distress} is outside 0–1")

    def as_spoken(self) -> Voice:
        """The settings actually used: distress folded into rate and pitch.

        Frightened callers speak faster and higher; +35% rate and +25 pitch at full distress
        stays intelligible to the recogniser and to a trainee on a phone line.
        """
        if self.distress == 0.0:
            return self
        return replace(
            self,
            rate=min(450, round(self.rate * (1.0 + 0.35 * self.distress))),
            pitch=min(100, round(self.pitch + 25 * self.distress)),
            distress=0.0,
        )

    def key(self) -> str:
        """A stable text form of the settings, for cache keys and file names."""
        spoken = self.as_spoken()
        return (
            f"{spoken.name}+{spoken.variant}|{spoken.gender}|r{spoken.rate}|p{spoken.pitch}"
            f"|v{spoken.volume:.2f}"
        )


class TextToSpeech(Protocol):
    """Turns one line of caller text into audio."""

    name: str

    def version(self) -> str:
        """Changes whenever the same text and voice could sound different (cache key)."""
        ...

    def voices(self) -> list[str]:
        """Voice names this engine accepts in `Voice.name`."""
        ...

    def synthesise(self, text: str, voice: Voice) -> Clip: ...


class ToneVoice:
    """A fake engine for tests of everything around synthesis: one tone per word.

    Deterministic and instant, so caches, line effects and playback can be tested without
    espeak-ng; a word is 60/rate seconds of a tone whose frequency follows the pitch.
    """

    name = "tone"
    rate = 16000

    def version(self) -> str:
        return "tone-1"

    def voices(self) -> list[str]:
        return ["tone"]

    def synthesise(self, text: str, voice: Voice) -> Clip:
        words = text.split()
        if not words:
            raise BadVoiceError("nothing to say: the text is empty")
        spoken = voice.as_spoken()
        word_s = 60.0 / spoken.rate
        freq = 120.0 + 3.0 * spoken.pitch
        t = np.arange(round(word_s * 0.8 * self.rate), dtype=np.float32) / self.rate
        tone = (0.5 * spoken.volume * np.sin(2 * np.pi * freq * t)).astype(np.float32)
        gap = np.zeros(round(word_s * 0.2 * self.rate), dtype=np.float32)
        return Clip(np.concatenate([np.concatenate([tone, gap]) for _ in words]), self.rate)


def _espeak() -> TextToSpeech:
    from audio.tts_espeak import EspeakVoice

    return EspeakVoice.shared()


def _piper() -> TextToSpeech:
    from audio.tts_piper import PiperEngine

    return PiperEngine.shared()


def _hibari() -> TextToSpeech:
    from audio.tts_hibari import HibariEngine

    return HibariEngine.shared()


TTS_ENGINES: dict[str, Callable[[], TextToSpeech]] = {
    "espeak": _espeak,
    "hibari": _hibari,  # natural neural voice, Apache-2.0, "heart" (US female) in the wheel
    # optional neural voice, GPL-3.0 engine: never on the default path
    "piper": _piper,
    "tone": ToneVoice,
}


def text_to_speech(engine: str = "espeak") -> TextToSpeech:
    try:
        factory = TTS_ENGINES[engine]
    except KeyError:
        known = ", ".join(sorted(TTS_ENGINES))
        raise BadVoiceError(f"unknown speech engine {engine!r}; choose one of: {known}") from None
    return factory()
