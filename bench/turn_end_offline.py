"""End of turn, offline: at every pause the live endpointer finds, would the rule end the turn?

The live call's ears (Silero VAD, 32 ms frames, first pause at 64 ms; Whisper as a call
builds it) run on rendered trainee turns as fast as the machine goes, not in real time.
At each first pause the guess is decoded and recorded with its audio; every pause before
the turn's last voiced sample is a place where ending would cut the trainee off, the one
after it is where ending at once is right. The turn-end decision (`simulator.turn_taking`)
is then scored on those records: how many ends it takes at once, how many mid-sentence
pauses it would cut off.

The **dev** part (the default) is the benchmark questions the live bench (`bench.reply_gap`,
first 30 straight, first 21 long with a pause) never plays: questions 31–72, straight and,
when 6 words or longer, with a 300/500/700 ms pause inserted as the live bench does, in
two natural voices (hibari "heart", Piper "joe" when installed). Rules are tuned here only;
`--part live` scores the live bench's own turns (to check, never to tune).

    nice python3 -m bench.turn_end_offline [--part dev|live] [--voices hibari,piper]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audio.clip import Clip, read_wav
from audio.endpoint import Endpointer, ModelJudge, SpeechPaused, SpeechResumed
from audio.sounds_finished import SoundsFinished
from audio.sounds_finished import available as sounds_finished_available
from audio.stt import RATE
from bench.reply_gap import questions, voiced_span, with_pause
from simulator.library import understanding_for
from simulator.live_audio import (
    PRE_ROLL_S,
    WHOLE_UTTERANCE_BLOCK_MS,
    WHOLE_UTTERANCE_SETTINGS,
)
from simulator.loader import load_scenario, resolve
from simulator.speech_pipeline import speech_pipeline
from simulator.turn_taking import TurnTaker

CACHE = Path("/tmp/callsim-turn-end")
BLOCK = RATE * WHOLE_UTTERANCE_BLOCK_MS // 1000  # the microphone's blocks, as live
VOICES = {"hibari": "heart", "piper": "en_US-joe-medium"}
DECODE_MS = 150  # a first-pause decode, live (bench.reply_gap: median 145–155 ms)


@dataclass
class Pause:
    """One first pause the endpointer announced, with what was heard up to it."""

    turn: str
    voice: str
    paused_ms: int  # the inserted pause (0: a straight turn)
    gap_ms: int  # the silence the endpointer measured before speech resumed (0: the end)
    end: bool  # after the turn's last voiced sample: ending now is right
    samples: np.ndarray
    text: str
    written: str
    decode_ms: int  # how long the guess took to decode here
    words: tuple[tuple[str, float, float, float], ...] = ()  # (word, start, end, probability)


def turns(part: str) -> list[tuple[str, float]]:
    """(text, inserted pause s) for the part."""
    texts = questions()
    if part == "live":
        long = [t for t in texts if len(t.split()) >= 6][:21]
        return [(t, 0.0) for t in texts[:30]] + [
            (t, (0.3, 0.5, 0.7)[i % 3]) for i, t in enumerate(long)]
    mine = texts[30:]
    long = [t for t in mine if len(t.split()) >= 6]
    return [(t, 0.0) for t in mine] + [(t, (0.3, 0.5, 0.7)[i % 3]) for i, t in enumerate(long)]


def render(texts: list[str], engine: str) -> list[np.ndarray]:
    """Rendered in a separate process, as the live bench does (its voices stay out of
    this one)."""
    code = ("import sys\n"
            "from audio.tts import Voice, text_to_speech\n"
            "from audio.tts_cache import VoiceCache\n"
            f"cache = VoiceCache(text_to_speech({engine!r}))\n"
            f"voice = Voice(name={VOICES[engine]!r}, gender='female', rate=165)\n"
            "for t in sys.stdin.read().splitlines(): print(cache.render(t, voice))\n")
    out = subprocess.run([sys.executable, "-c", code], input="\n".join(texts), text=True,
                         capture_output=True, check=True).stdout.split()
    return [read_wav(Path(p)).resampled(RATE).samples for p in out]


def pauses_of(samples: np.ndarray) -> list[tuple[float, float | None, np.ndarray]]:
    """Every first pause the live endpointer announces: (where, where speech resumed,
    audio so far), the audio as `MicrophoneInput` hands it to the decoder (pre-roll, the
    blocks before this one)."""
    judge = ModelJudge(WHOLE_UTTERANCE_SETTINGS)
    ends = Endpointer(RATE, WHOLE_UTTERANCE_SETTINGS, judge)
    audio = np.concatenate([np.zeros(RATE // 2, np.float32), samples,
                            np.zeros(2 * RATE, np.float32)])
    lead = 0.5
    out: list[tuple[float, float | None, np.ndarray]] = []
    said: list[np.ndarray] | None = None
    recent: list[np.ndarray] = []
    for start in range(0, len(audio) - BLOCK + 1, BLOCK):
        block = audio[start:start + BLOCK]
        for event in ends.feed(block):
            name = type(event).__name__
            if name == "SpeechStarted":
                said = list(recent[-round(PRE_ROLL_S * RATE / BLOCK):])
            elif isinstance(event, SpeechPaused) and said is not None:
                out.append((event.at - lead, None, np.concatenate(said)))
            elif isinstance(event, SpeechResumed) and out and out[-1][1] is None:
                out[-1] = (out[-1][0], event.at - lead, out[-1][2])
            elif name == "SpeechEnded":
                said = None
            if name == "SpeechStarted" and out and out[-1][1] is None:
                # the last pause outlasted the hang-over: speech started again as a new turn
                out[-1] = (out[-1][0], event.at - lead, out[-1][2])
        if said is not None:
            said.append(block)
        recent.append(block)
    return out


def collect(part: str, voices: list[str]) -> list[Pause]:
    key = hashlib.sha256(json.dumps([part, voices]).encode()).hexdigest()[:12]
    CACHE.mkdir(exist_ok=True)
    saved = CACHE / f"{key}.npz"
    if saved.exists():
        data = np.load(saved, allow_pickle=True)
        return [Pause(**row) for row in data["rows"]]
    scenario = load_scenario(resolve("burglary-next-morning"))
    ears, _mouth, _how = speech_pipeline(scenario, "auto", partials=True)
    rows: list[Pause] = []
    wanted = turns(part)
    for engine in voices:
        clips = render(sorted({t for t, _ in wanted}), engine)
        by_text = dict(zip(sorted({t for t, _ in wanted}), clips, strict=True))
        for text, pause_s in wanted:
            clip = by_text[text]
            if pause_s:
                clip, _at = with_pause(clip, pause_s)
            last = voiced_span(clip)[1]
            for at, resumed, so_far in pauses_of(clip):
                began = time.perf_counter()
                heard = ears.stt.transcribe(Clip(so_far, RATE))
                took = int((time.perf_counter() - began) * 1000)
                gap = 0 if resumed is None else int((resumed - at) * 1000)
                rows.append(Pause(text, engine, int(pause_s * 1000), gap,
                                  resumed is None and at >= last - 0.1,
                                  so_far, heard.text, heard.written or heard.text, took,
                                  tuple((w.word, w.start, w.end, w.conf)
                                        for w in heard.words)))
            print(f"  {engine} {text!r} {pause_s}: {len(rows)} pauses so far", flush=True)
    np.savez(saved, rows=np.array([r.__dict__ for r in rows], dtype=object))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "live"), default="dev")
    parser.add_argument("--voices", default="hibari,piper")
    parser.add_argument("--show", action="store_true", help="print each pause (dev only)")
    parser.add_argument("--words-only", action="store_true",
                        help="the words alone decide (no sense from the understanding)")
    parser.add_argument("--no-voice", action="store_true",
                        help="leave out the voice model (audio/sounds_finished.py)")
    args = parser.parse_args()
    rows = collect(args.part, args.voices.split(","))
    voice = None if args.no_voice or not sounds_finished_available() else SoundsFinished()
    finished = [voice.probability(r.samples) if voice else None for r in rows]
    scenario = load_scenario(resolve("burglary-next-morning"))
    taker = TurnTaker(None if args.words_only else understanding_for(scenario))
    ends = [r for r in rows if r.end]
    mids = [r for r in rows if not r.end]
    pause_ms = WHOLE_UTTERANCE_SETTINGS.pause_ms or 0
    after: dict[str, list[int]] = {"end": [], "mid": []}
    cut = 0
    for r, sounds in zip(rows, finished, strict=True):
        decision = taker.decide(r.written, sounds_finished=sounds)
        # The turn ends when the silence reaches the hang-over, but never before the guess
        # is decoded; a pause the trainee breaks first voids the guess. The decode is taken
        # as the live bench's median (DECODE_MS), not this run's (offline, the machine's
        # other work makes it anything from 100 ms to seconds).
        ends_at = max(decision.hangover_ms, pause_ms + DECODE_MS)
        after["end" if r.end else "mid"].append(ends_at)
        cutting = not r.end and ends_at < r.gap_ms
        cut += cutting
        if args.show and args.part == "dev":
            voiced = "  -  " if sounds is None else f"{sounds:5.2f}"
            print(f"{'END' if r.end else 'mid'} {'CUT' if cutting else '   '} {r.voice:6s} "
                  f"{r.gap_ms:4d} {ends_at:5d} {voiced} {decision.why:45s} {r.written!r}")
    e = np.array(after["end"])
    print(f"voice model: {'used' if voice else 'not used'}")
    print(f"{args.part}: {len(ends)} ends, {len(mids)} mid-turn pauses "
          f"({sum(1 for r in mids if r.paused_ms)} in turns with an inserted pause)")
    print(f"ends: silence before the turn ends median {np.median(e):.0f} ms, p95 "
          f"{np.percentile(e, 95):.0f} ms; at once {np.mean(e <= pause_ms + DECODE_MS) * 100:.0f}%"
          f", 750 ms {np.mean(e == 750) * 100:.0f}%, 1.4 s {np.mean(e >= 1400) * 100:.0f}%")
    print(f"mid-turn pauses cut off: {cut} of {len(mids)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
