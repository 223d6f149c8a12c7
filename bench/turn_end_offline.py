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

The **human** parts (`--part human-dev`, `--part human-held-out`; bench/human_turns.py):
people's whole requests, ended where they ended, and the pauses they made inside them
(150–700 ms, between two words of the transcript), split by a hash of the recording's
name. Their cut-offs are counted apart for pauses mid-sentence and between two sentences
of one turn. Tune on human-dev only; human-held-out prints its totals, never a pause.

    nice python3 -m bench.turn_end_offline [--part dev|live|human-dev] [--variants]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.clip import Clip, read_wav
from audio.endpoint import Endpointer, ModelJudge, SpeechPaused, SpeechResumed
from audio.sounds_finished import SoundsFinished
from audio.sounds_finished import available as sounds_finished_available
from audio.stt import RATE
from audio.turn_end import ANSWER_AT_ONCE
from bench.human_turns import (
    MAX_PAUSE_MS,
    MIN_PAUSE_MS,
    agrees,
    between_words,
    human_turns,
)
from bench.reply_gap import questions, voiced_span, with_pause
from simulator.library import understanding_for
from simulator.live_audio import (
    BREATH_AFTER_MS,
    PRE_ROLL_S,
    SURE_BREATH_AFTER_MS,
    SURE_BREATH_SOUNDS,
    WHOLE_UTTERANCE_BLOCK_MS,
    WHOLE_UTTERANCE_SETTINGS,
)
from simulator.loader import load_scenario, resolve
from simulator.speech_pipeline import speech_pipeline
from simulator.turn_taking import UNFINISHED, Decision, TurnTaker

CACHE = Path("/tmp/callsim-turn-end")
BLOCK = RATE * WHOLE_UTTERANCE_BLOCK_MS // 1000  # the microphone's blocks, as live
VOICES = {"hibari": "heart", "piper": "en_US-joe-medium"}
HUMAN_VERSION = 2  # bump when the human part's selection changes (the cache key)
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
    between_sentences: bool = False  # a human pause after a sentence's full stop


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
    label: list[object] = [part, voices]
    if part.startswith("human-"):  # the human part's selection has versions of its own
        label = [part, HUMAN_VERSION]
    key = hashlib.sha256(json.dumps(label).encode()).hexdigest()[:12]
    CACHE.mkdir(exist_ok=True)
    saved = CACHE / f"{key}.npz"
    if saved.exists():
        data = np.load(saved, allow_pickle=True)
        return [Pause(**row) for row in data["rows"]]
    scenario = load_scenario(resolve("burglary-next-morning"))
    ears, _mouth, _how = speech_pipeline(scenario, "auto", partials=True)
    if part.startswith("human-"):
        rows = collect_human(part.removeprefix("human-"), ears.stt)
        np.savez(saved, rows=np.array([r.__dict__ for r in rows], dtype=object))
        return rows
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


