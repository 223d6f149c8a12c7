"""Human speech that ships in Debian packages, the headset condition, and word error rate.

Shared by bench/hearing_accuracy.py, bench/reply_gap.py and tests/audio/test_hearing.py.
The recordings were written and spoken by others (LibriVox readers, the Asterisk project's
voice), none for callsim, so they are blind to everything tuned here:

- `pocketsphinx-testdata`: five LibriVox *Sense and Sensibility* sentences and five
  "cards" clips, with transcripts (BSD);
- `asterisk-core-sounds-en-g722`: ~560 phone-system prompts, 16 kHz G.722, one professional
  US voice (CC-BY-SA-3.0), transcripts in `asterisk-core-sounds-en`'s core-sounds-en.txt.gz.
  Split by a hash of the prompt's name: "dev" (may be looked at) and "held-out" (scored,
  errors never read).
"""

from __future__ import annotations

import gzip
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audio.bias import normalise
from audio.clip import Clip, read_wav

POCKETSPHINX = Path("/usr/share/pocketsphinx/test/data")
ASTERISK = Path("/usr/share/asterisk/sounds/en_US_f_Allison")
ASTERISK_TEXT = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
RATE = 16000


@dataclass(frozen=True)
class Recording:
    id: str
    group: str  # "librivox", "cards", "asterisk"
    text: str
    clip: Clip


def librivox() -> list[Recording]:
    folder = POCKETSPHINX / "librivox"
    out = []
    for line in (folder / "transcription").read_text().splitlines():
        match = re.match(r"<s>(.*)</s>\s*\((.+)\)", line.strip())
        if match:
            text, name = match.group(1).strip(), match.group(2)
            out.append(Recording(name, "librivox", text, read_wav(folder / f"{name}.wav")))
    return out


def cards() -> list[Recording]:
    folder = POCKETSPHINX / "cards"
    out = []
    for line in (folder / "cards.transcription").read_text().splitlines():
        match = re.match(r"<s>(.*)</s>\s*\((.+)\)", line.strip())
        if match:
            text, name = match.group(1).strip(), match.group(2)
            out.append(Recording(f"cards-{name}", "cards", text, read_wav(folder / f"{name}.wav")))
    return out


def asterisk_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    with gzip.open(ASTERISK_TEXT, "rt", encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if ":" not in line or line.startswith(";"):
                continue
            name, text = line.split(":", 1)
            texts[name.strip()] = text.strip()
    return texts


def part(name: str) -> str:
    """"dev" or "held-out", fixed by the name alone."""
    return "dev" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "held-out"


def asterisk_clip(name: str) -> Clip | None:
    """One prompt (16 kHz G.722 decoded), or None when the package lacks it."""
    from G722 import G722  # type: ignore[import-untyped]  # noqa: PLC0415 - only here

    path = ASTERISK / f"{name}.g722"
    if not path.exists():
        return None
    pcm = np.array(G722(RATE, 64000).decode(path.read_bytes()), dtype=np.int16)
    return Clip(pcm.astype(np.float32) / 32768, RATE)


def asterisk(which: str, limit: int, min_words: int = 3) -> list[Recording]:
    """Prompts of one part with a spoken transcript (no "[tones]", no spelt digits)."""
    texts = asterisk_texts()
    out: list[Recording] = []
    for name in sorted(texts):
        text = texts[name]
        if part(name) != which or "[" in text or len(text.split()) < min_words:
            continue
        clip = asterisk_clip(name)
        if clip is None:
            continue
        out.append(Recording(name, "asterisk", text, clip))
        if len(out) >= limit:
            break
    return out


def human(which: str = "held-out", asterisk_limit: int = 50) -> list[Recording]:
    """LibriVox and cards (10 clips, always) plus asterisk prompts of one part."""
    return librivox() + cards() + asterisk(which, asterisk_limit)


# --- the headset condition ------------------------------------------------------------------


def headset(clip: Clip, seed: int = 0, snr_db: float = 20.0) -> Clip:
    """A cheap headset in a training room: 16 kHz, band-pass 100–7000 Hz, light reverb,
    coloured noise with 50 Hz hum at `snr_db` below the speech."""
    rng = np.random.default_rng(seed)
    x = clip.resampled(RATE).samples.astype(np.float64)
    n = len(x)
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    spectrum[(freqs < 100) | (freqs > 7000)] = 0.0
    x = np.fft.irfft(spectrum, n)
    # Light reverb: an exponentially decaying noise tail (RT60 ≈ 0.25 s), 15% wet.
    tail = int(0.3 * RATE)
    ir = rng.normal(0, 1, tail) * np.exp(-6.9 * np.arange(tail) / (0.25 * RATE))
    ir /= np.sqrt(np.sum(ir**2))
    wet = np.fft.irfft(np.fft.rfft(x, n + tail) * np.fft.rfft(ir, n + tail), n + tail)[:n]
    x = 0.85 * x + 0.15 * wet
    # Coloured (pink-ish) noise plus mains hum, scaled to the speech's power.
    white = np.fft.rfft(rng.normal(0, 1, n))
    pink = np.fft.irfft(white / np.sqrt(np.maximum(freqs, 20.0)), n)
    hum = 0.3 * np.sin(2 * np.pi * 50 * np.arange(n) / RATE)
    noise = pink / (np.std(pink) + 1e-12) + hum
    speech_power = float(np.mean(x[np.abs(x) > 0.01 * np.max(np.abs(x))] ** 2))
    noise *= np.sqrt(speech_power / 10 ** (snr_db / 10) / float(np.mean(noise**2)))
    return Clip((x + noise).astype(np.float32), RATE)


# --- word error rate ------------------------------------------------------------------------

# Spellings that differ only by side of the Atlantic or by style, made one before counting.
_SAME = {
    "neighbours": "neighbors", "neighbour": "neighbor", "colour": "color", "behaviour":
    "behavior", "favour": "favor", "centre": "center", "licence": "license", "grey": "gray",
    "ok": "okay", "alright": "all right", "mister": "mr", "missus": "mrs", "realise": "realize",
    "recognise": "recognize", "organise": "organize", "apologise": "apologize",
    "cctv": "c c t v", "tv": "t v", "ill-disposed": "ill disposed", "cold-hearted": "cold hearted",
    "pound": "pound", "extension": "extension", "voicemail": "voice mail", "e-mail": "email",
}


def words(text: str) -> list[str]:
    """Lower case, numbers spoken, punctuation gone, one spelling per word."""
    spoken = " ".join(normalise(text.replace("-", " ")))
    return " ".join(_SAME.get(w, w) for w in spoken.split()).split()


def edits(reference: list[str], hypothesis: list[str]) -> int:
    row = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, h in enumerate(hypothesis, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (r != h))
    return row[-1]


def wer(pairs: list[tuple[str, str]]) -> float:
    """Corpus word error rate of (reference, hypothesis) pairs."""
    errors = sum(edits(words(r), words(h)) for r, h in pairs)
    total = sum(len(words(r)) for r, _ in pairs)
    return errors / total if total else 0.0
