"""The espeak-ng caller voice, driven through pyttsx3.

pyttsx3 quirks this module absorbs (seen with pyttsx3 2.99 on espeak-ng 1.51):
- only the last `save_to_file` before `runAndWait` is written, so lines go one at a time;
- empty text raises deep inside the driver, so it is refused here first;
- the driver prints "Audio saved to …" on stdout, which would corrupt `--json` output;
- `say()` shells out to `aplay`, so we only ever save to a file and play it ourselves;
- an unknown voice name is silently ignored, so names are checked against espeak's list;
- the WAV header always says 22050 Hz, which is wrong for MBROLA voices, so those are refused;
- settings go through pyttsx3's command queue and then espeak-ng's own asynchronous queue, so a
  line was often spoken at the previous line's rate (seen: 6 of 12 lines). Settings are
  therefore set on espeak-ng directly and read back until they have taken effect.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import threading
import time
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from audio.clip import Clip, read_wav
from audio.errors import BadVoiceError, EngineMissingError
from audio.tts import Voice

# espeak-ng variants that give a distinctly female or male voice on every English voice.
DEFAULT_VARIANT = {"female": "f3", "male": "m3", "any": ""}

SYNTH_TRIES = 3
WAV_HEADER = 44  # bytes; a file no bigger holds no audio
_FIX = (
    "install the espeak-ng voice: `pip install pyttsx3` and, on Debian/Ubuntu, "
    "`apt-get install espeak-ng` (see .ci/speech-setup.sh)"
)


class EspeakVoice:
    """One pyttsx3 engine for the whole process: the driver is a singleton in C anyway."""

    name = "espeak"

    def __init__(self) -> None:
        try:
            import pyttsx3  # type: ignore[import-untyped]
        except ImportError as error:
            raise EngineMissingError(f"pyttsx3 is not installed: {_FIX}") from error
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine: Any = pyttsx3.init("espeak")
        except (OSError, RuntimeError) as error:
            raise EngineMissingError(f"espeak-ng could not be started ({error}): {_FIX}") from error
        self._lock = threading.Lock()
        self._voices = _espeak_voices(self._engine)
        self._variants = _espeak_variants()

    @staticmethod
    @cache
    def shared() -> EspeakVoice:
        return EspeakVoice()

    def version(self) -> str:
        from pyttsx3.drivers import _espeak  # type: ignore[import-untyped]

        espeak = _espeak.Info().decode() if hasattr(_espeak, "Info") else "unknown"
        return f"pyttsx3-{metadata.version('pyttsx3')}/espeak-ng-{espeak}"

    def voices(self) -> list[str]:
        return sorted(self._voices)

    def voice_spec(self, voice: Voice) -> str:
        """The espeak-ng name with variant, after checking both exist."""
        name = voice.name.lower()
        if name not in self._voices:
            near = [v for v in sorted(self._voices) if name.split("-")[0] in v][:8] or [
                v for v in sorted(self._voices) if v.startswith("en")
            ][:8]
            raise BadVoiceError(
                f"espeak-ng has no voice {voice.name!r}; for example: {', '.join(near)} "
                "(all: `espeak-ng --voices`)"
            )
        variant = voice.variant or DEFAULT_VARIANT[voice.gender]
        if variant and self._variants and variant not in self._variants:
            raise BadVoiceError(
                f"espeak-ng has no variant {variant!r}; try f1–f5 or m1–m7 "
                "(all: `espeak-ng --voices=variant`)"
            )
        return f"{self._voices[name]}+{variant}" if variant else self._voices[name]

    def synthesise(self, text: str, voice: Voice) -> Clip:
        if not text.strip():
            raise BadVoiceError("nothing to say: the text is empty")
        spoken = voice.as_spoken()
        spec = self.voice_spec(spoken)
        with self._lock, tempfile.TemporaryDirectory(prefix="callsim-tts-") as folder:
            out = Path(folder) / "line.wav"
            # runAndWait can return before espeak-ng's thread has written the line (waited for
            # below); a long-lived engine also now and then wrote no file for a line it spoke
            # fine a moment later (seen in a 12-scenario demo run): try again before failing.
            for _ in range(SYNTH_TRIES):
                self._apply(spec, spoken)
                with contextlib.redirect_stdout(io.StringIO()):
                    self._engine.save_to_file(text, str(out))
                    self._engine.runAndWait()
                    self._wait_for_synthesis(out)
                if out.exists() and out.stat().st_size > WAV_HEADER:
                    return read_wav(out)
            raise EngineMissingError(f"espeak-ng produced no audio for {text[:40]!r}: {_FIX}")

    def _wait_for_synthesis(self, out: Path, timeout: float = 30.0) -> None:
        """runAndWait can return before espeak-ng's own thread has finished the line.

        (Its queue ends the loop before synthesis starts; under load the WAV was not there
        yet.) The driver clears `_speaking` after writing the file, so wait for that.
        """
        driver = self._engine.proxy._driver
        deadline = time.monotonic() + timeout
        while getattr(driver, "_speaking", False) and time.monotonic() < deadline:
            time.sleep(0.005)

    def _apply(self, spec: str, voice: Voice) -> None:
        """Set voice, rate, pitch and volume, and read them back until espeak-ng has them.

        pyttsx3 binds espeak_GetParameter without its `current` argument (so it may return
        the default) and a parameter set just after a voice change can be lost, so the
        function is bound here properly and a lost setting is set again.
        """
        from pyttsx3.drivers import _espeak

        self._engine.proxy._driver.setProperty("voice", spec)
        wanted = {
            _espeak.RATE: voice.rate,
            _espeak.PITCH: voice.pitch,
            _espeak.VOLUME: round(voice.volume * 100),
        }
        current = _current_parameter()
        deadline = time.monotonic() + 1.0
        while True:
            lost = {p: v for p, v in wanted.items() if current(p, 1) != v}
            if not lost:
                return
            if time.monotonic() > deadline:
                raise EngineMissingError(
                    f"espeak-ng did not take the voice settings {voice.key()}: {_FIX}"
                )
            for parameter, value in lost.items():
                _espeak.SetParameter(parameter, value, 0)
            time.sleep(0.002)


@cache
def _current_parameter() -> Any:
    import ctypes

    from pyttsx3.drivers import _espeak

    function = _espeak.dll.espeak_GetParameter
    function.argtypes = [ctypes.c_int, ctypes.c_int]
    function.restype = ctypes.c_int
    return function


def _espeak_voices(engine: Any) -> dict[str, str]:
    """Accepted lower-case names (identifier or language) → the identifier espeak takes."""
    names: dict[str, str] = {}
    for v in engine.getProperty("voices"):
        ident = str(v.id)
        if ident.startswith("mb/") or ident.startswith("!v/"):
            continue  # MBROLA voices need extra data and a 16 kHz header pyttsx3 won't write
        names[ident] = ident
        for language in getattr(v, "languages", None) or []:
            names.setdefault(str(language).lower(), ident)
        names.setdefault(ident.rsplit("/", maxsplit=1)[-1], ident)
    return names


def _espeak_variants() -> set[str]:
    """Variant file names from espeak-ng's data folder; empty if it cannot be found."""
    for root in (
        Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data"),
        Path("/usr/lib/aarch64-linux-gnu/espeak-ng-data"),
        Path("/usr/share/espeak-ng-data"),
        Path("/usr/local/share/espeak-ng-data"),
    ):
        folder = root / "voices" / "!v"
        if folder.is_dir():
            return {p.name for p in folder.iterdir()}
    return set()
