"""Caller voices: settings, the espeak-ng engine for real, the render-once cache."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import numpy as np
import pytest

from audio.clip import read_wav
from audio.errors import BadVoiceError
from audio.tts import ToneVoice, Voice, text_to_speech
from audio.tts_cache import VoiceCache


def test_distress_makes_the_caller_faster_and_higher() -> None:
    calm = Voice(rate=160, pitch=50)
    frightened = Voice(rate=160, pitch=50, distress=1.0).as_spoken()
    assert frightened.rate > calm.rate
    assert frightened.pitch > calm.pitch
    assert frightened.key() != calm.key()


@pytest.mark.parametrize(
    "settings", [{"rate": 20}, {"pitch": 120}, {"volume": 1.5}, {"distress": -0.1}]
)
def test_voice_settings_out_of_range_are_refused(settings: dict[str, float]) -> None:
    with pytest.raises(BadVoiceError):
        Voice(**settings)  # type: ignore[arg-type]


def test_unknown_engine_names_the_known_ones() -> None:
    with pytest.raises(BadVoiceError, match="espeak"):
        text_to_speech("nope")


def test_espeak_speaks_without_printing(espeak) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        clip = espeak.synthesise("There is a man in my garden.", Voice())
    assert out.getvalue() == ""  # pyttsx3's "Audio saved to" must not reach stdout
    assert clip.rate == 22050
    assert 0.8 < clip.seconds < 4.0
    assert float(np.sqrt(np.mean(clip.samples**2))) > 0.02


def test_espeak_voices_differ(espeak) -> None:
    text = "Please send someone quickly."
    slow = espeak.synthesise(text, Voice(rate=120))
    fast = espeak.synthesise(text, Voice(rate=240))
    assert slow.seconds > fast.seconds * 1.5
    female = espeak.synthesise(text, Voice(gender="female"))
    male = espeak.synthesise(text, Voice(gender="male"))
    assert _pitch_hz(female.samples, female.rate) > _pitch_hz(male.samples, male.rate) * 1.2


def test_espeak_refuses_unknown_voice_and_empty_text(espeak) -> None:
    with pytest.raises(BadVoiceError, match="no voice"):
        espeak.synthesise("hello", Voice(name="klingon"))
    with pytest.raises(BadVoiceError, match="no variant"):
        espeak.synthesise("hello", Voice(variant="zz9"))
    with pytest.raises(BadVoiceError, match="empty"):
        espeak.synthesise("   ", Voice())


def test_cache_renders_each_line_once(tmp_path: Path) -> None:
    calls: list[str] = []

    class CountingTone(ToneVoice):
        def synthesise(self, text: str, voice: Voice):  # type: ignore[no-untyped-def]
            calls.append(text)
            return super().synthesise(text, voice)

    cache = VoiceCache(CountingTone(), tmp_path)
    lines = [("hello there", Voice()), ("he has gone", Voice()), ("hello there", Voice(rate=200))]
    assert cache.prepare(lines) == 3
    assert cache.prepare(lines) == 0
    clip = cache.clip("hello there", Voice())
    assert clip.seconds > 0
    assert len(calls) == 3
    assert not list(tmp_path.rglob("*.part"))


def test_cache_key_changes_with_engine_version(tmp_path: Path) -> None:
    class Newer(ToneVoice):
        def version(self) -> str:
            return "tone-2"

    a = VoiceCache(ToneVoice(), tmp_path).path("hi", Voice())
    b = VoiceCache(Newer(), tmp_path).path("hi", Voice())
    assert a != b


def test_espeak_cache_round_trip(espeak, tmp_path: Path) -> None:
    cache = VoiceCache(espeak, tmp_path)
    path = cache.render("Where are you now?", Voice(name="en-gb-scotland", gender="female"))
    again = cache.render("Where are you now?", Voice(name="en-gb-scotland", gender="female"))
    assert path == again
    assert read_wav(path).seconds > 0.5


def test_say_command_writes_wav_and_keeps_stdout_clean(espeak, tmp_path: Path, capsys) -> None:
    from simulator.cli import main

    out = tmp_path / "line.wav"
    code = main(
        [
            "say",
            "He has a knife",
            "-o",
            str(out),
            "--voice",
            "en-gb",
            "--telephone",
            "--noise",
            "street",
            "--snr",
            "10",
            "--distress",
            "0.5",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out == ""
    assert read_wav(out).rate == 8000


def test_say_command_bad_voice_is_a_user_error(espeak, tmp_path: Path, capsys) -> None:
    from simulator.cli import main

    code = main(["say", "hello", "-o", str(tmp_path / "x.wav"), "--voice", "klingon"])
    assert code == 1
    assert "no voice 'klingon'" in capsys.readouterr().err


def test_say_lists_voices(espeak, capsys) -> None:
    from simulator.cli import main

    assert main(["say", "x", "-o", "unused.wav", "--list-voices"]) == 0
    assert "en-gb" in capsys.readouterr().out.split()


def _pitch_hz(samples: np.ndarray, rate: int) -> float:
    """Median fundamental frequency by autocorrelation over voiced 40 ms frames."""
    frame = int(0.04 * rate)
    estimates = []
    for start in range(0, len(samples) - frame, frame):
        x = samples[start : start + frame].astype(np.float64)
        if np.sqrt(np.mean(x**2)) < 0.05:
            continue
        ac = np.correlate(x, x, "full")[frame - 1 :]
        lo, hi = int(rate / 400), int(rate / 70)
        lag = lo + int(np.argmax(ac[lo:hi]))
        estimates.append(rate / lag)
    return float(np.median(estimates))
