"""The telephone line: narrow band at 8 kHz, noise at the SNR asked for, repeatable."""

from __future__ import annotations

import numpy as np
import pytest

from audio.clip import Clip, read_wav, write_wav
from audio.line import NOISES, active_power, generate_noise, mix_at_snr, telephone
from audio.tts import ToneVoice, Voice


def band_energy(clip: Clip, low: float, high: float) -> float:
    spectrum = np.abs(np.fft.rfft(clip.samples)) ** 2
    freqs = np.fft.rfftfreq(len(clip.samples), 1 / clip.rate)
    return float(spectrum[(freqs >= low) & (freqs < high)].sum())


def sweep(rate: int = 22050, seconds: float = 1.0) -> Clip:
    rng = np.random.default_rng(1)
    return Clip((0.2 * rng.standard_normal(int(rate * seconds))).astype(np.float32), rate)


def test_telephone_is_8khz_and_narrow_band() -> None:
    wide = sweep()
    line = telephone(wide)
    assert line.rate == 8000
    assert line.seconds == pytest.approx(wide.seconds, abs=0.01)
    inside = band_energy(line, 400, 3300)
    assert band_energy(line, 0, 150) < inside * 0.01
    assert band_energy(line, 3600, 4000) < inside * 0.01


@pytest.mark.parametrize("snr", [0.0, 10.0, 20.0])
def test_noise_is_mixed_at_the_requested_snr(snr: float) -> None:
    speech = 0.2 * ToneVoice().synthesise("one two three four five", Voice()).samples  # no clipping
    noise = generate_noise("pink", len(speech), 16000, seed=3)
    mixed = mix_at_snr(speech, noise, snr)
    added = mixed - speech
    measured = 10 * np.log10(active_power(speech) / float(np.mean(added.astype(np.float64) ** 2)))
    assert measured == pytest.approx(snr, abs=0.5)


def test_every_noise_is_repeatable_and_finite() -> None:
    for kind in NOISES:
        a = generate_noise(kind, 8000, 8000, seed=5)
        assert np.array_equal(a, generate_noise(kind, 8000, 8000, seed=5))
        assert np.isfinite(a).all() and float(np.abs(a).max()) > 0
    with pytest.raises(ValueError, match="street"):
        generate_noise("jet engine", 10, 8000)


def test_wav_round_trip_and_resampling(tmp_path) -> None:
    clip = sweep(22050, 0.5)
    write_wav(tmp_path / "a.wav", clip)
    back = read_wav(tmp_path / "a.wav")
    assert back.rate == 22050 and np.allclose(back.samples, clip.samples, atol=1e-4)
    assert clip.resampled(16000).seconds == pytest.approx(0.5, abs=1e-3)