def collect_human(which: str, stt: Any) -> list[Pause]:
    """The human part (bench/human_turns.py): each recording's end, and its own pauses of
    150–700 ms that fall between two words of its transcript."""
    rows: list[Pause] = []
    skipped = {"recording heard wrongly": 0, "pause not between words": 0,
               "pause outside 150-700 ms": 0}
    for turn in human_turns(which):
        whole = stt.transcribe(Clip(turn.samples, RATE))
        timed = [(w.start, w.end) for w in whole.words]
        checked = agrees(turn.text, whole.text)
        reference = turn.text.split()
        found = pauses_of(turn.samples)
        for i, (at, resumed, so_far) in enumerate(found):
            # The recording's end is the endpointer's last pause (its clips end in room
            # noise, which an energy measure would count as voice).
            end = resumed is None and i == len(found) - 1
            gap = 0 if resumed is None else int((resumed - at) * 1000)
            if not end:
                if resumed is None:
                    continue  # a pause after which the endpointer heard only noise
                if not checked:
                    skipped["recording heard wrongly"] += 1
                    continue
                if not MIN_PAUSE_MS <= gap <= MAX_PAUSE_MS:
                    skipped["pause outside 150-700 ms"] += 1
                    continue
                if not between_words(timed, at, resumed):
                    skipped["pause not between words"] += 1
                    continue
            began = time.perf_counter()
            heard = stt.transcribe(Clip(so_far, RATE))
            took = int((time.perf_counter() - began) * 1000)
            # Between two sentences of the package's transcript, or mid-sentence: the words
            # said before the pause, counted on the whole recording's transcript.
            said = sum(1 for _a, b in timed if b <= (at + (resumed or at)) / 2)
            between = (not end and 0 < said <= len(reference)
                       and reference[said - 1].endswith((".", "?", "!")))
            rows.append(Pause(turn.id, "human", gap if not end else 0, gap, end, so_far,
                              heard.text, heard.written or heard.text, took,
                              tuple((w.word, w.start, w.end, w.conf) for w in heard.words),
                              between))
        print(f"  human {turn.id}: {len(rows)} pauses so far", flush=True)
    print("  left out: " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
    return rows


Rule = Callable[[Decision, float | None], int]


def as_decided(decision: Decision, _sounds: float | None) -> int:
    return decision.hangover_ms


def voice_alone(above: float, wait_ms: int) -> Rule:
    """Tried on the human part (not the live rule): a turn whose words are not unfinished
    waits only `wait_ms` when the voice sounds finished above `above`."""
    def rule(decision: Decision, sounds: float | None) -> int:
        if sounds is not None and sounds > above and decision.reading != "unfinished":
            return min(decision.hangover_ms, wait_ms)
        return decision.hangover_ms
    return rule


def sure_sooner(above: float, wait_ms: int) -> Rule:
    """Tried in session 9 (not the live rule): a turn whose words and sense read whole and
    whose voice sounds finished above `above` waits only `wait_ms` (0: ends at once)."""
    def rule(decision: Decision, sounds: float | None) -> int:
        if decision.wait == "complete" and sounds is not None and sounds >= above:
            return min(decision.hangover_ms, wait_ms)
        return decision.hangover_ms
    return rule


VARIANTS: dict[str, Rule] = {
    "the live rule (words, sense, voice)": as_decided,
    **{f"whole, voice >= {a}: waits {w} ms": sure_sooner(a, w)
       for a, w in ((0.9, 0), (0.95, 0), (0.98, 0), (0.9, 600), (0.9, 750))},
    **{f"voice > {a} ends any turn not unfinished": voice_alone(a, 0) for a in (0.5, 0.8, 0.9)},
    **{f"voice > {a} waits {w} ms, not 750": voice_alone(a, w)
       for a in (0.2, 0.8) for w in (300, 400)},
}


def breath_at(decision: Decision, sounds: float | None, ends_at: int) -> int | None:
    """The silence (ms) at which the caller draws breath in this pause, as
    `MicrophoneInput._breathe_if_likely_end` does (None: not before the turn ends): at
    SURE_BREATH_AFTER_MS when the voice sounds surely finished, at BREATH_AFTER_MS when it
    sounds finished, both before the guess is decoded (the decode taken as DECODE_MS), so
    whatever the words; else once the guess is decoded, unless the words need more.
    (Before session 9's second pass this left out every pause whose words need more, though
    live the voice draws the breath there before the words are decoded.)"""
    decoded = (WHOLE_UTTERANCE_SETTINGS.pause_ms or 0) + DECODE_MS
    if sounds is not None and sounds >= SURE_BREATH_SOUNDS:
        at: int | None = SURE_BREATH_AFTER_MS
    elif sounds is not None and sounds >= UNFINISHED:
        at = BREATH_AFTER_MS
    else:
        at = None
    if at is None or at >= decoded:  # the words are in first
        at = None if decision.words_need_more else max(at or 0, BREATH_AFTER_MS, decoded)
    return at if at is not None and at < ends_at else None


def score(rows: list[Pause], finished: list[float | None], decisions: list[Decision],
          rule: Rule) -> dict[str, Any]:
    """Ends: the silence before each turn ends, and whether the caller drew breath before;
    mid-turn pauses cut off, mid-sentence and (human part) between two sentences of one
    turn, and those the caller drew breath in."""
    pause_ms = WHOLE_UTTERANCE_SETTINGS.pause_ms or 0
    ends: list[int] = []
    breathed_ends = 0
    breath_ms: list[int] = []  # the silence at which the caller breathed, at each end
    cut = {"mid-sentence": [0, 0], "between sentences": [0, 0]}
    breaths_in_pauses = 0
    for r, sounds, decision in zip(rows, finished, decisions, strict=True):
        # The turn ends when the silence reaches the hang-over, but never before the guess
        # is decoded; a pause the trainee breaks first voids the guess. The decode is taken
        # as the live bench's median (DECODE_MS), not this run's (offline, the machine's
        # other work makes it anything from 100 ms to seconds).
        ends_at = max(rule(decision, sounds), pause_ms + DECODE_MS)
        breath = breath_at(decision, sounds, ends_at)
        if r.end:
            ends.append(ends_at)
            breathed_ends += breath is not None
            breath_ms += [breath] if breath is not None else []
            continue
        kind = cut["between sentences" if r.between_sentences else "mid-sentence"]
        kind[0] += ends_at < r.gap_ms
        kind[1] += 1
        breaths_in_pauses += breath is not None and breath < r.gap_ms
    e = np.array(ends)
    return {"median": float(np.median(e)), "p95": float(np.percentile(e, 95)),
            "at_once": float(np.mean(e <= pause_ms + DECODE_MS)),
            "waited": float(np.mean((e > pause_ms + DECODE_MS) & (e < 1400))),
            "1400": float(np.mean(e >= 1400)), "cut": cut,
            "breathed_ends": breathed_ends, "breaths_in_pauses": breaths_in_pauses,
            "breath_median": float(np.median(breath_ms)) if breath_ms else 0.0,
            "breath_p95": float(np.percentile(breath_ms, 95)) if breath_ms else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "live", "human-dev", "human-held-out"),
                        default="dev")
    parser.add_argument("--voices", default="hibari,piper")
    parser.add_argument("--show", action="store_true", help="print each pause (dev only)")
    parser.add_argument("--words-only", action="store_true",
                        help="the words alone decide (no sense from the understanding)")
    parser.add_argument("--no-voice", action="store_true",
                        help="leave out the voice model (audio/sounds_finished.py)")
    parser.add_argument("--variants", action="store_true",
                        help="also score the rules tried and not kept (VARIANTS)")
    args = parser.parse_args()
    if args.part == "human-held-out":
        from bench.understanding_accuracy import record_heldout_run  # noqa: PLC0415

        print(f"held-out run number {record_heldout_run(['turn ends', 'human-held-out'])}")
    rows = collect(args.part, args.voices.split(","))
    voice = None if args.no_voice or not sounds_finished_available() else SoundsFinished()
    finished = [voice.probability(r.samples) if voice else None for r in rows]
    scenario = load_scenario(resolve("burglary-next-morning"))
    taker = TurnTaker(None if args.words_only else understanding_for(scenario))
    decisions = [taker.decide(r.written, sounds_finished=p) for r, p in zip(rows, finished,
                                                                            strict=True)]
    if args.show and args.part in ("dev", "human-dev"):
        pause_ms = WHOLE_UTTERANCE_SETTINGS.pause_ms or 0
        for r, sounds, decision in zip(rows, finished, decisions, strict=True):
            ends_at = max(decision.hangover_ms, pause_ms + DECODE_MS)
            cutting = not r.end and ends_at < r.gap_ms
            voiced = "  -  " if sounds is None else f"{sounds:5.2f}"
            kind = "END" if r.end else ("mid." if r.between_sentences else "mid")
            print(f"{kind:4s} {'CUT' if cutting else '   '} {r.voice:6s} "
                  f"{r.gap_ms:4d} {ends_at:5d} {voiced} {decision.why:45s} {r.written!r}")
    ends = [r for r in rows if r.end]
    mids = [r for r in rows if not r.end]
    print(f"voice model: {'used' if voice else 'not used'}")
    print(f"{args.part}: {len(ends)} ends, {len(mids)} mid-turn pauses "
          f"({sum(1 for r in mids if r.between_sentences)} between two sentences)")
    rules = VARIANTS if args.variants else {"the live rule (words, sense, voice)": as_decided}
    scored = [(name, decisions, rule) for name, rule in rules.items()]
    if args.variants:  # sessions 5-8: a whole question that sounds finished ends at once
        before = TurnTaker(taker.understanding, ANSWER_AT_ONCE)
        scored.append(("answering at once (sessions 5-8)",
                       [before.decide(r.written, sounds_finished=p)
                        for r, p in zip(rows, finished, strict=True)], as_decided))
    for name, made, rule in scored:
        got = score(rows, finished, made, rule)
        cuts = ", ".join(f"{k} {c} of {n}" for k, (c, n) in got["cut"].items() if n)
        print(f"{name}:\n  ends: silence before the turn ends median {got['median']:.0f} ms,"
              f" p95 {got['p95']:.0f} ms; at once {got['at_once'] * 100:.0f}%, after a "
              f"hang-over under 1.4 s {got['waited'] * 100:.0f}%, after 1.4 s "
              f"{got['1400'] * 100:.0f}%; the caller's breath before the answer at "
              f"{got['breathed_ends']} of {len(ends)} ends, after a silence of median "
              f"{got['breath_median']:.0f} ms, p95 {got['breath_p95']:.0f} ms (decode "
              f"{DECODE_MS} ms)\n"
              f"  mid-turn pauses cut off: {cuts}; the caller's breath in "
              f"{got['breaths_in_pauses']} of {len(mids)} mid-turn pauses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
