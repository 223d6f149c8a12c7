"""The telephone line: narrow band at 8 kHz, noise at the SNR asked for, repeatable."""

from __future__ import annotations

import numpy as np
import pytest

from audio.clip import Clip, read_wav, resample, write_wav
from audio.line import (
    NOISES,
    active_power,
    generate_noise,
    line_codes,
    mix_at_snr,
    mu_law_levels,
    telephone,
)
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


def test_a_line_kept_as_its_codes_is_the_line() -> None:
    """A live call keeps its caller's lines as the line's mu-law bytes (audio.line)."""
    wide = sweep(seconds=0.7)
    for noise in (None, "street"):
        codes = line_codes(wide, noise)
        assert codes.dtype == np.uint8
        line = telephone(wide, noise)
        assert float(np.max(np.abs(mu_law_levels(codes) - line.samples))) < 1e-6
    assert len(np.unique(mu_law_levels(np.arange(256, dtype=np.uint8)))) == 256


def test_fast_resampling_matches_the_exact_one_inside_the_clip() -> None:
    """Padded to a length of small factors (here from a prime one), in float32: the same
    sound as the exact resampling but near the ends, where the exact one wraps round."""
    n = 20011  # prime: the exact FFT's slowest kind of length
    rng = np.random.default_rng(4)
    quiet_ends = np.sin(np.linspace(0, np.pi, n)) ** 2
    line = telephone(Clip((0.3 * rng.standard_normal(n) * quiet_ends).astype(np.float32),
                          8000)).samples
    exact = resample(line, 8000, 16000)
    fast = resample(line, 8000, 16000, fast=True)
    assert fast.dtype == np.float32 and len(fast) == len(exact)
    assert float(np.max(np.abs(fast - exact)[400:-400])) < 1e-3
    assert float(np.max(np.abs(fast - exact))) < 0.02


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
