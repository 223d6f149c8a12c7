"""The perceived reply gap, cut-offs and false barge-ins of a live call, in real time.

Recorded trainee turns (the benchmark's questions in the natural hibari voice, rendered to
WAV first) are played in real time into the PulseAudio virtual sound device
(.ci/speech-setup.sh); the live pipeline (`MicrophoneInput` with the default recogniser,
exactly as `callsim play` builds it) listens on the sink's monitor, the caller answers what
was recognised (`Caller.hear`), and its line plays through `DeviceSpeaker`.

- **Reply gap**: the trainee's last voiced sample → the caller's first audible sample, both
  timed where their blocks are handed to the sound server (the same server and latency for
  both, so it cancels; the trainee's output latency still delays the microphone, which makes
  the figure pessimistic by one output latency, ~60 ms). Given twice: to the caller's first
  sound (the breath drawn to answer, `audio.breath`, when there is one) and to the first
  word of the answer. `--no-breath` leaves the breath out.
- **Cut-offs**: turns with a pause of 300–700 ms inserted mid-sentence (at the quietest
  point of the middle third) that were answered before the trainee finished.
- **Loudspeakers** (`--loudspeakers`): the caller plays into the same sink the microphone
  hears, through a simulated room (delay, reverberation, gain), with the echo canceller on:
  caller lines that started a barge-in or were transcribed are false barge-ins; then the
  trainee talks over the caller: those barge-ins must be heard.
- Peak RSS of this process (the whole live pipeline, plus hibari for rendering the turns).

Headset (default): the caller plays into a second null sink the microphone cannot hear.

    nice python3 -m bench.reply_gap [--turns 40] [--paused 20]
    nice python3 -m bench.reply_gap --human dev        # the human turns (bench/human_turns.py)
    nice python3 -m bench.reply_gap --loudspeakers --calls 10
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from audio.clip import Clip, read_wav
from audio.devices import LineOut
from audio.echo import EchoCanceller
from audio.stt import RATE
from audio.turn_end import TurnTiming
from bench.human_turns import MAX_PAUSE_MS, MIN_PAUSE_MS, human_turns
from simulator.dialogue import Caller, Reply
from simulator.library import understanding_for
from simulator.live_audio import (
    WHOLE_UTTERANCE_SETTINGS,
    DeviceSpeaker,
    MicrophoneInput,
    wait_for,
)
from simulator.loader import load_scenario, resolve
from simulator.speech_pipeline import speech_pipeline
from simulator.turn_taking import TurnTaker
from tests.audio.pulse import ensure_virtual_sound

HERE = Path(__file__).resolve().parent
DEVICE = "pulse"


def questions() -> list[str]:
    rows = []
    for line in (HERE / "data" / "questions.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t")[2])
    return rows


def rendered(texts: list[str]) -> list[np.ndarray]:
    """The trainee turns, recorded once (hibari "heart") in a separate process, so this
    one holds only what a live call holds (its peak memory is the call's)."""
    code = ("import sys, numpy as np\n"
            "from simulator.speech_pipeline import trainee_voices, trainee_voice\n"
            "cache, engine = trainee_voices()\n"
            "voice = trainee_voice(None, engine)\n"
            "for t in sys.stdin.read().splitlines(): print(cache.render(t, voice))\n")
    out = subprocess.run([sys.executable, "-c", code], input="\n".join(texts), text=True,
                         capture_output=True, check=True).stdout.split()
    return [read_wav(Path(path)).resampled(RATE).samples for path in out]


def voiced_span(samples: np.ndarray) -> tuple[float, float]:
    """First and last voiced sample (seconds) of a clean clip: 20 ms frames within 35 dB
    of its loudest frame."""
    frame = RATE // 50
    n = len(samples) // frame
    levels = 10 * np.log10(np.mean(samples[:n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    loud = np.flatnonzero(levels > levels.max() - 35)
    return loud[0] * frame / RATE, (loud[-1] + 1) * frame / RATE


def with_pause(samples: np.ndarray, pause_s: float) -> tuple[np.ndarray, float]:
    """Insert silence at the quietest 20 ms of the middle third; returns clip and where."""
    frame = RATE // 50
    first, last = voiced_span(samples)
    lo, hi = int((first + (last - first) / 3) * RATE), int((first + 2 * (last - first) / 3) * RATE)
    starts = range(lo, max(lo + 1, hi - frame), frame // 2)
    cut = min(starts, key=lambda s: float(np.mean(samples[s:s + frame] ** 2))) + frame // 2
    out = np.concatenate([samples[:cut], np.zeros(int(pause_s * RATE), np.float32), samples[cut:]])
    return out, cut / RATE


@dataclass
class Turn:
    text: str
    clip: np.ndarray
    pause_at: float | None = None  # seconds into the clip where the (first) pause starts
    pause_s: float = 0.0
    last_s: float | None = None  # the last voiced moment, when not the clip's energy's


HUMAN_LONGEST_S = 12.0  # longer prompts (menus read out) are not a trainee's turn


def synthetic(args: argparse.Namespace, texts: list[str], clips: list[np.ndarray]
              ) -> list[Turn]:
    """The first `--turns` questions straight, then `--paused` long ones with a 300, 500 or
    700 ms pause inserted."""
    turns = [Turn(t, c) for t, c in zip(texts[:args.turns], clips[:args.turns], strict=True)]
    long = [(t, c) for t, c in zip(texts, clips, strict=True) if len(t.split()) >= 6]
    for i, (text, clip) in enumerate(long[:args.paused]):
        pause_s = (0.3, 0.5, 0.7)[i % 3]
        samples, at = with_pause(clip, pause_s)
        turns.append(Turn(text, samples, at, pause_s))
    return turns


def human(texts: list[str], clips: list[np.ndarray]) -> list[Turn]:
    """Human recordings as turns: each ends where the live endpointer hears its last voice
    (its clips end in room noise, which the energy measure would count as voice); a turn
    with a pause of its own of 150–700 ms counts as paused."""
    from bench.turn_end_offline import pauses_of  # noqa: PLC0415 - the live ears offline

    out: list[Turn] = []
    for text, clip in zip(texts, clips, strict=True):
        if len(clip) / RATE > HUMAN_LONGEST_S:
            continue
        found = pauses_of(clip)
        if not found or found[-1][1] is not None:
            continue
        inner = [(at, resumed - at) for at, resumed, _ in found[:-1] if resumed is not None
                 and MIN_PAUSE_MS <= (resumed - at) * 1000 <= MAX_PAUSE_MS]
        at, pause_s = inner[0] if inner else (None, 0.0)
        out.append(Turn(text, clip, at, pause_s, last_s=found[-1][0]))
    return out


def private_sinks(mine: str) -> None:
    """Null sinks of the bench's own: `benchsink` (the trainee's mouth; its monitor is the
    microphone) and `csink` (the caller, which that microphone cannot hear). The machine's
    default sink is shared with other test runs, whose voices would be heard as trainees."""
    env = {**os.environ}
    sinks = subprocess.run(["pactl", "list", "short", "sinks"], env=env, capture_output=True,
                           text=True, check=False).stdout
    for name in (mine, "csink"):
        if name not in sinks:
            subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={name}"],
                           env=env, capture_output=True, check=False)
    os.environ["PULSE_SINK"] = mine  # every stream this process opens from here on
    os.environ["PULSE_SOURCE"] = f"{mine}.monitor"


class RoomSpeaker(DeviceSpeaker):
    """Loudspeakers in a room: the line plays through a room response into the sink the
    microphone hears; the echo canceller is given the dry line, as the real one would be."""

    def __init__(self, *args: Any, room: np.ndarray, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._room = room
        self._wet: dict[tuple[str, float], Clip] = {}
        self._wet_sounds: dict[str, Clip] = {}

    def play(self, reply: Reply) -> float:
        out = self._opened() if reply.spoken else None
        if out is None:
            return super().play(reply)
        dry = self.clip(reply)
        key = (reply.text, reply.distress)
        if key not in self._wet:
            wet = np.convolve(dry.samples, self._room)[:len(dry.samples)]
            self._wet[key] = Clip(wet.astype(np.float32), dry.rate)
        if self._echo is not None:
            self._echo.played(dry)
        return out.play(self._wet[key])

    def _send(self, out: LineOut, clip: Clip, what: str) -> float:
        """The caller's breath (`DeviceSpeaker.breathe`) through the room too."""
        if what not in self._wet_sounds:
            wet = np.convolve(clip.samples, self._room)[:len(clip.samples)]
            self._wet_sounds[what] = Clip(wet.astype(np.float32), clip.rate)
        if self._echo is not None:
            self._echo.played(clip)
        self._now_playing = what
        return out.play(self._wet_sounds[what])


def warm_up(trainee: LineOut, speaker: DeviceSpeaker) -> None:
    """Seen here: a new stream's first line starts ~0.9 s late; a call's speaker is open
    long before its first reply, so both streams play a moment of silence first."""
    silence = Clip(np.zeros(RATE // 10, np.float32), RATE)
    trainee.play(silence)
    if speaker._out is not None:
        speaker._out.play(silence)
    time.sleep(2.0)


def room_response(seed: int = 3) -> np.ndarray:
    """A desk loudspeaker 1 m from the microphone: 40 ms of path, gain 0.3, RT60 ~0.3 s."""
    rng = np.random.default_rng(seed)
    tail = int(0.3 * RATE)
    ir = np.zeros(int(0.04 * RATE) + tail)
    ir[int(0.04 * RATE)] = 0.3
    decay = rng.normal(0, 1, tail) * np.exp(-6.9 * np.arange(tail) / (0.3 * RATE))
    ir[int(0.04 * RATE) + 1:] += 0.05 * decay[:-1]
    return ir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="burglary-next-morning")
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--turns", type=int, default=40, help="turns spoken straight through")
    parser.add_argument("--paused", type=int, default=20, help="turns with a pause inserted")
    parser.add_argument("--loudspeakers", action="store_true")
    parser.add_argument("--unsure-ms", type=int, default=TurnTiming().default_ms,
                        help="hang-over after a first-pause guess that is neither a question "
                             "nor unfinished (audio.turn_end)")
    parser.add_argument("--complete-ms", type=int, default=TurnTiming().complete_ms,
                        help="hang-over after a whole question (750: never end at once)")
    parser.add_argument("--words-only", action="store_true",
                        help="end of turn from the words alone (before sense and voice)")
    parser.add_argument("--human", choices=("dev", "held-out"),
                        help="play the human turns of this part (bench/human_turns.py) "
                             "instead of the synthetic ones")
    parser.add_argument("--calls", type=int, default=10, help="loudspeaker calls")
    parser.add_argument("--sink", default="benchsink", help="the bench's own null sink")
    parser.add_argument("--no-breath", action="store_true",
                        help="the caller does not draw breath before answering")
    args = parser.parse_args()
    why = ensure_virtual_sound()
    if why:
        raise SystemExit(f"no virtual sound device: {why}")
    started = time.monotonic()
    scenario = load_scenario(resolve(args.scenario))
    ears, mouth, how = speech_pipeline(scenario, args.engine, partials=True)
    print(how)
    if args.human:
        people = human_turns(args.human)
        texts, clips = [t.text for t in people], [t.samples for t in people]
    else:
        texts = questions()
        clips = rendered(texts)
    rig = Rig(scenario, ears, mouth, texts, clips, started)
    return loudspeakers(args, rig) if args.loudspeakers else headset(args, rig)


@dataclass
class Rig:
    scenario: Any
    ears: Any
    mouth: Any
    texts: list[str]
    clips: list[np.ndarray]
    started: float


def headset(args: argparse.Namespace, rig: Rig) -> int:
    scenario, ears, texts, clips, started = (
        rig.scenario, rig.ears, rig.texts, rig.clips, rig.started)
    turns = human(texts, clips) if args.human else synthetic(args, texts, clips)
    quiet = args.human == "held-out"  # a held-out turn's own result is never printed
    if quiet:
        from bench.understanding_accuracy import record_heldout_run  # noqa: PLC0415

        print(f"held-out run number {record_heldout_run(['reply gap', 'human held-out'])}")
    speaker, trainee, mic, stops = listening(args, rig)
    print(f"ready in {time.monotonic() - started:.1f} s; {len(turns)} turns")
    caller = Caller(scenario, understanding_for(scenario))
    caller.opening()
    gaps: list[float] = []
    firsts: list[float] = []  # to the caller's first sound (a breath, or the answer)
    drawn_by: list[str] = []  # what drew the breath heard first ("voice", "words", "-")
    breaths = {"before the answer": 0, "in a pause the trainee carried on from": 0}
    # a breath still playing when the trainee carried on: ms from their voice resuming to
    # the breath being cut off (the barge-in stop)
    breath_stops: list[float] = []
    pause_kinds: list[str] = []  # what drew each breath into a pause ("voice", "words")
    cutoffs = cut_paused = unanswered = 0
    try:
        time.sleep(1.0)
        for n, turn in enumerate(turns):
            decided, marked, drew = len(mic.decodes), len(speaker.starts), len(mic.breaths)
            gap, cut_off, heard = one_turn(turn, trainee, mic, caller, speaker)
            first, kinds, lags = breathed(speaker, marked, turn, trainee, stops,
                                          drawn=[why for why, _ in mic.breaths[drew:]])
            breath_stops, pause_kinds = breath_stops + lags, pause_kinds + kinds
            breaths["in a pause the trainee carried on from"] += len(kinds)
            cutoffs, cut_paused = (cutoffs + cut_off,
                                   cut_paused + (cut_off and turn.pause_at is not None))
            if gap is None:
                unanswered += 1
                if not quiet:
                    print(f"  {n:2d} no reply ({turn.text})")
                continue
            gaps.append(gap)
            firsts.append(gap if first is None else min(gap, first))
            drawn_by.append(mic.breaths[drew:][-1][0] if first is not None and first < gap
                            and mic.breaths[drew:] else "-")
            breaths["before the answer"] += first is not None and first < gap
            if not quiet:
                why = "; ".join(d.why for _, d in mic.decodes[decided:])
                print(f"  {n:2d} gap {gap * 1000:5.0f} ms"
                      f"{label(turn, first, len(kinds), cut_off)}  heard {heard!r}  ({why})",
                      flush=True)
            time.sleep(1.2)
            speaker.stop()
            wait_for(lambda: not trainee.playing, 10)  # a cut-off turn's rest plays out
            time.sleep(1.5)
            mic.poll(0)  # ... and is not taken for the next turn
    finally:
        caller_underruns = speaker._out.underruns if speaker._out else 0
        mic.close()
        trainee.close()
        speaker.close()
    summary(gaps, unanswered, (cutoffs, len(turns), cut_paused,
                               sum(1 for t in turns if t.pause_at is not None)),
            mic, ears, played=(trainee.underruns, caller_underruns, speaker.late))
    first_sounds(firsts, breaths, breath_stops, (drawn_by, pause_kinds))
    return 0


def first_sounds(firsts: list[float], breaths: dict[str, int],
                 breath_stops: list[float], drawn: tuple[list[str], list[str]]) -> None:
    """`drawn`: what drew the breath heard first in each turn, and each breath in a pause."""
    drawn_by, pause_kinds = drawn
    f = np.array(firsts) * 1000
    print(f"to the caller's first sound (its breath, else the answer): median "
          f"{np.median(f):.0f} ms, p95 {np.percentile(f, 95):.0f} ms, max {f.max():.0f} ms; "
          f"breaths drawn " + ", ".join(f"{k} {v}" for k, v in breaths.items()))
    lags = np.array(breath_stops) * 1000
    print(f"breaths still playing when the trainee carried on: {len(lags)}; cut off "
          + (f"{np.median(lags):.0f} ms median, {lags.max():.0f} ms at most after their voice "
             "resumed" if len(lags) else "-"))
    # where the p95 goes: breaths the voice drew at the pause, or the decoded words later
    for why in ("voice", "words", "-"):
        f = np.array([g for g, w in zip(firsts, drawn_by, strict=True) if w == why]) * 1000
        if len(f):
            print(f"  first sound, breath drawn by {why}: {len(f)} turns, median "
                  f"{np.median(f):.0f} ms, p95 {np.percentile(f, 95):.0f} ms, max {f.max():.0f}")
    print("  breaths into a pause the trainee carried on from, drawn by: " + ", ".join(
        f"{k} {pause_kinds.count(k)}" for k in sorted(set(pause_kinds))))


def label(turn: Turn, breath: float | None, into_pause: int, cut_off: bool) -> str:
    tag = f" pause {turn.pause_s:.2f}s" if turn.pause_at is not None else ""
    tag += f" breath {breath * 1000:.0f} ms" if breath is not None else ""
    tag += f" ({into_pause} breath in a pause)" if into_pause else ""
    return tag + (" CUT OFF" if cut_off else "")


def listening(args: argparse.Namespace, rig: Rig
              ) -> tuple[DeviceSpeaker, LineOut, MicrophoneInput, list[float]]:
    """The caller's speaker (lines made as a call makes them), the trainee's mouth and the
    live call's ears on the bench's own sinks; and when (monotonic) the ears stopped the
    caller because the trainee spoke (the barge-in stop)."""
    scenario, mouth = rig.scenario, rig.mouth
    private_sinks(args.sink)
    os.environ["PULSE_SINK"] = "csink"  # the caller's stream goes where the mic cannot hear
    speaker = DeviceSpeaker(mouth.voices, scenario, device=DEVICE)
    speaker.prepare([Reply(line, "answer", distress=d) for d in (0.0, 5.0, 8.0)
                     for line in mouth.lines() + mouth.stock_lines()]
                    + [Reply(f.distressed, "answer", distress=8.0)
                       for f in scenario.caller.facts if f.distressed])  # as a call does
    os.environ["PULSE_SINK"] = args.sink
    trainee = LineOut(DEVICE, RATE)
    warm_up(trainee, speaker)
    timing = TurnTiming(complete_ms=args.complete_ms, default_ms=args.unsure_ms)
    taker = TurnTaker(None if args.words_only else understanding_for(scenario), timing)
    stops: list[float] = []

    def stop() -> None:
        stops.append(time.monotonic())
        speaker.stop()

    mic = MicrophoneInput(rig.ears.stt, time.monotonic, device=DEVICE,
                          on_speech=stop, latency=0.05, turn_taker=taker,
                          settings=replace(WHOLE_UTTERANCE_SETTINGS,
                                           hangover_ms=args.unsure_ms),
                          on_likely_end=None if args.no_breath else speaker.breathe)
    return speaker, trainee, mic, stops


def breathed(speaker: DeviceSpeaker, marked: int, turn: Turn, trainee: LineOut,
             stops: list[float], *, drawn: list[str]
             ) -> tuple[float | None, list[str], list[float]]:
    """The caller's breaths in this turn: seconds from the trainee's last voiced sample to
    the first breath after it (None: no breath), what drew each that fell before it (in a
    pause the trainee then carried on from; `drawn`, the input's own record, in order), and
    for those still playing when the trainee's voice resumed, seconds from then to the
    breath being stopped."""
    from audio.breath import LENGTH_S, breath_in  # noqa: PLC0415

    t_start = trainee.started_at or 0.0
    end = t_start + (turn.last_s if turn.last_s is not None else voiced_span(turn.clip)[1])
    offset = voiced_span(breath_in().samples)[0]
    began = [t for what, t in list(speaker.starts)[marked:] if what == "breath"]
    times = [t + offset for t in began]
    after = [t - end for t in times if t >= end]
    lags: list[float] = []
    if turn.pause_at is not None:
        resumed = t_start + turn.pause_at + turn.pause_s
        for t in began:
            if t < resumed < t + LENGTH_S:  # still playing as the trainee carried on
                cut = [s for s in stops if s >= t]
                lags.append((cut[0] if cut else t + LENGTH_S) - resumed)
    before = [drawn[i] if i < len(drawn) else "?" for i, t in enumerate(times) if t < end]
    return (after[0] if after else None), before, lags


def summary(gaps: list[float], unanswered: int, cut: tuple[int, int, int, int],
            mic: MicrophoneInput, ears: Any, *, played: tuple[int, int, list[str]]) -> None:
    cutoffs, turns, cut_paused, paused = cut
    g = np.array(gaps) * 1000
    print(f"\nreply gap over {len(g)} turns: median {np.median(g):.0f} ms, p95 "
          f"{np.percentile(g, 95):.0f} ms, max {g.max():.0f} ms; no reply {unanswered}")
    print(f"cut-offs (answered before the trainee finished): {cutoffs} of {turns} turns, "
          f"{cut_paused} of {paused} with a pause mid-turn (300–700 ms inserted, or a "
          f"speaker's own of 150–700 ms)")
    print(f"decodes started at a pause: {mic.guesses}, used as the final text: "
          f"{mic.guesses_used}; redone with the full context: "
          f"{getattr(ears.stt, 'full_context_decodes', 0)}")
    took = np.array([t for t, _ in mic.decodes]) * 1000
    kinds = [d.reading for _, d in mic.decodes]
    print(f"first-pause decodes: median {np.median(took):.0f} ms, p95 "
          f"{np.percentile(took, 95):.0f} ms; read as " + ", ".join(
              f"{k} {kinds.count(k)}" for k in ("complete", "unsure", "unfinished")))
    print(f"playback underruns (each block the device dropped is sent again): trainee "
          f"{played[0]}, caller {played[1]}; caller lines made while the trainee waited: "
          f"{len(played[2])} {played[2][:5]}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"load average {os.getloadavg()[0]:.1f}")


def one_turn(turn: Turn, trainee: LineOut, mic: MicrophoneInput, caller: Caller,
             speaker: DeviceSpeaker) -> tuple[float | None, bool, str]:
    """Play one trainee turn; answer what is heard. (gap, cut off, what was heard)."""
    mic.poll(0)
    last = turn.last_s if turn.last_s is not None else voiced_span(turn.clip)[1]
    trainee.play(Clip(turn.clip, RATE))
    assert wait_for(lambda: trainee.started_at is not None, 2)
    t_start = trainee.started_at or 0.0
    reply = Reply("Sorry?", "clarify")
    deadline = t_start + len(turn.clip) / RATE + 4.0
    while time.monotonic() < deadline:
        got = mic.poll(0)
        if got:
            now = time.monotonic()
            cut_off = now < t_start + last  # answered before the trainee had finished
            text = " ".join(u.text for u in got)
            replies = [r for r in caller.hear(text, now) if r.spoken]
            reply = replies[0] if replies else reply
            speaker.play(reply)
            wait_for(lambda: speaker.started_at is not None, 2)
            offset = voiced_span(speaker.clip(reply).samples)[0]  # the line's own lead-in
            audible = (speaker.started_at or now) + offset
            return audible - (t_start + last), cut_off, text + steps(mic, t_start, t_start + last,
                                                                     now, audible)
        time.sleep(0.005)
    return None, False, ""


def steps(mic: MicrophoneInput, start: float, end: float, heard: float, audible: float) -> str:
    """Where the gap went: the last pause noticed, its guess decoded, the utterance out of
    the microphone input, the caller's reply chosen and audible (ms after the trainee's
    last voiced sample)."""
    last = {what: t for what, t in mic.marks if t >= start}
    shown = [f"{what} {(last[what] - end) * 1000:+.0f}" for what in ("paused", "decoded",
                                                                      "delivered") if what in last]
    # the voice's last reading (when it landed, what it read) and what drew the last breath
    read = [(t, p) for t, p in mic.readings if t >= start]
    if read:
        shown.append(f"sounded {(read[-1][0] - end) * 1000:+.0f} ({read[-1][1]:.2f})")
    drawn = [(why, t) for why, t in mic.breaths if t >= start]
    if drawn:
        shown.append(f"breathed by {drawn[-1][0]} {(drawn[-1][1] - end) * 1000:+.0f}")
    shown += [f"heard {(heard - end) * 1000:+.0f}", f"audible {(audible - end) * 1000:+.0f}"]
    return "  [" + ", ".join(shown) + "]"


def loudspeakers(args: argparse.Namespace, rig: Rig) -> int:
    scenario, ears, mouth, clips, started = (
        rig.scenario, rig.ears, rig.mouth, rig.clips, rig.started)
    private_sinks(args.sink)  # caller (through the room) and trainee both into the mic's sink
    echo = EchoCanceller()
    speaker = RoomSpeaker(mouth.voices, scenario, device=DEVICE, echo=echo,
                          room=room_response())
    lines = [line for line in mouth.lines() if Reply(line, "answer").spoken]
    speaker.prepare([Reply(line, "answer") for line in lines])
    trainee = LineOut(DEVICE, RATE)
    warm_up(trainee, speaker)
    barged: list[float] = []
    mic = MicrophoneInput(ears.stt, time.monotonic, device=DEVICE, echo=echo, latency=0.05,
                          on_speech=lambda: barged.append(time.monotonic()),
                          on_likely_end=None if args.no_breath else speaker.breathe)
    print(f"ready in {time.monotonic() - started:.1f} s")
    false_barge = transcribed = caller_lines = heard_over = tried_over = 0
    breaths = after_breath = 0
    rng = np.random.default_rng(0)
    try:
        time.sleep(1.0)
        for call in range(args.calls):
            order = rng.permutation(len(lines))[:6]
            for k in order:
                barged.clear()
                mic.poll(0)
                length = speaker.play(Reply(lines[k], "answer"))
                caller_lines += 1
                time.sleep(length + 0.8)
                got = mic.poll(0)
                false_barge += bool(barged)
                transcribed += len(got)
                if got or barged:
                    print(f"  call {call}: caller heard as trainee: {[u.text for u in got]}")
            # the trainee talks over the caller's opening: that barge-in must be heard
            barged.clear()
            speaker.play(Reply(scenario.caller.opening, "opening"))
            time.sleep(1.5)
            clip = clips[call % len(clips)]
            # the trainee close to the microphone: -15 dBFS, over the loudspeaker's echo
            level = 10 ** (-15 / 20) / float(np.sqrt(np.mean(clip**2)))
            trainee.play(Clip((clip * level).astype(np.float32), RATE))
            tried_over += 1
            wait_for(lambda: bool(barged), len(clip) / RATE + 1.0)
            heard_over += bool(barged)
            speaker.stop()
            time.sleep(len(clip) / RATE + 1.5)
            mic.poll(0)
            # the caller drew breath at the trainee's pauses: that breath, through the
            # room, must not be heard as the trainee speaking again once they stopped
            ended = (trainee.started_at or 0.0) + len(clip) / RATE
            breaths += sum(1 for what, t in mic.marks
                           if what == "breathed" and t >= (trainee.started_at or 0.0))
            after_breath += sum(1 for t in barged if t > ended)
            print(f"  call {call} done; delay found {echo.delay_s}")
    finally:
        mic.close()
        trainee.close()
        speaker.close()
    print(f"\nloudspeakers, {args.calls} calls, {caller_lines} caller lines: false barge-ins "
          f"{false_barge}, caller lines transcribed as the trainee {transcribed}; trainee "
          f"talking over the caller heard {heard_over} of {tried_over}; the caller's breath "
          f"in those turns: drawn {breaths} times; heard as the trainee after they stopped "
          f"{after_breath}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
