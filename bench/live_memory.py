"""Where a live call's memory goes: RSS step by step, in one fresh process, no sound device.

The steps a call takes before and while the trainee speaks, in `callsim play`'s order: the
imports, the scenario, ears and mouth (`speech_pipeline`: the phrase library, the espeak-ng
voices, pocketsphinx for the partials), the call's understanding and its sentence model,
every caller line made in three voices and filtered through the telephone line (as
`DeviceSpeaker.prepare`), Whisper loading (as the phone rings), the voice-activity and
end-of-turn voice models; then `--turns` trainee turns (the reply-gap bench's questions,
rendered in a separate process) each heard as a live call hears it: streamed in 32 ms
blocks through the voice-activity model and the partials, decoded by Whisper at the pause
with the voice model read beside it on a thread of its own, the turn's end decided on the
words' sense, and the caller's answer chosen and made.

After each step: RSS now (VmRSS) split into memory of its own (RssAnon) and pages of files
(RssFile: libraries' code and mapped model weights, which the kernel may drop and read
again), the peak so far (VmHWM, the kernel's own high-water mark, which a short spike
between two readings cannot slip past) and, with `--python` (slower), Python's own
objects (tracemalloc). `bench.reply_gap`'s peak is this process's plus the sound server's
streams; it loads the sentence model at the first text it has no vector for, not before
the phone rings as `callsim play` does.

    nice python3 -m bench.live_memory [--turns 60] [--python]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import threading
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MB = 1024  # /proc figures are in kB


def status() -> dict[str, float]:
    """VmRSS, VmHWM, RssAnon and RssFile of this process, in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text()
                  .splitlines() if ":" in line)
    return {k: int(fields[k].split()[0]) / MB for k in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}


class Steps:
    """Prints one line a step: RSS, its change, own and file pages, the peak so far."""

    def __init__(self, python: bool) -> None:
        self._python = python
        self._last = status()["VmRSS"]
        self._started = time.perf_counter()
        if python:
            tracemalloc.start()
        print(f"{'step':46s} {'RSS':>5s} {'+':>5s} {'own':>5s} {'file':>5s} {'peak':>5s} "
              f"{'s':>6s}" + ("  python now / peak MB" if python else ""))
        self.mark("the interpreter, numpy")

    def mark(self, what: str) -> None:
        now = status()
        line = (f"{what:46s} {now['VmRSS']:5.0f} {now['VmRSS'] - self._last:+5.0f} "
                f"{now['RssAnon']:5.0f} {now['RssFile']:5.0f} {now['VmHWM']:5.0f} "
                f"{time.perf_counter() - self._started:6.1f}")
        if self._python:
            current, high = tracemalloc.get_traced_memory()
            line += f"  {current / 2**20:6.1f} / {high / 2**20:6.1f}"
            tracemalloc.reset_peak()
        print(line, flush=True)
        self._last = now["VmRSS"]


def hand_back() -> bool:
    """glibc's malloc_trim(0): what the allocator keeps freed goes back to the system."""
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):
        return False


def before_ringing(steps: Steps, scenario_id: str) -> tuple[Any, Any, Any, Any]:
    """What `callsim play` does before the phone rings and as it rings: (ears, speaker,
    understanding, scenario)."""
    from audio.memory import give_back  # noqa: PLC0415
    from simulator.dialogue import Reply  # noqa: PLC0415
    from simulator.library import ready_for_a_live_call, understanding_for  # noqa: PLC0415
    from simulator.live_audio import DeviceSpeaker  # noqa: PLC0415
    from simulator.loader import load_scenario, resolve  # noqa: PLC0415
    from simulator.speech_pipeline import speech_pipeline  # noqa: PLC0415

    scenario = load_scenario(resolve(scenario_id))
    steps.mark("scenario loaded")
    ears, mouth, _how = speech_pipeline(scenario, "auto", partials=True)
    steps.mark("ears and mouth (phrase library, pocketsphinx)")
    understanding = understanding_for(scenario)
    steps.mark("the call's understanding")
    ready_for_a_live_call()
    steps.mark("the sentence model")
    speaker = DeviceSpeaker(mouth.voices, scenario, device=None)
    replies = [Reply(line, "answer", distress=d) for d in (0.0, 5.0, 8.0)
               for line in mouth.lines() + mouth.stock_lines()]
    replies += [Reply(f.distressed, "answer", distress=8.0)
                for f in scenario.caller.facts if f.distressed]
    for reply in replies:
        if reply.spoken:
            speaker.clip(reply)
    held = sum(clip.nbytes for clip in speaker._ready.values()) / 2**20
    steps.mark(f"caller lines made ({len(speaker._ready)}, {held:.0f} MB held)")
    give_back()  # as `MicrophoneInput` does before Whisper loads
    warm = getattr(ears.stt, "warm", None)
    if warm is not None:
        warm()
        ears.stt._model  # noqa: B018 - Whisper's model, loading on its own thread: wait for it
    steps.mark("Whisper loaded")
    return ears, speaker, understanding, scenario


