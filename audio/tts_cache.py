"""Render each caller line once and keep it on disk.

A live call must never wait for synthesis of a line it could have prepared, so the session
calls `prepare` with every line of the scenario before the call starts. The key covers the
text, every voice setting and the engine version, because any of them changes the sound.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from audio.clip import Clip, read_wav, write_wav
from audio.places import cache_dir
from audio.tts import TextToSpeech, Voice


class VoiceCache:
    def __init__(self, engine: TextToSpeech, folder: Path | None = None) -> None:
        self.engine = engine
        self.folder = folder if folder is not None else cache_dir("voices")
        self._version = engine.version()  # asked once: it may shell out or read metadata

    def path(self, text: str, voice: Voice) -> Path:
        key = "\n".join([self.engine.name, self._version, voice.key(), text])
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / self.engine.name / digest[:2] / f"{digest}.wav"

    def render(self, text: str, voice: Voice) -> Path:
        """The WAV for this line, synthesised now only if it is not already on disk."""
        path = self.path(text, voice)
        if path.exists():
            return path
        clip = self.engine.synthesise(text, voice)
        # Write beside and rename: a half-written file must never be taken for a line.
        partial = path.with_suffix(f".{os.getpid()}.part")
        write_wav(partial, clip)
        os.replace(partial, path)
        return path

    def clip(self, text: str, voice: Voice) -> Clip:
        return read_wav(self.render(text, voice))

    def prepare(self, lines: Iterable[tuple[str, Voice]]) -> int:
        """Render every line not yet cached; returns how many were synthesised."""
        made = 0
        for text, voice in lines:
            if not self.path(text, voice).exists():
                self.render(text, voice)
                made += 1
        return made
