"""Does the voice cue (audio/sounds_finished.py) hear a finished sentence, on human voices?

Human speech: the dev part of the asterisk prompts (one professional voice, bench/corpora.py)
and the LibriVox clips. Each whole clip, up to its last voiced sample and then the live
endpointer's first pause (64 ms of silence), should sound finished; the same clip cut after
a word in its middle (a word Whisper wrote no punctuation after, between 30% and 70% of the
way through), then the same silence, should sound unfinished — a reader does not close a
sentence there. The cut is at the quietest 10 ms near the word's end as Whisper timed it.

Synthetic speech (the end-of-turn bench's dev turns, hibari and Piper, when cached by
`bench.turn_end_offline`): its turn ends and its mid-turn pauses, inserted into fluent
speech.

    nice python3 -m bench.sounds_finished [--asterisk 80]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from audio.clip import Clip
from audio.sounds_finished import SoundsFinished
from audio.stt import RATE, EngineOptions, speech_to_text
from bench.corpora import Recording, asterisk, librivox
from bench.reply_gap import voiced_span

FIRST_PAUSE_S = 0.064  # the live endpointer announces a pause after two silent frames


def quietest(x: np.ndarray, near_s: float) -> float:
    """The quietest 10 ms within -50/+80 ms of a word's end as Whisper timed it: the gap
    between two words, so the next word's onset is not heard."""
    frame = RATE // 100
    first = max(0, int((near_s - 0.05) * RATE))
    n = max(1, int(0.13 * RATE) // frame)
    span = x[first:first + n * frame]
    n = len(span) // frame
    if n == 0:
        return near_s
    levels = np.mean(span[:n * frame].reshape(n, frame) ** 2, axis=1)
    return (first + int(np.argmin(levels)) * frame) / RATE


def paused(x: np.ndarray, at_s: float) -> np.ndarray:
    """The audio up to `at_s`, then the first pause the live endpointer waits for, silent."""
    return np.concatenate([x[:int(at_s * RATE)], np.zeros(int(FIRST_PAUSE_S * RATE), x.dtype)])


def human_cases(limit: int) -> list[tuple[str, np.ndarray, bool]]:
    """(id, audio, finished) for whole and cut human clips."""
    whisper = speech_to_text("whisper", EngineOptions())
    out: list[tuple[str, np.ndarray, bool]] = []
    clips: list[Recording] = librivox() + asterisk("dev", limit, min_words=5)
    for rec in clips:
        x = rec.clip.resampled(RATE).samples
        out.append((rec.id, paused(x, voiced_span(x)[1]), True))
        words = whisper.transcribe(Clip(x, RATE)).words
        n = len(words)
        middle = [w for i, w in enumerate(words)
                  if 0.3 * n <= i + 1 <= 0.7 * n and w.word.strip()[-1:].isalnum()]
        if middle:
            word = middle[len(middle) // 2]
            out.append((f"{rec.id}@{word.word.strip()}", paused(x, quietest(x, word.end)),
                        False))
    return out


def synthetic_cases() -> list[tuple[str, np.ndarray, bool]]:
    from bench.turn_end_offline import CACHE, collect  # noqa: PLC0415 - only when cached

    if not any(CACHE.glob("*.npz")):
        print("(synthetic turns not cached: run `python3 -m bench.turn_end_offline` first)")
        return []
    return [(f"{r.voice}:{r.text}", r.samples, r.end)
            for r in collect("dev", ["hibari", "piper"]) if r.end or r.gap_ms >= 250]


def report(name: str, probabilities: list[float], finished: list[bool]) -> None:
    p, f = np.array(probabilities), np.array(finished)
    print(f"{name}: {int(f.sum())} finished, {int((~f).sum())} unfinished")
    for threshold in (0.2, 0.5, 0.8):
        heard = p > threshold
        print(f"  above {threshold}: finished read finished {np.mean(heard[f]) * 100:5.1f}%"
              f"   unfinished read finished {np.mean(heard[~f]) * 100:5.1f}%")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asterisk", type=int, default=80, help="dev prompts to use")
    args = parser.parse_args()
    voice = SoundsFinished()
    took: list[float] = []
    for name, cases in (("human (LibriVox, asterisk dev)", human_cases(args.asterisk)),
                        ("synthetic (end-of-turn bench, dev)", synthetic_cases())):
        if not cases:
            continue
        probabilities = []
        for _id, audio, _finished in cases:
            started = time.perf_counter()
            probabilities.append(voice.probability(audio))
            took.append(time.perf_counter() - started)
        report(name, probabilities, [c[2] for c in cases])
    print(f"one reading: median {np.median(took) * 1000:.0f} ms, "
          f"p95 {np.percentile(took, 95) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