@dataclass(frozen=True)
class Call:
    """What hears and answers a turn."""

    ears: Any
    judge: Any  # the endpointer, with the voice-activity model
    taker: Any
    caller: Any
    speaker: Any
    cue: Any  # the end-of-turn voice model, or None


def one_turn(samples: np.ndarray, n: int, call: Call) -> None:
    """A trainee turn heard and answered as a live call does (`MicrophoneInput`)."""
    ears, judge, taker, caller, speaker, cue = (
        call.ears, call.judge, call.taker, call.caller, call.speaker, call.cue)
    from audio.clip import Clip  # noqa: PLC0415
    from audio.memory import give_back  # noqa: PLC0415
    from audio.stt import RATE  # noqa: PLC0415
    from simulator.live_audio import WHOLE_UTTERANCE_BLOCK_MS, _close  # noqa: PLC0415
    from simulator.speech_pipeline import wav_bytes  # noqa: PLC0415

    block = RATE * WHOLE_UTTERANCE_BLOCK_MS // 1000
    heard = np.concatenate([np.asarray(samples, np.float32), np.zeros(RATE, np.float32)])
    stream = ears.stt.stream()
    kept = []
    for start in range(0, len(heard) - block + 1, block):
        part = heard[start:start + block]
        kept.append(part)
        judge.feed(part)
        stream.feed(Clip(part, RATE))  # the partials
    said = np.concatenate(kept)
    reading: list[float] = []

    def read() -> None:
        if cue is not None:
            reading.append(cue.probability(said))

    reader = threading.Thread(target=read)
    reader.start()  # the voice is read beside the decode, as live
    guess = ears.stt.transcribe(Clip(said, RATE))
    reader.join()
    taker.decide(guess.written or guess.text, True, reading[0] if reading else None)
    give_back()  # as the live decoder thread does after each decode
    _close(stream)
    wav_bytes(Clip(said, RATE))  # the turn's recording, kept with the utterance
    for reply in caller.hear(guess.text, float(n), guess.confidence):
        if reply.spoken:
            speaker.clip(reply)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="burglary-next-morning")
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--python", action="store_true",
                        help="also trace Python's own allocations (slower)")
    args = parser.parse_args()
    steps = Steps(args.python)
    from audio.endpoint import Endpointer, ModelJudge  # noqa: PLC0415
    from audio.sounds_finished import SoundsFinished  # noqa: PLC0415
    from audio.sounds_finished import available as sounds_finished_available  # noqa: PLC0415
    from audio.stt import RATE  # noqa: PLC0415
    from audio.turn_end import TurnTiming  # noqa: PLC0415
    from bench.reply_gap import questions, rendered  # noqa: PLC0415
    from simulator.dialogue import Caller  # noqa: PLC0415
    from simulator.live_audio import WHOLE_UTTERANCE_SETTINGS  # noqa: PLC0415
    from simulator.turn_taking import TurnTaker  # noqa: PLC0415

    steps.mark("imports (the live call's modules)")
    texts = questions()[:args.turns]
    clips = rendered(texts) if texts else []  # in a process of its own
    steps.mark(f"{len(clips)} trainee turns rendered (kept here)")
    ears, speaker, understanding, scenario = before_ringing(steps, args.scenario)
    judge = Endpointer(RATE, WHOLE_UTTERANCE_SETTINGS, ModelJudge(WHOLE_UTTERANCE_SETTINGS))
    steps.mark("voice-activity model")
    cue = SoundsFinished() if sounds_finished_available() else None
    steps.mark("end-of-turn voice model")
    taker = TurnTaker(understanding, TurnTiming())
    caller = Caller(scenario, understanding)
    caller.opening()
    for n, samples in enumerate(clips, 1):
        one_turn(samples, n, Call(ears, judge, taker, caller, speaker, cue))
        if n % 10 == 0 or n == len(clips):
            steps.mark(f"{n} turns heard and answered")
    print(f"peak RSS {status()['VmHWM']:.0f} MB (VmHWM); load average {os.getloadavg()[0]:.1f}")
    if hand_back():
        steps.mark("freed memory handed back (malloc_trim)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
