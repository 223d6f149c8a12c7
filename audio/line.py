"""The telephone line: what a call handler hears of a caller.

Narrow band (8 kHz sampling, 300–3400 Hz pass band, G.711 mu-law), with optional background
noise mixed at a chosen signal-to-noise ratio. Apply it to the caller's playback only: the
recogniser's acoustic model expects 16 kHz wideband, so the trainee's own audio stays clean.
Noise is generated, not recorded, so nothing needs a licence and every run is repeatable.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from audio.clip import Clip, Samples

LINE_RATE = 8000
BAND_HZ = (300.0, 3400.0)


def telephone(clip: Clip, noise: str | None = None, snr_db: float = 15.0, seed: int = 0) -> Clip:
    """The clip as heard over a phone line, at 8 kHz."""
    return Clip(mu_law_round_trip(_narrow(clip, noise, snr_db, seed)), LINE_RATE)


def line_codes(clip: Clip, noise: str | None = None, snr_db: float = 15.0,
               seed: int = 0) -> npt.NDArray[np.uint8]:
    """What the phone line carries of the clip: one G.711 mu-law code a sample at 8 kHz
    (`mu_law_levels` gives `telephone`'s sound, to float32's last bit). A live call keeps
    its caller's lines so: a byte a sample, a quarter of 16-bit samples at 16 kHz."""
    return mu_law_codes(_narrow(clip, noise, snr_db, seed))


def _narrow(clip: Clip, noise: str | None, snr_db: float, seed: int) -> Samples:
    """The line's band at 8 kHz, with its background noise, before the mu-law grain."""
    narrow = clip.resampled(LINE_RATE)
    speech = band_pass(narrow.samples, LINE_RATE, *BAND_HZ)
    if noise is not None:
        background = generate_noise(noise, len(speech), LINE_RATE, seed)
        speech = mix_at_snr(speech, band_pass(background, LINE_RATE, *BAND_HZ), snr_db)
    return speech


def band_pass(samples: Samples, rate: int, low: float, high: float) -> Samples:
    """Keep `low`–`high` Hz, with 100 Hz raised-cosine edges so nothing rings."""
    spectrum = np.fft.rfft(samples.astype(np.float64))
    freqs = np.fft.rfftfreq(len(samples), 1.0 / rate)
    edge = 100.0
    rise = np.clip((freqs - (low - edge)) / edge, 0.0, 1.0)
    fall = np.clip(((high + edge) - freqs) / edge, 0.0, 1.0)
    gain = (0.5 - 0.5 * np.cos(np.pi * rise)) * (0.5 - 0.5 * np.cos(np.pi * fall))
    return np.fft.irfft(spectrum * gain, len(samples)).astype(np.float32)


def mix_at_snr(speech: Samples, noise: Samples, snr_db: float) -> Samples:
    """Add noise so that speech power / noise power is `snr_db`, measured while speaking.

    Power over the whole clip would count the pauses and make the noise too quiet.
    """
    active = active_power(speech)
    noise_power = float(np.mean(noise.astype(np.float64) ** 2)) or 1e-12
    gain = np.sqrt(active / (noise_power * 10 ** (snr_db / 10)))
    mixed: Samples = (speech + gain * noise[: len(speech)]).astype(np.float32)
    peak = float(np.max(np.abs(mixed))) if len(mixed) else 0.0
    if peak > 0.99:  # scale both together: clipping would change the SNR asked for
        mixed = (mixed * (0.99 / peak)).astype(np.float32)
    return mixed


def active_power(samples: Samples, frame: int = 160) -> float:
    """Mean power of the frames within 30 dB of the loudest one."""
    usable = len(samples) - len(samples) % frame
    if usable == 0:
        return float(np.mean(samples.astype(np.float64) ** 2)) if len(samples) else 0.0
    frames = samples[:usable].astype(np.float64).reshape(-1, frame)
    power = np.mean(frames**2, axis=1)
    loud = power[power >= power.max() * 10 ** (-30 / 10)]
    return float(np.mean(loud)) if len(loud) else 0.0


MU = 255.0


def mu_law_round_trip(samples: Samples, mu: float = MU) -> Samples:
    """Quantise as G.711 mu-law does: the grain of a real phone call. (Computed here, not
    looked up in `LEVELS`: numpy's float32 power may differ in the last bit by where a
    value sits in the array, and the recognisers' benches hear `telephone` bit for bit.)"""
    clipped = np.clip(samples, -1.0, 1.0)
    encoded = np.sign(clipped) * np.log1p(mu * np.abs(clipped)) / np.log1p(mu)
    quantised = np.round((encoded + 1.0) * 127.5) / 127.5 - 1.0
    decoded: Samples = np.asarray(
        np.sign(quantised) * ((1.0 + mu) ** np.abs(quantised) - 1.0) / mu, dtype=np.float32
    )
    return decoded


def mu_law_codes(samples: Samples) -> npt.NDArray[np.uint8]:
    """Each sample as one of the 256 mu-law levels (0 the most negative)."""
    clipped = np.clip(samples, -1.0, 1.0)
    encoded = np.sign(clipped) * np.log1p(MU * np.abs(clipped)) / np.log1p(MU)
    codes: npt.NDArray[np.uint8] = np.round((encoded + 1.0) * 127.5).astype(np.uint8)
    return codes


def _levels() -> Samples:
    """The sample each code stands for, computed in float32 as the codes were."""
    quantised = np.arange(256, dtype=np.float32) / np.float32(127.5) - np.float32(1.0)
    return np.asarray(np.sign(quantised) * ((1.0 + MU) ** np.abs(quantised) - 1.0) / MU,
                      dtype=np.float32)


LEVELS = _levels()


def mu_law_levels(codes: npt.NDArray[np.uint8]) -> Samples:
    """The samples mu-law codes stand for."""
    return LEVELS[codes]


def _coloured(n: int, rng: np.random.Generator, exponent: float) -> Samples:
    """Noise whose power falls as 1/f**exponent (0 white, 1 pink, 2 brown)."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n)
    freqs[0] = freqs[1] if n > 1 else 1.0
    shaped = np.fft.irfft(spectrum / freqs ** (exponent / 2), n).astype(np.float32)
    return _normalised(shaped)


def _normalised(x: Samples) -> Samples:
    rms = float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) or 1.0
    return (x / rms * 0.1).astype(np.float32)


def _swells(n: int, rate: int, rng: np.random.Generator, per_second: float) -> Samples:
    """A slow random loudness envelope: vehicles passing, voices rising and falling."""
    points = max(2, int(n / rate * per_second) + 2)
    knots = rng.uniform(0.2, 1.0, points)
    envelope = np.interp(np.linspace(0, points - 1, n), np.arange(points), knots)
    return envelope.astype(np.float32)


def _street(n: int, rate: int, rng: np.random.Generator) -> Samples:
    return _normalised(_coloured(n, rng, 1.0) * _swells(n, rate, rng, 0.5))


def _traffic(n: int, rate: int, rng: np.random.Generator) -> Samples:
    rumble = _coloured(n, rng, 2.0) * _swells(n, rate, rng, 0.3)
    return _normalised(rumble + 0.3 * _coloured(n, rng, 1.0))


def _house(n: int, rate: int, rng: np.random.Generator) -> Samples:
    """Several voice-band noises each switching on and off at syllable pace: a busy room."""
    babble = np.zeros(n, dtype=np.float32)
    for _ in range(4):
        voice = band_pass(rng.standard_normal(n).astype(np.float32), rate, 250.0, 2500.0)
        babble += voice * _swells(n, rate, rng, 4.0) ** 2
    return _normalised(babble)


NOISES: dict[str, Callable[[int, int, np.random.Generator], Samples]] = {
    "white": lambda n, _rate, rng: _coloured(n, rng, 0.0),
    "pink": lambda n, _rate, rng: _coloured(n, rng, 1.0),
    "street": _street,
    "traffic": _traffic,
    "house": _house,
}


def generate_noise(kind: str, n: int, rate: int, seed: int = 0) -> Samples:
    try:
        make = NOISES[kind]
    except KeyError:
        raise ValueError(
            f"unknown background noise {kind!r}; choose one of: {', '.join(sorted(NOISES))}"
        ) from None
    return make(n, rate, np.random.default_rng(seed))
